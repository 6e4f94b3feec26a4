// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/InfoBar.h"

#include "ui/widgets/AccessibleRoles.h"
#include "ui/widgets/Theme.h"

#include <algorithm>

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace twofold::ui {

InfoBar::InfoBar(const QString& objectName, QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    presentAsAlert(this); // each message is shown afresh, and heard
    m_label->setObjectName(objectName + QStringLiteral("Text"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(objectName + QStringLiteral("Action"));
    m_close->setObjectName(objectName + QStringLiteral("Close"));
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);

    connect(m_action, &QPushButton::clicked, this, [this] { Q_EMIT actionTriggered(); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    hide();
    applyKind(m_kind);
    onPaletteChange(this, [this] { applyKind(m_kind); });
}

void InfoBar::showMessage(Kind kind, const QString& text, const QString& actionText)
{
    applyKind(kind);
    m_label->setText(text);
    setAccessibleName(text);
    m_action->setText(actionText);
    m_action->setAccessibleName(withoutMnemonic(actionText));
    m_action->setVisible(!actionText.isEmpty());
    hide(); // a second message in a row is a new "showing" too
    show();
    place();
}

void InfoBar::placeIn(QBoxLayout* layout)
{
    QWidget* host = layout->parentWidget();
    m_slot = new QWidget(host);
    m_slot->setObjectName(objectName() + QStringLiteral("Place"));
    // One line: the taller of the text and the buttons, with the bar's margins and frame.
    const int line =
        std::max({fontMetrics().lineSpacing(), m_action->sizeHint().height(), m_close->sizeHint().height()});
    const QMargins margins = this->layout()->contentsMargins();
    m_slot->setFixedHeight(line + margins.top() + margins.bottom() + 2 * frameWidth());
    layout->addWidget(m_slot);
    const bool shown = !isHidden();
    setParent(host);
    setVisible(shown);
    m_slot->installEventFilter(this);
    place();
}

void InfoBar::sharePlaceOf(const InfoBar* owner)
{
    if (owner->m_slot == nullptr || owner == this) {
        return;
    }
    m_slot = owner->m_slot;
    const bool shown = !isHidden();
    setParent(m_slot->parentWidget());
    setVisible(shown);
    m_slot->installEventFilter(this);
    place();
}

bool InfoBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_slot && (event->type() == QEvent::Move || event->type() == QEvent::Resize)) {
        place();
    }
    return QFrame::eventFilter(watched, event);
}

void InfoBar::place()
{
    if (m_slot == nullptr) {
        return;
    }
    const QRect slot = m_slot->geometry();
    const int needed = hasHeightForWidth() ? heightForWidth(slot.width()) : sizeHint().height();
    setGeometry(slot.x(), slot.y(), slot.width(), std::max(slot.height(), needed));
    raise();
}

void InfoBar::dismiss()
{
    m_label->clear();
    setAccessibleName(QString());
    hide();
}

QString InfoBar::text() const
{
    return m_label->text();
}

void InfoBar::applyKind(Kind kind)
{
    m_kind = kind;
    QColor tint;
    switch (kind) {
    case Kind::Info:
        tint = QColor(0x7a, 0x5c, 0x99);
        break;
    case Kind::Success:
        tint = QColor(0x4f, 0x8a, 0x6e);
        break;
    case Kind::Warning:
        tint = QColor(0xc0, 0x8a, 0x2e);
        break;
    case Kind::Error:
        tint = QColor(0xc0, 0x50, 0x4d);
        break;
    }
    // A soft wash of the kind's colour over the window colour, readable in light and dark.
    QPalette p = palette();
    const QColor window = QApplication::palette().color(QPalette::Window);
    const qreal alpha = isDarkPalette() ? 0.30 : 0.16;
    const QColor mixed = QColor::fromRgbF(window.redF() * (1 - alpha) + tint.redF() * alpha,
                                          window.greenF() * (1 - alpha) + tint.greenF() * alpha,
                                          window.blueF() * (1 - alpha) + tint.blueF() * alpha);
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
}

} // namespace twofold::ui
