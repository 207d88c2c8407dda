#include "JsonCorpus.h"
#include "domain/JsonNesting.h"
#include "domain/JsonSelectiveReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

#include <array>

using namespace Qt::Literals::StringLiterals;

class TstJsonSelectiveReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keeps_data();
    void keeps();
    void leavesToQJsonDocument_data();
    void leavesToQJsonDocument();
    void agreesWithQJsonDocument();
};

namespace {

constexpr int MaxDepth = 64;

// Slots, named by the path of their member.
const QStringList SlotNames = {u"event_id"_s,       u"event_timestamp"_s, u"type"_s,
                               u"payload"_s,        u"payload.id"_s,      u"payload.post_type"_s,
                               u"payload.status"_s, u"payload.event"_s,   u"payload.event.id"_s};

constexpr JsonSelection::Member InnerMembers[] = {{"id"_L1, 8}};
constexpr JsonSelection Inner{InnerMembers};
constexpr JsonSelection::Member PayloadMembers[] = {
    {"id"_L1, 4}, {"post_type"_L1, 5}, {"status"_L1, 6}, {"event"_L1, 7, &Inner}};
constexpr JsonSelection Payload{PayloadMembers};
constexpr JsonSelection::Member RootMembers[] = {
    {"event_id"_L1, 0}, {"event_timestamp"_L1, 1}, {"type"_L1, 2}, {"payload"_L1, 3, &Payload}};
constexpr JsonSelection Root{RootMembers};

// What the reader handed out, as path -> value, for the members present.
std::optional<QJsonObject> read(const QByteArray &json)
{
    std::array<JsonToken, 9> tokens;
    if (!JsonSelectiveReader::read(json, Root, MaxDepth, tokens))
        return std::nullopt;
    QJsonObject values;
    for (qsizetype i = 0; i < SlotNames.size(); ++i) {
        if (tokens[i].kind != JsonToken::Kind::Absent)
            values.insert(SlotNames.at(i), tokens[i].toValue());
    }
    return values;
}

// What the reader must hand out: QJsonDocument's own reading of the selected members, with
// objects and arrays empty.
void project(const QJsonObject &object, const JsonSelection &selection, QJsonObject &values)
{
    for (const JsonSelection::Member &member : selection.members) {
        const QJsonValue value = object.value(member.name);
        if (value.isUndefined())
            continue;
        if (value.isObject() && member.members)
            project(value.toObject(), *member.members, values);
        QJsonValue kept = value;
        if (value.isObject())
            kept = QJsonObject();
        else if (value.isArray())
            kept = QJsonArray();
        values.insert(SlotNames.at(member.slot), kept);
    }
}

QJsonObject projected(const QByteArray &json)
{
    QJsonObject values;
    project(QJsonDocument::fromJson(json).object(), Root, values);
    return values;
}

} // namespace

