// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/ReviewStepFactory.h"

#include "ui/shell/VaultContext.h"
#include "ui/together/steps/AppreciationsStep.h"
#include "ui/together/steps/CheckInStep.h"
#include "ui/together/steps/LastIntentionsStep.h"
#include "ui/together/steps/LovedStep.h"
#include "ui/together/steps/SaveStep.h"
#include "ui/together/steps/SideBySideStep.h"
#include "ui/together/steps/TalkStep.h"
#include "ui/together/steps/WentWellStep.h"

#include <utility>

namespace twofold::ui {

ReviewStepPage* makeReviewStep(ReviewStep step, ReviewFlow& flow, ReviewNames names, VaultContext& context,
                               QWidget* parent)
{
    switch (step) {
    case ReviewStep::Appreciations:
        return new AppreciationsStep(flow, std::move(names), parent);
    case ReviewStep::WentWell:
        return new WentWellStep(flow, std::move(names), parent);
    case ReviewStep::Talk: {
        auto* talk = new TalkStep(flow, std::move(names), context.clock(), parent);
        QObject::connect(talk, &TalkStep::turnRunning, talk,
                         [&context](bool running) { context.talkTurnRunning = running; });
        return talk;
    }
    case ReviewStep::LastIntentions:
        return new LastIntentionsStep(flow, std::move(names), parent);
    case ReviewStep::CheckIn:
        return new CheckInStep(flow, std::move(names), parent);
    case ReviewStep::Loved:
        return new LovedStep(flow, std::move(names), parent);
    case ReviewStep::SideBySide:
        return new SideBySideStep(flow, std::move(names), context, parent);
    case ReviewStep::Save:
        return new SaveStep(flow, std::move(names), context, parent);
    }
    return nullptr;
}

} // namespace twofold::ui
