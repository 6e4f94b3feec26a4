// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Renders every screen of the desktop app into PNGs, light and dark, from a demo vault
// made through core (partners Alex and Sam). Run by scripts/screenshots:
//   QT_QPA_PLATFORM=offscreen twofold_ui_screenshots docs/screenshots
#include "backup/AutoBackup.h"
#include "backup/Backup.h"
#include "couple/CoupleSpace.h"
#include "couple/PromptSuggestion.h"
#include "couple/ReviewHistory.h"
#include "couple/WeeklyReview.h"
#include "prompts/ShippedPromptPacks.h"
#include "support/FastKdf.h"
#include "support/TempDir.h"
#include "ui/access/LoginScreen.h"
#include "ui/access/NewPasswordDialog.h"
#include "ui/access/NewRecoveryCodeDialog.h"
#include "ui/couple/InboxPage.h"
#include "ui/couple/LeaveCoupleDialog.h"
#include "ui/couple/PromptCard.h"
#include "ui/couple/PromptsPage.h"
#include "ui/data/ExportDialog.h"
#include "ui/data/ImportDialog.h"
#include "ui/data/RestorePage.h"
#include "ui/data/SettingsPage.h"
#include "ui/data/VaultCheckDialog.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/SearchResultsModel.h"
#include "ui/shell/AppWindow.h"
#include "ui/shell/MainScreen.h"
#include "ui/together/RatingChart.h"
#include "ui/together/ReviewCalendar.h"
#include "ui/together/ReviewPrintout.h"
#include "ui/together/ReviewReminder.h"
#include "ui/together/ReviewReopenView.h"
#include "ui/together/TogetherPage.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Theme.h"
#include "vault/SharedVault.h"
#include "vault/Vault.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string_view>
#include <unistd.h>
#include <utility>
#include <vector>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

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

// TWOFOLD_SCREENSHOT_SIZE=WxH (issue 18, large text): each screen's window is shown at that
// size before it is drawn, and checked: the minimum its layouts need fits, and no visible
// button, check box or one-line label is narrower than its text. What does not fit is listed
// and the run fails (ctest twofold_ui_fit_800x600 and twofold_ui_fit_910x512).
QSize fitSize()
{
    static const QSize size = [] {
        const QByteArray value = qgetenv("TWOFOLD_SCREENSHOT_SIZE");
        const QList<QByteArray> parts = value.split('x');
        return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
    }();
    return size;
}

QStringList& notFitting()
{
    static QStringList list;
    return list;
}

void checkFit(QWidget* window, const QString& name)
{
    const QSize size = fitSize();
    if (!size.isValid() || !window->isWindow()) {
        return;
    }
    const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (needed.width() > size.width() || needed.height() > size.height()) {
        notFitting()
            << QStringLiteral("%1: needs at least %2x%3").arg(name).arg(needed.width()).arg(needed.height());
    }
    window->resize(size);
    settle();
    const auto who = [](const QWidget* w, const QString& text) {
        return QStringLiteral("%1 \"%2\"").arg(w->objectName(), text);
    };
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(window) && !button->text().isEmpty() &&
            button->sizeHint().width() > button->width()) {
            notFitting() << QStringLiteral("%1: %2 is cut (%3 of %4 px)")
                                .arg(name, who(button, button->text()))
                                .arg(button->width())
                                .arg(button->sizeHint().width());
        }
    }
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (label->isVisibleTo(window) && !label->wordWrap() && !label->text().isEmpty() &&
            label->sizeHint().width() > label->width()) {
            notFitting() << QStringLiteral("%1: %2 is cut (%3 of %4 px)")
                                .arg(name, who(label, label->text().left(40)))
                                .arg(label->width())
                                .arg(label->sizeHint().width());
        }
    }
}

struct Shooter
{
    QString outDir;
    QString theme;
    int count = 0;

    void shoot(QWidget* window, const QString& name)
    {
        settle();
        checkFit(window, name);
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

void must(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "screenshots: could not %s\n", what);
        std::exit(2);
    }
}

// Answers in every state, an offered entry and last week's review, through core.
void writeDemoCoupleSpace(const std::filesystem::path& dir, Session& alexSession, Session& samSession)
{
    auto alex = CoupleSpace::open(alexSession, shippedPromptPacks());
    auto sam = CoupleSpace::open(samSession, shippedPromptPacks());
    must(alex && sam, "open the couple space");
    must(alex->beginTogether(*sam).has_value(), "begin together");
    auto prompts = alex->prompts().sharedPrompts();
    must(prompts && prompts->size() >= 6, "list prompts");
    const auto id = [&](int i) {
        return (*prompts)[static_cast<std::size_t>(i)].id;
    };
    // Revealed: both answered and agreed.
    must(alex->answer(id(0),
                      "Being known: someone who notices the small things and stays curious about me. "
                      "On an ordinary Tuesday it looks like coffee brought to me without asking.",
                      Reveal::Yes)
             .has_value(),
         "answer");
    must(sam->answer(id(0),
                     "Feeling safe enough to be boring together. Tuesday: the two of us cooking, "
                     "radio on, nobody performing.",
                     Reveal::Yes)
             .has_value(),
         "answer");
    // Waiting for Alex: Sam answered and agreed.
    must(sam->answer(id(1), "Mostly the same thing for me, but not always.", Reveal::Yes).has_value(),
         "answer");
    // Waiting for Sam: Alex answered and agreed.
    must(alex->answer(id(2), "The river walk last week, when you took my hand in your pocket.", Reveal::Yes)
             .has_value(),
         "answer");
    // Alex answered, not yet agreed.
    must(alex->answer(id(3), "Emotional feels strongest; physical feels thinnest lately.").has_value(),
         "answer");
    // An entry Sam offers Alex.
    auto entry = samSession.journal().create({"After the conference",
                                              "I missed you more than I said on the phone.",
                                              4,
                                              kindBit(IntimacyKind::Emotional),
                                              {"us"},
                                              std::nullopt});
    must(entry.has_value(), "write Sam's entry");
    must(sam->offerEntry(*entry).has_value(), "offer");
    // Last week's review.
    const QDate lastWeek =
        ui::ReviewReminder::currentReviewDate(kDefaultReviewDay, QDate::currentDate()).addDays(-7);
    const std::string date = lastWeek.toString(Qt::ISODate).toStdString();
    must(alex->checkIn(date,
                       {4, 3, 4, 5, "The pancakes and the slow morning.", "More evenings without screens."},
                       Reveal::Yes)
             .has_value(),
         "check in");
    must(sam->checkIn(date, {4, 4, 3, 5, "You listened about work.", "A walk together at the weekend."},
                      Reveal::Yes)
             .has_value(),
         "check in");
    WeeklyReview review(*alex);
    must(review.saveTogether(date, "Ask before assuming.", *sam, "Plan one evening out.").has_value(),
         "save the review");
    ui::ReviewReminder::remember(dir, kDefaultReviewDay, date);
}