void TstJsonSelectiveReader::keeps_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("selected members only")
        << QByteArray(R"({"event_id": "e1", "title": "x", "payload": {"id": 7, "summary": "s"}})")
        << QJsonObject{
               {u"event_id"_s, u"e1"_s}, {u"payload"_s, QJsonObject()}, {u"payload.id"_s, 7}};
    QTest::newRow("nested selection")
        << QByteArray(R"({"payload": {"event": {"id": "42", "title": "t"}, "status": "yes"}})")
        << QJsonObject{{u"payload"_s, QJsonObject()},
                       {u"payload.event"_s, QJsonObject()},
                       {u"payload.event.id"_s, u"42"_s},
                       {u"payload.status"_s, u"yes"_s}};
    QTest::newRow("selected containers come back empty")
        << QByteArray(R"({"type": {"a": [1, 2]}, "payload": {"event": [1], "id": [{"x": 1}]}})")
        << QJsonObject{{u"type"_s, QJsonObject()},
                       {u"payload"_s, QJsonObject()},
                       {u"payload.event"_s, QJsonArray()},
                       {u"payload.id"_s, QJsonArray()}};
    QTest::newRow("scalars as QJsonDocument reads them")
        << QByteArray(R"({"event_id": null, "type": true, "payload": {"id": -12, "status": 2.5}})")
        << QJsonObject{{u"event_id"_s, QJsonValue::Null},
                       {u"type"_s, true},
                       {u"payload"_s, QJsonObject()},
                       {u"payload.id"_s, -12},
                       {u"payload.status"_s, 2.5}};
    QTest::newRow("an integer too large for qint64 is a double")
        << QByteArray(R"({"payload": {"id": 123456789012345678901234}})")
        << QJsonObject{{u"payload"_s, QJsonObject()}, {u"payload.id"_s, 1.2345678901234568e23}};
    QTest::newRow("escapes and UTF-8 in unselected strings")
        << QByteArray("{\"title\": \"caf\xc3\xa9 \\\"\\u00e9\\ud83d\\ude00\\n\", \"event_id\": "
                      "\"\xe2\x82\xac\"}")
        << QJsonObject{{u"event_id"_s, u"\u20ac"_s}};
    QTest::newRow("brackets in strings do not nest")
        << QByteArray(R"({"event_id": "[[[{{{", "payload": {"status": "}]"}})")
        << QJsonObject{{u"event_id"_s, u"[[[{{{"_s},
                       {u"payload"_s, QJsonObject()},
                       {u"payload.status"_s, u"}]"_s}};
    // Long text is skipped eight bytes at a time: what needs a look, at every offset.
    for (int offset = 0; offset < 16; ++offset) {
        const QByteArray pad(offset, 'a');
        QTest::newRow(qPrintable(u"special bytes after %1 plain ones"_s.arg(offset)))
            << QByteArray("{\"title\": \"" + pad + "\\\"" + pad + "\xc3\xa9" + pad + "\\n" + pad
                          + "\", \"event_id\": \"" + pad + "\xe2\x82\xac" + pad + "\"}")
            << QJsonObject{{u"event_id"_s, QString(QString::fromLatin1(pad) + u"\u20ac"_s
                                                   + QString::fromLatin1(pad))}};
    }
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \r\n\t{ \"type\" :\n\"A\" \t} \n") << QJsonObject{{u"type"_s, u"A"_s}};
    QTest::newRow("nesting exactly at the limit") << QByteArray(
        "{\"x\": " + QByteArray(MaxDepth - 1, '[') + QByteArray(MaxDepth - 1, ']') + "}")
                                                  << QJsonObject();
}

void TstJsonSelectiveReader::keeps()
{
    QFETCH(QByteArray, json);
    QFETCH(QJsonObject, expected);

    const std::optional<QJsonObject> kept = read(json);

    QVERIFY(kept.has_value());
    QCOMPARE(*kept, expected);
    QCOMPARE(*kept, projected(json));
}

void TstJsonSelectiveReader::leavesToQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("top-level array") << QByteArray("[]");
    QTest::newRow("top-level string") << QByteArray("\"x\"");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}");
    QTest::newRow("trailing garbage") << QByteArray("{} x");
    QTest::newRow("trailing comma") << QByteArray(R"({"type": "A",})");
    QTest::newRow("unterminated string") << QByteArray(R"({"type": "A)");
    QTest::newRow("too deep") << QByteArray("{\"x\": " + QByteArray(MaxDepth, '[')
                                            + QByteArray(MaxDepth, ']') + "}");
    QTest::newRow("exponent") << QByteArray(R"({"x": 1e3})");
    QTest::newRow("leading zero") << QByteArray(R"({"x": 01})");
    QTest::newRow("bare fraction point") << QByteArray(R"({"x": 1.})");
    QTest::newRow("tab inside a string") << QByteArray("{\"x\": \"a\tb\"}");
    QTest::newRow("tab inside a long string")
        << QByteArray("{\"x\": \"abcdefghijklmnop\tqrstuvwxyz\"}");
    QTest::newRow("unknown escape") << QByteArray(R"({"x": "\x41"})");
    QTest::newRow("lone high surrogate") << QByteArray(R"({"x": "\ud83d"})");
    QTest::newRow("lone low surrogate") << QByteArray(R"({"x": "\ude00"})");
    QTest::newRow("escaped NUL") << QByteArray(R"({"x": "\u0000"})");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"x\": \"\xc3\"}");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"x\": \"\xc0\xaf\"}");
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"x\": \"\xed\xa0\x80\"}");
    QTest::newRow("noncharacter") << QByteArray("{\"x\": \"\xef\xbf\xbf\"}");
    QTest::newRow("escape in a selected string") << QByteArray(R"({"event_id": "e\u0031"})");
    QTest::newRow("escape in a name among selected ones") << QByteArray(R"({"typ\u0065": "A"})");
    QTest::newRow("selected member twice") << QByteArray(R"({"type": "A", "type": "B"})");
    QTest::newRow("nested selected member twice")
        << QByteArray(R"({"payload": {"event": {"id": 1, "id": 2}}})");
}

void TstJsonSelectiveReader::leavesToQJsonDocument()
{
    QFETCH(QByteArray, json);

    QVERIFY(!read(json).has_value());
}

// The property that makes the reader safe to use in place of QJsonDocument: whenever it answers,
// QJsonDocument accepts the same document and reads the same values for the selected members.
void TstJsonSelectiveReader::agreesWithQJsonDocument()
{
    const QList<QByteArray> bodies =
        JsonCorpus::bodies(QString::fromUtf8(EVENTWATCH_FIXTURES), 6000, 20000);
    int answered = 0;
    for (const QByteArray &body : bodies) {
        const std::optional<QJsonObject> kept = read(body);
        if (!kept)
            continue;
        ++answered;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        const QByteArray context = "body: " + body.toPercentEncoding(" {}[]\":,");
        QVERIFY2(error.error == QJsonParseError::NoError, context.constData());
        QVERIFY2(document.isObject(), context.constData());
        QVERIFY2(JsonNesting::depth(body, MaxDepth) <= MaxDepth, context.constData());
        QVERIFY2(*kept == projected(body), context.constData());
    }
    // The corpus must exercise both outcomes, or the comparison proves little.
    qInfo() << answered << "of" << bodies.size() << "answered";
    QVERIFY(answered > 1000);
    QVERIFY(bodies.size() - answered > 1000);
}

QTEST_GUILESS_MAIN(TstJsonSelectiveReader)
#include "tst_jsonselectivereader.moc"
