// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Issue 16, item 1: a crash loses at most the words typed since the last autosave. This
// test binary runs itself again as a child (UiAutosaveChild) that unlocks the vault in
// the real window, types, waits for the autosave, types on, and is killed with SIGKILL;
// the parent then opens the journal through core and finds the autosaved words, whole.
// (The GUI binary itself cannot be typed into from outside; this is the same window
// code in a process of its own.)
#include "../robustness/ChildProcess.h"
#include "UiTestSupport.h"
#include "journal/Journal.h"
#include "support/FastKdf.h"
#include "ui/journal/EntryEditor.h"
#include "ui/journal/JournalPage.h"
#include "ui/shell/MainScreen.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <cstdio>
#include <cstdlib>
#include <thread>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace twofold::test {
namespace {

constexpr const char* kChildVaultVariable = "TWOFOLD_AUTOSAVE_CHILD_VAULT";
const QString kBeforePause = QStringLiteral("Words written before the pause");
const QString kAfterPause = QStringLiteral(", and words after it");

// Runs only as the child the test below starts.
class UiAutosaveChild : public UiTest
{
};

TEST_F(UiAutosaveChild, TypesWaitsForTheAutosaveAndTypesOn)
{
    const char* dir = std::getenv(kChildVaultVariable);
    if (!dir) {
        GTEST_SKIP() << "the child of UiAutosaveKill.KillNineAfterAnAutosaveKeepsTheAutosavedWords";
    }
    m_window = std::make_unique<ui::AppWindow>(dir, fastVaultOptions(), m_clock);
    ASSERT_TRUE(m_window->start());
    m_window->show();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-demo-password")));
    auto* page = m_window->mainScreen()->journalPage();
    auto* editor = page->editor();
    editor->setAutosaveDelay(std::chrono::milliseconds(30));
    child<QPushButton>(page, "newEntryButton")->click();
    QTest::keyClicks(child<QPlainTextEdit>(editor, "entryBody"), kBeforePause);
    ASSERT_TRUE(waitUntil([&] { return editor->saveState() == ui::EntryEditor::SaveState::Saved; }));
    std::printf("autosaved\n");
    editor->setAutosaveDelay(std::chrono::hours(1));
    QTest::keyClicks(child<QPlainTextEdit>(editor, "entryBody"), kAfterPause);
    std::printf("typed on\n");
    std::fflush(stdout);
    QTest::qWait(60'000); // killed long before
}

TEST(UiAutosaveKill, KillNineAfterAnAutosaveKeepsTheAutosavedWords)
{
    if (std::getenv(kChildVaultVariable)) {
        GTEST_SKIP() << "this is the child";
    }
    TempDir dir;
    const auto vaultDir = dir.path() / "vault";
    makeVault(vaultDir, {{"Alex", "alex-demo-password", {}}});

    ChildProcess child = ChildProcess::start("/proc/self/exe", {"--gtest_filter=UiAutosaveChild.*"}, "",
                                             {std::string(kChildVaultVariable) + "=" + vaultDir.string()});
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (child.out().find("typed on") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        if (child.waitUntil(std::chrono::steady_clock::now() + std::chrono::milliseconds(50))) {
            break; // ended by itself: the assertions below say how
        }
    }
    ASSERT_NE(child.out().find("typed on"), std::string::npos) << child.out() << child.err();
    const ChildProcess::Exit exit = child.kill();
    EXPECT_TRUE(exit.killed);

    auto vault = Vault::open(vaultDir, fastVaultOptions());
    ASSERT_TRUE(vault);
    auto partner = vault->findPartner("Alex");
    ASSERT_TRUE(partner);
    auto session = vault->unlock(partner->id, SecretBuffer::fromString("alex-demo-password"));
    ASSERT_TRUE(session);
    Journal& journal = session->journal();
    auto entries = journal.list({10, std::nullopt});
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1U) << "the autosave made the entry";
    auto entry = journal.get(entries->front().id);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->fields.body, kBeforePause.toStdString())
        << "everything up to the autosave, and only the words after it lost";
    EXPECT_FALSE(*journal.draft(std::nullopt));
}

} // namespace
} // namespace twofold::test
