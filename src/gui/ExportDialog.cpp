#include "ExportDialog.h"

#include "ThemeColors.h"
#include "settings/Settings.h"
#include "ui_ExportDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString formatText(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return ExportDialog::tr("CSV (spreadsheets)");
    case ExportFormat::Json:
        return ExportDialog::tr("JSON");
    case ExportFormat::Ndjson:
        return ExportDialog::tr("NDJSON (one JSON object a line)");
    case ExportFormat::Ics:
        return ExportDialog::tr("iCalendar (calendar applications)");
    }
    Q_UNREACHABLE();
}

// For the file dialog's type filter.
QString fileTypeText(ExportFormat format)
{
    return ExportDialog::tr("%1 files (*.%2)")
        .arg(ExportFormats::name(format).toUpper(), ExportFormats::name(format));
}

// Both colours set from the palette, so the message reads on light and dark themes alike.
QString messageStyle(ThemeColors::Tone tone, const QPalette &palette)
{
    return u"QLabel { background: %1; border: 1px solid %2; color: %3; border-radius: 4px; "
           "padding: 6px; }"_s.arg(ThemeColors::boxBackground(tone, palette).name(),
                                   ThemeColors::boxBorder(tone, palette).name(),
                                   ThemeColors::boxText(tone, palette).name());
}

} // namespace

ExportDialog::ExportDialog(Settings &settings, Sources sources, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::ExportDialog)
    , m_settings(settings)
    , m_sources(std::move(sources))
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_openFolderButton =
        m_ui->buttonBox->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_cancelButton = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    m_closeButton = m_ui->buttonBox->addButton(QDialogButtonBox::Close);
    m_exportButton->setDefault(true);
    m_openFolderButton->hide();
    m_cancelButton->hide();
    m_ui->progressBar->hide();
    m_ui->messageLabel->hide();

    const QLocale locale;
    m_ui->viewRadio->setText(
        tr("&Shown in the table (%1)").arg(locale.toString(m_sources.viewCount)));
    m_ui->selectionRadio->setText(
        tr("Se&lected (%1)").arg(locale.toString(qint64(m_sources.selectedRowIds.size()))));
    m_ui->selectionRadio->setEnabled(!m_sources.selectedRowIds.isEmpty());

    fillFormats();
    restoreChoices();

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::followFormat);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_openFolderButton, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(&m_job, &ExportJob::progressed, this, &ExportDialog::showProgress);
    connect(&m_job, &ExportJob::finished, this, &ExportDialog::onFinished);
}

ExportDialog::~ExportDialog()
{
    m_job.cancel();
}

ExportJob::Request ExportDialog::request() const
{
    ExportJob::Request request;
    request.databasePath = m_sources.databasePath;
    request.format = selectedFormat();
    request.filePath = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    request.options.now = m_sources.now;
    request.options.excel = request.format == ExportFormat::Csv && m_ui->excelCheck->isChecked();
    switch (selectedScope()) {
    case ExportScope::View:
        request.options.filter = m_sources.viewFilter;
        break;
    case ExportScope::Selection:
        request.options.rowIds = m_sources.selectedRowIds;
        break;
    case ExportScope::Everything:
        break;
    }
    return request;
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    const ExportJob::Request job = request();
    if (job.filePath.isEmpty()) {
        showMessage(tr("Choose the file to write."), true);
        m_ui->fileEdit->setFocus();
        return;
    }
    const QFileInfo file(job.filePath);
    if (!file.absoluteDir().exists()) {
        showMessage(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath())),
            true);
        return;
    }
    if (!confirmFile(job.filePath))
        return;
    saveChoices();
    m_writtenPath = file.absoluteFilePath();
    setExporting(true);
    showProgress(0, -1);
    m_job.start(job);
}

void ExportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_cancelling = true;
    m_cancelButton->setEnabled(false);
    m_ui->messageLabel->setText(tr("Cancelling…"));
    m_job.cancel();
}

void ExportDialog::reject()
{
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

ExportFormat ExportDialog::selectedFormat() const
{
    return ExportFormat(m_ui->formatCombo->currentData().toInt());
}

ExportScope ExportDialog::selectedScope() const
{
    if (m_ui->selectionRadio->isChecked())
        return ExportScope::Selection;
    if (m_ui->everythingRadio->isChecked())
        return ExportScope::Everything;
    return ExportScope::View;
}

void ExportDialog::fillFormats()
{
    for (const ExportFormat format : ExportFormats::all())
        m_ui->formatCombo->addItem(formatText(format), int(format));
}

void ExportDialog::restoreChoices()
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(m_settings.exportFormat())));
    m_ui->excelCheck->setChecked(m_settings.exportForExcel());
    switch (m_settings.exportScope()) {
    case ExportScope::Selection:
        // Without a selection, the view is what the user most likely means.
        if (m_ui->selectionRadio->isEnabled()) {
            m_ui->selectionRadio->setChecked(true);
            break;
        }
        [[fallthrough]];
    case ExportScope::View:
        m_ui->viewRadio->setChecked(true);
        break;
    case ExportScope::Everything:
        m_ui->everythingRadio->setChecked(true);
        break;
    }
    m_ui->fileEdit->setText(QDir::toNativeSeparators(defaultFilePath()));
    followFormat();
}

