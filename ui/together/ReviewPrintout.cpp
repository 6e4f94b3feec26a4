// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/ReviewPrintout.h"

#include "couple/CoupleSpace.h"
#include "couple/ReviewHistory.h"
#include "couple/WeeklyReview.h"
#include "ui/data/DocumentPdf.h"
#include "ui/together/ChartTextObject.h"
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

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

QString heading(const QString& title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

QString nothingThisWeek()
{
    return QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Nothing from this step this week.")));
}

QString line(const QString& name, const QString& words)
{
    return QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(name), words);
}

// A private step as both revealed it: nothing of either unless both sides are there.
template <typename T, typename Words>
QString revealed(const TopicView<T>& view, const ReviewPeople& people, Words words)
{
    if (!view.mine || !view.partners) {
        return nothingThisWeek();
    }
    auto side = [&](const Opened<T>& opened) {
        return opened.readable() ? words(opened.value) : esc(tr("damaged"));
    };
    return line(people.myName, side(*view.mine)) + line(people.partnerName, side(*view.partners));
}

QString checkInTable(const TopicView<CheckIn>& view, const ReviewPeople& people)
{
    if (!view.mine || !view.partners) {
        return nothingThisWeek();
    }
    QString html = QStringLiteral("<table cellpadding=4><tr><th></th><th>%1</th><th>%2</th></tr>")
                       .arg(esc(people.myName), esc(people.partnerName));
    auto cell = [](const Opened<CheckIn>& c, std::size_t row) -> QString {
        if (!c.readable()) {
            return esc(tr("damaged"));
        }
        if (row < kCheckInRatings) {
            return esc(CheckInForm::ratingText(c.value.ratings()[row]));
        }
        return esc(CheckInForm::noteText(row == kCheckInRatings ? c.value.appreciated : c.value.need));
    };
    QStringList rows = CheckInForm::ratingNames();
    rows << tr("Appreciated") << tr("Needs");
    for (int i = 0; i < rows.size(); ++i) {
        const auto row = static_cast<std::size_t>(i);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(rows[i]), cell(*view.mine, row), cell(*view.partners, row));
    }
    return html + QStringLiteral("</table>");
}

QString notesHtml(const std::vector<ReviewNote>& notes, const ReviewPeople& people)
{
    const std::pair<NoteKind, QString> kinds[] = {
        {NoteKind::WentWell, tr("What went well between us")},
        {NoteKind::TalkTopic, tr("What we talked about")},
        {NoteKind::Heard, tr("What was heard")},
        {NoteKind::KindWord, tr("Last week's intentions")},
    };
    auto nameOf = [&](const std::string& id) {
        return id == people.myId ? people.myName : people.partnerName;
    };
    QString html;
    for (const auto& [kind, title] : kinds) {
        QString part;
        for (const ReviewNote& note : notes) {
            if (note.kind != kind) {
                continue;
            }
            QString who = nameOf(note.partnerId);
            if (kind == NoteKind::KindWord && !note.about.empty()) {
                who = tr("%1, on %2's intention").arg(who, nameOf(note.about));
            }
            part +=
                line(who, note.state == ItemState::Readable ? esc(fromStd(note.text)) : esc(tr("damaged")));
        }
        if (!part.isEmpty()) {
            html += heading(title) + part;
        }
    }
    return html;
}

} // namespace

QString reviewHtml(const SavedReview& review, const ReviewPeople& people, bool withChart)
{
    const ReviewRecord& record = review.record;
    QString html;
    html +=
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(tr("Weekly review of %1")
                         .arg(QLocale().toString(QDate::fromString(fromStd(record.reviewDate), Qt::ISODate),
                                                 QLocale::LongFormat))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Saved %1")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.savedMs),
                                                     QLocale::ShortFormat))));
    if (record.changedBehindYourBack) {
        html +=
            QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Changed in the shared file since it was saved.")));
    }
    if (withChart) {
        html += heading(tr("Check-ins over the weeks")) + chartPlaceholderHtml();
    }
    html += heading(tr("Appreciations"));
    html += revealed(review.appreciations, people, [](const Appreciations& a) {
        QStringList items;
        for (const std::string& item : a.items) {
            items << esc(fromStd(item));
        }
        return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(" · "));
    });
    html += heading(tr("Check-ins")) + checkInTable(review.checkIn, people);
    html += notesHtml(review.notes, people);
    html += heading(tr("What would help each of you feel loved"));
    html += revealed(review.loved, people,
                     [](const std::string& words) { return esc(CheckInForm::noteText(words)); });
    html += heading(tr("Intentions for the week after"));
    auto intention = [&](const std::optional<std::string>& text, bool damaged) {
        return damaged ? esc(tr("damaged")) : esc(CheckInForm::noteText(text.value_or(std::string())));
    };
    html += line(people.myName, intention(record.myIntention, record.myIntentionDamaged));
    html += line(people.partnerName, intention(record.partnerIntention, record.partnerIntentionDamaged));
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

Status writeReviewPdf(const QString& html, const ChartData& chart, const ChartColours& colours,
                      const std::filesystem::path& out)
{
    if (html.isEmpty() || out.empty()) {
        return fail(ErrorCode::InvalidArgument, "no review to write");
    }
    QTextDocument document;
    document.setHtml(html);
    placeChart(document, chart, colours);
    return writeDocumentPdf(document, tr("Weekly review"), out);
}

} // namespace twofold::ui
