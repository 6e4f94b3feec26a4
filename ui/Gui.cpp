#include "ui/Gui.h"

#include "ui/AppWindow.h"
#include "ui/Dialogs.h"
#include "ui/ErrorMessages.h"
#include "ui/SingleInstance.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace twofold::ui {

int runGui(int argc, char** argv, const std::filesystem::path& vaultDir)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Twofold"));
    QApplication::setApplicationName(QStringLiteral("twofold"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    QApplication::setDesktopFileName(QStringLiteral("twofold"));

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
    // TWOFOLD_THEME wins (screenshots, testing); otherwise the choice made in Settings.
    ThemeChoice theme = themeFromEnvironment();
    if (qEnvironmentVariableIsEmpty("TWOFOLD_THEME")) {
        const int stored = QSettings().value(QStringLiteral("ui/theme"), 0).toInt();
        if (stored == static_cast<int>(ThemeChoice::Light) || stored == static_cast<int>(ThemeChoice::Dark)) {
            theme = static_cast<ThemeChoice>(stored);
        }
    }
    applyTheme(theme);

    // Both partners' logins may have the vault open, so the vault no longer keeps a second
    // window of the same login out: the first window's socket (per login) does.
    if (SingleInstance::notifyRunning(vaultDir)) {
        return 3;
    }
    AppWindow window(vaultDir, VaultOptions::fromEnvironment());
    QApplication::setWindowIcon(window.windowIcon());
    if (const Status started = window.start(); !started) {
        if (started.error().code == ErrorCode::VaultInUse) {
            // Bring the first window forward; the message below still says what happened.
            SingleInstance::notifyRunning(vaultDir);
        }
        const UserMessage message = describe(started.error());
        Dialogs::warning(nullptr, message.what, message.next);
        return started.error().code == ErrorCode::VaultInUse ? 3 : 1;
    }
    SingleInstance instance(vaultDir);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    instance.listen();
    window.show();
    if (qEnvironmentVariableIsSet("TWOFOLD_QUIT_WHEN_SHOWN")) {
        // Start-up timing (docs/PERFORMANCE.md): quit once the first window is up.
        QTimer::singleShot(0, &app, &QApplication::quit);
    }
    return QApplication::exec();
}

} // namespace twofold::ui