void ExportDialog::saveChoices()
{
    m_settings.setExportFormat(selectedFormat());
    m_settings.setExportScope(selectedScope());
    m_settings.setExportForExcel(m_ui->excelCheck->isChecked());
    m_settings.setExportFolder(QFileInfo(request().filePath).absolutePath());
}

// The folder used last, else the user's documents; named after the day, the extension follows
// the format.
QString ExportDialog::defaultFilePath() const
{
    QString folder = m_settings.exportFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString name = u"eventwatch-%1.%2"_s.arg(QDate::currentDate().toString(Qt::ISODate),
                                                   ExportFormats::name(selectedFormat()));
    return QDir(folder).filePath(name);
}

// The extension follows the format, unless the user typed one of their own.
void ExportDialog::followFormat()
{
    const ExportFormat format = selectedFormat();
    m_ui->excelCheck->setEnabled(format == ExportFormat::Csv);
    QString path = m_ui->fileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->fileEdit->setText(QDir::toNativeSeparators(defaultFilePath()));
        return;
    }
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (ExportFormats::fromName(suffix))
        path.chop(suffix.size() + 1);
    else if (!suffix.isEmpty() && !info.completeBaseName().isEmpty())
        return;
    m_ui->fileEdit->setText(path + u'.' + ExportFormats::name(format));
}

void ExportDialog::browse()
{
    const ExportFormat format = selectedFormat();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Events"), request().filePath,
                                     fileTypeText(format) + u";;"_s + tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_confirmedPath = path;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

// A file typed over an existing one is only replaced when the user agrees; the file dialog
// asked already.
bool ExportDialog::confirmFile(const QString &path)
{
    if (path == m_confirmedPath || !QFileInfo::exists(path))
        return true;
    const QMessageBox::StandardButton answer =
        QMessageBox::question(this, tr("Replace File"),
                              tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_confirmedPath = path;
    return true;
}

void ExportDialog::setExporting(bool exporting)
{
    for (QWidget *choice :
         {static_cast<QWidget *>(m_ui->formatCombo), static_cast<QWidget *>(m_ui->excelCheck),
          static_cast<QWidget *>(m_ui->viewRadio), static_cast<QWidget *>(m_ui->selectionRadio),
          static_cast<QWidget *>(m_ui->everythingRadio), static_cast<QWidget *>(m_ui->fileEdit),
          static_cast<QWidget *>(m_ui->browseButton)}) {
        choice->setEnabled(!exporting);
    }
    if (!exporting) {
        m_ui->selectionRadio->setEnabled(!m_sources.selectedRowIds.isEmpty());
        m_ui->excelCheck->setEnabled(selectedFormat() == ExportFormat::Csv);
    }
    m_exportButton->setVisible(!exporting);
    m_closeButton->setVisible(!exporting);
    m_cancelButton->setVisible(exporting);
    m_cancelButton->setEnabled(exporting);
    m_cancelling = false;
    m_ui->progressBar->setVisible(exporting);
    if (exporting) {
        m_openFolderButton->hide();
        m_ui->messageLabel->setStyleSheet({});
        m_ui->messageLabel->show();
        m_cancelButton->setFocus();
    }
}

void ExportDialog::showProgress(qint64 written, qint64 total)
{
    if (!isExporting() || m_cancelling)
        return;
    if (total < 0) {
        m_ui->progressBar->setRange(0, 0); // busy until the count is known
        m_ui->messageLabel->setText(tr("Counting the events…"));
        return;
    }
    // A progress bar holds an int: per mille keeps a billion events in range.
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(total > 0 ? int(std::min<qint64>(written, total) * 1000 / total)
                                          : 0);
    const QLocale locale;
    m_ui->messageLabel->setText(
        tr("Exporting %1 of %2 events…").arg(locale.toString(written), locale.toString(total)));
}

void ExportDialog::onFinished(const ExportFileWriter::Result &result)
{
    setExporting(false);
    const QString fileName = QFileInfo(m_writtenPath).fileName();
    if (result.ok) {
        QString text =
            tr("Exported %Ln event(s) to %1.", nullptr, int(result.written)).arg(fileName);
        if (result.skipped > 0)
            text += u' '
                    + tr("%Ln event(s) without a start time were left out.", nullptr,
                         int(result.skipped));
        showMessage(text, false);
        m_openFolderButton->show();
        m_closeButton->setFocus();
    } else if (result.cancelled) {
        showMessage(tr("Export cancelled. Nothing was written."), true);
    } else {
        showMessage(tr("The export failed: %1. Nothing was written.").arg(result.error), true);
    }
    Q_EMIT exportFinished(result);
}

void ExportDialog::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_writtenPath).absolutePath()));
}

void ExportDialog::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(
        messageStyle(isError ? ThemeColors::Tone::Error : ThemeColors::Tone::Success, palette()));
    m_ui->messageLabel->show();
}
