// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/SettingsPage.h"

#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "journal/Journal.h"
#include "ui/access/NewRecoveryCodeDialog.h"
#include "ui/data/DataSection.h"
#include "ui/shell/IdleLock.h"
#include "ui/shell/ReviewNotifier.h"
#include "ui/shell/VaultContext.h"
#include "ui/together/ReviewReminder.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/KeyboardOrder.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/PartnerTheme.h"
#include "ui/widgets/Theme.h"

#include <charconv>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace twofold::ui {

SettingsPage::SettingsPage(VaultContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_autoLock(new QSpinBox(this)), m_reviewDay(new QComboBox(this)),
      m_reviewNotification(new QCheckBox(tr("A &desktop notification on the review day"), this)),
      m_theme(new QComboBox(this)), m_packBox(new QWidget(this)), m_packLayout(new QVBoxLayout(m_packBox)),
      m_message(new QLabel(this)), m_data(nullptr)
{
    setObjectName(QStringLiteral("settingsPage"));
    // The page outgrew short windows: everything below scrolls.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a Tab stop of its own (it showed no focus): it scrolls to whatever gets focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("settingsContent"));
    scroll->setWidget(content);
    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);
    QWidget* column = addCentredColumn(content, 640);
    m_data = new DataSection(m_context, column);
    auto* heading = new QLabel(tr("Settings"), column);
    makeHeadline(heading);

    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setAccessibleName(tr("Lock after minutes without use"));
    m_autoLock->setRange(1, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_reviewDay->setObjectName(QStringLiteral("reviewDay"));
    m_reviewDay->setAccessibleName(tr("Review day"));
    for (int day = 1; day <= 7; ++day) {
        m_reviewDay->addItem(QLocale().dayName(day), day - 1);
    }
    m_reviewNotification->setObjectName(QStringLiteral("reviewNotification"));
    m_reviewNotification->setAccessibleName(tr("A desktop notification on the review day"));
    m_reviewNotification->setToolTip(tr("It says only \"Twofold: your weekly review\". This is your choice; "
                                        "your partner makes their own."));
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), static_cast<int>(ThemeChoice::System));
    m_theme->addItem(tr("Light"), static_cast<int>(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(ThemeChoice::Dark));
    m_autoLock->setMaximumWidth(120);
    m_reviewDay->setMaximumWidth(240);
    m_theme->setMaximumWidth(240);
    m_packBox->setObjectName(QStringLiteral("packChoices"));
    m_packLayout->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* autoLockLabel = new QLabel(tr("L&ock after"), column);
    autoLockLabel->setBuddy(m_autoLock);
    form->addRow(autoLockLabel, m_autoLock);
    auto* dayLabel = new QLabel(tr("Review da&y"), column);
    dayLabel->setBuddy(m_reviewDay);
    form->addRow(dayLabel, m_reviewDay);
    form->addRow(QString(), m_reviewNotification);
    auto* themeLabel = new QLabel(tr("The&me"), column);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);

    auto* packsHeading = new QLabel(tr("Prompt packs"), column);
    makeHeadline(packsHeading, 1.15);
    auto* packsNote = new QLabel(tr("A pack's prompts appear when you both have it on. Your choice is yours; "
                                    "your partner makes their own."),
                                 column);
    packsNote->setWordWrap(true);
    makeMuted(packsNote);

    auto* password = new QPushButton(tr("&Change password…"), column);
    password->setObjectName(QStringLiteral("changePasswordButton"));
    password->setAccessibleName(tr("Change password"));
    auto* recovery = new QPushButton(tr("Abo&ut your recovery code…"), column);
    recovery->setObjectName(QStringLiteral("recoveryHelpButton"));
    recovery->setAccessibleName(tr("About your recovery code"));
    auto* newCode = new QPushButton(tr("Make a &new recovery code…"), column);
    newCode->setObjectName(QStringLiteral("newRecoveryCodeButton"));
    newCode->setAccessibleName(tr("Make a new recovery code"));
    auto* securityHeading = new QLabel(tr("Password and recovery"), column);
    makeHeadline(securityHeading, 1.15);

    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(packsHeading);
    layout->addWidget(packsNote);
    layout->addWidget(m_packBox);
    layout->addSpacing(8);
    layout->addWidget(securityHeading);
    auto* row = new QHBoxLayout;
    row->addWidget(password);
    row->addWidget(newCode);
    row->addWidget(recovery);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addWidget(m_data);
    layout->addStretch();

    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_loading || !m_context.session()) {
            return;
        }
        const Status saved =
            m_context.session()->journal().setSetting(kAutoLockSetting, std::to_string(minutes));
        m_message->setText(saved ? QString() : describe(saved.error()).text());
        Q_EMIT autoLockChanged();
    });
    connect(m_reviewDay, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading || !m_context.couple()) {
            return;
        }
        const auto day = static_cast<Weekday>(m_reviewDay->currentData().toInt());
        WeeklyReview review(*m_context.couple());
        const Status saved = review.setReviewDay(day);
        m_message->setText(saved ? tr("The review day is shared: it changes for both of you.")
                                 : describe(saved.error()).text());
        if (auto schedule = review.schedule(utcOffsetMinutes(m_context.clock())); saved && schedule) {
            ReviewReminder::remember(m_context.dir, day, schedule->lastSavedDate.value_or(std::string()));
        }
    });
    connect(m_reviewNotification, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading || !m_context.session()) {
            return;
        }
        // Kept in this partner's journal, never in the app's settings (ReviewNotifier).
        const Status saved = ReviewNotifier::choose(m_context.session()->journal(), on);
        m_message->setText(saved ? QString() : describe(saved.error()).text());
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading) {
            return;
        }
        if (!m_context.session()) {
            return;
        }
        // This partner's own look, kept in their journal; it applies at once.
        Journal& journal = m_context.session()->journal();
        const Status saved =
            setPartnerTheme(journal, static_cast<ThemeChoice>(m_theme->currentData().toInt()));
        m_message->setText(saved ? QString() : describe(saved.error()).text());
        applyPartnerTheme(journal);
    });
    connect(password, &QPushButton::clicked, this, &SettingsPage::changePasswordRequested);
    connect(recovery, &QPushButton::clicked, this, &SettingsPage::showRecoveryHelp);
    connect(newCode, &QPushButton::clicked, this, &SettingsPage::makeNewRecoveryCode);
    connect(m_data, &DataSection::journalChanged, this, &SettingsPage::journalChanged);
    connect(m_data, &DataSection::leaveRequested, this, &SettingsPage::leaveRequested);
    reload();
}