void makeDemoVault(const std::filesystem::path& dir)
{
    auto vault = Vault::create(dir, twofold::test::fastVaultOptions());
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
    writeDemoCoupleSpace(dir, alex->session, sam->session);
}

void firstRunScreens(Shooter& shooter)
{
    test::TempDir dir;
    ui::AppWindow window(dir.path() / "vault", twofold::test::fastVaultOptions(), SystemClock::instance());
    window.resize(1000, 680);
    (void)window.start();
    window.show();
    shooter.shoot(&window, QStringLiteral("first-run-welcome"));
    find<QAbstractButton>(&window, "beginButton")->click();
    // The build machine's own accounts are nobody's business in a published picture: the
    // list shows sample names (only the text; nothing is chosen from it below).
    auto* accounts = find<QComboBox>(&window, "partnerAccount");
    for (int i = 0; i < accounts->count(); ++i) {
        accounts->setItemText(i, i == 0 ? QStringLiteral("Sam Rivera (sam)")
                                        : QStringLiteral("guest %1").arg(i));
    }
    shooter.shoot(&window, QStringLiteral("first-run-logins"));
    find<QAbstractButton>(&window, "sharedLoginContinue")->click();
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

// Two logins (tests/ui/shared-login-screenshots.sh runs these as root with a scratch shared
// place and a partner account, then as that partner): the first run picking the partner's
// login, and the partner's window finding the vault by itself.
void ownLoginsScreens(Shooter& shooter)
{
    test::TempDir dir;
    ui::AppWindow window(dir.path() / "vault", twofold::test::fastVaultOptions(), SystemClock::instance());
    window.resize(1000, 680);
    (void)window.start();
    window.show();
    find<QAbstractButton>(&window, "beginButton")->click();
    find<QAbstractButton>(&window, "ownLoginsOption")->click();
    // The partner's login, named by the wrapper; the vault of the previous theme's run goes.
    auto* accounts = find<QComboBox>(&window, "partnerAccount");
    if (const char* partner = std::getenv("TWOFOLD_SCREENSHOTS_PARTNER"); partner != nullptr) {
        accounts->setCurrentIndex(accounts->findText(QString::fromLocal8Bit(partner), Qt::MatchContains));
        if (const auto login = shared::findAccount(partner)) {
            std::error_code ec;
            std::filesystem::remove_all(shared::vaultPathFor(shared::placeRoot(), ::getuid(), login->uid),
                                        ec);
        }
    }
    shooter.shoot(&window, QStringLiteral("first-run-own-logins"));
    find<QAbstractButton>(&window, "sharedLoginContinue")->click();
    find<QLineEdit>(&window, "partner1Name")->setText(QStringLiteral("Alex"));
    find<QLineEdit>(&window, "partner1Password")->setText(QStringLiteral("river walk pancakes"));
    find<QLineEdit>(&window, "partner1Confirm")->setText(QStringLiteral("river walk pancakes"));
    find<QAbstractButton>(&window, "partner1CreateButton")->click();
    waitUntil([&] { return find<QWidget>(&window, "partner1RecoveryPage")->isVisible(); });
    find<QCheckBox>(&window, "partner1WroteItDown")->setChecked(true);
    find<QAbstractButton>(&window, "partner1RecoveryContinue")->click();
    shooter.shoot(&window, QStringLiteral("first-run-own-logins-hand-over"));
    find<QAbstractButton>(&window, "setUpPartnerNowButton")->click();
    find<QLineEdit>(&window, "partner2Name")->setText(QStringLiteral("Sam"));
    find<QLineEdit>(&window, "partner2Password")->setText(QStringLiteral("sam battery staple"));
    find<QLineEdit>(&window, "partner2Confirm")->setText(QStringLiteral("sam battery staple"));
    find<QAbstractButton>(&window, "partner2CreateButton")->click();
    waitUntil([&] { return find<QWidget>(&window, "partner2RecoveryPage")->isVisible(); });
    window.close();
}

void discoveredScreens(Shooter& shooter)
{
    const auto found = shared::discover(shared::placeRoot(), ::getuid());
    if (!found) {
        std::fprintf(stderr, "screenshots: no vault is shared with this login\n");
        std::exit(2);
    }
    ui::AppWindow window(*found, twofold::test::fastVaultOptions(), SystemClock::instance());
    window.resize(1000, 680);
    if (!window.start()) {
        std::fprintf(stderr, "screenshots: the shared vault did not open\n");
        std::exit(2);
    }
    window.show();
    shooter.shoot(&window, QStringLiteral("shared-login-discovered"));
    window.close();
}

void unlock(ui::AppWindow& window, const char* button, const QString& password)
{
    auto* login = window.loginScreen();
    find<QAbstractButton>(login, button)->click();
    find<QLineEdit>(login, "passwordField")->setText(password);
    find<QAbstractButton>(login, "unlockButton")->click();
}

// Settings › Your data: the section, the export dialog, an import's result (and a file it
// refused), and the vault check.
void dataScreens(ui::AppWindow& window, Shooter& shooter)
{
    auto* settings = window.mainScreen()->settingsPage();
    auto* scroll = find<QScrollArea>(settings, "settingsScroll");
    settle();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    shooter.shoot(&window, QStringLiteral("settings-your-data"));

    find<QAbstractButton>(settings, "dataExportButton")->click();
    auto* exporter = find<ui::ExportDialog>(settings, "exportDialog");
    find<QLineEdit>(exporter, "exportTags")->setText(QStringLiteral("us, walks"));
    shooter.shoot(exporter, QStringLiteral("export-dialog"));
    exporter->close();

    test::TempDir dir;
    const auto good = dir.path() / "jrnl-export.json";
    const auto bad = dir.path() / "old-journal.json";
    {
        std::FILE* file = std::fopen(good.c_str(), "w");
        must(file != nullptr, "write the jrnl sample");
        std::fputs(R"({"tags": {}, "entries": [
 {"title": "Long day at the office.", "body": "Came home late; Sam had kept dinner warm.", "date": "2024-05-03",
  "time": "19:45", "tags": [], "starred": false},
 {"title": "Sunday.", "body": "Slow breakfast, no phones.", "date": "2024-05-05", "time": "10:02", "tags": [],
  "starred": true}]}
)",
                   file);
        std::fclose(file);
        file = std::fopen(bad.c_str(), "w");
        must(file != nullptr, "write the broken sample");
        std::fputs("{\"tags\": {}, \"entries\": [\n  {\"title\": \"Sunday.\", \"body\": \"Slow\"\n  "
                   "\"date\": 3}\n]}\n",
                   file);
        std::fclose(file);
    }
    find<QAbstractButton>(settings, "dataImportButton")->click();
    auto* importer = find<ui::ImportDialog>(settings, "importDialog");
    const auto import = [&](const std::filesystem::path& path) {
        find<QComboBox>(importer, "importFormat")->setCurrentIndex(1);
        ui::FileChooser::setNextPath(ui::fromPath(path));
        find<QAbstractButton>(importer, "importChoose")->click();
        find<QAbstractButton>(importer, "importRun")->click();
        waitUntil([&] { return !importer->isBusy(); });
    };
    import(bad);
    shooter.shoot(importer, QStringLiteral("import-problem"));
    import(good);
    shooter.shoot(importer, QStringLiteral("import-result"));
    importer->close();

    find<QAbstractButton>(settings, "dataCheckButton")->click();
    auto* check = find<ui::VaultCheckDialog>(settings, "vaultCheckDialog");
    waitUntil([&] { return !check->isBusy(); });
    shooter.shoot(check, QStringLiteral("vault-check"));
    check->close();
    scroll->verticalScrollBar()->setValue(0);
}

