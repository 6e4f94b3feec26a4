// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/Theme.h"

#include "UiTestSupport.h"
#include "ui/access/LoginScreen.h"
#include "ui/shell/MainScreen.h"
#include "ui/widgets/InfoBar.h"
#include "ui/widgets/PartnerTheme.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>

namespace twofold::test {
namespace {

// What a reader sees: in the window's picture, the label's background is its most
// common colour and its text the pixel that stands out most from it (anti-aliased
// edges only ever lie between the two). WCAG 2's ratio of the two.
double seenContrast(QWidget* window, QLabel* label)
{
    const QImage picture = window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal ratio = picture.devicePixelRatio();
    // Only the part on screen (a label scrolled out of view shows something else there).
    const QRect visible = label->visibleRegion().boundingRect();
    const QRect area(label->mapTo(window, visible.topLeft()) * ratio, visible.size() * ratio);
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            ++counts[picture.pixel(x, y)];
        }
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        best = std::max(best, ui::contrastRatio(QColor(background), QColor(it.key())));
    }
    return best;
}

class UiTheme : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}, {"Sam", "sam-demo-password", {}}});
        startWindow();
        m_window->resize(1100, 720);
    }

    void chooseTheme(ui::ThemeChoice choice)
    {
        ui::MainScreen* main = m_window->mainScreen();
        main->showPage(QStringLiteral("navSettings"));
        auto* combo = child<QComboBox>(main, "themeChoice");
        combo->setCurrentIndex(combo->findData(static_cast<int>(choice)));
        QCoreApplication::processEvents();
    }

    // Every label that matters for reading while unlocked: the sidebar's name and
    // "whose" line, the notice bar, and the muted hints on the page shown.
    void expectReadable(const std::string& when)
    {
        ui::MainScreen* main = m_window->mainScreen();
        QList<QLabel*> labels = {child<QLabel>(main, "partnerName"), child<QLabel>(main, "sidebarWhose"),
                                 child<QLabel>(main, "noticeBarText")};
        for (QLabel* label : main->findChildren<QLabel*>()) {
            if (label->isVisible() && !label->text().trimmed().isEmpty() && !labels.contains(label) &&
                !label->visibleRegion().isEmpty()) {
                labels << label;
            }
        }
        for (QLabel* label : labels) {
            ASSERT_NE(label, nullptr);
            ASSERT_TRUE(label->isVisible()) << label->objectName().toStdString() << " " << when;
            const double contrast = seenContrast(m_window.get(), label);
            EXPECT_GE(contrast, 4.5) << "label \"" << label->objectName().toStdString() << "\" ("
                                     << label->text().left(40).toStdString() << ") " << when;
        }
    }
};

TEST_F(UiTheme, SwitchingThemeWhileUnlockedKeepsTheSidebarNoticeAndHintsReadable)
{
    // A wrong password first, so the notice bar is up after unlock.
    typeAndUnlock(1, QStringLiteral("not it"));
    ASSERT_TRUE(waitUntil([&] {
        return m_window->loginScreen()->findChild<QLabel*>(QStringLiteral("loginError"))->isVisible();
    }));
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    ASSERT_TRUE(child<ui::InfoBar>(m_window->mainScreen(), "noticeBar")->isVisible());

    for (ui::ThemeChoice choice :
         {ui::ThemeChoice::Light, ui::ThemeChoice::Dark, ui::ThemeChoice::Light, ui::ThemeChoice::Dark}) {
        chooseTheme(choice);
        EXPECT_EQ(ui::isDarkPalette(), choice == ui::ThemeChoice::Dark);
        const std::string when =
            std::string("after switching to ") + (choice == ui::ThemeChoice::Dark ? "dark" : "light");
        expectReadable(when + " (Settings shown)");
        m_window->mainScreen()->showPage(QStringLiteral("navJournal"));
        expectReadable(when + " (Journal shown)");
    }
}

TEST_F(UiTheme, OnePartnersThemeIsTheirsAloneAndTheLoginFollowsTheSystem)
{
    const bool systemDark = ui::isDarkPalette();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    chooseTheme(ui::ThemeChoice::Dark);
    EXPECT_TRUE(ui::isDarkPalette());
    lockAndFlush();
    EXPECT_EQ(ui::isDarkPalette(), systemDark) << "the unlock screen follows the system";

    ASSERT_TRUE(unlockAs(2, QStringLiteral("sam-demo-password")));
    EXPECT_EQ(ui::isDarkPalette(), systemDark) << "Alex's dark theme is not Sam's";
    EXPECT_EQ(ui::partnerTheme(m_window->context().session()->journal()), ui::ThemeChoice::System);
    auto* combo = child<QComboBox>(m_window->mainScreen(), "themeChoice");
    EXPECT_EQ(combo->currentData().toInt(), static_cast<int>(ui::ThemeChoice::System));
    chooseTheme(ui::ThemeChoice::Light);
    lockAndFlush();

    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    EXPECT_TRUE(ui::isDarkPalette()) << "Alex's choice comes back with Alex";
    EXPECT_EQ(ui::partnerTheme(m_window->context().session()->journal()), ui::ThemeChoice::Dark);
    lockAndFlush();

    // Kept in each journal, not in the app's plain settings file (which would say who is who).
    QSettings settings;
    EXPECT_FALSE(settings.contains(QStringLiteral("ui/theme")));
    const auto partners = m_window->context().vault->partners();
    ASSERT_TRUE(partners.has_value());
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator files(configDir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const PartnerInfo& partner : *partners) {
            EXPECT_FALSE(bytes.contains(QByteArray::fromStdString(partner.id)))
                << file.fileName().toStdString();
        }
        EXPECT_FALSE(bytes.contains("theme")) << file.fileName().toStdString();
    }
}

} // namespace
} // namespace twofold::test
