#include "ExportCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "export/EventExporter.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace {

constexpr int ExitSuccess = ConsoleOutput::ExitSuccess;
constexpr int ExitFailure = ConsoleOutput::ExitFailure;

constexpr QLatin1StringView HelpOption("help");
constexpr QLatin1StringView DataDirOption("data-dir");
constexpr QLatin1StringView FormatOption("format");
constexpr QLatin1StringView OutputOption("output");

QString supportedFormats()
{
    return ExportFormats::names().join(QStringLiteral(", "));
}

std::optional<ExportFormat> readFormat(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(FormatOption)) {
        *error = QCoreApplication::translate("ExportCommand", "missing --format; use one of %1")
                     .arg(supportedFormats());
        return std::nullopt;
    }
    const QString name = parser.value(FormatOption);
    const std::optional<ExportFormat> format = ExportFormats::fromName(name);
    if (!format)
        *error = QCoreApplication::translate("ExportCommand", "unknown format '%1'; use one of %2")
                     .arg(name, supportedFormats());
    return format;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// QCommandLineParser names the program alone in its usage line; the subcommand belongs there too.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    text.replace(
        0, firstLineEnd,
        QCoreApplication::translate(
            "ExportCommand", "Usage: eventwatch export [--data-dir DIR] --format %1 [-o FILE]")
            .arg(ExportFormats::names().join(u'|')));
    return text;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    // parse() rather than process(): process() exits on its own with its own codes and messages.
    if (!parser.parse(QStringList{QStringLiteral("eventwatch")} + arguments))
        return ConsoleOutput::fail(parser.errorText());
    if (parser.isSet(HelpOption)) {
        std::fputs(helpText(parser).toLocal8Bit().constData(), stdout);
        std::fflush(stdout);
        return ExitSuccess;
    }
    QString error;
    const std::optional<Options> options = readOptions(parser, &error);
    if (!options)
        return ConsoleOutput::fail(error);
    return exportEvents(*options);
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "ExportCommand", "Writes every event Eventwatch has stored, one row per event."));
    // Not addHelpOption(): its --help-all lists Qt's own options, which export does not take.
    parser.addOption({{QStringLiteral("h"), HelpOption},
                      QCoreApplication::translate("ExportCommand", "Displays this help.")});
    parser.addOption({DataDirOption,
                      QCoreApplication::translate("ExportCommand",
                                                  "Read the events stored in <DIR> (default: %1).")
                          .arg(nativePath(CommandLine::defaultDataDir())),
                      QStringLiteral("DIR")});
    parser.addOption({FormatOption,
                      QCoreApplication::translate("ExportCommand", "Write <FORMAT>: %1.")
                          .arg(supportedFormats()),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {{QStringLiteral("o"), OutputOption},
         QCoreApplication::translate("ExportCommand",
                                     "Write to <FILE> instead of standard output. <FILE> is only "
                                     "replaced when the export succeeds."),
         QStringLiteral("FILE")});
}

std::optional<ExportCommand::Options> ExportCommand::readOptions(const QCommandLineParser &parser,
                                                                 QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("ExportCommand", "unexpected argument '%1'")
                     .arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    const std::optional<ExportFormat> format = readFormat(parser, error);
    if (!format)
        return std::nullopt;
    // The receiver's default, so `eventwatch export --format csv` finds what it stored.
    const QString dataDir =
        parser.isSet(DataDirOption) ? parser.value(DataDirOption) : CommandLine::defaultDataDir();
    if (dataDir.isEmpty()) {
        *error = parser.isSet(DataDirOption)
                     ? QCoreApplication::translate("ExportCommand", "--data-dir must not be empty")
                     : QCoreApplication::translate(
                         "ExportCommand", "no default data directory here; pass --data-dir DIR");
        return std::nullopt;
    }
    const QString outputPath = parser.value(OutputOption);
    if (parser.isSet(OutputOption) && outputPath.isEmpty()) {
        *error = QCoreApplication::translate("ExportCommand", "-o must not be empty");
        return std::nullopt;
    }
    return Options{dataDir, *format, outputPath};
}

int ExportCommand::exportEvents(const Options &options)
{
    // Checked before opening: an export must never leave an empty database or directory behind.
    const QString databasePath = Database::pathIn(options.dataDir);
    if (!QFileInfo(options.dataDir).isDir() || !QFileInfo(databasePath).isFile())
        return ConsoleOutput::fail(
            QCoreApplication::translate("ExportCommand", "no Eventwatch data in %1")
                .arg(nativePath(options.dataDir)));
    Database database(databasePath, Database::Mode::ReadOnly);
    QString error;
    if (!database.open(&error))
        return ConsoleOutput::fail(error);
    if (options.outputPath.isEmpty())
        return exportToStandardOutput(database.connection(), options.format);
    return exportToFile(database.connection(), options.format, options.outputPath);
}

int ExportCommand::exportToStandardOutput(const QSqlDatabase &db, ExportFormat format)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ConsoleOutput::fail(
            QCoreApplication::translate("ExportCommand", "cannot write to standard output: %1")
                .arg(out.errorString()));
    QString error;
    if (!EventExporter::write(db, format, &out, &error))
        return ConsoleOutput::fail(error);
    return ExitSuccess;
}

int ExportCommand::exportToFile(const QSqlDatabase &db, ExportFormat format, const QString &path)
{
    // QSaveFile writes a temporary file and renames it on commit, so a failed export leaves
    // neither a half-written file nor a damaged earlier export.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return ConsoleOutput::fail(
            QCoreApplication::translate("ExportCommand", "cannot write %1: %2")
                .arg(nativePath(path), out.errorString()));
    QString error;
    qint64 rowCount = 0;
    if (!EventExporter::write(db, format, &out, &error, &rowCount)) {
        out.cancelWriting();
        return ConsoleOutput::fail(error);
    }
    if (!out.commit())
        return ConsoleOutput::fail(
            QCoreApplication::translate("ExportCommand", "cannot write %1: %2")
                .arg(nativePath(path), out.errorString()));
    ConsoleOutput::printLine(stderr, QCoreApplication::translate("ExportCommand",
                                                                 "exported %n event(s) to %1",
                                                                 nullptr, int(rowCount))
                                         .arg(nativePath(path)));
    return ExitSuccess;
}
