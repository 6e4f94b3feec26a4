#include "couple/PromptCatalog.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Session.h"

#include <algorithm>

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
    auto stmt = m_session->coupleDatabase().prepare(
        "SELECT enabled FROM pack_choices WHERE partner_id = ? AND pack_id = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, partnerId).bind(2, packId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
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
        return std::unexpected(st.error());
    }
    std::vector<PackChoice> choices;
    auto add = [&](std::string_view id, std::string_view title) -> Status {
        PackChoice choice{std::string(id), std::string(title)};
        auto mine = packOn(m_session->partner().id, id);
        if (!mine) {
            return std::unexpected(mine.error());
        }
        choice.onForMe = *mine;
        choice.onForPartner = *mine;
        if (!m_partnerId.empty()) {
            auto theirs = packOn(m_partnerId, id);
            if (!theirs) {
                return std::unexpected(theirs.error());
            }
            choice.onForPartner = *theirs;
        }
        choices.push_back(std::move(choice));
        return {};
    };
    for (const auto& pack : m_packs) {
        if (auto st = add(pack.id, pack.title); !st) {
            return std::unexpected(st.error());
        }
    }
    if (auto st = add(kCustomPackId, "Our own prompts"); !st) {
        return std::unexpected(st.error());
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
    auto stmt = m_session->coupleDatabase().prepare(
        "INSERT OR REPLACE INTO pack_choices (partner_id, pack_id, enabled) VALUES (?, ?, ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, m_session->partner().id).bind(2, packId).bind(3, state == PackSwitch::On ? 1 : 0);
    return stmt->run();
}

Result<std::vector<Prompt>> PromptCatalog::sharedPrompts()
{
    auto choices = packs();
    if (!choices) {
        return std::unexpected(choices.error());
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
            return std::unexpected(custom.error());
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
        return std::unexpected(st.error());
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
        auto stmt = m_session->coupleDatabase().prepare(
            "SELECT 1 FROM custom_prompts WHERE id = ? AND retired_at IS NULL;");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, promptId);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
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
        return std::unexpected(st.error());
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
        return std::unexpected(custom.error());
    }
    for (auto& c : *custom) {
        if (c.prompt.id == promptId) {
            return std::optional<Prompt>(std::move(c.prompt));
        }
    }
    return std::optional<Prompt>();
}

Result<std::string> PromptCatalog::addCustomPrompt(std::string_view text, std::string_view followUp)
{
    if (auto st = checkUnlocked(); !st) {
        return std::unexpected(st.error());
    }
    if (!isAcceptablePromptText(text, false) || !isAcceptablePromptText(followUp, true)) {
        return fail(ErrorCode::InvalidArgument,
                    "prompt text must be 1 to 600 bytes without control characters");
    }
    Bytes raw(8);
    m_random->fill(raw);
    const std::string id = std::string(kCustomPackId) + "." + toHex(raw);
    const std::int64_t now = m_clock->nowMs();
    auto stmt = m_session->coupleDatabase().prepare(
        "INSERT INTO custom_prompts (id, text, follow_up, added_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id)
        .bind(2, text)
        .bind(3, std::string(followUp))
        .bind(4, m_session->partner().id)
        .bind(5, now)
        .bind(6, now);
    if (auto st = stmt->run(); !st) {
        return std::unexpected(st.error());
    }
    return id;
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
    Database& db = m_session->coupleDatabase();
    auto stmt = db.prepare("UPDATE custom_prompts SET text = ?, follow_up = ?, updated_at = ?"
                           " WHERE id = ? AND retired_at IS NULL;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, text).bind(2, std::string(followUp)).bind(3, m_clock->nowMs()).bind(4, promptId);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (db.changes() == 0) {
        return fail(ErrorCode::NotFound, "no such custom prompt (or it is retired)");
    }
    return {};
}

Status PromptCatalog::retireCustomPrompt(std::string_view promptId)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    Database& db = m_session->coupleDatabase();
    auto stmt = db.prepare("UPDATE custom_prompts SET retired_at = ? WHERE id = ? AND retired_at IS NULL;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, m_clock->nowMs()).bind(2, promptId);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (db.changes() == 0) {
        return fail(ErrorCode::NotFound, "no such custom prompt (or it is already retired)");
    }
    return {};
}

Result<std::vector<CustomPrompt>> PromptCatalog::customPrompts(IncludeRetired include)
{
    if (auto st = checkUnlocked(); !st) {
        return std::unexpected(st.error());
    }
    auto stmt = m_session->coupleDatabase().prepare(
        std::string(
            "SELECT id, text, follow_up, added_by, created_at, updated_at, retired_at FROM custom_prompts") +
        (include == IncludeRetired::No ? " WHERE retired_at IS NULL" : "") + " ORDER BY created_at, id;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<CustomPrompt> prompts;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return prompts;
        }
        prompts.push_back(CustomPrompt{customPromptFrom(*stmt), stmt->columnText(3), stmt->columnInt(4),
                                       stmt->columnInt(5), stmt->columnOptionalInt(6)});
    }
}

} // namespace twofold
