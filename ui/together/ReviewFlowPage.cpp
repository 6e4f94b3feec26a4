// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewFlowPage.h"

#include "common/Propagate.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/steps/ReviewStepFactory.h"
#include "ui/together/steps/SaveStep.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>

namespace twofold::ui {

ReviewFlowPage::ReviewFlowPage(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_progress(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_stack(new QStackedWidget), m_message(new QLabel(this)),
      m_back(namedButton(tr("&Back"), QStringLiteral("backStepButton"), this)),
      m_skip(namedButton(tr("S&kip this step"), QStringLiteral("skipStepButton"), this)),
      m_next(namedButton(tr("&Next"), QStringLiteral("nextStepButton"), this)),
      m_end(namedButton(tr("&End Together"), QStringLiteral("endTogetherButton"), this))
{
    setObjectName(QStringLiteral("reviewFlow"));
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setTextFormat(Qt::RichText);
    m_progress->setWordWrap(true);
    makeMuted(m_progress);
    m_stack->setObjectName(QStringLiteral("reviewSteps"));
    m_scroll->setObjectName(QStringLiteral("reviewStepScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // no Tab stop showing nothing: it follows the focus
    auto* inner = new QWidget;
    QWidget* column = addCentredColumn(inner, 760);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 8, 0, 8);
    columnLayout->addWidget(m_stack);
    m_scroll->setWidget(inner);

    // One fixed place for messages: two lines high whether empty or not.
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 2 + 4);
    makeErrorText(m_message);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_end);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_next);
    m_next->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, [this] { move(true); });
    connect(m_skip, &QPushButton::clicked, this, [this] { move(true); });
    connect(m_back, &QPushButton::clicked, this, [this] { move(false); });
    connect(m_end, &QPushButton::clicked, this, &ReviewFlowPage::endRequested);
    showStep();
}

QString ReviewFlowPage::stepName(ReviewStep step)
{
    switch (step) {
    case ReviewStep::Appreciations:
        return tr("Appreciations");
    case ReviewStep::WentWell:
        return tr("What went well");
    case ReviewStep::CheckIn:
        return tr("Check-in");
    case ReviewStep::Talk:
        return tr("One thing to talk about");
    case ReviewStep::LastIntentions:
        return tr("Last week's intentions");
    case ReviewStep::Loved:
        return tr("Feeling loved");
    case ReviewStep::SideBySide:
        return tr("Side by side");
    case ReviewStep::Save:
        return tr("Save");
    }
    return {};
}

std::optional<ReviewStep> ReviewFlowPage::step() const
{
    return m_flow ? std::optional(m_flow->step()) : std::nullopt;
}

Status ReviewFlowPage::begin(const QString& reviewDate)
{
    end();
    if (!m_context.couple() || !m_context.otherCouple()) {
        return fail(ErrorCode::InvalidArgument, "the review needs both partners unlocked together");
    }
    auto flow = ReviewFlow::begin(*m_context.couple(), *m_context.otherCouple(), reviewDate.toStdString());
    if (!flow) {
        return propagate(flow);
    }
    m_flow.emplace(std::move(*flow));
    // Each name as its own partner's unlock checked it (their keyring row), never keyring.db
    // read afresh: the other partner cannot swap the names on the handover cards.
    const ReviewNames names{QString::fromStdString(m_context.session()->partner().name),
                            QString::fromStdString(m_context.otherSession()->partner().name)};
    for (std::size_t i = 0; i < kReviewSteps; ++i) {
        ReviewStepPage* page = makeReviewStep(static_cast<ReviewStep>(i), *m_flow, names, m_context, m_stack);
        // Only the current step sizes the stack (QStackedLayout skips Ignored widgets).
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        m_stack->addWidget(page);
        m_steps.push_back(page);
        connect(page, &ReviewStepPage::problem, this, &ReviewFlowPage::showMessage);
        if (auto* save = qobject_cast<SaveStep*>(page)) {
            connect(save, &SaveStep::saved, this, &ReviewFlowPage::reviewSaved);
            // Once saved the step offers its own End Together, with the focus: one is enough.
            connect(save, &SaveStep::saved, m_end, [this] { m_end->setVisible(false); });
            connect(save, &SaveStep::autoBackupFinished, this, &ReviewFlowPage::autoBackupFinished);
            connect(save, &SaveStep::endRequested, this, &ReviewFlowPage::endRequested);
        }
    }
    showStep();
    return {};
}

void ReviewFlowPage::end()
{
    // What was typed in the shared steps since the last pause is stored first, while both
    // spaces are still open (End and lock call this before either partner's keys go). An
    // open private turn is not: it was never Done.
    if (m_flow && m_context.couple() && m_context.otherCouple()) {
        for (ReviewStepPage* page : m_steps) {
            (void)page->leave();
        }
    }
    for (ReviewStepPage* page : m_steps) {
        // Words and timers go now; the widget itself on return to the event loop, since
        // End may be running inside one of its own buttons.
        for (auto* timer : page->findChildren<QTimer*>()) {
            timer->stop();
        }
        page->disconnect(this);
        wipeWords(page);
        page->hide();
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_steps.clear();
    m_flow.reset();
    m_context.talkTurnRunning = false;
    m_message->clear();
    showStep();
}

void ReviewFlowPage::move(bool forward)
{
    if (!m_flow) {
        return;
    }
    ReviewStepPage* current = m_steps[static_cast<std::size_t>(m_flow->step())];
    if (Status left = current->leave(); !left) {
        if (m_message->text().isEmpty()) { // the step said why, or this says it
            showMessage(describe(left.error()).text());
        }
        return;
    }
    if (Status moved = forward ? m_flow->next() : m_flow->back(); !moved) {
        return; // no step before the first or after the last: the buttons say so already
    }
    m_message->clear();
    showStep();
}

void ReviewFlowPage::showStep()
{
    const bool active = m_flow.has_value();
    const ReviewStep current = active ? m_flow->step() : ReviewStep::Appreciations;
    QStringList names;
    for (std::size_t i = 0; i < kReviewSteps; ++i) {
        const auto step = static_cast<ReviewStep>(i);
        // A name never breaks across lines; the strip breaks only between names.
        const QString name =
            stepName(step).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        names << (active && step == current ? QStringLiteral("<b><u>%1</u></b>").arg(name) : name);
    }
    m_progress->setText(active ? names.join(QStringLiteral(" &nbsp;·&nbsp; ")) : QString());
    m_progress->setAccessibleName(active ? tr("This step: %1").arg(stepName(current)) : QString());
    m_back->setVisible(active && current != ReviewStep::Appreciations);
    m_skip->setVisible(active && current != ReviewStep::Save);
    m_next->setVisible(active && current != ReviewStep::Save);
    if (!active) {
        return;
    }
    for (ReviewStepPage* page : m_steps) {
        const bool shown = page->step() == current;
        page->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    ReviewStepPage* page = m_steps[static_cast<std::size_t>(current)];
    const auto* save = qobject_cast<const SaveStep*>(page);
    m_end->setVisible(save == nullptr || !save->isSaved());
    page->refresh();
    m_stack->setCurrentWidget(page);
    m_stack->adjustSize();
    m_scroll->ensureVisible(0, 0);
}

void ReviewFlowPage::showMessage(const QString& text)
{
    m_message->setText(text);
}

} // namespace twofold::ui
