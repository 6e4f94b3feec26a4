// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewSummaryView.h"

#include "ui/access/SecretFieldAccessibility.h"
#include "ui/access/SecretInput.h"
#include "ui/together/CheckInForm.h"
#include "ui/together/steps/StepWidgets.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/Words.h"

#include <QDate>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QString nameOf(const std::array<QString, 2>& names, ReviewSide side)
{
    return names[side == ReviewSide::First ? 0 : 1];
}

} // namespace

ReviewSummaryView::ReviewSummaryView(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(&clock), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("reviewSummaryContent"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(10);
}

void ReviewSummaryView::clear()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_turns.clear();
    m_rows.clear();
}

void ReviewSummaryView::heading(const QString& text)
{
    auto* label = new QLabel(text, this);
    makeHeadline(label, 1.15);
    m_layout->addWidget(label);
}

void ReviewSummaryView::sideBySide(const QString& left, const QString& right, const QString& objectName)
{
    auto* row = new QWidget(this);
    row->setObjectName(objectName);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stepLabel(left, row, objectName + QStringLiteral("Mine")), 1);
    layout->addWidget(stepLabel(right, row, objectName + QStringLiteral("Partners")), 1);
    m_layout->addWidget(row);
}

void ReviewSummaryView::show(const ReviewContents& contents, const std::array<QString, 2>& names)
{
    clear();
    const QString damaged = tr("This item is damaged");

    auto* title = new QLabel(tr("Our weekly review"), this);
    makeHeadline(title, 1.5);
    m_layout->addWidget(title);
    m_layout->addWidget(stepLabel(
        QLocale().toString(QDate::fromString(QString::fromStdString(contents.reviewDate), Qt::ISODate),
                           QLocale::LongFormat),
        this));

    heading(tr("Check-ins"));
    sideBySide(names[0], names[1], QStringLiteral("checkInNames"));
    auto describeCheckIn = [&](const std::optional<Opened<CheckIn>>& c) -> QString {
        if (!c) {
            // The check-in step comes before this screen: not both answered it this week.
            return tr("Nothing from the check-in this week.");
        }
        if (!c->readable()) {
            return damaged;
        }
        QStringList lines;
        const QStringList ratingNames = CheckInForm::ratingNames();
        const auto ratings = c->value.ratings();
        for (std::size_t i = 0; i < ratings.size(); ++i) {
            lines << tr("%1: %2").arg(ratingNames[static_cast<int>(i)], CheckInForm::ratingText(ratings[i]));
        }
        lines << QString() << tr("Appreciated: %1").arg(CheckInForm::noteText(c->value.appreciated))
              << tr("Needs: %1").arg(CheckInForm::noteText(c->value.need));
        return lines.join(QLatin1Char('\n'));
    };
    sideBySide(describeCheckIn(contents.firstCheckIn), describeCheckIn(contents.secondCheckIn),
               QStringLiteral("checkInValues"));

    heading(tr("Answers you have both revealed"));
    int revealed = 0;
    for (const ReviewAnswer& answer : contents.answers) {
        auto* question = stepLabel(QString::fromStdString(answer.question), this);
        QFont bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        m_layout->addWidget(question);
        auto text = [&](const std::optional<Opened<std::string>>& side, const QString& name) {
            return name + QLatin1String(":\n") +
                   (!side              ? tr("Not revealed yet.")
                    : side->readable() ? QString::fromStdString(side->value)
                                       : damaged);
        };
        sideBySide(text(answer.first, names[0]), text(answer.second, names[1]),
                   QStringLiteral("revealedAnswer%1").arg(revealed++));
    }
    if (revealed == 0) {
        m_layout->addWidget(stepLabel(tr("None yet."), this));
    }

    heading(tr("Offered entries"));
    for (const ReviewOffer& offer : contents.offers) {
        const QString offerTitle =
            offer.title.readable() ? QString::fromStdString(offer.title.value) : damaged;
        m_layout->addWidget(stepLabel(
            tr("%1 offered “%2” (%3)")
                .arg(nameOf(names, offer.by), offerTitle.isEmpty() ? tr("Untitled") : offerTitle,
                     friendlyDate(QDateTime::fromMSecsSinceEpoch(offer.offeredMs), localNow(*m_clock))),
            this));
    }
    if (contents.offers.empty()) {
        m_layout->addWidget(stepLabel(tr("None this time."), this));
    }

    if (!contents.turns.empty()) {
        heading(tr("Ready to share"));
        auto* note = stepLabel(tr("One of you has agreed to share an answer to these. The other can share "
                                  "theirs now, with their password, or not now: that is always fine, and "
                                  "Twofold keeps no note of it."),
                               this);
        makeMuted(note);
        m_layout->addWidget(note);
        m_turns = contents.turns;
        for (std::size_t i = 0; i < m_turns.size(); ++i) {
            addTurn(m_turns[i], names, static_cast<int>(i));
        }
    }
}

