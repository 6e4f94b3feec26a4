// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Passwords and recovery codes never reach the accessibility bus (issue 18, item 1;
// docs/ACCESSIBILITY.md). Here, at the level of Qt's accessibility: the events a line edit
// sends while it is typed in and cleared are stopped for a SecretLineEdit and passed on for
// any other field, its interface tells name, role and "holds something" but never the
// content nor its length, and every password field of the app is such a field. The same
// promise, heard on the real AT-SPI bus from the real binary: tests/accessibility.
#include "ui/access/SecretFieldAccessibility.h"

#include "UiTestSupport.h"
#include "ui/access/LoginScreen.h"
#include "ui/access/ShowSecretToggle.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <QAccessible>
#include <QLineEdit>
#include <QTest>

namespace twofold::test {
namespace {

const QString kSecret = QStringLiteral("S3cr-etWord!");

struct Heard
{
    QObject* object;
    QAccessible::Event type;
    QString text; // every piece of text the event carries
};

std::vector<Heard>& heard()
{
    static std::vector<Heard> events;
    return events;
}

// Stands where Qt's bridge to AT-SPI stands: after the filter.
void record(QAccessibleEvent* event)
{
    QString text;
    switch (event->type()) {
    case QAccessible::TextInserted:
        text = static_cast<QAccessibleTextInsertEvent*>(event)->textInserted();
        break;
    case QAccessible::TextRemoved:
        text = static_cast<QAccessibleTextRemoveEvent*>(event)->textRemoved();
        break;
    case QAccessible::TextUpdated: {
        auto* update = static_cast<QAccessibleTextUpdateEvent*>(event);
        text = update->textRemoved() + update->textInserted();
        break;
    }
    case QAccessible::ValueChanged:
        text = static_cast<QAccessibleValueChangeEvent*>(event)->value().toString();
        break;
    default:
        break;
    }
    heard().push_back({event->object(), event->type(), text});
}

// Qt sends events only while a screen reader (or the bridge) is active, which it is not
// offscreen; then the event goes straight to the installed handler, as Qt would hand it on.
void send(QAccessibleEvent* event)
{
    if (QAccessible::isActive()) {
        QAccessible::updateAccessibility(event);
        return;
    }
    const QAccessible::UpdateHandler current = QAccessible::installUpdateHandler(nullptr);
    QAccessible::installUpdateHandler(current);
    ASSERT_NE(current, nullptr);
    current(event);
}

class SecretFieldAccessibility : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureApplication();
        heard().clear();
        // The recorder first, the filter on top of it: the order of a real session.
        QAccessible::installUpdateHandler(&record);
        ui::protectSecretFields();
    }
    void TearDown() override { QAccessible::installUpdateHandler(nullptr); }

    // What a QLineEdit sends while `secret` is typed, a character removed, the caret and
    // selection moved, and the field cleared on submit (the whole text, in one event).
    static void sendTypingEvents(QLineEdit* field, const QString& secret)
    {
        for (int i = 0; i < secret.size(); ++i) {
            QAccessibleTextInsertEvent insert(field, i, secret.mid(i, 1));
            send(&insert);
            QAccessibleTextCursorEvent caret(field, i + 1);
            send(&caret);
        }
        QAccessibleTextRemoveEvent backspace(field, static_cast<int>(secret.size()) - 1, secret.right(1));
        send(&backspace);
        QAccessibleTextSelectionEvent selection(field, 0, static_cast<int>(secret.size()));
        send(&selection);
        QAccessibleValueChangeEvent value(field, secret);
        send(&value);
        QAccessibleTextUpdateEvent update(field, 0, secret, QString());
        send(&update);
        QAccessibleTextRemoveEvent cleared(field, 0, secret);
        send(&cleared);
        QAccessibleEvent focus(field, QAccessible::Focus);
        send(&focus);
    }
};

TEST_F(SecretFieldAccessibility, NoEventOfASecretFieldCarriesAnyOfItsCharacters)
{
    ui::SecretLineEdit field;
    field.setAccessibleName(QStringLiteral("Password"));
    QTest::keyClicks(&field, kSecret);
    sendTypingEvents(&field, kSecret);

    bool focusHeard = false;
    for (const Heard& event : heard()) {
        for (const QChar c : kSecret) {
            EXPECT_FALSE(event.text.contains(c)) << "event type " << event.type << " carries a character";
        }
        EXPECT_TRUE(event.type == QAccessible::Focus)
            << "only content-free events pass; heard type " << event.type;
        focusHeard = focusHeard || event.type == QAccessible::Focus;
    }
    EXPECT_TRUE(focusHeard) << "a screen reader still hears that the field has focus";
}

