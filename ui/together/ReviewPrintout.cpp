// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewPrintout.h"

#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "ui/data/DocumentPdf.h"
#include "ui/together/CheckInForm.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTextDocument>

namespace twofold::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReviewPrintout", text);
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString reviewHtml(CoupleSpace& me, const QString& myName, const QString& partnerName,
                   const QString& reviewDate)
{
    auto record = WeeklyReview(me).review(reviewDate.toStdString());
    if (!record || !*record) {
        return {};
    }
    QString html;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("Weekly review of %1")
                             .arg(QLocale().toString(QDate::fromString(reviewDate, Qt::ISODate),
                                                     QLocale::LongFormat))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Saved %1")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch((*record)->savedMs),
                                                     QLocale::ShortFormat))));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Check-ins")));
    if (auto view = me.readCheckIn(reviewDate.toStdString())) {
        html += QStringLiteral("<table cellpadding=4><tr><th></th><th>%1</th><th>%2</th></tr>")
                    .arg(esc(myName), esc(partnerName));
        auto cell = [&](const std::optional<Opened<CheckIn>>& c, std::size_t row) -> QString {
            if (!c) {
                return esc(tr("not revealed"));
            }
            if (!c->readable()) {
                return esc(tr("damaged"));
            }
            if (row < kCheckInRatings) {
                return esc(CheckInForm::ratingText(c->value.ratings()[row]));
            }
            return esc(CheckInForm::noteText(row == kCheckInRatings ? c->value.appreciated : c->value.need));
        };
        QStringList rows = CheckInForm::ratingNames();
        rows << tr("Appreciated") << tr("Needs");
        for (int i = 0; i < rows.size(); ++i) {
            const auto row = static_cast<std::size_t>(i);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(rows[i]), cell(view->mine, row), cell(view->partners, row));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Intentions for the week after")));
    // A forged or edited intention is damaged, never anyone's words.
    auto intention = [&](const std::optional<std::string>& text, bool damaged) {
        return damaged ? esc(tr("damaged")) : esc(CheckInForm::noteText(text.value_or(std::string())));
    };
    html += QStringLiteral("<p><b>%1:</b> %2</p>")
                .arg(esc(myName), intention((*record)->myIntention, (*record)->myIntentionDamaged));
    html += QStringLiteral("<p><b>%1:</b> %2</p>")
                .arg(esc(partnerName),
                     intention((*record)->partnerIntention, (*record)->partnerIntentionDamaged));
    return html;
}

Status writeReviewPdf(const QString& html, const std::filesystem::path& out)
{
    if (html.isEmpty() || out.empty()) {
        return fail(ErrorCode::InvalidArgument, "no review to write");
    }
    QTextDocument document;
    document.setHtml(html);
    return writeDocumentPdf(document, tr("Weekly review"), out);
}

} // namespace twofold::ui
