// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// DESIGN.md §4's required property test, protocol v2: over seeded random interleavings
// of answer / edit / agree / hold / retract / delete / read / lock / unlock / together
// by both partners, AND by either partner as the attacker the promises exist against
// (with the couple key, their own keys and raw SQL: save and re-insert any row, delete
// rows, put back an older couple.db, forge answers under the other's id with every key
// they really have), after every step:
//
//  1. Consent. No version of an author's becomes readable by the other partner (raw
//     SQL + libsodium through any grant row) unless, at that moment, it is the version
//     its author agrees to through the app. What was readable once stays readable to
//     that partner (they may have kept the key), so it is tracked cumulatively.
//  2. Authorship. Whatever the app shows as someone's words is text that person wrote
//     through the app: never a forgery, never unsigned.
//  3. Reported. A row put back or forged under an author's name that their journal
//     never agreed to makes that author's next look at the topic say the shared file
//     was changed.
//  4. Liveness. When both agree together, both read each other at once; so too a private
//     step of the weekly review, revealed together once both wrote it.
//
// The run asserts its own counters, so it cannot pass without replaying, rolling back
// and forging. Reproduce a failure with TWOFOLD_COUPLE_SEED=<seed> (and
// TWOFOLD_COUPLE_STEPS=<n>).
#include "couple/ReviewFlow.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "crypto/KeyWrap.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"

#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <set>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr int kTopics = 3;
const std::array<std::string, kTopics> kPrompts = {
    "foundations.what-intimacy-means",
    "foundations.a-little-more",
    "needs-and-desire.asking",
};
constexpr std::string_view kForged = "FORGED";

struct Counters
{
    int steps = 0;
    int agreements = 0;
    int holds = 0;
    int retracts = 0;
    int reads = 0;
    int replays = 0;
    int deletions = 0;
    int rollbacks = 0;
    int forgeries = 0;
    int reported = 0;
    int bothRead = 0;
    int reviewReveals = 0; // a private review step revealed together (ReviewFlow)
    int forgeriesSeen = 0; // the forger looked at a topic while their forgery stood in couple.db
};

// One saved row of couple.db, as the attacker keeps it.
struct SavedRow
{
    detail::EnvelopeRow envelope;
    std::vector<std::pair<std::string, Bytes>> grants; // reader, seal
};

class SequenceRun
{
public:
    explicit SequenceRun(std::uint64_t seed) : m_rng(seed), m_seed(seed)
    {
        m_keys[0].emplace(unwrapKeys(m_couple.dir(), m_couple.alexId, TwoPartners::kAlexPassword));
        m_keys[1].emplace(unwrapKeys(m_couple.dir(), m_couple.samId, TwoPartners::kSamPassword));
        m_ids = {m_couple.alexId, m_couple.samId};
        for (int p = 0; p < 2; ++p) {
            quick(p);
            m_space[p].emplace(m_couple.openSpace(session(p)));
        }
    }

    void run(int steps)
    {
        for (int i = 0; i < steps; ++i) {
            m_step = i;
            m_agreedDuringStep.clear();
            m_last = "nothing";
            step();
            if (::testing::Test::HasFailure()) {
                ADD_FAILURE() << "first failure at seed " << m_seed << ", step " << i << " (" << m_last
                              << ")";
                return;
            }
            if (std::getenv("TWOFOLD_COUPLE_TRACE") != nullptr) {
                std::cerr << i << ": " << m_last << "\n";
            }
            checkConsent();
            if (::testing::Test::HasFailure()) {
                ADD_FAILURE() << "consent check failed at seed " << m_seed << ", step " << i << " (" << m_last
                              << ")";
                return;
            }
            ++m_counters.steps;
        }
    }

    const Counters& counters() const { return m_counters; }

private:
    // Durability is not what this test is about: skip fsync so many steps stay quick.
    void quick(int p)
    {
        ASSERT_TRUE(session(p).coupleDatabase().exec("PRAGMA synchronous = OFF;"));
        ASSERT_TRUE(
            twofold::detail::JournalAccess::database(session(p).journal()).exec("PRAGMA synchronous = OFF;"));
    }

