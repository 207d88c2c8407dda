#pragma once

#include "export/ExportOptions.h"

#include <QString>
#include <QVariantList>

namespace ExportConditions {

// The conditions options put on event_records (its filter, see EventQuery::filterSql, and its
// set of rowids), ANDed, for an exporter's WHERE; values receives what they bind, in order.
// Empty (and no values) when every event is to be written.
QString sql(const ExportOptions &options, QVariantList *values);

} // namespace ExportConditions
