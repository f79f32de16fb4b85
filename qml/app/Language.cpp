#include "Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace spil::app {

QString applyLanguage(const QString &requested)
{
    const bool dutch = requested.isEmpty() ? QLocale::system().language() == QLocale::Dutch
                                           : requested.startsWith(QStringLiteral("nl"));
    const QString language = dutch ? QStringLiteral("nl") : QStringLiteral("en");
    QLocale::setDefault(dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English needs its file too: it holds the plural forms ("1 run", "2 runs").
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/spil_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
    else
        qWarning("spil: the %s translation is missing from the build", qPrintable(language));
    return language;
}

} // namespace spil::app
