// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/ReviewStepPage.h"

#include <utility>

namespace twofold::ui {

ReviewStepPage::ReviewStepPage(ReviewFlow& flow, ReviewNames names, QWidget* parent)
    : QWidget(parent), m_flow(&flow), m_names(std::move(names))
{}

} // namespace twofold::ui
