// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The subcommands: their options, arguments and help text.
#include "cli/CommandLine.h"

#include <algorithm>
#include <limits>

#ifndef TWOFOLD_VERSION
#define TWOFOLD_VERSION "unknown"
#endif

namespace twofold::cli {

namespace {

constexpr OptionSpec kDemoOptions[] = {{"force", ""}};
constexpr OptionSpec kWriteOptions[] = {{"title", "TITLE"}, {"tag", "TAG"},     {"mood", "1-5"},
                                        {"kind", "KIND"},   {"attach", "FILE"}, {"keep-location", ""}};
constexpr OptionSpec kAttachOptions[] = {{"keep-location", ""}};
constexpr OptionSpec kListOptions[] = {{"limit", "N"}, {"json", ""}};
constexpr OptionSpec kSearchOptions[] = {{"limit", "N"}, {"json", ""}};
constexpr OptionSpec kShowOptions[] = {{"json", ""}};
constexpr OptionSpec kPasswdOptions[] = {{"new-password-fd", "N"}, {"new-recovery-code", ""}, {"rekey", ""}};
constexpr OptionSpec kLeaveOptions[] = {{"export", "FILE"}, {"without-export", ""}};
constexpr OptionSpec kBackupOptions[] = {{"out", "FILE"}};
constexpr OptionSpec kRestoreOptions[] = {{"force", ""}, {"only-my-journal", ""}};
constexpr OptionSpec kVerifyOptions[] = {{"backup", "FILE"}, {"accept-older", ""}};
constexpr OptionSpec kExportOptions[] = {{"format", "FORMAT"}, {"out", "PATH"}, {"from", "DATE"},
                                         {"to", "DATE"},       {"tag", "TAG"},  {"with-partner-answers", ""}};
constexpr OptionSpec kImportOptions[] = {{"format", "FORMAT"}, {"dry-run", ""}, {"timezone", "ZONE"}};
constexpr OptionSpec kPromptsOptions[] = {{"json", ""}, {"state", "STATE"}};
constexpr OptionSpec kAnswerOptions[] = {{"reveal", ""}};
constexpr OptionSpec kJsonOnly[] = {{"json", ""}};
constexpr OptionSpec kCreateOptions[] = {{"name", "NAME"}, {"colour", "#RRGGBB"}};
constexpr OptionSpec kEnrolOptions[] = {{"name", "NAME"}, {"colour", "#RRGGBB"}, {"new-password-fd", "N"}};
constexpr OptionSpec kShareOptions[] = {{"move", ""}};
constexpr OptionSpec kUnshareOptions[] = {{"to", "DIR"}};
constexpr std::span<const OptionSpec> kNoOptions;

constexpr std::size_t kUnlimited = std::numeric_limits<std::size_t>::max();

const CommandSpec kCommands[] = {
    {"demo", "demo [--force]", "Make a demo vault with two partners, Alex and Sam",
     "Makes a vault with two partners and a few dozen entries each, for trying Twofold out:\n"
     "  Alex, password alex-demo\n"
     "  Sam,  password sam-demo\n"
     "The passwords are public, so keep nothing real in a demo vault.\n\n"
     "  --force   Replace an existing vault in that folder (it is deleted; only a folder\n"
     "            holding a Twofold keyring.db is ever deleted)\n",
     kDemoOptions, 0, 0},
    {"write", "write [--title TITLE] [--tag TAG]... [--mood 1-5] [--kind KIND]... [--attach FILE]...",
     "Write a new entry (its text comes from standard input)",
     "Reads the entry's text (Markdown) from standard input until end of input and saves it\n"
     "in your journal. Prints the new entry's id.\n\n"
     "  --title TITLE   The entry's title\n"
     "  --tag TAG       A tag; repeat for more\n"
     "  --mood 1-5      How you feel, 1 (low) to 5 (good)\n"
     "  --kind KIND     emotional, physical, sexual or spiritual; repeat or separate with commas\n"
     "  --attach FILE   A photo (JPEG, PNG, WebP or GIF, at most 25 MB), kept inside your\n"
     "                  encrypted journal; repeat for more. Each is checked before anything is saved\n"
     "  --keep-location Keep the photos' metadata (EXIF, XMP: place, time, camera); by default\n"
     "                  it is removed\n\n"
     "Example:\n"
     "  echo 'We walked by the river.' | twofold --partner Alex write --title Sunday --tag walks\n",
     kWriteOptions, 0, 0},
    {"list", "list [--limit N] [--json]", "List your entries, newest first",
     "  --limit N   At most N entries (default 20; 0 lists them all)\n"
     "  --json      One JSON array: id, title, created, updated (ISO 8601, UTC), mood,\n"
     "              kinds, tags, firstLine\n",
     kListOptions, 0, 0},
    {"search", "search [--limit N] [--json] WORDS...", "Search your entries",
     "Finds entries whose title, text or tags contain every word (the last word may be\n"
     "the start of a word).\n\n"
     "  --limit N   At most N results (default 50, at most 500)\n"
     "  --json      One JSON array: id, title, snippet, highlights (byte ranges of the\n"
     "              snippet that matched, as [start, end] pairs), created\n",
     kSearchOptions, 1, kUnlimited, "something to search for"},
    {"show", "show [--json] ID", "Show one entry",
     "Prints the entry's title, dates, mood, kinds and tags, then its text, then its photos\n"
     "(id, name, type, size in pixels, size).\n\n"
     "  --json   One JSON object: id, title, body, created, updated, mood, kinds, tags,\n"
     "           attachments (id, fileName, mimeType, width, height, byteSize)\n",
     kShowOptions, 1, 1, "an entry id"},
    {"attach", "attach [--keep-location] ID FILE", "Attach a photo to an entry",
     "Keeps the photo FILE (JPEG, PNG, WebP or GIF, at most 25 MB) inside your encrypted\n"
     "journal, after the entry's other photos, and prints its id. Where and when it was\n"
     "taken (EXIF, XMP, IPTC, comments) is removed first; the picture's orientation is kept.\n"
     "The file itself is left as it is.\n\n"
     "  --keep-location   Keep the photo's metadata as it is (still encrypted)\n\n"
     "Example:\n"
     "  twofold --partner Alex attach 12 ~/Pictures/river.jpg\n",
     kAttachOptions, 2, 2, "an entry id and a photo file"},
    {"passwd", "passwd [--rekey] [--new-password-fd N] | passwd --new-recovery-code",
     "Change your password or recovery code",
     "Asks for your current password, then the new one twice. Your entries are not\n"
     "re-encrypted, so this is quick; your recovery code keeps working. It does not lock\n"
     "out the old password: anyone who knew it and kept a copy of keyring.db can still\n"
     "open your journal with that copy, including what you write after the change.\n"
     "--rekey does lock them out.\n\n"
     "  --rekey               Lock out anyone who knew my old password: new keys for\n"
     "                        everything, your journal re-encrypted, and a new recovery\n"
     "                        code shown once (the old code stops working). Takes longer;\n"
     "                        safe to interrupt: afterwards either the old or the new\n"
     "                        password works, and the next unlock finishes the change\n"
     "  --new-password-fd N   Read the new password from file descriptor N (once, up to a\n"
     "                        newline) instead of asking on the terminal\n"
     "  --new-recovery-code   After your current password, make a new recovery code and\n"
     "                        show it once; the old code stops working. The password\n"
     "                        stays as it is\n",
     kPasswdOptions, 0, 0},
    {"leave", "leave --export FILE | leave --without-export",
     "Leave this couple: delete your journal and your part of the couple space",
     "Asks for your password, then deletes your journal, your keys and everything of yours\n"
     "in the shared couple file (answers, check-ins, offers, grants, prompts you wrote, your\n"
     "intentions and the reviews you saved). Your partner's journal is untouched; they see\n"
     "only that the couple space is closed, and can start again with someone else. This\n"
     "cannot be undone, and it does not reach copies made before (backups, exports).\n\n"
     "  --export FILE      First write your journal and your answers to FILE (JSON, readable\n"
     "                     only by you, not encrypted; 'twofold import --format twofold-json'\n"
     "                     reads it back). If it cannot be written, nothing is deleted\n"
     "  --without-export   Leave without an export\n\n"
     "With no password (no terminal and no --password-fd) or a wrong one, nothing changes.\n"
     "Safe to interrupt: afterwards you are either still in the couple, or leaving finishes\n"
     "the next time you unlock.\n\n"
     "Example:\n"
     "  twofold --partner Alex leave --export ~/alex-journal.json\n",
     kLeaveOptions, 0, 0},
    {"prompts", "prompts [--json] [--state STATE]", "List the shared prompts and where each stands for you",
     "Every prompt you both see, with its state for you: not answered, waiting for you\n"
     "(to answer, or to agree to reveal), waiting for your partner, revealed, or the\n"
     "shared file was changed (Twofold removed what you never agreed to reveal). Your\n"
     "partner's words are never shown here.\n\n"
     "  --state STATE   Only prompts in one state: not-answered, waiting-for-you,\n"
     "                  waiting-for-partner, revealed or shared-file-changed\n"
     "  --json          One JSON array: id, pack, text, followUp, privateByDefault, state,\n"
     "                  answeredByMe, agreedByMe, answeredByPartner,\n"
     "                  earlierPartnerVersionReadable\n",
     kPromptsOptions, 0, 0},
    {"answer", "answer [--reveal] PROMPT_ID", "Answer a shared prompt (the answer comes from standard input)",
     "Reads your answer from standard input until end of input. Answering again makes a\n"
     "new version, which needs both of you to agree again before it is revealed.\n"
     "Your partner can read your answer only once you have both answered and both agreed.\n\n"
     "  --reveal   Agree to reveal it now (the same as 'twofold reveal PROMPT_ID' afterwards)\n",
     kAnswerOptions, 1, 1, "a prompt id (see 'twofold prompts')"},
    {"reveal", "reveal PROMPT_ID", "Agree to reveal your answer to a prompt",
     "Your answer is revealed, and you can read your partner's, once you have both\n"
     "answered and both agreed.\n",
     kNoOptions, 1, 1, "a prompt id (see 'twofold prompts')"},
    {"hold", "hold PROMPT_ID", "Take back your agreement to reveal, before it is revealed",
     "Withdraws your agreement to reveal your answer. Once it is revealed, holding back is\n"
     "too late: 'twofold retract PROMPT_ID' takes it back, but what was read cannot be unread.\n",
     kNoOptions, 1, 1, "a prompt id (see 'twofold prompts')"},
    {"retract", "retract PROMPT_ID", "Take back a revealed answer",
     "Neither of you can open the other's answer to this prompt any more, and your\n"
     "agreement to reveal is withdrawn. What your partner has already read cannot be unread.\n",
     kNoOptions, 1, 1, "a prompt id (see 'twofold prompts')"},
    {"read", "read [--json] PROMPT_ID", "Read your answer to a prompt, and your partner's once revealed",
     "Shows the prompt, your answer, and your partner's answer once it is revealed to you\n"
     "(until then: \"not revealed yet\").\n\n"
     "  --json   One JSON object: id, text, state, mine, partner (each null or\n"
     "           {damaged, text}), partnerIsEarlierVersion\n",
     kJsonOnly, 1, 1, "a prompt id (see 'twofold prompts')"},
    {"offer", "offer ENTRY_ID", "Offer your partner a copy of one of your entries",
     "Copies the entry and offers it to your partner; it waits in their inbox until they\n"
     "choose to read it. Your journal itself stays private.\n",
     kNoOptions, 1, 1, "an entry id"},
    {"inbox", "inbox [--json]", "Entries your partner has offered you",
     "Lists the offered entries, newest first, as new, not now or read; no titles or text\n"
     "until you choose to read one.\n\n"
     "  --json   One JSON array: id, from, offered (ISO 8601, UTC), response (new, not-now, read)\n",
     kJsonOnly, 0, 0},
    {"accept", "accept [--json] OFFER_ID", "Read an entry your partner offered you",
     "Shows the offered entry (the first few digits of its id are enough).\n\n"
     "  --json   One JSON object: id, from, title, body, promptId, written, offered\n",
     kJsonOnly, 1, 1, "an offer id (see 'twofold inbox')"},
    {"not-now", "not-now OFFER_ID", "Leave an offered entry for later",
     "Keeps the offer in your inbox for later. This is recorded in your journal only: your\n"
     "partner sees the offer exactly as before.\n",
     kNoOptions, 1, 1, "an offer id (see 'twofold inbox')"},
    {"backup", "backup --out FILE", "Back up the whole vault into one file (no password needed)",
     "Writes every file of the vault, still encrypted, into FILE with a manifest and\n"
     "checksums. Needs no password and works while Twofold is open: each database is\n"
     "copied as one consistent snapshot. FILE is written next to itself first\n"
     "(FILE.partial) and renamed when complete.\n\n"
     "  --out FILE   Where to write the backup\n\n"
     "Example:\n"
     "  twofold --vault ~/vault backup --out /media/usb/twofold-2026-11-21.twofold-backup\n",
     kBackupOptions, 0, 0},
    {"restore", "restore [--force | --only-my-journal] FILE", "Restore a vault from a backup file",
     "Checks every checksum first; a damaged backup restores nothing. Restores into\n"
     "--vault DIR, which must be empty or missing unless --force is given. The files are\n"
     "written into a new folder next to DIR and renamed into place when complete.\n"
     "Onto an empty or missing folder no password is needed. Over a vault, it asks for the\n"
     "current password or recovery code of every partner whose journal it replaces (on the\n"
     "terminal, or one a line from --password-fd N, in the order the partners joined);\n"
     "without them nothing is restored.\n\n"
     "  --force             Replace the whole vault in DIR: both journals and what you share\n"
     "                      (only a folder holding a Twofold vault is ever replaced, and never\n"
     "                      while Twofold has it open). Needs both partners' passwords.\n"
     "  --only-my-journal   With --partner NAME: replace only that partner's journal with the\n"
     "                      backup's (a backup of this vault); the other journal and what you\n"
     "                      share stay. Needs only that partner's password.\n\n"
     "Example:\n"
     "  twofold --vault ~/vault restore /media/usb/twofold-2026-11-21.twofold-backup\n"
     "  twofold --partner Alex restore --only-my-journal /media/usb/twofold-2026-11-21.twofold-backup\n",
     kRestoreOptions, 1, 1, "a backup file"},
    {"verify", "verify [--backup FILE] [--accept-older]", "Check the vault (or a backup file) for damage",
     "Without --partner: checks the keyring and that every database is encrypted.\n"
     "With --partner NAME (and their password): also runs SQLCipher's\n"
     "cipher_integrity_check and integrity_check on their journal and the couple\n"
     "database, and opens every shared item that partner may read. Prints each check;\n"
     "exits 3 if anything is damaged.\n\n"
     "  --backup FILE   Check a backup file's checksums instead (nothing is restored)\n"
     "  --accept-older  With --partner: your journal or the shared couple file is older than\n"
     "                  the last time you used it (every other command exits 3 and says so);\n"
     "                  continue with the files as they are, recorded as seen from now on\n\n"
     "Examples:\n"
     "  twofold verify\n"
     "  twofold --partner Alex verify\n"
     "  twofold --partner Alex verify --accept-older\n"
     "  twofold verify --backup /media/usb/twofold-2026-11-21.twofold-backup\n",
     kVerifyOptions, 0, 0},
    {"export",
     "export --format json|markdown|pdf --out PATH [--from DATE] [--to DATE] [--tag TAG]... "
     "[--with-partner-answers]",
     "Export your journal and your answers (JSON, Markdown or a PDF book)",
     "Writes your journal, and the prompts you answered with your answers, in a form any\n"
     "program can read (docs/EXPORT_FORMAT.md). The export is NOT encrypted.\n\n"
     "  --format FORMAT          json: one file; markdown: a new folder with one .md file per\n"
     "                           entry (YAML front matter) and answers/answers.md; pdf: a\n"
     "                           printable A4 book with a cover, contents and page numbers\n"
     "  --out PATH               The file or folder to write (written as PATH.partial, then renamed)\n"
     "  --from DATE, --to DATE   Only entries written in this range (YYYY-MM-DD, your time zone;\n"
     "                           --to includes that whole day)\n"
     "  --tag TAG                Only entries with this tag; repeat for any of several\n"
     "                           (answers have no tags and are left out)\n"
     "  --with-partner-answers   Also your partner's answers that are revealed to you (off by\n"
     "                           default; nothing of theirs that is not revealed is ever exported)\n\n"
     "Example:\n"
     "  twofold --partner Alex export --format markdown --out ~/alex-journal --from 2026-01-01\n"
     "  twofold --partner Alex export --format pdf --out ~/alex-journal.pdf\n",
     kExportOptions, 0, 0},
    {"import", "import --format FORMAT [--dry-run] [--timezone ZONE] PATH",
     "Import entries from Day One, jrnl, Markdown or a Twofold export",
     "Adds the entries in PATH to your journal, all in one go: if any file is bad, nothing is\n"
     "imported and the file and position are named. Entries already in your journal (the\n"
     "same title, text and time; for times written without a zone, the same wall-clock time\n"
     "under any --timezone) are skipped, so importing twice is harmless. It ends with a\n"
     "summary: what came in, what was skipped and why, and what Twofold could not keep\n"
     "(photos, locations, weather, starred marks).\n\n"
     "  --format FORMAT   dayone-json   Day One's export: the .zip, its folder unzipped, or one .json\n"
     "                    jrnl          any jrnl file: its journal file ([2024-01-05 09:30] Title),\n"
     "                                  --export json (the journal, or a folder of one file per\n"
     "                                  entry) or --export md; times are in your time zone\n"
     "                    jrnl-json     jrnl --export json only\n"
     "                    markdown      a folder of .md files (subfolders too), or one file; front matter\n"
     "                                  (title, created or date, updated, tags, mood, kinds) optional\n"
     "                    twofold-json  a Twofold JSON export\n"
     "  --dry-run         Show the summary without writing anything\n"
     "  --timezone ZONE   The zone of times written without one (jrnl, front matter): a name\n"
     "                    like Europe/Berlin, UTC or an offset like +02:00 (default: this\n"
     "                    computer's zone)\n\n"
     "Example:\n"
     "  twofold --partner Alex import --format dayone-json ~/Downloads/Journal.json\n",
     kImportOptions, 1, 1, "a file or folder to import"},
    {"create", "create --name NAME [--colour #RRGGBB]", "Make a new vault with the first partner's journal",
     "Makes a vault in --vault DIR with one partner. Asks for their new password twice (or\n"
     "reads it once from --password-fd) and shows their recovery code once. The second\n"
     "partner joins with 'twofold --partner NAME enrol --name THEIRS'.\n",
     kCreateOptions, 0, 0},
    {"enrol", "enrol --name NAME [--colour #RRGGBB] [--new-password-fd N]",
     "Add the second partner (the first partner unlocks)",
     "The first partner (--partner) unlocks, because the couple's key comes from their\n"
     "journal; then the new partner chooses a password (typed twice, or read once from\n"
     "--new-password-fd N) and is shown their recovery code once.\n",
     kEnrolOptions, 0, 0},
    {"share", "share [--move] OSUSER", "Share the vault with your partner's own login on this computer",
     "Gives the account OSUSER (your partner's login) read and write to the vault and to\n"
     "every file made in it later; no other account can open or list it. Asks the\n"
     "password of every partner in the vault. Refused when OSUSER could never reach the\n"
     "folder (inside your home folder, for example): then --move moves the vault to the\n"
     "shared place (/var/lib/twofold, made once by 'sudo twofold setup-shared'), where\n"
     "Twofold finds it by itself in your partner's account.\n",
     kShareOptions, 1, 1, "your partner's login name"},
    {"unshare", "unshare --to DIR", "Move a shared vault back into one account",
     "Moves the vault to DIR, readable by this account alone (0700, files 0600, no access\n"
     "lists). Asks the password of every partner in the vault.\n",
     kUnshareOptions, 0, 0},
    {"setup-shared", "setup-shared", "Make the shared place for vaults of two logins (root, once)",
     "Makes /var/lib/twofold, owned by root, mode 1733: every account may make a vault\n"
     "folder there and none may list or remove another's. Safe to run again. The .deb\n"
     "runs it when installing; after a from-source install run 'sudo twofold setup-shared'.\n",
     kNoOptions, 0, 0},
    {"help", "help [COMMAND]", "Show help for a command", "", {}, 0, 1},
};

} // namespace

std::span<const CommandSpec> commandSpecs()
{
    return kCommands;
}

const CommandSpec* findCommand(std::string_view name)
{
    for (const CommandSpec& command : kCommands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

std::string overallHelp()
{
    std::string text = "Usage: twofold [--vault DIR] [--partner NAME] [--password-fd N] COMMAND [options]\n"
                       "       twofold [--vault DIR]      (no command: open the Twofold window)\n"
                       "\n"
                       "A private journal for two. Each partner's journal is encrypted with their own\n"
                       "password; the other partner cannot read it.\n"
                       "\n"
                       "Commands:\n";
    std::size_t width = 0;
    for (const CommandSpec& command : kCommands) {
        width = std::max(width, command.name.size() + 2);
    }
    for (const CommandSpec& command : kCommands) {
        std::string name(command.name);
        name.resize(width, ' ');
        text += "  " + name + std::string(command.summary) + "\n";
    }
    text += "\n"
            "Global options:\n"
            "  --vault DIR        The vault folder (default: $TWOFOLD_VAULT, else your data folder)\n"
            "  --partner NAME     Whose journal: a partner's name (any case) or id\n"
            "  --password-fd N    Read the password from file descriptor N, up to a newline,\n"
            "                     instead of asking on the terminal\n"
            "  -h, --help         Show this help; after a command, that command's help\n"
            "  --version          Show the version\n"
            "\n"
            "Exit codes: 0 done, 1 usage error, 2 wrong password or unknown partner,\n"
            "3 damaged vault data, 4 I/O error (disk full, permissions, no vault, vault in use).\n"
            "Run 'twofold COMMAND --help' for a command's options.\n";
    return text;
}

std::string commandHelp(const CommandSpec& command)
{
    std::string text = "Usage: twofold [--vault DIR] ";
    if (command.name != "demo" && command.name != "help") {
        text += "--partner NAME [--password-fd N] ";
    }
    text += std::string(command.synopsis) + "\n\n" + std::string(command.summary) + ".\n";
    if (!command.details.empty()) {
        text += "\n" + std::string(command.details);
    }
    return text;
}

std::string versionText()
{
    return "twofold " TWOFOLD_VERSION "\n";
}

} // namespace twofold::cli