void SettingsPage::reload()
{
    m_loading = true;
    int minutes = IdleLock::kDefaultMinutes;
    if (m_context.session()) {
        if (auto stored = m_context.session()->journal().setting(kAutoLockSetting); stored && *stored) {
            int parsed = 0;
            const std::string& text = **stored;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
            if (error == std::errc() && end == text.data() + text.size() && parsed >= 1 && parsed <= 240) {
                minutes = parsed;
            }
        }
    }
    m_autoLock->setValue(minutes);
    m_reviewNotification->setChecked(m_context.session() &&
                                     ReviewNotifier::isChosen(m_context.session()->journal()));
    if (m_context.session()) {
        m_theme->setCurrentIndex(
            std::max(0, m_theme->findData(static_cast<int>(partnerTheme(m_context.session()->journal())))));
    }

    while (QLayoutItem* item = m_packLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_reviewDay->setEnabled(m_context.couple() != nullptr);
    if (m_context.couple()) {
        if (auto day = WeeklyReview(*m_context.couple()).reviewDay()) {
            m_reviewDay->setCurrentIndex(m_reviewDay->findData(static_cast<int>(*day)));
        }
        if (auto packs = m_context.couple()->prompts().packs()) {
            const bool hasPartner = !m_context.couple()->partnerId().empty();
            for (const PackChoice& pack : *packs) {
                if (pack.packId == kCheckInPackId) {
                    continue;
                }
                const QString title =
                    pack.packId == kCustomPackId ? tr("Our own prompts") : QString::fromStdString(pack.title);
                auto* box = new QCheckBox(title, m_packBox);
                box->setObjectName(QStringLiteral("pack_") + QString::fromStdString(pack.packId));
                box->setAccessibleName(title);
                box->setChecked(pack.onForMe);
                if (hasPartner && pack.onForMe && !pack.onForPartner) {
                    box->setToolTip(tr("Your partner has this pack off, so its prompts are not shown."));
                    box->setText(title + QLatin1String("  ") + tr("(off for your partner)"));
                }
                const std::string id = pack.packId;
                connect(box, &QCheckBox::toggled, this, [this, id](bool on) {
                    if (!m_context.couple()) {
                        return;
                    }
                    const Status set =
                        m_context.couple()->prompts().setPack(id, on ? PackSwitch::On : PackSwitch::Off);
                    m_message->setText(set ? QString() : describe(set.error()).text());
                    Q_EMIT packsChanged();
                });
                m_packLayout->addWidget(box);
            }
        }
    }
    m_data->reload();
    orderTabsAsLaidOut(this); // the packs were made again, at the end of the chain
    m_loading = false;
}

void SettingsPage::makeNewRecoveryCode()
{
    if (!m_context.session()) {
        return;
    }
    auto* dialog = new NewRecoveryCodeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewRecoveryCodeDialog::codeReplaced, this, [this] {
        m_message->setText(tr("Your new recovery code is made; the old one no longer works."));
    });
    dialog->open();
}

void SettingsPage::showRecoveryHelp()
{
    Dialogs::information(
        this,
        tr("Your recovery code is the 32 letters and digits you wrote down when you set up your journal. If "
           "you "
           "forget your password, choose \"Use recovery code\" on the unlock screen, type it in, and then "
           "choose "
           "a new password."),
        tr("Keep the paper somewhere your partner and others cannot reach. Nobody, not even Twofold, can "
           "open "
           "your journal without your password or this code: if both are lost, your journal cannot be "
           "recovered."));
}

} // namespace twofold::ui
