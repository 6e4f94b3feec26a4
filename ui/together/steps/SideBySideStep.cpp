// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/SideBySideStep.h"

#include "couple/ReviewFlow.h"
#include "crypto/SecretBuffer.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/ReviewSummaryView.h"
#include "ui/widgets/ErrorMessages.h"

#include <memory>

#include <QVBoxLayout>

namespace twofold::ui {

SideBySideStep::SideBySideStep(ReviewFlow& flow, ReviewNames names, VaultContext& context, QWidget* parent)
    : ReviewStepPage(flow, std::move(names), parent), m_context(context),
      m_summary(new ReviewSummaryView(context.clock(), this))
{
    setObjectName(QStringLiteral("sideBySideStep"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addStretch();
    connect(m_summary, &ReviewSummaryView::shareRequested, this, &SideBySideStep::shareNow);
}

void SideBySideStep::refresh()
{
    // Rebuilt from couple.db each time, so it shows exactly what is shared.
    auto contents = flow().shared().contents();
    if (!contents) {
        m_summary->clear();
        Q_EMIT problem(describe(contents.error()).text());
        return;
    }
    m_summary->show(*contents, {names().first, names().second});
}

void SideBySideStep::shareNow(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_summary->turns().size()) {
        return;
    }
    const ReviewTurn turn = m_summary->turns()[static_cast<std::size_t>(index)];
    auto password = std::make_shared<SecretBuffer>(m_summary->takePassword(index));
    if (password->size() == 0) {
        m_summary->showTurnError(index, tr("Please type your password."));
        return;
    }
    m_summary->setTurnBusy(index, true);
    m_summary->showTurnError(index, QString());
    // Lock waits for the pool (VaultContext), so both spaces outlive this job.
    CoupleSpace* first = &flow().shared().space(ReviewSide::First);
    CoupleSpace* second = &flow().shared().space(ReviewSide::Second);
    const std::string date = flow().reviewDate();
    runOffThread<Result<TopicStatus>>(
        this, &m_context.pool,
        [first, second, date, turn, password] {
            auto shared =
                TogetherReview(*first, *second, date).shareNow(turn.turn(), turn.promptId, *password);
            password->wipe();
            return shared;
        },
        [this, index](Result<TopicStatus> shared) {
            if (!m_context.couple() || !m_context.otherCouple()) {
                return; // locked or ended meanwhile: the flow is gone, this step is going
            }
            m_summary->setTurnBusy(index, false);
            if (shared) {
                refresh();
                return;
            }
            switch (shared.error().code) {
            case ErrorCode::WrongPassword:
                m_summary->showTurnError(index, tr("That password did not work. Nothing was shared."));
                break;
            case ErrorCode::NotFound:
                m_summary->showTurnError(
                    index, tr("There is no saved answer to share yet. You can write one on your own Prompts "
                              "page whenever you like."));
                break;
            default:
                m_summary->showTurnError(index, describe(shared.error()).text());
                break;
            }
        });
}

} // namespace twofold::ui
