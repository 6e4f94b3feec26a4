// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/Contrast.h"

#include "ui/widgets/Theme.h"

#include <algorithm>
#include <optional>

namespace twofold::ui {

namespace {

// Steps `ink`'s lightness towards black (or white) until it reaches `ratio`; std::nullopt
// if even black (or white) does not.
std::optional<QColor> stepTowards(QColor ink, const QColor& paper, double ratio, bool darker)
{
    float h = 0;
    float s = 0;
    float l = 0;
    ink.getHslF(&h, &s, &l);
    for (int step = 0; step <= 100; ++step) {
        const QColor candidate(QColor::fromHslF(h, s, l).rgb()); // as painted: 8 bits a channel
        if (contrastRatio(candidate, paper) >= ratio) {
            return candidate;
        }
        l = darker ? std::max(0.0F, l - 0.01F) : std::min(1.0F, l + 0.01F);
    }
    return std::nullopt;
}

} // namespace

QColor blend(const QColor& over, const QColor& under, qreal alpha)
{
    const QColor a = over.toRgb();
    const QColor b = under.toRgb();
    return QColor::fromRgbF(static_cast<float>(a.redF() * alpha + b.redF() * (1 - alpha)),
                            static_cast<float>(a.greenF() * alpha + b.greenF() * (1 - alpha)),
                            static_cast<float>(a.blueF() * alpha + b.blueF() * (1 - alpha)));
}

QColor readableOn(const QColor& ink, const QColor& paper, double ratio)
{
    const QColor seen(blend(ink, paper, ink.alphaF()).rgb());
    if (contrastRatio(seen, paper) >= ratio) {
        return seen;
    }
    // Away from the paper first: darker ink on light paper, lighter on dark.
    const bool paperIsLight = contrastRatio(paper, Qt::black) >= contrastRatio(paper, Qt::white);
    if (auto found = stepTowards(seen, paper, ratio, paperIsLight)) {
        return *found;
    }
    return paperIsLight ? QColor(Qt::black) : QColor(Qt::white);
}

QColor readableOn(const QColor& ink, const QColor& paper, const QColor& otherPaper, double ratio)
{
    QColor result = readableOn(ink, paper, ratio);
    for (int round = 0; round < 4 && contrastRatio(result, otherPaper) < ratio; ++round) {
        result = readableOn(readableOn(result, otherPaper, ratio), paper, ratio);
    }
    return result;
}

QPalette readablePalette(QPalette palette)
{
    struct Pair
    {
        QPalette::ColorRole ink;
        QPalette::ColorRole paper;
    };
    static constexpr Pair kText[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},
        {QPalette::Link, QPalette::Base},
        {QPalette::Link, QPalette::Window},
        {QPalette::LinkVisited, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Window},
    };
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const Pair& pair : kText) {
            palette.setColor(group, pair.ink,
                             readableOn(palette.color(group, pair.ink), palette.color(group, pair.paper)));
        }
        // A selected row keeps its text colour; the highlight behind it moves.
        palette.setColor(group, QPalette::Highlight,
                         readableOn(palette.color(group, QPalette::Highlight),
                                    palette.color(group, QPalette::HighlightedText)));
    }
    return palette;
}

QColor focusRingColour(const QPalette& palette)
{
    QColor ring = palette.color(QPalette::Highlight);
    for (const QPalette::ColorRole paper : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        ring = readableOn(ring, palette.color(paper), kPartContrast);
    }
    return ring;
}

QColor controlEdgeColour(const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor edge = blend(palette.color(QPalette::WindowText), window, 0.45);
    return readableOn(edge, window, palette.color(QPalette::Base), kPartContrast);
}

} // namespace twofold::ui
