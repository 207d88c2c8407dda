#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QLatin1StringView>

#include <optional>
#include <span>

// Which members of a JSON object a reader needs: their names and, for members that are objects
// themselves, which of their members.
struct JsonSelection
{
    struct Member
    {
        QLatin1StringView name;
        const JsonSelection *members = nullptr;
    };

    std::span<const Member> members;
};

// Checks a whole JSON document in one pass and keeps only the selected members of its top-level
// object, so that a reader that needs a handful of fields does not pay for a QJsonDocument of the
// whole body. A kept object holds only its selected members; a kept object or array without a
// selection comes back empty (its type is what a reader sees). Every kept value is what
// QJsonDocument::fromJson() would give for it.
//
// Conservative by design: it answers only for documents that are plainly valid, and gives up
// (std::nullopt) on anything it leaves to QJsonDocument, which then decides and explains: invalid
// JSON, a top level that is not an object, nesting deeper than maxDepth, a number with an
// exponent or more than 64 characters, a control character, a lone surrogate or a noncharacter in
// a string, escapes in a kept string or in a member name where members are selected, a selected
// member given twice, a byte order mark.
class JsonSelectiveReader final
{
public:
    static std::optional<QJsonObject> read(QByteArrayView json, const JsonSelection &selection,
                                           int maxDepth);
};
