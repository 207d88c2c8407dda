#include "ExportCommand.h"

#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "export/CalendarExporter.h"
#include "export/EventExporter.h"
#include "export/ExportFileWriter.h"
#include "query/EventQuery.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

constexpr int ExitSuccess = ConsoleOutput::ExitSuccess;
constexpr int ExitFailure = ConsoleOutput::ExitFailure;

constexpr QLatin1StringView HelpOption("help");
constexpr QLatin1StringView DataDirOption("data-dir");
constexpr QLatin1StringView FormatOption("format");
constexpr QLatin1StringView OutputOption("output");
constexpr QLatin1StringView SearchOption("search");
constexpr QLatin1StringView SpaceOption("space");
constexpr QLatin1StringView CreatorOption("creator");
constexpr QLatin1StringView TypeOption("type");
constexpr QLatin1StringView FromOption("from");
constexpr QLatin1StringView ToOption("to");
constexpr QLatin1StringView ExcelOption("excel");

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

// A day (YYYY-MM-DD, its local midnight) or an instant (ISO 8601, local time without an offset).
// A day as the end of a range includes that whole day.
QDateTime readDate(const QString &text, bool endOfRange)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(endOfRange ? day.addDays(1) : day, QTime(0, 0));
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

bool readDateOption(const QCommandLineParser &parser, QLatin1StringView option, bool endOfRange,
                    QDateTime *result, QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    *result = readDate(text, endOfRange);
    if (result->isValid())
        return true;
    *error =
        QCoreApplication::translate("ExportCommand", "--%1 '%2' is not a date; use YYYY-MM-DD or "
                                                     "YYYY-MM-DDTHH:MM[:SS][Z]")
            .arg(option, text);
    return false;
}

// The ids of the facets named name (case-insensitive), or with that id.
QStringList idsNamed(const QList<FacetCount> &facets, const QString &name)
{
    QStringList ids;
    for (const FacetCount &facet : facets) {
        if (facet.label.compare(name, Qt::CaseInsensitive) == 0 || facet.id == name)
            ids << facet.id;
    }
    return ids;
}

// notFound names the missing facet in a sentence with %1 for its name.
bool resolve(const QList<FacetCount> &facets, const QStringList &names, const QString &notFound,
             QStringList *ids, QString *error)
{
    for (const QString &name : names) {
        const QStringList found = idsNamed(facets, name);
        if (found.isEmpty()) {
            *error = notFound.arg(name);
            return false;
        }
        *ids << found;
    }
    return true;
}

// iCalendar leaves out events without a start; the user hears how many.
void reportSkipped(qint64 skipped)
{
    if (skipped > 0)
        ConsoleOutput::printLine(
            stderr,
            QCoreApplication::translate("ExportCommand", "skipped %n event(s) without a start time",
                                        nullptr, int(skipped)));
}

bool writeEvents(const QSqlDatabase &db, ExportFormat format, const ExportOptions &options,
                 QIODevice *out, QString *error, qint64 *written)
{
    if (ExportFormats::isTabular(format))
        return EventExporter::write(db, format, options, out, error, written);
    CalendarExporter::Counts counts;
    const bool ok = CalendarExporter::write(db, options, out, error, &counts);
    *written = counts.written;
    if (ok)
        reportSkipped(counts.skipped);
    return ok;
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
        QCoreApplication::translate("ExportCommand", "Usage: %1")
            .arg(QStringLiteral("eventwatch export [--data-dir DIR] --format %1 [--search TEXT] "
                                "[--space NAME] [--creator NAME] [--type TYPE] [--from DATE] "
                                "[--to DATE] [--excel] [-o FILE]")
                     .arg(ExportFormats::names().join(u'|'))));
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
        "ExportCommand", "Writes the events Eventwatch has stored, one row per event: every event, "
                         "or those the filters select (all of them must match)."));
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
    parser.addOption(
        {SearchOption,
         QCoreApplication::translate("ExportCommand",
                                     "Only events whose title, summary, location, space or "
                                     "creator has words beginning with every word of <TEXT>."),
         QStringLiteral("TEXT")});
    parser.addOption(
        {SpaceOption,
         QCoreApplication::translate("ExportCommand",
                                     "Only events in the space <NAME> (or id); repeat for any "
                                     "of several."),
         QStringLiteral("NAME")});
    parser.addOption({CreatorOption,
                      QCoreApplication::translate(
                          "ExportCommand", "Only events created by <NAME> (or id); repeat for any "
                                           "of several."),
                      QStringLiteral("NAME")});
    parser.addOption({TypeOption,
                      QCoreApplication::translate(
                          "ExportCommand", "Only events of the type <TYPE> (local, online, ...); "
                                           "repeat for any of several."),
                      QStringLiteral("TYPE")});
    parser.addOption({FromOption,
                      QCoreApplication::translate(
                          "ExportCommand", "Only events starting at or after <DATE> (YYYY-MM-DD: "
                                           "its local midnight, or an ISO 8601 time)."),
                      QStringLiteral("DATE")});
    parser.addOption({ToOption,
                      QCoreApplication::translate(
                          "ExportCommand", "Only events starting before the end of <DATE> (a day "
                                           "included; or before an ISO 8601 time)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {ExcelOption, QCoreApplication::translate(
                          "ExportCommand", "CSV only: begin with a UTF-8 byte-order mark, so that "
                                           "Excel reads the text correctly.")});
}

