// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/ExportDialog.h"

#include "export/Export.h"
#include "ui/data/PdfBook.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/LocalTime.h"
#include "ui/widgets/MessagePlace.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

// "walk, Family ,, sea" -> {"walk", "Family", "sea"}: core compares tags ignoring case.
std::vector<std::string> splitTags(const QString& text)
{
    std::vector<std::string> tags;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty()) {
            tags.push_back(tag.toStdString());
        }
    }
    return tags;
}

QString counted(std::size_t n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

ExportDialog::ExportDialog(VaultContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_format(new QComboBox(this)), m_whole(new QCheckBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_tags(new QLineEdit(this)),
      m_partner(new QCheckBox(this)), m_result(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_run(nullptr), m_close(nullptr)
{
    setObjectName(QStringLiteral("exportDialog"));
    // The title is only the app's name (DESIGN.md §6).
    setWindowTitle(QApplication::applicationDisplayName());
    auto* heading = new QLabel(tr("Export your journal"), this);
    makeHeadline(heading, 1.3);
    auto* intro = new QLabel(tr("Your entries and the answers you wrote, in a form other programs can read. "
                                "The export is not encrypted: keep it somewhere only you can read."),
                             this);
    intro->setWordWrap(true);

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("JSON document (one file)"), static_cast<int>(Format::Json));
    m_format->addItem(tr("Markdown (a folder, one file per entry)"), static_cast<int>(Format::Markdown));
    m_format->addItem(tr("PDF book (to read or print)"), static_cast<int>(Format::Pdf));

    m_whole->setObjectName(QStringLiteral("exportWholeJournal"));
    m_whole->setText(tr("The whole journal"));
    m_whole->setChecked(true);
    const QDate today = localToday(m_context.clock());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDate(today.addMonths(-1));
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setDate(today);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_whole);
    dates->addWidget(new QLabel(tr("or from"), this));
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();

    m_tags->setObjectName(QStringLiteral("exportTags"));
    m_tags->setAccessibleName(tr("Only entries with these tags"));
    m_tags->setPlaceholderText(tr("All entries (or tags separated by commas)"));

    const QString partner = partnerName();
    m_partner->setObjectName(QStringLiteral("exportPartnerAnswers"));
    m_partner->setChecked(false);
    if (partner.isEmpty()) {
        m_partner->setText(tr("Include your partner's revealed answers"));
        m_partner->setEnabled(false);
        m_partner->setToolTip(tr("There is no partner in this journal yet."));
    } else {
        m_partner->setText(tr("Include %1's revealed answers (they agreed to share them with you; the export "
                              "is not encrypted)")
                               .arg(partner));
    }
    m_partner->setAccessibleName(m_partner->text());

    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_busy->setObjectName(QStringLiteral("exportBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Exporting"));
    m_busy->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("exportRun"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("exportClose"));

    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto* datesLabel = new QLabel(tr("Dates"), this);
    form->addRow(datesLabel, dates);
    auto* tagsLabel = new QLabel(tr("&Tags"), this);
    tagsLabel->setBuddy(m_tags);
    form->addRow(tagsLabel, m_tags);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_partner);
    layout->addWidget(m_result);
    keepMessagePlace(m_result); // above the buttons: they stay put when it shows (issue 16)
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());

    connect(m_whole, &QCheckBox::toggled, this, [this](bool whole) {
        m_from->setEnabled(!whole);
        m_to->setEnabled(!whole);
    });
    connect(m_run, &QPushButton::clicked, this, &ExportDialog::run);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

bool ExportDialog::isBusy() const
{
    return !m_busy->isHidden();
}

void ExportDialog::reject()
{
    if (!isBusy()) {
        QDialog::reject();
    }
}

QString ExportDialog::partnerName() const
{
    if (!m_context.vault || !m_context.couple() || m_context.couple()->partnerId().empty()) {
        return QString();
    }
    // Only under the partner's own signature (CoupleSpace::partnerProfile).
    if (auto profile = m_context.couple()->partnerProfile(*m_context.vault); profile && profile->authentic) {
        return QString::fromStdString(profile->name);
    }
    return tr("your partner");
}

void ExportDialog::run()
{
    if (!m_context.session() || isBusy()) {
        return;
    }
    const auto format = static_cast<Format>(m_format->currentData().toInt());
    ExportFilter filter;
    if (!m_whole->isChecked()) {
        if (m_from->date() > m_to->date()) {
            m_result->setText(tr("The first date is after the last one. Choose the dates again."));
            Dialogs::growToFit(this);
            m_result->show();
            return;
        }
        // Local days, like the journal shows them: from the start of the first to the end of the last.
        filter.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
        filter.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    filter.tags = splitTags(m_tags->text());
    const bool withPartner = m_partner->isEnabled() && m_partner->isChecked();
    filter.partnerAnswers = withPartner ? PartnerAnswers::Include : PartnerAnswers::Leave;

    // The chooser runs a nested event loop: an idle lock (or Ctrl+L) can end the session
    // inside it, and lock closes this dialog. Note who asked, and check again after it.
    const std::string partnerId = m_context.session()->partner().id;
    const QPointer<ExportDialog> alive(this);
    const QString stem = documentsFolder() + QStringLiteral("/twofold-export-") +
                         localToday(m_context.clock()).toString(Qt::ISODate);
    QString chosen;
    switch (format) {
    case Format::Json:
        chosen = FileChooser::saveFile(this, tr("Export to"), stem + QStringLiteral(".json"),
                                       tr("JSON document (*.json)"));
        break;
    case Format::Pdf:
        chosen = FileChooser::saveFile(this, tr("Export to"), stem + QStringLiteral(".pdf"),
                                       tr("PDF book (*.pdf)"));
        break;
    case Format::Markdown:
        chosen = FileChooser::folder(this, tr("Choose a new or empty folder"), documentsFolder());
        break;
    }
    if (!alive || !isVisible() || !m_context.unlockedAs(partnerId) || chosen.isEmpty()) {
        return;
    }
    const std::filesystem::path out = toPath(chosen);
    Session* session = &*m_context.session();
    CoupleSpace* couple = m_context.couple() ? &*m_context.couple() : nullptr;
    const std::string partnerLabel = partnerName().toStdString();
    setBusy(true);
    runOffThread<Result<ExportSummary>>(
        this, &m_context.pool,
        [session, couple, filter, format, out, partnerLabel]() -> Result<ExportSummary> {
            auto collected = collectExport(*session, couple, filter);
            if (!collected) {
                return std::unexpected(collected.error());
            }
            if (!partnerLabel.empty()) {
                collected->partnerLabel = partnerLabel;
            }
            switch (format) {
            case Format::Json:
                return writeJsonExport(*collected, out);
            case Format::Markdown:
                return writeMarkdownExport(*collected, out);
            case Format::Pdf:
                // QPdfWriter and QTextDocument need no GUI thread (ui/data/PdfBook.h).
                return writePdfExport(*collected, out);
            }
            return std::unexpected(Error{ErrorCode::InvalidArgument, "unknown export format"});
        },
        [this, chosen, withPartner](Result<ExportSummary> summary) {
            setBusy(false);
            if (!summary) {
                if (summary.error().code == ErrorCode::VaultExists) {
                    m_result->setText(tr("That folder is not empty. Choose an empty folder, or make a new "
                                         "one, for a Markdown export. Nothing was written."));
                    Dialogs::growToFit(this);
                } else {
                    m_result->setText(describe(summary.error()).text() + QLatin1Char(' ') +
                                      tr("Nothing was written."));
                    Dialogs::growToFit(this);
                }
                m_result->show();
                Q_EMIT exportFinished(false);
                return;
            }
            QString text = tr("Exported %1 and %2 to %3.")
                               .arg(counted(summary->entries, tr("%1 entry"), tr("%1 entries")),
                                    counted(summary->answers, tr("%1 answer"), tr("%1 answers")),
                                    QDir::toNativeSeparators(chosen));
            if (withPartner) {
                text += QLatin1Char(' ') + tr("It includes %1's revealed answers: keep it as private as "
                                              "your journal.")
                                               .arg(partnerName());
            }
            text +=
                QLatin1Char(' ') + tr("The export is not encrypted: keep it somewhere only you can read.");
            m_result->setText(text);
            Dialogs::growToFit(this);
            m_result->show();
            Q_EMIT exportFinished(true);
        });
}

void ExportDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_format, m_whole, m_tags, m_run, m_close}) {
        w->setEnabled(!busy);
    }
    m_from->setEnabled(!busy && !m_whole->isChecked());
    m_to->setEnabled(!busy && !m_whole->isChecked());
    m_partner->setEnabled(!busy && !partnerName().isEmpty());
    m_busy->setVisible(busy);
    if (busy) {
        m_result->hide();
    }
}

} // namespace twofold::ui
