// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/RecoveryCodeView.h"

#include <QFontDatabase>
#include <QPainter>

namespace twofold::ui {

RecoveryCodeView::RecoveryCodeView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recoveryCodeView"));
    setAccessibleName(tr("Your recovery code"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void RecoveryCodeView::setCode(SecretBuffer code)
{
    m_code = std::move(code);
    updateGeometry();
    update();
}

void RecoveryCodeView::clear()
{
    m_code.wipe();
    update();
}

QStringList RecoveryCodeView::lines(const SecretBuffer& code)
{
    const QStringList groups =
        QString::fromLatin1(code.view().data(), static_cast<qsizetype>(code.size())).split(QLatin1Char('-'));
    QStringList result;
    for (qsizetype i = 0; i < groups.size(); i += 4) {
        result << groups.mid(i, 4).join(QStringLiteral("  "));
    }
    return result;
}

QFont RecoveryCodeView::codeFont() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    return font;
}

QSize RecoveryCodeView::sizeHint() const
{
    const QFontMetrics metrics(codeFont());
    const int lineCount = std::max<qsizetype>(2, lines(m_code).size());
    return {metrics.horizontalAdvance(QStringLiteral("XXXX  XXXX  XXXX  XXXX")) + 48,
            lineCount * metrics.lineSpacing() + 32};
}

void RecoveryCodeView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 8, 8);
    if (m_code.empty()) {
        return;
    }
    painter.setFont(codeFont());
    painter.setPen(palette().color(QPalette::Text));
    // The temporaries below are the only QStrings holding the code, and only while painting.
    painter.drawText(rect(), Qt::AlignCenter, lines(m_code).join(QLatin1Char('\n')));
}

} // namespace twofold::ui
