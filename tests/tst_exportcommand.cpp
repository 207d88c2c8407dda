#include "export/EventExporter.h"
#include "export/ExportFormat.h"
#include "store/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// What one run of `eventwatch export ...` left behind.
struct Result
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(fileContents(path), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

// A store as the receiver leaves it, with two events, one with text CSV has to quote.
bool createStore(const QString &dataDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = u"cannot create "_s + dataDir;
        return false;
    }
    Database database(Database::pathIn(dataDir));
    return database.open(error)
           && exec(database.connection(),
                   uR"(INSERT INTO event_records (id, title, starts_at, starts_at_utc, location,
                                                  space_id, space_name, creator_id,
                                                  creator_name, event_type)
                       VALUES ('e1', 'Quiz, "Pub" night', '2024-06-01T19:00:00+01:00',
                               '2024-06-01T18:00:00.000Z', 'The Crown', 's1', 'Pub Club', 'm1',
                               'Ann Lee', 'local'),
                              ('e2', 'Launch 🚀' || char(13, 10) || 'party', NULL, NULL, NULL,
                               's2', 'Rockets', 'm2', 'Bo', 'online'))"_s,
                   error)
           && exec(database.connection(),
                   u"INSERT INTO spaces (id, name) VALUES ('s1', 'Pub Club'), ('s2', 'Rockets')"_s,
                   error)
           && exec(database.connection(),
                   u"INSERT INTO members (id, first_name, last_name)"
                   " VALUES ('m1', 'Ann', 'Lee'), ('m2', 'Bo', NULL)"_s,
                   error);
}

// The bytes the exporter itself writes for the store in dataDir, to compare the command with.
QByteArray expectedExport(const QString &dataDir, ExportFormat format)
{
    Database database(Database::pathIn(dataDir), Database::Mode::ReadOnly);
    QString error;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!database.open(&error)
        || !EventExporter::write(database.connection(), format, &buffer, &error))
        qWarning("expected export failed: %s", qPrintable(error));
    return bytes;
}

} // namespace

class TstExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void toStandardOutput_data();
    void toStandardOutput();
    void toFile_data();
    void toFile();
    void replacesAnExistingFile();
    void formatNameIgnoresCase();
    void defaultDataDir();
    void whileTheReceiverHoldsTheStore();
    void leavesTheStoreUnchanged();
    void help();
    void filters_data();
    void filters();
    void excel();
    void calendarToFile();
    void errors_data();
    void errors();
    void failedExportLeavesNoFile();
    void fullStandardOutput();

private:
    Result run(const QStringList &arguments, const QString &standardOutputFile = {}) const;
    QString path(const QString &relative) const { return m_root->filePath(relative); }
    QString dataDir() const { return path(u"data"_s); }
    QString defaultDir() const { return path(u"xdg-data/eventwatch"_s); }
    QString expand(QString text) const;
    void verifyOneLineError(const Result &result);

    std::unique_ptr<QTemporaryDir> m_root;
};

void TstExportCommand::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    QString error;
    QVERIFY2(createStore(dataDir(), &error), qPrintable(error));
}

void TstExportCommand::cleanup()
{
    m_root.reset();
}

// XDG_DATA_HOME points the default data directory into the test's own directory.
Result TstExportCommand::run(const QStringList &arguments, const QString &standardOutputFile) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_root->path());
    environment.insert(u"XDG_DATA_HOME"_s, path(u"xdg-data"_s));
    process.setProcessEnvironment(environment);
    if (!standardOutputFile.isEmpty())
        process.setStandardOutputFile(standardOutputFile);
    process.start(QStringLiteral(EVENTWATCH_BINARY), QStringList{u"export"_s} + arguments);
    Result result;
    result.finished =
        process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TstExportCommand::expand(QString text) const
{
    return text.replace(u"{ROOT}"_s, m_root->path())
        .replace(u"{DATA}"_s, dataDir())
        .replace(u"{DEFAULT}"_s, defaultDir());
}

void TstExportCommand::verifyOneLineError(const Result &result)
{
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith("eventwatch: "), result.err.constData());
    QVERIFY2(result.err.endsWith('\n'), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.out.isEmpty());
}

void TstExportCommand::toStandardOutput_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("csv") << ExportFormat::Csv;
    QTest::newRow("json") << ExportFormat::Json;
    QTest::newRow("ndjson") << ExportFormat::Ndjson;
}

void TstExportCommand::toStandardOutput()
{
    QFETCH(ExportFormat, format);
    const Result result =
        run({u"--data-dir"_s, dataDir(), u"--format"_s, ExportFormats::name(format)});
    QVERIFY(result.finished);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expectedExport(dataDir(), format));
    QVERIFY(result.out.contains("Quiz, "));
}

