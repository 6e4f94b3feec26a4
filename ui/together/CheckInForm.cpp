// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/CheckInForm.h"

#include "prompts/PromptPack.h"
#include "ui/widgets/KeyboardOrder.h"
#include "ui/widgets/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

constexpr int kRatherNotSay = 0; // the button id of "Rather not say" in each rating's group

} // namespace

QStringList CheckInForm::ratingNames()
{
    return {tr("Emotional connection"), tr("Physical connection"), tr("Spiritual connection"), tr("Trust")};
}

QString CheckInForm::ratingText(const std::optional<int>& rating)
{
    return rating ? tr("%1 of 5").arg(*rating) : QStringLiteral("—");
}

QString CheckInForm::noteText(const std::string& note)
{
    return note.empty() ? QStringLiteral("—") : QString::fromStdString(note);
}

CheckInForm::CheckInForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checkInForm"));
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    const QStringList names = ratingNames();
    const char* objectNames[] = {"ratingEmotional", "ratingPhysical", "ratingSpiritual", "ratingTrust"};
    for (std::size_t i = 0; i < kCheckInRatings; ++i) {
        const QString base = QString::fromLatin1(objectNames[i]);
        auto* row = new QWidget(this);
        row->setObjectName(base);
        row->setAccessibleName(names[static_cast<int>(i)]);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* group = new QButtonGroup(row);
        group->setObjectName(base + QStringLiteral("Choices"));
        for (int value = kRatingMin; value <= kRatingMax; ++value) {
            const QString text = value == kRatingMin   ? tr("%1 distant").arg(value)
                                 : value == kRatingMax ? tr("%1 close").arg(value)
                                                       : QString::number(value);
            auto* button = new QRadioButton(text, row);
            button->setObjectName(base + QString::number(value));
            button->setAccessibleName(tr("%1: %2 of 5").arg(names[static_cast<int>(i)]).arg(value));
            group->addButton(button, value);
            layout->addWidget(button);
        }
        auto* skip = new QRadioButton(tr("Rather not say"), row);
        skip->setObjectName(base + QStringLiteral("Skip"));
        skip->setAccessibleName(tr("%1: rather not say").arg(names[static_cast<int>(i)]));
        group->addButton(skip, kRatherNotSay);
        layout->addSpacing(12);
        layout->addWidget(skip);
        layout->addStretch();
        auto* label = new QLabel(names[static_cast<int>(i)], this);
        label->setBuddy(group->button(kRatingMin));
        form->addRow(label, row);
        m_ratings[i] = group;
    }
    m_appreciated = makeNote(QStringLiteral("checkInAppreciated"), tr("One thing I appreciated"));
    m_need = makeNote(QStringLiteral("checkInNeed"), tr("One thing I need"));
    auto* appreciatedLabel = new QLabel(tr("One thing I &appreciated"), this);
    appreciatedLabel->setBuddy(m_appreciated);
    auto* needLabel = new QLabel(tr("One thing I nee&d"), this);
    needLabel->setBuddy(m_need);
    m_appreciatedSkip = new QCheckBox(tr("Rather not say"), this);
    m_appreciatedSkip->setObjectName(QStringLiteral("checkInAppreciatedSkip"));
    m_appreciatedSkip->setAccessibleName(tr("One thing I appreciated: rather not say"));
    m_needSkip = new QCheckBox(tr("Rather not say"), this);
    m_needSkip->setObjectName(QStringLiteral("checkInNeedSkip"));
    m_needSkip->setAccessibleName(tr("One thing I need: rather not say"));
    for (auto [skip, note] : {std::pair{m_appreciatedSkip, m_appreciated}, std::pair{m_needSkip, m_need}}) {
        connect(skip, &QCheckBox::toggled, note, [note](bool skipped) {
            if (skipped) {
                note->clear();
            }
            note->setEnabled(!skipped);
        });
    }
    auto* hint = new QLabel(tr("Nothing here is required. Anything you leave out shows as “—”."), this);
    hint->setWordWrap(true);
    makeMuted(hint);
    m_hint = hint;
    m_noteWidgets = {appreciatedLabel, m_appreciated, m_appreciatedSkip, needLabel, m_need, m_needSkip};

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(hint);
    layout->addLayout(form);
    for (auto [label, note, skip] : {std::tuple{appreciatedLabel, m_appreciated, m_appreciatedSkip},
                                     std::tuple{needLabel, m_need, m_needSkip}}) {
        auto* heading = new QHBoxLayout;
        heading->addWidget(label);
        heading->addStretch();
        heading->addWidget(skip);
        layout->addLayout(heading);
        layout->addWidget(note);
    }
    orderTabsAsLaidOut(this);
}

QPlainTextEdit* CheckInForm::makeNote(const QString& objectName, const QString& accessibleName)
{
    auto* note = new QPlainTextEdit(this);
    note->setObjectName(objectName);
    note->setAccessibleName(accessibleName);
    note->setTabChangesFocus(true);
    note->setMaximumHeight(80);
    return note;
}

CheckIn CheckInForm::value() const
{
    std::array<std::optional<int>, kCheckInRatings> ratings;
    for (std::size_t i = 0; i < kCheckInRatings; ++i) {
        const int chosen = m_ratings[i]->checkedId();
        if (chosen >= kRatingMin && chosen <= kRatingMax) {
            ratings[i] = chosen;
        }
    }
    CheckIn checkIn;
    checkIn.emotional = ratings[0];
    checkIn.physical = ratings[1];
    checkIn.spiritual = ratings[2];
    checkIn.trust = ratings[3];
    if (!m_appreciatedSkip->isChecked()) {
        checkIn.appreciated = m_appreciated->toPlainText().trimmed().toStdString();
    }
    if (!m_needSkip->isChecked()) {
        checkIn.need = m_need->toPlainText().trimmed().toStdString();
    }
    return checkIn;
}

void CheckInForm::clear()
{
    for (QButtonGroup* group : m_ratings) {
        // An exclusive group keeps one button checked: let go of it for a moment.
        group->setExclusive(false);
        for (QAbstractButton* button : group->buttons()) {
            button->setChecked(false);
        }
        group->setExclusive(true);
    }
    m_appreciatedSkip->setChecked(false);
    m_needSkip->setChecked(false);
    for (QPlainTextEdit* note : {m_appreciated, m_need}) {
        note->clear();
        note->document()->clearUndoRedoStacks();
    }
}

void CheckInForm::setNotesVisible(bool visible)
{
    for (QWidget* widget : m_noteWidgets) {
        widget->setVisible(visible);
    }
    m_hint->setVisible(visible);
}

void CheckInForm::focusFirst()
{
    m_ratings[0]->button(kRatingMin)->setFocus();
}

} // namespace twofold::ui
