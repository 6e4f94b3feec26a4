// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/FirstRunFlow.h"

#include "ui/access/PartnerSetupPage.h"
#include "ui/access/RecoveryCodePage.h"
#include "ui/access/SharedLoginPage.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"
#include "vault/SharedVault.h"

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QPushButton* linkButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

} // namespace

FirstRunFlow::FirstRunFlow(VaultContext& context, Mode mode, QWidget* parent)
    : QStackedWidget(parent), m_context(context), m_mode(mode)
{
    setObjectName(mode == Mode::FirstRun ? QStringLiteral("firstRun") : QStringLiteral("addPartner"));
    if (mode == Mode::FirstRun) {
        m_welcome = makeWelcome();
        addWidget(m_welcome);
        m_logins = new SharedLoginPage(this);
        addWidget(m_logins);
        connect(m_logins, &SharedLoginPage::continued, this, [this] {
            setCurrentWidget(m_partner1);
            m_partner1->findChild<QWidget*>(QStringLiteral("partner1Name"))->setFocus();
        });
        m_partner1 = new PartnerSetupPage(QStringLiteral("partner1"), this);
        m_partner1->setHeading(tr("Your journal"),
                               tr("Start with one of you. Choose your name, a colour that will mark your "
                                  "journal, and a password only you know."));
        addWidget(m_partner1);
        m_recovery1 = new RecoveryCodePage(QStringLiteral("partner1"), this);
        addWidget(m_recovery1);
        connect(m_partner1, &PartnerSetupPage::submitted, this, [this] { enroll(m_partner1, 1); });
        connect(m_recovery1, &RecoveryCodePage::continued, this, [this] { setCurrentWidget(m_handOver); });
    }
    m_handOver = makeHandOver();
    addWidget(m_handOver);
    m_partner2 = new PartnerSetupPage(QStringLiteral("partner2"), this);
    m_partner2->setHeading(tr("Your partner's journal"),
                           tr("Welcome! This journal is yours alone. Choose your name, your own colour, and "
                              "a password your partner does not know."));
    addWidget(m_partner2);
    m_recovery2 = new RecoveryCodePage(QStringLiteral("partner2"), this);
    addWidget(m_recovery2);
    connect(m_partner2, &PartnerSetupPage::submitted, this, [this] { enroll(m_partner2, 2); });
    connect(m_recovery2, &RecoveryCodePage::continued, this, &FirstRunFlow::finished);

    setCurrentWidget(mode == Mode::FirstRun ? m_welcome : m_handOver);
}

QWidget* FirstRunFlow::makeWelcome()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/twofold.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto* heading = new QLabel(tr("Welcome to Twofold"), page);
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    heading->setAlignment(Qt::AlignCenter);
    makeHeadline(heading, 2.0);
    auto* text = new QLabel(page);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setText(tr("Twofold is a journal for the two of you: each writes privately, and together you "
                     "reflect on your relationship, one question at a time. What you write stays private "
                     "to you, nothing reaches your partner unless you both agree, and nothing ever leaves "
                     "this computer."));
    auto* begin = new QPushButton(tr("&Begin"), page);
    begin->setObjectName(QStringLiteral("beginButton"));
    begin->setAccessibleName(tr("Begin"));
    begin->setDefault(true);
    begin->setMinimumWidth(160);
    auto* restore = linkButton(tr("&Restore from a backup…"), QStringLiteral("welcomeRestoreButton"), page);
    restore->setToolTip(tr("Moving from another computer? Bring both journals back from a backup file."));
    auto* safety = linkButton(tr("&Safety and support"), QStringLiteral("welcomeSafetyButton"), page);

    auto* layout = new QVBoxLayout(addCentredColumn(page, 600));
    layout->setContentsMargins(24, 48, 24, 32);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(24);
    layout->addWidget(begin, 0, Qt::AlignHCenter);
    layout->addSpacing(4);
    layout->addWidget(restore, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    layout->addWidget(safety, 0, Qt::AlignHCenter);

    connect(begin, &QPushButton::clicked, this, [this] { setCurrentWidget(m_logins); });
    connect(restore, &QPushButton::clicked, this, &FirstRunFlow::restoreRequested);
    connect(safety, &QPushButton::clicked, this, &FirstRunFlow::safetyRequested);
    return page;
}

