#include "couple/CoupleSpace.h"

#include "couple/WeeklyReview.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "crypto/BoxKeyPair.h"
#include "journal/detail/Utf8.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

#include <algorithm>

namespace twofold {

using detail::EnvelopeBinding;
using detail::EnvelopeRow;
using detail::EnvelopeStore;

namespace {

constexpr std::string_view kOfferResponsePrefix = "couple.offer.";
constexpr std::string_view kResponseRead = "read";
constexpr std::string_view kResponseNotNow = "not-now";

EnvelopeBinding bindingOf(const EnvelopeRow& row)
{
    return {row.id, row.authorId, row.kind, row.topic};
}

std::string_view asText(const SecretBuffer& plaintext)
{
    return plaintext.view();
}

bool isAcceptableText(std::string_view text, std::size_t maxBytes)
{
    return text.size() <= maxBytes && detail::isValidUtf8(text);
}

template <typename T> std::unexpected<Error> forward(const Result<T>& r)
{
    return std::unexpected(r.error());
}

// Opens an envelope with an item key sealed to this session (its author seal or a
// grant). Every failure is the same: the item is damaged.
template <typename T, typename Decode>
Opened<T> openWith(const Session& session, ByteView seal, const EnvelopeRow& row, Decode decode)
{
    auto key = session.openSealed(seal);
    if (!key) {
        return {ItemState::Damaged, {}};
    }
    auto plain = detail::decrypt(row.ciphertext, *key, bindingOf(row));
    if (!plain) {
        return {ItemState::Damaged, {}};
    }
    Result<T> value = decode(*plain);
    if (!value) {
        return {ItemState::Damaged, {}};
    }
    return {ItemState::Readable, std::move(*value), row.createdMs};
}

Result<std::string> decodeText(const SecretBuffer& plain)
{
    if (!detail::isValidUtf8(asText(plain))) {
        return fail(ErrorCode::DamagedDatabase, "answer is not UTF-8");
    }
    return std::string(asText(plain));
}

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
    for (const auto& [id, key] : *keys) {
        if (id == session.partner().id) {
            foundMe = detail::sameBytes(key, session.publicKey());
        } else {
            partnerId = id;
        }
    }
    if (!foundMe) {
        return fail(ErrorCode::DamagedDatabase, "couple.db does not hold this partner's public key");
    }
    CoupleSpace space(session, std::move(partnerId), std::move(packs), options);
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

Result<std::optional<std::string>> CoupleSpace::coupleSetting(std::string_view key)
{
    if (auto st = checkUnlocked(); !st) {
        return std::unexpected(st.error());
    }
    auto stmt = db().prepare("SELECT value FROM couple_settings WHERE key = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<std::string>{};
    }
    return std::optional<std::string>{stmt->columnText(0)};
}

Status CoupleSpace::setCoupleSetting(std::string_view key, std::string_view value)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (key.empty()) {
        return fail(ErrorCode::InvalidArgument, "empty setting key");
    }
    auto stmt = db().prepare("INSERT OR REPLACE INTO couple_settings (key, value) VALUES (?, ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

Status CoupleSpace::setCoupleSettings(std::span<const std::pair<std::string_view, std::string_view>> values)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    auto transaction = db().transaction();
    if (!transaction) {
        return std::unexpected(transaction.error());
    }
    for (const auto& [key, value] : values) {
        if (auto st = setCoupleSetting(key, value); !st) {
            return st; // the transaction rolls back
        }
    }
    return transaction->commit();
}

const std::filesystem::path& CoupleSpace::vaultDirectory() const noexcept
{
    return m_session->vaultDirectory();
}

Result<int> CoupleSpace::resolvePendingGrants()
{
    return resolve(std::nullopt);
}

Result<int> CoupleSpace::resolve(const std::optional<Topic>& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return std::unexpected(st.error());
    }
    if (m_partnerId.empty()) {
        return 0;
    }
    EnvelopeStore store(db());
    auto tx = db().transaction();
    if (!tx) {
        return forward(tx);
    }
    auto candidates = store.grantCandidates(m_myId, m_partnerId, topic);
    if (!candidates) {
        return forward(candidates);
    }
    if (candidates->empty()) {
        return 0;
    }
    // The reader's key comes from couple.db, which SQLCipher authenticates.
    auto keys = store.partnerKeys();
    if (!keys) {
        return forward(keys);
    }
    const auto reader = std::ranges::find_if(*keys, [&](const auto& k) { return k.first == m_partnerId; });
    if (reader == keys->end()) {
        return fail(ErrorCode::DamagedDatabase, "the partner's public key is gone from couple.db");
    }
    const std::int64_t now = m_options.clock->nowMs();
    int written = 0;
    for (const auto& c : *candidates) {
        const EnvelopeBinding binding = bindingOf(c.mine);
        // Both consents must name both current versions: id (by the join) and hash.
        const Bytes myHash = detail::ciphertextHash(c.mine.ciphertext);
        if (!detail::sameBytes(myHash, c.myConsent.ciphertextHash) ||
            !detail::sameBytes(detail::ciphertextHash(c.theirCiphertext), c.theirConsentHash)) {
            continue;
        }
        auto itemKey = m_session->openSealed(c.mine.authorSeal);
        if (!itemKey) {
            if (itemKey.error().code == ErrorCode::NotUnlocked) {
                return forward(itemKey);
            }
            continue; // a damaged envelope is never granted
        }
        // My consent is mine only if its tag verifies under my item key.
        if (!detail::sameBytes(detail::consentTag(*itemKey, binding, myHash), c.myConsent.tag) ||
            !detail::decrypt(c.mine.ciphertext, *itemKey, binding)) {
            continue;
        }
        const Bytes seal = sealToPublicKey(*itemKey, reader->second);
        if (auto st = store.putGrant(c.mine.id, m_partnerId, seal, now); !st) {
            return forward(st);
        }
        ++written;
    }
    if (auto st = tx->commit(); !st) {
        return forward(st);
    }
    return written;
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

Result<TopicStatus> CoupleSpace::statusOf(const Topic& topic)
{
    EnvelopeStore store(db());
    TopicStatus status{topic};
    auto mine = store.current(m_myId, topic);
    if (!mine) {
        return forward(mine);
    }
    std::optional<EnvelopeRow> theirs;
    std::vector<EnvelopeRow> theirVersions;
    if (!m_partnerId.empty()) {
        auto versions = store.versions(m_partnerId, topic);
        if (!versions) {
            return forward(versions);
        }
        theirVersions = std::move(*versions);
        if (!theirVersions.empty() && theirVersions.front().current) {
            theirs = theirVersions.front();
        }
    }
    status.answeredByMe = mine->has_value();
    status.answeredByPartner = theirs.has_value();
    bool mineGranted = false;
    if (*mine) {
        const EnvelopeRow& row = **mine;
        auto consent = store.consent(m_myId, topic);
        if (!consent) {
            return forward(consent);
        }
        if (*consent && (*consent)->envelopeId == row.id) {
            const Bytes hash = detail::ciphertextHash(row.ciphertext);
            auto key = m_session->openSealed(row.authorSeal);
            status.agreedByMe =
                key && detail::sameBytes(hash, (*consent)->ciphertextHash) &&
                detail::sameBytes(detail::consentTag(*key, bindingOf(row), hash), (*consent)->tag);
        }
        if (!m_partnerId.empty()) {
            auto grant = store.grant(row.id, m_partnerId);
            if (!grant) {
                return forward(grant);
            }
            mineGranted = grant->has_value();
        }
    }
    bool theirsGranted = false;
    for (const auto& version : theirVersions) {
        auto grant = store.grant(version.id, m_myId);
        if (!grant) {
            return forward(grant);
        }
        if (grant->has_value()) {
            if (version.current) {
                theirsGranted = true;
            } else {
                status.earlierPartnerVersionReadable = true;
            }
            break;
        }
    }
    if (mineGranted && theirsGranted) {
        status.state = RevealState::Revealed;
    } else if (status.agreedByMe) {
        status.state = RevealState::WaitingForPartner;
    } else if (status.answeredByMe || status.answeredByPartner) {
        status.state = RevealState::WaitingForYou;
    } else {
        status.state = RevealState::NotAnswered;
    }
    return status;
}

Result<TopicStatus> CoupleSpace::status(const Topic& topic)
{
    if (auto r = resolve(topic); !r) {
        return forward(r);
    }
    return statusOf(topic);
}

Result<std::vector<TopicStatus>> CoupleSpace::promptStates()
{
    if (auto r = resolve(std::nullopt); !r) {
        return forward(r);
    }
    auto prompts = m_catalog->sharedPrompts();
    if (!prompts) {
        return forward(prompts);
    }
    std::vector<TopicStatus> states;
    states.reserve(prompts->size());
    for (const auto& prompt : *prompts) {
        auto s = statusOf(Topic::answer(prompt.id));
        if (!s) {
            return forward(s);
        }
        states.push_back(std::move(*s));
    }
    return states;
}

Result<EnvelopeId> CoupleSpace::write(const Topic& topic, std::string_view plaintext, Reveal reveal)
{
    // A grant this session owes on the old version is written before it is replaced.
    if (auto r = resolve(topic); !r) {
        return forward(r);
    }
    EnvelopeStore store(db());
    auto keys = store.partnerKeys();
    if (!keys) {
        return forward(keys);
    }
    const auto me = std::ranges::find_if(*keys, [&](const auto& k) { return k.first == m_myId; });
    if (me == keys->end()) {
        return fail(ErrorCode::DamagedDatabase, "this partner's public key is gone from couple.db");
    }
    auto tx = db().transaction();
    if (!tx) {
        return forward(tx);
    }
    auto old = store.current(m_myId, topic);
    if (!old) {
        return forward(old);
    }
    if (*old) {
        bool revealed = false;
        if (!m_partnerId.empty()) {
            auto grant = store.grant((*old)->id, m_partnerId);
            if (!grant) {
                return forward(grant);
            }
            revealed = grant->has_value();
        }
        // A revealed version stays readable (what was read cannot be unread) until
        // retracted; an unrevealed one simply goes.
        auto st = revealed ? store.markEarlier((*old)->id) : store.remove((*old)->id);
        if (!st) {
            return forward(st);
        }
    }
    if (auto st = store.removeConsent(m_myId, topic); !st) {
        return forward(st);
    }
    auto versions = store.versions(m_myId, topic);
    if (!versions) {
        return forward(versions);
    }
    std::int64_t lastVersion = 0;
    for (const auto& v : *versions) {
        lastVersion = std::max(lastVersion, v.version);
    }
    EnvelopeRow row;
    row.id = detail::newEnvelopeId(*m_options.random);
    row.authorId = m_myId;
    row.kind = topic.kind;
    row.version = lastVersion + 1;
    row.topic = topic.key;
    row.createdMs = m_options.clock->nowMs();
    const SecretBuffer itemKey = detail::newItemKey(*m_options.random);
    row.ciphertext = detail::encrypt(asBytes(plaintext), itemKey, bindingOf(row));
    row.authorSeal = sealToPublicKey(itemKey, me->second);
    if (auto st = store.insert(row); !st) {
        return forward(st);
    }
    if (reveal == Reveal::Yes) {
        const Bytes hash = detail::ciphertextHash(row.ciphertext);
        detail::ConsentRow consentRow{m_myId,       topic.kind,
                                      topic.key,    row.id,
                                      hash,         detail::consentTag(itemKey, bindingOf(row), hash),
                                      row.createdMs};
        if (auto st = store.putConsent(consentRow); !st) {
            return forward(st);
        }
    }
    if (auto st = tx->commit(); !st) {
        return forward(st);
    }
    if (auto st = afterChange(topic); !st) {
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
    return write(Topic::answer(std::string(promptId)), text, reveal);
}

Result<EnvelopeId> CoupleSpace::checkIn(std::string_view reviewDate, const CheckIn& c, Reveal reveal)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    if (!WeeklyReview::isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    for (int rating : {c.emotional, c.physical, c.spiritual, c.trust}) {
        if (rating < kRatingMin || rating > kRatingMax) {
            return fail(ErrorCode::InvalidArgument, "ratings are 1 to 5");
        }
    }
    if (!isAcceptableText(c.appreciated, kMaxCheckInNoteBytes) ||
        !isAcceptableText(c.need, kMaxCheckInNoteBytes)) {
        return fail(ErrorCode::InvalidArgument, "check-in notes are at most 4000 bytes of UTF-8");
    }
    const SecretBuffer plain = detail::encodeCheckIn(c);
    return write(Topic::checkIn(std::string(reviewDate)), plain.view(), reveal);
}

Status CoupleSpace::consent(const Topic& topic)
{
    EnvelopeStore store(db());
    auto mine = store.current(m_myId, topic);
    if (!mine) {
        return forward(mine);
    }
    if (!*mine) {
        return fail(ErrorCode::NotFound, "nothing to reveal: no answer yet");
    }
    const EnvelopeRow& row = **mine;
    auto key = m_session->openSealed(row.authorSeal);
    if (!key || !detail::decrypt(row.ciphertext, *key, bindingOf(row))) {
        return fail(ErrorCode::DamagedDatabase, "this envelope fails authentication");
    }
    const Bytes hash = detail::ciphertextHash(row.ciphertext);
    detail::ConsentRow consentRow{m_myId,
                                  topic.kind,
                                  topic.key,
                                  row.id,
                                  hash,
                                  detail::consentTag(*key, bindingOf(row), hash),
                                  m_options.clock->nowMs()};
    if (auto st = store.putConsent(consentRow); !st) {
        return st;
    }
    return afterChange(topic);
}

Result<TopicStatus> CoupleSpace::reveal(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    if (auto st = consent(topic); !st) {
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
    EnvelopeStore store(db());
    auto mine = store.current(m_myId, topic);
    if (!mine) {
        return forward(mine);
    }
    if (*mine && !m_partnerId.empty()) {
        auto grant = store.grant((*mine)->id, m_partnerId);
        if (!grant) {
            return forward(grant);
        }
        if (*grant) {
            return Withdrawal::AlreadyRevealed;
        }
    }
    if (auto st = store.removeConsent(m_myId, topic); !st) {
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
    if (m_partnerId.empty()) {
        return result;
    }
    EnvelopeStore store(db());
    auto tx = db().transaction();
    if (!tx) {
        return forward(tx);
    }
    auto mineRemoved = store.removeGrants(m_myId, topic, m_partnerId);
    if (!mineRemoved) {
        return forward(mineRemoved);
    }
    result.partnerMayHaveRead = *mineRemoved > 0;
    // Un-revealed both ways: I also give up my key to my partner's words on this topic,
    // so the topic is back to "waiting" for both and nobody keeps a one-sided view.
    if (auto r = store.removeGrants(m_partnerId, topic, m_myId); !r) {
        return forward(r);
    }
    if (auto st = store.removeConsent(m_myId, topic); !st) {
        return forward(st);
    }
    // Earlier versions were kept only because they had been revealed; not any more.
    if (auto st = store.removeEarlier(m_myId, topic); !st) {
        return forward(st);
    }
    if (auto st = tx->commit(); !st) {
        return forward(st);
    }
    if (auto st = afterChange(topic); !st) {
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
    EnvelopeStore store(db());
    auto tx = db().transaction();
    if (!tx) {
        return forward(tx);
    }
    auto versions = store.versions(m_myId, topic);
    if (!versions) {
        return forward(versions);
    }
    for (const auto& v : *versions) {
        if (!m_partnerId.empty()) {
            auto grant = store.grant(v.id, m_partnerId);
            if (!grant) {
                return forward(grant);
            }
            if (*grant) {
                return Withdrawal::AlreadyRevealed;
            }
        }
    }
    for (const auto& v : *versions) {
        if (auto st = store.remove(v.id); !st) {
            return forward(st);
        }
    }
    if (auto st = store.removeConsent(m_myId, topic); !st) {
        return forward(st);
    }
    if (auto st = tx->commit(); !st) {
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
    EnvelopeStore store(db());
    auto mine = store.current(m_myId, topic);
    if (!mine) {
        return forward(mine);
    }
    if (*mine) {
        view.mine = openWith<T>(*m_session, (*mine)->authorSeal, **mine, decode);
    }
    if (m_partnerId.empty()) {
        return view;
    }
    auto versions = store.versions(m_partnerId, topic);
    if (!versions) {
        return forward(versions);
    }
    for (const auto& v : *versions) {
        auto grant = store.grant(v.id, m_myId);
        if (!grant) {
            return forward(grant);
        }
        if (*grant) {
            view.partners = openWith<T>(*m_session, **grant, v, decode);
            view.partnersIsEarlierVersion = !v.current;
            break;
        }
    }
    return view;
}

Result<TopicView<std::string>> CoupleSpace::readAnswer(std::string_view promptId)
{
    return read<std::string>(Topic::answer(std::string(promptId)), decodeText);
}

Result<TopicView<CheckIn>> CoupleSpace::readCheckIn(std::string_view reviewDate)
{
    return read<CheckIn>(Topic::checkIn(std::string(reviewDate)), detail::decodeCheckIn);
}

// ---- Offered entries ----

Result<EnvelopeId> CoupleSpace::offerEntry(EntryId entryId)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    if (m_partnerId.empty()) {
        return fail(ErrorCode::UnknownPartner, "no partner to offer to yet");
    }
    auto entry = m_session->journal().get(entryId);
    if (!entry) {
        return forward(entry);
    }
    const OfferedEntry offered{entry->fields.title, entry->fields.body, entry->fields.promptId.value_or(""),
                               entry->createdMs};
    EnvelopeStore store(db());
    auto keys = store.partnerKeys();
    if (!keys) {
        return forward(keys);
    }
    const auto me = std::ranges::find_if(*keys, [&](const auto& k) { return k.first == m_myId; });
    const auto reader = std::ranges::find_if(*keys, [&](const auto& k) { return k.first == m_partnerId; });
    if (me == keys->end() || reader == keys->end()) {
        return fail(ErrorCode::DamagedDatabase, "a public key is gone from couple.db");
    }
    EnvelopeRow row;
    row.id = detail::newEnvelopeId(*m_options.random);
    row.authorId = m_myId;
    row.kind = EnvelopeKind::OfferedEntry;
    row.topic = offered.promptId;
    row.createdMs = m_options.clock->nowMs();
    const SecretBuffer itemKey = detail::newItemKey(*m_options.random);
    const SecretBuffer plain = detail::encodeOffer(offered);
    row.ciphertext = detail::encrypt(plain.span(), itemKey, bindingOf(row));
    row.authorSeal = sealToPublicKey(itemKey, me->second);
    auto tx = db().transaction();
    if (!tx) {
        return forward(tx);
    }
    if (auto st = store.insert(row); !st) {
        return forward(st);
    }
    // The author agreed by offering: the grant is written now; the reader's app shows
    // the entry only once they choose "Read now".
    if (auto st =
            store.putGrant(row.id, m_partnerId, sealToPublicKey(itemKey, reader->second), row.createdMs);
        !st) {
        return forward(st);
    }
    if (auto st = tx->commit(); !st) {
        return forward(st);
    }
    return row.id;
}

Result<std::vector<MyOffer>> CoupleSpace::myOffers()
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    auto rows = EnvelopeStore(db()).byAuthor(m_myId, EnvelopeKind::OfferedEntry);
    if (!rows) {
        return forward(rows);
    }
    std::vector<MyOffer> offers;
    for (const auto& row : *rows) {
        auto entry = openWith<OfferedEntry>(*m_session, row.authorSeal, row, detail::decodeOffer);
        offers.push_back(
            MyOffer{row.id, row.createdMs, Opened<std::string>{entry.state, std::move(entry.value.title)}});
    }
    return offers;
}

Result<Retraction> CoupleSpace::retractOffer(const EnvelopeId& offer)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    EnvelopeStore store(db());
    auto row = store.byId(offer);
    if (!row) {
        return forward(row);
    }
    if (!*row || (*row)->authorId != m_myId || (*row)->kind != EnvelopeKind::OfferedEntry) {
        return fail(ErrorCode::NotFound, "no such offer of yours");
    }
    auto grant = m_partnerId.empty() ? Result<std::optional<Bytes>>() : store.grant(offer, m_partnerId);
    if (!grant) {
        return forward(grant);
    }
    if (auto st = store.remove(offer); !st) {
        return forward(st);
    }
    return Retraction{grant->has_value()};
}

Result<OfferResponse> CoupleSpace::responseTo(const EnvelopeId& offer)
{
    auto value = m_session->journal().setting(std::string(kOfferResponsePrefix) + offer);
    if (!value) {
        return forward(value);
    }
    if (*value == kResponseRead) {
        return OfferResponse::Read;
    }
    if (*value == kResponseNotNow) {
        return OfferResponse::NotNow;
    }
    return OfferResponse::NotSeen;
}

Result<std::vector<InboxItem>> CoupleSpace::inbox()
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    std::vector<InboxItem> items;
    if (m_partnerId.empty()) {
        return items;
    }
    auto rows = EnvelopeStore(db()).grantedTo(m_myId, m_partnerId, EnvelopeKind::OfferedEntry);
    if (!rows) {
        return forward(rows);
    }
    for (const auto& row : *rows) {
        auto response = responseTo(row.id);
        if (!response) {
            return forward(response);
        }
        items.push_back(InboxItem{row.id, row.createdMs, *response});
    }
    return items;
}

Result<Opened<OfferedEntry>> CoupleSpace::openOffer(const EnvelopeId& offer)
{
    EnvelopeStore store(db());
    auto row = store.byId(offer);
    if (!row) {
        return forward(row);
    }
    if (!*row || m_partnerId.empty() || (*row)->authorId != m_partnerId ||
        (*row)->kind != EnvelopeKind::OfferedEntry) {
        return fail(ErrorCode::NotFound, "no such offer");
    }
    auto grant = store.grant(offer, m_myId);
    if (!grant) {
        return forward(grant);
    }
    if (!*grant) {
        return fail(ErrorCode::NotFound, "the offer was withdrawn");
    }
    return openWith<OfferedEntry>(*m_session, **grant, **row, detail::decodeOffer);
}

Result<Opened<OfferedEntry>> CoupleSpace::acceptOffer(const EnvelopeId& offer)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    auto opened = openOffer(offer);
    if (!opened) {
        return opened;
    }
    if (auto st = m_session->journal().setSetting(std::string(kOfferResponsePrefix) + offer, kResponseRead);
        !st) {
        return forward(st);
    }
    return opened;
}

Status CoupleSpace::notNow(const EnvelopeId& offer)
{
    if (auto st = checkUnlocked(); !st) {
        return st;
    }
    if (auto opened = openOffer(offer); !opened) {
        return forward(opened);
    }
    auto response = responseTo(offer);
    if (!response) {
        return forward(response);
    }
    if (*response == OfferResponse::Read) {
        return {}; // already read: "not now" changes nothing
    }
    return m_session->journal().setSetting(std::string(kOfferResponsePrefix) + offer, kResponseNotNow);
}

Result<Opened<OfferedEntry>> CoupleSpace::readOffer(const EnvelopeId& offer)
{
    if (auto st = checkUnlocked(); !st) {
        return forward(st);
    }
    auto response = responseTo(offer);
    if (!response) {
        return forward(response);
    }
    auto opened = openOffer(offer);
    if (!opened) {
        return opened;
    }
    if (*response != OfferResponse::Read) {
        return fail(ErrorCode::InvalidArgument, "the offer has not been accepted");
    }
    return opened;
}

} // namespace twofold
