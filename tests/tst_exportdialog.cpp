#include "ExportDialog.h"
#include "export/CalendarExporter.h"
#include "export/EventExporter.h"
#include "settings/Settings.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cctype>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Stored events: a view of space-a holds e1, e2 and e3 (e3 without a start); the selection is e2
// and e5; e4's title looks like a formula.
struct StoredEvent
{
    QString id;
    QString title;
    QString startsAtUtc; // empty: no start
    QString spaceId;
};

const QList<StoredEvent> StoredEvents = {
    {u"e1"_s, u"Sourdough, \"basics\""_s, u"2026-12-01T18:00:00Z"_s, u"space-a"_s},
    {u"e2"_s, u"Rye\nand spelt"_s, u"2026-12-02T18:00:00Z"_s, u"space-a"_s},
    {u"e3"_s, u"Someday"_s, {}, u"space-a"_s},
    {u"e4"_s, u"=SUM(A1:A9)"_s, u"2026-12-03T18:00:00Z"_s, u"space-b"_s},
    {u"e5"_s, u"Café ☕"_s, u"2026-12-04T18:00:00Z"_s, u"space-b"_s},
};

enum class Scope {
    View,
    Selection,
    Everything,
};

QString extensionOf(ExportFormat format)
{
    return ExportFormats::name(format);
}

// The event ids a written file holds, in its order.
QStringList idsIn(ExportFormat format, const QByteArray &bytes)
{
    QStringList ids;
    switch (format) {
    case ExportFormat::Csv: {
        QByteArray text = bytes;
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        // Ids hold no quotes or commas; a record starts at a line that begins with "e<digit>".
        const QList<QByteArray> lines = text.split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            if (line.size() > 1 && line.at(0) == 'e' && std::isdigit(uchar(line.at(1))))
                ids << QString::fromUtf8(line.left(line.indexOf(',')));
        }
        break;
    }
    case ExportFormat::Json:
        for (const QJsonValue &value : QJsonDocument::fromJson(bytes).array())
            ids << value.toObject().value("id"_L1).toString();
        break;
    case ExportFormat::Ndjson:
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.isEmpty())
                ids << QJsonDocument::fromJson(line).object().value("id"_L1).toString();
        }
        break;
    case ExportFormat::Ics:
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.startsWith("UID:"))
                ids << QString::fromUtf8(line.mid(4).trimmed()).section(u'@', 0, 0);
        }
        break;
    }
    return ids;
}

} // namespace

class TstExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void writesEveryScopeAndFormat_data();
    void writesEveryScopeAndFormat();
    void excelOnlyForCsvAndExtensionFollowsFormat();
    void remembersItsChoices();
    void withoutSelectionOffersTheView();
    void cancelLeavesNoFile();
    void failureSaysSoAndLeavesNoFile();
    void eventLoopRunsDuringExport();

private:
    bool insertEvents(const QSqlDatabase &db);
    bool insertManyEvents(const QSqlDatabase &db, int count);
    qint64 rowIdOf(const QString &id) const;
    std::unique_ptr<ExportDialog> makeDialog(const QString &databasePath,
                                             const QList<qint64> &selection = {});
    ExportFileWriter::Result runExport(ExportDialog &dialog);

    static QComboBox *formatCombo(ExportDialog &dialog);
    static QPushButton *button(ExportDialog &dialog, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    QString m_lastError;
    // A store large enough that an export is still running when the test acts on it.
    QTemporaryDir m_manyDir;
    QString m_manyPath;
};

void TstExportDialog::initTestCase()
{
    QVERIFY(m_manyDir.isValid());
    m_manyPath = Database::pathIn(m_manyDir.path());
    Database many(m_manyPath);
    QString error;
    QVERIFY2(many.open(&error), qPrintable(error));
    QVERIFY2(insertManyEvents(many.connection(), 200000), qPrintable(m_lastError));
}

void TstExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>(Database::pathIn(m_dir->path()));
    QString error;
    QVERIFY2(m_database->open(&error), qPrintable(error));
    QVERIFY2(insertEvents(m_database->connection()), qPrintable(m_lastError));
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"eventwatch.ini"_s));
}

void TstExportDialog::cleanup()
{
    m_settings.reset();
    m_database.reset();
    m_dir.reset();
}