void TstExportCommand::toFile_data()
{
    toStandardOutput_data();
}

void TstExportCommand::toFile()
{
    QFETCH(ExportFormat, format);
    const QString output = path(u"out/events."_s + ExportFormats::name(format));
    QVERIFY(QDir().mkpath(path(u"out"_s)));
    const Result result = run(
        {u"--data-dir"_s, dataDir(), u"--format"_s, ExportFormats::name(format), u"-o"_s, output});
    QVERIFY(result.finished);
    QCOMPARE(result.err, (u"exported 2 events to "_s + output + u'\n').toUtf8());
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(fileContents(output), expectedExport(dataDir(), format));
    QCOMPARE(QDir(path(u"out"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QFileInfo(output).fileName()});
}

void TstExportCommand::replacesAnExistingFile()
{
    const QString output = path(u"events.csv"_s);
    QVERIFY(writeFile(output, "an older, longer export that must disappear completely\n"));
    const Result result =
        run({u"--data-dir"_s, dataDir(), u"--format=csv"_s, u"--output"_s, output});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(fileContents(output), expectedExport(dataDir(), ExportFormat::Csv));
}

void TstExportCommand::formatNameIgnoresCase()
{
    const Result result = run({u"--data-dir"_s, dataDir(), u"--format"_s, u"NDJSON"_s});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expectedExport(dataDir(), ExportFormat::Ndjson));
}

void TstExportCommand::defaultDataDir()
{
    QString error;
    QVERIFY2(createStore(defaultDir(), &error), qPrintable(error));
    const Result result = run({u"--format"_s, u"json"_s});
    QVERIFY(result.finished);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, expectedExport(defaultDir(), ExportFormat::Json));
}

// The receiver keeps its connection (and the WAL) open while someone exports.
void TstExportCommand::whileTheReceiverHoldsTheStore()
{
    Database receiver(Database::pathIn(dataDir()));
    QString error;
    QVERIFY2(receiver.open(&error), qPrintable(error));
    QVERIFY2(exec(receiver.connection(), u"INSERT INTO event_records (id) VALUES ('e3')"_s, &error),
             qPrintable(error));
    const Result result = run({u"--data-dir"_s, dataDir(), u"--format"_s, u"ndjson"_s});
    QVERIFY(result.finished);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 3);
}

void TstExportCommand::leavesTheStoreUnchanged()
{
    const QString database = Database::pathIn(dataDir());
    const QByteArray before = sha256(database);
    const Result result = run({u"--data-dir"_s, dataDir(), u"--format"_s, u"csv"_s});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(sha256(database), before);
}

void TstExportCommand::help()
{
    const Result result = run({u"--help"_s});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QVERIFY2(result.out.startsWith(
                 "Usage: eventwatch export [--data-dir DIR] --format csv|json|ndjson|ics [--search "
                 "TEXT] "
                 "[--space NAME] [--creator NAME] [--type TYPE] [--from DATE] [--to DATE] "
                 "[--excel] [-o FILE]\n"),
             result.out.constData());
    QVERIFY(result.out.contains("--data-dir <DIR>"));
    QVERIFY(result.out.contains("--format <FORMAT>"));
    QVERIFY(result.out.contains("-o, --output <FILE>"));
}

void TstExportCommand::filters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArrayList>("ids");
    QTest::newRow("none") << QStringList{} << QByteArrayList{"e1", "e2"};
    QTest::newRow("search") << QStringList{u"--search"_s, u"laun"_s} << QByteArrayList{"e2"};
    QTest::newRow("space name, any case")
        << QStringList{u"--space"_s, u"pub club"_s} << QByteArrayList{"e1"};
    QTest::newRow("space id") << QStringList{u"--space"_s, u"s2"_s} << QByteArrayList{"e2"};
    QTest::newRow("two spaces") << QStringList{u"--space"_s, u"Rockets"_s, u"--space"_s,
                                               u"Pub Club"_s}
                                << QByteArrayList{"e1", "e2"};
    QTest::newRow("creator") << QStringList{u"--creator"_s, u"Bo"_s} << QByteArrayList{"e2"};
    QTest::newRow("type") << QStringList{u"--type"_s, u"local"_s} << QByteArrayList{"e1"};
    QTest::newRow("day included") << QStringList{u"--from"_s, u"2024-06-01"_s, u"--to"_s,
                                                 u"2024-06-01"_s}
                                  << QByteArrayList{"e1"};
    QTest::newRow("before") << QStringList{u"--to"_s, u"2024-05-31"_s} << QByteArrayList{};
    QTest::newRow("instant") << QStringList{u"--from"_s, u"2024-06-01T18:00:00Z"_s}
                             << QByteArrayList{"e1"};
    QTest::newRow("after the instant")
        << QStringList{u"--from"_s, u"2024-06-01T18:00:01Z"_s} << QByteArrayList{};
    QTest::newRow("every filter must match")
        << QStringList{u"--search"_s, u"quiz"_s, u"--type"_s, u"online"_s} << QByteArrayList{};
}

