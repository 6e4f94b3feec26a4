// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/ColourPicker.h"

#include "ui/widgets/AccessibleRoles.h"
#include "ui/widgets/Theme.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>
#include <QToolButton>

namespace twofold::ui {

namespace {

QIcon swatchIcon(const QColor& colour)
{
    QIcon icon;
    for (const bool checked : {false, true}) {
        QPixmap pixmap(56, 56);
        pixmap.setDevicePixelRatio(2.0);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(3, 3, 22, 22));
        if (checked) {
            painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(QPolygonF({QPointF(9, 14.5), QPointF(12.5, 18), QPointF(19, 10.5)}));
        }
        icon.addPixmap(pixmap, QIcon::Normal, checked ? QIcon::On : QIcon::Off);
    }
    return icon;
}

} // namespace

ColourPicker::ColourPicker(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(objectPrefix + QStringLiteral("Colours"));
    setAccessibleName(tr("Colour"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    int index = 0;
    for (const Swatch& swatch : partnerSwatches()) {
        auto* button = new QToolButton(this);
        button->setObjectName(objectPrefix + QStringLiteral("Colour") + QString::number(index));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(swatchIcon(QColor(swatch.hex)));
        button->setIconSize(QSize(28, 28));
        button->setToolTip(swatch.name);
        button->setAccessibleName(swatch.name);
        presentAsRadioButton(button); // one colour of several: checked while chosen
        m_group->addButton(button, index++);
        m_hexes << swatch.hex;
        layout->addWidget(button);
    }
    layout->addStretch();
    m_group->setExclusive(true);
    m_group->button(0)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT colourChanged(m_hexes.value(id)); });
}

QString ColourPicker::colour() const
{
    return m_hexes.value(qMax(0, m_group->checkedId()));
}

void ColourPicker::setColour(const QString& hex)
{
    const int index = m_hexes.indexOf(hex.toLower());
    if (index >= 0) {
        m_group->button(index)->setChecked(true);
    }
}

} // namespace twofold::ui
