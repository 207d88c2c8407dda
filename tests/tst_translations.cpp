// The translations are complete, and the program speaks the language it is asked to: the
// system's (LANGUAGE, LC_ALL, LANG) or the one chosen in Settings.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType;  // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // the translation, or each numerus form
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            messages.append(message);
        } else if (xml.name() == "source"_L1 && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == "comment"_L1 && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1 && !messages.isEmpty()) {
            messages.last().translationType = xml.attributes().value("type"_L1).toString();
            if (!messages.last().numerus)
                messages.last().translations = {xml.readElementText()};
        } else if (xml.name() == "numerusform"_L1 && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString keyOf(const TsMessage &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

QSet<QString> keysOf(const QList<TsMessage> &messages)
{
    QSet<QString> keys;
    for (const TsMessage &message : messages)
        keys.insert(keyOf(message));
    return keys;
}

QString describe(const QSet<QString> &keys)
{
    QStringList lines;
    for (const QString &key : keys)
        lines << QString(key).replace(u'\x1f', u" | "_s);
    lines.sort();
    return lines.join(u'\n');
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runEventwatch(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EVENTWATCH_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A clean environment: no language variables, settings in configHome.
QProcessEnvironment environmentWith(const QString &configHome,
                                    const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    environment.insert(u"XDG_DATA_HOME"_s, configHome);
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void helpFollowsTheSystemLanguage_data();
    void helpFollowsTheSystemLanguage();
    void settingsOverrideTheSystemLanguage_data();
    void settingsOverrideTheSystemLanguage();
    void errorsFollowTheLanguage();
};

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("German") << u"eventwatch_de.ts"_s << false;
    QTest::newRow("French") << u"eventwatch_fr.ts"_s << false;
    QTest::newRow("English plural forms") << u"eventwatch_en.ts"_s << true;
}

// lupdate on a copy adds what the sources say and the file lacks, and drops what they no longer
// say; both must leave the message set as it is, and every message must be translated.
void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, fileName);
    QFETCH(bool, pluralOnly);
    const QString sourceDir = QStringLiteral(EVENTWATCH_SOURCE_DIR);
    const QString original = sourceDir + u"/translations/"_s + fileName;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(fileName);
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments =
        QStringLiteral(EVENTWATCH_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    if (pluralOnly)
        arguments << u"-pluralonly"_s;
    arguments << sourceDir + u"/src"_s << sourceDir + u"/ui"_s << u"-ts"_s << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(EVENTWATCH_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<TsMessage> before = readTs(original, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<TsMessage> after = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!before.isEmpty());

    const QSet<QString> missing = keysOf(after) - keysOf(before);
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"In the sources but not in %1 (run `make translations` "
                        "and translate them):\n%2"_s.arg(fileName, describe(missing))));
    const QSet<QString> gone = keysOf(before) - keysOf(after);
    QVERIFY2(gone.isEmpty(), qPrintable(u"In %1 but no longer in the sources (run `make "
                                        "translations`):\n%2"_s.arg(fileName, describe(gone))));
    for (const TsMessage &message : before) {
        const QString where = message.context + u": "_s + message.source;
        QVERIFY2(message.translationType.isEmpty(),
                 qPrintable(u"%1 is %2"_s.arg(where, message.translationType)));
        QVERIFY2(!message.translations.isEmpty(), qPrintable(where + u" has no translation"_s));
        for (const QString &text : message.translations)
            QVERIFY2(!text.isEmpty(), qPrintable(where + u" has an empty translation"_s));
        if (message.numerus)
            QVERIFY2(message.translations.size() == 2,
                     qPrintable(where + u" needs a singular and a plural form"_s));
    }
}

void TestTranslations::helpFollowsTheSystemLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const QStringList help{u"--help"_s};
    // Neither de_DE nor fr_FR need exist in the C library: Qt reads the variables itself.
    QTest::newRow("LANG German") << help << u"LANG"_s << u"de_DE.UTF-8"_s
                                 << u"Den Empfänger ohne Fenster ausführen."_s;
    QTest::newRow("LC_ALL French")
        << help << u"LC_ALL"_s << u"fr_FR.UTF-8"_s << u"Exécuter le récepteur sans fenêtre."_s;
    QTest::newRow("LANGUAGE German")
        << help << u"LANGUAGE"_s << u"de"_s << u"Den Empfänger ohne Fenster ausführen."_s;
    QTest::newRow("Qt's own options in German")
        << help << u"LANG"_s << u"de_DE.UTF-8"_s << u"Optionen:"_s;
    QTest::newRow("no language: English")
        << help << u"LANG"_s << u"C"_s << u"Run the receiver without a window."_s;
    QTest::newRow("a language without translation: English")
        << help << u"LANG"_s << u"pt_BR.UTF-8"_s << u"Run the receiver without a window."_s;
    QTest::newRow("export help in French")
        << QStringList{u"export"_s, u"--help"_s} << u"LANG"_s << u"fr_FR.UTF-8"_s
        << u"Écrit les événements enregistrés par Eventwatch"_s;
    QTest::newRow("token help in German")
        << QStringList{u"token"_s, u"--help"_s} << u"LANG"_s << u"de_DE.UTF-8"_s
        << u"Das Webhook-Token, das Mighty Networks als API-Schlüssel sendet"_s;
}

void TestTranslations::helpFollowsTheSystemLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const Run run = runEventwatch(arguments, environmentWith(config.path(), {{variable, value}}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestTranslations::settingsOverrideTheSystemLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French over German") << u"fr"_s << u"Exécuter le récepteur sans fenêtre."_s;
    QTest::newRow("English over German") << u"en"_s << u"Run the receiver without a window."_s;
    QTest::newRow("nonsense: the system's")
        << u"../../etc/x"_s << u"Den Empfänger ohne Fenster ausführen."_s;
}

void TestTranslations::settingsOverrideTheSystemLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(QDir(config.path()).mkpath(u"eventwatch"_s));
    QFile ini(config.filePath(u"eventwatch/eventwatch.ini"_s));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[interface]\nlanguage=" + language.toUtf8() + '\n');
    ini.close();
    const Run run = runEventwatch({u"--help"_s},
                                  environmentWith(config.path(), {{u"LANG"_s, u"de_DE.UTF-8"_s}}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestTranslations::errorsFollowTheLanguage()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const Run run =
        runEventwatch({u"--port"_s, u"x"_s}, environmentWith(config.path(), {{u"LANG"_s, u"C"_s}}));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"eventwatch: --port: x is not a port number (0-65535)\n"_s);
    const Run german = runEventwatch({u"--port"_s, u"x"_s},
                                     environmentWith(config.path(), {{u"LANG"_s, u"de_DE"_s}}));
    QCOMPARE(german.err, u"eventwatch: --port: x ist keine Portnummer (0–65535)\n"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