    bool unlocked(int p) { return slot(p).has_value() && slot(p)->isUnlocked(); }
    std::optional<Session>& slot(int p) { return p == 0 ? m_couple.alex : m_couple.sam; }
    Session& session(int p) { return *slot(p); }
    Topic topic(int t) const { return Topic::answer(kPrompts[static_cast<std::size_t>(t)]); }
    int pick(int n) { return static_cast<int>(m_rng() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    int topicOf(const std::string& key) const
    {
        for (int t = 0; t < kTopics; ++t) {
            if (kPrompts[static_cast<std::size_t>(t)] == key) {
                return t;
            }
        }
        return -1;
    }

    void step()
    {
        const int p = pick(2);
        // Often, the victim of an attack is the next to look at it, or the forger looks
        // at what they forged.
        for (int t = 0; t < kTopics; ++t) {
            if ((m_mustReport[p][t] || m_forgedFor[p][t]) && unlocked(p) && chance(50)) {
                m_forgedFor[p][t] = false;
                return look(p, t);
            }
        }
        if (chance(22)) {
            return attack(p);
        }
        if (!unlocked(p)) {
            m_last = "unlock p" + std::to_string(p);
            return unlock(p);
        }
        const int t = pick(kTopics);
        switch (pick(12)) {
        case 0:
        case 1:
        case 2:
            return write(p, t);
        case 3:
        case 4:
            return agree(p, t);
        case 5:
            return hold(p, t);
        case 6:
            return retract(p, t);
        case 7:
        case 8:
            return look(p, t);
        case 9:
            return lock(p);
        case 10:
            return bothTogether(t);
        default:
            return deleteMine(p, t);
        }
    }

    // ---------- the honest app ----------
    // write, hold and delete first write the grant owed on the version agreed so far
    // (§4: holding back cannot undo a reveal whose rule already held): that version was
    // agreed to at the moment its grant was written.
    void resolvesFirst(int p, int t)
    {
        if (!m_agreed[p][t].empty()) {
            m_agreedDuringStep.insert(m_agreed[p][t]);
        }
    }

    void afterOwnAction(int p, int t)
    {
        // Acting on a topic settles it: a pending report was seen (or is moot).
        m_mustReport[p][t] = false;
    }

    void write(int p, int t)
    {
        const Reveal reveal = chance(45) ? Reveal::Yes : Reveal::NotYet;
        m_last = std::string("write p") + std::to_string(p) + " t" + std::to_string(t) +
                 (reveal == Reveal::Yes ? " +agree" : "");
        resolvesFirst(p, t);
        const std::string text =
            "p" + std::to_string(p) + " t" + std::to_string(t) + " v" + std::to_string(m_step) + " ✓ שלום";
        auto id = m_space[p]->answer(kPrompts[static_cast<std::size_t>(t)], text, reveal);
        ASSERT_TRUE(id) << id.error().detail;
        m_written[p].insert(text);
        m_current[p][t] = *id;
        m_agreed[p][t] = reveal == Reveal::Yes ? *id : std::string();
        m_counters.agreements += reveal == Reveal::Yes;
        afterOwnAction(p, t);
    }

    void agree(int p, int t)
    {
        m_last = "agree p" + std::to_string(p) + " t" + std::to_string(t);
        auto status = m_space[p]->reveal(topic(t));
        if (m_current[p][t].empty()) {
            ASSERT_FALSE(status);
            EXPECT_EQ(status.error().code, ErrorCode::NotFound);
            return;
        }
        ASSERT_TRUE(status) << status.error().detail;
        EXPECT_TRUE(status->agreedByMe);
        m_agreed[p][t] = m_current[p][t];
        ++m_counters.agreements;
        afterOwnAction(p, t);
    }

    void hold(int p, int t)
    {
        m_last = "hold p" + std::to_string(p) + " t" + std::to_string(t);
        resolvesFirst(p, t);
        auto result = m_space[p]->hold(topic(t));
        ASSERT_TRUE(result) << result.error().detail;
        if (*result == Withdrawal::Withdrawn) {
            m_agreed[p][t].clear();
            ++m_counters.holds;
        }
        afterOwnAction(p, t);
    }

    void retract(int p, int t)
    {
        m_last = "retract p" + std::to_string(p) + " t" + std::to_string(t);
        auto result = m_space[p]->retract(topic(t));
        ASSERT_TRUE(result) << result.error().detail;
        m_agreed[p][t].clear();
        ++m_counters.retracts;
        afterOwnAction(p, t);
    }

    void deleteMine(int p, int t)
    {
        m_last = "delete p" + std::to_string(p) + " t" + std::to_string(t);
        resolvesFirst(p, t);
        auto result = m_space[p]->deleteMine(topic(t));
        ASSERT_TRUE(result) << result.error().detail;
        if (*result == Withdrawal::Withdrawn) {
            m_current[p][t].clear();
            m_agreed[p][t].clear();
        }
        afterOwnAction(p, t);
    }

    void look(int p, int t)
    {
        m_last = "look p" + std::to_string(p) + " t" + std::to_string(t);
        ++m_counters.reads;
        const bool mustReport = m_mustReport[p][t];
        bool rowStillThere = false;
        if (mustReport) {
            Database db = raw();
            rowStillThere = detail::EnvelopeStore(db).byId(m_reportFor[p][t]).value().has_value();
        }
        auto view = m_space[p]->readAnswer(kPrompts[static_cast<std::size_t>(t)]);
        ASSERT_TRUE(view) << view.error().detail;
        checkWords(p, *view);
        m_counters.forgeriesSeen += view->partners && !view->partners->readable();
        EXPECT_EQ(view->status.agreedByMe, !m_agreed[p][t].empty());
        if (mustReport) {
            EXPECT_TRUE(view->status.sharedFileChanged)
                << "a row put back under p" << p << "'s name went unreported (" << m_reportFor[p][t]
                << (rowStillThere ? ", still in couple.db" : ", gone") << "; alerts "
                << m_space[p]->sharedFileChanges()->size() << ", agreed " << m_agreed[p][t] << ", current "
                << m_current[p][t] << ")";
            EXPECT_EQ(view->status.state, RevealState::Damaged);
            m_counters.reported += view->status.sharedFileChanged;
            m_mustReport[p][t] = false;
        }
    }

    // Promise 2: the words shown are words their author wrote.
    void checkWords(int p, const TopicView<std::string>& view)
    {
        if (view.mine && view.mine->readable()) {
            EXPECT_TRUE(m_written[p].contains(view.mine->value)) << "shown as mine: " << view.mine->value;
            EXPECT_EQ(view.mine->question.empty(), false) << "the question travels with the answer";
        }
        if (view.partners && view.partners->readable()) {
            EXPECT_TRUE(m_written[1 - p].contains(view.partners->value))
                << "shown as my partner's: " << view.partners->value;
            EXPECT_EQ(view.partners->value.find(kForged), std::string::npos);
        }
    }

    void lock(int p)
    {
        m_last = "lock p" + std::to_string(p);
        m_space[p].reset();
        session(p).lock();
    }

    void unlock(int p)
    {
        m_space[p].reset();
        m_couple.unlock(p == 0 ? "alex" : "sam");
        quick(p);
        m_space[p].emplace(m_couple.openSpace(session(p)));
    }

    // Promise 4: in together mode, both agreeing reveals both at once.
    void bothTogether(int t)
    {
        m_last = "together t" + std::to_string(t);
        for (int p = 0; p < 2; ++p) {
            if (!unlocked(p)) {
                unlock(p);
            }
        }
        ASSERT_TRUE(m_space[0]->beginTogether(*m_space[1]));
        for (int p = 0; p < 2; ++p) {
            write(p, t);
            m_last = "together t" + std::to_string(t);
            if (m_agreed[p][t].empty()) {
                agree(p, t);
            }
        }
        for (int p = 0; p < 2; ++p) {
            auto view = m_space[p]->readAnswer(kPrompts[static_cast<std::size_t>(t)]);
            ASSERT_TRUE(view) << view.error().detail;
            checkWords(p, *view);
            EXPECT_EQ(view->status.state, RevealState::Revealed);
            ASSERT_TRUE(view->partners && view->partners->readable()) << "together: both read both";
        }
        ++m_counters.bothRead;
        if (chance(50)) {
            reviewTogether();
        }
        m_space[0]->endTogether();
    }

    // A private step of the guided weekly review, both present: both write, both are
    // revealed together, and each reads the other's words at once (a new review date each
    // time: a step revealed once is not written again).
    void reviewTogether()
    {
        using namespace std::chrono;
        const year_month_day day{sys_days{2026y / January / 4} + days(7 * m_counters.reviewReveals)};
        const auto twoDigits = [](unsigned value) {
            return (value < 10 ? "0" : "") + std::to_string(value);
        };
        const std::string date = std::to_string(static_cast<int>(day.year())) + "-" +
                                 twoDigits(static_cast<unsigned>(day.month())) + "-" +
                                 twoDigits(static_cast<unsigned>(day.day()));
        m_last = "review together " + date;
        auto flow = ReviewFlow::begin(*m_space[0], *m_space[1], date);
        ASSERT_TRUE(flow) << flow.error().detail;
        const std::vector<std::string> first{"p0 appreciates " + date};
        const std::vector<std::string> second{"p1 appreciates " + date};
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::First, first));
        auto before = flow->appreciations();
        ASSERT_TRUE(before);
        EXPECT_FALSE(before->revealed || before->first || before->second)
            << "nothing before both had their turn";
        ASSERT_TRUE(flow->submitAppreciations(ReviewSide::Second, second));
        auto after = flow->appreciations();
        ASSERT_TRUE(after) << after.error().detail;
        ASSERT_TRUE(after->revealed && after->first && after->second);
        EXPECT_EQ(after->first->value.items, first);
        EXPECT_EQ(after->second->value.items, second);
        for (int p = 0; p < 2; ++p) {
            auto view = m_space[p]->readAppreciations(date);
            ASSERT_TRUE(view) << view.error().detail;
            EXPECT_EQ(view->status.state, RevealState::Revealed);
            ASSERT_TRUE(view->partners && view->partners->readable()) << "together: both read both";
            EXPECT_EQ(view->partners->value.items, p == 0 ? second : first);
        }
        ++m_counters.reviewReveals;
    }

