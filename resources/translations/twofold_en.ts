<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapsLockHint</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer to my partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what is on your mind. Markdown works: *italic*, **bold**, # headings, - lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 intimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text as it reads (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into your journal (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your partner a copy of this entry to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept safe · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: your text is still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote is stored encrypted. Press Save to add it to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Something you entered could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password did not open this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Caps Lock and try again, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Twofold and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Twofold vault is made for two people, and both places are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyring.db) is damaged or was changed outside Twofold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the vault folder from a backup. Your journals cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file in the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the vault folder from a backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file in the vault does not belong to this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been replaced. Restore the vault folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal file in the vault is not encrypted, so Twofold will not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may have replaced it. Restore the vault folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file asks for weaker password protection than Twofold allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been tampered with. Restore the vault folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so Twofold could not save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space; your text is still here and you can save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold could not read or write the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is connected and that the folder belongs to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold is already open with this vault, in another window or by another person on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Twofold vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Twofold again to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Twofold vault already exists in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Twofold again to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Twofold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Twofold to open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Twofold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved entries are safe. Please try again, and report it if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <source>Your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with one of you. Choose your name, a colour that will mark your journal, and a password only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! This journal is yours alone. Choose your name, your own colour, and a password your partner does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Twofold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold is a journal for the two of you: each writes privately, and together you reflect on your relationship, one question at a time. What you write stays private to you, nothing reaches your partner unless you both agree, and nothing ever leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the keyboard to your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my partner &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my partner now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you choose Later, you can add your partner any time from your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now your partner creates their own journal, with their own password. %1, this is a good moment to look away while they type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>&amp;Read now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it aside. Your partner is not told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries you offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry, offered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing offered to you right now. When your partner offers you an entry from their journal, it waits here until you choose to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner offered you these entries. Read one when you are ready; &quot;Not now&quot; puts it aside without telling them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · offered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back this offer? Your partner will no longer be able to open it in Twofold. If they have already read it, what was read cannot be unread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry on the left, or start a new one.

Everything you write here is encrypted and yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unfinished entry is back, just as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your journal matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is empty.
Write your first entry whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Who is writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner can get their own journal: unlock yours and choose 쫝 your partner”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name to unlock your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enter your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my &amp;password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a recovery code. It has 32 letters and digits in groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code did not open %1&apos;s journal. Check it against your paper and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password did not open %1&apos;s journal. Check Caps Lock and try again, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainScreen</name>
    <message>
        <source>%1&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;fety and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Twofold now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox, one new offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox, %1 new offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this entry to your partner?

They will get a copy of its title and text as it is now, and can read it whenever they choose. Later edits stay private. You can take the offer back, but what they have read cannot be unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered. Your partner will find it in their inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened your journal with your recovery code. Choose a new password now, so you can unlock with it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last opened your journal, someone tried to unlock it once with a wrong password, on %1. If that was not you, you may want to choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last opened your journal, someone tried to unlock it %1 times with a wrong password, most recently on %2. If that was not you, you may want to choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has their own journal now, and can unlock it from the unlock screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will open with this password from now on. Your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerSetupPage</name>
    <message>
        <source>&amp;Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your partner knows you by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting your journal with your password… this takes a moment on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner already uses that name. Please choose another, so the two of you can tell your journals apart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>A few unrelated words make a strong password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add a few more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a little longer would be safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <source>&amp;Add our own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal when we both agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question for both of you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answer. Only you can read it until you both agree to reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is shown to your partner only when you have both answered and both agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your answer private for now. Your partner only sees &quot;not revealed yet&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your answer (possible until it has been revealed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving an edit makes a new version: it is shown to your partner only after you both agree again. The revealed version stays until you retract it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prompt starts as private reflection. Your answer stays yours; reveal it only if and when you both want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is damaged and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This is the version %1 revealed earlier; they have edited it since.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept safe (only you can read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both agreed: your answers are revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer will be revealed when %1 has answered and agreed too. Until then only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Only you can read it until you both agree to reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer has already been revealed. You can retract it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept private for now. %1 sees only that it is not revealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your answer to this prompt? It has not been revealed, so nobody else has read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract this answer? Neither of you will be able to open the other&apos;s answer to this prompt in Twofold any more.

%1 may already have read yours. What was read cannot be unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted. %1 may have read it before; that cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to &quot;Our own prompts&quot;. Your partner sees it too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;wrote it down and will keep it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I wrote it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, if you ever forget your password, this code is the only other way into your journal. Nobody can reset it for you, not even your partner. Write it on paper now and keep it somewhere your partner will not look. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold recovery code for %1

If you forget your password, this code opens your journal. Keep this paper somewhere safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewReminder</name>
    <message>
        <source>Your weekly review is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly review was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold is made for partners who feel safe with each other. If you do not feel safe with your partner &amp;mdash; if you are afraid of them, or they hurt, threaten or control you, or push you to share &amp;mdash; then working on intimacy is not the priority. Your safety is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is yours alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can read your journal without your password or your recovery code: not your partner, not anyone else who uses this computer, not the makers of Twofold. Nothing you write is shared unless you choose to share it, and you never have to. &amp;ldquo;Not now&amp;rdquo; is always an answer, and your partner only ever sees &amp;ldquo;not revealed yet&amp;rdquo;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your partner can still see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be honest about the limits: your partner can see that you have a journal here, your name and colour on the unlock screen, and the size of your journal file and when it last changed. A file that grows suggests that you write, though not what or how much exactly. They can also see that Twofold is installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domestic-violence or family-violence hotline in your country. They listen, help you think through your options and make a safety plan. Many offer chat or text when a call is not safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor, counsellor or therapist you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend or family member you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your partner may look at this computer or your phone, consider searching for help on a device they cannot use. Twofold itself never connects to the internet and keeps nothing online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deserve to be safe, and to be treated with care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack&apos;s prompts appear when you both have it on. Your choice is yours; your partner makes their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About your recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review day is shared: it changes for both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner has this pack off, so its prompts are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(off for your partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code is the 32 letters and digits you wrote down when you set up your journal. If you forget your password, choose &quot;Use recovery code&quot; on the unlock screen, type it in, and then choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the paper somewhere your partner and others cannot reach. Nobody, not even Twofold, can open your journal without your password or this code: if both are lost, your journal cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Plum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terracotta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TogetherPage</name>
    <message>
        <source>Emotional connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiritual connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week, sit down together: a private check-in each, revealed to both of you at once, the answers you have shared, and one intention each for the week ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start our weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you are together, this window holds both of your keys. Lock, or a few minutes without use, ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 distant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I appreciated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I &amp;appreciated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done, hide my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One intention each for the week ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save our review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly review is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly review was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s review is done. The next one is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, please type your password to join %2 for the weekly review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password did not work. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, please look away for a moment. %2&apos;s answers are hidden when they press Done, and both check-ins are revealed together once you have both finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appreciated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers you have revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offered &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for one of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agrees to reveal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is saved. Together mode has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appreciated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentions for the week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Anyone who can open that file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
