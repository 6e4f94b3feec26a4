// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/journal/EntryEditor.h"

#include "common/Propagate.h"
#include "journal/Journal.h"
#include "ui/journal/MarkdownHighlighter.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/Theme.h"
#include "ui/widgets/Words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

std::vector<std::string> parseTags(const QString& text)
{
    std::vector<std::string> tags;
    for (QString tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (tag.startsWith(QLatin1Char('#'))) {
            tag.remove(0, 1);
        }
        const std::string utf8 = tag.toStdString();
        if (!utf8.empty() && std::find(tags.begin(), tags.end(), utf8) == tags.end()) {
            tags.push_back(utf8);
        }
    }
    return tags;
}

QString joinTags(const std::vector<std::string>& tags)
{
    QStringList list;
    for (const std::string& tag : tags) {
        list << QString::fromStdString(tag);
    }
    return list.join(QStringLiteral(", "));
}

// Words: runs of anything but white space.
std::int64_t countWords(const QString& text)
{
    std::int64_t words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord) {
            ++words;
        }
        inWord = !space;
    }
    return words;
}

} // namespace

EntryEditor::EntryEditor(const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(&clock), m_title(new QLineEdit(this)), m_bodyStack(new QStackedWidget(this)),
      m_body(new QPlainTextEdit(this)), m_preview(new QTextBrowser(this)), m_mood(new QComboBox(this)),
      m_tags(new QLineEdit(this)), m_status(new QLabel(this)), m_previewToggle(new QToolButton(this)),
      m_delete(new QPushButton(tr("&Delete"), this)),
      m_offer(new QPushButton(tr("&Offer to my partner…"), this))
{
    setObjectName(QStringLiteral("entryEditor"));
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("Title"));
    m_title->setFrame(false);
    makeHeadline(m_title, 1.4);

    m_body->setObjectName(QStringLiteral("entryBody"));
    m_body->setAccessibleName(tr("Entry text"));
    m_body->setPlaceholderText(tr("Write what is on your mind. Markdown works: *italic*, **bold**, "
                                  "# headings, - lists."));
    m_body->setTabChangesFocus(true);
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.1);
    m_body->setFont(bodyFont);
    new MarkdownHighlighter(m_body);
    m_preview->setObjectName(QStringLiteral("entryPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_preview->setFont(bodyFont);
    m_bodyStack->addWidget(m_body);
    m_bodyStack->addWidget(m_preview);

    m_mood->setObjectName(QStringLiteral("entryMood"));
    m_mood->setAccessibleName(tr("Mood"));
    m_mood->addItem(tr("No mood"));
    for (int mood = 1; mood <= 5; ++mood) {
        m_mood->addItem(tr("%1 · %2").arg(mood).arg(moodName(mood)), mood);
    }
    auto* kindsBox = new QWidget(this);
    kindsBox->setObjectName(QStringLiteral("entryKinds"));
    // Two by two: four whole names fit a narrow editor (issue 16: not "E / P / S / S").
    auto* kindsLayout = new QGridLayout(kindsBox);
    kindsLayout->setContentsMargins(0, 0, 0, 0);
    static const char* const kKindObjectNames[] = {"kindEmotional", "kindPhysical", "kindSexual",
                                                   "kindSpiritual"};
    for (std::size_t i = 0; i < std::size(kKinds); ++i) {
        auto* box = new QCheckBox(kindName(kKinds[i]), kindsBox);
        box->setObjectName(QLatin1String(kKindObjectNames[i]));
        box->setAccessibleName(tr("%1 intimacy").arg(kindName(kKinds[i])));
        kindsLayout->addWidget(box, static_cast<int>(i / 2), static_cast<int>(i % 2));
        m_kinds << box;
        connect(box, &QCheckBox::toggled, this, &EntryEditor::markChanged);
    }
    m_tags->setObjectName(QStringLiteral("entryTags"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));

    m_status->setObjectName(QStringLiteral("saveState"));
    // Its name is its words ("Saved · 10:51"), which a screen reader reads; what it is for
    // goes in the description.
    m_status->setAccessibleDescription(tr("Save state"));
    makeMuted(m_status);
    // Long states must not push the list aside; the label gives way and elides.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_previewToggle->setObjectName(QStringLiteral("previewToggle"));
    m_previewToggle->setText(tr("Pre&view"));
    m_previewToggle->setAccessibleName(tr("Preview"));
    m_previewToggle->setToolTip(tr("Show the text as it reads (Ctrl+Shift+P)"));
    m_previewToggle->setCheckable(true);
    m_delete->setObjectName(QStringLiteral("deleteEntryButton"));
    m_delete->setAccessibleName(tr("Delete entry"));
    m_words = new QLabel(this);
    m_words->setObjectName(QStringLiteral("wordCount"));
    m_words->setAccessibleName(tr("Word count"));
    makeMuted(m_words);

    m_offer->setObjectName(QStringLiteral("offerEntryButton"));
    m_offer->setAccessibleName(tr("Offer to my partner"));
    m_offer->setToolTip(tr("Give your partner a copy of this entry to read"));
    m_offer->setVisible(false);

    // The save state and the count on a line of their own, the buttons on the next: at
    // 800×600 or large text both are whole (issues 16, 18).
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_words);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_offer);
    actions->addWidget(m_previewToggle);
    actions->addWidget(m_delete);

    auto* meta = new QHBoxLayout;
    auto* moodLabel = new QLabel(tr("&Mood"), this);
    moodLabel->setBuddy(m_mood);
    meta->addWidget(moodLabel);
    meta->addWidget(m_mood);
    meta->addStretch();
    // The kinds have a row of their own, so the editor fits a small window (issue 12: the
    // whole window fits 900×500 logical pixels).
    auto* kindsRow = new QHBoxLayout;
    kindsRow->addWidget(kindsBox);
    kindsRow->addStretch();
    auto* tagsRow = new QHBoxLayout;
    auto* tagsLabel = new QLabel(tr("Ta&gs"), this);
    tagsLabel->setBuddy(m_tags);
    tagsRow->addWidget(tagsLabel);
    tagsRow->addWidget(m_tags, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_title);
    layout->addWidget(m_bodyStack, 1);
    layout->addLayout(meta);
    layout->addLayout(kindsRow);
    layout->addLayout(tagsRow);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kDefaultAutosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, [this] { (void)saveNow(); });
    // Counted a moment after typing stops: a long entry is not walked on every key.
    m_wordTimer.setSingleShot(true);
    m_wordTimer.setInterval(300);
    connect(&m_wordTimer, &QTimer::timeout, this, &EntryEditor::updateWordCount);
    connect(m_title, &QLineEdit::textChanged, this, &EntryEditor::markChanged);
    connect(m_body, &QPlainTextEdit::textChanged, this, &EntryEditor::markChanged);
    connect(m_tags, &QLineEdit::textChanged, this, &EntryEditor::markChanged);
    connect(m_mood, &QComboBox::currentIndexChanged, this, &EntryEditor::markChanged);
    connect(m_title, &QLineEdit::returnPressed, m_body, qOverload<>(&QWidget::setFocus));
    connect(m_previewToggle, &QToolButton::toggled, this, &EntryEditor::togglePreview);
    connect(m_delete, &QPushButton::clicked, this, &EntryEditor::deleteRequested);
    connect(m_offer, &QPushButton::clicked, this, &EntryEditor::offerRequested);

    // Ctrl+S is the window's (MainScreen), so it works wherever focus is.
    auto* previewShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+P")), this);
    previewShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previewShortcut, &QShortcut::activated, m_previewToggle, &QToolButton::toggle);
    setState(SaveState::Empty);
}

