#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QRandomGenerator>

// Bodies for tests that compare two JSON readers: the delivery fixtures, hand-picked edge cases,
// random documents built from delivery-like names and values (valid ones and near misses), and
// byte-level mutations of all of them. The same seed always gives the same corpus.
class JsonCorpus final
{
public:
    static QList<QByteArray> bodies(const QString &fixtureDir, int generated, int mutations,
                                    quint32 seed = 20261127)
    {
        JsonCorpus corpus(seed);
        QList<QByteArray> result = fixtures(fixtureDir);
        result += edgeCases();
        for (int i = 0; i < generated; ++i)
            result.append(corpus.document());
        const qsizetype originals = result.size();
        for (int i = 0; i < mutations; ++i)
            result.append(corpus.mutate(result.at(corpus.below(int(originals)))));
        return result;
    }

private:
    explicit JsonCorpus(quint32 seed)
        : m_random(seed)
    {}

    static QList<QByteArray> fixtures(const QString &fixtureDir)
    {
        QList<QByteArray> result;
        const QDir dir(fixtureDir);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                result.append(file.readAll());
        }
        return result;
    }

    static QList<QByteArray> edgeCases()
    {
        return {
            "",
            " ",
            "{}",
            " {} ",
            "\xef\xbb\xbf{\"event_id\": \"e1\"}",
            "[]",
            "\"e1\"",
            "42",
            "{\"event_id\": \"e1\"}",
            "{\"event_id\": \"e1\",}",
            "{\"event_id\": \"e1\" \"payload\": {}}",
            "{\"event_id\": \"e1\", \"event_id\": \"e2\"}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": 1, \"id\": 2}}",
            "{\"event_id\": \"e1\", \"other\": 1, \"other\": 2}",
            "{\"event\\u005fid\": \"e1\"}",
            "{\"event_id\": \"e\\u0031\"}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": 12345678901234567890}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": -0}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": 1.0}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": 1.5e3}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": 1e999}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": 01}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": 1.}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": .5}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": -}}",
            "{\"event_id\": \"e1\", \"payload\": {\"id\": +1}}",
            "{\"event_id\": \"e1\", \"x\": \"tab\tinside\"}",
            "{\"event_id\": \"e1\", \"x\": \"nul\\u0000\"}",
            "{\"event_id\": \"e1\", \"x\": \"\\ud83d\\ude00\"}",
            "{\"event_id\": \"e1\", \"x\": \"\\ud83d\"}",
            "{\"event_id\": \"e1\", \"x\": \"\\ude00\"}",
            "{\"event_id\": \"e1\", \"x\": \"\\x41\"}",
            "{\"event_id\": \"e1\", \"x\": \"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"}",
            "{\"event_id\": \"e1\", \"x\": \"\xc3\"}",
            "{\"event_id\": \"e1\", \"x\": \"\xc0\xaf\"}",
            "{\"event_id\": \"e1\", \"x\": \"\xed\xa0\x80\"}",
            "{\"event_id\": \"e1\", \"x\": \"\xef\xbf\xbf\"}",
            "{\"event_id\": \"e1\", \"x\": \"\xf4\x90\x80\x80\"}",
            "{\"event_id\": \"e1\", \"x\": \"del\x7f\"}",
            "{\"event_id\": \"\xc2\xa0 e1 \xe2\x80\x83\"}",
            "{\"event_id\": \"e1\", \"payload\": {\"event\": {\"id\": \"42\", \"id\": 43}}}",
            "{\"event_id\": \"e1\", \"payload\": [1, 2, {\"id\": 3}]}",
            "{\"event_id\": \"e1\", \"payload\": {\"status\": \"yes\", \"event\": []}}",
            "{\"event_id\": \"e1\", \"payload\": null, \"type\": \"RsvpCreated\"}",
            "{\"event_id\": \"e1\", \"x\": tru}",
            "{\"event_id\": \"e1\", \"x\": nulll}",
            "{\"event_id\": \"e1\"}\n\r\t ",
            "{\"event_id\": \"e1\"}x",
            "{\"event_id\": \"e1\"}{}",
        };
    }

    int below(int bound) { return int(m_random.bounded(bound)); }
    bool chance(int percent) { return below(100) < percent; }

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    QByteArray document() { return chance(80) ? envelope() : value(0); }

    // An object with the names a delivery has, each maybe missing, doubled or mistyped.
    QByteArray envelope()
    {
        QList<QByteArray> members;
        for (const char *name :
             {"event_id", "event_timestamp", "event_type", "webhook_type", "type", "network_id"}) {
            if (chance(70))
                members.append('"' + QByteArray(name) + "\": " + leaf(name));
        }
        members.append("\"payload\": " + (chance(85) ? payload() : value(1)));
        if (chance(5))
            members.append(pick(members));
        shuffle(members);
        return '{' + members.join(pick(QList<QByteArray>{",", ", ", ",\n  "})) + '}';
    }

    QByteArray payload()
    {
        QList<QByteArray> members;
        for (const char *name :
             {"id", "post_type", "starts_at", "status", "event_type", "title", "summary"}) {
            if (chance(70))
                members.append('"' + QByteArray(name) + "\": " + leaf(name));
        }
        if (chance(50))
            members.append(QByteArray("\"event\": ")
                           + (chance(80) ? "{\"id\": " + id() + "}" : value(2)));
        for (int i = below(4); i > 0; --i)
            members.append((chance(50) ? plainString() : string()) + ": " + value(2));
        if (chance(5))
            members.append(pick(members));
        shuffle(members);
        return '{' + members.join(", ") + '}';
    }

    QByteArray leaf(const QByteArray &name)
    {
        if (chance(15))
            return value(2);
        if (name == "id")
            return id();
        if (name == "post_type")
            return pick(QList<QByteArray>{"\"event\"", "\"post\"", "\"<string>\""});
        if (name.endsWith("type"))
            return pick(QList<QByteArray>{"\"EventCreated\"", "\"RsvpUpdated\"", "\"webinar\"",
                                          "\"event.created\"", "\"\""});
        if (name == "status")
            return pick(QList<QByteArray>{"\"yes\"", "\"NO\"", "null", "1"});
        return chance(70) ? plainString() : string();
    }

    // Text as delivery fields mostly are: no escapes.
    QByteArray plainString()
    {
        static const QList<QByteArray> pieces = {
            "e1",
            "6f1c2b7e-5a43",
            " ",
            "2025-11-07T23:17:21+00:00",
            "\xc3\xa9",
            "\xe2\x82\xac",
            "\xf0\x9f\x98\x80",
            "[{",
            "}]",
            "<string>",
            "\xc2\xa0",
        };
        QByteArray text = "\"";
        for (int i = below(4); i > 0; --i)
            text += pick(pieces);
        return text + '"';
    }

    QByteArray id()
    {
        return pick(QList<QByteArray>{"42", "\"42\"", "\" 42 \"", "-7", "0", "4.0", "4.5",
                                      "9007199254740993", "99999999999999999999", "1e2", "null",
                                      "\"<string>\"", "{}", "[]", "true"});
    }

    QByteArray number()
    {
        return pick(QList<QByteArray>{"0", "-0", "1", "-12", "3.25", "1762557441", "0.1", "1e5",
                                      "2E-3", "-1.5e+2", "123456789012345678901234567890"});
    }

    QByteArray string()
    {
        static const QList<QByteArray> pieces = {
            "e1",
            "6f1c2b7e-5a43",
            " ",
            "\\\"",
            "\\\\",
            "\\/",
            "\\n",
            "\\t",
            "\\u00e9",
            "\\u20ac",
            "\\ud83d\\ude00",
            "\xc3\xa9",
            "\xe2\x82\xac",
            "\xf0\x9f\x98\x80",
            "[{",
            "}]",
            "<string>",
            "\\u003c",
        };
        QByteArray text = "\"";
        for (int i = below(5); i > 0; --i)
            text += pick(pieces);
        return text + '"';
    }

    QByteArray value(int depth)
    {
        switch (depth > 5 ? below(5) : below(7)) {
        case 0:
            return string();
        case 1:
            return number();
        case 2:
            return pick(QList<QByteArray>{"true", "false", "null"});
        case 3:
            return id();
        case 4:
            return string();
        case 5: {
            QList<QByteArray> items;
            for (int i = below(4); i > 0; --i)
                items.append(value(depth + 1));
            return '[' + items.join(", ") + ']';
        }
        default: {
            QList<QByteArray> members;
            for (int i = below(4); i > 0; --i)
                members.append(string() + ": " + value(depth + 1));
            return '{' + members.join(", ") + '}';
        }
        }
    }

    // One small damage: a byte changed, inserted or removed, a piece doubled or cut off.
    QByteArray mutate(QByteArray body)
    {
        static constexpr char Bytes[] = "{}[]\",:\\ 0123456789eE.-+tfnulx\x00\x1f\x7f"
                                        "\x80\xbf\xc3\xa9\xed\xef\xf0\xff";
        static const QByteArray alphabet(Bytes, sizeof(Bytes) - 1);
        if (body.isEmpty())
            return QByteArray(1, alphabet.at(below(int(alphabet.size()))));
        const int at = below(int(body.size()));
        switch (below(5)) {
        case 0:
            body[at] = alphabet.at(below(int(alphabet.size())));
            break;
        case 1:
            body.insert(at, alphabet.at(below(int(alphabet.size()))));
            break;
        case 2:
            body.remove(at, 1);
            break;
        case 3:
            body.insert(at, body.mid(below(int(body.size())), below(8) + 1));
            break;
        default:
            body.truncate(at);
            break;
        }
        return body;
    }

    void shuffle(QList<QByteArray> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, below(int(i + 1)));
    }

    QRandomGenerator m_random;
};
