#include "ui/Gui.h"

#include "ui/AppWindow.h"
#include "ui/Dialogs.h"
#include "ui/ErrorMessages.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
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
    applyTheme(themeFromEnvironment());

    AppWindow window(vaultDir, VaultOptions::fromEnvironment());
    QApplication::setWindowIcon(window.windowIcon());
    if (const Status started = window.start(); !started) {
        const UserMessage message = describe(started.error());
        Dialogs::warning(nullptr, message.what, message.next);
        return started.error().code == ErrorCode::VaultInUse ? 3 : 1;
    }
    window.show();
    return QApplication::exec();
}

} // namespace twofold::ui
