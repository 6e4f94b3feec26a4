// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "couple/CheckIn.h"

#include <array>
#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QPlainTextEdit;

namespace twofold::ui {

// One partner's private weekly check-in (DESIGN.md §5): four ratings from 1 to 5 and two
// short notes. Nothing is pre-filled and nothing is forced: each rating is five choices
// and "Rather not say", none chosen at first (left so, it is "rather not say" too); each
// note has "Rather not say" beside it, and an empty note says nothing either.
class CheckInForm : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInForm(QWidget* parent = nullptr);

    CheckIn value() const;
    // Back to nothing chosen, nothing typed, no undo history.
    void clear();
    void focusFirst();
    // The guided review asks only the four ratings: the two notes hidden (and left empty).
    void setNotesVisible(bool visible);

    // "Emotional connection", ... in CheckIn::ratings() order.
    static QStringList ratingNames();
    // "4 of 5", or "—" for rather not say.
    static QString ratingText(const std::optional<int>& rating);
    // The note, or "—" when there is none.
    static QString noteText(const std::string& note);

private:
    QPlainTextEdit* makeNote(const QString& objectName, const QString& accessibleName);

    std::array<QButtonGroup*, kCheckInRatings> m_ratings{};
    QPlainTextEdit* m_appreciated = nullptr;
    QPlainTextEdit* m_need = nullptr;
    QCheckBox* m_appreciatedSkip = nullptr;
    QCheckBox* m_needSkip = nullptr;
    QList<QWidget*> m_noteWidgets; // the notes, their labels and their "Rather not say"
    QWidget* m_hint = nullptr;
};

} // namespace twofold::ui
