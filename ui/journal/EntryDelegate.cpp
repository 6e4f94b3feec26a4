// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/journal/EntryDelegate.h"

#include "ui/journal/EntryRoles.h"
#include "ui/widgets/Contrast.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Words.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QTextDocument>

namespace twofold::ui {

namespace {

constexpr int kPadding = 10;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

// Secondary text (dates, the snippet, tags): the row's text colour, softened, but never
// below 4.5:1 on the row's background (the highlight when selected, both row colours
// otherwise).
QColor muted(const QStyleOptionViewItem& option, QPalette::ColorGroup group, bool selected)
{
    const QPalette& p = option.palette;
    QColor ink = p.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    ink.setAlphaF(0.7);
    if (selected) {
        return readableOn(ink, p.color(group, QPalette::Highlight));
    }
    return readableOn(ink, p.color(group, QPalette::Base), p.color(group, QPalette::AlternateBase));
}

} // namespace

QString EntryDelegate::segmentsHtml(const QStringList& segments, const QColor& markBackground,
                                    const QColor& markText)
{
    QString html;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString text = segments.at(i).toHtmlEscaped();
        if (i % 2 == 1) {
            html += QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600\">%3</span>")
                        .arg(markBackground.name(), markText.name(), text);
        } else {
            html += text;
        }
    }
    return html;
}

QSize EntryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics body(option.font);
    const QFontMetrics small(smallFont(option.font));
    return {option.rect.width() > 0 ? option.rect.width() : 200,
            kPadding * 2 + title.height() + 4 + body.lineSpacing() * 2 + 4 + small.height()};
}

void EntryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = muted(option, group, selected);

    painter->save();
    const QRect area = option.rect.adjusted(kPadding + 2, kPadding, -kPadding, -kPadding);

    // Line 1: title, date on the right.
    const QFont tFont = titleFont(option.font);
    const QFontMetrics tMetrics(tFont);
    const QFont sFont = smallFont(option.font);
    const QFontMetrics sMetrics(sFont);
    const QString date = friendlyDate(index.data(EntryDateRole).toDateTime(), localNow(*m_clock));
    const int dateWidth = sMetrics.horizontalAdvance(date);
    painter->setFont(sFont);
    painter->setPen(secondary);
    painter->drawText(QRect(area.right() - dateWidth, area.top(), dateWidth, tMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, date);
    QString title = index.data(EntryTitleRole).toString();
    if (title.isEmpty()) {
        title = tr("Untitled");
    }
    painter->setFont(tFont);
    painter->setPen(text);
    painter->drawText(QRect(area.left(), area.top(), area.width() - dateWidth - 12, tMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tMetrics.elidedText(title, Qt::ElideRight, area.width() - dateWidth - 12));

    // Lines 2-3: first line of the body, or the search snippet with matches marked.
    const QFontMetrics bMetrics(option.font);
    const int bodyTop = area.top() + tMetrics.height() + 4;
    const int bodyHeight = bMetrics.lineSpacing() * 2;
    QColor markBackground = option.palette.color(QPalette::Highlight);
    markBackground.setAlphaF(1.0);
    markBackground = selected ? option.palette.color(QPalette::HighlightedText) : markBackground;
    const QColor markText = selected ? option.palette.color(QPalette::Highlight)
                                     : option.palette.color(QPalette::HighlightedText);
    QTextDocument document;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setTextWidth(area.width());
    document.setHtml(segmentsHtml(index.data(EntrySegmentsRole).toStringList(), markBackground, markText));
    painter->save();
    painter->translate(area.left(), bodyTop);
    painter->setClipRect(QRect(0, 0, area.width(), bodyHeight));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text, secondary);
    document.documentLayout()->draw(painter, context);
    painter->restore();

    // Line 4: mood, kinds, tags.
    QStringList meta;
    if (const QVariant mood = index.data(EntryMoodRole); mood.isValid()) {
        meta << tr("Mood: %1").arg(moodName(mood.toInt()));
    }
    if (const unsigned kinds = index.data(EntryKindsRole).toUInt(); kinds != 0) {
        meta << kindsText(kinds);
    }
    const QStringList tags = index.data(EntryTagsRole).toStringList();
    if (!tags.isEmpty()) {
        meta << QStringLiteral("#") + tags.join(QStringLiteral("  #"));
    }
    if (!meta.isEmpty()) {
        painter->setFont(sFont);
        painter->setPen(secondary);
        const QString line = meta.join(QStringLiteral("  ·  "));
        painter->drawText(QRect(area.left(), bodyTop + bodyHeight + 4, area.width(), sMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          sMetrics.elidedText(line, Qt::ElideRight, area.width()));
    }
    painter->restore();

    // The list has no frame, so keyboard focus shows on the current row itself (FocusStyle
    // draws it in the selected text's colour on a selected row).
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        focus.backgroundColor = option.palette.color(selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace twofold::ui
