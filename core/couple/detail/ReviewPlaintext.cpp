// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/ReviewPlaintext.h"

#include "couple/detail/EnvelopeStore.h"
#include "journal/detail/Utf8.h"

#include <cstdint>
#include <cstring>

namespace twofold::detail {

namespace {

constexpr std::uint8_t kAppreciationsFormat = 0x10;
constexpr std::uint8_t kLovedFormat = 0x11;

// Writes into secure memory from the start: the words never sit in an ordinary buffer.
class Writer
{
public:
    explicit Writer(std::size_t size) : m_buffer(size) {}
    void byte(std::uint8_t b) { m_buffer.data()[m_pos++] = b; }
    void text(std::string_view s)
    {
        const auto size = static_cast<std::uint32_t>(s.size());
        for (int shift = 24; shift >= 0; shift -= 8) {
            byte(static_cast<std::uint8_t>(size >> shift));
        }
        if (!s.empty()) {
            std::memcpy(m_buffer.data() + m_pos, s.data(), s.size());
            m_pos += s.size();
        }
    }
    SecretBuffer finish() { return std::move(m_buffer); }

private:
    SecretBuffer m_buffer;
    std::size_t m_pos = 0;
};

class Reader
{
public:
    explicit Reader(const SecretBuffer& buffer) : m_data(buffer.data()), m_size(buffer.size()) {}
    bool byte(std::uint8_t& out)
    {
        if (m_pos >= m_size) {
            return false;
        }
        out = m_data[m_pos++];
        return true;
    }
    // A length-prefixed text of 1..maxBytes bytes of UTF-8.
    bool text(std::string& out, std::size_t maxBytes)
    {
        std::uint32_t size = 0;
        for (int i = 0; i < 4; ++i) {
            std::uint8_t b = 0;
            if (!byte(b)) {
                return false;
            }
            size = (size << 8) | b;
        }
        if (size == 0 || size > maxBytes || size > m_size - m_pos) {
            return false;
        }
        out.assign(reinterpret_cast<const char*>(m_data + m_pos), size);
        m_pos += size;
        return isValidUtf8(out);
    }
    bool done() const { return m_pos == m_size; }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

std::unexpected<Error> malformed()
{
    return fail(ErrorCode::DamagedDatabase, "a review step's plaintext is malformed");
}

} // namespace

SecretBuffer encodeAppreciations(const Appreciations& a)
{
    std::size_t size = 2;
    for (const std::string& item : a.items) {
        size += 4 + item.size();
    }
    Writer w(size);
    w.byte(kAppreciationsFormat);
    w.byte(static_cast<std::uint8_t>(a.items.size()));
    for (const std::string& item : a.items) {
        w.text(item);
    }
    return w.finish();
}

Result<Appreciations> decodeAppreciations(const SecretBuffer& plaintext)
{
    Reader r(plaintext);
    std::uint8_t format = 0;
    std::uint8_t count = 0;
    if (!r.byte(format) || format != kAppreciationsFormat || !r.byte(count) || count == 0 ||
        count > kMaxAppreciations) {
        return malformed();
    }
    Appreciations a;
    a.items.resize(count);
    for (std::string& item : a.items) {
        if (!r.text(item, kMaxAppreciationBytes)) {
            return malformed();
        }
    }
    if (!r.done()) {
        return malformed();
    }
    return a;
}

SecretBuffer encodeLoved(std::string_view answer)
{
    Writer w(1 + 4 + answer.size());
    w.byte(kLovedFormat);
    w.text(answer);
    return w.finish();
}

Result<std::string> decodeLoved(const SecretBuffer& plaintext)
{
    Reader r(plaintext);
    std::uint8_t format = 0;
    std::string answer;
    if (!r.byte(format) || format != kLovedFormat || !r.text(answer, kMaxLovedBytes) || !r.done()) {
        return malformed();
    }
    return answer;
}

std::string_view stepOf(std::string_view topicKey)
{
    const auto slash = topicKey.find('/');
    return slash == std::string_view::npos ? std::string_view() : topicKey.substr(slash + 1);
}

Opened<Appreciations> decodeAppreciationsFor(const SecretBuffer& plaintext, const EnvelopeRow& row)
{
    if (row.kind != EnvelopeKind::CheckIn || stepOf(row.topic) != kAppreciationsStep) {
        return {ItemState::Damaged, {}};
    }
    auto value = decodeAppreciations(plaintext);
    if (!value) {
        return {ItemState::Damaged, {}};
    }
    return {ItemState::Readable, std::move(*value), row.createdMs};
}

Opened<std::string> decodeLovedFor(const SecretBuffer& plaintext, const EnvelopeRow& row)
{
    if (row.kind != EnvelopeKind::CheckIn || stepOf(row.topic) != kLovedStep) {
        return {ItemState::Damaged, {}};
    }
    auto value = decodeLoved(plaintext);
    if (!value) {
        return {ItemState::Damaged, {}};
    }
    return {ItemState::Readable, std::move(*value), row.createdMs};
}

} // namespace twofold::detail
