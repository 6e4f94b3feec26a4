// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/data/ImportDialog.h"

#include "import/Import.h"
#include "ui/shell/OffThread.h"
#include "ui/shell/VaultContext.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/ErrorMessages.h"
#include "ui/widgets/FileChooser.h"
#include "ui/widgets/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
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
#include <QTimeZone>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// A time written without a zone (jrnl, Markdown front matter) is this machine's local
// time, as the command line takes it (daylight saving as it was on that day).
std::int64_t localToUtcMs(const CivilTime& civil)
{
    const QDateTime local(QDate(civil.year, civil.month, civil.day),
                          QTime(civil.hour, civil.minute, civil.second, civil.millisecond));
    return local.toMSecsSinceEpoch();
}

bool wantsFolder(ImportFormat format)
{
    return format == ImportFormat::Markdown;
}

} // namespace

ImportDialog::ImportDialog(VaultContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_format(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_choose(new QPushButton(tr("C&hoose…"), this)), m_result(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_run(nullptr), m_close(nullptr)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(QApplication::applicationDisplayName());
    auto* heading = new QLabel(tr("Import entries"), this);
    makeHeadline(heading, 1.3);
    auto* intro = new QLabel(tr("Entries from another journal app join your private journal. Entries "
                                "already there are skipped, so importing twice adds nothing new. If a file "
                                "cannot be read, nothing is imported."),
                             this);
    intro->setWordWrap(true);

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Day One (its export: the .zip, or a journal's .json)"),
                      static_cast<int>(ImportFormat::DayOneJson));
    // Any jrnl file: its journal, --export json (also jrnl-json's files) or --export md.
    m_format->addItem(tr("jrnl (its journal file, or --export json or md)"),
                      static_cast<int>(ImportFormat::Jrnl));
    m_format->addItem(tr("Markdown (a folder of .md files)"), static_cast<int>(ImportFormat::Markdown));
    m_format->addItem(tr("Twofold JSON export"), static_cast<int>(ImportFormat::TwofoldJson));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File or folder to import"));
    m_path->setPlaceholderText(tr("Choose a file…"));
    m_choose->setObjectName(QStringLiteral("importChoose"));
    m_choose->setAccessibleName(tr("Choose a file or folder to import"));

    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_busy->setObjectName(QStringLiteral("importBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Importing"));
    m_busy->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("importRun"));
    m_run->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("importClose"));

    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);
    auto* pathLabel = new QLabel(tr("F&rom"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    resize(600, sizeHint().height());

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const auto format = static_cast<ImportFormat>(m_format->currentData().toInt());
        m_path->setPlaceholderText(wantsFolder(format) ? tr("Choose a folder…") : tr("Choose a file…"));
    });
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_run->setEnabled(!text.trimmed().isEmpty() && !isBusy()); });
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::choose);
    connect(m_run, &QPushButton::clicked, this, &ImportDialog::run);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

bool ImportDialog::isBusy() const
{
    return !m_busy->isHidden();
}

void ImportDialog::reject()
{
    if (!isBusy()) {
        QDialog::reject();
    }
}

void ImportDialog::choose()
{
    const auto format = static_cast<ImportFormat>(m_format->currentData().toInt());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString start = m_path->text().isEmpty() ? documents : m_path->text();
    if (!m_context.session()) {
        return;
    }
    // The chooser runs a nested event loop: a lock inside it ends the session and closes
    // this dialog. Note who asked, and check again after it.
    const std::string partnerId = m_context.session()->partner().id;
    const QPointer<ImportDialog> alive(this);
    QString chosen;
    if (wantsFolder(format)) {
        chosen = FileChooser::folder(this, tr("Import from folder"), start);
    } else {
        const QString filter =
            format == ImportFormat::DayOneJson ? tr("Day One export (*.zip *.json);;All files (*)")
            : format == ImportFormat::Jrnl     ? tr("jrnl files (*.txt *.json *.md *.journal);;All files (*)")
                                               : tr("JSON files (*.json);;All files (*)");
        chosen = FileChooser::openFile(this, tr("Import from file"), start, filter);
    }
    if (!alive || !isVisible() || !m_context.unlockedAs(partnerId) || chosen.isEmpty()) {
        return;
    }
    m_path->setText(QDir::toNativeSeparators(chosen));
}

void ImportDialog::run()
{
    const QString chosen = m_path->text().trimmed();
    if (!m_context.session() || isBusy() || chosen.isEmpty()) {
        return;
    }
    const auto format = static_cast<ImportFormat>(m_format->currentData().toInt());
    const std::filesystem::path path = toPath(QDir::fromNativeSeparators(chosen));
    Journal* journal = &m_context.session()->journal();
    setBusy(true);
    using Outcome = std::expected<ImportReport, ImportProblem>;
    runOffThread<Outcome>(
        this, &m_context.pool,
        [journal, format, path] {
            ImportOptions options;
            options.localToUtc = localToUtcMs;
            return importEntries(*journal, format, path, options);
        },
        [this](Outcome report) {
            setBusy(false);
            if (!m_context.session()) {
                return; // locked while it ran (lock waited for it): this dialog is closing
            }
            m_result->show();
            if (!report) {
                const ImportProblem& problem = report.error();
                QString text;
                if (problem.error.code == ErrorCode::InvalidArgument ||
                    problem.error.code == ErrorCode::NotFound) {
                    // The file is the user's own choice; the message never quotes its text.
                    text = fromPath(std::filesystem::path(problem.file));
                    if (problem.line > 0) {
                        text += QLatin1String(", ") +
                                tr("line %1, column %2").arg(problem.line).arg(problem.column);
                    }
                    text += QLatin1String(": ") + QString::fromStdString(problem.message) + QLatin1Char('.');
                } else {
                    text = describe(problem.error).text();
                }
                m_result->setText(text + QLatin1Char(' ') + tr("Nothing was imported."));
                Dialogs::growToFit(this);
                Q_EMIT importFinished(false);
                return;
            }
            QString text = report->imported == 1 ? tr("Imported 1 entry")
                                                 : tr("Imported %1 entries").arg(report->imported);
            if (report->duplicates == 1) {
                text += QLatin1String("; ") + tr("1 already in your journal was skipped");
            } else if (report->duplicates > 1) {
                text += QLatin1String("; ") +
                        tr("%1 already in your journal were skipped").arg(report->duplicates);
            }
            m_result->setText(text + QLatin1Char('.'));
            Dialogs::growToFit(this);
            if (report->imported > 0) {
                Q_EMIT imported(static_cast<int>(report->imported));
            }
            Q_EMIT importFinished(true);
        });
}

void ImportDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_format, m_path, m_choose, m_close}) {
        w->setEnabled(!busy);
    }
    m_run->setEnabled(!busy && !m_path->text().trimmed().isEmpty());
    m_busy->setVisible(busy);
    if (busy) {
        m_result->hide();
    }
}

} // namespace twofold::ui