void TstExportCommand::filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArrayList, ids);
    const Result result =
        run(QStringList{u"--data-dir"_s, dataDir(), u"--format"_s, u"ndjson"_s} + arguments);
    QVERIFY(result.finished);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.exitCode, 0);
    QByteArrayList written;
    for (const QByteArray &line : result.out.split('\n')) {
        if (!line.isEmpty())
            written << QJsonDocument::fromJson(line).object().value(u"id"_s).toString().toUtf8();
    }
    QCOMPARE(written, ids);
}

void TstExportCommand::excel()
{
    const Result result = run({u"--data-dir"_s, dataDir(), u"--format"_s, u"csv"_s, u"--excel"_s});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, "\xEF\xBB\xBF" + expectedExport(dataDir(), ExportFormat::Csv));
}

// e2 has no start: left out of the calendar, and said so.
void TstExportCommand::calendarToFile()
{
    const QString output = path(u"events.ics"_s);
    const Result result =
        run({u"--data-dir"_s, dataDir(), u"--format"_s, u"ics"_s, u"-o"_s, output});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err,
             (u"skipped 1 event without a start time\nexported 1 event to "_s + output + u'\n')
                 .toUtf8());
    const QByteArray calendar = fileContents(output);
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(calendar.count("\r\nBEGIN:VEVENT\r\n"), 1);
    QVERIFY(calendar.contains("\r\nSUMMARY:Quiz\\, \"Pub\" night\r\n"));
    QVERIFY(calendar.contains("\r\nCATEGORIES:Pub Club\r\n"));
}

void TstExportCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    // The whole stderr line after "eventwatch: ", or the part of it that SQLite words itself.
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("exactReason");

    const QString data = u"{DATA}"_s;
    QTest::newRow("unknown format")
        << QStringList{u"--data-dir"_s, data, u"--format"_s, u"xml"_s}
        << u"unknown format 'xml'; use one of csv, json, ndjson, ics"_s << true;
    QTest::newRow("empty format") << QStringList{u"--data-dir"_s, data, u"--format="_s}
                                  << u"unknown format ''; use one of csv, json, ndjson, ics"_s
                                  << true;
    QTest::newRow("empty --data-dir") << QStringList{u"--data-dir="_s, u"--format"_s, u"csv"_s}
                                      << u"--data-dir must not be empty"_s << true;
    QTest::newRow("missing --format")
        << QStringList{u"--data-dir"_s, data}
        << u"missing --format; use one of csv, json, ndjson, ics"_s << true;
    QTest::newRow("--data-dir without a value")
        << QStringList{u"--format"_s, u"csv"_s, u"--data-dir"_s}
        << u"Missing value after '--data-dir'."_s << true;
    QTest::newRow("unknown option") << QStringList{u"--format"_s, u"csv"_s, u"--bogus"_s}
                                    << u"Unknown option 'bogus'."_s << true;
    QTest::newRow("unexpected argument")
        << QStringList{u"--data-dir"_s, data, u"--format"_s, u"csv"_s, u"events.csv"_s}
        << u"unexpected argument 'events.csv'"_s << true;
    QTest::newRow("not a date")
        << QStringList{u"--data-dir"_s, data, u"--format"_s, u"csv"_s, u"--from"_s, u"June"_s}
        << u"--from 'June' is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]"_s << true;
    QTest::newRow("excel without csv")
        << QStringList{u"--data-dir"_s, data, u"--format"_s, u"json"_s, u"--excel"_s}
        << u"--excel only applies to --format csv"_s << true;
    QTest::newRow("unknown space")
        << QStringList{u"--data-dir"_s, data, u"--format"_s, u"csv"_s, u"--space"_s, u"Nope"_s}
        << u"no space named 'Nope' among the stored events"_s << true;
    QTest::newRow("unknown creator")
        << QStringList{u"--data-dir"_s, data, u"--format"_s, u"csv"_s, u"--creator"_s, u"Zed"_s}
        << u"no creator named 'Zed' among the stored events"_s << true;
    QTest::newRow("data dir does not exist")
        << QStringList{u"--data-dir"_s, u"{ROOT}/nowhere"_s, u"--format"_s, u"csv"_s}
        << u"no Eventwatch data in {ROOT}/nowhere"_s << true;
    QTest::newRow("data dir without a database")
        << QStringList{u"--data-dir"_s, u"{ROOT}/empty"_s, u"--format"_s, u"csv"_s}
        << u"no Eventwatch data in {ROOT}/empty"_s << true;
    QTest::newRow("default data dir without data")
        << QStringList{u"--format"_s, u"csv"_s} << u"no Eventwatch data in {DEFAULT}"_s << true;
    QTest::newRow("corrupt database")
        << QStringList{u"--data-dir"_s, u"{ROOT}/corrupt"_s, u"--format"_s, u"csv"_s}
        << u"file is not a database"_s << false;
    QTest::newRow("not an Eventwatch database")
        << QStringList{u"--data-dir"_s, u"{ROOT}/foreign"_s, u"--format"_s, u"json"_s}
        << u"no such table: events"_s << false;
    QTest::newRow("-o in a missing directory")
        << QStringList{u"--data-dir"_s, data,    u"--format"_s,
                       u"csv"_s,        u"-o"_s, u"{ROOT}/missing/out.csv"_s}
        << u"cannot write {ROOT}/missing/out.csv"_s << false;
    QTest::newRow("-o is a directory")
        << QStringList{u"--data-dir"_s, data, u"--format"_s, u"csv"_s, u"-o"_s, u"{ROOT}/empty"_s}
        << u"cannot write {ROOT}/empty"_s << false;
    QTest::newRow("-o without a name")
        << QStringList{u"--data-dir"_s, data, u"--format"_s, u"csv"_s, u"--output="_s}
        << u"-o must not be empty"_s << true;
}

void TstExportCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QFETCH(bool, exactReason);
    QVERIFY(QDir().mkpath(path(u"empty"_s)));
    QVERIFY(QDir().mkpath(path(u"corrupt"_s)));
    QVERIFY(writeFile(Database::pathIn(path(u"corrupt"_s)),
                      QByteArray("this is not an SQLite database, just text. ").repeated(100)));
    QVERIFY(QDir().mkpath(path(u"foreign"_s)));
    {
        QSqlDatabase foreign = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        foreign.setDatabaseName(Database::pathIn(path(u"foreign"_s)));
        QVERIFY(foreign.open());
        QString error;
        QVERIFY2(exec(foreign, u"CREATE TABLE notes (text TEXT)"_s, &error), qPrintable(error));
        foreign.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    for (QString &argument : arguments)
        argument = expand(argument);

    const Result result = run(arguments);
    verifyOneLineError(result);
    const QString line = QString::fromUtf8(result.err).trimmed();
    if (exactReason)
        QCOMPARE(line, u"eventwatch: "_s + expand(reason));
    else
        QVERIFY2(line.contains(expand(reason)), qPrintable(line));
    // An export never creates the data directory it did not find, nor a database in it.
    QVERIFY(!QFileInfo::exists(path(u"nowhere"_s)));
    QVERIFY(!QFileInfo::exists(defaultDir()));
    QCOMPARE(QDir(path(u"empty"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

// The file is written through QSaveFile: a failing export leaves neither a partial file nor a
// temporary one, and keeps an earlier export as it was.
void TstExportCommand::failedExportLeavesNoFile()
{
    const QString corruptDir = path(u"corrupt"_s);
    QVERIFY(QDir().mkpath(corruptDir));
    QVERIFY(writeFile(Database::pathIn(corruptDir), QByteArray(4096, 'x')));
    const QString outDir = path(u"out"_s);
    QVERIFY(QDir().mkpath(outDir));
    const QString fresh = outDir + u"/fresh.csv"_s;
    verifyOneLineError(run({u"--data-dir"_s, corruptDir, u"--format"_s, u"csv"_s, u"-o"_s, fresh}));
    QVERIFY(!QFileInfo::exists(fresh));
    QCOMPARE(QDir(outDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

    const QString earlier = outDir + u"/earlier.json"_s;
    QVERIFY(writeFile(earlier, "[]\n"));
    verifyOneLineError(
        run({u"--data-dir"_s, corruptDir, u"--format"_s, u"json"_s, u"-o"_s, earlier}));
    QCOMPARE(fileContents(earlier), QByteArray("[]\n"));
    QCOMPARE(QDir(outDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{u"earlier.json"_s});
}

// /dev/full fails every write with ENOSPC, like a full disk.
void TstExportCommand::fullStandardOutput()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full here");
    const Result result =
        run({u"--data-dir"_s, dataDir(), u"--format"_s, u"csv"_s}, u"/dev/full"_s);
    verifyOneLineError(result);
    QVERIFY2(result.err.contains("No space left on device"), result.err.constData());
}

QTEST_GUILESS_MAIN(TstExportCommand)
#include "tst_exportcommand.moc"
