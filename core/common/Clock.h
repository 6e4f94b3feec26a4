// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <chrono>
#include <cstdint>

namespace twofold {

// Time is injected so tests can run a week in a millisecond.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual std::int64_t nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    std::int64_t nowMs() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
    static const SystemClock& instance()
    {
        static const SystemClock kClock;
        return kClock;
    }
};

// A clock tests move by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::int64_t startMs = 1'767'225'600'000) : m_now(startMs) {} // 2026-01-01
    std::int64_t nowMs() const override { return m_now; }
    void advanceMs(std::int64_t ms) { m_now += ms; }
    void setMs(std::int64_t ms) { m_now = ms; }

private:
    std::int64_t m_now;
};

} // namespace twofold
