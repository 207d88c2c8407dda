#include "export/ExportConditions.h"

#include "query/EventQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// The rowids travel as one bound JSON array that SQLite's json_each() reads: a statement with a
// placeholder per row would hit SQLite's limit on bound values with a large selection, and a
// temporary table would need a writable connection.
QString rowIdArray(const QList<qint64> &rowIds)
{
    QJsonArray array;
    for (const qint64 rowId : rowIds)
        array.append(rowId);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QString ExportConditions::sql(const ExportOptions &options, QVariantList *values)
{
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    QString conditions = EventQuery::filterSql(options.filter, now, values);
    if (!options.rowIds)
        return conditions;
    if (!conditions.isEmpty())
        conditions = u'(' + conditions + u") AND "_s;
    conditions += u"event_records.rowid IN (SELECT value FROM json_each(?))"_s;
    values->append(rowIdArray(*options.rowIds));
    return conditions;
}