    // ---------- the attacker: partner `a`, against partner `v` ----------
    Database raw() { return openCoupleRaw(m_couple.dir(), m_keys[0]->coupleKey); }

    std::vector<SavedRow> rowsOf(Database& db, const std::string& author)
    {
        std::vector<SavedRow> out;
        detail::EnvelopeStore store(db);
        auto rows = store.allByAuthor(author);
        EXPECT_TRUE(rows);
        for (auto& row : *rows) {
            if (row.kind != EnvelopeKind::Answer) {
                continue;
            }
            SavedRow saved{row, {}};
            for (int r = 0; r < 2; ++r) {
                if (auto seal = rawGrant(db, row.id, m_ids[r])) {
                    saved.grants.emplace_back(m_ids[r], *seal);
                }
            }
            out.push_back(std::move(saved));
        }
        return out;
    }

    void attack(int a)
    {
        const int v = 1 - a;
        switch (pick(5)) {
        case 0:
        case 1: { // save everything now, for later
            m_last = "attacker p" + std::to_string(a) + " saves rows";
            Database db = raw();
            for (auto& row : rowsOf(db, m_ids[static_cast<std::size_t>(v)])) {
                m_saved[v].push_back(std::move(row));
            }
            if (chance(30)) {
                (void)db.checkpoint();
                saveFile();
            }
            return;
        }
        case 2:
            return replay(a, v);
        case 3:
            return chance(50) ? deleteRow(v) : rollbackFile();
        default:
            return forge(a, v);
        }
    }

