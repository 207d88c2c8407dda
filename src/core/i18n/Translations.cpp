#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::Literals::StringLiterals;

Translations::Translations(const QString &languageCode)
    : m_locale(languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode))
{
    // A chosen language also formats dates and numbers, so a window never mixes two languages.
    if (!languageCode.isEmpty())
        QLocale::setDefault(m_locale);
    if (m_qt.load(m_locale, u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    // English, the source language, has a file for its plural forms only; it stands in for the
    // languages Eventwatch is not translated into.
    if (m_eventwatch.load(m_locale, u"eventwatch"_s, u"_"_s, u":/i18n"_s)
        || m_eventwatch.load(u"eventwatch_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_eventwatch);
}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(&m_eventwatch);
    QCoreApplication::removeTranslator(&m_qt);
}
