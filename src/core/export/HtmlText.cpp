#include "export/HtmlText.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Elements whose end (or which themselves) break a line.
bool breaksLine(QStringView tagName)
{
    static const QStringList names = {u"br"_s, u"p"_s,  u"div"_s, u"li"_s,        u"ul"_s,
                                      u"ol"_s, u"h1"_s, u"h2"_s,  u"h3"_s,        u"h4"_s,
                                      u"h5"_s, u"h6"_s, u"tr"_s,  u"blockquote"_s};
    return names.contains(tagName.toString().toLower());
}

// Everything inside these is not text a reader sees.
bool hidesContent(QStringView tagName)
{
    const QString name = tagName.toString().toLower();
    return name == u"script"_s || name == u"style"_s;
}

QString decodeReference(const QString &reference)
{
    static const QHash<QString, QString> named = {
        {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},    {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s},  {u"nbsp"_s, QString(QChar(0xa0))},
        {u"ndash"_s, u"–"_s}, {u"mdash"_s, u"—"_s}, {u"hellip"_s, u"…"_s},
    };
    if (reference.startsWith(u'#')) {
        bool ok = false;
        const uint codePoint = reference.startsWith(u"#x"_s, Qt::CaseInsensitive)
                                   ? reference.mid(2).toUInt(&ok, 16)
                                   : reference.mid(1).toUInt(&ok, 10);
        if (ok && codePoint > 0 && codePoint <= 0x10ffff
            && (codePoint < 0xd800 || codePoint > 0xdfff)) {
            const char32_t character = codePoint;
            return QString::fromUcs4(&character, 1);
        }
        return {};
    }
    return named.value(reference, u'&' + reference + u';');
}

QString tagNameOf(QStringView tag)
{
    qsizetype start = tag.startsWith(u'/') ? 1 : 0;
    qsizetype end = start;
    while (end < tag.size() && tag.at(end).isLetterOrNumber())
        ++end;
    return tag.mid(start, end - start).toString();
}

QString tidy(QString text)
{
    text.replace(QChar(0xa0), u' ');
    static const QRegularExpression spaces(u"[ \\t]+"_s);
    static const QRegularExpression spaceAroundBreaks(u" *\\n *"_s);
    static const QRegularExpression blankLines(u"\\n{3,}"_s);
    text.replace(spaces, u" "_s);
    text.replace(spaceAroundBreaks, u"\n"_s);
    text.replace(blankLines, u"\n\n"_s);
    return text.trimmed();
}

} // namespace

QString HtmlText::toPlainText(const QString &html)
{
    QString text;
    text.reserve(html.size());
    QString hiddenUntil; // the closing tag that ends hidden content
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0)
                break; // an unfinished tag shows nothing
            const QStringView tag = QStringView(html).mid(i + 1, close - i - 1);
            const QString name = tagNameOf(tag);
            if (!hiddenUntil.isEmpty()) {
                if (tag.startsWith(u'/') && name.compare(hiddenUntil, Qt::CaseInsensitive) == 0)
                    hiddenUntil.clear();
            } else if (hidesContent(name) && !tag.startsWith(u'/')) {
                hiddenUntil = name;
            } else if (breaksLine(name)) {
                // A block starts on a line of its own and ends its line; <br> always breaks.
                const bool opening =
                    !tag.startsWith(u'/') && name.compare(u"br"_s, Qt::CaseInsensitive) != 0;
                if (!opening || (!text.isEmpty() && !text.endsWith(u'\n')))
                    text += u'\n';
            }
            i = close + 1;
            continue;
        }
        if (!hiddenUntil.isEmpty()) {
            ++i;
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i);
            if (semicolon > i && semicolon - i <= 10) {
                text += decodeReference(html.mid(i + 1, semicolon - i - 1));
                i = semicolon + 1;
                continue;
            }
        }
        // Line breaks in the source are spaces in HTML.
        text += (c == u'\n' || c == u'\r') ? QChar(u' ') : c;
        ++i;
    }
    return tidy(text);
}
