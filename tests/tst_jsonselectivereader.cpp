#include "JsonCorpus.h"
#include "domain/JsonNesting.h"
#include "domain/JsonSelectiveReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

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

constexpr JsonSelection::Member InnerMembers[] = {{"id"_L1}};
constexpr JsonSelection Inner{InnerMembers};
constexpr JsonSelection::Member PayloadMembers[] = {
    {"id"_L1}, {"post_type"_L1}, {"starts_at"_L1}, {"status"_L1}, {"event"_L1, &Inner}};
constexpr JsonSelection Payload{PayloadMembers};
constexpr JsonSelection::Member RootMembers[] = {
    {"event_id"_L1}, {"event_timestamp"_L1}, {"type"_L1}, {"payload"_L1, &Payload}};
constexpr JsonSelection Root{RootMembers};

// What the reader must give: the selected members of QJsonDocument's own reading.
QJsonObject project(const QJsonObject &object, const JsonSelection &selection)
{
    QJsonObject kept;
    for (const JsonSelection::Member &member : selection.members) {
        const QJsonValue value = object.value(member.name);
        if (value.isUndefined())
            continue;
        if (value.isObject())
            kept.insert(member.name, member.members ? project(value.toObject(), *member.members)
                                                    : QJsonObject());
        else if (value.isArray())
            kept.insert(member.name, QJsonArray());
        else
            kept.insert(member.name, value);
    }
    return kept;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TstJsonSelectiveReader::keeps_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("selected members only")
        << QByteArray(R"({"event_id": "e1", "title": "x", "payload": {"id": 7, "summary": "s"}})")
        << object(R"({"event_id": "e1", "payload": {"id": 7}})");
    QTest::newRow("nested selection")
        << QByteArray(R"({"payload": {"event": {"id": "42", "title": "t"}, "status": "yes"}})")
        << object(R"({"payload": {"event": {"id": "42"}, "status": "yes"}})");
    QTest::newRow("unselected containers come back empty")
        << QByteArray(R"({"type": {"a": [1, 2]}, "payload": {"event": [1], "id": [{"x": 1}]}})")
        << object(R"({"type": {}, "payload": {"event": [], "id": []}})");
    QTest::newRow("scalars as QJsonDocument reads them")
        << QByteArray(R"({"event_id": null, "type": true, "payload": {"id": -12, "status": 2.5}})")
        << object(R"({"event_id": null, "type": true, "payload": {"id": -12, "status": 2.5}})");
    QTest::newRow("an integer too large for qint64 is a double")
        << QByteArray(R"({"payload": {"id": 123456789012345678901234}})")
        << object(R"({"payload": {"id": 123456789012345678901234}})");
    QTest::newRow("escapes and UTF-8 in unselected strings")
        << QByteArray("{\"title\": \"caf\xc3\xa9 \\\"\\u00e9\\ud83d\\ude00\\n\", \"event_id\": "
                      "\"\xe2\x82\xac\"}")
        << QJsonObject{{u"event_id"_s, u"\u20ac"_s}};
    QTest::newRow("brackets in strings do not nest")
        << QByteArray(R"({"event_id": "[[[{{{", "payload": {"status": "}]"}})")
        << object(R"({"event_id": "[[[{{{", "payload": {"status": "}]"}})");
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \r\n\t{ \"type\" :\n\"A\" \t} \n") << object(R"({"type": "A"})");
    QTest::newRow("nesting exactly at the limit") << QByteArray(
        "{\"x\": " + QByteArray(MaxDepth - 1, '[') + QByteArray(MaxDepth - 1, ']') + "}")
                                                  << QJsonObject();
}

void TstJsonSelectiveReader::keeps()
{
    QFETCH(QByteArray, json);
    QFETCH(QJsonObject, expected);

    const std::optional<QJsonObject> kept = JsonSelectiveReader::read(json, Root, MaxDepth);

    QVERIFY(kept.has_value());
    QCOMPARE(*kept, expected);
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

    QVERIFY(!JsonSelectiveReader::read(json, Root, MaxDepth).has_value());
}

// The property that makes the reader safe to use in place of QJsonDocument: whenever it answers,
// QJsonDocument accepts the same document and reads the same selected members.
void TstJsonSelectiveReader::agreesWithQJsonDocument()
{
    const QList<QByteArray> bodies =
        JsonCorpus::bodies(QString::fromUtf8(EVENTWATCH_FIXTURES), 6000, 20000);
    int answered = 0;
    for (const QByteArray &body : bodies) {
        const std::optional<QJsonObject> kept = JsonSelectiveReader::read(body, Root, MaxDepth);
        if (!kept)
            continue;
        ++answered;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        const QByteArray context = "body: " + body.toPercentEncoding(" {}[]\":,");
        QVERIFY2(error.error == QJsonParseError::NoError, context.constData());
        QVERIFY2(document.isObject(), context.constData());
        QVERIFY2(JsonNesting::depth(body, MaxDepth) <= MaxDepth, context.constData());
        QVERIFY2(*kept == project(document.object(), Root), context.constData());
    }
    // The corpus must exercise both outcomes, or the comparison proves little.
    qInfo() << answered << "of" << bodies.size() << "answered";
    QVERIFY(answered > 1000);
    QVERIFY(bodies.size() - answered > 1000);
}

QTEST_GUILESS_MAIN(TstJsonSelectiveReader)
#include "tst_jsonselectivereader.moc"