bool TstExportDialog::insertEvents(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(u"PRAGMA synchronous = OFF"_s);
    for (const StoredEvent &event : StoredEvents) {
        query.prepare(u"INSERT INTO event_records (id, title, starts_at, starts_at_utc, space_id, "
                      "space_name) VALUES (?, ?, ?, ?, ?, ?)"_s);
        const QVariant start = event.startsAtUtc.isEmpty() ? QVariant() : event.startsAtUtc;
        for (const QVariant &value : {QVariant(event.id), QVariant(event.title), start, start,
                                      QVariant(event.spaceId), QVariant(event.spaceId)})
            query.addBindValue(value);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool TstExportDialog::insertManyEvents(const QSqlDatabase &db, int count)
{
    QSqlQuery query(db);
    query.exec(u"PRAGMA synchronous = OFF"_s);
    const QString sql = uR"(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
        INSERT INTO event_records (id, title, starts_at, starts_at_utc, location, space_id,
                                   space_name, creator_id, creator_name)
        SELECT printf('evt-%07d', i), 'Event ' || i,
               strftime('%Y-%m-%dT%H:%M:%SZ', 1704067200 + i * 60, 'unixepoch'),
               strftime('%Y-%m-%dT%H:%M:%SZ', 1704067200 + i * 60, 'unixepoch'),
               'Room ' || (i % 17), 'space-' || (i % 5), 'Space ' || (i % 5),
               'member-' || (i % 101), 'Member ' || (i % 101)
        FROM n)"_s.arg(count);
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    return false;
}

qint64 TstExportDialog::rowIdOf(const QString &id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT rowid FROM event_records WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

std::unique_ptr<ExportDialog> TstExportDialog::makeDialog(const QString &databasePath,
                                                          const QList<qint64> &selection)
{
    ExportDialog::Sources sources;
    sources.databasePath = databasePath;
    sources.viewFilter.spaceIds = {u"space-a"_s};
    sources.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
    sources.viewCount = 3;
    sources.selectedRowIds = selection;
    auto dialog = std::make_unique<ExportDialog>(*m_settings, sources);
    dialog->show();
    return dialog;
}

QComboBox *TstExportDialog::formatCombo(ExportDialog &dialog)
{
    return dialog.findChild<QComboBox *>(u"formatCombo"_s);
}

QPushButton *TstExportDialog::button(ExportDialog &dialog, const QString &text)
{
    const auto buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->buttons();
    for (QAbstractButton *candidate : buttons) {
        if (candidate->text().remove(u'&') == text)
            return qobject_cast<QPushButton *>(candidate);
    }
    return nullptr;
}

// Clicks Export and waits for the end; an empty result (with an error) when none came.
ExportFileWriter::Result TstExportDialog::runExport(ExportDialog &dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QPushButton *exportButton = button(dialog, u"Export"_s);
    if (!exportButton)
        return {false, false, 0, 0, u"no Export button"_s};
    QTest::mouseClick(exportButton, Qt::LeftButton);
    if (!finished.wait(60000))
        return {false, false, 0, 0, u"the export did not finish"_s};
    return finished.first().first().value<ExportFileWriter::Result>();
}

void TstExportDialog::writesEveryScopeAndFormat_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<Scope>("scope");
    QTest::addColumn<bool>("excel");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::addColumn<qint64>("expectedSkipped");

    const struct
    {
        const char *name;
        Scope scope;
        QStringList tabularIds; // in the exporters' order: by start, those without one last
        QStringList calendarIds;
    } scopes[] = {
        {"view", Scope::View, {u"e1"_s, u"e2"_s, u"e3"_s}, {u"e1"_s, u"e2"_s}},
        {"selection", Scope::Selection, {u"e2"_s, u"e5"_s}, {u"e2"_s, u"e5"_s}},
        {"everything",
         Scope::Everything,
         {u"e1"_s, u"e2"_s, u"e4"_s, u"e5"_s, u"e3"_s},
         {u"e1"_s, u"e2"_s, u"e4"_s, u"e5"_s}},
    };
    for (const auto &scope : scopes) {
        for (const ExportFormat format : ExportFormats::all()) {
            const bool tabular = ExportFormats::isTabular(format);
            const QStringList ids = tabular ? scope.tabularIds : scope.calendarIds;
            const qint64 skipped = tabular ? 0 : scope.tabularIds.size() - ids.size();
            QTest::addRow("%s, %s", scope.name, qPrintable(ExportFormats::name(format)))
                << format << scope.scope << false << ids << skipped;
            if (format == ExportFormat::Csv)
                QTest::addRow("%s, csv for Excel", scope.name)
                    << format << scope.scope << true << ids << skipped;
        }
    }
}

void TstExportDialog::writesEveryScopeAndFormat()
{
    QFETCH(ExportFormat, format);
    QFETCH(Scope, scope);
    QFETCH(bool, excel);
    QFETCH(QStringList, expectedIds);
    QFETCH(qint64, expectedSkipped);

    const auto dialog = makeDialog(m_database->filePath(), {rowIdOf(u"e2"_s), rowIdOf(u"e5"_s)});
    QComboBox *combo = formatCombo(*dialog);
    combo->setCurrentIndex(combo->findData(int(format)));
    auto *excelCheck = dialog->findChild<QCheckBox *>(u"excelCheck"_s);
    QCOMPARE(excelCheck->isEnabled(), format == ExportFormat::Csv);
    excelCheck->setChecked(excel);
    const char *radio = scope == Scope::View        ? "viewRadio"
                        : scope == Scope::Selection ? "selectionRadio"
                                                    : "everythingRadio";
    dialog->findChild<QRadioButton *>(QLatin1StringView(radio))->click();
    const QString path = m_dir->filePath(u"out."_s + extensionOf(format));
    dialog->findChild<QLineEdit *>(u"fileEdit"_s)->setText(QDir::toNativeSeparators(path));

    const ExportFileWriter::Result result = runExport(*dialog);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, qint64(expectedIds.size()));
    QCOMPARE(result.skipped, expectedSkipped);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(idsIn(format, bytes), expectedIds);
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), excel);
    if (format == ExportFormat::Csv && expectedIds.contains(u"e4"_s))
        QVERIFY2(bytes.contains(",'=SUM(A1:A9),"), bytes.constData());
    if (format == ExportFormat::Csv && expectedIds.contains(u"e2"_s))
        QVERIFY(bytes.contains("\"Rye\nand spelt\""));
    if (format == ExportFormat::Ics)
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));

    // The end message counts the events, names the skipped ones, and offers the folder.
    const QString message = dialog->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(message.contains(QString::number(expectedIds.size())), qPrintable(message));
    QCOMPARE(message.contains(u"without a start"_s), expectedSkipped > 0);
    QVERIFY(button(*dialog, u"Open Folder"_s)->isVisible());
}