// The Prompts page as it opens: one question on its card, chosen by a fixed seed so the
// pictures repeat.
void promptCardScreen(ui::AppWindow& window, Shooter& shooter)
{
    ui::MainScreen* main = window.mainScreen();
    main->showPage(QStringLiteral("navPrompts"));
    auto* card = find<ui::PromptCard>(main->promptsPage(), "promptCardPage");
    DeterministicRandom seeded(15);
    card->setRandomSource(seeded);
    card->clearAll();
    card->refresh();
    // A question with a follow-up, so the picture shows both.
    for (int i = 0; i < 20 && find<QLabel>(card, "promptCardFollowUp")->text().isEmpty(); ++i) {
        find<QAbstractButton>(card, "promptCardAnother")->click();
    }
    shooter.shoot(&window, QStringLiteral("prompt-card"));
    find<QAbstractButton>(card, "promptCardNotNow")->click();
    shooter.shoot(&window, QStringLiteral("prompt-card-not-now"));
    card->setRandomSource(*window.context().options.random);

    // Nothing waiting: every question set aside for the picture, then back as they were.
    Journal& journal = window.context().session()->journal();
    auto shared = window.context().couple()->prompts().sharedPrompts();
    must(shared.has_value(), "list prompts");
    for (const Prompt& prompt : *shared) {
        must(putOffPrompt(journal, prompt.id).has_value(), "set aside");
    }
    main->promptsPage()->showStart();
    shooter.shoot(&window, QStringLiteral("prompts-nothing-waiting"));
    for (const Prompt& prompt : *shared) {
        must(journal.setSetting(std::string(kPromptNotNowPrefix) + prompt.id, "").has_value(), "bring back");
    }
    main->promptsPage()->showStart();
}

void coupleScreens(ui::AppWindow& window, Shooter& shooter)
{
    ui::MainScreen* main = window.mainScreen();
    auto prompts = window.context().couple()->prompts().sharedPrompts();
    must(prompts && prompts->size() >= 6, "list prompts");
    const auto id = [&](int i) {
        return QString::fromStdString((*prompts)[static_cast<std::size_t>(i)].id);
    };

    promptCardScreen(window, shooter);
    auto* page = main->promptsPage();
    page->openPrompt(id(2));
    shooter.shoot(&window, QStringLiteral("prompts"));
    page->openPrompt(id(1));
    find<QPlainTextEdit>(page, "answerEditor")
        ->setPlainText(QStringLiteral("For me they overlap most when we have had time to talk first."));
    shooter.shoot(&window, QStringLiteral("prompts-answer-editor"));
    (void)page->saveDraftNow();
    page->openPrompt(id(0));
    shooter.shoot(&window, QStringLiteral("prompts-revealed"));

    main->showPage(QStringLiteral("navInbox"));
    auto* inbox = main->inboxPage();
    find<QListWidget>(inbox, "inboxList")->setCurrentRow(0);
    shooter.shoot(&window, QStringLiteral("inbox"));
    inbox->readNow();
    shooter.shoot(&window, QStringLiteral("inbox-read"));

    main->showPage(QStringLiteral("navTogether"));
    auto* together = main->togetherPage();
    find<QListWidget>(together, "reviewHistory")->setCurrentRow(0);
    shooter.shoot(&window, QStringLiteral("together-history"));
    find<QAbstractButton>(together, "startReviewButton")->click();
    find<QLineEdit>(together, "togetherPassword")->setText(QStringLiteral("sam-demo"));
    shooter.shoot(&window, QStringLiteral("together-unlock"));
    find<QAbstractButton>(together, "togetherJoinButton")->click();
    // The guided review itself: reviewScreens.
    waitUntil([&] { return together->step() == ui::TogetherPage::Step::Review; });
    // Ending Together locks both partners; Alex unlocks alone again.
    together->endTogether();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
    waitUntil([&] { return window.mainScreen() != nullptr; });
    main = window.mainScreen();

    main->showPage(QStringLiteral("navSettings"));
    shooter.shoot(&window, QStringLiteral("settings"));
    dataScreens(window, shooter);
}

