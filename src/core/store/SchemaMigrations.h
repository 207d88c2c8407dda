#pragma once

#include <QSqlDatabase>
#include <QString>

// Brings a database to the current schema, one numbered step at a time, recording the version
// in SQLite's user_version so that a newer Eventwatch upgrades an older file in place.
class SchemaMigrations final
{
public:
    static int latestVersion();
    // Returns false and sets error when a step fails; a failed step leaves the file unchanged.
    static bool migrate(QSqlDatabase &db, QString *error);
};
