// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QWidget>

class QButtonGroup;

namespace twofold::ui {

// A row of round colour swatches; one is always chosen.
class ColourPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ColourPicker(const QString& objectPrefix, QWidget* parent = nullptr);

    QString colour() const; // "#rrggbb"
    void setColour(const QString& hex);

Q_SIGNALS:
    void colourChanged(const QString& hex);

private:
    QButtonGroup* m_group;
    QStringList m_hexes;
};

} // namespace twofold::ui
