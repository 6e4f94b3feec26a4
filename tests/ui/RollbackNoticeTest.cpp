// After unlock, an older journal put back (DESIGN.md §4 "Freshness") is said before the
// journal is shown, with "Restore from a backup…" and "Continue".
#include "UiTestSupport.h"
#include "ui/Dialogs.h"
#include "ui/LoginScreen.h"
#include "ui/RestorePage.h"
#include "vault/Vault.h"

#include <filesystem>

#include <QAbstractButton>

using namespace twofold;
using namespace twofold::test;
namespace fs = std::filesystem;

namespace {

const QString kSentence =
    QStringLiteral("Your journal is older than the last time you used it: entries may be missing.");

class UiRollbackNotice : public UiTest
{
protected:
    // Alex's journal as it was, put back after Alex wrote one more entry.
    void SetUp() override
    {
        UiTest::SetUp();
        makeVault(vaultDir(), {{"Alex", "alex-pw", {}}, {"Sam", "sam-pw", {}}});
        fs::path journal;
        {
            auto vault = Vault::open(vaultDir(), VaultOptions::fastForTests());
            ASSERT_TRUE(vault.has_value());
            auto alex = vault->findPartner("Alex");
            ASSERT_TRUE(alex.has_value());
            journal = vaultDir() / ("partner-" + alex->id + ".db");
            auto session = vault->unlock(alex->id, SecretBuffer::fromString("alex-pw"));
            ASSERT_TRUE(session.has_value());
            session->lock();
            fs::copy_file(journal, m_dir.path() / "older");
            session = vault->unlock(alex->id, SecretBuffer::fromString("alex-pw"));
            ASSERT_TRUE(session->journal().create({.title = "lost", .body = "written later"}));
            session->lock();
        }
        fs::copy_file(m_dir.path() / "older", journal, fs::copy_options::overwrite_existing);
        startWindow();
    }
};

} // namespace

TEST_F(UiRollbackNotice, ContinueShowsTheJournalAndClearsTheNotice)
{
    const int before = ui::Dialogs::shownCount();
    ui::Dialogs::setNextAnswer(QMessageBox::Ignore); // "Continue"
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-pw")));
    EXPECT_EQ(ui::Dialogs::shownCount(), before + 1);
    EXPECT_TRUE(ui::Dialogs::lastText().startsWith(kSentence)) << ui::Dialogs::lastText().toStdString();
    EXPECT_EQ(ui::Dialogs::lastDefault(), QMessageBox::Open); // restore is the careful default
    EXPECT_FALSE(m_window->context().session->freshness().anyOlder());

    lockAndFlush();
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-pw")));
    EXPECT_EQ(ui::Dialogs::shownCount(), before + 1) << "accepted: not asked again";
}

TEST_F(UiRollbackNotice, RestoreLocksAndOpensTheRestorePage)
{
    ui::Dialogs::setNextAnswer(QMessageBox::Open); // "Restore from a backup…"
    typeAndUnlock(1, QStringLiteral("alex-pw"));
    ASSERT_TRUE(waitUntil([this] { return m_window->restorePage()->isVisible(); }));
    EXPECT_TRUE(ui::Dialogs::lastText().startsWith(kSentence));
    EXPECT_FALSE(m_window->isUnlocked());
    EXPECT_EQ(m_window->mainScreen(), nullptr);

    // Not accepted: back at the unlock screen, the next unlock says it again.
    auto* back = child<QAbstractButton>(m_window->restorePage(), "restoreCancelButton");
    ASSERT_NE(back, nullptr);
    back->click();
    ASSERT_TRUE(waitUntil([this] { return m_window->loginScreen()->isVisible(); }));
    const int before = ui::Dialogs::shownCount();
    ui::Dialogs::setNextAnswer(QMessageBox::Ignore);
    ASSERT_TRUE(unlockAs(1, QStringLiteral("alex-pw")));
    EXPECT_EQ(ui::Dialogs::shownCount(), before + 1);
    EXPECT_TRUE(ui::Dialogs::lastText().startsWith(kSentence));
}
