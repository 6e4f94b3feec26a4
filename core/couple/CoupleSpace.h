// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "couple/CheckIn.h"
#include "couple/Envelope.h"
#include "couple/Offer.h"
#include "couple/PromptCatalog.h"
#include "couple/RevealState.h"
#include "crypto/Random.h"
#include "journal/Entry.h"
#include "prompts/PromptPack.h"
#include "storage/Database.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace twofold {

class Session;
class Database;
class SecretBuffer;
class Vault;
struct PartnerInfo;
struct Appreciations;
namespace detail {
class GrantResolver;
enum class Comparison;
} // namespace detail

struct CoupleSpaceOptions
{
    const Clock* clock = nullptr; // null: the session's clock, which is the vault's
    // Item keys and envelope ids. Tests may pass a DeterministicRandom; nothing else should.
    RandomSource* random = &SystemRandom::instance();
};

// Both partners' sides of a reciprocal topic as this partner may see them.
template <typename T> struct TopicView
{
    TopicStatus status;
    std::optional<Opened<T>> mine;     // my current version
    std::optional<Opened<T>> partners; // only what is sealed to me; never before it is
    bool partnersIsEarlierVersion = false;
};

inline constexpr std::size_t kMaxAnswerBytes = 100'000;

// The partner's display name and colour as keyring.db holds them, given only when they
// carry the partner's own signature (docs/ARCHITECTURE.md, "Signed records (protocol
// v2)"). Otherwise (edited by someone else, no partner yet) authentic is false, name and
// colour are empty, and the app says a neutral "Your partner".
struct PartnerProfile
{
    std::string name;
    std::string colour;
    bool authentic = false;
};

// The couple space of one unlocked partner (DESIGN.md §4, docs/ARCHITECTURE.md "The
// couple space and the reveal protocol", protocol v2). Visibility is a fact of the
// data: an answer exists outside its author's journal only once they agree (publishing
// is agreeing); a grant (the item key sealed to the partner) is written only when both
// published and the author's journal agrees (detail::GrantResolver); the partner's
// words are read only through a grant sealed to this partner and under their signature.
//
// A facade: grant resolution lives in detail::GrantResolver, this partner's side in
// their journal (detail::MyItemStore), couple.db's rows in detail::EnvelopeStore.
//
// Plain and synchronous; the Session must outlive it. After the session locks every
// call returns NotUnlocked.
class CoupleSpace
{
public:
    // Opens the space and writes this partner's pending grants before returning, so
    // nothing is shown before they exist (§4). `packs` are the loaded prompt packs.
    static Result<CoupleSpace> open(Session& session, std::vector<PromptPack> packs,
                                    CoupleSpaceOptions options = {});

    CoupleSpace(CoupleSpace&& other) noexcept;
    CoupleSpace& operator=(CoupleSpace&& other) noexcept;
    CoupleSpace(const CoupleSpace&) = delete;
    CoupleSpace& operator=(const CoupleSpace&) = delete;
    ~CoupleSpace();

    const std::string& myId() const noexcept { return m_myId; }
    // Empty while the second partner has not enrolled.
    const std::string& partnerId() const noexcept { return m_partnerId; }
    PromptCatalog& prompts() noexcept { return *m_catalog; }
    // The partner's name and colour, if signed by them (see PartnerProfile). keyring.db is
    // re-read each time through the vault.
    Result<PartnerProfile> partnerProfile(const Vault& vault);
    Result<PartnerProfile> partnerProfile(const std::vector<PartnerInfo>& keyring);

    // Writes every grant whose rule holds and that this partner's session owes (its
    // own envelopes only: only the author can open an item key). Returns how many were
    // written. open() calls it; the app may call it again at any time.
    Result<int> resolvePendingGrants();

    // Together mode (§5): both partners unlocked in one process. After any change made
    // through either space, both resolve their grants at once. Ends on endTogether(),
    // when either space is destroyed, or when either session locks.
    Status beginTogether(CoupleSpace& partnerSpace);
    void endTogether() noexcept;
    bool isTogether() const noexcept;

    // --- Answers to shared prompts ---
    // Writes a new version (the first answer or an edit) into my journal, signed and
    // bound to the prompt's text as it is now; Reveal::Yes also agrees (publishes it).
    // An unrevealed earlier version is deleted; a revealed one stays readable by the
    // partner until retracted. Either way the new version needs consent again.
    Result<EnvelopeId> answer(std::string_view promptId, std::string_view text,
                              Reveal reveal = Reveal::NotYet);
    Result<TopicView<std::string>> readAnswer(std::string_view promptId);
    // Every shared prompt with its state for this partner, in catalog order.
    Result<std::vector<TopicStatus>> promptStates();

    // --- Weekly check-in (reviewDate "YYYY-MM-DD", see WeeklyReview) ---
    Result<EnvelopeId> checkIn(std::string_view reviewDate, const CheckIn& checkIn,
                               Reveal reveal = Reveal::NotYet);
    Result<TopicView<CheckIn>> readCheckIn(std::string_view reviewDate);

    // --- The weekly review's private steps (ReviewFlow; CoupleSpaceReview.cpp) ---
    // Reciprocal envelopes on Topic::reviewStep(reviewDate, kAppreciationsStep / kLovedStep),
    // granted only while the review reveals them with both partners together.
    Result<EnvelopeId> appreciations(std::string_view reviewDate, const Appreciations& items,
                                     Reveal reveal = Reveal::NotYet);
    Result<TopicView<Appreciations>> readAppreciations(std::string_view reviewDate);
    // The answer to "What can I do this week to make you feel more loved?".
    Result<EnvelopeId> loved(std::string_view reviewDate, std::string_view answer,
                             Reveal reveal = Reveal::NotYet);
    Result<TopicView<std::string>> readLoved(std::string_view reviewDate);

