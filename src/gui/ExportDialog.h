#pragma once

#include "export/ExportFileWriter.h"
#include "export/ExportFormat.h"
#include "export/ExportJob.h"
#include "export/ExportScope.h"
#include "query/EventFilter.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QScopedPointer>
#include <QString>

class QPushButton;
class Settings;

namespace Ui {
class ExportDialog;
}

// File → Export…: writes the events shown in the table, the selected ones or every event as CSV,
// JSON, NDJSON or iCalendar. The export runs on a thread of its own (ExportJob) with a progress
// bar and Cancel; a cancelled or failed export leaves no file. The dialog remembers its choices
// in Settings.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // What the window shows when the dialog opens; the export writes it as it was then.
    struct Sources
    {
        QString databasePath;
        EventFilter viewFilter;
        QDateTime now; // what the filter's time windows were anchored at
        qint64 viewCount = 0;
        QList<qint64> selectedRowIds;
    };

    // settings must outlive the dialog.
    ExportDialog(Settings &settings, Sources sources, QWidget *parent = nullptr);
    // Cancels a running export and waits for it: no partial file is left behind.
    ~ExportDialog() override;

    // The export the current choices describe.
    ExportJob::Request request() const;
    bool isExporting() const { return m_job.isRunning(); }

public Q_SLOTS:
    void startExport();
    void cancelExport();
    // Closing while an export runs cancels it instead.
    void reject() override;

Q_SIGNALS:
    void exportFinished(const ExportFileWriter::Result &result);

private:
    ExportFormat selectedFormat() const;
    ExportScope selectedScope() const;
    void fillFormats();
    void restoreChoices();
    void saveChoices();
    void followFormat();
    void browse();
    bool confirmFile(const QString &path);
    void setExporting(bool exporting);
    void showProgress(qint64 written, qint64 total);
    void onFinished(const ExportFileWriter::Result &result);
    void openFolder();
    void showMessage(const QString &text, bool isError);
    QString defaultFilePath() const;

    QScopedPointer<Ui::ExportDialog> m_ui;
    Settings &m_settings;
    Sources m_sources;
    ExportJob m_job;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QString m_confirmedPath; // chosen in the file dialog, which asked about replacing it
    QString m_writtenPath;   // the last file written
    bool m_cancelling = false;
};
