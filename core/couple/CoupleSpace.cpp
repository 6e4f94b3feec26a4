// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/CoupleSpace.h"

#include "couple/WeeklyReview.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/GrantResolver.h"
#include "couple/detail/MyItemStore.h"
#include "couple/detail/OpenEnvelope.h"
#include "couple/detail/PartnerLeft.h"
#include "couple/detail/SignedRecords.h"
#include "crypto/BoxKeyPair.h"
#include "journal/detail/Utf8.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <algorithm>

namespace twofold {

using detail::EnvelopeRow;
using detail::EnvelopeStore;
using detail::MyItem;
using detail::MyItemStore;

namespace {

bool isAcceptableText(std::string_view text, std::size_t maxBytes)
{
    return text.size() <= maxBytes && detail::isValidUtf8(text);
}

using detail::forward;
using detail::openWith;

using detail::settledLater;

} // namespace

CoupleSpace::CoupleSpace(Session& session, std::string partnerId, std::vector<PromptPack> packs,
                         CoupleSpaceOptions options)
    : m_session(&session), m_myId(session.partner().id), m_partnerId(std::move(partnerId)),
      m_options(options), m_catalog(std::make_unique<PromptCatalog>(session, m_partnerId, std::move(packs),
                                                                    *options.clock, *options.random))
{}

CoupleSpace::CoupleSpace(CoupleSpace&& other) noexcept
    : m_session(other.m_session), m_myId(std::move(other.m_myId)), m_partnerId(std::move(other.m_partnerId)),
      m_options(other.m_options), m_catalog(std::move(other.m_catalog)),
      m_together(std::exchange(other.m_together, nullptr))
{
    if (m_together != nullptr) {
        m_together->m_together = this;
    }
}

CoupleSpace& CoupleSpace::operator=(CoupleSpace&& other) noexcept
{
    if (this != &other) {
        endTogether();
        m_session = other.m_session;
        m_myId = std::move(other.m_myId);
        m_partnerId = std::move(other.m_partnerId);
        m_options = other.m_options;
        m_catalog = std::move(other.m_catalog);
        m_together = std::exchange(other.m_together, nullptr);
        if (m_together != nullptr) {
            m_together->m_together = this;
        }
    }
    return *this;
}

CoupleSpace::~CoupleSpace()
{
    endTogether();
}

Result<CoupleSpace> CoupleSpace::open(Session& session, std::vector<PromptPack> packs,
                                      CoupleSpaceOptions options)
{
    if (!session.isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    EnvelopeStore store(session.coupleDatabase());
    auto keys = store.partnerKeys();
    if (!keys) {
        return forward(keys);
    }
    // couple.db names at most two partners, one of them us with the key we derived.
    if (keys->size() > 2) {
        return fail(ErrorCode::DamagedDatabase, "couple.db names more than two partners");
    }
    std::string partnerId;
    bool foundMe = false;
    for (const auto& k : *keys) {
        if (k.id == session.partner().id) {
            foundMe = detail::sameBytes(k.boxPublicKey, session.publicKey());
        } else {
            partnerId = k.id;
        }
    }
    if (!foundMe) {
        return fail(ErrorCode::DamagedDatabase, "couple.db does not hold this partner's public key");
    }
    // My partner left the couple (docs/ARCHITECTURE.md, "Leaving the couple"): nothing I
    // agreed to with them carries over, to anyone. Before anything is read or resolved.
    auto pinned = MyItemStore(session.journal().database(), session.partner().id).pinnedIds();
    if (!pinned) {
        return forward(pinned);
    }
    for (const auto& id : *pinned) {
        auto left = session.partnerHasLeft(id);
        if (!left) {
            return forward(left);
        }
        if (*left) {
            if (auto st = detail::closeAfterPartnerLeft(session, id, options.clock->nowMs()); !st) {
                return forward(st);
            }
        }
    }
    CoupleSpace space(session, std::move(partnerId), std::move(packs), options);
    // Signed records: my rows of the first release signed, my partner's remembered, my
    // name and colour signed, before anything is read.
    detail::SignedRecords records(session, space.m_partnerId);
    if (auto st = records.upgrade(); !st) {
        return forward(st);
    }
    if (auto st = records.signMyProfile(); !st) {
        return forward(st);
    }
    // §4: a session writes its own pending grants at unlock, before it shows anything.
    if (auto resolved = space.resolvePendingGrants(); !resolved) {
        return forward(resolved);
    }
    return space;
}

Status CoupleSpace::checkUnlocked() const
{
    if (m_session == nullptr || !m_session->isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    return {};
}

Database& CoupleSpace::db()
{
    return m_session->coupleDatabase();
}

Database& CoupleSpace::journalDb()
{
    return m_session->journal().database();
}

detail::GrantResolver CoupleSpace::resolver()
{
    return detail::GrantResolver(*m_session, m_partnerId, *m_options.clock,
                                 [this](std::string_view promptId) {
                                     auto prompt = m_catalog->find(promptId);
                                     return prompt && *prompt ? (*prompt)->text : std::string();
                                 });
}
Status CoupleSpace::verifyPassword(const SecretBuffer& password)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    return m_session->verifyPassword(password);
}

const std::filesystem::path& CoupleSpace::vaultDirectory() const noexcept
{
    return m_session->vaultDirectory();
}

Result<PartnerProfile> CoupleSpace::partnerProfile(const Vault& vault)
{
    auto keyring = vault.partners();
    if (!keyring) {
        return forward(keyring);
    }
    return partnerProfile(*keyring);
}

Result<PartnerProfile> CoupleSpace::partnerProfile(const std::vector<PartnerInfo>& keyring)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    return detail::SignedRecords(*m_session, m_partnerId).partnerProfile(keyring);
}

Result<int> CoupleSpace::resolvePendingGrants()
{
    return resolve(std::nullopt, detail::Comparison::Bytes);
}

Result<int> CoupleSpace::resolve(const std::optional<Topic>& topic)
{
    return resolve(topic, detail::Comparison::Signed);
}

Result<int> CoupleSpace::resolve(const std::optional<Topic>& topic, detail::Comparison comparison)
{
    if (auto st = checkUnlocked(); !st) {
        return std::unexpected(st.error());
    }
    m_resolvedAt.reset();
    auto written = resolver().run(topic, comparison);
    if (!written || topic) {
        return written;
    }
    auto couple = db().changeStamp();
    auto journal = journalDb().changeStamp();
    if (couple && journal) {
        m_resolvedAt = std::pair{*couple, *journal};
    }
    return written;
}

Status CoupleSpace::resolveIfChanged()
{
    if (m_resolvedAt) {
        auto couple = db().changeStamp();
        if (!couple) {
            return forward(couple);
        }
        auto journal = journalDb().changeStamp();
        if (!journal) {
            return forward(journal);
        }
        if (m_resolvedAt->first == *couple && m_resolvedAt->second == *journal) {
            return {};
        }
    }
    if (auto r = resolve(std::nullopt); !r) {
        return forward(r);
    }
    return {};
}

Status CoupleSpace::afterChange(const std::optional<Topic>& topic)
{
    if (auto r = resolve(topic); !r) {
        return forward(r);
    }
    if (m_together != nullptr && m_together->m_session->isUnlocked()) {
        if (auto r = m_together->resolve(topic); !r) {
            return forward(r);
        }
    }
    return {};
}

Status CoupleSpace::beginTogether(CoupleSpace& partnerSpace)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (auto st = partnerSpace.checkUnlocked(); !st) {
        return st;
    }
    if (&partnerSpace == this || m_partnerId.empty() || partnerSpace.m_myId != m_partnerId ||
        partnerSpace.m_partnerId != m_myId || partnerSpace.db().path() != db().path()) {
        return fail(ErrorCode::InvalidArgument, "together mode needs both partners of one vault");
    }
    endTogether();
    partnerSpace.endTogether();
    m_together = &partnerSpace;
    partnerSpace.m_together = this;
    if (auto r = resolvePendingGrants(); !r) {
        return forward(r);
    }
    if (auto r = partnerSpace.resolvePendingGrants(); !r) {
        return forward(r);
    }
    return {};
}