void TstExportDialog::excelOnlyForCsvAndExtensionFollowsFormat()
{
    const auto dialog = makeDialog(m_database->filePath());
    QComboBox *combo = formatCombo(*dialog);
    auto *fileEdit = dialog->findChild<QLineEdit *>(u"fileEdit"_s);
    auto *excelCheck = dialog->findChild<QCheckBox *>(u"excelCheck"_s);
    for (const ExportFormat format : ExportFormats::all()) {
        combo->setCurrentIndex(combo->findData(int(format)));
        QVERIFY2(fileEdit->text().endsWith(u'.' + extensionOf(format)),
                 qPrintable(fileEdit->text()));
        QCOMPARE(excelCheck->isEnabled(), format == ExportFormat::Csv);
    }
    // A name of the user's own keeps its extension.
    fileEdit->setText(QDir::toNativeSeparators(m_dir->filePath(u"report.txt"_s)));
    combo->setCurrentIndex(combo->findData(int(ExportFormat::Json)));
    QVERIFY(fileEdit->text().endsWith(u"report.txt"_s));
    // Excel stays off for other formats even when its box is ticked.
    combo->setCurrentIndex(combo->findData(int(ExportFormat::Csv)));
    excelCheck->setChecked(true);
    combo->setCurrentIndex(combo->findData(int(ExportFormat::Ndjson)));
    QVERIFY(!dialog->request().options.excel);
}

void TstExportDialog::remembersItsChoices()
{
    const QString folder = m_dir->filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(folder));
    {
        const auto dialog = makeDialog(m_database->filePath());
        QComboBox *combo = formatCombo(*dialog);
        combo->setCurrentIndex(combo->findData(int(ExportFormat::Csv)));
        dialog->findChild<QCheckBox *>(u"excelCheck"_s)->setChecked(true);
        dialog->findChild<QRadioButton *>(u"everythingRadio"_s)->click();
        dialog->findChild<QLineEdit *>(u"fileEdit"_s)
            ->setText(QDir::toNativeSeparators(folder + u"/events.csv"_s));
        const ExportFileWriter::Result result = runExport(*dialog);
        QVERIFY2(result.ok, qPrintable(result.error));
    }
    const auto dialog = makeDialog(m_database->filePath());
    QCOMPARE(ExportFormat(formatCombo(*dialog)->currentData().toInt()), ExportFormat::Csv);
    QVERIFY(dialog->findChild<QCheckBox *>(u"excelCheck"_s)->isChecked());
    QVERIFY(dialog->findChild<QRadioButton *>(u"everythingRadio"_s)->isChecked());
    const QString path = dialog->request().filePath;
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QVERIFY(path.endsWith(u".csv"_s));
    QCOMPARE(dialog->request().options.excel, true);
}

