#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

// Eventwatch's own messages (embedded under :/i18n) and Qt's (from Qt's translations directory,
// when installed) in one language, installed into the running application. The language is the
// system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as QLocale reads them, whether or not the C
// library has that locale) unless the user chose one in Settings.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    // languageCode: "de", "fr", "en", ... or empty for the system's language. A
    // QCoreApplication must exist; the translators stay installed while this object lives.
    explicit Translations(const QString &languageCode);
    ~Translations();

    QLocale locale() const { return m_locale; }

private:
    QLocale m_locale;
    QTranslator m_qt;
    QTranslator m_eventwatch;
};
