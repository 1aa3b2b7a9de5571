#include "Language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace bd {

namespace {
QTranslator &appTranslator()
{
    static QTranslator t;
    return t;
}
QTranslator &qtTranslator()
{
    static QTranslator t;
    return t;
}
QString &currentLanguage()
{
    static QString l;
    return l;
}
} // namespace

QString Language::saved()
{
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    if (chosen == QLatin1String("zh_CN") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void Language::save(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString Language::current()
{
    return currentLanguage();
}

bool Language::apply(const QString &language)
{
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    const bool ok = appTranslator().load(QStringLiteral(":/i18n/budgetdesk_%1.qm").arg(language));
    if (ok)
        QCoreApplication::installTranslator(&appTranslator());
    if (qtTranslator().load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                language == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    currentLanguage() = language;
    // installTranslator() announces the change only once the event loop runs; a switch made
    // before (at start-up, or in a test) must reach the widgets too.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    return ok;
}

} // namespace bd
