// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/Words.h"

#include <QCoreApplication>
#include <QLocale>

namespace twofold::ui {

namespace {

struct WordsText
{
    Q_DECLARE_TR_FUNCTIONS(Words)
};

} // namespace

QString moodName(int mood)
{
    switch (mood) {
    case 1:
        return WordsText::tr("Heavy");
    case 2:
        return WordsText::tr("Low");
    case 3:
        return WordsText::tr("Steady");
    case 4:
        return WordsText::tr("Good");
    case 5:
        return WordsText::tr("Bright");
    default:
        return {};
    }
}

QString kindName(IntimacyKind kind)
{
    switch (kind) {
    case IntimacyKind::Emotional:
        return WordsText::tr("Emotional");
    case IntimacyKind::Physical:
        return WordsText::tr("Physical");
    case IntimacyKind::Sexual:
        return WordsText::tr("Sexual");
    case IntimacyKind::Spiritual:
        return WordsText::tr("Spiritual");
    }
    return {};
}

QString kindsText(unsigned kinds)
{
    QStringList names;
    for (IntimacyKind kind : kKinds) {
        if (kinds & kindBit(kind)) {
            names << kindName(kind);
        }
    }
    return QLocale().createSeparatedList(names);
}

QString shortTime(const QTime& time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return time.toString(format);
}

QString friendlyDate(const QDateTime& when, const QDateTime& now)
{
    const QLocale locale;
    const QDate day = when.date();
    const QString time = shortTime(when.time());
    if (day == now.date()) {
        return WordsText::tr("Today %1").arg(time);
    }
    if (day == now.date().addDays(-1)) {
        return WordsText::tr("Yesterday %1").arg(time);
    }
    if (day.year() == now.date().year()) {
        return locale.toString(day, QStringLiteral("ddd d MMM"));
    }
    return locale.toString(day, QLocale::ShortFormat);
}

} // namespace twofold::ui