QWidget* FirstRunFlow::makeHandOver()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("handOverPage"));
    auto* heading = new QLabel(tr("Hand the keyboard to your partner"), page);
    makeHeadline(heading);
    heading->setAlignment(Qt::AlignCenter);
    m_handOverText = new QLabel(page);
    m_handOverText->setWordWrap(true);
    m_handOverText->setAlignment(Qt::AlignCenter);
    m_handOverText->setTextFormat(Qt::PlainText);
    auto* now = new QPushButton(tr("Set up my partner &now"), page);
    now->setObjectName(QStringLiteral("setUpPartnerNowButton"));
    now->setAccessibleName(tr("Set up my partner now"));
    now->setDefault(true);
    auto* later = new QPushButton(m_mode == Mode::FirstRun ? tr("&Later") : tr("&Cancel"), page);
    later->setObjectName(QStringLiteral("partnerLaterButton"));
    later->setAccessibleName(m_mode == Mode::FirstRun ? tr("Later") : tr("Cancel"));
    auto* note =
        new QLabel(m_mode == Mode::FirstRun
                       ? tr("If you choose Later, you can add your partner any time from your journal.")
                       : QString(),
                   page);
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignCenter);
    makeMuted(note);

    auto* layout = new QVBoxLayout(addCentredColumn(page, 600));
    layout->setContentsMargins(24, 48, 24, 32);
    layout->addStretch(2);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(m_handOverText);
    layout->addSpacing(24);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(later);
    buttons->addWidget(now);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addStretch(3);

    const auto updateText = [this] {
        const QString sponsor =
            m_context.session() ? QString::fromStdString(m_context.session()->partner().name) : QString();
        m_handOverText->setText(
            tr("Now your partner creates their own journal, with their own password. %1, this is a good "
               "moment to look away while they type.")
                .arg(sponsor) +
            (m_logins && m_logins->partnerAccount()
                 ? QLatin1Char(' ') + tr("Afterwards each of you opens Twofold in your own login.")
                 : QString()));
        // Adding the hand-over page as the first page fires currentChanged before the
        // partner page exists; the queued call below fills it in then.
        if (m_context.session() && m_partner2) {
            m_partner2->setTakenName(sponsor);
            // Offer a colour other than the sponsor's.
            const auto swatches = partnerSwatches();
            for (const Swatch& swatch : swatches) {
                if (swatch.hex != QString::fromStdString(m_context.session()->partner().colour)) {
                    m_partner2->setColour(swatch.hex);
                    break;
                }
            }
        }
    };
    connect(this, &QStackedWidget::currentChanged, this, [this, updateText](int) {
        if (currentWidget() == m_handOver) {
            updateText();
        }
    });
    if (m_mode == Mode::AddPartner) {
        // currentChanged fires for the first page added; make sure the text is there.
        QMetaObject::invokeMethod(this, updateText, Qt::QueuedConnection);
    }
    connect(now, &QPushButton::clicked, this, [this] {
        setCurrentWidget(m_partner2);
        m_partner2->findChild<QWidget*>(QStringLiteral("partner2Name"))->setFocus();
    });
    connect(later, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::FirstRun) {
            Q_EMIT finished();
        } else {
            Q_EMIT cancelled();
        }
    });
    return page;
}

void FirstRunFlow::enroll(PartnerSetupPage* page, int slot)
{
    if (!m_context.vault) {
        // The vault folder is made only now, when someone actually begins: in the shared
        // place for the two logins, made theirs before its first file.
        if (const auto partner = m_logins ? m_logins->partnerAccount() : std::nullopt) {
            const auto dir = shared::vaultPathFor(shared::placeRoot(), ::getuid(), *partner);
            if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) {
                page->showError(describe(ErrorCode::PermissionDenied).text());
                return;
            }
            if (auto st = shared::shareFolder(dir, ::getuid(), *partner); !st) {
                page->showError(describe(st.error()).text());
                return;
            }
            m_context.dir = dir;
        }
        auto created = Vault::create(m_context.dir, m_context.options);
        if (!created) {
            page->showError(describe(created.error()).text());
            return;
        }
        m_context.vault.emplace(std::move(*created));
    }
    const QString name = page->name();
    NewPartner partner{name.toStdString(), page->colour().toStdString()};
    SecretBuffer password = page->takePassword();
    Vault* vault = &*m_context.vault;
    const Session* sponsor = (slot == 2 && m_context.session()) ? &*m_context.session() : nullptr;
    page->setBusy(true);
    runOffThread<Result<Enrollment>>(
        this, &m_context.pool,
        [vault, partner, sponsor, password = std::make_shared<SecretBuffer>(std::move(password))] {
            auto result = vault->enroll(partner, *password, sponsor);
            password->wipe();
            return result;
        },
        [this, page, slot, name](Result<Enrollment> result) {
            page->setBusy(false);
            if (!result) {
                page->showError(describe(result.error()).text());
                return;
            }
            RecoveryCodePage* recovery = slot == 1 ? m_recovery1 : m_recovery2;
            recovery->setCode(name, std::move(result->recoveryCode));
            if (slot == 1 || m_mode == Mode::FirstRun) {
                // Whoever just enrolled is at the keyboard; the sponsor's keys are wiped.
                m_context.unlocked.emplace(std::move(result->session));
                m_context.unlockedWithRecoveryCode = false;
            } else {
                result->session.lock();
                Q_EMIT partnerAdded(name);
            }
            page->reset();
            setCurrentWidget(recovery);
        });
}

} // namespace twofold::ui
