// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Seeing the weeks (issue 15): the rating chart (gaps for "rather not say", only given
// points drawn, its table), the calendar of saved reviews, a review reopened read-only and
// its PDF with the chart as vector.
#include "UiTestSupport.h"
#include "couple/ReviewHistory.h"
#include "ui/data/DocumentPdf.h"
#include "ui/together/ChartTextObject.h"
#include "ui/together/CheckInForm.h"
#include "ui/together/RatingChart.h"
#include "ui/together/ReviewCalendar.h"
#include "ui/together/ReviewPrintout.h"
#include "ui/together/ReviewReopenView.h"

#include <cstdlib>
#include <set>

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QUrl>

namespace twofold::test {
namespace {

namespace fs = std::filesystem;
using Ratings = std::array<std::optional<int>, 4>;

const QColor kMine(0xc0, 0x60, 0x4d);    // Terracotta
const QColor kPartner(0x3f, 0x7c, 0xac); // Lake

RatingPoint point(const std::string& date, bool mine, Ratings ratings)
{
    return RatingPoint{date, mine, ratings};
}

ui::ChartColours plainColours()
{
    ui::ChartColours colours;
    colours.mine = kMine;
    colours.partner = kPartner;
    colours.ink = Qt::black;
    colours.muted = QColor(0xdd, 0xdd, 0xdd);
    colours.paper = Qt::white;
    colours.textPixels = 12;
    return colours;
}

bool near(QRgb pixel, const QColor& colour, int tolerance = 12)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance &&
           std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

QImage render(const ui::ChartData& data, QSize size = QSize(800, 500))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    ui::paintRatingChart(painter, QRectF(QPointF(0, 0), QSizeF(size)), data, plainColours());
    painter.end();
    return image;
}

int countIn(const QImage& image, const QRect& area, const QColor& colour)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            n += near(image.pixel(x, y), colour) ? 1 : 0;
        }
    }
    return n;
}

// Runs of neighbouring pixel columns holding `colour` in `area`: a line joins its points
// into one run; a gap leaves them apart.
int columnRuns(const QImage& image, const QRect& area, const QColor& colour)
{
    int runs = 0;
    bool inRun = false;
    for (int x = area.left(); x <= area.right(); ++x) {
        const bool has = countIn(image, QRect(x, area.top(), 1, area.height()), colour) > 0;
        runs += has && !inRun ? 1 : 0;
        inRun = has;
    }
    return runs;
}

// The emotional connection's panel (top left), below the legend.
QRect emotionalPanel(const QImage& image)
{
    return {0, 30, image.width() / 2 - 12, image.height() / 2 - 34};
}

ui::ChartData threeWeeks(Ratings mineMiddle)
{
    return ui::chartData({point("2026-03-15", true, mineMiddle), point("2026-03-01", true, {5, 5, 5, 5}),
                          point("2026-03-01", false, {3, 3, 3, 3}), point("2026-03-15", false, {3, 3, 3, 3}),
                          point("2026-03-29", true, {5, 5, 5, 5}), point("2026-03-29", false, {3, 3, 3, 3})},
                         QStringLiteral("Alex"), QStringLiteral("Sam"));
}

class UiReviewHistory : public ::testing::Test
{
protected:
    void SetUp() override { ensureApplication(); }
};

TEST_F(UiReviewHistory, RatherNotSayIsAGapInTheDataAndTheTableNeverAZero)
{
    const ui::ChartData data = threeWeeks({std::nullopt, 4, std::nullopt, 2});
    ASSERT_EQ(data.weeks.size(), 3u);
    EXPECT_EQ(data.weeks[0].date, QDate(2026, 3, 1)) << "oldest first";
    EXPECT_EQ(data.weeks[1].date, QDate(2026, 3, 15));
    EXPECT_FALSE(data.weeks[1].mine[0].has_value()) << "rather not say stays empty, never 0";
    EXPECT_EQ(data.weeks[1].mine[1], 4);
    EXPECT_FALSE(data.weeks[1].mine[2].has_value());
    EXPECT_EQ(data.weeks[1].partners[0], 3);

    ui::RatingChart chart;
    chart.setData(data, kMine, kPartner);
    auto* table = child<QTableWidget>(&chart, "ratingTable");
    auto* toggle = child<QPushButton>(&chart, "ratingChartToggle");
    EXPECT_FALSE(chart.showingTable());
    toggle->click();
    EXPECT_TRUE(chart.showingTable());
    // Row 2 is Alex on 15 March (a row per partner per review); columns: review, who, the four.
    EXPECT_EQ(table->item(2, 1)->text(), QStringLiteral("Alex"));
    EXPECT_EQ(table->item(2, 2)->text(), QStringLiteral("—"));
    EXPECT_EQ(table->item(2, 3)->text(), QStringLiteral("4 of 5"));
    EXPECT_EQ(table->item(2, 4)->text(), QStringLiteral("—"));
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 2; column < table->columnCount(); ++column) {
            EXPECT_FALSE(table->item(row, column)->text().startsWith(QLatin1Char('0')));
        }
    }
    toggle->click();
    EXPECT_FALSE(chart.showingTable());
}

