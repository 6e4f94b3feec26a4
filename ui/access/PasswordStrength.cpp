// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/access/PasswordStrength.h"

#include <cmath>

#include <QCoreApplication>
#include <QSet>

namespace twofold::ui {

namespace {

struct StrengthText
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)
};

bool isObvious(const QString& lower)
{
    static const QStringList kCommon = {QStringLiteral("password"), QStringLiteral("12345678"),
                                        QStringLiteral("qwerty"),   QStringLiteral("letmein"),
                                        QStringLiteral("iloveyou"), QStringLiteral("abc123"),
                                        QStringLiteral("111111"),   QStringLiteral("twofold")};
    for (const QString& common : kCommon) {
        if (lower.contains(common) && lower.size() < common.size() + 6) {
            return true;
        }
    }
    return false;
}

} // namespace

Strength estimateStrength(const QString& password)
{
    if (password.isEmpty()) {
        return Strength::Empty;
    }
    if (password.size() < kMinimumPasswordLength) {
        return Strength::TooShort;
    }
    const QString lower = password.toLower();
    if (isObvious(lower)) {
        return Strength::Weak;
    }
    bool hasLower = false, hasUpper = false, hasDigit = false, hasOther = false;
    QSet<QChar> distinct;
    for (const QChar c : password) {
        distinct.insert(c);
        if (c.isLower()) {
            hasLower = true;
        } else if (c.isUpper()) {
            hasUpper = true;
        } else if (c.isDigit()) {
            hasDigit = true;
        } else {
            hasOther = true; // spaces between words count: passphrases are good
        }
    }
    const int pool = (hasLower ? 26 : 0) + (hasUpper ? 26 : 0) + (hasDigit ? 10 : 0) + (hasOther ? 33 : 0);
    // Repeated characters add little: count each distinct one fully, repeats at a quarter.
    const double effectiveLength = distinct.size() + 0.25 * (password.size() - distinct.size());
    const double bits = effectiveLength * std::log2(std::max(pool, 10));
    if (bits < 40) {
        return Strength::Weak;
    }
    if (bits < 60) {
        return Strength::Fair;
    }
    if (bits < 85) {
        return Strength::Strong;
    }
    return Strength::VeryStrong;
}

QString describeStrength(Strength strength)
{
    switch (strength) {
    case Strength::Empty:
        return StrengthText::tr("A few unrelated words make a strong password that is easy to remember.");
    case Strength::TooShort:
        return StrengthText::tr("Too short: use at least %n characters.", nullptr, kMinimumPasswordLength);
    case Strength::Weak:
        return StrengthText::tr("Weak: easy to guess. Add a few more words.");
    case Strength::Fair:
        return StrengthText::tr("Fair: a little longer would be safer.");
    case Strength::Strong:
        return StrengthText::tr("Strong.");
    case Strength::VeryStrong:
        return StrengthText::tr("Very strong.");
    }
    return {};
}

int strengthScore(Strength strength)
{
    switch (strength) {
    case Strength::Empty:
    case Strength::TooShort:
        return 0;
    case Strength::Weak:
        return 1;
    case Strength::Fair:
        return 2;
    case Strength::Strong:
        return 3;
    case Strength::VeryStrong:
        return 4;
    }
    return 0;
}

} // namespace twofold::ui