    // --- Consent, for answers and check-ins alike ---
    // Agrees to reveal my current version: my journal records it, then it is published.
    Result<TopicStatus> reveal(const Topic& topic);
    // Withdraws my consent and unpublishes my answer, unless the grant already exists.
    Result<Withdrawal> hold(const Topic& topic);
    // Deletes the grants of this topic both ways and my consent: neither partner can
    // open the other's envelope any more. What was read cannot be unread.
    Result<Retraction> retract(const Topic& topic);
    // Deletes my answer (all versions) if none of them was revealed.
    Result<Withdrawal> deleteMine(const Topic& topic);
    Result<TopicStatus> status(const Topic& topic);
    // Topics where couple.db held something under my name that I never agreed to (see
    // TopicStatus::sharedFileChanged), offers included.
    Result<std::vector<Topic>> sharedFileChanges();

    // --- Offered journal entries ---
    // Copies the entry into an envelope and grants it to the partner at once.
    Result<EnvelopeId> offerEntry(EntryId entry);
    Result<std::vector<MyOffer>> myOffers();
    // Deletes the offer and its grant.
    Result<Retraction> retractOffer(const EnvelopeId& offer);
    // Offers from the partner that are still granted to me; no words until "Read now".
    Result<std::vector<InboxItem>> inbox();
    // "Read now": records the response privately and returns the entry.
    Result<Opened<OfferedEntry>> acceptOffer(const EnvelopeId& offer);
    // "Not now": recorded privately; the author sees the offer exactly as before.
    Status notNow(const EnvelopeId& offer);
    // An accepted offer, again. InvalidArgument until accepted; NotFound once retracted.
    Result<Opened<OfferedEntry>> readOffer(const EnvelopeId& offer);

    // --- Couple-wide settings (couple.db `couple_settings`, key/value) ---
    // Either partner may read or change them; they are not secret from the partner.
    // nullopt when the key was never set. Keys are ASCII names ("review_day").
    Result<std::optional<std::string>> coupleSetting(std::string_view key);
    Status setCoupleSetting(std::string_view key, std::string_view value);
    // Several settings in one transaction: all of them are written, or none.
    Status setCoupleSettings(std::span<const std::pair<std::string_view, std::string_view>> values);
    // Whether `password` is this partner's (Session::verifyPassword: Argon2id; a wrong one
    // counts as a failed attempt). What Together mode asks before acting for one partner.
    Status verifyPassword(const SecretBuffer& password);

    // --- A partner who left (docs/ARCHITECTURE.md, "Leaving the couple") ---
    // When this partner's session found that their partner had left the couple (UTC ms):
    // shown until dismissed, and no longer once a new partner has joined.
    Result<std::optional<std::int64_t>> partnerLeftAt();
    Status dismissPartnerLeft();

    // The vault folder of this partner's session.
    const std::filesystem::path& vaultDirectory() const noexcept;

private:
    friend class ReviewNotes;
    friend class WeeklyReview;
    friend class ReviewFlow;

    CoupleSpace(Session& session, std::string partnerId, std::vector<PromptPack> packs,
                CoupleSpaceOptions options);

    Status checkUnlocked() const;
    Database& db();
    Database& journalDb();
    detail::GrantResolver resolver();
    // Resolves one topic (or all when empty) for this session only. Byte for byte at
    // open and on resolvePendingGrants(); by the signed fields otherwise (§7).
    Result<int> resolve(const std::optional<Topic>& topic);
    Result<int> resolve(const std::optional<Topic>& topic, detail::Comparison comparison);
    // Resolves everything unless neither file changed since the last full resolution:
    // no commit by anyone else (the partner's process, sqlite3, a Together partner) and
    // no change of this session's own. A file put back while the files are open is not
    // seen by the open connections at all; the next unlock resolves it (§7: the Prompts
    // list with 1,000 answered prompts in < 10 ms).
    Status resolveIfChanged();
    // After a change: this session, then the together partner's.
    Status afterChange(const std::optional<Topic>& topic);
    Result<TopicStatus> statusOf(const Topic& topic);
    Result<EnvelopeId> write(const Topic& topic, std::string_view question, const SecretBuffer& plaintext,
                             Reveal reveal);
    // Removes my rows from couple.db, crash-safe (detail::MyItemStore::markUnpublishing).
    Status unpublish(const std::vector<std::string>& ids);
    template <typename T, typename Decode> Result<TopicView<T>> read(const Topic& topic, Decode decode);
    Result<Opened<OfferedEntry>> openOffer(const EnvelopeId& offer);
    // reveal() while the weekly review, both partners present, reveals a step both wrote
    // in this sitting: the only time a Topic::isTogetherOnly() grant is written.
    Result<TopicStatus> revealTogether(const Topic& topic);
    Result<OfferResponse> responseTo(const EnvelopeId& offer);

    Session* m_session;
    std::string m_myId;
    std::string m_partnerId;
    CoupleSpaceOptions m_options;
    std::unique_ptr<PromptCatalog> m_catalog;
    CoupleSpace* m_together = nullptr;
    bool m_revealingTogether = false;                                // inside revealTogether()
    std::optional<std::pair<ChangeStamp, ChangeStamp>> m_resolvedAt; // couple.db, journal
};

} // namespace twofold