void EntryEditor::setJournal(Journal* journal)
{
    m_journal = journal;
    if (!m_journal) {
        return;
    }
    if (auto tags = m_journal->tags()) {
        QStringList list;
        for (const std::string& tag : *tags) {
            list << QString::fromStdString(tag);
        }
        // Every save refreshes the list: one completer, its list replaced, not one per save.
        if (auto* model = m_tags->completer() ? qobject_cast<QStringListModel*>(m_tags->completer()->model())
                                              : nullptr) {
            model->setStringList(list);
        } else {
            auto* completer = new QCompleter(list, m_tags);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            m_tags->setCompleter(completer);
        }
    }
}

void EntryEditor::setAutosaveDelay(std::chrono::milliseconds delay)
{
    m_autosave.setInterval(delay);
}

EntryFields EntryEditor::fields() const
{
    EntryFields fields;
    fields.title = m_title->text().trimmed().toStdString();
    fields.body = m_body->toPlainText().toStdString();
    fields.mood = mood();
    for (std::size_t i = 0; i < std::size(kKinds); ++i) {
        if (m_kinds.at(static_cast<qsizetype>(i))->isChecked()) {
            fields.kinds |= kindBit(kKinds[i]);
        }
    }
    fields.tags = parseTags(m_tags->text());
    fields.promptId = m_promptId;
    return fields;
}

