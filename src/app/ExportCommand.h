#pragma once

#include "export/ExportFormat.h"
#include "export/ExportOptions.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// `eventwatch export [--data-dir DIR] --format csv|json|ndjson [filters] [--excel] [-o FILE]`:
// writes the stored events the filters select (the window's EventFilter) to FILE or standard
// output. Read-only: it never creates a data directory or a database.
class ExportCommand final
{
public:
    // arguments are the words after "export". Returns the process exit code: 0 on success, 1 with
    // a one-line reason on stderr otherwise.
    static int run(const QStringList &arguments);

private:
    struct Options
    {
        QString dataDir;
        ExportFormat format = ExportFormat::Csv;
        QString outputPath; // empty: standard output
        ExportOptions exportOptions;
        // Names as given; resolved to ids once the store is open.
        QStringList spaces;
        QStringList creators;
    };

    static void addOptions(QCommandLineParser &parser);
    static std::optional<Options> readOptions(const QCommandLineParser &parser, QString *error);
    static int exportEvents(const Options &options);
    static bool readFilter(const QCommandLineParser &parser, Options *options, QString *error);
    static bool resolveNames(const QSqlDatabase &db, Options *options, QString *error);
    static int exportToStandardOutput(const QSqlDatabase &db, const Options &options);
    static int exportToFile(const QSqlDatabase &db, const Options &options);
};