void TstExportDialog::withoutSelectionOffersTheView()
{
    m_settings->setExportScope(ExportScope::Selection);
    const auto dialog = makeDialog(m_database->filePath());
    QVERIFY(!dialog->findChild<QRadioButton *>(u"selectionRadio"_s)->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton *>(u"viewRadio"_s)->isChecked());
    QCOMPARE(dialog->request().options.filter.spaceIds, QStringList{u"space-a"_s});
    QVERIFY(!dialog->request().options.rowIds);
}

void TstExportDialog::cancelLeavesNoFile()
{
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const auto dialog = makeDialog(m_manyPath);
    dialog->findChild<QRadioButton *>(u"everythingRadio"_s)->click();
    const QString path = outDir.filePath(u"all.csv"_s);
    dialog->findChild<QLineEdit *>(u"fileEdit"_s)->setText(QDir::toNativeSeparators(path));
    QComboBox *combo = formatCombo(*dialog);
    combo->setCurrentIndex(combo->findData(int(ExportFormat::Csv)));

    auto *progressBar = dialog->findChild<QProgressBar *>(u"progressBar"_s);
    QSignalSpy progressed(progressBar, &QProgressBar::valueChanged);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QTest::mouseClick(button(*dialog, u"Export"_s), Qt::LeftButton);
    QVERIFY(dialog->isExporting());
    // Cancelled once rows are being written: during the export, not before it.
    while (progressBar->value() <= 0)
        QVERIFY(progressed.wait(60000));
    QVERIFY(finished.isEmpty());
    QPushButton *cancel = button(*dialog, u"Cancel"_s);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(60000));

    const auto result = finished.first().first().value<ExportFileWriter::Result>();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(path));
    // Not even QSaveFile's temporary file is left.
    QCOMPARE(QDir(outDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    const QString message = dialog->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u"cancelled"_s), qPrintable(message));
    QVERIFY(!button(*dialog, u"Open Folder"_s)->isVisible());
    QVERIFY(button(*dialog, u"Export"_s)->isVisible());
}

void TstExportDialog::failureSaysSoAndLeavesNoFile()
{
    // A store that is not there cannot be read: the export fails before writing anything.
    const QString missing = m_dir->filePath(u"gone/eventwatch.sqlite3"_s);
    const auto dialog = makeDialog(missing);
    const QString path = m_dir->filePath(u"never.json"_s);
    QComboBox *combo = formatCombo(*dialog);
    combo->setCurrentIndex(combo->findData(int(ExportFormat::Json)));
    dialog->findChild<QLineEdit *>(u"fileEdit"_s)->setText(QDir::toNativeSeparators(path));
    const ExportFileWriter::Result result = runExport(*dialog);
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!QFile::exists(path));
    const QString message = dialog->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u"failed"_s), qPrintable(message));
}

void TstExportDialog::eventLoopRunsDuringExport()
{
    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    const auto dialog = makeDialog(m_manyPath);
    dialog->findChild<QRadioButton *>(u"everythingRadio"_s)->click();
    QComboBox *combo = formatCombo(*dialog);
    combo->setCurrentIndex(combo->findData(int(ExportFormat::Ndjson)));
    const QString path = outDir.filePath(u"all.ndjson"_s);
    dialog->findChild<QLineEdit *>(u"fileEdit"_s)->setText(QDir::toNativeSeparators(path));

    // What the window's event loop does meanwhile: timers fire, progress is shown.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    auto *progressBar = dialog->findChild<QProgressBar *>(u"progressBar"_s);
    QList<int> shown;
    connect(progressBar, &QProgressBar::valueChanged, this,
            [&shown](int value) { shown << value; });
    int ticksAtEnd = -1;
    connect(dialog.get(), &ExportDialog::exportFinished, this, [&] { ticksAtEnd = ticks; });
    ticker.start();

    const ExportFileWriter::Result result = runExport(*dialog);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, qint64(200000));
    QVERIFY2(ticksAtEnd > 0, "the event loop did not run during the export");
    // Progress arrived while it ran, between the start and the full bar.
    const bool between = std::any_of(shown.cbegin(), shown.cend(),
                                     [](int value) { return value > 0 && value < 1000; });
    QVERIFY(between);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    while (!file.atEnd()) {
        file.readLine();
        ++lines;
    }
    QCOMPARE(lines, qint64(200000));
}

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
