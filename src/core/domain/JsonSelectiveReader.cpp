#include "domain/JsonSelectiveReader.h"

#include <array>
#include <cstring>

namespace {

constexpr qsizetype MaxNumberLength = 64;

// Bytes that stand for themselves inside a string: printable ASCII but the quote and backslash.
constexpr std::array<bool, 256> plainStringBytes()
{
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[c] = c != '"' && c != '\\';
    return plain;
}
constexpr std::array<bool, 256> PlainStringByte = plainStringBytes();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isHighSurrogate(char32_t unit)
{
    return unit >= 0xd800 && unit <= 0xdbff;
}

bool isLowSurrogate(char32_t unit)
{
    return unit >= 0xdc00 && unit <= 0xdfff;
}

bool isNoncharacter(char32_t codePoint)
{
    return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) == 0xfffe;
}

// One pass over the document; every member function returns false where the reader gives up.
class Scanner
{
public:
    Scanner(QByteArrayView json, int maxDepth, std::span<JsonToken> tokens)
        : m_pos(json.data())
        , m_end(json.data() + json.size())
        , m_maxDepth(maxDepth)
        , m_tokens(tokens)
    {}

    bool document(const JsonSelection &selection)
    {
        skipSpace();
        if (!at('{') || !object(&selection, 1))
            return false;
        skipSpace();
        return m_pos == m_end;
    }

private:
    bool at(char c) const { return m_pos < m_end && *m_pos == c; }

