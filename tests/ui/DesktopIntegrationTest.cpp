// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
//
// How the desktop sees Twofold (issue 12, item 6): the Wayland app id is the .desktop file's
// id; a second window on a vault in use exits 4, as the command line does; the
// single-instance socket lives in $XDG_RUNTIME_DIR and is gone when the window is.
#include "UiTestSupport.h"
#include "support/ScopedEnv.h"
#include "ui/shell/Gui.h"
#include "ui/shell/SingleInstance.h"

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/stat.h>

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSignalSpy>

namespace twofold::test {
namespace {

QString sourceFile(const char* relative)
{
    return QString::fromUtf8(TWOFOLD_SOURCE_DIR) + QLatin1Char('/') + QString::fromLatin1(relative);
}

TEST(DesktopIntegration, TheWaylandAppIdIsTheDesktopFilesId)
{
    ensureApplication();
    const QString before = QGuiApplication::desktopFileName();
    ui::setApplicationIdentity();
    const QString appId = QGuiApplication::desktopFileName();
    QGuiApplication::setDesktopFileName(before);

    EXPECT_EQ(appId, QStringLiteral("io.github.twofold.Twofold"));
    EXPECT_TRUE(QFileInfo::exists(sourceFile("resources/") + appId + QStringLiteral(".desktop")))
        << "no .desktop file named after the app id";
    QFile metainfo(sourceFile("resources/io.github.twofold.Twofold.metainfo.xml"));
    ASSERT_TRUE(metainfo.open(QIODevice::ReadOnly));
    const QByteArray xml = metainfo.readAll();
    EXPECT_TRUE(xml.contains("<id>" + appId.toUtf8() + "</id>"));
    EXPECT_TRUE(xml.contains("<launchable type=\"desktop-id\">" + appId.toUtf8() + ".desktop</launchable>"));
}

TEST(DesktopIntegration, ASecondWindowOnAVaultInUseExitsFourLikeTheCommandLine)
{
    EXPECT_EQ(ui::exitCodeForStartFailure(ErrorCode::VaultInUse), 4);
    EXPECT_EQ(ui::exitCodeForStartFailure(ErrorCode::IoError), 1);
}

class UiSingleInstance : public UiTest
{
};

TEST_F(UiSingleInstance, TheSocketIsInTheRuntimeDirAndGoneWithTheWindow)
{
    const std::filesystem::path runtime = m_dir.path() / "runtime";
    std::filesystem::create_directories(runtime);
    ::chmod(runtime.c_str(), S_IRWXU); // Qt accepts only a 0700 runtime folder
    ScopedEnv env("XDG_RUNTIME_DIR", runtime.string());
    ensureApplication();

    const QString name = ui::SingleInstance::serverName(vaultDir());
    EXPECT_TRUE(name.startsWith(QString::fromStdString(runtime.string()) + QLatin1Char('/')))
        << name.toStdString();
    {
        ui::SingleInstance first(vaultDir());
        QSignalSpy asked(&first, &ui::SingleInstance::activationRequested);
        ASSERT_TRUE(first.listen());
        struct stat st
        {
        };
        ASSERT_EQ(::stat(QFile::encodeName(name).constData(), &st), 0)
            << "no socket at " << name.toStdString();
        EXPECT_TRUE(S_ISSOCK(st.st_mode));
        EXPECT_TRUE(ui::SingleInstance::notifyRunning(vaultDir()));
        EXPECT_TRUE(waitUntil([&] { return asked.count() == 1; }));
    }
    EXPECT_FALSE(QFileInfo::exists(name)) << "the socket outlived its window";
    EXPECT_TRUE(std::filesystem::is_empty(runtime));
}

} // namespace
} // namespace twofold::test
