// Renders every screen of the desktop app into PNGs, light and dark, from a demo vault
// made through core (partners Alex and Sam). Run by scripts/screenshots:
//   QT_QPA_PLATFORM=offscreen twofold_ui_screenshots docs/screenshots
#include "support/TempDir.h"
#include "ui/AppWindow.h"
#include "ui/EntryEditor.h"
#include "ui/JournalPage.h"
#include "ui/LoginScreen.h"
#include "ui/MainScreen.h"
#include "ui/SearchResultsModel.h"
#include "ui/Theme.h"
#include "vault/Vault.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>

namespace {

using namespace twofold;

bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 250) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

template <typename T> T* find(QObject* root, const char* name)
{
    T* found = root->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        std::fprintf(stderr, "screenshots: no widget named %s\n", name);
        std::exit(2);
    }
    return found;
}

// 256 colours keep the committed PNGs small. The table is the picture's own most
// common colours (flat UI surfaces first), so backgrounds and accents stay exact.
QImage toPalette(const QImage& source)
{
    const QImage rgb = source.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            ++counts[line[x]];
        }
    }
    QList<std::pair<int, QRgb>> byCount;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        byCount.append({it.value(), it.key()});
    }
    std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<QRgb> table;
    for (qsizetype i = 0; i < byCount.size() && table.size() < 256; ++i) {
        table.append(byCount.at(i).second);
    }
    return rgb.convertToFormat(QImage::Format_Indexed8, table, Qt::ThresholdDither | Qt::AvoidDither);
}

struct Shooter
{
    QString outDir;
    QString theme;
    int count = 0;

    void shoot(QWidget* window, const QString& name)
    {
        settle();
        const QString path =
            outDir + QLatin1Char('/') + name + QLatin1Char('-') + theme + QStringLiteral(".png");
        const QImage image = toPalette(window->grab().toImage());
        if (!image.save(path, "PNG", 0)) {
            std::fprintf(stderr, "screenshots: could not write %s\n", qPrintable(path));
            std::exit(2);
        }
        ++count;
        std::printf("%s\n", qPrintable(path));
    }
};

struct DemoEntry
{
    int daysAgo;
    int hour;
    const char* title;
    const char* body;
    int mood;
    unsigned kinds;
    std::vector<std::string> tags;
};

void writeDemoJournal(Journal& journal)
{
    using enum IntimacyKind;
    const std::vector<DemoEntry> entries = {
        {0,
         8,
         "Slow Sunday morning",
         "We made pancakes and didn't look at our phones until noon. Sam laughed at my terrible flipping.\n\n"
         "I want more mornings like this: **unhurried**, just the two of us.",
         5,
         kindBit(Emotional),
         {"home", "gratitude"}},
        {1,
         21,
         "The walk by the river",
         "We walked by the river after dinner. It was cold, so we held hands in my coat pocket.\n\n"
         "- Sam told me about the project at work\n- I finally said I've been feeling tired lately",
         4,
         kindBit(Emotional) | kindBit(Physical),
         {"walk", "talking"}},
        {3,
         19,
         "A small argument",
         "We argued about the dishes, but really it was about feeling unseen. I want to say that better "
         "next time, without the edge in my voice.",
         2,
         kindBit(Emotional),
         {"conflict", "learning"}},
        {6,
         22,
         "Candles and music",
         "Put on the old playlist from our first year. We danced badly in the kitchen.",
         5,
         kindBit(Physical) | kindBit(Sexual),
         {"us"}},
        {9,
         7,
         "Meditation together",
         "Ten minutes of sitting together before work. It felt like we were on the same side of the day.",
         4,
         kindBit(Spiritual),
         {"practice"}},
        {14,
         18,
         "Missing them",
         "Sam is away at the conference. The flat is quiet. I miss the noise they make in the kitchen.",
         3,
         kindBit(Emotional),
         {"distance"}},
        {21,
         20,
         "What intimacy means to me",
         "Being *known*: someone who notices the small things and stays curious about me.",
         4,
         kindBit(Emotional) | kindBit(Spiritual),
         {"reflection"}},
        {30,
         9,
         "Moving day",
         "Boxes everywhere. We ate noodles on the floor and it was perfect.",
         4,
         0,
         {"home"}},
    };
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (const DemoEntry& entry : entries) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(now).addDays(-entry.daysAgo);
        const QDateTime at(when.date(), QTime(entry.hour, 14));
        const std::int64_t ms = at.toMSecsSinceEpoch();
        EntryFields fields{entry.title, entry.body, entry.mood, entry.kinds, entry.tags, std::nullopt};
        if (!journal.createAt(fields, ms, ms)) {
            std::fprintf(stderr, "screenshots: could not write the demo journal\n");
            std::exit(2);
        }
    }
}

void makeDemoVault(const std::filesystem::path& dir)
{
    auto vault = Vault::create(dir, VaultOptions::fastForTests());
    if (!vault) {
        std::fprintf(stderr, "screenshots: could not create the demo vault\n");
        std::exit(2);
    }
    auto alex = vault->enroll({"Alex", "#c0604d"}, SecretBuffer::fromString("alex-demo"));
    auto sam = vault->enroll({"Sam", "#3f7cac"}, SecretBuffer::fromString("sam-demo"), &alex->session);
    if (!alex || !sam) {
        std::fprintf(stderr, "screenshots: could not enroll the demo partners\n");
        std::exit(2);
    }
    writeDemoJournal(alex->session.journal());
}

