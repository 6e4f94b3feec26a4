// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/MyItemStore.h"
#include "couple/detail/OpenEnvelope.h"
#include "crypto/BoxKeyPair.h"
#include "journal/detail/Utf8.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

// Writing to a reciprocal topic and revealing it.
namespace twofold {

using detail::EnvelopeRow;
using detail::EnvelopeStore;
using detail::MyItem;
using detail::MyItemStore;

using detail::settledLater;

Result<EnvelopeId> CoupleSpace::write(const Topic& topic, std::string_view question,
                                      const SecretBuffer& plaintext, Reveal reveal)
{
    // A grant this session owes on the old version is written before it is replaced.
    if (auto r = resolve(topic); !r) {
        return propagate(r);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto old = myStore.item(topic);
    if (!old) {
        return propagate(old);
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
        return propagate(signature);
    }
    row.signature = std::move(*signature);

    // My journal first: the old version is replaced there (a revealed one is kept
    // published, as an earlier version), then couple.db follows.
    std::vector<std::string> toUnpublish;
    bool keepOldPublished = false;
    {
        auto jtx = journalDb().transaction();
        if (!jtx) {
            return propagate(jtx);
        }
        if (*old) {
            keepOldPublished = (*old)->granted();
            if (keepOldPublished) {
                if (auto st = myStore.addKept((*old)->envelope.id, topic); !st) {
                    return propagate(st);
                }
            } else if ((*old)->agreed) {
                toUnpublish.push_back((*old)->envelope.id);
                if (auto st = myStore.markUnpublishing((*old)->envelope.id); !st) {
                    return propagate(st);
                }
            }
        }
        if (auto st = myStore.put(MyItem{row, std::string(question), reveal == Reveal::Yes, {}}); !st) {
            return propagate(st);
        }
        if (auto st = myStore.clearAlert(topic); !st) {
            return propagate(st);
        }
        if (auto st = jtx->commit(); !st) {
            return propagate(st);
        }
    }
    // Saved: my journal is the authority from here on. couple.db follows now, or, if the
    // disk is full, at the next resolve (which publishes what I agreed to and removes
    // what I withdrew, without an alarm for the rows it marked).
    const auto publish = [&]() -> Status {
        EnvelopeStore store(db());
        auto tx = db().transaction();
        if (!tx) {
            return propagate(tx);
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
                return propagate(current);
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
        return propagate(st);
    }
    return row.id;
}

Result<EnvelopeId> CoupleSpace::answer(std::string_view promptId, std::string_view text, Reveal reveal)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (text.empty() || !detail::fitsUtf8(text, kMaxAnswerBytes)) {
        return fail(ErrorCode::InvalidArgument, "an answer is 1 to 100000 bytes of UTF-8");
    }
    auto shared = m_catalog->isShared(promptId);
    if (!shared) {
        return propagate(shared);
    }
    if (!*shared) {
        return fail(ErrorCode::InvalidArgument, "that prompt is not shared by both partners");
    }
    auto prompt = m_catalog->find(promptId);
    if (!prompt) {
        return propagate(prompt);
    }
    const std::string question = *prompt ? (*prompt)->text : std::string();
    const SecretBuffer plain = detail::encodeAnswer(question, text);
    return write(Topic::answer(std::string(promptId)), question, plain, reveal);
}

Result<EnvelopeId> CoupleSpace::checkIn(std::string_view reviewDate, const CheckIn& c, Reveal reveal)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    if (!WeeklyReview::isValidDate(reviewDate)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    for (const std::optional<int>& rating : c.ratings()) {
        if (rating && (*rating < kRatingMin || *rating > kRatingMax)) {
            return fail(ErrorCode::InvalidArgument, "ratings are 1 to 5, or none (rather not say)");
        }
    }
    if (!detail::fitsUtf8(c.appreciated, kMaxCheckInNoteBytes) ||
        !detail::fitsUtf8(c.need, kMaxCheckInNoteBytes)) {
        return fail(ErrorCode::InvalidArgument, "check-in notes are at most 4000 bytes of UTF-8");
    }
    const SecretBuffer plain = detail::encodeCheckIn(c);
    return write(Topic::checkIn(std::string(reviewDate)), {}, plain, reveal);
}

Result<TopicStatus> CoupleSpace::reveal(const Topic& topic)
{
    if (auto st = checkUnlocked(); !st) {
        return propagate(st);
    }
    MyItemStore myStore(journalDb(), m_myId);
    auto mine = myStore.item(topic);
    if (!mine) {
        return propagate(mine);
    }
    if (!*mine) {
        return fail(ErrorCode::NotFound, "nothing to reveal: no answer yet");
    }
    auto key = m_session->openSealed((*mine)->envelope.authorSeal);
    if (!key || !detail::decrypt((*mine)->envelope.ciphertext, *key, detail::bindingOf((*mine)->envelope))) {
        return fail(ErrorCode::DamagedDatabase, "this envelope fails authentication");
    }
    if (auto st = myStore.decide(topic, MyItemStore::Agreement::Agree); !st) {
        return propagate(st);
    }
    // The resolver publishes what my journal agrees to, then writes what is owed.
    if (auto st = settledLater(afterChange(topic)); !st) {
        return propagate(st);
    }
    return statusOf(topic);
}

} // namespace twofold
