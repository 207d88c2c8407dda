#pragma once

#include <QByteArrayView>
#include <QJsonValue>

// A JSON value as written in a document, without converting it: its kind and, for a string,
// its text between the quotes (UTF-8, without escapes) or, for a number, its digits.
struct JsonToken
{
    enum class Kind {
        Absent,
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object,
    };

    Kind kind = Kind::Absent;
    QByteArrayView text;

    // What QJsonDocument gives for the same value; objects and arrays come back empty (what
    // they hold is not in the token).
    QJsonValue toValue() const;
};