void CoupleSpace::endTogether() noexcept
{
    if (m_together != nullptr) {
        m_together->m_together = nullptr;
        m_together = nullptr;
    }
}

bool CoupleSpace::isTogether() const noexcept
{
    return m_together != nullptr && m_together->m_session->isUnlocked() && m_session->isUnlocked();
}

// ---- Reciprocal topics ----

namespace {

// The state of a topic from what my journal says of my side and what couple.db shows
// of my partner's (published = agreed). No seal is opened: the Prompts list is one
// query on each file (§7).
TopicStatus stateOf(const Topic& topic, const MyItem* mine, const detail::PartnerTopicRow* theirs,
                    bool sharedFileChanged)
{
    TopicStatus s{topic};
    s.answeredByMe = mine != nullptr;
    s.agreedByMe = mine != nullptr && mine->agreed;
    const bool mineGranted = mine != nullptr && mine->granted();
    s.answeredByPartner = theirs != nullptr && theirs->published;
    const bool theirsGranted = theirs != nullptr && theirs->currentGranted;
    s.earlierPartnerVersionReadable = theirs != nullptr && theirs->earlierGranted && !theirsGranted;
    s.sharedFileChanged = sharedFileChanged;
    s.bothAgreed = s.agreedByMe && s.answeredByPartner;
    if (sharedFileChanged) {
        s.state = RevealState::Damaged;
    } else if (mineGranted && theirsGranted) {
        s.state = RevealState::Revealed;
    } else if (s.agreedByMe) {
        s.state = RevealState::WaitingForPartner;
    } else if (s.answeredByMe || s.answeredByPartner) {
        s.state = RevealState::WaitingForYou;
    } else {
        s.state = RevealState::NotAnswered;
    }
    return s;
}

} // namespace

