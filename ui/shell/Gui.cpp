// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/shell/Gui.h"

#include "ui/shell/AppWindow.h"
#include "ui/shell/SingleInstance.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/Theme.h"

#include <sys/stat.h>

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace twofold::ui {

void setApplicationIdentity()
{
    QApplication::setOrganizationName(QStringLiteral("Twofold"));
    QApplication::setApplicationName(QStringLiteral("twofold"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    // The Wayland app id: the .desktop file's id, so the shell ties the window to its
    // launcher and icon.
    QApplication::setDesktopFileName(QString::fromLatin1(kDesktopFileId));
}

int exitCodeForStartFailure(ErrorCode code)
{
    return code == ErrorCode::VaultInUse ? 4 : 1;
}

int runGui(int argc, char** argv, const std::filesystem::path& vaultDir)
{
    // Whatever Twofold (or Qt for it: the settings file, a printer's file) creates is the
    // user's alone from its first byte: no group or other bits, whatever the desktop's umask.
    ::umask(::umask(077) | 077);
    QApplication app(argc, argv);
    setApplicationIdentity();

    // English is the source language; other languages load when their .qm is shipped.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("twofold"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }
    // The unlock screen follows the system; each partner's own theme applies at their
    // unlock (PartnerTheme.h). TWOFOLD_THEME forces one for everyone (screenshots, testing).
    if (const ThemeChoice forced = themeFromEnvironment(); forced != ThemeChoice::System) {
        setThemeOverride(forced);
    }
    // Older versions kept one theme for both partners here; it is nobody's now.
    QSettings().remove(QStringLiteral("ui/theme"));
    applyLoginTheme();

    // Both partners' logins may have the vault open, so the vault no longer keeps a second
    // window of the same login out: the first window's socket (per login) does.
    if (SingleInstance::notifyRunning(vaultDir)) {
        return exitCodeForStartFailure(ErrorCode::VaultInUse);
    }
    const VaultOptions options = VaultOptions::fromEnvironment();
    AppWindow window(vaultDir, options, *options.clock);
    QApplication::setWindowIcon(window.windowIcon());
    if (const Status started = window.start(); !started) {
        if (started.error().code == ErrorCode::VaultInUse) {
            // Bring the first window forward; the message below still says what happened.
            SingleInstance::notifyRunning(vaultDir);
        }
        const UserMessage message = describe(started.error());
        Dialogs::warning(nullptr, message.what, message.next);
        return exitCodeForStartFailure(started.error().code);
    }
    SingleInstance instance(vaultDir);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    instance.listen();
    window.show();
#ifdef TWOFOLD_QUIT_WHEN_SHOWN_HOOK // a bench hook, off unless CMake's option of that name is on
    if (qEnvironmentVariableIsSet("TWOFOLD_QUIT_WHEN_SHOWN")) {
        // Start-up timing (docs/PERFORMANCE.md): quit once the first window is up.
        QTimer::singleShot(0, &app, &QApplication::quit);
    }
#endif
    return QApplication::exec();
}

int showStartupProblem(int argc, char** argv, const QString& why)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    Dialogs::warning(nullptr, QApplication::translate("Gui", "Twofold cannot choose which vault to open."),
                     why);
    return 1;
}

} // namespace twofold::ui
