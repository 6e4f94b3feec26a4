// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/shell/FailedUnlocksNotice.h"

#include "ui/widgets/Words.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace twofold::ui {

namespace {

struct NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(twofold::ui::MainScreen)
};

} // namespace

QString failedUnlocksNotice(const FailedUnlockSummary& attempts)
{
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(*attempts.lastMs);
    const QString when =
        QLocale().toString(last.date(), QLocale::ShortFormat) + QLatin1Char(' ') + shortTime(last.time());
    // Spelled out for one and for many, so English reads right without a .qm file.
    QString text =
        attempts.count == 1
            ? NoticeText::tr(
                  "Since you last opened your journal, someone tried to unlock it once with a wrong "
                  "password, on %1.")
                  .arg(when)
        : attempts.moreThanShown
            ? NoticeText::tr(
                  "Since you last opened your journal, someone tried to unlock it more than %1 times "
                  "with a "
                  "wrong password, most recently on %2.")
                  .arg(attempts.count)
                  .arg(when)
            : NoticeText::tr("Since you last opened your journal, someone tried to unlock it %1 times with a "
                             "wrong password, most recently on %2.")
                  .arg(attempts.count)
                  .arg(when);
    text += QLatin1Char(' ') +
            NoticeText::tr(
                "If that was not you, you may want to choose a new password. This record can be erased "
                "or changed by anyone with access to the vault's files, and guesses against a copy of "
                "the files are never recorded.");
    return text;
}

} // namespace twofold::ui