Result<TopicStatus> CoupleSpace::statusOf(const Topic& topic)
{
    auto mine = MyItemStore(journalDb(), m_myId).item(topic);
    if (!mine) {
        return forward(mine);
    }
    auto alerts = MyItemStore(journalDb(), m_myId).alerts();
    if (!alerts) {
        return forward(alerts);
    }
    std::optional<detail::PartnerTopicRow> theirs;
    if (!m_partnerId.empty()) {
        auto rows = EnvelopeStore(db()).partnerTopics(m_partnerId, m_myId, topic.kind);
        if (!rows) {
            return forward(rows);
        }
        for (auto& row : *rows) {
            if (row.topic == topic.key) {
                theirs = std::move(row);
            }
        }
    }
    return stateOf(topic, *mine ? &**mine : nullptr, theirs ? &*theirs : nullptr,
                   std::ranges::find(*alerts, topic) != alerts->end());
}

Result<TopicStatus> CoupleSpace::status(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    if (auto r = resolve(topic); !r) {
        return forward(r);
    }
    return statusOf(topic);
}

Result<std::vector<Topic>> CoupleSpace::sharedFileChanges()
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    return MyItemStore(journalDb(), m_myId).alerts();
}

Result<std::vector<TopicStatus>> CoupleSpace::promptStates()
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    if (auto st = resolveIfChanged(); !st) {
        return forward(st);
    }
    auto prompts = m_catalog->sharedPrompts();
    if (!prompts) {
        return forward(prompts);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto items = myStore.headers();
    if (!items) {
        return forward(items);
    }
    auto alerts = myStore.alerts();
    if (!alerts) {
        return forward(alerts);
    }
    std::vector<detail::PartnerTopicRow> theirs;
    if (!m_partnerId.empty()) {
        auto rows = EnvelopeStore(db()).partnerTopics(m_partnerId, m_myId, EnvelopeKind::Answer);
        if (!rows) {
            return forward(rows);
        }
        theirs = std::move(*rows);
    }
    std::unordered_map<std::string_view, const MyItem*> mine;
    for (const auto& item : *items) {
        if (item.envelope.kind == EnvelopeKind::Answer) {
            mine.emplace(item.envelope.topic, &item);
        }
    }
    std::unordered_map<std::string_view, const detail::PartnerTopicRow*> partners;
    for (const auto& row : theirs) {
        partners.emplace(row.topic, &row);
    }
    std::vector<TopicStatus> states;
    states.reserve(prompts->size());
    for (const auto& prompt : *prompts) {
        const Topic topic = Topic::answer(prompt.id);
        const auto m = mine.find(prompt.id);
        const auto t = partners.find(prompt.id);
        states.push_back(stateOf(topic, m == mine.end() ? nullptr : m->second,
                                 t == partners.end() ? nullptr : t->second,
                                 std::ranges::find(*alerts, topic) != alerts->end()));
    }
    return states;
}