// Settings › Change password: the dialog, with "Lock out anyone who knew my old password"
// chosen, and the new recovery code it shows once. Re-keys the demo vault: run last.
void passwordScreens(ui::AppWindow& window, Shooter& shooter)
{
    window.mainScreen()->showPage(QStringLiteral("navSettings"));
    // Settings › Make a new recovery code: the current password, then the new code once.
    find<QAbstractButton>(window.mainScreen()->settingsPage(), "newRecoveryCodeButton")->click();
    auto* codeDialog = find<ui::NewRecoveryCodeDialog>(window.mainScreen(), "newRecoveryCodeDialog");
    find<QLineEdit>(codeDialog, "newRecoveryCurrentPassword")->setText(QStringLiteral("alex-demo"));
    shooter.shoot(codeDialog, QStringLiteral("new-recovery-code"));
    find<QAbstractButton>(codeDialog, "newRecoveryOk")->click();
    waitUntil([&] { return find<QWidget>(codeDialog, "newRecoveryRecoveryPage")->isVisible(); });
    shooter.shoot(codeDialog, QStringLiteral("new-recovery-code-shown"));
    find<QAbstractButton>(codeDialog, "newRecoveryWroteItDown")->click();
    find<QAbstractButton>(codeDialog, "newRecoveryRecoveryContinue")->click();
    waitUntil([&] { return !codeDialog->isVisible(); });
    find<QAbstractButton>(window.mainScreen()->settingsPage(), "changePasswordButton")->click();
    auto* dialog = find<ui::NewPasswordDialog>(window.mainScreen(), "newPasswordDialog");
    shooter.shoot(dialog, QStringLiteral("change-password"));
    find<QLineEdit>(dialog, "currentPassword")->setText(QStringLiteral("alex-demo"));
    find<QLineEdit>(dialog, "newPasswordPassword")->setText(QStringLiteral("a brand new long password"));
    find<QLineEdit>(dialog, "newPasswordConfirm")->setText(QStringLiteral("a brand new long password"));
    find<QAbstractButton>(dialog, "rekeyCheck")->click();
    shooter.shoot(dialog, QStringLiteral("change-password-lock-out"));
    find<QAbstractButton>(dialog, "newPasswordOk")->click();
    waitUntil([&] { return find<QWidget>(dialog, "rekeyRecoveryPage")->isVisible(); });
    shooter.shoot(dialog, QStringLiteral("change-password-new-recovery-code"));
    find<QAbstractButton>(dialog, "rekeyWroteItDown")->click();
    find<QAbstractButton>(dialog, "rekeyRecoveryContinue")->click();
    shooter.shoot(&window, QStringLiteral("change-password-done"));
}

void passwordOnlyScreens(Shooter& shooter)
{
    test::TempDir dir;
    makeDemoVault(dir.path() / "vault");
    ui::AppWindow window(dir.path() / "vault", twofold::test::fastVaultOptions(), SystemClock::instance());
    window.resize(1100, 720);
    (void)window.start();
    window.show();
    unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
    waitUntil([&] { return window.mainScreen() != nullptr; });
    passwordScreens(window, shooter);
    window.close();
}

void journalScreens(Shooter& shooter)
{
    test::TempDir dir;
    makeDemoVault(dir.path() / "vault");
    // Today at 10:51 local time, so the autosaved entry reads "Saved · 10:51".
    ManualClock clock(QDateTime(QDate::currentDate(), QTime(10, 51)).toMSecsSinceEpoch());
    VaultOptions options = twofold::test::fastVaultOptions();
    options.clock = &clock;
    ui::AppWindow window(dir.path() / "vault", options, clock);
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
    (void)page->editor()->saveNow();
    shooter.shoot(&window, QStringLiteral("journal-autosaved"));

    find<QAbstractButton>(window.mainScreen(), "navSafety")->click();
    shooter.shoot(&window, QStringLiteral("safety-from-journal"));
    coupleScreens(window, shooter);
    passwordScreens(window, shooter);
    window.close();
}

// Restore from a backup: a damaged file refused, a new computer, the outcome on the unlock
// screen, then replacing this computer's journals with its warning and confirmation.
void restoreScreens(Shooter& shooter)
{
    test::TempDir dir;
    makeDemoVault(dir.path() / "old");
    const auto file = dir.path() / "our-journals.twofold-backup";
    must(createBackup(dir.path() / "old", file, SystemClock::instance()).has_value(), "make a backup");
    const auto damaged = dir.path() / "from-the-usb-stick.twofold-backup";
    std::filesystem::copy_file(file, damaged);
    std::filesystem::resize_file(damaged, std::filesystem::file_size(damaged) - 10);

    ui::AppWindow window(dir.path() / "new", twofold::test::fastVaultOptions(), SystemClock::instance());
    window.resize(1000, 680);
    (void)window.start();
    window.show();
    auto* page = window.restorePage();
    const auto choose = [&](const std::filesystem::path& path) {
        ui::FileChooser::setNextPath(ui::fromPath(path));
        find<QAbstractButton>(page, "restoreChooseButton")->click();
        waitUntil([&] { return !page->isBusy(); });
    };
    find<QAbstractButton>(&window, "welcomeRestoreButton")->click();
    choose(damaged);
    shooter.shoot(&window, QStringLiteral("restore-damaged"));
    choose(file);
    shooter.shoot(&window, QStringLiteral("restore-new-computer"));
    find<QAbstractButton>(page, "restoreButton")->click();
    waitUntil([&] { return window.loginScreen()->isVisible(); });
    shooter.shoot(&window, QStringLiteral("restore-done"));

    find<QAbstractButton>(window.loginScreen(), "loginRestoreButton")->click();
    choose(file);
    shooter.shoot(&window, QStringLiteral("restore-replace"));
    // The password step for everything: each partner types their own current password.
    find<QAbstractButton>(page, "restoreScopeEverything")->click();
    find<QLineEdit>(page, "restoreSecret1")->setText(QStringLiteral("alex-demo"));
    find<QLineEdit>(page, "restoreSecret2")->setText(QStringLiteral("sam-demo"));
    shooter.shoot(&window, QStringLiteral("restore-password"));
    // The confirmation (a real message box, default No): shot, then declined.
    QTimer::singleShot(300, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        must(box != nullptr, "find the confirmation");
        shooter.shoot(box, QStringLiteral("restore-confirm"));
        box->button(QMessageBox::No)->click();
    });
    find<QAbstractButton>(page, "restoreButton")->click();
    window.close();
}

