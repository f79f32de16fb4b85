// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test for the pages and components of the Spil module, on the real view models
// and the demo office (assistant) on a fixed clock, and a board pack for the paper reader.
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/store/Database.h"
#include "qml/shell/App.h"
#include "qml/shell/Language.h"
#include "qml/shell/OfficeStore.h"
#include "tests/qml/PaperFixture.h"
#include "tests/support/BookedDay.h"

#include <QDesktopServices>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(SpilPlugin)

// Stands in for the system's file opener and mail app, which a test must not start: the
// reader hands a file that is not a PDF to QDesktopServices, which calls this for file:
// URLs, and a drafted message goes to it as a mailto: link.
class SystemOpener : public QObject {
    Q_OBJECT
    Q_PROPERTY(QUrl lastOpened READ lastOpened NOTIFY opened)
public:
    QUrl lastOpened() const { return m_last; }
public Q_SLOTS:
    void open(const QUrl &url)
    {
        m_last = url;
        Q_EMIT opened();
    }
Q_SIGNALS:
    void opened();

private:
    QUrl m_last;
};

// What a test needs in the store that no page makes: a request for a day of Maarten's with
// no free time left (the demo's requests all have free times).
class RequestFixture : public QObject {
    Q_OBJECT
public:
    explicit RequestFixture(spil::qml::App *&app) : m_app(app) {}
    Q_INVOKABLE QString addRequestInABookedDay()
    {
        spil::Database &db = *m_app->office()->store();
        spil::PeopleRepo people(db);
        const QString id = spil::test::addRequestInABookedDay(
            db, people.resolve(QStringLiteral("maarten")).id, QDate(2026, 12, 1), 60,
            QStringLiteral("Anouk van Dijk"), people.resolve(QStringLiteral("sanne")).id);
        m_app->reloadViews();
        return id;
    }

private:
    spil::qml::App *&m_app;
};

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
        m_app = m_services.get();
        m_services->startDemo(spil::Role::Assistant);
        m_papers = spil::test::makePaperFixture(m_dir.path());
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_opener, "open");
        // A drafted message leaves through the system's mail app, which a test must not start.
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &m_opener, "open");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("boardPackUrl"), m_papers.pack);
        engine->rootContext()->setContextProperty(QStringLiteral("boardPackItems"),
                                                  m_papers.itemStarts);
        engine->rootContext()->setContextProperty(QStringLiteral("systemOpener"), &m_opener);
        engine->rootContext()->setContextProperty(QStringLiteral("requestFixture"), &m_requests);
        // The demo's past board meeting, whose minutes are in review.
        const auto minutes = m_services->office()->store()->liveRecords(QStringLiteral("minutes"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("minutesMeetingId"),
            minutes.isEmpty() ? QString()
                              : minutes.first().value(QStringLiteral("appointment_id")).toString());
        // Where a test may save what it drew, for a person to look at (unset: nowhere).
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"),
                                                  qEnvironmentVariable("SPIL_QML_SCREENSHOTS"));
    }
    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        m_services.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<spil::ManualClock> m_clock;
    std::unique_ptr<spil::qml::App> m_services;
    spil::test::PaperFixture m_papers;
    SystemOpener m_opener;
    spil::qml::App *m_app = nullptr;
    RequestFixture m_requests{m_app};
};

QUICK_TEST_MAIN_WITH_SETUP(spil_qml, Setup)

#include "main.moc"