    void skipSpace()
    {
        while (m_pos < m_end
               && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }

    // At '{'. The selected members' tokens go to their slots.
    bool object(const JsonSelection *selection, int depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_pos;
        skipSpace();
        if (at('}')) {
            ++m_pos;
            return true;
        }
        quint64 seen = 0;
        for (;;) {
            QByteArrayView name;
            bool escaped = false;
            if (!at('"') || !string(&name, &escaped))
                return false;
            const JsonSelection::Member *member = nullptr;
            if (selection) {
                // Names are compared as written: an escaped one could spell a selected name.
                if (escaped)
                    return false;
                const qsizetype index = find(*selection, name);
                if (index >= 0) {
                    if (seen & (quint64(1) << index))
                        return false;
                    seen |= quint64(1) << index;
                    member = &selection->members[index];
                }
            }
            skipSpace();
            if (!at(':'))
                return false;
            ++m_pos;
            skipSpace();
            if (!value(depth, member ? member->members : nullptr,
                       member && member->slot >= 0 ? &m_tokens[member->slot] : nullptr))
                return false;
            skipSpace();
            if (at(',')) {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (!at('}'))
                return false;
            ++m_pos;
            return true;
        }
    }

    // At '['. Arrays are never selected into: their items are only checked.
    bool array(int depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_pos;
        skipSpace();
        if (at(']')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            if (!value(depth, nullptr, nullptr))
                return false;
            skipSpace();
            if (at(',')) {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (!at(']'))
                return false;
            ++m_pos;
            return true;
        }
    }

    // A value inside a container at depth; its token goes to kept when it is selected, and
    // selected members of an object to their own slots.
    bool value(int depth, const JsonSelection *selection, JsonToken *kept)
    {
        if (m_pos == m_end)
            return false;
        switch (*m_pos) {
        case '{':
            return object(selection, depth + 1) && keep(kept, JsonToken::Kind::Object);
        case '[':
            return array(depth + 1) && keep(kept, JsonToken::Kind::Array);
        case '"': {
            QByteArrayView text;
            bool escaped = false;
            if (!string(&text, &escaped) || (kept && escaped))
                return false;
            return keep(kept, JsonToken::Kind::String, text);
        }
        case 't':
            return literal("true") && keep(kept, JsonToken::Kind::True);
        case 'f':
            return literal("false") && keep(kept, JsonToken::Kind::False);
        case 'n':
            return literal("null") && keep(kept, JsonToken::Kind::Null);
        default: {
            const char *start = m_pos;
            return number() && keep(kept, JsonToken::Kind::Number, {start, m_pos});
        }
        }
    }

    static bool keep(JsonToken *kept, JsonToken::Kind kind, QByteArrayView text = {})
    {
        if (kept)
            *kept = {kind, text};
        return true;
    }

    bool literal(QByteArrayView word)
    {
        if (m_end - m_pos < word.size() || std::memcmp(m_pos, word.data(), word.size()) != 0)
            return false;
        m_pos += word.size();
        return true;
    }

    // At '"': the text between the quotes, as written, and whether it holds escapes.
    bool string(QByteArrayView *text, bool *escaped)
    {
        const char *start = ++m_pos;
        for (;;) {
            skipPlainText();
            if (m_pos == m_end)
                return false;
            const uchar c = uchar(*m_pos);
            if (c == '"') {
                *text = QByteArrayView(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                *escaped = true;
                if (!escape())
                    return false;
            } else if (c < 0x20 || !utf8Sequence()) {
                return false;
            }
        }
    }

    // Most of a body is string content: skipped eight bytes at a time while none of them needs
    // a look (a quote, a backslash, a control character or a non-ASCII byte), then byte by byte.
    void skipPlainText()
    {
        constexpr quint64 Ones = 0x0101010101010101;
        constexpr quint64 Highs = 0x8080808080808080;
        const auto hasZeroByte = [](quint64 word) {
            return (word - Ones) & ~word & Highs;
        };
        while (m_end - m_pos >= 8) {
            quint64 word;
            std::memcpy(&word, m_pos, sizeof word);
            const quint64 special = hasZeroByte(word ^ (Ones * '"'))
                                    | hasZeroByte(word ^ (Ones * '\\'))
                                    | ((word - Ones * 0x20) & ~word) | word;
            if (special & Highs)
                break;
            m_pos += 8;
        }
        while (m_pos < m_end && PlainStringByte[uchar(*m_pos)])
            ++m_pos;
    }

    // At a backslash inside a string.
    bool escape()
    {
        ++m_pos;
        if (m_pos == m_end)
            return false;
        switch (*m_pos) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            ++m_pos;
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        ++m_pos;
        char32_t unit = 0;
        if (!hex4(&unit) || unit == 0 || isLowSurrogate(unit))
            return false;
        if (!isHighSurrogate(unit))
            return !isNoncharacter(unit);
        char32_t low = 0;
        if (m_end - m_pos < 2 || m_pos[0] != '\\' || m_pos[1] != 'u')
            return false;
        m_pos += 2;
        if (!hex4(&low) || !isLowSurrogate(low))
            return false;
        return !isNoncharacter(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
    }

    bool hex4(char32_t *unit)
    {
        if (m_end - m_pos < 4)
            return false;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_pos[i]);
            if (digit < 0)
                return false;
            *unit = (*unit << 4) | char32_t(digit);
        }
        m_pos += 4;
        return true;
    }

    // At a byte of 0x80 or more: one well-formed UTF-8 sequence of a character.
    bool utf8Sequence()
    {
        const uchar lead = uchar(*m_pos);
        int length = 0;
        char32_t codePoint = 0;
        char32_t smallest = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            codePoint = lead & 0x1f;
            smallest = 0x80;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            codePoint = lead & 0x0f;
            smallest = 0x800;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            codePoint = lead & 0x07;
            smallest = 0x10000;
        } else {
            return false;
        }
        if (m_end - m_pos < length)
            return false;
        for (int i = 1; i < length; ++i) {
            const uchar continuation = uchar(m_pos[i]);
            if ((continuation & 0xc0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (continuation & 0x3f);
        }
        if (codePoint < smallest || codePoint > 0x10ffff || isHighSurrogate(codePoint)
            || isLowSurrogate(codePoint) || isNoncharacter(codePoint))
            return false;
        m_pos += length;
        return true;
    }

    // RFC 8259's grammar without the exponent (JsonToken::toValue() converts it as
    // QJsonDocument would).
    bool number()
    {
        const char *start = m_pos;
        if (at('-'))
            ++m_pos;
        if (at('0')) {
            ++m_pos;
        } else if (m_pos < m_end && *m_pos >= '1' && *m_pos <= '9') {
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        } else {
            return false;
        }
        if (at('.')) {
            ++m_pos;
            if (m_pos == m_end || !isDigit(*m_pos))
                return false;
            while (m_pos < m_end && isDigit(*m_pos))
                ++m_pos;
        }
        return !at('e') && !at('E') && m_pos - start <= MaxNumberLength;
    }

    static qsizetype find(const JsonSelection &selection, QByteArrayView name)
    {
        for (qsizetype i = 0; i < qsizetype(selection.members.size()); ++i) {
            const QLatin1StringView candidate = selection.members[i].name;
            if (candidate.size() == name.size()
                && std::memcmp(candidate.data(), name.data(), name.size()) == 0)
                return i;
        }
        return -1;
    }

    const char *m_pos;
    const char *m_end;
    int m_maxDepth;
    std::span<JsonToken> m_tokens;
};

} // namespace

bool JsonSelectiveReader::read(QByteArrayView json, const JsonSelection &selection, int maxDepth,
                               std::span<JsonToken> tokens)
{
    Scanner scanner(json, maxDepth, tokens);
    return scanner.document(selection);
}