std::optional<int> EntryEditor::mood() const
{
    const QVariant value = m_mood->currentData();
    return value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt;
}

void EntryEditor::loadFields(const EntryFields& fields, bool withBody)
{
    m_loading = true;
    m_title->setText(QString::fromStdString(fields.title));
    if (withBody) {
        m_body->setPlainText(QString::fromStdString(fields.body));
    }
    m_mood->setCurrentIndex(fields.mood ? std::clamp(*fields.mood, 1, 5) : 0);
    for (std::size_t i = 0; i < std::size(kKinds); ++i) {
        m_kinds.at(static_cast<qsizetype>(i))->setChecked(fields.kinds & kindBit(kKinds[i]));
    }
    m_tags->setText(joinTags(fields.tags));
    m_promptId = fields.promptId;
    updateWordCount();
    m_previewToggle->setChecked(false);
    togglePreview(false);
    m_loading = false;
}

bool EntryEditor::openEntry(EntryId id)
{
    if (!m_journal) {
        return false;
    }
    m_autosave.stop();
    auto entry = m_journal->get(id);
    if (!entry) {
        Q_EMIT errorOccurred(describe(entry.error()).text());
        return false;
    }
    m_entryId = id;
    loadFields(entry->fields);
    m_savedHere = false;
    setState(SaveState::Saved);
    m_delete->setEnabled(true);
    if (auto draft = m_journal->draft(id); draft && *draft) {
        if ((*draft)->fields == entry->fields) {
            (void)m_journal->discardDraft(id); // nothing in it the entry does not hold
        } else {
            recoverDraft(**draft);
        }
    }
    return true;
}

void EntryEditor::newEntry(const std::optional<EntryFields>& text)
{
    m_autosave.stop();
    m_entryId.reset();
    loadFields(EntryFields{});
    m_savedHere = false;
    setState(SaveState::Empty);
    m_delete->setEnabled(false);
    m_title->setFocus();
    if (text) {
        loadFields(*text);
        markChanged();
    } else if (m_journal) {
        if (auto stored = m_journal->draft(std::nullopt); stored && *stored) {
            recoverDraft(**stored);
        }
    }
}

void EntryEditor::recoverDraft(const Draft& draft)
{
    // The body goes in as one edit, so Ctrl+Z in the text shows what was saved before.
    m_loading = true;
    QTextCursor cursor(m_body->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromStdString(draft.fields.body));
    m_loading = false;
    loadFields(draft.fields, false);
    setState(SaveState::Unsaved);
    m_delete->setEnabled(true);
    if (saveNow()) {
        Q_EMIT recovered(draft.savedMs);
    }
}

void EntryEditor::markChanged()
{
    if (m_loading) {
        return;
    }
    m_wordTimer.start();
    if (m_state != SaveState::Unsaved) {
        m_unsavedSince.start();
        setState(SaveState::Unsaved);
    }
    if (m_preview->isVisible()) {
        m_preview->setMarkdown(m_body->toPlainText());
    }
    m_delete->setEnabled(true);
    // Debounced, but never more than kMaxUnsavedTime behind someone who types on and on.
    if (m_unsavedSince.isValid() && m_unsavedSince.elapsed() >= kMaxUnsavedTime.count()) {
        (void)saveNow();
        return;
    }
    m_autosave.start();
}

