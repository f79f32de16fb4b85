// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
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
    // Qt's own words (Cancel, Save, Open on standard buttons) come from Qt's translations.
    if (dutch) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qt"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            qWarning("spil: Qt's Dutch translation is not installed (qt6-translations-l10n)");
    }
    return language;
}

} // namespace spil::app