bool ExportCommand::readFilter(const QCommandLineParser &parser, Options *options, QString *error)
{
    EventFilter &filter = options->exportOptions.filter;
    filter.search = parser.value(SearchOption);
    filter.eventTypes = parser.values(TypeOption);
    options->spaces = parser.values(SpaceOption);
    options->creators = parser.values(CreatorOption);
    if (!readDateOption(parser, FromOption, false, &filter.from, error)
        || !readDateOption(parser, ToOption, true, &filter.to, error))
        return false;
    if (filter.from.isValid() || filter.to.isValid())
        filter.window = EventFilter::TimeWindow::Custom;
    if (parser.isSet(ExcelOption) && options->format != ExportFormat::Csv) {
        *error =
            QCoreApplication::translate("ExportCommand", "--excel only applies to --format csv");
        return false;
    }
    options->exportOptions.excel = parser.isSet(ExcelOption);
    return true;
}

bool ExportCommand::resolveNames(const QSqlDatabase &db, Options *options, QString *error)
{
    const EventQuery query(db);
    EventFilter &filter = options->exportOptions.filter;
    return (options->spaces.isEmpty()
            || resolve(query.spaces(), options->spaces,
                       QCoreApplication::translate("ExportCommand",
                                                   "no space named '%1' among the stored events"),
                       &filter.spaceIds, error))
           && (options->creators.isEmpty()
               || resolve(query.creators(), options->creators,
                          QCoreApplication::translate(
                              "ExportCommand", "no creator named '%1' among the stored events"),
                          &filter.creatorIds, error));
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
    Options options{dataDir, *format, outputPath, {}, {}, {}};
    if (!readFilter(parser, &options, error))
        return std::nullopt;
    return options;
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
    Options resolved = options;
    if (!resolveNames(database.connection(), &resolved, &error))
        return ConsoleOutput::fail(error);
    if (options.outputPath.isEmpty())
        return exportToStandardOutput(database.connection(), resolved);
    return exportToFile(database.connection(), resolved);
}

int ExportCommand::exportToStandardOutput(const QSqlDatabase &db, const Options &options)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ConsoleOutput::fail(
            QCoreApplication::translate("ExportCommand", "cannot write to standard output: %1")
                .arg(out.errorString()));
    QString error;
    qint64 written = 0;
    if (!writeEvents(db, options.format, options.exportOptions, &out, &error, &written))
        return ConsoleOutput::fail(error);
    return ExitSuccess;
}

int ExportCommand::exportToFile(const QSqlDatabase &db, const Options &options)
{
    const QString &path = options.outputPath;
    // The window writes its exports the same way: the file is only replaced when it succeeds.
    const ExportFileWriter::Result result =
        ExportFileWriter::write(db, options.format, options.exportOptions, path);
    if (!result.ok)
        return ConsoleOutput::fail(result.error);
    reportSkipped(result.skipped);
    ConsoleOutput::printLine(stderr, QCoreApplication::translate("ExportCommand",
                                                                 "exported %n event(s) to %1",
                                                                 nullptr, int(result.written))
                                         .arg(nativePath(path)));
    return ExitSuccess;
}
