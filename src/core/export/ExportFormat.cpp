#include "export/ExportFormat.h"

namespace ExportFormats {

QList<ExportFormat> all()
{
    return {ExportFormat::Csv, ExportFormat::Json, ExportFormat::Ndjson, ExportFormat::Ics};
}

QString name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Ndjson:
        return QStringLiteral("ndjson");
    case ExportFormat::Ics:
        return QStringLiteral("ics");
    }
    Q_UNREACHABLE();
}

std::optional<ExportFormat> fromName(QStringView name)
{
    const QList<ExportFormat> formats = all();
    for (ExportFormat format : formats) {
        if (name.compare(ExportFormats::name(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QStringList names()
{
    QStringList result;
    const QList<ExportFormat> formats = all();
    for (ExportFormat format : formats)
        result << name(format);
    return result;
}

bool isTabular(ExportFormat format)
{
    return format != ExportFormat::Ics;
}

} // namespace ExportFormats