void ReviewSummaryView::addTurn(const ReviewTurn& turn, const std::array<QString, 2>& names, int index)
{
    const QString turnName = nameOf(names, turn.turn());
    TurnRow r;
    r.row = new QWidget(this);
    r.row->setObjectName(QStringLiteral("shareTurn%1").arg(index));
    auto* layout = new QVBoxLayout(r.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stepLabel(tr("%1 is ready to share an answer to “%2”.")
                                    .arg(nameOf(names, turn.sharedBy), QString::fromStdString(turn.question)),
                                r.row));
    auto* choices = new QHBoxLayout;
    auto* shareNow =
        namedButton(tr("%1: share mine now…").arg(turnName), QStringLiteral("shareNow%1").arg(index), r.row);
    auto* notNow = namedButton(tr("Not now"), QStringLiteral("shareNotNow%1").arg(index), r.row);
    // Equal choices: the same size, neither one the default.
    for (QPushButton* b : {shareNow, notNow}) {
        b->setAutoDefault(false);
        b->setMinimumWidth(std::max(shareNow->sizeHint().width(), notNow->sizeHint().width()));
        choices->addWidget(b);
    }
    choices->addStretch();
    layout->addLayout(choices);

    r.confirm = new QWidget(r.row);
    r.confirm->setObjectName(QStringLiteral("shareConfirm%1").arg(index));
    auto* confirm = new QHBoxLayout(r.confirm);
    confirm->setContentsMargins(0, 0, 0, 0);
    auto* prompt = stepLabel(tr("%1, your password:").arg(turnName), r.confirm);
    prompt->setWordWrap(false);
    prompt->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    r.password = new SecretLineEdit(r.confirm);
    r.password->setObjectName(QStringLiteral("sharePassword%1").arg(index));
    r.password->setAccessibleName(tr("%1's password").arg(turnName));
    prompt->setBuddy(r.password);
    r.share =
        namedButton(tr("Share my answer"), QStringLiteral("shareConfirmButton%1").arg(index), r.confirm);
    r.share->setAutoDefault(false);
    confirm->addWidget(prompt);
    confirm->addWidget(r.password, 1);
    confirm->addWidget(r.share);
    r.confirm->setVisible(false);
    layout->addWidget(r.confirm);
    r.error = stepLabel(QString(), r.row, QStringLiteral("shareError%1").arg(index));
    r.error->setVisible(false);
    layout->addWidget(r.error);
    m_layout->addWidget(r.row);

    QWidget* confirmBox = r.confirm;
    QLineEdit* password = r.password;
    QWidget* row = r.row;
    connect(shareNow, &QPushButton::clicked, this, [confirmBox, password] {
        confirmBox->setVisible(true);
        password->setFocus();
    });
    // "Not now" leaves nothing behind: the row goes for this review, nothing is written.
    connect(notNow, &QPushButton::clicked, this, [this, row, password] {
        password->clear();
        row->setVisible(false);
        focusNextChild();
    });
    connect(r.password, &QLineEdit::returnPressed, this, [this, index] { Q_EMIT shareRequested(index); });
    connect(r.share, &QPushButton::clicked, this, [this, index] { Q_EMIT shareRequested(index); });
    m_rows.push_back(r);
}

SecretBuffer ReviewSummaryView::takePassword(int index)
{
    return takeSecret(m_rows.at(static_cast<std::size_t>(index)).password);
}

void ReviewSummaryView::setTurnBusy(int index, bool busy)
{
    const TurnRow& r = m_rows.at(static_cast<std::size_t>(index));
    r.password->setEnabled(!busy);
    r.share->setEnabled(!busy);
}

void ReviewSummaryView::showTurnError(int index, const QString& text)
{
    const TurnRow& r = m_rows.at(static_cast<std::size_t>(index));
    r.error->setText(text);
    r.error->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        r.password->setFocus();
    }
}

} // namespace twofold::ui
