// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// WCAG 2 AA contrast in every theme Twofold offers (system, light, dark): 4.5:1 for text,
// 3:1 for the parts of controls and for focus. The palettes are checked role by role;
// the check box, the focus ring, the selected journal row, the error text and the notice
// bar are rendered and their pixels measured, so a style sheet or a style that paints
// over the palette fails here too. Disabled controls are not checked: WCAG asks no
// contrast of controls that cannot be used.
#include "ui/widgets/Contrast.h"

#include "UiTestSupport.h"
#include "ui/journal/EntryDelegate.h"
#include "ui/journal/EntryRoles.h"
#include "ui/widgets/InfoBar.h"
#include "ui/widgets/Theme.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyleOptionButton>
#include <QVBoxLayout>

namespace twofold::test {
namespace {

using ui::contrastRatio;
using ui::ThemeChoice;

const char* themeName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return "system";
    case ThemeChoice::Light:
        return "light";
    case ThemeChoice::Dark:
        return "dark";
    }
    return "?";
}

QImage picture(QWidget* widget)
{
    QCoreApplication::processEvents();
    return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Within `area` of `image`: the most common colour (the background) and the colour that
// stands out most from it (the ink: anti-aliased edges only lie between the two).
struct Seen
{
    QColor background;
    QColor ink;
    double ratio() const { return contrastRatio(background, ink); }
};

Seen seenIn(const QImage& image, const QRect& area)
{
    QHash<QRgb, int> counts;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            ++counts[image.pixel(x, y)];
        }
    }
    Seen seen{QColor(Qt::black), QColor(Qt::black)};
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            seen.background = QColor(it.key());
        }
    }
    seen.ink = seen.background;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (contrastRatio(seen.background, QColor(it.key())) > seen.ratio()) {
            seen.ink = QColor(it.key());
        }
    }
    return seen;
}

class Contrast : public UiTest, public ::testing::WithParamInterface<ThemeChoice>
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        ui::setThemeOverride(GetParam());
        ui::applyTheme(GetParam());
        m_host = std::make_unique<QWidget>();
        m_host->resize(420, 420);
        m_layout = new QVBoxLayout(m_host.get());
        m_parking = new QPushButton(QStringLiteral("Elsewhere"), m_host.get());
        m_layout->addWidget(m_parking);
    }

    void TearDown() override
    {
        m_host.reset();
        ui::setThemeOverride(std::nullopt);
        ui::applyTheme(ThemeChoice::System);
        UiTest::TearDown();
    }

    std::string when() const { return std::string(" in the ") + themeName(GetParam()) + " theme"; }

    void showHost()
    {
        m_host->show();
        QApplication::setActiveWindow(m_host.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_host.get()));
        // As after the keyboard moved focus: styles show focus rings only then.
        m_host->setAttribute(Qt::WA_KeyboardFocusChange);
    }

    QRect areaOf(QWidget* widget, int margin = 0) const
    {
        const qreal dpr = m_host->devicePixelRatioF();
        const QRect rect(widget->mapTo(m_host.get(), QPoint(0, 0)), widget->size());
        return QRect(rect.topLeft() * dpr, rect.size() * dpr).adjusted(-margin, -margin, margin, margin);
    }

    // Focus moved to `widget` by the keyboard: the pixels that change must make a ring
    // (enough of them, each at 3:1 against what was there before), at 3:1 on the window.
    // `frameOnly`: a list or text field, whose inside covers all but its 1 px frame: there the
    // ring is that frame, held at 3:1 against the window and the field (WCAG 2.2 AA 1.4.11).
    void expectVisibleFocus(QWidget* widget, const std::string& what, QWidget* tabFrom = nullptr,
                            bool frameOnly = false)
    {
        m_parking->setFocus(Qt::TabFocusReason);
        m_host->setAttribute(Qt::WA_KeyboardFocusChange);
        const QImage before = picture(m_host.get());
        if (tabFrom != nullptr) {
            // Tab into the label, then Tab again to its first link.
            tabFrom->setFocus(Qt::TabFocusReason);
            QTest::keyClick(tabFrom, Qt::Key_Tab);
            QTest::keyClick(widget, Qt::Key_Tab);
        } else {
            widget->setFocus(Qt::TabFocusReason);
        }
        ASSERT_TRUE(widget->hasFocus()) << what;
        m_host->setAttribute(Qt::WA_KeyboardFocusChange);
        const QImage after = picture(m_host.get());
        const QRect area = areaOf(widget, 3).intersected(after.rect());
        const QColor window = QApplication::palette().color(QPalette::Window);
        const QColor base = QApplication::palette().color(QPalette::Base);
        int strong = 0;
        int ringOnWindow = 0;
        int frameRing = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor was(before.pixel(x, y));
                const QColor is(after.pixel(x, y));
                if (was != is && contrastRatio(is, window) >= ui::kPartContrast &&
                    contrastRatio(is, base) >= ui::kPartContrast) {
                    ++frameRing;
                }
                if (contrastRatio(was, is) >= ui::kPartContrast) {
                    ++strong;
                    if (contrastRatio(is, window) >= ui::kPartContrast) {
                        ++ringOnWindow;
                    }
                }
            }
        }
        // A 2 px ring around even a small control changes a few hundred pixels.
        const int perimeter = 2 * (std::min(area.width(), 60) + std::min(area.height(), 16));
        if (frameOnly) {
            EXPECT_GE(frameRing, perimeter) << what << ": no focus frame at 3:1" << when();
            return;
        }
        EXPECT_GE(strong, perimeter) << what << " shows focus with too few pixels at 3:1" << when();
        EXPECT_GE(ringOnWindow, perimeter) << what << ": the focus ring is not 3:1 on the window" << when();
    }

    std::unique_ptr<QWidget> m_host;
    QVBoxLayout* m_layout = nullptr;
    QPushButton* m_parking = nullptr;
};

