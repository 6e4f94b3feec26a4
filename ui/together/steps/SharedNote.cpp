// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/together/steps/SharedNote.h"

#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/ReviewFlow.h"
#include "ui/widgets/ErrorMessages.h"

#include <utility>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

namespace twofold::ui {

SharedNote::SharedNote(ReviewFlow& flow, NoteKind kind, ReviewSide author, std::string about, QObject* parent)
    : QObject(parent), m_flow(&flow), m_kind(kind), m_author(author), m_about(std::move(about)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kAutosaveMs);
    connect(m_timer, &QTimer::timeout, this, [this] { store(); });
}

SharedNote::SharedNote(ReviewFlow& flow, NoteKind kind, QPlainTextEdit* editor, ReviewSide author,
                       std::string about)
    : SharedNote(flow, kind, author, std::move(about), editor)
{
    m_text = [editor] {
        return editor->toPlainText();
    };
    m_setText = [editor](const QString& text) {
        editor->setPlainText(text);
    };
    connect(editor, &QPlainTextEdit::textChanged, this, &SharedNote::typed);
}

SharedNote::SharedNote(ReviewFlow& flow, NoteKind kind, QLineEdit* editor, ReviewSide author)
    : SharedNote(flow, kind, author, {}, editor)
{
    m_text = [editor] {
        return editor->text();
    };
    m_setText = [editor](const QString& text) {
        editor->setText(text);
    };
    connect(editor, &QLineEdit::textChanged, this, &SharedNote::typed);
}

void SharedNote::typed()
{
    if (!m_loading) {
        m_timer->start();
    }
}

Status SharedNote::load()
{
    m_timer->stop();
    auto notes = m_flow->notes(m_kind);
    if (!notes) {
        Q_EMIT problem(describe(notes.error()).text());
        return propagate(notes);
    }
    const std::string& authorId = m_flow->shared().space(m_author).myId();
    m_id.clear();
    m_stored.clear();
    for (const ReviewNote& note : *notes) { // the author's newest note of this kind
        if (note.partnerId == authorId && note.about == m_about && note.state == ItemState::Readable) {
            m_id = note.id;
            m_stored = QString::fromStdString(note.text);
        }
    }
    m_loading = true;
    m_setText(m_stored);
    m_loading = false;
    return {};
}

Status SharedNote::put(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (static_cast<std::size_t>(utf8.size()) > kMaxReviewNoteBytes) {
        Q_EMIT problem(tr("This note is a little too long to keep. Shorten it a bit and it will be saved; "
                          "nothing you typed is lost."));
        return fail(ErrorCode::InvalidArgument, "review note too long");
    }
    auto written =
        m_flow->putNote(m_kind, m_author, std::string_view(utf8.constData(), utf8.size()), m_id, m_about);
    if (!written) {
        Q_EMIT problem(describe(written.error()).text());
        return propagate(written);
    }
    m_id = text.isEmpty() ? std::string() : std::move(*written);
    m_stored = text;
    return {};
}

Status SharedNote::store()
{
    m_timer->stop();
    const QString text = m_text();
    if (text == m_stored) {
        return {};
    }
    return put(text);
}

Status SharedNote::switchTo(ReviewSide author)
{
    if (auto st = store(); !st) {
        return st;
    }
    m_author = author;
    return load();
}

Status SharedNote::moveTo(ReviewSide author)
{
    m_timer->stop();
    if (author == m_author) {
        return store();
    }
    const QString text = m_text();
    if (!m_id.empty()) {
        if (auto st = put(QString()); !st) { // the old author's note, removed
            return st;
        }
    }
    m_author = author;
    if (auto st = load(); !st) { // the new author's own note of this kind, if any, is replaced
        return st;
    }
    m_loading = true;
    m_setText(text);
    m_loading = false;
    return store();
}

} // namespace twofold::ui
