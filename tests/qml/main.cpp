// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test for the pages and components of the Spil module, on the real view models
// and the demo office (assistant) on a fixed clock, and a board pack for the paper reader.
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "qml/shell/App.h"
#include "qml/shell/Language.h"
#include "tests/qml/PaperFixture.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(SpilPlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        spil::qml::applyLanguage(QStringLiteral("en"));
        m_clock = std::make_unique<spil::ManualClock>(
            spil::parseInstant(QStringLiteral("2026-11-30T09:15:00+01:00"), QTimeZone::utc()));
        m_services = std::make_unique<spil::qml::App>(*m_clock, m_dir.path(),
                                                      QStringLiteral("Europe/Amsterdam"));
        m_services->startDemo(spil::Role::Assistant);
        m_papers = spil::test::makePaperFixture(m_dir.path());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("boardPackUrl"), m_papers.pack);
        engine->rootContext()->setContextProperty(QStringLiteral("boardPackItems"),
                                                  m_papers.itemStarts);
        // Where a test may save what it drew, for a person to look at (unset: nowhere).
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"),
                                                  qEnvironmentVariable("SPIL_QML_SCREENSHOTS"));
    }
    void cleanupTestCase() { m_services.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<spil::ManualClock> m_clock;
    std::unique_ptr<spil::qml::App> m_services;
    spil::test::PaperFixture m_papers;
};

QUICK_TEST_MAIN_WITH_SETUP(spil_qml, Setup)

#include "main.moc"