    // The row put under v's name must make v's next look at the topic say so, unless
    // it is gone before v's session could see it (deleted, or the file put back).
    void expectReport(int v, int t, const std::string& envelopeId)
    {
        if (t >= 0 && envelopeId != m_agreed[v][t]) {
            m_mustReport[v][t] = true;
            m_reportFor[v][t] = envelopeId;
        }
    }

    void replay(int a, int v)
    {
        if (m_saved[v].empty()) {
            return;
        }
        const SavedRow& saved =
            m_saved[v][static_cast<std::size_t>(pick(static_cast<int>(m_saved[v].size())))];
        m_last = "attacker p" + std::to_string(a) + " re-inserts " + saved.envelope.id.substr(0, 6);
        Database db = raw();
        detail::EnvelopeStore store(db);
        // Whatever stands in the way goes: the attacker can write anything.
        ASSERT_TRUE(store.remove(saved.envelope.id));
        if (saved.envelope.current) {
            auto stmt = db.prepare("DELETE FROM envelopes WHERE author_id = ? AND kind = 1 AND topic = ? AND "
                                   "is_current = 1;");
            stmt->bind(1, saved.envelope.authorId).bind(2, saved.envelope.topic);
            ASSERT_TRUE(stmt->run());
        }
        ASSERT_TRUE(store.insert(saved.envelope));
        for (const auto& [reader, seal] : saved.grants) {
            ASSERT_TRUE(store.putGrant(saved.envelope.id, reader, seal, 0));
        }
        // A version once revealed may still be kept by its author (an earlier version,
        // published until retracted): put back, it is theirs to stand behind.
        if (saved.envelope.current &&
            !m_everReadable[static_cast<std::size_t>(a)].contains(saved.envelope.id)) {
            expectReport(v, topicOf(saved.envelope.topic), saved.envelope.id);
        }
        ++m_counters.replays;
    }