Status CoupleSpace::unpublish(const std::vector<std::string>& ids)
{
    if (ids.empty()) {
        return {};
    }
    MyItemStore mine(journalDb(), m_myId);
    {
        auto jtx = journalDb().transaction();
        if (!jtx) {
            return forward(jtx);
        }
        for (const auto& id : ids) {
            if (auto st = mine.markUnpublishing(id); !st) {
                return st;
            }
        }
        if (auto st = jtx->commit(); !st) {
            return st;
        }
    }
    EnvelopeStore store(db());
    auto tx = db().transaction();
    if (!tx) {
        return forward(tx);
    }
    for (const auto& id : ids) {
        if (auto st = store.remove(id); !st) {
            return st;
        }
    }
    if (auto st = tx->commit(); !st) {
        return st;
    }
    return mine.clearUnpublishing(ids);
}

Result<EnvelopeId> CoupleSpace::write(const Topic& topic, std::string_view question,
                                      const SecretBuffer& plaintext, Reveal reveal)
{
    // A grant this session owes on the old version is written before it is replaced.
    if (auto r = resolve(topic); !r) {
        return forward(r);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto old = myStore.item(topic);
    if (!old) {
        return forward(old);
    }
    EnvelopeRow row;
    row.id = detail::newEnvelopeId(*m_options.random);
    row.authorId = m_myId;
    row.kind = topic.kind;
    row.topic = topic.key;
    row.createdMs = m_options.clock->nowMs();
    row.version = *old ? (*old)->envelope.version + 1 : 1;
    row.format = 2;
    row.questionHash = detail::questionHash(question);
    const SecretBuffer itemKey = detail::newItemKey(*m_options.random);
    row.ciphertext = detail::encrypt(plaintext.span(), itemKey, detail::bindingOf(row));
    row.authorSeal = sealToPublicKey(itemKey, m_session->publicKey());
    auto signature = m_session->sign(detail::signedMessage(row));
    if (!signature) {
        return forward(signature);
    }
    row.signature = std::move(*signature);

    // My journal first: the old version is replaced there (a revealed one is kept
    // published, as an earlier version), then couple.db follows.
    std::vector<std::string> toUnpublish;
    bool keepOldPublished = false;
    {
        auto jtx = journalDb().transaction();
        if (!jtx) {
            return forward(jtx);
        }
        if (*old) {
            keepOldPublished = (*old)->granted();
            if (keepOldPublished) {
                if (auto st = myStore.addKept((*old)->envelope.id, topic); !st) {
                    return forward(st);
                }
            } else if ((*old)->agreed) {
                toUnpublish.push_back((*old)->envelope.id);
                if (auto st = myStore.markUnpublishing((*old)->envelope.id); !st) {
                    return forward(st);
                }
            }
        }
        if (auto st = myStore.put(MyItem{row, std::string(question), reveal == Reveal::Yes, {}}); !st) {
            return forward(st);
        }
        if (auto st = myStore.clearAlert(topic); !st) {
            return forward(st);
        }
        if (auto st = jtx->commit(); !st) {
            return forward(st);
        }
    }
    // Saved: my journal is the authority from here on. couple.db follows now, or, if the
    // disk is full, at the next resolve (which publishes what I agreed to and removes
    // what I withdrew, without an alarm for the rows it marked).
    const auto publish = [&]() -> Status {
        EnvelopeStore store(db());
        auto tx = db().transaction();
        if (!tx) {
            return forward(tx);
        }
        // The revealed old version stays the current row until the new one is agreed to:
        // nothing tells my partner that an edit exists before I agree (DESIGN.md §1.4).
        if (keepOldPublished && reveal == Reveal::Yes) {
            if (auto st = store.markEarlier((*old)->envelope.id); !st) {
                return st;
            }
        }
        for (const auto& id : toUnpublish) {
            if (auto st = store.remove(id); !st) {
                return st;
            }
        }
        if (reveal == Reveal::Yes) {
            // A revealed earlier version kept as the current row (through an edit not
            // agreed to) gives way to the version I agree to now.
            auto current = store.current(m_myId, topic);
            if (!current) {
                return forward(current);
            }
            if (*current && (*current)->id != row.id) {
                if (auto st = store.markEarlier((*current)->id); !st) {
                    return st;
                }
            }
            if (auto st = store.insert(row); !st) {
                return st;
            }
        }
        if (auto st = tx->commit(); !st) {
            return st;
        }
        if (auto st = myStore.clearUnpublishing(toUnpublish); !st) {
            return st;
        }
        return afterChange(topic);
    };
    if (auto st = settledLater(publish()); !st) {
        return forward(st);
    }
    return row.id;
}

Result<EnvelopeId> CoupleSpace::answer(std::string_view promptId, std::string_view text, Reveal reveal)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    if (text.empty() || !isAcceptableText(text, kMaxAnswerBytes)) {
        return fail(ErrorCode::InvalidArgument, "an answer is 1 to 100000 bytes of UTF-8");
    }
    auto shared = m_catalog->isShared(promptId);
    if (!shared) {
        return forward(shared);
    }
    if (!*shared) {
        return fail(ErrorCode::InvalidArgument, "that prompt is not shared by both partners");
    }
    auto prompt = m_catalog->find(promptId);
    if (!prompt) {
        return forward(prompt);
    }
    const std::string question = *prompt ? (*prompt)->text : std::string();
    const SecretBuffer plain = detail::encodeAnswer(question, text);
    return write(Topic::answer(std::string(promptId)), question, plain, reveal);
}

