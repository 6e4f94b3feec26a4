// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewReopenView.h"

#include "ui/together/ChartTextObject.h"

#include <QPointer>
#include <QTextDocument>

namespace twofold::ui {

ReviewReopenView::ReviewReopenView(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reviewReopen"));
    setAccessibleName(tr("The chosen review"));
    setReadOnly(true);
    setOpenLinks(false);
}

void ReviewReopenView::showReview(const QString& html, const ChartData& chart, const QColor& mine,
                                  const QColor& partner)
{
    // A fresh document each time: its chart handler belongs to it.
    auto* document = new QTextDocument(this);
    document->setHtml(html);
    ChartColours colours = chartColours(palette(), mine, partner);
    colours.textPixels = QFontInfo(font()).pixelSize();
    const bool withChart = placeChart(*document, chart, colours);
    // Qt may delete the old one itself (then the pointer clears); one of ours goes later.
    const QPointer<QTextDocument> old = this->document();
    setDocument(document);
    if (old && old->parent() == this) {
        old->deleteLater();
    }
    // The chart is a picture inside the text: a screen reader hears it in words.
    setAccessibleDescription(withChart ? describeRatingChart(chart) : QString());
}

void ReviewReopenView::showMessage(const QString& text)
{
    showReview(QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()), {}, {}, {});
}

} // namespace twofold::ui