Status EntryEditor::saveNow()
{
    m_autosave.stop();
    if (!m_journal || !hasUnsavedChanges()) {
        return {};
    }
    const EntryFields current = fields();
    if (!m_entryId && current == EntryFields{}) {
        setState(SaveState::Empty); // typed and taken back: no empty entry is created
        return {};
    }
    setState(SaveState::Saving);
    Status saved;
    if (m_entryId) {
        saved = m_journal->update(*m_entryId, current); // also discards its draft
    } else if (auto created = m_journal->createFromNewDraft(current)) {
        m_entryId = *created;
    } else {
        saved = propagate(created);
    }
    m_keptAsDraft = false;
    if (!saved) {
        // The draft is a smaller write than the entry; if it fits, the words are safe.
        m_keptAsDraft = static_cast<bool>(m_journal->saveDraft(Draft{m_entryId, current, m_clock->nowMs()}));
        setState(SaveState::Failed);
        Q_EMIT errorOccurred(describe(saved.error()).text());
        return saved;
    }
    m_stateTime = localNow(*m_clock);
    m_savedHere = true;
    setState(SaveState::Saved);
    m_delete->setEnabled(true);
    setJournal(m_journal); // new tags join the completer
    Q_EMIT entrySaved(*m_entryId);
    return {};
}

bool EntryEditor::save()
{
    return saveNow() && m_state == SaveState::Saved && m_entryId.has_value();
}

void EntryEditor::setOfferAvailable(bool available)
{
    m_offer->setVisible(available);
}

void EntryEditor::clearAll()
{
    m_autosave.stop();
    m_wordTimer.stop();
    m_savedHere = false;
    m_loading = true;
    m_title->clear();
    m_body->clear(); // also drops the undo/redo history
    m_body->document()->clearUndoRedoStacks();
    m_preview->clear();
    m_tags->clear();
    if (m_tags->completer()) {
        m_tags->completer()->deleteLater();
        m_tags->setCompleter(nullptr);
    }
    m_mood->setCurrentIndex(0);
    for (QCheckBox* box : std::as_const(m_kinds)) {
        box->setChecked(false);
    }
    m_words->clear();
    m_loading = false;
    m_entryId.reset();
    m_promptId.reset();
    m_journal = nullptr;
    setState(SaveState::Empty);
}

void EntryEditor::togglePreview(bool on)
{
    if (on) {
        m_preview->setMarkdown(m_body->toPlainText());
        m_bodyStack->setCurrentWidget(m_preview);
    } else {
        m_preview->clear();
        m_bodyStack->setCurrentWidget(m_body);
    }
}

void EntryEditor::updateWordCount()
{
    m_wordTimer.stop();
    const std::int64_t words = countWords(m_body->toPlainText());
    m_words->setText(words == 0   ? QString()
                     : words == 1 ? tr("1 word")
                                  : tr("%1 words").arg(QLocale().toString(static_cast<qlonglong>(words))));
}

QString EntryEditor::saveStateText() const
{
    switch (m_state) {
    case SaveState::Empty:
        return tr("New entry");
    case SaveState::Unsaved:
        return tr("Saving in a moment");
    case SaveState::Saving:
        return tr("Saving…");
    case SaveState::Saved:
        return m_savedHere ? tr("Saved · %1").arg(shortTime(m_stateTime.time())) : tr("Saved");
    case SaveState::Failed:
        return tr("Not saved yet · your words are still here");
    }
    return {};
}

void EntryEditor::setState(SaveState state)
{
    m_state = state;
    if (state != SaveState::Unsaved && state != SaveState::Saving) {
        m_unsavedSince.invalidate();
    }
    m_status->setText(saveStateText());
    m_status->setToolTip(state == SaveState::Saved
                             ? tr("Stored encrypted in your journal. Entries save themselves as you write; "
                                  "Ctrl+S saves at once.")
                         : state == SaveState::Failed
                             ? tr("Saving will be tried again when you type, switch entries or lock.")
                             : QString());
    Q_EMIT saveStateChanged();
}

} // namespace twofold::ui