TEST_P(Contrast, EveryTextRoleOfThePaletteIsReadableOnItsBackground)
{
    const QPalette p = QApplication::palette();
    struct Pair
    {
        QPalette::ColorRole ink;
        QPalette::ColorRole paper;
        const char* name;
    };
    const Pair pairs[] = {
        {QPalette::WindowText, QPalette::Window, "WindowText/Window"},
        {QPalette::Text, QPalette::Base, "Text/Base"},
        {QPalette::Text, QPalette::AlternateBase, "Text/AlternateBase"},
        {QPalette::HighlightedText, QPalette::Highlight, "HighlightedText/Highlight"},
        {QPalette::ButtonText, QPalette::Button, "ButtonText/Button"},
        {QPalette::PlaceholderText, QPalette::Base, "PlaceholderText/Base"},
        {QPalette::Link, QPalette::Base, "Link/Base"},
        {QPalette::Link, QPalette::Window, "Link/Window"},
        {QPalette::ToolTipText, QPalette::ToolTipBase, "ToolTipText/ToolTipBase"},
    };
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const Pair& pair : pairs) {
            const QColor paper = p.color(group, pair.paper);
            const QColor ink = ui::blend(p.color(group, pair.ink), paper, p.color(group, pair.ink).alphaF());
            EXPECT_GE(contrastRatio(ink, paper), ui::kTextContrast)
                << pair.name << (group == QPalette::Active ? " (active)" : " (inactive)") << when();
        }
    }
    // The focus ring and the edges of fields and boxes, as FocusStyle draws them.
    for (const QPalette::ColorRole paper : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        EXPECT_GE(contrastRatio(ui::focusRingColour(p), p.color(paper)), ui::kPartContrast) << when();
    }
    for (const QPalette::ColorRole paper : {QPalette::Window, QPalette::Base}) {
        EXPECT_GE(contrastRatio(ui::controlEdgeColour(p), p.color(paper)), ui::kPartContrast) << when();
    }
}