    void deleteRow(int v)
    {
        m_last = "attacker deletes a row of p" + std::to_string(v);
        Database db = raw();
        auto rows = rowsOf(db, m_ids[static_cast<std::size_t>(v)]);
        if (rows.empty()) {
            return;
        }
        const auto& row = rows[static_cast<std::size_t>(pick(static_cast<int>(rows.size())))];
        ASSERT_TRUE(detail::EnvelopeStore(db).remove(row.envelope.id));
        if (const int t = topicOf(row.envelope.topic); t >= 0 && m_reportFor[v][t] == row.envelope.id) {
            m_mustReport[v][t] = false;
        }
        ++m_counters.deletions;
    }

    std::filesystem::path couplePath() const { return m_couple.dir() / "couple.db"; }

    void saveFile()
    {
        m_savedFile = m_couple.dir().parent_path() / ("couple-" + std::to_string(m_step) + ".db");
        std::filesystem::copy_file(couplePath(), *m_savedFile,
                                   std::filesystem::copy_options::overwrite_existing);
    }

    // An older couple.db put back while neither partner has it open.
    void rollbackFile()
    {
        if (!m_savedFile) {
            return;
        }
        m_last = "attacker puts back couple.db";
        for (int p = 0; p < 2; ++p) {
            if (unlocked(p)) {
                lock(p);
            }
        }
        for (const char* suffix : {"-wal", "-shm"}) {
            std::filesystem::remove(couplePath().string() + suffix);
        }
        std::filesystem::copy_file(*m_savedFile, couplePath(),
                                   std::filesystem::copy_options::overwrite_existing);
        // The file put back replaces whatever was planted since: only its rows count.
        for (auto& perPartner : m_mustReport) {
            std::fill(std::begin(perPartner), std::end(perPartner), false);
        }
        Database db = raw();
        for (int v = 0; v < 2; ++v) {
            for (const auto& row : rowsOf(db, m_ids[static_cast<std::size_t>(v)])) {
                if (row.envelope.current &&
                    !m_everReadable[static_cast<std::size_t>(1 - v)].contains(row.envelope.id)) {
                    expectReport(v, topicOf(row.envelope.topic), row.envelope.id);
                }
            }
        }
        ++m_counters.rollbacks;
    }

