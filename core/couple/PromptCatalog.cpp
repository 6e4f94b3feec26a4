// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/PromptCatalog.h"

#include "common/Propagate.h"
#include "couple/detail/SignedRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Session.h"

#include <algorithm>
#include <tuple>

namespace twofold {

namespace {

// The same rules as pack files: not blank, no control characters, bounded.
bool isAcceptablePromptText(std::string_view text, bool mayBeEmpty)
{
    if (text.empty()) {
        return mayBeEmpty;
    }
    if (text.size() > kMaxPromptTextLength) {
        return false;
    }
    bool blank = true;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            return false;
        }
        if (c != ' ') {
            blank = false;
        }
    }
    return !blank;
}

Prompt customPromptFrom(const Statement& s)
{
    Prompt p;
    p.id = s.columnText(0);
    p.packId = std::string(kCustomPackId);
    p.text = s.columnText(1);
    p.followUp = s.columnText(2);
    p.visibility = Visibility::Shared;
    p.kind = PromptKind::Text;
    return p;
}

} // namespace

PromptCatalog::PromptCatalog(Session& session, std::string partnerId, std::vector<PromptPack> packs,
                             const Clock& clock, RandomSource& random)
    : m_session(&session), m_partnerId(std::move(partnerId)), m_packs(std::move(packs)), m_clock(&clock),
      m_random(&random)
{
    std::ranges::stable_sort(m_packs, [](const PromptPack& a, const PromptPack& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
}

Status PromptCatalog::checkUnlocked() const
{
    if (!m_session->isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    return {};
}

const PromptPack* PromptCatalog::shippedPack(std::string_view packId) const
{
    for (const auto& pack : m_packs) {
        if (pack.id == packId) {
            return &pack;
        }
    }
    return nullptr;
}

Result<bool> PromptCatalog::packOn(std::string_view partnerId, std::string_view packId)
{
    auto stmt = m_session->coupleDatabase().prepareCached(
        "SELECT enabled FROM pack_choices WHERE partner_id = ? AND pack_id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId).bind(2, packId);
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    if (*row) {
        return stmt->columnInt(0) != 0;
    }
    if (const PromptPack* pack = shippedPack(packId)) {
        return pack->defaultEnabled;
    }
    return packId == kCustomPackId; // the couple's own prompts are on unless switched off
}

Result<std::vector<PackChoice>> PromptCatalog::packs()
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    std::vector<PackChoice> choices;
    auto add = [&](std::string_view id, std::string_view title) -> Status {
        PackChoice choice{std::string(id), std::string(title)};
        auto mine = packOn(m_session->partner().id, id);
        if (!mine) {
            return propagate(mine);
        }
        choice.onForMe = *mine;
        choice.onForPartner = *mine;
        if (!m_partnerId.empty()) {
            auto theirs = packOn(m_partnerId, id);
            if (!theirs) {
                return propagate(theirs);
            }
            choice.onForPartner = *theirs;
        }
        choices.push_back(std::move(choice));
        return {};
    };
    for (const auto& pack : m_packs) {
        if (auto st = add(pack.id, pack.title); !st) {
            return propagate(st);
        }
    }
    if (auto st = add(kCustomPackId, "Our own prompts"); !st) {
        return propagate(st);
    }
    return choices;
}

Status PromptCatalog::setPack(std::string_view packId, PackSwitch state)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (shippedPack(packId) == nullptr && packId != kCustomPackId) {
        return fail(ErrorCode::NotFound, "no such prompt pack");
    }
    auto stmt = m_session->coupleDatabase().prepareCached(
        "INSERT OR REPLACE INTO pack_choices (partner_id, pack_id, enabled) VALUES (?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, m_session->partner().id).bind(2, packId).bind(3, state == PackSwitch::On ? 1 : 0);
    return stmt->run();
}

Result<std::vector<Prompt>> PromptCatalog::sharedPrompts()
{
    auto choices = packs();
    if (!choices) {
        return propagate(choices);
    }
    auto onForBoth = [&](std::string_view packId) {
        return std::ranges::any_of(*choices,
                                   [&](const PackChoice& c) { return c.packId == packId && c.onForBoth(); });
    };
    std::vector<Prompt> prompts;
    for (const auto& pack : m_packs) {
        if (pack.id == kCheckInPackId || !onForBoth(pack.id)) {
            continue;
        }
        prompts.insert(prompts.end(), pack.prompts.begin(), pack.prompts.end());
    }
    if (onForBoth(kCustomPackId)) {
        auto custom = customPrompts(IncludeRetired::No);
        if (!custom) {
            return propagate(custom);
        }
        for (auto& c : *custom) {
            prompts.push_back(std::move(c.prompt));
        }
    }
    return prompts;
}

Result<bool> PromptCatalog::isShared(std::string_view promptId)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    // Looked up directly rather than through sharedPrompts(): answering is per prompt.
    std::string packId;
    for (const auto& pack : m_packs) {
        for (const auto& prompt : pack.prompts) {
            if (prompt.id == promptId) {
                packId = pack.id;
            }
        }
    }
    if (packId.empty()) {
        auto custom = customPrompt(promptId);
        if (!custom) {
            return propagate(custom);
        }
        if (!*custom || (*custom)->retiredMs) {
            return false;
        }
        packId = std::string(kCustomPackId);
    }
    if (packId == kCheckInPackId) {
        return false;
    }
    auto mine = packOn(m_session->partner().id, packId);
    if (!mine || !*mine || m_partnerId.empty()) {
        return mine;
    }
    return packOn(m_partnerId, packId);
}

Result<std::optional<Prompt>> PromptCatalog::find(std::string_view promptId)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    for (const auto& pack : m_packs) {
        for (const auto& prompt : pack.prompts) {
            if (prompt.id == promptId) {
                return std::optional<Prompt>(prompt);
            }
        }
    }
    auto custom = customPrompts(IncludeRetired::Yes);
    if (!custom) {
        return propagate(custom);
    }
    for (auto& c : *custom) {
        if (c.prompt.id == promptId) {
            return std::optional<Prompt>(std::move(c.prompt));
        }
    }
    return std::optional<Prompt>();
}

Status PromptCatalog::storeSigned(const CustomPrompt& c, bool insert)
{
    const std::string& me = m_session->partner().id;
    auto signature = m_session->sign(detail::customPromptMessage(
        c.prompt.id, c.prompt.text, c.prompt.followUp, c.addedBy, c.createdMs, c.updatedMs, c.retiredMs, me));
    if (!signature) {
        return propagate(signature);
    }
    auto stmt = m_session->coupleDatabase().prepareCached(
        insert ? "INSERT INTO custom_prompts (text, follow_up, added_by, created_at, updated_at, retired_at,"
                 " signed_by, signature, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);"
               : "UPDATE custom_prompts SET text = ?, follow_up = ?, added_by = ?, created_at = ?, "
                 "updated_at = ?,"
                 " retired_at = ?, signed_by = ?, signature = ? WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, c.prompt.text)
        .bind(2, c.prompt.followUp)
        .bind(3, c.addedBy)
        .bind(4, c.createdMs)
        .bind(5, c.updatedMs)
        .bind(6, c.retiredMs)
        .bind(7, me)
        .bind(8, *signature)
        .bind(9, c.prompt.id);
    return stmt->run();
}

Result<std::string> PromptCatalog::addCustomPrompt(std::string_view text, std::string_view followUp)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (!isAcceptablePromptText(text, false) || !isAcceptablePromptText(followUp, true)) {
        return fail(ErrorCode::InvalidArgument,
                    "prompt text must be 1 to 600 bytes without control characters");
    }
    Bytes raw(8);
    m_random->fill(raw);
    CustomPrompt c;
    c.prompt.id = std::string(kCustomPackId) + "." + toHex(raw);
    c.prompt.text = std::string(text);
    c.prompt.followUp = std::string(followUp);
    c.addedBy = m_session->partner().id;
    c.createdMs = c.updatedMs = m_clock->nowMs();
    if (auto st = storeSigned(c, true); !st) {
        return propagate(st);
    }
    return c.prompt.id;
}

Status PromptCatalog::editCustomPrompt(std::string_view promptId, std::string_view text,
                                       std::string_view followUp)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (!isAcceptablePromptText(text, false) || !isAcceptablePromptText(followUp, true)) {
        return fail(ErrorCode::InvalidArgument,
                    "prompt text must be 1 to 600 bytes without control characters");
    }
    // Only a prompt that checks: signing an edit of a forged one would vouch for its author.
    auto current = customPrompt(promptId);
    if (!current) {
        return propagate(current);
    }
    if (!*current || (*current)->retiredMs) {
        return fail(ErrorCode::NotFound, "no such custom prompt (or it is retired)");
    }
    CustomPrompt c = std::move(**current);
    c.prompt.text = std::string(text);
    c.prompt.followUp = std::string(followUp);
    c.updatedMs = m_clock->nowMs();
    return storeSigned(c, false);
}

