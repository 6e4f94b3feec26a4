// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "journal/Entry.h"

#include <chrono>
#include <optional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace twofold {
class Journal;
}

namespace twofold::ui {

// Writes one entry: title, Markdown body with a preview, mood, intimacy kinds, tags.
// The entry saves itself into the journal (encrypted, one durable transaction) ~2 s
// after the last keystroke, at least every 10 s while typing goes on, and whenever the
// page flushes it (switching entries, lock, close); Ctrl+S saves at once. A new entry
// becomes an entry on its first save, never while still empty. Saving leaves the text
// document alone, so undo and redo reach back across saves while the entry is open.
class EntryEditor : public QWidget
{
    Q_OBJECT

public:
    enum class SaveState
    {
        Empty,   // a new entry with nothing in it
        Unsaved, // changes only in memory, saved when the pause is over
        Saving,  // writing now
        Saved,   // the journal holds exactly what is shown
        Failed,  // the last save failed; the text is still here
    };

    static constexpr std::chrono::milliseconds kDefaultAutosaveDelay{2000};
    static constexpr std::chrono::milliseconds kMaxUnsavedTime{10000};

    // `clock`: the vault's (VaultContext::clock()), for the time a save is shown at.
    explicit EntryEditor(const Clock& clock, QWidget* parent = nullptr);

    void setJournal(Journal* journal);
    void setAutosaveDelay(std::chrono::milliseconds delay);

    // Loads an entry. A draft left by a crash or an older version is put back into it
    // and saved at once (undo in the text shows the entry as it was), and recovered()
    // says so. The caller saves the open entry first.
    bool openEntry(EntryId id);
    // A new entry: empty, or `text` (undo of a deletion), or the new-entry draft a crash
    // or an older version left, which is saved as an entry at once.
    void newEntry(const std::optional<EntryFields>& text = std::nullopt);

    std::optional<EntryId> entryId() const { return m_entryId; }
    EntryFields fields() const;
    SaveState saveState() const { return m_state; }
    QString saveStateText() const;
    bool hasUnsavedChanges() const { return m_state == SaveState::Unsaved || m_state == SaveState::Failed; }

    // Saves pending changes into the entry now (the pause timer, switching entries,
    // lock, close). An empty new entry is not created. The reason of a failure is emitted.
    Status saveNow();
    // After a failed save: the words are kept as this entry's encrypted draft (written when
    // the entry itself could not be), so leaving the entry loses nothing; opening it again
    // brings them back.
    bool keptAsDraft() const { return m_keptAsDraft; }
    // Ctrl+S, and before offering: saves now; true when an entry holds what is shown.
    bool save();
    // Lock: empties every field, the undo history and the preview.
    void clearAll();
    // Shows "Offer to my partner" (only when there is a partner to offer to).
    void setOfferAvailable(bool available);

Q_SIGNALS:
    void entrySaved(EntryId id);
    void deleteRequested();
    // "Offer to my partner": the page asks for confirmation and offers the saved entry.
    void offerRequested();
    void errorOccurred(const QString& message);
    void saveStateChanged();
    // Words a crash or an older version left as a draft came back into the open entry
    // and are saved; `savedMs`: when they were written (UTC milliseconds).
    void recovered(std::int64_t savedMs);

private:
    void loadFields(const EntryFields& fields, bool withBody = true);
    void recoverDraft(const Draft& draft);
    void updateWordCount();
    void markChanged();
    void setState(SaveState state);
    void togglePreview(bool on);
    std::optional<int> mood() const;

    const Clock* m_clock;
    bool m_keptAsDraft = false;
    Journal* m_journal = nullptr;
    std::optional<EntryId> m_entryId;
    std::optional<std::string> m_promptId;
    bool m_loading = false;
    SaveState m_state = SaveState::Empty;
    QDateTime m_stateTime;
    bool m_savedHere = false; // Saved by this editor (shown with its time), not just opened

    QLineEdit* m_title;
    QStackedWidget* m_bodyStack;
    QPlainTextEdit* m_body;
    QTextBrowser* m_preview;
    QComboBox* m_mood;
    QList<QCheckBox*> m_kinds;
    QLineEdit* m_tags;
    QLabel* m_status;
    QToolButton* m_previewToggle;
    QPushButton* m_delete;
    QLabel* m_words;
    QPushButton* m_offer;
    QTimer m_autosave;
    QTimer m_wordTimer;
    QElapsedTimer m_unsavedSince;
};

} // namespace twofold::ui