Result<EnvelopeId> CoupleSpace::checkIn(std::string_view reviewDate, const CheckIn& c, Reveal reveal)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    if (!WeeklyReview::isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    for (const std::optional<int>& rating : c.ratings()) {
        if (rating && (*rating < kRatingMin || *rating > kRatingMax)) {
            return fail(ErrorCode::InvalidArgument, "ratings are 1 to 5, or none (rather not say)");
        }
    }
    if (!isAcceptableText(c.appreciated, kMaxCheckInNoteBytes) ||
        !isAcceptableText(c.need, kMaxCheckInNoteBytes)) {
        return fail(ErrorCode::InvalidArgument, "check-in notes are at most 4000 bytes of UTF-8");
    }
    const SecretBuffer plain = detail::encodeCheckIn(c);
    return write(Topic::checkIn(std::string(reviewDate)), {}, plain, reveal);
}

Result<TopicStatus> CoupleSpace::reveal(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.item(topic);
    if (!mine) {
        return forward(mine);
    }
    if (!*mine) {
        return fail(ErrorCode::NotFound, "nothing to reveal: no answer yet");
    }
    auto key = m_session->openSealed((*mine)->envelope.authorSeal);
    if (!key || !detail::decrypt((*mine)->envelope.ciphertext, *key, detail::bindingOf((*mine)->envelope))) {
        return fail(ErrorCode::DamagedDatabase, "this envelope fails authentication");
    }
    if (auto st = myStore.decide(topic, MyItemStore::Agreement::Agree); !st) {
        return forward(st);
    }
    // The resolver publishes what my journal agrees to, then writes what is owed.
    if (auto st = settledLater(afterChange(topic)); !st) {
        return forward(st);
    }
    return statusOf(topic);
}

