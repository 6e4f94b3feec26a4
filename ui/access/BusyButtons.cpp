// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/BusyButtons.h"

#include <QDialogButtonBox>
#include <QProgressBar>
#include <QPushButton>

namespace twofold::ui {

BusyButtons::BusyButtons(const QString& prefix, const QString& busyText, QWidget* parent)
    : QObject(parent), m_bar(new QProgressBar(parent)),
      m_box(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, parent)),
      m_ok(m_box->button(QDialogButtonBox::Ok)), m_cancel(m_box->button(QDialogButtonBox::Cancel))
{
    m_bar->setObjectName(prefix + QStringLiteral("Busy"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(6);
    m_bar->setAccessibleName(busyText);
    m_bar->hide();
    m_ok->setObjectName(prefix + QStringLiteral("Ok"));
    m_cancel->setObjectName(prefix + QStringLiteral("Cancel"));
}

bool BusyButtons::isBusy() const
{
    return m_bar->isVisible();
}

void BusyButtons::setBusy(bool busy, bool okWhenIdle)
{
    m_ok->setEnabled(!busy && okWhenIdle);
    m_cancel->setEnabled(!busy);
    m_bar->setVisible(busy);
}

} // namespace twofold::ui
