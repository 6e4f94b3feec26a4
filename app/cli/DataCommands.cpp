// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// export and import: a partner's words out of Twofold and into it.
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/ImportSummary.h"
#include "cli/ImportZone.h"
#include "cli/Unlock.h"
#include "cli/UnlockCouple.h"
#include "common/IsoTime.h"
#include "export/Export.h"
#include "import/Import.h"

#include <filesystem>
#include <ostream>
#include <string>

namespace twofold::cli {

namespace {

// --from/--to: a date (local midnight) or an ISO 8601 date and time.
std::optional<std::int64_t> parseDateOption(std::string_view text)
{
    const auto parsed = parseIsoTime(text);
    if (!parsed) {
        return std::nullopt;
    }
    if (parsed->offsetMinutes) {
        return civilToUtcMs(parsed->civil) - std::int64_t{*parsed->offsetMinutes} * 60'000;
    }
    return localToUtcMs(parsed->civil);
}

std::optional<ImportFormat> importFormat(std::string_view name)
{
    if (name == "dayone-json") {
        return ImportFormat::DayOneJson;
    }
    if (name == "jrnl-json") {
        return ImportFormat::JrnlJson;
    }
    if (name == "jrnl") {
        return ImportFormat::Jrnl;
    }
    if (name == "markdown") {
        return ImportFormat::Markdown;
    }
    if (name == "twofold-json") {
        return ImportFormat::TwofoldJson;
    }
    return std::nullopt;
}

} // namespace

int runExport(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const CommandLine& line = invocation.line;
    const std::string format = line.value("format").value_or("");
    if (format != "json" && format != "markdown" && format != "pdf") {
        return reportUsage(io.err, "--format needs json, markdown or pdf.");
    }
    if (format == "pdf" && !io.writePdf) {
        return reportUsage(
            io.err, "this build of Twofold cannot make PDFs (it has no Qt); use --format json or markdown.");
    }
    const auto out = line.value("out");
    if (!out || out->empty()) {
        return reportUsage(io.err, "say where to write the export with --out PATH.");
    }
    ExportFilter filter;
    if (const auto from = line.value("from")) {
        filter.fromMs = parseDateOption(*from);
        if (!filter.fromMs) {
            return reportUsage(io.err, "--from needs a date like 2026-01-31.");
        }
    }
    if (const auto to = line.value("to")) {
        const auto parsed = parseIsoTime(*to);
        filter.toMs = parseDateOption(*to);
        if (!parsed || !filter.toMs) {
            return reportUsage(io.err, "--to needs a date like 2026-12-31.");
        }
        if (to->size() == 10) {
            filter.toMs = *filter.toMs + 86'400'000; // the whole of that day
        }
    }
    if (filter.fromMs && filter.toMs && *filter.fromMs >= *filter.toMs) {
        return reportUsage(io.err, "--from is after --to: nothing could be in that range.");
    }
    filter.tags = line.values("tag");
    filter.partnerAnswers =
        line.has("with-partner-answers") ? PartnerAnswers::Include : PartnerAnswers::Leave;

    auto couple = unlockCouple(invocation);
    if (!couple) {
        return couple.error();
    }
    auto data = collectExport(couple->session(), &couple->couple(), filter);
    if (!data) {
        return reportError(io.err, data.error());
    }
    data->partnerLabel = couple->partnerName;
    // Said before anything is written: the writers' own I/O errors speak of the vault.
    const std::filesystem::path target(*out);
    if (const auto parent = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
        !std::filesystem::is_directory(parent)) {
        return reportUsage(io.err, "the folder " + parent.string() + " does not exist; create it first.");
    }
    auto summary = format == "json"  ? writeJsonExport(*data, *out)
                   : format == "pdf" ? io.writePdf(*data, *out)
                                     : writeMarkdownExport(*data, *out);
    if (!summary) {
        if (summary.error().code == ErrorCode::VaultExists) {
            return reportUsage(io.err, "that folder is not empty; choose a new one for a Markdown export.");
        }
        return reportError(io.err, summary.error());
    }
    io.out << "Exported " << summary->entries << (summary->entries == 1 ? " entry" : " entries") << " and "
           << summary->answers << (summary->answers == 1 ? " answer" : " answers") << " to " << *out << ".\n";
    if (filter.partnerAnswers == PartnerAnswers::Include) {
        io.out << "It includes " << couple->partnerName
               << "'s revealed answers: keep it as private as your journal.\n";
    }
    io.out << "The export is not encrypted: keep it somewhere only you can read.\n";
    return toInt(ExitCode::Ok);
}

int runImport(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    const auto format = importFormat(invocation.line.value("format").value_or(""));
    if (!format) {
        return reportUsage(io.err, "--format needs dayone-json, jrnl, jrnl-json, markdown or twofold-json.");
    }
    ImportOptions options;
    options.localToUtc = localToUtcMs;
    if (const auto zone = invocation.line.value("timezone")) {
        auto converter = importZone(*zone);
        if (!converter) {
            return reportUsage(io.err, "--timezone needs a zone like Europe/Berlin, UTC or +02:00.");
        }
        options.localToUtc = std::move(*converter);
    }
    const std::string& path = invocation.line.arguments.front();
    auto unlocked = unlockPartner(invocation);
    if (!unlocked) {
        return unlocked.error();
    }
    options.clock = io.vaultOptions.clock;
    options.dryRun = invocation.line.has("dry-run");
    auto report = importEntries(unlocked->session.journal(), *format, path, options);
    options.localToUtc = nullptr; // a --timezone's TZ is put back before anything is printed
    if (!report) {
        const ImportProblem& problem = report.error();
        if (problem.error.code != ErrorCode::InvalidArgument && problem.error.code != ErrorCode::NotFound) {
            return reportError(io.err, problem.error);
        }
        // The file is named (the user chose it, or it is in the folder they chose) and the
        // position given; the message never quotes the file's text.
        io.err << "twofold: " << problem.file;
        if (problem.line > 0) {
            io.err << ", line " << problem.line << ", column " << problem.column;
        }
        io.err << ": " << problem.message << ". Nothing was imported.\n";
        return toInt(ExitCode::Usage);
    }
    printImportSummary(io.out, *report, invocation.line.value("timezone").value_or(""));
    return toInt(ExitCode::Ok);
}

} // namespace twofold::cli