Result<Withdrawal> CoupleSpace::hold(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    // A grant this session owes is written first: holding back cannot undo a reveal
    // whose rule already held (§4).
    if (auto r = resolve(topic); !r) {
        return forward(r);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.item(topic);
    if (!mine) {
        return forward(mine);
    }
    if (!*mine) {
        return Withdrawal::Withdrawn;
    }
    if ((*mine)->granted()) {
        return Withdrawal::AlreadyRevealed;
    }
    if (auto st = myStore.decide(topic, MyItemStore::Agreement::Withdraw); !st) {
        return forward(st);
    }
    if (auto st = settledLater(unpublish({(*mine)->envelope.id})); !st) {
        return forward(st);
    }
    return Withdrawal::Withdrawn;
}

Result<Retraction> CoupleSpace::retract(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    Retraction result;
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.item(topic);
    if (!mine) {
        return forward(mine);
    }
    auto kept = myStore.keptIds(topic);
    if (!kept) {
        return forward(kept);
    }
    std::vector<std::string> toUnpublish = *kept;
    {
        auto jtx = journalDb().transaction();
        if (!jtx) {
            return forward(jtx);
        }
        if (*mine) {
            result.partnerMayHaveRead = (*mine)->granted();
            toUnpublish.push_back((*mine)->envelope.id);
            if (auto st = myStore.setAgreed(topic, false); !st) {
                return forward(st);
            }
        }
        result.partnerMayHaveRead = result.partnerMayHaveRead || !kept->empty();
        if (auto st = myStore.removeKept(topic); !st) {
            return forward(st);
        }
        if (auto st = myStore.clearAlert(topic); !st) {
            return forward(st);
        }
        for (const auto& id : toUnpublish) {
            if (auto st = myStore.markUnpublishing(id); !st) {
                return forward(st);
            }
        }
        if (auto st = jtx->commit(); !st) {
            return forward(st);
        }
    }
    if (!m_partnerId.empty()) {
        EnvelopeStore store(db());
        auto tx = db().transaction();
        if (!tx) {
            return forward(tx);
        }
        // Un-revealed both ways: I also give up my key to my partner's words on this
        // topic, so the topic is back to "waiting" for both and nobody keeps a one-sided view.
        if (auto r = store.removeGrants(m_partnerId, topic, m_myId); !r) {
            return forward(r);
        }
        if (auto st = tx->commit(); !st) {
            return forward(st);
        }
    }
    if (auto st = settledLater(unpublish(toUnpublish)); !st) {
        return forward(st);
    }
    if (auto st = settledLater(afterChange(topic)); !st) {
        return forward(st);
    }
    return result;
}

Result<Withdrawal> CoupleSpace::deleteMine(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    if (auto r = resolve(topic); !r) {
        return forward(r);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.item(topic);
    if (!mine) {
        return forward(mine);
    }
    auto kept = myStore.keptIds(topic);
    if (!kept) {
        return forward(kept);
    }
    if ((*mine && (*mine)->granted()) || !kept->empty()) {
        return Withdrawal::AlreadyRevealed;
    }
    if (!*mine) {
        return Withdrawal::Withdrawn;
    }
    {
        auto jtx = journalDb().transaction();
        if (!jtx) {
            return forward(jtx);
        }
        if (auto st = myStore.remove(topic); !st) {
            return forward(st);
        }
        if (auto st = myStore.clearAlert(topic); !st) {
            return forward(st);
        }
        if (auto st = jtx->commit(); !st) {
            return forward(st);
        }
    }
    if (auto st = settledLater(unpublish({(*mine)->envelope.id})); !st) {
        return forward(st);
    }
    return Withdrawal::Withdrawn;
}

template <typename T, typename Decode>
Result<TopicView<T>> CoupleSpace::read(const Topic& topic, Decode decode)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    // My own pending grant first: nobody reads the other's words before their own are
    // sealed in return (§4).
    if (auto r = resolve(topic); !r) {
        return forward(r);
    }
    auto status = statusOf(topic);
    if (!status) {
        return forward(status);
    }
    TopicView<T> view;
    view.status = std::move(*status);
    auto mine = MyItemStore(journalDb(), m_myId).item(topic);
    if (!mine) {
        return forward(mine);
    }
    if (*mine) {
        EnvelopeRow row = (*mine)->envelope;
        row.authorId = m_myId;
        view.mine = openWith<T>(*m_session, row.authorSeal, row, decode);
        if (view.mine->readable() && view.mine->question.empty()) {
            view.mine->question = (*mine)->question;
        }
    }
    if (m_partnerId.empty()) {
        return view;
    }
    EnvelopeStore store(db());
    auto versions = store.versions(m_partnerId, topic);
    if (!versions) {
        return forward(versions);
    }
    auto res = resolver();
    auto partner = res.partner();
    if (!partner) {
        return forward(partner);
    }
    for (const auto& v : *versions) {
        auto grant = store.grant(v.id, m_myId);
        if (!grant) {
            return forward(grant);
        }
        if (!*grant) {
            continue;
        }
        auto authentic = res.isAuthentic(v, *partner);
        if (!authentic) {
            return forward(authentic);
        }
        // Unsigned or mis-signed: damaged, never anyone's words.
        view.partners =
            *authentic ? openWith<T>(*m_session, **grant, v, decode) : Opened<T>{ItemState::Damaged, {}};
        view.partnersIsEarlierVersion = !v.current;
        break;
    }
    return view;
}

Result<TopicView<std::string>> CoupleSpace::readAnswer(std::string_view promptId)
{
    return read<std::string>(Topic::answer(std::string(promptId)), detail::decodeAnswerFor);
}

Result<TopicView<CheckIn>> CoupleSpace::readCheckIn(std::string_view reviewDate)
{
    return read<CheckIn>(Topic::checkIn(std::string(reviewDate)), detail::decodeCheckInFor);
}

} // namespace twofold