TEST_P(Contrast, ErrorWarningAndMutedTextAndEveryNoticeBarAreReadable)
{
    auto* error = new QLabel(QStringLiteral("That password did not open this journal."), m_host.get());
    ui::makeErrorText(error);
    auto* warning = new QLabel(QStringLiteral("Not saved yet: the disk is full."), m_host.get());
    ui::makeWarningText(warning);
    auto* muted = new QLabel(QStringLiteral("Only you can read this journal."), m_host.get());
    ui::makeMuted(muted);
    auto* bar = new ui::InfoBar(QStringLiteral("bar"), m_host.get());
    for (QWidget* w : std::initializer_list<QWidget*>{error, warning, muted, bar}) {
        m_layout->addWidget(w);
    }
    showHost();
    for (QLabel* label : {error, warning, muted}) {
        const Seen seen = seenIn(picture(m_host.get()), areaOf(label));
        EXPECT_GE(seen.ratio(), ui::kTextContrast) << label->text().toStdString() << when();
    }
    using Kind = ui::InfoBar::Kind;
    for (const Kind kind : {Kind::Info, Kind::Success, Kind::Warning, Kind::Error}) {
        bar->showMessage(kind, QStringLiteral("Twofold could not save. Your text is still here."));
        auto* text = bar->findChild<QLabel*>(QStringLiteral("barText"));
        ASSERT_NE(text, nullptr);
        const Seen seen = seenIn(picture(m_host.get()), areaOf(text));
        EXPECT_GE(seen.ratio(), ui::kTextContrast) << "notice bar kind " << static_cast<int>(kind) << when();
    }
}

TEST_P(Contrast, TheLoginErrorIsReadable)
{
    makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}});
    startWindow();
    m_window->resize(900, 640);
    typeAndUnlock(1, QStringLiteral("not it"));
    QLabel* error = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        error = m_window->findChild<QLabel*>(QStringLiteral("loginError"));
        return error != nullptr && error->isVisible();
    }));
    QCoreApplication::processEvents();
    const QImage image = picture(m_window.get());
    const qreal dpr = m_window->devicePixelRatioF();
    const QRect rect(error->mapTo(m_window.get(), QPoint(0, 0)) * dpr, error->size() * dpr);
    EXPECT_GE(seenIn(image, rect).ratio(), ui::kTextContrast) << when();
}

TEST_P(Contrast, AnUncheckedCheckBoxHasAnEdgeAtThreeToOne)
{
    auto* box = new QCheckBox(QStringLiteral("Remind me"), m_host.get());
    m_layout->addWidget(box);
    showHost();
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    const QImage image = picture(m_host.get());
    const qreal dpr = m_host->devicePixelRatioF();
    const QPoint origin = box->mapTo(m_host.get(), QPoint(0, 0));
    const int y = qRound((origin.y() + indicator.center().y()) * dpr);
    const int left = qRound((origin.x() + indicator.left()) * dpr);
    const QColor outside(image.pixel(std::max(0, left - 3), y));
    const QColor inside(image.pixel(qRound((origin.x() + indicator.center().x()) * dpr), y));
    double best = 1.0;
    for (int x = std::max(0, left - 2); x <= left + 3; ++x) {
        const QColor edge(image.pixel(x, y));
        best = std::max(best, std::min(contrastRatio(edge, outside), contrastRatio(edge, inside)));
    }
    EXPECT_GE(best, ui::kPartContrast) << "the box's edge against the window and its inside" << when();
}

