// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/shell/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <utility>

namespace spil::qml {

namespace {
// The translators of the language in use: a later choice replaces them, so nothing of an
// earlier language shows through where the new one's file leaves a string untranslated.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

QString &chosen()
{
    static QString language;
    return language;
}

void install(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installed() << translator;
}
} // namespace

QString applyLanguage(const QString &requested)
{
    for (QTranslator *t : std::exchange(installed(), {})) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const bool dutch = requested.isEmpty() ? QLocale::system().language() == QLocale::Dutch
                                           : requested.startsWith(QStringLiteral("nl"));
    const QString language = dutch ? QStringLiteral("nl") : QStringLiteral("en");
    chosen() = language;
    QLocale::setDefault(dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // English needs its file too: it holds the plural forms ("1 run", "2 runs").
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral(":/i18n/spil_%1.qm").arg(language)))
        install(translator);
    else
        qWarning("spil: the %s translation is missing from the build", qPrintable(language));
    // Qt's own words (Cancel, Save, Open on standard buttons) come from Qt's translations.
    if (dutch) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(QLocale::Dutch), QStringLiteral("qt"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            install(qt);
        else
            qWarning("spil: Qt's Dutch translation is not installed (qt6-translations-l10n)");
    }
    return language;
}

QString appLanguage()
{
    if (!chosen().isEmpty())
        return chosen();
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                          : QStringLiteral("en");
}

} // namespace spil::qml
