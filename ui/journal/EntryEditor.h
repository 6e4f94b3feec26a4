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
// Typing is autosaved as an encrypted draft ~2 s after the last keystroke (and at
// least every 10 s while typing goes on); Save puts it into the journal.
class EntryEditor : public QWidget
{
    Q_OBJECT

public:
    enum class SaveState
    {
        Empty,      // a new entry with nothing in it
        Unsaved,    // changes only in memory
        Saving,     // writing now
        DraftSaved, // changes kept safe as a draft, not yet saved into the journal
        Saved,      // the journal holds exactly what is shown
        Failed,     // the last save failed; the text is still here
    };

    static constexpr std::chrono::milliseconds kDefaultAutosaveDelay{2000};
    static constexpr std::chrono::milliseconds kMaxUnsavedTime{10000};

    // `clock`: the vault's (VaultContext::clock()), for the time a save is shown at.
    explicit EntryEditor(const Clock& clock, QWidget* parent = nullptr);

    void setJournal(Journal* journal);
    void setAutosaveDelay(std::chrono::milliseconds delay);

    // Loads an entry (or its newer draft). The caller saves the current draft first.
    bool openEntry(EntryId id);
    // A new entry, or the new-entry draft left from last time.
    void newEntry();

    std::optional<EntryId> entryId() const { return m_entryId; }
    EntryFields fields() const;
    SaveState saveState() const { return m_state; }
    QString saveStateText() const;
    bool hasUnsavedChanges() const { return m_state == SaveState::Unsaved || m_state == SaveState::Failed; }

    // Writes pending changes as a draft now (before lock, close, switching entries).
    Status saveDraftNow();
    // Saves into the journal (Ctrl+S). False when it failed (the reason is emitted).
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

private:
    void loadFields(const EntryFields& fields);
    void markChanged();
    void setState(SaveState state);
    void togglePreview(bool on);
    std::optional<int> mood() const;

    const Clock* m_clock;
    Journal* m_journal = nullptr;
    std::optional<EntryId> m_entryId;
    std::optional<std::string> m_promptId;
    bool m_loading = false;
    SaveState m_state = SaveState::Empty;
    QDateTime m_stateTime;

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
    QPushButton* m_save;
    QPushButton* m_offer;
    QTimer m_autosave;
    QElapsedTimer m_unsavedSince;
};

} // namespace twofold::ui
