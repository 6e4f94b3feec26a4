// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/SaveStep.h"

#include "couple/ReviewFlow.h"
#include "couple/WeeklyReview.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/AutoBackupNote.h"
#include "ui/together/ReviewReminder.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/MessagePlace.h"
#include "ui/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

SaveStep::SaveStep(ReviewFlow& flow, ReviewNames names, VaultContext& context, QWidget* parent)
    : ReviewStepPage(flow, std::move(names), parent), m_context(context),
      m_intentions(stepLabel(QString(), this, QStringLiteral("saveIntentions"))),
      m_save(namedButton(tr("&Save our review"), QStringLiteral("saveReviewButton"), this)),
      m_savedMessage(stepLabel(QString(), this, QStringLiteral("togetherSavedMessage"))),
      m_backupNote(new AutoBackupNote(context, this)),
      m_end(namedButton(tr("End Together"), QStringLiteral("savedEndButton"), this))
{
    setObjectName(QStringLiteral("saveStep"));
    auto* intro = stepLabel(tr("Saving keeps this week's review for both of you: what you revealed, what "
                               "you wrote together, and your intentions for the week ahead."),
                            this);
    m_savedMessage->setVisible(false);
    m_end->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(stepTitle(tr("Keep this week"), this));
    layout->addWidget(intro);
    layout->addWidget(m_intentions);
    auto* row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_savedMessage);
    keepMessagePlace(m_savedMessage); // above End: showing it must not move End (issue 16)
    layout->addWidget(m_backupNote);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_end);
    endRow->addStretch();
    layout->addLayout(endRow);
    layout->addStretch();
    connect(m_save, &QPushButton::clicked, this, &SaveStep::save);
    connect(m_backupNote, &AutoBackupNote::finished, this, &SaveStep::autoBackupFinished);
    connect(m_end, &QPushButton::clicked, this, &SaveStep::endRequested);
}

void SaveStep::refresh()
{
    const auto intention = [&](ReviewSide side) {
        const std::string& text = flow().nextIntention(side);
        return tr("%1's intention: %2")
            .arg(names().of(side), text.empty() ? tr("none this week") : QString::fromStdString(text));
    };
    m_intentions->setText(intention(ReviewSide::First) + QLatin1Char('\n') + intention(ReviewSide::Second));
    m_save->setEnabled(!m_saved);
}

void SaveStep::save()
{
    if (m_saved) {
        return;
    }
    // The notes, both intentions and the record in one transaction (ReviewFlow::save).
    auto record = flow().save();
    if (!record) {
        Q_EMIT problem(describe(record.error()).text());
        return;
    }
    m_saved = true;
    Q_EMIT problem(QString());
    if (m_context.couple()) {
        if (auto day = WeeklyReview(*m_context.couple()).reviewDay()) {
            ReviewReminder::remember(m_context.dir, *day, flow().reviewDate());
        }
    }
    // Saved: it stays on screen until they end Together, which locks for both of them.
    m_save->setEnabled(false);
    m_savedMessage->setText(
        tr("Your review is saved. Thank you both for taking the time. When you are ready, "
           "End Together locks Twofold, and each of you unlocks alone again."));
    m_savedMessage->setVisible(true);
    m_end->setVisible(true);
    m_end->setFocus();
    Q_EMIT saved();
    // After a saved review: the automatic backup, when the couple turned it on.
    m_backupNote->start();
}

} // namespace twofold::ui
