// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ChartTextObject.h"

#include <algorithm>
#include <utility>

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace twofold::ui {

namespace {

const QString kAnchor = QStringLiteral("twofold-rating-chart");

} // namespace

QString chartPlaceholderHtml()
{
    return QStringLiteral("<p><a name=\"%1\">&nbsp;</a></p>").arg(kAnchor);
}

ChartTextObject::ChartTextObject(ChartData data, ChartColours colours, QObject* parent)
    : QObject(parent), m_data(std::move(data)), m_colours(std::move(colours))
{}

QSizeF ChartTextObject::intrinsicSize(QTextDocument* document, int, const QTextFormat&)
{
    qreal width = document->textWidth() > 0 ? document->textWidth() : document->pageSize().width();
    width -= 2 * document->documentMargin() + 4;
    width = std::max<qreal>(width, 240);
    return {width, std::clamp(width * 0.6, 220.0, 460.0)};
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                 const QTextFormat&)
{
    paintRatingChart(*painter, rect, m_data, m_colours);
}

bool placeChart(QTextDocument& document, const ChartData& data, const ChartColours& colours)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        bool found = false;
        for (auto it = block.begin(); !it.atEnd() && !found; ++it) {
            found = it.fragment().charFormat().anchorNames().contains(kAnchor);
        }
        if (!found) {
            continue;
        }
        document.documentLayout()->registerHandler(ChartTextObject::kObjectType,
                                                   new ChartTextObject(data, colours, &document));
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(ChartTextObject::kObjectType);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        return true;
    }
    return false;
}

} // namespace twofold::ui
