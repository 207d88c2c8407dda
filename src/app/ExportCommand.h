#pragma once

#include "export/ExportFormat.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// `eventwatch export [--data-dir DIR] --format csv|json|ndjson [-o FILE]`: writes every stored
// event to FILE or standard output. Read-only: it never creates a data directory or a database.
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
    };

    static void addOptions(QCommandLineParser &parser);
    static std::optional<Options> readOptions(const QCommandLineParser &parser, QString *error);
    static int exportEvents(const Options &options);
    static int exportToStandardOutput(const QSqlDatabase &db, ExportFormat format);
    static int exportToFile(const QSqlDatabase &db, ExportFormat format, const QString &path);
};
