// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The demo vault's content: Alex's and Sam's journals, their answers to shared prompts
// and the entries they offer each other. It is resources/demo/demo.json, compiled in
// (cli/EmbeddedDemo.h) and read here once.
#include "cli/DemoVault.h"
#include "cli/EmbeddedDemo.h"
#include "cli/Format.h"
#include "common/Json.h"

#include <deque>
#include <string>
#include <vector>

namespace twofold::cli {

namespace {

using json::Value;

// Everything demo.json holds. The spans and views handed out point into it; it is read
// once and never changes. Empty when the file does not read (runDemo then refuses).
struct DemoData
{
    std::deque<std::string> strings;
    std::deque<std::vector<DemoEntry>> entries; // one list per partner
    std::vector<DemoPartner> partners;
    std::vector<DemoAnswer> answers;
    std::vector<DemoOffer> offers;
};

class DemoReader
{
public:
    explicit DemoReader(DemoData& data) : m_data(data) {}

    bool ok() const { return m_ok; }

    std::string_view text(const Value* value)
    {
        const std::string* string = value ? value->ifString() : nullptr;
        if (string == nullptr) {
            m_ok = false;
            return {};
        }
        return m_data.strings.emplace_back(*string);
    }

    int number(const Value* value, int absent)
    {
        if (value == nullptr) {
            return absent;
        }
        const Value::Number* parsed = value->ifNumber();
        if (parsed == nullptr || !parsed->integer || *parsed->integer < 0 || *parsed->integer > 100'000) {
            m_ok = false;
            return absent;
        }
        return static_cast<int>(*parsed->integer);
    }

    const Value::Array& array(const Value* value)
    {
        static const Value::Array kNone;
        const Value::Array* array = value ? value->ifArray() : nullptr;
        m_ok = m_ok && array != nullptr;
        return array ? *array : kNone;
    }

    // "emotional", ... as `twofold write --kind` takes them.
    unsigned kinds(const Value* value)
    {
        unsigned bits = 0;
        for (const Value& name : array(value)) {
            const auto bit = parseKinds(text(&name));
            m_ok = m_ok && bit.has_value();
            bits |= bit.value_or(0);
        }
        return bits;
    }

    // The tags, comma-separated (DemoEntry::tags).
    std::string_view tags(const Value* value)
    {
        std::string joined;
        for (const Value& tag : array(value)) {
            joined += (joined.empty() ? "" : ",") + std::string(text(&tag));
        }
        return m_data.strings.emplace_back(std::move(joined));
    }

    DemoEntry entry(const Value& value)
    {
        DemoEntry read;
        read.daysAgo = number(value.find("daysAgo"), -1);
        const std::string_view time = text(value.find("time")); // "HH:MM", UTC
        const auto digit = [&](std::size_t i) {
            return time[i] >= '0' && time[i] <= '9' ? time[i] - '0' : 99;
        };
        m_ok = m_ok && read.daysAgo >= 0 && time.size() == 5 && time[2] == ':';
        if (m_ok) {
            read.hour = digit(0) * 10 + digit(1);
            read.minute = digit(3) * 10 + digit(4);
            m_ok = read.hour < 24 && read.minute < 60;
        }
        read.editedAfterMinutes = number(value.find("editedAfterMinutes"), 0);
        read.mood = number(value.find("mood"), 0);
        read.kinds = kinds(value.find("kinds"));
        read.tags = tags(value.find("tags"));
        read.title = text(value.find("title"));
        read.body = text(value.find("body"));
        return read;
    }

    void partner(const Value& value)
    {
        std::vector<DemoEntry>& entries = m_data.entries.emplace_back();
        for (const Value& entryValue : array(value.find("entries"))) {
            entries.push_back(entry(entryValue));
        }
        m_data.partners.push_back(DemoPartner{text(value.find("name")), text(value.find("password")),
                                              text(value.find("colour")), entries});
    }

    // The index of the partner with that name.
    std::size_t partnerIndex(std::string_view name)
    {
        for (std::size_t i = 0; i < m_data.partners.size(); ++i) {
            if (m_data.partners[i].name == name) {
                return i;
            }
        }
        m_ok = false;
        return 0;
    }

    // {"id": ..., "answers": {"Alex": {"text": ..., "reveal": true}, ...}}
    void answer(const Value& value)
    {
        DemoAnswer read;
        read.promptId = text(value.find("id"));
        const Value* answers = value.find("answers");
        const Value::Object* byPartner = answers ? answers->ifObject() : nullptr;
        if (byPartner == nullptr) {
            m_ok = false;
            return;
        }
        for (const json::Member& member : *byPartner) {
            const Value* reveal = member.value.find("reveal");
            const bool* agreed = reveal ? reveal->ifBool() : nullptr;
            m_ok = m_ok && agreed != nullptr;
            const Reveal state = agreed && *agreed ? Reveal::Yes : Reveal::NotYet;
            if (partnerIndex(member.key) == 0) {
                read.alex = text(member.value.find("text"));
                read.alexReveal = state;
            } else {
                read.sam = text(member.value.find("text"));
                read.samReveal = state;
            }
        }
        m_data.answers.push_back(read);
    }

    void read(const Value& root)
    {
        for (const Value& value : array(root.find("partners"))) {
            partner(value);
        }
        m_ok = m_ok && m_data.partners.size() == 2; // Alex, then Sam
        for (const Value& value : array(root.find("prompts"))) {
            answer(value);
        }
        for (const Value& value : array(root.find("offers"))) {
            const std::size_t from = partnerIndex(text(value.find("from")));
            m_data.offers.push_back(DemoOffer{from, text(value.find("entry"))});
        }
    }

private:
    DemoData& m_data;
    bool m_ok = true;
};

DemoData readDemo()
{
    DemoData data;
    const auto& files = detail::embeddedDemoFiles();
    if (files.empty()) {
        return data;
    }
    if (auto root = json::parse(files.front().json)) {
        DemoReader reader(data);
        reader.read(*root);
        if (reader.ok()) {
            return data;
        }
    }
    return {};
}

const DemoData& demoData()
{
    static const DemoData data = readDemo();
    return data;
}

} // namespace

std::span<const DemoPartner> demoPartners()
{
    return demoData().partners;
}

std::span<const DemoAnswer> demoAnswers()
{
    return demoData().answers;
}

std::span<const DemoOffer> demoOffers()
{
    return demoData().offers;
}

} // namespace twofold::cli