TEST_P(Contrast, FocusIsVisibleOnEveryKindOfControlAndOnALink)
{
    auto* button = new QPushButton(QStringLiteral("Save"), m_host.get());
    auto* flat = new QPushButton(QStringLiteral("Safety and support"), m_host.get());
    flat->setFlat(true);
    auto* line = new QLineEdit(m_host.get());
    auto* box = new QCheckBox(QStringLiteral("Remind me"), m_host.get());
    auto* text = new QPlainTextEdit(m_host.get());
    text->setFixedHeight(60);
    auto* list = new QListView(m_host.get());
    list->setFixedHeight(60);
    auto* link =
        new QLabel(QStringLiteral("<a href=\"#help\">How Twofold keeps your words</a>"), m_host.get());
    link->setTextInteractionFlags(Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
    link->setFocusPolicy(Qt::StrongFocus);
    for (QWidget* w : std::initializer_list<QWidget*>{button, flat, line, box, text, list, link}) {
        m_layout->addWidget(w);
    }
    showHost();
    expectVisibleFocus(button, "a push button");
    expectVisibleFocus(flat, "a flat button that reads as a link");
    expectVisibleFocus(line, "a line edit");
    expectVisibleFocus(box, "a check box");
    expectVisibleFocus(text, "a text field", nullptr, true);
    expectVisibleFocus(list, "a list", nullptr, true);
    expectVisibleFocus(link, "a link in a label", list);
}

TEST_P(Contrast, ASelectedJournalRowIsReadableTitleDateAndSnippet)
{
    QStandardItemModel model;
    for (int i = 0; i < 2; ++i) {
        auto* item = new QStandardItem;
        item->setData(QStringLiteral("A long walk by the river"), ui::EntryTitleRole);
        item->setData(QDateTime(QDate(2026, 3, 14), QTime(9, 30)), ui::EntryDateRole);
        item->setData(QStringList{QStringLiteral("We talked about the summer and the garden.")},
                      ui::EntrySegmentsRole);
        item->setData(QStringList{QStringLiteral("walks")}, ui::EntryTagsRole);
        model.appendRow(item);
    }
    auto* view = new QListView(m_host.get());
    view->setModel(&model);
    view->setItemDelegate(new ui::EntryDelegate(m_clock, view));
    view->setMinimumHeight(260);
    m_layout->addWidget(view);
    showHost();
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(model.index(0, 0));
    const QImage image = picture(m_host.get());
    const qreal dpr = m_host->devicePixelRatioF();
    for (const int row : {0, 1}) {
        const QRect rect = view->visualRect(model.index(row, 0));
        const QRect inHost(view->viewport()->mapTo(m_host.get(), rect.topLeft()) * dpr, rect.size() * dpr);
        const int w = inHost.width();
        const int h = inHost.height();
        // The row's four lines: title (left) and date (right), the snippet, the tags.
        const QRect title(inHost.left() + 8, inHost.top() + 6, w / 2, h / 4);
        const QRect date(inHost.right() - w / 4, inHost.top() + 6, w / 4 - 6, h / 4);
        const QRect snippet(inHost.left() + 8, inHost.top() + h * 3 / 8, w - 16, h / 4);
        const QRect tags(inHost.left() + 8, inHost.bottom() - h / 4, w / 2, h / 4 - 6);
        const std::string which = row == 0 ? "selected row" : "plain row";
        if (row == 0) {
            // The list has no frame: keyboard focus is a ring on the current row.
            const QColor edge(image.pixel(inHost.left() + qRound(2 * dpr), inHost.center().y()));
            const QColor highlight = QApplication::palette().color(QPalette::Highlight);
            EXPECT_GE(contrastRatio(edge, highlight), ui::kPartContrast)
                << "focus on the current row" << when();
        }
        EXPECT_GE(seenIn(image, title).ratio(), ui::kTextContrast) << which << " title" << when();
        EXPECT_GE(seenIn(image, date).ratio(), ui::kTextContrast) << which << " date" << when();
        EXPECT_GE(seenIn(image, snippet).ratio(), ui::kTextContrast) << which << " snippet" << when();
        EXPECT_GE(seenIn(image, tags).ratio(), ui::kTextContrast) << which << " tags" << when();
    }
}

TEST_P(Contrast, WhiteInitialsAreReadableOnEveryPartnerColour)
{
    for (const ui::Swatch& swatch : ui::partnerSwatches()) {
        const QImage avatar = ui::partnerAvatar(QStringLiteral("Alex"), QColor(swatch.hex), 48).toImage();
        const QColor fill(avatar.pixel(24, 6));
        EXPECT_GE(contrastRatio(fill, Qt::white), ui::kTextContrast) << swatch.hex.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(EveryTheme, Contrast,
                         ::testing::Values(ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark),
                         [](const ::testing::TestParamInfo<ThemeChoice>& param) {
                             return std::string(themeName(param.param));
                         });

} // namespace
} // namespace twofold::test
