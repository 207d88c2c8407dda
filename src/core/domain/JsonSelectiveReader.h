#pragma once

#include "domain/JsonSelection.h"
#include "domain/JsonToken.h"

#include <QByteArrayView>

#include <span>

// Checks a whole JSON document in one pass and hands out only the selected members of its
// top-level object, as tokens, so that a reader that needs a handful of fields pays neither for
// a QJsonDocument of the whole body nor for converting what it does not read.
//
// Conservative by design: it answers only for documents that are plainly valid, and gives up
// (false) on anything it leaves to QJsonDocument, which then decides and explains: invalid JSON,
// a top level that is not an object, nesting deeper than maxDepth, a number with an exponent or
// more than 64 characters, a control character, a lone surrogate or a noncharacter in a string,
// escapes in a selected string or in a member name where members are selected, a selected member
// given twice, a byte order mark.
class JsonSelectiveReader final
{
public:
    // Puts each selected member's token into tokens[member.slot]; the tokens of members not present
    // are left as they are (Absent).
    static bool read(QByteArrayView json, const JsonSelection &selection, int maxDepth,
                     std::span<JsonToken> tokens);
};
