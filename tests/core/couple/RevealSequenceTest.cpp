// DESIGN.md §4's required property test: over seeded random interleavings of answer /
// edit / consent / hold / retract / delete / offer / accept / not now / read / lock /
// unlock / together by both partners, after every step and for every envelope in
// couple.db, the non-author can decrypt it (raw SQL + libsodium, no API) if and only if
// the model says its grant was written while the rule held.
//
// The model grants an author's envelope only when that author's session resolves a
// topic whose rule holds (both answered, both consents on the current versions), at
// exactly the moments CoupleSpace promises to resolve: at open, before and after its
// own changes, before reads, and for the partner too in together mode.
//
// Reproduce a failure with TWOFOLD_COUPLE_SEED=<seed> (and TWOFOLD_COUPLE_STEPS=<n>).
#include "core/couple/CoupleTestSupport.h"
#include "storage/Statement.h"

#include <array>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <set>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr int kTopics = 4; // three prompts and one weekly check-in
const std::array<Topic, kTopics> kTopicList = {
    Topic::answer("foundations.what-intimacy-means"),
    Topic::answer("foundations.a-little-more"),
    Topic::answer("needs-and-desire.asking"),
    Topic::checkIn("2026-01-04"),
};
constexpr int kOfferTopic = -1;

struct ModelEnvelope
{
    int author = 0;
    int topic = 0; // index into kTopicList, or kOfferTopic
    bool current = true;
    bool granted = false;
    std::string text;  // answers and offers (title)
    CheckIn checkIn{}; // check-ins
    int writtenAt = 0; // step: orders versions
};

struct Counters
{
    int steps = 0;
    int grantsWritten = 0;
    int reveals = 0;
    int retracts = 0;
    int holdsRefused = 0;
    int locks = 0;
    int togethers = 0;
    int reads = 0;
    int offers = 0;
};

class SequenceRun
{
public:
    explicit SequenceRun(std::uint64_t seed) : m_rng(seed), m_seed(seed)
    {
        m_keys[0].emplace(unwrapKeys(m_couple.dir(), m_couple.alexId, TwoPartners::kAlexPassword));
        m_keys[1].emplace(unwrapKeys(m_couple.dir(), m_couple.samId, TwoPartners::kSamPassword));
        m_raw = openCoupleRaw(m_couple.dir(), m_keys[1]->coupleKey);
        (void)m_raw.exec("PRAGMA synchronous = OFF;");
        m_ids = {m_couple.alexId, m_couple.samId};
        // Start with both unlocked but apart.
        for (int p = 0; p < 2; ++p) {
            quick(p);
            m_space[p].emplace(m_couple.openSpace(session(p)));
        }
    }

    void run(int steps)
    {
        for (int i = 0; i < steps; ++i) {
            m_step = i;
            step();
            if (::testing::Test::HasFailure()) {
                ADD_FAILURE() << "first failure at seed " << m_seed << ", step " << i << " (" << m_last
                              << ")";
                return;
            }
            checkData();
            if (::testing::Test::HasFailure()) {
                ADD_FAILURE() << "data check failed at seed " << m_seed << ", step " << i << " (" << m_last
                              << ")";
                return;
            }
            ++m_counters.steps;
        }
    }

    const Counters& counters() const { return m_counters; }

private:
    // Durability is not what this test is about: skip fsync so thousands of steps stay quick.
    void quick(int p)
    {
        ASSERT_TRUE(session(p).coupleDatabase().exec("PRAGMA synchronous = OFF;"));
        ASSERT_TRUE(session(p).journal().database().exec("PRAGMA synchronous = OFF;"));
    }

    // ---------- model ----------
    bool unlocked(int p) { return slot(p).has_value() && slot(p)->isUnlocked(); }
    bool linked() const { return m_linked; }
    std::optional<Session>& slot(int p) { return p == 0 ? m_couple.alex : m_couple.sam; }
    Session& session(int p) { return *slot(p); }

    bool rule(int t) const
    {
        return !m_cur[0][t].empty() && !m_cur[1][t].empty() && m_consent[0][t] && m_consent[1][t];
    }

    void modelResolve(int p, int t)
    {
        if (unlocked(p) && rule(t)) {
            auto& e = m_env.at(m_cur[p][t]);
            if (!e.granted) {
                e.granted = true;
                ++m_counters.grantsWritten;
            }
        }
    }
    void modelResolveAll(int p)
    {
        for (int t = 0; t < kTopics; ++t) {
            modelResolve(p, t);
        }
    }
    void modelAfterChange(int p, int t)
    {
        modelResolve(p, t);
        if (linked()) {
            modelResolve(1 - p, t);
        }
    }

