// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/TalkTimer.h"

#include "common/Clock.h"

#include <algorithm>

#include <QPainter>
#include <QTimer>

namespace twofold::ui {

namespace {

constexpr int kTickMs = 1000;
constexpr qreal kRingWidth = 10.0;

} // namespace

TalkTimer::TalkTimer(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(&clock), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("talkTimer"));
    setAccessibleName(tr("Talk timer"));
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &TalkTimer::tick);
    setTurn(std::nullopt);
}

void TalkTimer::setTurn(const std::optional<TalkTurn>& turn)
{
    m_turn = turn;
    m_ranOut = false;
    if (m_turn) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
    tick();
}

std::int64_t TalkTimer::elapsedSeconds() const
{
    if (!m_turn) {
        return 0;
    }
    const std::int64_t elapsed = std::max<std::int64_t>(0, (m_clock->nowMs() - m_turn->startedMs) / 1000);
    return std::min<std::int64_t>(elapsed, std::int64_t{m_turn->minutes} * 60);
}

bool TalkTimer::isRunOut() const
{
    return m_turn && elapsedSeconds() >= std::int64_t{m_turn->minutes} * 60;
}

void TalkTimer::tick()
{
    const std::int64_t seconds = elapsedSeconds();
    setAccessibleDescription(m_turn ? tr("%1 of %2 minutes").arg(seconds / 60).arg(m_turn->minutes)
                                    : tr("Not started"));
    update();
    if (isRunOut() && !m_ranOut) {
        m_ranOut = true;
        m_timer->stop(); // nothing more to show: the ring stays full
        Q_EMIT ranOut();
    }
}

QSize TalkTimer::sizeHint() const
{
    return {150, 150};
}

QSize TalkTimer::minimumSizeHint() const
{
    return {110, 110};
}

void TalkTimer::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(width(), height()) - kRingWidth - 2;
    const QRectF ring((width() - side) / 2, (height() - side) / 2, side, side);

    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.15);
    painter.setPen(QPen(track, kRingWidth, Qt::SolidLine, Qt::RoundCap));
    painter.drawEllipse(ring);

    const qreal total = m_turn ? m_turn->minutes * 60.0 : 1.0;
    const qreal fraction = m_turn ? static_cast<qreal>(elapsedSeconds()) / total : 0.0;
    if (fraction > 0) {
        QColor fill = palette().color(QPalette::Highlight);
        if (isRunOut()) {
            fill.setAlphaF(0.6); // full and quiet: nothing rings
        }
        painter.setPen(QPen(fill, kRingWidth, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(ring, 90 * 16, -static_cast<int>(fraction * 360 * 16)); // clockwise from the top
    }

    const std::int64_t seconds = elapsedSeconds();
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    painter.setFont(big);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString time = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    QRectF upper = ring;
    upper.setBottom(ring.center().y() + 6);
    painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, time);
    QColor muted = palette().color(QPalette::WindowText);
    muted.setAlphaF(0.72);
    painter.setFont(font());
    painter.setPen(muted);
    QRectF lower = ring;
    lower.setTop(ring.center().y() + 8);
    painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop,
                     tr("of %1 min").arg(m_turn ? m_turn->minutes : kTalkTurnMinutes));
}

} // namespace twofold::ui
