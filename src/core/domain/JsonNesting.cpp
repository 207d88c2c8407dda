#include "domain/JsonNesting.h"

#include <algorithm>

namespace {

// Tracks whether the scan is inside a JSON string, where brackets are text and do not nest.
class StringState
{
public:
    bool inside() const { return m_inside; }

    void enter() { m_inside = true; }

    // Consumes one byte of string content; a backslash protects the next byte, so an escaped
    // quote does not end the string and an escaped backslash does not protect the quote after it.
    void consume(char c)
    {
        if (m_escaped)
            m_escaped = false;
        else if (c == '\\')
            m_escaped = true;
        else if (c == '"')
            m_inside = false;
    }

private:
    bool m_inside = false;
    bool m_escaped = false;
};

} // namespace

int JsonNesting::depth(QByteArrayView json, int limit)
{
    StringState string;
    int current = 0;
    int deepest = 0;
    for (const char c : json) {
        if (string.inside()) {
            string.consume(c);
            continue;
        }
        switch (c) {
        case '"':
            string.enter();
            break;
        case '[':
        case '{':
            if (++current > limit)
                return limit + 1;
            deepest = std::max(deepest, current);
            break;
        case ']':
        case '}':
            // Stray closers are the JSON parser's to report; they must not hide later nesting.
            current = std::max(current - 1, 0);
            break;
        default:
            break;
        }
    }
    return deepest;
}