    std::vector<std::string> envelopesOf(int p, int t)
    {
        std::vector<std::string> ids;
        for (const auto& [id, e] : m_env) {
            if (e.author == p && e.topic == t) {
                ids.push_back(id);
            }
        }
        return ids;
    }

    RevealState expectedState(int p, int t)
    {
        const std::string& mine = m_cur[p][t];
        const std::string& theirs = m_cur[1 - p][t];
        const bool mineGranted = !mine.empty() && m_env.at(mine).granted;
        const bool theirsGranted = !theirs.empty() && m_env.at(theirs).granted;
        if (mineGranted && theirsGranted) {
            return RevealState::Revealed;
        }
        if (m_consent[p][t]) {
            return RevealState::WaitingForPartner;
        }
        if (!mine.empty() || !theirs.empty()) {
            return RevealState::WaitingForYou;
        }
        return RevealState::NotAnswered;
    }

    // ---------- actions ----------
    int pick(int n) { return static_cast<int>(m_rng() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    void step()
    {
        const int p = pick(2);
        if (!unlocked(p)) {
            if (chance(85)) {
                unlock(p);
            } else {
                m_last = "idle";
            }
            return;
        }
        const int t = pick(kTopics);
        switch (pick(16)) {
        case 0:
        case 1:
        case 2:
            return write(p, t);
        case 3:
        case 4:
            return reveal(p, t);
        case 5:
            return hold(p, t);
        case 6:
            return retract(p, t);
        case 7:
            return deleteMine(p, t);
        case 8:
        case 9:
            return look(p, t);
        case 10:
            return offer(p);
        case 11:
            return respond(p);
        case 12:
            return retractOffer(p);
        case 13:
            return lock(p);
        case 14:
            return together();
        default:
            return resolveAll(p);
        }
    }

    void write(int p, int t)
    {
        const Reveal reveal = chance(40) ? Reveal::Yes : Reveal::NotYet;
        m_last = "write p" + std::to_string(p) + " t" + std::to_string(t);
        modelResolve(p, t); // write() resolves the topic first
        ModelEnvelope e{p, t};
        e.writtenAt = m_step;
        Result<EnvelopeId> id;
        const Topic& topic = kTopicList[static_cast<std::size_t>(t)];
        if (topic.kind == EnvelopeKind::Answer) {
            e.text =
                "p" + std::to_string(p) + " t" + std::to_string(t) + " v" + std::to_string(m_step) + " ✓";
            id = m_space[p]->answer(topic.key, e.text, reveal);
        } else {
            e.checkIn = CheckIn{1 + pick(5),
                                1 + pick(5),
                                1 + pick(5),
                                1 + pick(5),
                                "thanks " + std::to_string(m_step),
                                "need " + std::to_string(p)};
            id = m_space[p]->checkIn(topic.key, e.checkIn, reveal);
        }
        ASSERT_TRUE(id) << id.error().detail;
        if (const std::string old = m_cur[p][t]; !old.empty()) {
            if (m_env.at(old).granted) {
                m_env.at(old).current = false;
            } else {
                m_env.erase(old);
            }
        }
        m_env.emplace(*id, e);
        m_cur[p][t] = *id;
        m_consent[p][t] = reveal == Reveal::Yes;
        m_counters.reveals += reveal == Reveal::Yes;
        modelAfterChange(p, t);
    }

    void reveal(int p, int t)
    {
        m_last = "reveal p" + std::to_string(p) + " t" + std::to_string(t);
        auto status = m_space[p]->reveal(kTopicList[static_cast<std::size_t>(t)]);
        if (m_cur[p][t].empty()) {
            ASSERT_FALSE(status);
            EXPECT_EQ(status.error().code, ErrorCode::NotFound);
            return;
        }
        ASSERT_TRUE(status) << status.error().detail;
        m_consent[p][t] = true;
        ++m_counters.reveals;
        modelAfterChange(p, t);
        EXPECT_EQ(status->state, expectedState(p, t));
    }

    void hold(int p, int t)
    {
        m_last = "hold p" + std::to_string(p) + " t" + std::to_string(t);
        modelResolve(p, t);
        auto result = m_space[p]->hold(kTopicList[static_cast<std::size_t>(t)]);
        ASSERT_TRUE(result) << result.error().detail;
        const bool granted = !m_cur[p][t].empty() && m_env.at(m_cur[p][t]).granted;
        if (granted) {
            EXPECT_EQ(*result, Withdrawal::AlreadyRevealed);
            ++m_counters.holdsRefused;
        } else {
            EXPECT_EQ(*result, Withdrawal::Withdrawn);
            m_consent[p][t] = false;
        }
    }

    void retract(int p, int t)
    {
        m_last = "retract p" + std::to_string(p) + " t" + std::to_string(t);
        auto result = m_space[p]->retract(kTopicList[static_cast<std::size_t>(t)]);
        ASSERT_TRUE(result) << result.error().detail;
        bool anyGranted = false;
        for (const auto& id : envelopesOf(p, t)) {
            auto& e = m_env.at(id);
            anyGranted = anyGranted || e.granted;
            e.granted = false;
            if (!e.current) {
                m_env.erase(id);
            }
        }
        for (const auto& id : envelopesOf(1 - p, t)) {
            m_env.at(id).granted = false;
        }
        m_consent[p][t] = false;
        EXPECT_EQ(result->partnerMayHaveRead, anyGranted);
        ++m_counters.retracts;
        modelAfterChange(p, t);
    }

    void deleteMine(int p, int t)
    {
        m_last = "delete p" + std::to_string(p) + " t" + std::to_string(t);
        modelResolve(p, t);
        auto result = m_space[p]->deleteMine(kTopicList[static_cast<std::size_t>(t)]);
        ASSERT_TRUE(result) << result.error().detail;
        bool anyGranted = false;
        for (const auto& id : envelopesOf(p, t)) {
            anyGranted = anyGranted || m_env.at(id).granted;
        }
        if (anyGranted) {
            EXPECT_EQ(*result, Withdrawal::AlreadyRevealed);
            return;
        }
        EXPECT_EQ(*result, Withdrawal::Withdrawn);
        for (const auto& id : envelopesOf(p, t)) {
            m_env.erase(id);
        }
        m_cur[p][t].clear();
        m_consent[p][t] = false;
    }

    // Reads through the API and compares state and words with the model.
    void look(int p, int t)
    {
        m_last = "look p" + std::to_string(p) + " t" + std::to_string(t);
        ++m_counters.reads;
        modelResolve(p, t);
        const Topic& topic = kTopicList[static_cast<std::size_t>(t)];
        // The partner's newest version granted to me, if any.
        std::string partnerVisible;
        int best = -1;
        for (const auto& id : envelopesOf(1 - p, t)) {
            const auto& e = m_env.at(id);
            const int rank = e.current ? 1'000'000 : e.writtenAt;
            if (e.granted && rank > best) {
                partnerVisible = id;
                best = rank;
            }
        }
        if (topic.kind == EnvelopeKind::Answer) {
            auto view = m_space[p]->readAnswer(topic.key);
            ASSERT_TRUE(view) << view.error().detail;
            EXPECT_EQ(view->status.state, expectedState(p, t));
            EXPECT_EQ(view->status.agreedByMe, m_consent[p][t]);
            ASSERT_EQ(view->mine.has_value(), !m_cur[p][t].empty());
            if (view->mine) {
                EXPECT_EQ(view->mine->value, m_env.at(m_cur[p][t]).text);
            }
            ASSERT_EQ(view->partners.has_value(), !partnerVisible.empty()) << "partner's words visible?";
            if (view->partners) {
                ASSERT_TRUE(view->partners->readable());
                EXPECT_EQ(view->partners->value, m_env.at(partnerVisible).text);
                EXPECT_EQ(view->partnersIsEarlierVersion, !m_env.at(partnerVisible).current);
            }
        } else {
            auto view = m_space[p]->readCheckIn(topic.key);
            ASSERT_TRUE(view) << view.error().detail;
            EXPECT_EQ(view->status.state, expectedState(p, t));
            ASSERT_EQ(view->mine.has_value(), !m_cur[p][t].empty());
            if (view->mine) {
                EXPECT_EQ(view->mine->value, m_env.at(m_cur[p][t]).checkIn);
            }
            ASSERT_EQ(view->partners.has_value(), !partnerVisible.empty());
            if (view->partners) {
                EXPECT_EQ(view->partners->value, m_env.at(partnerVisible).checkIn);
            }
        }
        // Offers: my inbox is exactly my partner's live offers, with my own responses.
        auto inbox = m_space[p]->inbox();
        ASSERT_TRUE(inbox);
        std::set<std::string> expected;
        for (const auto& [id, e] : m_env) {
            if (e.topic == kOfferTopic && e.author == 1 - p) {
                expected.insert(id);
            }
        }
        std::set<std::string> got;
        for (const auto& item : *inbox) {
            got.insert(item.id);
            EXPECT_EQ(item.response, m_responses[item.id]);
            auto read = m_space[p]->readOffer(item.id);
            EXPECT_EQ(read.has_value(), item.response == OfferResponse::Read);
        }
        EXPECT_EQ(got, expected);
    }

    void offer(int p)
    {
        m_last = "offer p" + std::to_string(p);
        int live = 0;
        for (const auto& [id, e] : m_env) {
            live += e.topic == kOfferTopic && e.author == p;
        }
        if (live >= 4) {
            return retractOffer(p);
        }
        const std::string title = "entry " + std::to_string(m_step);
        auto entry =
            session(p).journal().create({.title = title, .body = "private words " + std::to_string(m_step)});
        ASSERT_TRUE(entry);
        auto id = m_space[p]->offerEntry(*entry);
        ASSERT_TRUE(id) << id.error().detail;
        m_env.emplace(*id, ModelEnvelope{p, kOfferTopic, true, true, title});
        ++m_counters.offers;
    }

    void retractOffer(int p)
    {
        m_last = "retract offer p" + std::to_string(p);
        for (const auto& [id, e] : m_env) {
            if (e.topic == kOfferTopic && e.author == p) {
                const std::string offerId = id;
                auto r = m_space[p]->retractOffer(offerId);
                ASSERT_TRUE(r) << r.error().detail;
                EXPECT_TRUE(r->partnerMayHaveRead);
                m_env.erase(offerId);
                return;
            }
        }
    }

    // The reader answers one of the partner's offers: "Read now" or "Not now".
    void respond(int p)
    {
        m_last = "respond p" + std::to_string(p);
        for (const auto& [id, e] : m_env) {
            if (e.topic != kOfferTopic || e.author != 1 - p) {
                continue;
            }
            const std::string offerId = id;
            if (chance(50)) {
                auto entry = m_space[p]->acceptOffer(offerId);
                ASSERT_TRUE(entry) << entry.error().detail;
                ASSERT_TRUE(entry->readable());
                EXPECT_EQ(entry->value.title, e.text);
                m_responses[offerId] = OfferResponse::Read;
            } else {
                ASSERT_TRUE(m_space[p]->notNow(offerId));
                if (m_responses[offerId] != OfferResponse::Read) {
                    m_responses[offerId] = OfferResponse::NotNow;
                }
            }
            return;
        }
    }

    void lock(int p)
    {
        m_last = "lock p" + std::to_string(p);
        session(p).lock();
        EXPECT_EQ(m_space[p]->promptStates().error().code, ErrorCode::NotUnlocked);
        m_space[p].reset();
        m_linked = false;
        ++m_counters.locks;
    }

    void unlock(int p)
    {
        m_last = "unlock p" + std::to_string(p);
        m_space[p].reset();
        m_couple.unlock(p == 0 ? "alex" : "sam");
        quick(p);
        m_space[p].emplace(m_couple.openSpace(session(p)));
        modelResolveAll(p);
        if (unlocked(1 - p) && chance(60)) {
            together();
        }
    }

    void together()
    {
        if (!unlocked(0) || !unlocked(1)) {
            return;
        }
        if (m_linked && chance(50)) {
            m_last = "apart";
            m_space[0]->endTogether();
            m_linked = false;
            return;
        }
        m_last = "together";
        ASSERT_TRUE(m_space[0]->beginTogether(*m_space[1]));
        m_linked = true;
        modelResolveAll(0);
        modelResolveAll(1);
        ++m_counters.togethers;
    }

    void resolveAll(int p)
    {
        m_last = "resolve p" + std::to_string(p);
        auto n = m_space[p]->resolvePendingGrants();
        ASSERT_TRUE(n) << n.error().detail;
        modelResolveAll(p);
    }

    // ---------- the property, checked on the raw data ----------
    void checkData()
    {
        // One query: every envelope with every grant row (one SQL statement per step keeps
        // thousands of steps quick; SQLCipher's memory security makes each query costly).
        auto stmt =
            m_raw.prepare("SELECT e.id, e.author_id, e.kind, e.topic, e.ciphertext, e.author_seal,"
                          " e.is_current, g.reader_id, g.seal"
                          " FROM envelopes e LEFT JOIN grants g ON g.envelope_id = e.id ORDER BY e.id;");
        ASSERT_TRUE(stmt);
        std::set<std::string> inDb;
        while (true) {
            auto row = stmt->step();
            ASSERT_TRUE(row);
            if (!*row) {
                break;
            }
            RawEnvelope e{stmt->columnText(0),    stmt->columnText(1), static_cast<int>(stmt->columnInt(2)),
                          stmt->columnText(3),    stmt->columnBlob(4), stmt->columnBlob(5),
                          stmt->columnInt(6) != 0};
            const bool hasGrant = !stmt->isNull(7);
            const std::string grantReader = hasGrant ? stmt->columnText(7) : std::string();
            const Bytes seal = hasGrant ? stmt->columnBlob(8) : Bytes();
            ASSERT_TRUE(inDb.insert(e.id).second) << "more than one grant row for envelope " << e.id;
            const int author = e.author == m_ids[0] ? 0 : 1;
            ASSERT_EQ(e.author, m_ids[static_cast<std::size_t>(author)]);
            auto it = m_env.find(e.id);
            ASSERT_NE(it, m_env.end()) << "envelope in couple.db the model does not know";
            EXPECT_EQ(it->second.author, author);
            EXPECT_EQ(e.current, it->second.current);
            const int reader = 1 - author;
            const Bytes ad = envelopeAd(e.id, e.author, e.kind, e.topic);
            if (hasGrant) {
                ASSERT_EQ(grantReader, m_ids[static_cast<std::size_t>(reader)]) << "a grant to the author?";
            }
            const auto readable =
                hasGrant ? rawOpen(seal, m_keys[reader]->box, e.ciphertext, ad) : std::nullopt;
            ASSERT_EQ(readable.has_value(), it->second.granted)
                << "envelope " << e.id << " kind " << e.kind << " topic " << e.topic
                << (it->second.granted ? ": granted but unreadable"
                                       : ": readable by the non-author without the rule");
            if (readable && e.kind == static_cast<int>(EnvelopeKind::Answer)) {
                EXPECT_EQ(*readable, it->second.text);
            }
            // The author can always open their own envelope.
            EXPECT_TRUE(rawOpen(e.authorSeal, m_keys[author]->box, e.ciphertext, ad));
        }
        EXPECT_EQ(inDb.size(), m_env.size()) << "the model knows envelopes that are gone";
    }

    TwoPartners m_couple;
    std::array<std::optional<RawKeys>, 2> m_keys;
    std::array<std::string, 2> m_ids;
    Database m_raw;
    std::array<std::optional<CoupleSpace>, 2> m_space;
    bool m_linked = false;
    std::mt19937_64 m_rng;
    std::uint64_t m_seed;
    int m_step = 0;
    std::string m_last;
    std::map<std::string, ModelEnvelope> m_env;
    std::string m_cur[2][kTopics];
    bool m_consent[2][kTopics] = {};
    std::map<std::string, OfferResponse> m_responses;
    Counters m_counters;
};

std::uint64_t envOr(const char* name, std::uint64_t fallback)
{
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::strtoull(value, nullptr, 10) : fallback;
}

} // namespace

TEST(RevealSequenceTest, NonAuthorCanDecryptIffTheRuleHeldWhenItsGrantWasWritten)
{
    const int steps = static_cast<int>(envOr("TWOFOLD_COUPLE_STEPS", 1200));
    std::vector<std::uint64_t> seeds = {20260101, 7, 424242};
    if (const std::uint64_t seed = envOr("TWOFOLD_COUPLE_SEED", 0); seed != 0) {
        seeds = {seed};
    }
    for (const std::uint64_t seed : seeds) {
        SCOPED_TRACE("seed " + std::to_string(seed) +
                     " (rerun with TWOFOLD_COUPLE_SEED=" + std::to_string(seed) + ")");
        SequenceRun run(seed);
        run.run(steps);
        const Counters& c = run.counters();
        std::cout << "[ seed " << seed << " ] " << c.steps << " steps, " << c.grantsWritten << " grants, "
                  << c.reveals << " consents, " << c.retracts << " retracts, " << c.holdsRefused
                  << " late holds, " << c.offers << " offers, " << c.locks << " locks, " << c.togethers
                  << " together, " << c.reads << " reads\n";
        if (::testing::Test::HasFailure()) {
            return;
        }
    }
}
