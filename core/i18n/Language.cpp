#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace balise {

QString installTranslations(QCoreApplication& app, const QString& requested)
{
    QString language = requested.trimmed().toLower();
    if (language.isEmpty())
        language = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (language != QLatin1String("fr"))
        language = QStringLiteral("en");
    // Parented to the application: they live as long as it does and are removed with it.
    auto* balise = new QTranslator(&app);
    if (balise->load(QStringLiteral(":/i18n/balise_%1.qm").arg(language)))
        QCoreApplication::installTranslator(balise);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    return language;
}

} // namespace balise