TEST_F(UiReviewHistory, TheTableHoldsExactlyTheChartsPoints)
{
    const ui::ChartData data = threeWeeks({1, std::nullopt, 3, 5});
    ui::RatingChart chart;
    chart.setData(data, kMine, kPartner);
    auto* table = child<QTableWidget>(&chart, "ratingTable");
    ASSERT_EQ(table->rowCount(), 6);
    ASSERT_EQ(table->columnCount(), 6);
    const QStringList names = ui::CheckInForm::ratingNames();
    for (int r = 0; r < 4; ++r) {
        EXPECT_EQ(table->horizontalHeaderItem(r + 2)->text(), names[r]);
    }
    int row = 0;
    for (const ui::ChartWeek& week : data.weeks) {
        for (const bool mine : {true, false}) {
            EXPECT_EQ(table->item(row, 0)->text(), QLocale().toString(week.date, QLocale::ShortFormat));
            EXPECT_EQ(table->item(row, 1)->text(), mine ? data.myName : data.partnerName);
            for (std::size_t r = 0; r < 4; ++r) {
                EXPECT_EQ(table->item(row, static_cast<int>(r) + 2)->text(),
                          ui::CheckInForm::ratingText((mine ? week.mine : week.partners)[r]))
                    << row << " " << r;
            }
            ++row;
        }
    }
    // Said in words too, for a screen reader.
    const QString description = chart.accessibleDescription();
    EXPECT_TRUE(description.contains(QStringLiteral("Alex"))) << description.toStdString();
    EXPECT_TRUE(description.contains(QStringLiteral("dashed line with squares")));
    EXPECT_TRUE(description.contains(QStringLiteral("Physical connection: Alex 5, rather not say, 5")))
        << description.toStdString();
}

TEST_F(UiReviewHistory, OnlyTheGivenPointsAreDrawnAndAGapIsNotBridged)
{
    // Every one of Alex's ratings is 5 or rather not say: nothing of Alex's colour may reach
    // the panel's lower part (a gap drawn as 0 or 1 would).
    const QImage gap = render(threeWeeks({std::nullopt, std::nullopt, std::nullopt, std::nullopt}));
    const QRect panel = emotionalPanel(gap);
    EXPECT_GT(countIn(gap, panel, kMine), 20) << "Alex's points are drawn";
    EXPECT_GT(countIn(gap, panel, kPartner), 20) << "Sam's points are drawn";
    const QRect lower(panel.left(), panel.top() + panel.height() / 2, panel.width(), panel.height() / 2);
    EXPECT_EQ(countIn(gap, lower, kMine), 0) << "rather not say is never drawn low";
    EXPECT_EQ(columnRuns(gap, panel, kMine), 2) << "the two 5s stand apart: the gap is not bridged";

    const QImage joined = render(threeWeeks({5, 5, 5, 5}));
    EXPECT_EQ(columnRuns(joined, emotionalPanel(joined), kMine), 1) << "given points are joined by a line";

    // A partner who would rather not say anything: none of their colour in any panel.
    const ui::ChartData alone =
        ui::chartData({point("2026-03-01", true, {2, 3, 4, 5}), point("2026-03-01", false, {}),
                       point("2026-03-08", true, {2, 3, 4, 5}), point("2026-03-08", false, {})},
                      QStringLiteral("Alex"), QStringLiteral("Sam"));
    const QImage image = render(alone);
    const QRect panels(0, 30, image.width(), image.height() - 30);
    EXPECT_EQ(countIn(image, panels, kPartner), 0);
    EXPECT_GT(countIn(image, panels, kMine), 50);

    // Nothing shared yet: the kind empty words, no lines.
    ui::RatingChart chart;
    chart.setData({}, kMine, kPartner);
    EXPECT_TRUE(child<QLabel>(&chart, "ratingChartEmpty")
                    ->text()
                    .contains(QStringLiteral("Once you both share a check-in, it shows here.")));
    const QImage empty = render({});
    EXPECT_EQ(countIn(empty, empty.rect(), kMine) + countIn(empty, empty.rect(), kPartner), 0);
}