// The note on the Together page after a saved review wrote its automatic backup.
void autoBackupScreens(Shooter& shooter)
{
    test::TempDir dir;
    makeDemoVault(dir.path() / "vault");
    // A readable folder name for the picture; removed again only if made here.
    const auto folder = std::filesystem::temp_directory_path() / "Twofold backups";
    const bool existed = std::filesystem::exists(folder);
    ui::AppWindow window(dir.path() / "vault", twofold::test::fastVaultOptions(), SystemClock::instance());
    window.resize(1100, 720);
    (void)window.start();
    window.show();
    unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
    waitUntil([&] { return window.mainScreen() != nullptr; });
    must(saveAutoBackupSettings(*window.context().couple(), {true, folder, 8}).has_value(),
         "turn on automatic backups");
    window.mainScreen()->showPage(QStringLiteral("navTogether"));
    auto* together = window.mainScreen()->togetherPage();
    find<QAbstractButton>(together, "startReviewButton")->click();
    find<QLineEdit>(together, "togetherPassword")->setText(QStringLiteral("sam-demo"));
    find<QAbstractButton>(together, "togetherJoinButton")->click();
    waitUntil([&] { return together->step() == ui::TogetherPage::Step::Review; });
    auto* appreciations = find<QWidget>(together, "appreciationsStep");
    for (const char* words : {"Sunday pancakes.", "The river walk."}) {
        find<QAbstractButton>(appreciations, "handoverGoOnButton")->click();
        find<QLineEdit>(appreciations, "appreciation1")->setText(QString::fromLatin1(words));
        find<QAbstractButton>(appreciations, "turnDoneButton")->click();
    }
    while (find<QAbstractButton>(together, "nextStepButton")->isVisible()) {
        find<QAbstractButton>(together, "nextStepButton")->click();
    }
    find<QAbstractButton>(together, "saveReviewButton")->click();
    waitUntil([&] {
        return find<QLabel>(together, "autoBackupNote")->text().startsWith(QStringLiteral("Backed"));
    });
    find<QListWidget>(together, "reviewHistory")->setCurrentRow(0);
    shooter.shoot(&window, QStringLiteral("together-backed-up"));
    window.close();
    if (!existed) {
        std::error_code ec;
        std::filesystem::remove_all(folder, ec);
    }
}

// The guided weekly review, from the first handover card to the saved review
// with the names ending in `suffix`.
void reviewFlowScreens(ui::AppWindow& window, ui::TogetherPage* together, Shooter& shooter,
                       const QString& suffix)
{
    auto* steps = find<QStackedWidget>(together, "reviewSteps");
    const auto inStep = [&](const char* name) {
        find<QAbstractButton>(steps->currentWidget(), name)->click();
    };
    const auto move = [&](const char* name) {
        find<QAbstractButton>(together, name)->click();
    };
    const auto shoot = [&](const char* name) {
        shooter.shoot(&window, QString::fromLatin1(name) + suffix);
    };
    const auto write = [&](const char* name, const char* words) {
        find<QLineEdit>(together, name)->setText(QString::fromUtf8(words));
    };

    shoot("review-handover");
    inStep("handoverGoOnButton");
    write("appreciation1", "The tea you brought me on Tuesday without asking.");
    write("appreciation2", "How you listened about work.");
    shoot("review-private-editor");
    inStep("turnDoneButton");
    inStep("handoverGoOnButton");
    write("appreciation1", "Sunday pancakes.");
    write("appreciation2", "You fixed my bike before I noticed.");
    write("appreciation3", "Laughing at the film together.");
    inStep("turnDoneButton");
    shoot("review-appreciations-reveal");
    move("nextStepButton"); // what went well
    const auto writeLong = [&](const char* name, const char* words) {
        find<QPlainTextEdit>(together, name)->setPlainText(QString::fromUtf8(words));
    };
    writeLong("wentWellFirst", "You made time for the long walk on Thursday, even with the deadline.");
    writeLong("wentWellSecond", "We laughed a lot at dinner with your sister.");
    shoot("review-went-well");
    move("nextStepButton"); // the check-in
    inStep("handoverGoOnButton");
    for (const char* rating : {"ratingEmotional4", "ratingPhysicalSkip", "ratingTrust5"}) {
        find<QAbstractButton>(together, rating)->click();
    }
    shoot("review-check-in");
    inStep("turnDoneButton");
    inStep("handoverGoOnButton");
    inStep("skipTurnButton");
    shoot("review-nothing-this-week");
    move("nextStepButton"); // one thing to talk about
    write("talkTopic", "How our weekends fill up");
    inStep("startTalkButton");
    writeLong("heardNote", "You miss the quiet Saturdays we used to have, and you'd like one back.");
    shoot("review-talk");
    move("nextStepButton"); // last week's intentions
    shoot("review-last-intentions");
    move("nextStepButton"); // feeling loved
    for (const char* words :
         {"A slow Sunday breakfast, phones away.", "Leave me a note in my bag now and then."}) {
        inStep("handoverGoOnButton");
        find<QPlainTextEdit>(together, "lovedAnswer")->setPlainText(QString::fromUtf8(words));
        inStep("turnDoneButton");
    }
    shoot("review-loved-reveal");
    move("nextStepButton"); // side by side
    shoot("review-side-by-side");
    if (auto* share = together->findChild<QAbstractButton*>(QStringLiteral("shareNow0"))) {
        share->click();
        find<QScrollArea>(together, "reviewStepScroll")
            ->ensureWidgetVisible(find<QWidget>(together, "shareTurn0"));
        shoot("review-share-turn");
    }
    move("nextStepButton"); // save
    inStep("saveReviewButton");
    shoot("review-saved");
}

// The guided review in a fresh demo vault, at 1000×700 and again at 800×600 ("-800").
void reviewScreens(Shooter& shooter)
{
    for (const auto& [size, suffix] :
         {std::pair{QSize(1000, 700), QString()}, std::pair{QSize(800, 600), QStringLiteral("-800")}}) {
        test::TempDir dir;
        makeDemoVault(dir.path() / "vault");
        ui::AppWindow window(dir.path() / "vault", twofold::test::fastVaultOptions(),
                             SystemClock::instance());
        window.resize(size);
        (void)window.start();
        window.show();
        unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
        waitUntil([&] { return window.mainScreen() != nullptr; });
        window.mainScreen()->showPage(QStringLiteral("navTogether"));
        auto* together = window.mainScreen()->togetherPage();
        find<QAbstractButton>(together, "startReviewButton")->click();
        find<QLineEdit>(together, "togetherPassword")->setText(QStringLiteral("sam-demo"));
        find<QAbstractButton>(together, "togetherJoinButton")->click();
        if (!waitUntil([&] { return together->step() == ui::TogetherPage::Step::Review; })) {
            std::fprintf(stderr, "screenshots: the review did not begin\n");
            std::exit(2);
        }
        reviewFlowScreens(window, together, shooter, suffix);
        together->endTogether();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        window.close();
    }
}