Status PromptCatalog::retireCustomPrompt(std::string_view promptId)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    auto current = customPrompt(promptId);
    if (!current) {
        return propagate(current);
    }
    if (!*current || (*current)->retiredMs) {
        return fail(ErrorCode::NotFound, "no such custom prompt (or it is already retired)");
    }
    CustomPrompt c = std::move(**current);
    c.retiredMs = m_clock->nowMs();
    return storeSigned(c, false);
}

Result<std::optional<CustomPrompt>> PromptCatalog::customPrompt(std::string_view promptId)
{
    auto all = customPrompts(IncludeRetired::Yes);
    if (!all) {
        return propagate(all);
    }
    for (auto& c : *all) {
        if (c.prompt.id == promptId) {
            return std::optional<CustomPrompt>(std::move(c));
        }
    }
    return std::optional<CustomPrompt>();
}

Result<std::vector<CustomPrompt>> PromptCatalog::customPrompts(IncludeRetired include)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    auto stmt = m_session->coupleDatabase().prepareCached(
        std::string(
            "SELECT id, text, follow_up, added_by, created_at, updated_at, retired_at, signed_by, signature"
            " FROM custom_prompts") +
        (include == IncludeRetired::No ? " WHERE retired_at IS NULL;" : ";"));
    if (!stmt) {
        return propagate(stmt);
    }
    detail::SignedRecords records(*m_session, m_partnerId);
    std::vector<CustomPrompt> prompts;
    auto read = forEachRow(*stmt, [&](const Statement& r) -> Status {
        CustomPrompt c{customPromptFrom(r),    r.columnText(3),
                       r.columnInt(4),         r.columnInt(5),
                       r.columnOptionalInt(6), r.isNull(7) ? std::string() : r.columnText(7)};
        const Bytes signature = r.isNull(8) ? Bytes() : r.columnBlob(8);
        // Unsigned rows of the first release are read as their author's (added_by).
        const std::string signer = signature.empty() ? c.addedBy : c.signedBy;
        auto authentic = records.isAuthentic(
            signer,
            detail::customPromptMessage(c.prompt.id, c.prompt.text, c.prompt.followUp, c.addedBy, c.createdMs,
                                        c.updatedMs, c.retiredMs, signer),
            signature, signature.empty() ? detail::promptLegacyKey(c.prompt.id) : std::string());
        if (!authentic) {
            return propagate(authentic);
        }
        if (*authentic) {
            c.signedBy = signer;
            prompts.push_back(std::move(c));
        }
        return Status{};
    });
    if (!read) {
        return propagate(read);
    }
    // Sorted here, not by SQLite: its sorter allocates per row, and with
    // cipher_memory_security every allocation is two system calls (§7).
    std::ranges::sort(prompts, [](const CustomPrompt& a, const CustomPrompt& b) {
        return std::tie(a.createdMs, a.prompt.id) < std::tie(b.createdMs, b.prompt.id);
    });
    return prompts;
}

} // namespace twofold