TEST_F(UiReviewHistory, TheCalendarBoldsSavedDatesOnlyAndOpensThem)
{
    ui::ReviewCalendar calendar;
    const QList<QDate> saved{QDate(2026, 3, 1), QDate(2026, 3, 15)};
    calendar.setSavedDates(saved);
    const QMap<QDate, QTextCharFormat> marked = calendar.dateTextFormat();
    EXPECT_EQ(QSet<QDate>(marked.keyBegin(), marked.keyEnd()), QSet<QDate>(saved.begin(), saved.end()))
        << "no other day carries a mark: nothing is 'missed'";
    for (QDate day(2026, 2, 20); day <= QDate(2026, 4, 10); day = day.addDays(1)) {
        EXPECT_EQ(calendar.dateTextFormat(day).fontWeight() == QFont::Bold, saved.contains(day))
            << day.toString(Qt::ISODate).toStdString();
    }
    EXPECT_EQ(calendar.monthShown(), 3);

    QSignalSpy chosen(&calendar, &ui::ReviewCalendar::reviewChosen);
    Q_EMIT calendar.clicked(QDate(2026, 3, 8));
    EXPECT_EQ(chosen.count(), 0) << "a day without a review opens nothing";
    Q_EMIT calendar.clicked(QDate(2026, 3, 15));
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toDate(), QDate(2026, 3, 15));

    calendar.setSavedDates({QDate(2026, 3, 22)});
    EXPECT_NE(calendar.dateTextFormat(QDate(2026, 3, 1)).fontWeight(), QFont::Bold) << "earlier marks go";
    EXPECT_EQ(calendar.dateTextFormat(QDate(2026, 3, 22)).fontWeight(), QFont::Bold);
}

SavedReview sampleReview(bool changed)
{
    SavedReview review;
    review.record.reviewDate = "2026-03-15";
    review.record.savedMs = 1'773'576'000'000;
    review.record.myIntention = "walk on Tuesdays";
    review.record.partnerIntention = "phone-free dinner";
    review.record.changedBehindYourBack = changed;
    review.appreciations.mine = Opened<Appreciations>{.value = {{"the soup", "the early start"}}};
    review.appreciations.partners = Opened<Appreciations>{.value = {{"the roses"}}};
    CheckIn mine;
    mine.emotional = 4;
    mine.appreciated = "Alex appreciated the walk";
    CheckIn partners;
    partners.emotional = 2;
    partners.trust = 5;
    partners.need = "Sam needs time";
    review.checkIn.mine = Opened<CheckIn>{.value = mine};
    review.checkIn.partners = Opened<CheckIn>{.value = partners};
    review.loved.mine = Opened<std::string>{.value = "a slow breakfast"};
    // Sam's "more loved" was never revealed: neither side is shown.
    review.notes.push_back(ReviewNote{.id = "n1", .partnerId = "sam-id", .text = "the picnic went well"});
    review.notes.push_back(
        ReviewNote{.id = "n2", .partnerId = "alex-id", .text = "budget talk", .kind = NoteKind::TalkTopic});
    return review;
}

const ui::ReviewPeople kPeople{"alex-id", QStringLiteral("Alex"), QStringLiteral("Sam")};

TEST_F(UiReviewHistory, AReopenedReviewShowsItsSavedWordsReadOnly)
{
    ui::ReviewReopenView view;
    const ui::ChartData chart = threeWeeks({4, 4, 4, 4});
    view.showReview(ui::reviewHtml(sampleReview(false), kPeople, true), chart, kMine, kPartner);
    EXPECT_EQ(view.objectName(), QStringLiteral("reviewReopen"));
    EXPECT_TRUE(view.isReadOnly());
    const QString text = view.toPlainText();
    for (const char* words :
         {"the soup", "the early start", "the roses", "Alex appreciated the walk", "Sam needs time", "4 of 5",
          "the picnic went well", "budget talk", "walk on Tuesdays", "phone-free dinner"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(words))) << words << "\n" << text.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("a slow breakfast"))) << "only what both revealed";
    EXPECT_TRUE(text.contains(QStringLiteral("Nothing from this step this week.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Changed in the shared file")));
    EXPECT_TRUE(text.contains(QChar::ObjectReplacementCharacter)) << "the chart sits in the review";
    EXPECT_TRUE(view.accessibleDescription().contains(QStringLiteral("dashed line with squares")));

    view.showReview(ui::reviewHtml(sampleReview(true), kPeople, true), chart, kMine, kPartner);
    EXPECT_TRUE(
        view.toPlainText().contains(QStringLiteral("Changed in the shared file since it was saved.")));
}