// The notice after unlock when an older journal was put back (docs/ARCHITECTURE.md,
// "Freshness"): shot, then answered "Continue".
void rollbackScreens(Shooter& shooter)
{
    test::TempDir dir;
    const auto vaultDir = dir.path() / "vault";
    makeDemoVault(vaultDir);
    VaultOptions options = twofold::test::fastVaultOptions();
    options.stateDirectory = dir.path() / "state";
    std::filesystem::path journal;
    {
        auto vault = Vault::open(vaultDir, options);
        must(vault.has_value(), "open the demo vault");
        auto alex = vault->findPartner("Alex");
        must(alex.has_value(), "find Alex");
        journal = vaultDir / ("partner-" + alex->id + ".db");
        auto session = vault->unlock(alex->id, SecretBuffer::fromString("alex-demo"));
        must(session.has_value(), "unlock Alex");
        session->lock();
        std::filesystem::copy_file(journal, dir.path() / "older");
        session = vault->unlock(alex->id, SecretBuffer::fromString("alex-demo"));
        must(session.has_value() && session->journal().create({.title = "Later", .body = "written later"}),
             "write a later entry");
        session->lock();
    }
    std::filesystem::copy_file(dir.path() / "older", journal,
                               std::filesystem::copy_options::overwrite_existing);

    ui::AppWindow window(vaultDir, options, SystemClock::instance());
    window.resize(1000, 680);
    (void)window.start();
    window.show();
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            poll.stop();
            shooter.shoot(box, QStringLiteral("rollback-notice"));
            box->button(QMessageBox::Ignore)->click();
        }
    });
    poll.start();
    unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
    must(waitUntil([&] { return window.mainScreen() != nullptr; }), "continue to the journal");
    window.close();
}

// Protocol v2: Alex agreed to id(2) and then held it back; Sam put the older couple.db
// back. At Alex's next unlock: the notice, then the prompt that says so.
void sharedFileChangedScreens(Shooter& shooter)
{
    test::TempDir dir;
    const auto vaultDir = dir.path() / "vault";
    makeDemoVault(vaultDir);
    VaultOptions options = twofold::test::fastVaultOptions();
    options.stateDirectory = dir.path() / "state";
    std::string promptId;
    const auto couplePath = vaultDir / "couple.db";
    {
        auto vault = Vault::open(vaultDir, options);
        must(vault.has_value(), "open the demo vault");
        auto alex = vault->findPartner("Alex");
        must(alex.has_value(), "find Alex");
        auto session = vault->unlock(alex->id, SecretBuffer::fromString("alex-demo"));
        must(session.has_value(), "unlock Alex");
        {
            auto space = CoupleSpace::open(*session, shippedPromptPacks());
            must(space.has_value(), "open Alex's couple space");
            auto prompts = space->prompts().sharedPrompts();
            must(prompts && prompts->size() >= 6, "list prompts");
            promptId = (*prompts)[2].id;
            must(session->coupleDatabase().checkpoint().has_value(), "checkpoint");
            std::filesystem::copy_file(couplePath, dir.path() / "older-couple.db");
            must(space->hold(Topic::answer(promptId)).has_value(), "hold back");
        }
        session->lock();
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::remove(couplePath.string() + suffix);
    }
    std::filesystem::copy_file(dir.path() / "older-couple.db", couplePath,
                               std::filesystem::copy_options::overwrite_existing);

    ui::AppWindow window(vaultDir, options, SystemClock::instance());
    window.resize(1100, 720);
    (void)window.start();
    window.show();
    QTimer poll; // the older-file notice, if it shows, is answered "Continue"
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->button(QMessageBox::Ignore)->click();
        }
    });
    poll.start();
    unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
    must(waitUntil([&] { return window.mainScreen() != nullptr; }), "unlock Alex in the window");
    poll.stop();
    settle();
    shooter.shoot(&window, QStringLiteral("shared-file-changed-notice"));
    ui::MainScreen* main = window.mainScreen();
    main->showPage(QStringLiteral("navPrompts"));
    main->promptsPage()->openPrompt(QString::fromStdString(promptId));
    shooter.shoot(&window, QStringLiteral("prompts-shared-file-changed"));
    window.close();
}

// "Leave this couple" (docs/ARCHITECTURE.md, "Leaving the couple"): Alex's dialog after an
// export, the unlock screen after leaving, and Sam's main screen with its notice.
// Seeing the weeks (issue 15): the history's chart, its table, the calendar and a review
// reopened, from sample data (eight weeks; Sam would rather not say some), at the window
// sizes people use; and a page of the review's PDF (poppler's pdftoppm, when installed).
SavedReview demoSavedReview()
{
    SavedReview review;
    review.record.reviewDate = "2026-03-22";
    review.record.savedMs = QDateTime(QDate(2026, 3, 22), QTime(20, 15)).toMSecsSinceEpoch();
    review.record.myIntention = "Walk together on Tuesday evenings.";
    review.record.partnerIntention = "Phones away at dinner.";
    review.appreciations.mine =
        Opened<Appreciations>{.value = {{"You made soup when I was tired.", "The note in my bag."}}};
    review.appreciations.partners =
        Opened<Appreciations>{.value = {{"You listened about work without fixing it."}}};
    CheckIn alex;
    alex.emotional = 4;
    alex.physical = 3;
    alex.spiritual = 4;
    alex.trust = 5;
    alex.appreciated = "Sunday morning together.";
    CheckIn sam;
    sam.emotional = 4;
    sam.spiritual = 3;
    sam.trust = 5;
    sam.need = "A quiet evening this week.";
    review.checkIn.mine = Opened<CheckIn>{.value = alex};
    review.checkIn.partners = Opened<CheckIn>{.value = sam};
    review.loved.mine = Opened<std::string>{.value = "Ask me how the day really was."};
    review.loved.partners = Opened<std::string>{.value = "A hug before you leave."};
    review.notes.push_back(
        ReviewNote{.id = "1", .partnerId = "alex", .text = "We laughed a lot on the walk."});
    review.notes.push_back(ReviewNote{
        .id = "2", .partnerId = "sam", .text = "How we share the evenings.", .kind = NoteKind::TalkTopic});
    review.notes.push_back(ReviewNote{.id = "3",
                                      .partnerId = "alex",
                                      .text = "Evenings feel like one long to-do list.",
                                      .kind = NoteKind::Heard});
    return review;
}

