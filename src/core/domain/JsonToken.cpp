#include "domain/JsonToken.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

QJsonValue JsonToken::toValue() const
{
    switch (kind) {
    case Kind::Absent:
        return QJsonValue(QJsonValue::Undefined);
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::False:
        return false;
    case Kind::True:
        return true;
    case Kind::String:
        return QString::fromUtf8(text);
    case Kind::Array:
        return QJsonArray();
    case Kind::Object:
        return QJsonObject();
    case Kind::Number:
        break;
    }
    // As QJsonDocument reads numbers: an integer that fits is a qint64, anything else a double.
    const QByteArray digits = QByteArray::fromRawData(text.data(), text.size());
    bool ok = false;
    if (!text.contains('.')) {
        const qint64 integer = digits.toLongLong(&ok);
        if (ok)
            return integer;
    }
    return digits.toDouble();
}
