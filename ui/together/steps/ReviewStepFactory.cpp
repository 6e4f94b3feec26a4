// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/ReviewStepFactory.h"

#include "ui/shell/VaultContext.h"
#include "ui/together/steps/AppreciationsStep.h"
#include "ui/together/steps/CheckInStep.h"
#include "ui/together/steps/LovedStep.h"
#include "ui/together/steps/SaveStep.h"
#include "ui/together/steps/SideBySideStep.h"
#include "ui/together/steps/StepWidgets.h"

#include <utility>

#include <QLabel>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// A shared step whose widget is written elsewhere (WentWellStep, TalkStep,
// LastIntentionsStep): its heading only, until it is swapped in below.
class PendingSharedStep : public ReviewStepPage
{
public:
    PendingSharedStep(ReviewStep step, ReviewFlow& flow, ReviewNames names, QWidget* parent)
        : ReviewStepPage(flow, std::move(names), parent), m_step(step)
    {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(stepTitle(title(step), this));
        layout->addStretch();
    }

    ReviewStep step() const override { return m_step; }
    void refresh() override {}

private:
    static QString title(ReviewStep step)
    {
        switch (step) {
        case ReviewStep::WentWell:
            return tr("What went well between us");
        case ReviewStep::Talk:
            return tr("One thing to talk about");
        default:
            return tr("Last week's intentions");
        }
    }

    ReviewStep m_step;
};

} // namespace

ReviewStepPage* makeReviewStep(ReviewStep step, ReviewFlow& flow, ReviewNames names, VaultContext& context,
                               QWidget* parent)
{
    switch (step) {
    case ReviewStep::Appreciations:
        return new AppreciationsStep(flow, std::move(names), parent);
    // The shared steps, written elsewhere: at merge these three lines become
    // new WentWellStep(flow, names, parent), new TalkStep(flow, names, context.clock(), parent)
    // and new LastIntentionsStep(flow, names, parent).
    // clang-format off
    case ReviewStep::WentWell:       return new PendingSharedStep(step, flow, std::move(names), parent);
    case ReviewStep::Talk:           return new PendingSharedStep(step, flow, std::move(names), parent);
    case ReviewStep::LastIntentions: return new PendingSharedStep(step, flow, std::move(names), parent);
    // clang-format on
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