ui::ChartData demoChartData()
{
    using R = std::array<std::optional<int>, 4>;
    const std::vector<std::pair<R, R>> weeks{{{3, 3, 4, 4}, {3, std::nullopt, 3, 4}},
                                             {{4, 3, 4, 4}, {3, 2, 3, 4}},
                                             {{3, 2, 3, 4}, {2, std::nullopt, 3, 4}},
                                             {{4, 3, 4, 5}, {3, 3, std::nullopt, 4}},
                                             {{4, 4, 4, 5}, {4, 3, 3, 5}},
                                             {{3, std::nullopt, 4, 4}, {4, 3, 3, 5}},
                                             {{4, 3, 5, 5}, {4, std::nullopt, 4, 5}},
                                             {{4, 3, 4, 5}, {4, std::nullopt, 3, 5}}};
    std::vector<RatingPoint> points;
    QDate date(2026, 2, 1);
    for (const auto& [alex, sam] : weeks) {
        const std::string iso = date.toString(Qt::ISODate).toStdString();
        points.push_back({iso, true, alex});
        points.push_back({iso, false, sam});
        date = date.addDays(7);
    }
    return ui::chartData(points, QStringLiteral("Alex"), QStringLiteral("Sam"));
}

void historyScreens(Shooter& shooter)
{
    const QColor alex(QStringLiteral("#c0604d"));
    const QColor sam(QStringLiteral("#3f7cac"));
    const ui::ChartData data = demoChartData();
    const ui::ReviewPeople people{"alex", QStringLiteral("Alex"), QStringLiteral("Sam")};
    const QString html = ui::reviewHtml(demoSavedReview(), people, false); // as the panel shows it
    QList<QDate> days;
    for (const ui::ChartWeek& week : data.weeks) {
        days << week.date;
    }

    // The history as the Together page lays it out: the chart and the calendar as tabs,
    // the chosen review below.
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* heading = new QLabel(QStringLiteral("Past reviews"), &window);
    ui::makeHeadline(heading, 1.15);
    auto* tabs = new QTabWidget(&window);
    auto* chart = new ui::RatingChart(tabs);
    chart->setData(data, alex, sam);
    tabs->addTab(chart, QStringLiteral("Check-ins over the weeks"));
    auto* dates = new QWidget(tabs);
    auto* datesRow = new QHBoxLayout(dates);
    auto* calendar = new ui::ReviewCalendar(dates);
    calendar->setSavedDates(days);
    auto* list = new QListWidget(dates);
    for (auto it = days.crbegin(); it != days.crend(); ++it) {
        list->addItem(QStringLiteral("Review of %1").arg(QLocale().toString(*it, QLocale::LongFormat)));
    }
    list->setCurrentRow(0);
    datesRow->addWidget(calendar);
    datesRow->addWidget(list, 1);
    tabs->addTab(dates, QStringLiteral("Calendar"));
    auto* reopen = new ui::ReviewReopenView(&window);
    reopen->showReview(html, data, alex, sam);
    layout->addWidget(heading);
    layout->addWidget(tabs, 3);
    layout->addWidget(reopen, 2);
    window.show();
    for (const QSize size : {QSize(1000, 700), QSize(800, 600)}) {
        const QString suffix = size.width() == 1000 ? QString() : QStringLiteral("-800x600");
        window.resize(size);
        tabs->setCurrentIndex(0);
        chart->showTable(false);
        shooter.shoot(&window, QStringLiteral("review-history") + suffix);
        chart->showTable(true);
        shooter.shoot(&window, QStringLiteral("review-chart-table") + suffix);
        chart->showTable(false);
        tabs->setCurrentIndex(1);
        shooter.shoot(&window, QStringLiteral("review-history-calendar") + suffix);
    }

    // A review removed from the shared file: its date in the list, and nothing else of it.
    window.resize(QSize(1000, 700));
    list->item(0)->setText(QStringLiteral("Review of %1, removed from the shared file")
                               .arg(QLocale().toString(days.back(), QLocale::LongFormat)));
    reopen->showMessage(QStringLiteral("A saved review was removed from the shared file. "
                                       "Your own journal still knows it was saved on this day."));
    shooter.shoot(&window, QStringLiteral("review-history-removed"));

    // The chart on its own, and a review reopened (with the notice a changed file gets).
    ui::RatingChart alone;
    alone.setData(data, alex, sam);
    alone.resize(900, 560);
    alone.show();
    shooter.shoot(&alone, QStringLiteral("review-chart"));
    ui::RatingChart empty;
    empty.setData({}, alex, sam);
    empty.resize(600, 300);
    empty.show();
    shooter.shoot(&empty, QStringLiteral("review-chart-empty"));
    SavedReview changed = demoSavedReview();
    changed.record.changedBehindYourBack = true;
    ui::ReviewReopenView reopened;
    reopened.showReview(ui::reviewHtml(changed, people, false), {}, alex, sam);
    reopened.resize(800, 600);
    reopened.show();
    shooter.shoot(&reopened, QStringLiteral("review-history-reopen"));

    // A page of the PDF, once (it is ink on paper whatever the theme).
    if (shooter.theme == QLatin1String("light") && std::system("command -v pdftoppm >/dev/null 2>&1") == 0) {
        const test::TempDir dir;
        const auto pdf = dir.path() / "review.pdf";
        must(ui::writeReviewPdf(ui::reviewHtml(demoSavedReview(), people, true), data,
                                ui::printColours(alex, sam), pdf)
                 .has_value(),
             "write the review PDF");
        const std::string out =
            (std::filesystem::path(shooter.outDir.toStdString()) / "review-pdf-page").string();
        const std::string command =
            "pdftoppm -png -r 80 -f 1 -l 1 -singlefile '" + pdf.string() + "' '" + out + "'";
        must(std::system(command.c_str()) == 0, "render the PDF's page");
        std::printf("%s.png\n", out.c_str());
    }
}

void leaveScreens(Shooter& shooter)
{
    test::TempDir dir;
    const auto vaultDir = dir.path() / "vault";
    makeDemoVault(vaultDir);
    ui::AppWindow window(vaultDir, twofold::test::fastVaultOptions(), SystemClock::instance());
    window.resize(1100, 720);
    (void)window.start();
    window.show();
    unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
    must(waitUntil([&] { return window.mainScreen() != nullptr; }), "unlock Alex");
    ui::MainScreen* main = window.mainScreen();
    main->showPage(QStringLiteral("navSettings"));
    find<QAbstractButton>(main->settingsPage(), "leaveCoupleButton")->click();
    auto* dialog = find<ui::LeaveCoupleDialog>(main, "leaveCoupleDialog");
    ui::FileChooser::setNextPath(ui::fromPath(dir.path() / "Alex-journal.json"));
    find<QAbstractButton>(dialog, "leaveExportButton")->click();
    must(waitUntil([&] { return find<QWidget>(dialog, "leaveExported")->isVisible(); }), "export first");
    find<QLineEdit>(dialog, "leavePassword")->setText(QStringLiteral("alex-demo"));
    shooter.shoot(dialog, QStringLiteral("leave"));
    find<QAbstractButton>(dialog, "leaveConfirmButton")->click();
    must(waitUntil([&] { return !window.isUnlocked(); }), "leave");
    shooter.shoot(&window, QStringLiteral("leave-done"));
    unlock(window, "partnerButton1", QStringLiteral("sam-demo"));
    must(waitUntil([&] { return window.mainScreen() != nullptr; }), "unlock Sam");
    shooter.shoot(&window, QStringLiteral("partner-left"));
    window.close();
}

