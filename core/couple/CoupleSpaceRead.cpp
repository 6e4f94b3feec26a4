// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/GrantResolver.h"
#include "couple/detail/MyItemStore.h"
#include "couple/detail/OpenEnvelope.h"
#include "couple/detail/ReviewPlaintext.h"
#include "vault/Session.h"

#include <algorithm>

// The states of reciprocal topics, and reading them.
namespace twofold {

using detail::EnvelopeRow;
using detail::EnvelopeStore;
using detail::MyItem;
using detail::MyItemStore;
using detail::openWith;

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
        return propagate(mine);
    }
    auto alerts = MyItemStore(journalDb(), m_myId).alerts();
    if (!alerts) {
        return propagate(alerts);
    }
    std::optional<detail::PartnerTopicRow> theirs;
    if (!m_partnerId.empty()) {
        auto rows = EnvelopeStore(db()).partnerTopics(m_partnerId, m_myId, topic.kind);
        if (!rows) {
            return propagate(rows);
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
        return propagate(st);
    }
    if (auto r = resolve(topic); !r) {
        return propagate(r);
    }
    return statusOf(topic);
}

Result<std::vector<Topic>> CoupleSpace::sharedFileChanges()
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    return MyItemStore(journalDb(), m_myId).alerts();
}

Result<std::vector<TopicStatus>> CoupleSpace::promptStates()
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (auto st = resolveIfChanged(); !st) {
        return propagate(st);
    }
    auto prompts = m_catalog->sharedPrompts();
    if (!prompts) {
        return propagate(prompts);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto items = myStore.headers();
    if (!items) {
        return propagate(items);
    }
    auto alerts = myStore.alerts();
    if (!alerts) {
        return propagate(alerts);
    }
    std::vector<detail::PartnerTopicRow> theirs;
    if (!m_partnerId.empty()) {
        auto rows = EnvelopeStore(db()).partnerTopics(m_partnerId, m_myId, EnvelopeKind::Answer);
        if (!rows) {
            return propagate(rows);
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

template <typename T, typename Decode>
Result<TopicView<T>> CoupleSpace::read(const Topic& topic, Decode decode)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    // My own pending grant first: nobody reads the other's words before their own are
    // sealed in return (§4).
    if (auto r = resolve(topic); !r) {
        return propagate(r);
    }
    auto status = statusOf(topic);
    if (!status) {
        return propagate(status);
    }
    TopicView<T> view;
    view.status = std::move(*status);
    auto mine = MyItemStore(journalDb(), m_myId).item(topic);
    if (!mine) {
        return propagate(mine);
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
        return propagate(versions);
    }
    auto res = resolver();
    auto partner = res.partner();
    if (!partner) {
        return propagate(partner);
    }
    for (const auto& v : *versions) {
        auto grant = store.grant(v.id, m_myId);
        if (!grant) {
            return propagate(grant);
        }
        if (!*grant) {
            continue;
        }
        auto authentic = res.isAuthentic(v, *partner);
        if (!authentic) {
            return propagate(authentic);
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

// The review's other private steps are read here, beside the check-in, because read() is
// this file's template; they are written in CoupleSpaceReview.cpp.
Result<TopicView<Appreciations>> CoupleSpace::readAppreciations(std::string_view reviewDate)
{
    return read<Appreciations>(Topic::reviewStep(std::string(reviewDate), kAppreciationsStep),
                               detail::decodeAppreciationsFor);
}

Result<TopicView<std::string>> CoupleSpace::readLoved(std::string_view reviewDate)
{
    return read<std::string>(Topic::reviewStep(std::string(reviewDate), kLovedStep), detail::decodeLovedFor);
}

} // namespace twofold