TEST_F(SecretFieldAccessibility, OtherFieldsStillSayWhatIsTyped)
{
    QLineEdit title;
    sendTypingEvents(&title, QStringLiteral("Sunday"));
    bool inserted = false;
    for (const Heard& event : heard()) {
        inserted = inserted || (event.type == QAccessible::TextInserted && event.text == QStringLiteral("S"));
    }
    EXPECT_TRUE(inserted) << "the filter stops secrets only";
    EXPECT_GT(heard().size(), static_cast<std::size_t>(kSecret.size()));
}

TEST_F(SecretFieldAccessibility, InterfaceGivesNameRoleAndAFixedMaskButNeverTheContent)
{
    QWidget window;
    auto& field = *new ui::SecretLineEdit(&window);
    field.setAccessibleName(QStringLiteral("Password"));
    auto& show = *new ui::ShowSecretToggle(&field, QStringLiteral("showSecret"), &window);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&field);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->role(), QAccessible::EditableText);
    EXPECT_TRUE(iface->state().passwordEdit) << "AT-SPI role 'password text'";
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Password"));
    ASSERT_NE(iface->textInterface(), nullptr);
    EXPECT_EQ(iface->editableTextInterface(), nullptr) << "nothing may be read back by editing either";
    EXPECT_TRUE(iface->text(QAccessible::Value).isEmpty()) << "empty says empty";
    EXPECT_EQ(iface->textInterface()->characterCount(), 0);

    for (const QString& typed : {QStringLiteral("ab1"), QString(kSecret + kSecret)}) {
        field.clear();
        QTest::keyClicks(&field, typed);
        for (const bool shown : {false, true}) {
            show.setChecked(shown);
            EXPECT_EQ(field.echoMode(), shown ? QLineEdit::Normal : QLineEdit::Password)
                << "Show still works";
            EXPECT_TRUE(iface->state().passwordEdit);
            QAccessibleTextInterface* text = iface->textInterface();
            const QString all = text->text(0, text->characterCount());
            EXPECT_EQ(all, ui::secretFieldMask()) << "a fixed mask says that something is typed";
            EXPECT_EQ(iface->text(QAccessible::Value), ui::secretFieldMask());
            EXPECT_EQ(text->characterCount(), ui::secretFieldMask().size()) << "the length is not told";
            EXPECT_EQ(text->cursorPosition(), text->characterCount());
            EXPECT_EQ(text->selectionCount(), 0);
            int start = 0;
            int end = 0;
            for (const QChar c : typed) {
                EXPECT_FALSE(all.contains(c));
                EXPECT_FALSE(text->textAtOffset(0, QAccessible::LineBoundary, &start, &end).contains(c));
                EXPECT_FALSE(iface->text(QAccessible::Description).contains(c));
            }
        }
    }
}

// Every password and recovery-code field of the app is a SecretLineEdit: nothing under ui/
// puts a plain QLineEdit into a hidden echo mode (only ShowSecretToggle switches a secret
// field between hidden and shown).
TEST(SecretFieldSources, EveryHiddenFieldInTheAppIsASecretLineEdit)
{
    const std::filesystem::path ui = std::filesystem::path(TWOFOLD_SOURCE_DIR) / "ui";
    const std::vector<std::string> allowed = {"SecretFieldAccessibility.cpp", "ShowSecretToggle.cpp"};
    int secretFields = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(ui)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || !(name.ends_with(".cpp") || name.ends_with(".h"))) {
            continue;
        }
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            for (const char* mode :
                 {"QLineEdit::Password", "QLineEdit::PasswordEchoOnEdit", "QLineEdit::NoEcho"}) {
                EXPECT_EQ(source.find(mode), std::string::npos)
                    << entry.path().string() << " hides a field's text itself: make it a SecretLineEdit";
            }
        }
        for (std::size_t at = source.find("new SecretLineEdit"); at != std::string::npos;
             at = source.find("new SecretLineEdit", at + 1)) {
            ++secretFields;
        }
    }
    // Login, new password and its confirmation, current password, Together's partner password,
    // the review's share password, the two restore consents, leaving the couple.
    EXPECT_GE(secretFields, 8);
}

class SecretFieldOnLogin : public UiTest
{
};

TEST_F(SecretFieldOnLogin, TheLoginFieldIsASecretFieldAndStillUnlocks)
{
    const auto partners = makeVault(vaultDir(), {{"Alex", "alex-demo-password", {}}});
    auto& window = startWindow();
    auto* field = child<QLineEdit>(window.loginScreen(), "passwordField");
    ASSERT_NE(field, nullptr);
    EXPECT_NE(qobject_cast<ui::SecretLineEdit*>(field), nullptr);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(field);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Password"));
    EXPECT_TRUE(unlockAs(1, QString::fromStdString(partners[0].password)));
}

} // namespace
} // namespace twofold::test