// Contrast (docs/ACCESSIBILITY.md): an error, the journal list with a selected row, and
// keyboard focus on a check box and a button, in each theme including the system's.
void contrastScreens(Shooter& shooter)
{
    test::TempDir dir;
    makeDemoVault(dir.path() / "vault");
    ui::AppWindow window(dir.path() / "vault", twofold::test::fastVaultOptions(), SystemClock::instance());
    window.resize(1100, 720);
    (void)window.start();
    window.show();
    QApplication::setActiveWindow(&window);
    unlock(window, "partnerButton1", QStringLiteral("not it"));
    waitUntil([&] { return find<QWidget>(&window, "loginError")->isVisible(); });
    shooter.shoot(&window, QStringLiteral("contrast-login-error"));

    unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
    waitUntil([&] { return window.mainScreen() != nullptr; });
    // As after Tab: the styles show focus only once the keyboard has moved it.
    window.setAttribute(Qt::WA_KeyboardFocusChange);
    auto* page = window.mainScreen()->journalPage();
    auto* list = find<QListView>(page, "entryList");
    list->setCurrentIndex(list->model()->index(1, 0));
    page->openEntry(list->model()->index(1, 0).data(Qt::UserRole + 1).toLongLong());
    list->setFocus(Qt::TabFocusReason);
    shooter.shoot(&window, QStringLiteral("contrast-journal-selected"));

    window.mainScreen()->showPage(QStringLiteral("navSettings"));
    auto* settings = window.mainScreen()->settingsPage();
    auto* box = find<QCheckBox>(settings, "reviewNotification");
    find<QScrollArea>(settings, "settingsScroll")->ensureWidgetVisible(box);
    box->setFocus(Qt::TabFocusReason);
    shooter.shoot(&window, QStringLiteral("contrast-focus-checkbox"));
    auto* button = find<QAbstractButton>(settings, "changePasswordButton");
    find<QScrollArea>(settings, "settingsScroll")->ensureWidgetVisible(button);
    button->setFocus(Qt::TabFocusReason);
    shooter.shoot(&window, QStringLiteral("contrast-focus-button"));
    window.close();
}

} // namespace

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true); // the review reminder's settings stay out of ~/.config
    // Freshness state files of the throwaway vaults stay out of ~/.local/state.
    const test::TempDir stateHome;
    ::setenv("XDG_STATE_HOME", stateHome.path().c_str(), 1);
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(ui);
    QApplication::setApplicationDisplayName(QStringLiteral("Twofold"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    int total = 0;
    std::vector<std::pair<ui::ThemeChoice, const char*>> themes = {{ui::ThemeChoice::Light, "light"},
                                                                   {ui::ThemeChoice::Dark, "dark"}};
    if (fitSize().isValid()) {
        themes.resize(1); // sizes are the same in every theme
    }
    if (const char* only = std::getenv("TWOFOLD_SCREENSHOTS_ONLY");
        only != nullptr && std::string_view(only) == "contrast") {
        themes.insert(themes.begin(), {ui::ThemeChoice::System, "system"});
    }
    for (const auto& [choice, name] : themes) {
        // Forced for the whole run: each partner's own theme (Settings) would follow the system.
        ui::setThemeOverride(choice);
        ui::applyTheme(choice);
        Shooter shooter{outDir, QString::fromLatin1(name)};
        // TWOFOLD_SCREENSHOTS_ONLY=<subset> renders just that subset (e.g. rollback).
        if (const char* only = std::getenv("TWOFOLD_SCREENSHOTS_ONLY"); only != nullptr) {
            const std::string_view subset(only);
            if (subset == "first-run") {
                firstRunScreens(shooter);
            } else if (subset == "password") {
                passwordOnlyScreens(shooter);
            } else if (subset == "leave") {
                leaveScreens(shooter);
            } else if (subset == "restore") {
                restoreScreens(shooter);
            } else if (subset == "own-logins") {
                ownLoginsScreens(shooter);
            } else if (subset == "discovered") {
                discoveredScreens(shooter);
            } else if (subset == "journal") {
                journalScreens(shooter);
            } else if (subset == "prompt-card") {
                test::TempDir dir;
                makeDemoVault(dir.path() / "vault");
                ui::AppWindow window(dir.path() / "vault", twofold::test::fastVaultOptions(),
                                     SystemClock::instance());
                window.resize(1100, 720);
                (void)window.start();
                window.show();
                unlock(window, "partnerButton1", QStringLiteral("alex-demo"));
                waitUntil([&] { return window.mainScreen() != nullptr; });
                promptCardScreen(window, shooter);
                window.close();
            } else if (subset == "review") {
                reviewScreens(shooter);
            } else if (subset == "history") {
                historyScreens(shooter);
            } else if (subset == "contrast") {
                contrastScreens(shooter);
            } else if (subset == "rollback") {
                rollbackScreens(shooter);
                sharedFileChangedScreens(shooter);
            } else {
                std::fprintf(stderr, "no screenshot subset named %s\n", only);
                return 2;
            }
            total += shooter.count;
            continue;
        }
        firstRunScreens(shooter);
        journalScreens(shooter);
        restoreScreens(shooter);
        autoBackupScreens(shooter);
        reviewScreens(shooter);
        rollbackScreens(shooter);
        sharedFileChangedScreens(shooter);
        leaveScreens(shooter);
        historyScreens(shooter);
        total += shooter.count;
    }
    std::printf("%d screenshots\n", total);
    if (!notFitting().isEmpty()) {
        std::fprintf(stderr, "%lld places do not fit %dx%d:\n", static_cast<long long>(notFitting().size()),
                     fitSize().width(), fitSize().height());
        for (const QString& line : notFitting()) {
            std::fprintf(stderr, "  %s\n", qPrintable(line));
        }
        return 1;
    }
    return 0;
}
