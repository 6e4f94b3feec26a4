// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/ImportSummary.h"

#include <string>
#include <string_view>

namespace twofold::cli {

namespace {

std::string counted(std::size_t n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

} // namespace

void printImportSummary(std::ostream& out, const ImportReport& r, std::string_view zone)
{
    // The first line as it always was, so scripts that read it keep working.
    if (r.dryRun) {
        out << "Would import " << counted(r.imported, "entry", "entries");
        if (r.duplicates > 0) {
            out << "; " << r.duplicates << " already in your journal would be skipped";
        }
        out << ". Nothing was written: this was a dry run.\n";
    } else {
        out << "Imported " << counted(r.imported, "entry", "entries");
        if (r.duplicates > 0) {
            out << "; " << r.duplicates << " already in your journal " << (r.duplicates == 1 ? "was" : "were")
                << " skipped";
        }
        out << ".\n";
    }
    if (r.files > 1) {
        out << "Read " << counted(r.read, "entry", "entries") << " from " << counted(r.files, "file", "files")
            << ".\n";
    }
    if (r.withoutText > 0) {
        out << "Skipped " << counted(r.withoutText, "entry", "entries")
            << " with no words (nothing to keep but a photo, or an empty page).\n";
    }
    if (r.hiddenFoldersSkipped > 0) {
        out << "Skipped " << counted(r.hiddenFoldersSkipped, "hidden folder", "hidden folders")
            << " (like .obsidian or .trash): they hold an app's settings, not entries.\n";
    }
    if (r.otherFilesSkipped > 0) {
        out << "Skipped " << counted(r.otherFilesSkipped, "file", "files") << " in the folder that "
            << (r.otherFilesSkipped == 1 ? "is" : "are")
            << " not jrnl's (no entry starting \"[2024-01-05 09:30] Title\", no JSON, no jrnl Markdown).\n";
    }
    if (r.answerFilesSkipped > 0) {
        out << "Skipped " << counted(r.answerFilesSkipped, "answers file", "answers files")
            << " from a Twofold export: prompts and answers are not journal entries.\n";
    }
    if (r.dateFromFrontMatter + r.dateFromFileName + r.dateFromFileTime > 0) {
        out << "Dates: " << r.dateFromFrontMatter << " from front matter, " << r.dateFromFileName
            << " from file names, " << r.dateFromFileTime << " from when the file was last changed.\n";
    }
    const bool partly = r.photos + r.locations + r.weather + r.starred + r.pinned + r.allDay > 0;
    if (partly) {
        out << (r.dryRun ? "Would come in only partly:\n" : "Came in only partly:\n");
    }
    if (r.photos > 0) {
        out << "  " << counted(r.photos, "photo or other attachment", "photos and other attachments")
            << " not imported: Twofold cannot keep photos yet.\n";
    }
    if (r.locations > 0) {
        out << "  " << counted(r.locations, "location", "locations")
            << " not imported: Twofold does not keep locations.\n";
    }
    if (r.weather > 0) {
        out << "  " << counted(r.weather, "weather note", "weather notes")
            << " not imported: Twofold does not keep the weather.\n";
    }
    if (r.starred > 0) {
        out << "  " << counted(r.starred, "starred mark", "starred marks")
            << " not kept: Twofold has no favourite mark.\n";
    }
    if (r.pinned > 0) {
        out << "  " << counted(r.pinned, "pin", "pins") << " not kept: Twofold does not pin entries.\n";
    }
    if (r.allDay > 0) {
        out << "  " << counted(r.allDay, "all-day entry", "all-day entries")
            << " kept at the time the file gave: Twofold has no all-day entries.\n";
    }
    if (r.timeInGivenZone > 0) {
        out << "Time zones: " << counted(r.timeInGivenZone, "time", "times")
            << " had no time zone and were read in "
            << (zone.empty() ? std::string("this computer's zone") : "the zone " + std::string(zone)) << "; "
            << r.timeWithZone << " carried their own.\n";
    }
}

} // namespace twofold::cli
