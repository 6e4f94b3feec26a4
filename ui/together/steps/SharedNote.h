// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/ReviewNotes.h"
#include "couple/TogetherReview.h"

#include <functional>
#include <string>

#include <QObject>
#include <QString>

class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace twofold {
class ReviewFlow;
}

namespace twofold::ui {

// One shared note of the weekly review bound to its editor: what is typed is stored as
// `author`'s note of `kind` (ReviewFlow::putNote) two seconds after typing stops and on
// store(); the note's id is kept so the next store replaces it, and empty text removes it.
// Text that is too long is not stored: problem() says so and the editor keeps every word.
class SharedNote : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAutosaveMs = 2000;

    SharedNote(ReviewFlow& flow, NoteKind kind, QPlainTextEdit* editor, ReviewSide author,
               std::string about = {});
    SharedNote(ReviewFlow& flow, NoteKind kind, QLineEdit* editor, ReviewSide author);

    ReviewSide author() const { return m_author; }
    // Re-reads the author's note into the editor (a refresh, or another author's turn).
    Status load();
    // Writes what is typed, if it changed since it was last loaded or stored.
    Status store();
    // Stores what is typed, then shows `author`'s own note of this kind ("what I heard"
    // of the new listener).
    Status switchTo(ReviewSide author);
    // The same words become `author`'s note: the old author's is removed (the topic,
    // chosen by the other partner after all).
    Status moveTo(ReviewSide author);

Q_SIGNALS:
    void problem(const QString& message);

private:
    SharedNote(ReviewFlow& flow, NoteKind kind, ReviewSide author, std::string about, QObject* parent);
    void typed();
    Status put(const QString& text);

    ReviewFlow* m_flow;
    NoteKind m_kind;
    ReviewSide m_author;
    std::string m_about;
    std::string m_id; // the author's stored note, empty if none
    QString m_stored; // the words as last loaded or stored
    bool m_loading = false;
    std::function<QString()> m_text;
    std::function<void(const QString&)> m_setText;
    QTimer* m_timer = nullptr;
};

} // namespace twofold::ui
