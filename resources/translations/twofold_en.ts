<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <message>
        <source>A backup cannot be kept inside the vault folder: restoring replaces that folder, and the backup would be deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a place outside the vault folder, such as Documents or a USB drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had started to leave this couple space; that has now finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and your keys are deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces a partner&apos;s journal, so it needs that partner&apos;s current password or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each partner whose journal it replaces types their own. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal belongs to other accounts on this computer, and your account is not allowed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to your own account on this computer to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shared vault was made from your partner&apos;s login, and only that login can restore over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from your partner&apos;s login on this computer: you can still type your own password there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is older than the last time you used it: entries may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared couple file is older than the last time you used it: shared answers or reviews may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Twofold cannot choose which vault to open.</source>
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
    <name>PdfBook</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing in this range: no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is not encrypted. Keep it somewhere private, as you would a paper diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It includes %1&apos;s revealed answers, which they agreed to share with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts we answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(A prompt this version of Twofold no longer has.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This answer could not be read: it is damaged.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an earlier version; they have changed it since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed to both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingChart</name>
    <message>
        <source>Once you both share a check-in, it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewNotifier</name>
    <message>
        <source>Twofold: your weekly review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewReminder</name>
    <message>
        <source>Today is your review day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly review is ready whenever you are.</source>
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
<context>
    <name>twofold::ui</name>
    <message>
        <source>Weekly review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
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
        <source>Once you both share a check-in, it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in ratings from 1 to 5, %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a solid line with dots. %2: a dashed line with squares. A gap is &quot;rather not say&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3; %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from this step this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well between us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week&apos;s intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on %2&apos;s intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the shared file since it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins over the weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help each of you feel loved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week&apos;s intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each of you asked becomes the other&apos;s intention. Change it as you like, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::AppWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have left the couple space. Your journal and your keys are deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving did not finish. Unlock once more with your password to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have a backup from your last visit, restore it. Or continue with the files as they are; Twofold will not warn about them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::AppreciationsStep</name>
    <message>
        <source>One is plenty. Small things count: a cup of tea, a kind word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you appreciated about %1, %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you appreciate about each other this week? Each of you writes up to five things, in turn. You will see them together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::AutoBackupNote</name>
    <message>
        <source>No automatic backup was made: %1 Your review is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 — keeping only the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 — keeping the last %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup did not fit: the disk with %1 is full. Your older backups were kept, and your review is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup could not be written to %1. Check that the disk is connected and the folder belongs to you, or choose another folder in Settings. Your review is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup did not work: %1 Your review is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::CapsLockHint</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::CheckInForm</name>
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
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 distant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rather not say</source>
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
        <source>One thing I appreciated: rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing I need: rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here is required. Anything you leave out shows as “—”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::CheckInStep</name>
    <message>
        <source>Nothing here is required. Anything you leave out shows as “rather not say”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How connected have you felt this week? Four gentle questions, each of you in turn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ColourPicker</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::CurrentPasswordField</name>
    <message>
        <source>Your &amp;current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current password. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::DataSection</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up after each &amp;weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words are yours: take them out, bring them in, and keep a backup somewhere safe. A backup stays encrypted; an export does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to both of you: either of you can change it. Each backup is the whole vault, still encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up after each weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups (older ones are deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this couple space is no longer right for you, you can leave it on your own: your journal and your part of the shared space are deleted, after an export if you want one. Your partner&apos;s journal stays theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ve this couple…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold backups (*.twofold-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 (%2) to %3. The backup is still encrypted: each of you needs your own password (or recovery code) to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for both of you. The next backup is made when you save a weekly review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for both of you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::EntryDelegate</name>
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
    <name>twofold::ui::EntryEditor</name>
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
    <name>twofold::ui::EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ExportDialog</name>
    <message>
        <source>Export your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries and the answers you wrote, in a form other programs can read. The export is not encrypted: keep it somewhere only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON document (one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (a folder, one file per entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF book (to read or print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with these tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries (or tags separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include your partner&apos;s revealed answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no partner in this journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1&apos;s revealed answers (they agreed to share them with you; the export is not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the last one. Choose the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON document (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF book (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is not empty. Choose an empty folder, or make a new one, for a Markdown export. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It includes %1&apos;s revealed answers: keep it as private as your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is not encrypted: keep it somewhere only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::FirstRunFlow</name>
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
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving from another computer? Bring both journals back from a backup file.</source>
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
    <message>
        <source>Afterwards each of you opens Twofold in your own login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ImportDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from another journal app join your private journal. Entries already there are skipped, so importing twice adds nothing new. If a file cannot be read, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One (Journal.json from its export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl (jrnl --export json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (a folder of .md files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 already in your journal was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already in your journal were skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::InboxPage</name>
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
    <name>twofold::ui::InfoBar</name>
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
    <name>twofold::ui::JournalPage</name>
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
    <name>twofold::ui::LastIntentionsStep</name>
    <message>
        <source>Last week&apos;s intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week each of you chose something to do for the other. There is nothing to measure here. If you like, say a kind word about how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your first review together — there is nothing from last week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you noticed and were glad of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind word from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind word from %1 (if you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intention was changed outside Twofold, so it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intention was written down for %1 last week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::LeaveCoupleDialog</name>
    <message>
        <source>&amp;Export my journal first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving deletes your journal and your keys from this computer, and everything of yours in the space you share: your answers and check-ins, what you offered, the prompts you wrote, your intentions and the reviews you saved. Your partner keeps their own journal, untouched; they will see only that the couple space is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. It does not reach copies made before: backups, exports, or a copy of the vault folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Keep your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export holds your entries and your answers in a file only you can open on this computer. It is not encrypted: keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my journal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Leave, with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave and delete my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-journal.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON document (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n answers to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your password and deleting your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your password. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ListeningCards</name>
    <message>
        <source>Say back what you heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you answer, tell your partner what you heard, in your own words. Then ask gently: did I get that right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your reply down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you notice yourself preparing an answer, set it down for now. Your turn will come; this one is for hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: is there more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your partner pauses, ask whether there is more. What matters most is often said last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding is not agreeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see why your partner feels this way without agreeing with every word. Look for what makes sense, and say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts can wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said what, and when, can wait. For now, listen for what it was like for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it stings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanting to explain yourself is natural. Notice it, take a slow breath and keep listening; you will be heard too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::LoginScreen</name>
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
        <source>Restore from a backup…</source>
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
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces both partners&apos; journals on this computer with a backup&apos;s.</source>
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
        <source>Show recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
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
    <name>twofold::ui::LovedStep</name>
    <message>
        <source>What could %1 do this week to make you feel more loved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling loved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can I do this week to make you feel more loved? Each of you answers in turn; your answers become next week&apos;s intentions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::MainScreen</name>
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
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together. Lock ends it for both of you.</source>
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
        <source>Your partner has left the couple space. Your journal is yours as before, and your own answers stay in it, private. You can add a partner again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared file was changed behind your back: it held something in your name that you never agreed to reveal. Twofold removed it and revealed nothing; your answers are as you left them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set, and everything of yours is under new keys: your old password and old recovery code open nothing.</source>
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
    <message>
        <source>Since you last opened your journal, someone tried to unlock it once with a wrong password, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last opened your journal, someone tried to unlock it more than %1 times with a wrong password, most recently on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last opened your journal, someone tried to unlock it %1 times with a wrong password, most recently on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that was not you, you may want to choose a new password. This record can be erased or changed by anyone with access to the vault&apos;s files, and guesses against a copy of the files are never recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::NewPasswordDialog</name>
    <message>
        <source>&amp;Lock out anyone who knew my old password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypts your journal under new keys and gives you a new recovery code, so your old password opens nothing, not even an old copy of your files. It takes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will open with this password from now on. Your old password and your old recovery code stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock out and use this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal will open with this password from now on. Your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting your journal under new keys. This can take a minute; please keep Twofold open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::NewRecoveryCodeDialog</name>
    <message>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old recovery code stops working, and the new one is shown once: have paper ready. Your password stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::PartnerSetupPage</name>
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
    <name>twofold::ui::PasswordFields</name>
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
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the confirmation</source>
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
    <name>twofold::ui::PrivateTurnPanel</name>
    <message>
        <source>What you write here stays hidden until you have both had your turn. Then it is shown to both of you at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip my turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, please look away for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m %1, go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, this is just for you for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::PromptCard</name>
    <message>
        <source>Ans&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another &amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show all prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens this question with room to write. Only you can read what you write until you both agree to reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a different question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets this question aside for a week. Nobody else sees that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this question aside for a week. Nobody else sees that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shared question, with where each one stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only one waiting for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That one is resting for a week, and stays in the full list. Only you know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::PromptDetailPanel</name>
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
        <source>Keep this to yourself for now, answered or not. Your partner sees nothing of it.</source>
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
        <source>This prompt starts as private reflection. Your answer stays yours; reveal it only if and when you both want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is damaged and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written for the question: “%1”</source>
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
        <source>%1 · %2</source>
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
</context>
<context>
    <name>twofold::ui::PromptListPanel</name>
    <message>
        <source>&amp;Add our own prompt</source>
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
        <source>Our own prompts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::PromptsPage</name>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
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
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared file was changed behind your back: something under your name that you never agreed to reveal was put there. Twofold removed it and revealed nothing; your answer is as you left it.</source>
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
        <source>Not now is fine. This stays here, yours alone, for whenever you want to come back to it; %1 sees nothing of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have both agreed. %1&apos;s answer opens for you the next time %2 unlocks Twofold — or now, together.</source>
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
    <message>
        <source>One &amp;question at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for you right now. Every question here is answered or resting for a while. The whole list stays open, and you can add a question of your own whenever one comes to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::RatingChart</name>
    <message>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in ratings over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in ratings as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you both share a check-in, it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::RecoveryCodePage</name>
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
        <source>The printer “%1” may save your recovery code as a file instead of printing it on paper. Anyone who can use this computer, your partner too, could open that file and read the code, and with it your journal.

Print anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saves your recovery code in a file, not on paper:
%1

Anyone who can use this computer, your partner too, could open that file and read the code, and with it your journal. Paper kept somewhere private is safer.

Save the file anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold recovery code for %1

If you forget your password, this code opens your journal. Keep this paper somewhere safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::RecoveryCodeView</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::RestoreConsentStep</name>
    <message>
        <source>Only &amp;my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything: both journals and what you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s current password or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal goes back to the backup&apos;s; your partner&apos;s journal and what you share stay as they are. What you shared after the backup was made is taken back. Type your current password or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both journals and everything you share go back to the backup&apos;s. Each of you types your own current password or recovery code; the other looks away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::RestorePage</name>
    <message>
        <source>Twofold backups (*.twofold-backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up this computer &amp;first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to a new computer? Choose the backup file (.twofold-backup) you made on the old one. Both of your journals and everything you shared come back as they were when it was made, and each of you unlocks with the password you had then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file (.twofold-backup). What it replaces comes back as it was when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces journals on this computer with the ones in the backup: only yours (with your password), or both partners&apos; journals and what you share (with both passwords). Anything written here since that backup was made is gone from what it replaces. If you are not sure, back up this computer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Twofold backup, or it is damaged: it did not pass its checks. Nothing was changed. Try another copy of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Twofold. Update Twofold to restore it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold could not read that file. Check that the disk is connected and the file belongs to you. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
Made on %2 · %n files · %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1&apos;s current password or recovery code first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1&apos;s journal with the one in the backup made on %2?

Anything written in it since then will be gone. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace both partners&apos; journals and what you share with the backup made on %1?

Anything either of you wrote here since then will be gone. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not %1&apos;s current password or recovery code. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged: it did not pass its checks. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the backup could not be restored. Nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal in the backup is under keys that were replaced since (&quot;Lock out anyone who knew my old password&quot;). Restore everything instead, or choose a newer backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another vault: it holds no copy of this journal. Restore everything instead, or choose another backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the journal from the backup made on %1. Unlock it with the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup made on %1. Each of you unlocks with the password you had then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up this computer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not be backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s journals are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ReviewCalendar</name>
    <message>
        <source>Calendar of saved reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved reviews: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ReviewFlowPage</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appreciations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week&apos;s intentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling loved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ReviewHistoryPanel</name>
    <message>
        <source>E&amp;xport to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past reviews</source>
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
        <source>Your partner</source>
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
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Anyone who can open that file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins over the weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ReviewReopenView</name>
    <message>
        <source>The chosen review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ReviewStep</name>
    <message>
        <source>Nothing from this step this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ReviewSummaryView</name>
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
        <source>%1: %2</source>
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
        <source>Answers you have both revealed</source>
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
        <source>%1 offered “%2” (%3)</source>
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
        <source>Ready to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of you has agreed to share an answer to these. The other can share theirs now, with their password, or not now: that is always fine, and Twofold keeps no note of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to share an answer to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: share mine now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, your password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from the check-in this week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::SafetyPage</name>
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
        <source>Nobody can read your journal without your password or your recovery code: not your partner, not anyone else who uses this computer, not the makers of Twofold. Nothing you write is shared unless you choose to share it, and you never have to. &amp;ldquo;Not now&amp;rdquo; is always an answer, and it leaves nothing for your partner to see: an answer you have not agreed to share is not even known to exist.</source>
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
        <source>Once you agree to share an answer, your partner can see that you did (never what you wrote) until they share theirs. In the weekly review you sit at one keyboard: the window shows only the review and what you have both shared, sharing anything more asks for your own password, and Lock ends the review for both of you. A file you export or print can be opened by anyone who can use this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate logins protect more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you share one login on this computer, your partner uses the same account as you. Your password still keeps your journal unreadable, but someone in your login can install a program that records what you type, replace Twofold with a changed copy, or put back older copies of everything at once. When each of you has your own login (without administrator rights), your partner cannot do those things in yours: Twofold keeps your journals where only your two logins can open them, and what only you should remember stays in your own login. If you can, give each of you a login of your own.</source>
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
    <name>twofold::ui::SaveStep</name>
    <message>
        <source>&amp;Save our review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving keeps this week&apos;s review for both of you: what you revealed, what you wrote together, and your intentions for the week ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s intention: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is saved. Thank you both for taking the time. When you are ready, End Together locks Twofold, and each of you unlocks alone again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::SettingsPage</name>
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
        <source>Make a &amp;new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
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
        <source>Your new recovery code is made; the old one no longer works.</source>
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
    <message>
        <source>A &amp;desktop notification on the review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification on the review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says only &quot;Twofold: your weekly review&quot;. This is your choice; your partner makes their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::SharedLoginPage</name>
    <message>
        <source>We share &amp;one login on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner has their &amp;own login on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you each have your own login?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate logins are safer, and we recommend them where you can have them: your partner then cannot install a program in your login that records what you type, replace your copy of Twofold, or turn back what only your login remembers. With one shared login, your password and recovery code still keep your journal private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use two logins, whoever looks after this computer runs “sudo twofold setup-shared” once (installing Twofold&apos;s package does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other login on this computer yet. You can move your journals to two logins later from the command line (“twofold share --move”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journals will be kept where only your two logins can open them. When %1 starts Twofold in their own login, it opens them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journals will be kept in this login&apos;s own folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::SharedNote</name>
    <message>
        <source>This note is a little too long to keep. Shorten it a bit and it will be saved; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::ShowSecretToggle</name>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what you type, if nobody can see your screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::SideBySideStep</name>
    <message>
        <source>Please type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password did not work. Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved answer to share yet. You can write one on your own Prompts page whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::TalkStep</name>
    <message>
        <source>One thing to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there is something either of you would like to talk through, choose one thing. One speaks while the other listens, then you swap. You can also leave it for another week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words, what would you like to talk about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose topic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose topic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words, what mattered most to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to swap, if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks, %2 listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are ready, %1 speaks first and %2 listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I heard, by %1 (if you like)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::TalkTimer</name>
    <message>
        <source>Talk timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::TogetherJoinPanel</name>
    <message>
        <source>Together</source>
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
        <source>To restore from a backup, both of you lock and choose Restore on the unlock screen. Or continue with the files as they are; Twofold will not warn about them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::TogetherPage</name>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start our weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s review is done. The next one is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week, sit down together, one step at a time: what you appreciated, what went well, a check-in, one thing to talk about, and what would help each of you feel loved. What you each write privately is shown to both of you at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first weekly review is on %1. You can also hold one now, whenever you are both here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::VaultCheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every file of the vault, your journal and what you can read of the shared space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what you can read is checked: your partner&apos;s private journal is checked as a file, not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s journal (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything checked is sound: %1 checks, no damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage found: %1. Make no changes for now. Restore your latest backup: lock, then choose &quot;Restore from a backup…&quot; on the unlock screen (or run &quot;twofold restore&quot;); docs/BACKUP.md explains it step by step. If you have no backup, keep a copy of the vault folder before trying anything else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ui::WentWellStep</name>
    <message>
        <source>What went well between us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think of a moment this week when things felt easy between you: a laugh, a kindness, a small thing done well together. Each of you can write a few words, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, as %1 saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words are kept as you write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