    // Words put in v's mouth: a fresh envelope under v's id, encrypted and sealed
    // properly, signed with every key the attacker has (their own signing key, or none),
    // published as v's current version and granted to the attacker.
    void forge(int a, int v)
    {
        const int t = pick(kTopics);
        m_last =
            "attacker p" + std::to_string(a) + " forges p" + std::to_string(v) + " t" + std::to_string(t);
        const std::string question = "What does intimacy mean to you?";
        detail::EnvelopeRow row;
        row.id = detail::newEnvelopeId(m_random);
        row.authorId = m_ids[static_cast<std::size_t>(v)];
        row.kind = EnvelopeKind::Answer;
        row.topic = kPrompts[static_cast<std::size_t>(t)];
        row.createdMs = m_step;
        row.version = 1000 + m_step;
        row.format = 2;
        row.questionHash = detail::questionHash(question);
        const SecretBuffer itemKey = detail::newItemKey(m_random);
        const SecretBuffer plain =
            detail::encodeAnswer(question, std::string(kForged) + " by p" + std::to_string(a));
        row.ciphertext = detail::encrypt(plain.span(), itemKey, detail::bindingOf(row));
        row.authorSeal = sealToPublicKey(itemKey, m_keys[static_cast<std::size_t>(v)]->box.publicKey);
        if (chance(70)) {
            row.signature = m_keys[static_cast<std::size_t>(a)]->sign.sign(detail::signedMessage(row));
        }
        Database db = raw();
        auto stmt = db.prepare(
            "DELETE FROM envelopes WHERE author_id = ? AND kind = 1 AND topic = ? AND is_current = 1;");
        stmt->bind(1, row.authorId).bind(2, row.topic);
        ASSERT_TRUE(stmt->run());
        detail::EnvelopeStore store(db);
        ASSERT_TRUE(store.insert(row));
        ASSERT_TRUE(
            store.putGrant(row.id, m_ids[static_cast<std::size_t>(a)],
                           sealToPublicKey(itemKey, m_keys[static_cast<std::size_t>(a)]->box.publicKey), 0));
        m_forged.insert(row.id);
        m_forgedFor[a][t] = true;
        expectReport(v, t, row.id);
        ++m_counters.forgeries;
    }

    // ---------- promise 1, on the raw data ----------
    void checkConsent()
    {
        Database db = raw();
        for (int author = 0; author < 2; ++author) {
            const int reader = 1 - author;
            for (const auto& saved : rowsOf(db, m_ids[static_cast<std::size_t>(author)])) {
                const auto& e = saved.envelope;
                if (m_forged.contains(e.id)) {
                    continue; // the attacker's own words: theirs to read
                }
                for (const auto& [readerId, seal] : saved.grants) {
                    if (readerId != m_ids[static_cast<std::size_t>(reader)]) {
                        continue;
                    }
                    RawEnvelope raw{e.id,       e.authorId,   static_cast<int>(e.kind),
                                    e.topic,    e.ciphertext, e.authorSeal,
                                    e.current,  e.format,     e.questionHash,
                                    e.signature};
                    if (!rawOpen(seal, m_keys[static_cast<std::size_t>(reader)]->box, e.ciphertext,
                                 envelopeAd(raw))) {
                        continue;
                    }
                    if (m_everReadable[reader].contains(e.id)) {
                        continue;
                    }
                    const int t = topicOf(e.topic);
                    ASSERT_GE(t, 0);
                    if (m_agreedDuringStep.contains(e.id)) {
                        m_everReadable[reader].insert(e.id);
                        continue;
                    }
                    ASSERT_EQ(e.id, m_agreed[author][t])
                        << "p" << reader << " can now read a version of p" << author << "'s that p" << author
                        << " does not agree to (current " << e.current << ", version " << e.version << ", p"
                        << author << "'s current " << m_current[author][t] << ")";
                    m_everReadable[reader].insert(e.id);
                }
            }
        }
    }

