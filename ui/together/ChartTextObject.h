// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "ui/together/RatingChart.h"

#include <QObject>
#include <QString>
#include <QTextObjectInterface>

class QTextDocument;

namespace twofold::ui {

// Where a review's HTML wants the chart: an empty anchor of this name in a paragraph of its
// own (reviewers' words are escaped, so they can never make one).
QString chartPlaceholderHtml();

// The rating chart inside a QTextDocument, drawn by paintRatingChart when the document is
// painted: vector in the PDF (writeDocumentPdf), the same in a QTextBrowser.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 15;

    ChartTextObject(ChartData data, ChartColours colours, QObject* parent);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    ChartData m_data;
    ChartColours m_colours;
};

// Registers a ChartTextObject (owned by `document`) and puts the chart where
// chartPlaceholderHtml() is. Returns false (and changes nothing) when there is no placeholder.
bool placeChart(QTextDocument& document, const ChartData& data, const ChartColours& colours);

} // namespace twofold::ui