void firstRunScreens(Shooter& shooter)
{
    test::TempDir dir;
    ui::AppWindow window(dir.path() / "vault", VaultOptions::fastForTests());
    window.resize(1000, 680);
    (void)window.start();
    window.show();
    shooter.shoot(&window, QStringLiteral("first-run-welcome"));
    find<QAbstractButton>(&window, "beginButton")->click();
    find<QLineEdit>(&window, "partner1Name")->setText(QStringLiteral("Alex"));
    find<QLineEdit>(&window, "partner1Password")->setText(QStringLiteral("river walk pancakes"));
    find<QLineEdit>(&window, "partner1Confirm")->setText(QStringLiteral("river walk pancakes"));
    find<QAbstractButton>(&window, "partner1Colour1")->click();
    shooter.shoot(&window, QStringLiteral("first-run-partner"));
    find<QAbstractButton>(&window, "partner1CreateButton")->click();
    waitUntil([&] { return find<QWidget>(&window, "partner1RecoveryPage")->isVisible(); });
    shooter.shoot(&window, QStringLiteral("first-run-recovery-code"));
    find<QCheckBox>(&window, "partner1WroteItDown")->setChecked(true);
    find<QAbstractButton>(&window, "partner1RecoveryContinue")->click();
    shooter.shoot(&window, QStringLiteral("first-run-hand-over"));
    window.close();
}

void unlock(ui::AppWindow& window, const char* button, const QString& password)
{
    auto* login = window.loginScreen();
    find<QAbstractButton>(login, button)->click();
    find<QLineEdit>(login, "passwordField")->setText(password);
    find<QAbstractButton>(login, "unlockButton")->click();
}

void journalScreens(Shooter& shooter)
{
    test::TempDir dir;
    makeDemoVault(dir.path() / "vault");
    ui::AppWindow window(dir.path() / "vault", VaultOptions::fastForTests());
    window.resize(1100, 720);
    (void)window.start();
    window.show();
    shooter.shoot(&window, QStringLiteral("login"));

    unlock(window, "partnerButton1", QStringLiteral("not it"));
    waitUntil([&] { return find<QWidget>(&window, "loginError")->isVisible(); });
    shooter.shoot(&window, QStringLiteral("login-wrong-password"));

    find<QAbstractButton>(&window, "loginSafetyButton")->click();
    shooter.shoot(&window, QStringLiteral("safety"));
    find<QAbstractButton>(&window, "safetyBackButton")->click();

    unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
    waitUntil([&] { return window.mainScreen() != nullptr; });
    auto* page = window.mainScreen()->journalPage();
    auto* list = find<QListView>(page, "entryList");
    list->setCurrentIndex(list->model()->index(1, 0));
    page->openEntry(list->model()->index(1, 0).data(Qt::UserRole + 1).toLongLong());
    shooter.shoot(&window, QStringLiteral("journal-failed-attempts-notice"));

    find<QAbstractButton>(window.mainScreen(), "noticeBarClose")->click();
    list->setCurrentIndex(list->model()->index(0, 0));
    page->openEntry(list->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
    shooter.shoot(&window, QStringLiteral("journal"));

    find<QToolButton>(page, "previewToggle")->click();
    shooter.shoot(&window, QStringLiteral("journal-preview"));
    find<QToolButton>(page, "previewToggle")->click();

    find<QLineEdit>(page, "searchField")->setText(QStringLiteral("walk"));
    waitUntil([&] { return list->model() == static_cast<QAbstractItemModel*>(page->searchModel()); });
    shooter.shoot(&window, QStringLiteral("journal-search"));
    find<QLineEdit>(page, "searchField")->clear();

    find<QAbstractButton>(page, "newEntryButton")->click();
    find<QLineEdit>(page, "entryTitle")->setText(QStringLiteral("Before the review"));
    find<QPlainTextEdit>(page, "entryBody")
        ->setPlainText(
            QStringLiteral("Things I want to bring up this week:\n\n- thank Sam for the walk\n- ask for"));
    shooter.shoot(&window, QStringLiteral("journal-new-entry"));
    page->editor()->saveDraftNow();
    shooter.shoot(&window, QStringLiteral("journal-draft-saved"));

    find<QAbstractButton>(window.mainScreen(), "navSafety")->click();
    shooter.shoot(&window, QStringLiteral("safety-from-journal"));
    window.close();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    int total = 0;
    for (const auto& [choice, name] :
         {std::pair{ui::ThemeChoice::Light, "light"}, std::pair{ui::ThemeChoice::Dark, "dark"}}) {
        ui::applyTheme(choice);
        Shooter shooter{outDir, QString::fromLatin1(name)};
        firstRunScreens(shooter);
        journalScreens(shooter);
        total += shooter.count;
    }
    std::printf("%d screenshots\n", total);
    return 0;
}
