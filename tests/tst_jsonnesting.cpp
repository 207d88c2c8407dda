#include "domain/JsonNesting.h"

#include <QByteArray>
#include <QTest>

class TstJsonNesting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void depth_data();
    void depth();
};

namespace {

QByteArray nested(int levels)
{
    return QByteArray(levels, '[') + QByteArray(levels, ']');
}

} // namespace

void TstJsonNesting::depth_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty text has no nesting") << QByteArray() << 64 << 0;
    QTest::newRow("a scalar has no nesting") << QByteArray("42") << 64 << 0;
    QTest::newRow("an empty object is one level") << QByteArray("{}") << 64 << 1;
    QTest::newRow("arrays and objects both count")
        << QByteArray(R"({"a": {"b": [1, {"c": []}]}})") << 64 << 5;
    QTest::newRow("siblings do not add up") << QByteArray("[[], {}, [[]], {}]") << 64 << 3;
    QTest::newRow("brackets inside a string do not count")
        << QByteArray(R"({"title": "[[[{{{ ]]] }}}"})") << 64 << 1;
    QTest::newRow("an escaped quote keeps the string open")
        << QByteArray(R"(["say \"[[[[\" twice"])") << 64 << 1;
    QTest::newRow("an escaped backslash closes the string before the quote")
        << QByteArray(R"(["C:\\", [[["x"]]]])") << 64 << 4;
    QTest::newRow("escapes other than quotes do not end the string")
        << QByteArray(R"(["\n\t\u005b[", {}])") << 64 << 2;
    QTest::newRow("an unterminated string hides what follows")
        << QByteArray(R"(["open [[[[)") << 64 << 1;
    QTest::newRow("stray closers do not hide later nesting")
        << QByteArray("]]]]] [[[]]]") << 64 << 3;
    QTest::newRow("multi-byte UTF-8 text is skipped")
        << QByteArray("{\"name\": \"Zo\xc3\xab \xe2\x9c\x93 [\"}") << 64 << 1;
    QTest::newRow("exactly at the limit") << nested(64) << 64 << 64;
    QTest::newRow("one over the limit") << nested(65) << 64 << 65;
    QTest::newRow("far over the limit stops at limit + 1") << nested(100000) << 64 << 65;
    QTest::newRow("a limit of zero refuses any container") << QByteArray("[]") << 0 << 1;
    QTest::newRow("deep strings under a shallow limit")
        << QByteArray("[\"" + QByteArray(10000, '{') + "\"]") << 1 << 1;
}

void TstJsonNesting::depth()
{
    QFETCH(QByteArray, json);
    QFETCH(int, limit);
    QFETCH(int, expected);

    QCOMPARE(JsonNesting::depth(json, limit), expected);
}

QTEST_GUILESS_MAIN(TstJsonNesting)
#include "tst_jsonnesting.moc"
