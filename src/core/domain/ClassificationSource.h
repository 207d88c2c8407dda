#pragma once

#include <QString>

// Where a delivery's webhook type came from, strongest first.
enum class ClassificationSource {
    Path,  // the admin registered a per-type URL: /webhooks/mighty-networks/<Type>
    Field, // an undocumented top-level type field in the envelope
    Shape, // inferred from the payload's fields
};

inline QString classificationSourceName(ClassificationSource source)
{
    switch (source) {
    case ClassificationSource::Path:
        return QStringLiteral("path");
    case ClassificationSource::Field:
        return QStringLiteral("field");
    case ClassificationSource::Shape:
        break;
    }
    return QStringLiteral("shape");
}