    TwoPartners m_couple;
    DeterministicRandom m_random{99};
    std::array<std::optional<RawKeys>, 2> m_keys;
    std::array<std::string, 2> m_ids;
    std::array<std::optional<CoupleSpace>, 2> m_space;
    std::mt19937_64 m_rng;
    std::uint64_t m_seed;
    int m_step = 0;
    std::string m_last;
    std::string m_current[2][kTopics];
    std::string m_agreed[2][kTopics]; // the version each agrees to right now, per the app
    bool m_mustReport[2][kTopics] = {};
    bool m_forgedFor[2][kTopics] = {};
    std::string m_reportFor[2][kTopics];
    std::array<std::set<std::string>, 2> m_written;
    std::array<std::set<std::string>, 2> m_everReadable;
    std::array<std::vector<SavedRow>, 2> m_saved;
    std::set<std::string> m_forged;
    std::set<std::string> m_agreedDuringStep;
    std::optional<std::filesystem::path> m_savedFile;
    Counters m_counters;
};

std::uint64_t envOr(const char* name, std::uint64_t fallback)
{
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::strtoull(value, nullptr, 10) : fallback;
}

} // namespace

TEST(RevealSequenceTest, NoVersionIsReadableWithoutItsAuthorsConsentEvenAgainstThePartner)
{
    const int steps = static_cast<int>(envOr("TWOFOLD_COUPLE_STEPS", 350));
    std::vector<std::uint64_t> seeds = {20260101, 7, 424242};
    if (const std::uint64_t seed = envOr("TWOFOLD_COUPLE_SEED", 0); seed != 0) {
        seeds = {seed};
    }
    Counters total;
    for (const std::uint64_t seed : seeds) {
        SCOPED_TRACE("seed " + std::to_string(seed) +
                     " (rerun with TWOFOLD_COUPLE_SEED=" + std::to_string(seed) + ")");
        SequenceRun run(seed);
        run.run(steps);
        const Counters& c = run.counters();
        std::cout << "[ seed " << seed << " ] " << c.steps << " steps, " << c.agreements << " agreements, "
                  << c.holds << " holds, " << c.retracts << " retracts, " << c.reads << " reads, "
                  << c.bothRead << " together reveals, " << c.reviewReveals
                  << " review steps revealed together; attacker: " << c.replays << " replays, " << c.deletions
                  << " deletions, " << c.rollbacks << " file rollbacks, " << c.forgeries << " forgeries; "
                  << c.reported << " reported\n";
        if (::testing::Test::HasFailure()) {
            return;
        }
        // Every step ran, and each seed exercised both the partners' side and the attacker's.
        EXPECT_EQ(c.steps, steps);
        EXPECT_GT(c.agreements, 0);
        EXPECT_GT(c.reads, 0);
        EXPECT_GT(c.replays + c.deletions + c.rollbacks + c.forgeries, 0);
        EXPECT_GT(c.reviewReveals, 0);
        total.steps += c.steps;
        total.agreements += c.agreements;
        total.retracts += c.retracts;
        total.reads += c.reads;
        total.replays += c.replays;
        total.rollbacks += c.rollbacks;
        total.forgeries += c.forgeries;
        total.reported += c.reported;
        total.bothRead += c.bothRead;
        total.reviewReveals += c.reviewReveals;
        total.forgeriesSeen += c.forgeriesSeen;
        total.holds += c.holds;
        total.deletions += c.deletions;
    }
    if (seeds.size() > 1) {
        // The run really attacked, and the checks really looked.
        EXPECT_GT(total.replays, 20);
        EXPECT_GT(total.rollbacks, 3);
        EXPECT_GT(total.forgeries, 20);
        EXPECT_GT(total.deletions, 5);
        EXPECT_GT(total.reported, 5);
        EXPECT_GT(total.forgeriesSeen, 5);
        EXPECT_GT(total.bothRead, 5);
        EXPECT_GT(total.reviewReveals, 5);
        EXPECT_GT(total.holds, 5);
        EXPECT_GT(total.agreements, 20);
        EXPECT_GT(total.retracts, 5);
        EXPECT_GT(total.reads, 20);
        EXPECT_EQ(total.steps, steps * static_cast<int>(seeds.size()));
    }
}