// The page streams of a PDF, inflated.
std::vector<QByteArray> pageStreams(const fs::path& pdf)
{
    const std::string raw = readFile(pdf);
    const QByteArray bytes(raw.data(), static_cast<qsizetype>(raw.size()));
    std::vector<QByteArray> streams;
    qsizetype at = 0;
    while ((at = bytes.indexOf("stream", at)) >= 0) {
        if (at >= 3 && bytes.mid(at - 3, 3) == "end") {
            at += 6;
            continue;
        }
        const qsizetype dictStart = bytes.lastIndexOf("obj", at);
        const bool flate = bytes.mid(dictStart, at - dictStart).contains("FlateDecode");
        qsizetype start = at + 6;
        while (start < bytes.size() && (bytes[start] == '\r' || bytes[start] == '\n')) {
            ++start;
        }
        const qsizetype end = bytes.indexOf("endstream", start);
        if (end < 0) {
            break;
        }
        QByteArray content = bytes.mid(start, end - start);
        streams.push_back(flate ? qUncompress(QByteArray("\x00\x10\x00\x00", 4) + content) : content);
        at = end + 9;
    }
    return streams;
}

// How many times the stroke colour is set to `colour` ("r g b RG" or "r g b SCN").
int strokesIn(const std::vector<QByteArray>& streams, const QColor& colour)
{
    int n = 0;
    for (const QByteArray& stream : streams) {
        const QStringList tokens =
            QString::fromLatin1(stream).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (qsizetype i = 3; i < tokens.size(); ++i) {
            if (tokens[i] != QLatin1String("RG") && tokens[i] != QLatin1String("SCN")) {
                continue;
            }
            const double r = tokens[i - 3].toDouble();
            const double g = tokens[i - 2].toDouble();
            const double b = tokens[i - 1].toDouble();
            n += std::abs(r - colour.redF()) < 0.01 && std::abs(g - colour.greenF()) < 0.01 &&
                         std::abs(b - colour.blueF()) < 0.01
                     ? 1
                     : 0;
        }
    }
    return n;
}

TEST_F(UiReviewHistory, TheReviewPdfCarriesTheChartAsVectorAndTheWords)
{
    TempDir dir;
    const fs::path pdf = dir / "review.pdf";
    const ui::ChartData chart = threeWeeks({4, std::nullopt, 2, 5});
    const ui::ChartColours colours = ui::printColours(kMine, kPartner);
    ASSERT_TRUE(ui::writeReviewPdf(ui::reviewHtml(sampleReview(true), kPeople, true), chart, colours, pdf));
    const std::string raw = readFile(pdf);
    EXPECT_EQ(raw.substr(0, 5), "%PDF-");
    EXPECT_EQ(raw.find("/Subtype /Image"), std::string::npos) << "no picture of the chart: it is drawn";
    {
        // The check sees a picture when there is one (a chart drawn as an image would be).
        QImage picture(40, 40, QImage::Format_RGB32);
        picture.fill(kMine);
        QTextDocument withPicture;
        withPicture.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart.png")), picture);
        withPicture.setHtml(QStringLiteral("<p><img src=\"chart.png\"></p>"));
        const fs::path control = dir / "picture.pdf";
        ASSERT_TRUE(ui::writeDocumentPdf(withPicture, QStringLiteral("Picture"), control));
        EXPECT_NE(readFile(control).find("/Subtype /Image"), std::string::npos);
    }
    const auto streams = pageStreams(pdf);
    EXPECT_GT(strokesIn(streams, colours.mine), 0) << "Alex's line is a vector stroke";
    EXPECT_GT(strokesIn(streams, colours.partner), 0) << "Sam's line is a vector stroke";

    // Without the chart, neither colour is stroked: the strokes above are the chart's.
    const fs::path plain = dir / "plain.pdf";
    ASSERT_TRUE(
        ui::writeReviewPdf(ui::reviewHtml(sampleReview(false), kPeople, false), chart, colours, plain));
    EXPECT_EQ(strokesIn(pageStreams(plain), colours.mine), 0);

    if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup-deps installs it";
    }
    const fs::path text = dir / "review.txt";
    ASSERT_EQ(std::system(("pdftotext '" + pdf.string() + "' '" + text.string() + "'").c_str()), 0);
    const std::string words = readFile(text);
    for (const char* expected :
         {"the roses", "Alex appreciated the walk", "the picnic went well", "walk on Tuesdays",
          "Changed in the shared", "since it was saved.", "Emotional connection"}) {
        EXPECT_NE(words.find(expected), std::string::npos) << expected << "\n" << words;
    }
}

} // namespace
} // namespace twofold::test
