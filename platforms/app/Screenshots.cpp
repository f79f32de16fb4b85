// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshots.h"

#include "Ui.h"
#include "qml/shell/App.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <cstdio>

namespace spil::qml {

const QStringList &allPages()
{
    static const QStringList pages = {QStringLiteral("login"),        QStringLiteral("today"),
                                      QStringLiteral("week"),         QStringLiteral("appointment"),
                                      QStringLiteral("tasks"),        QStringLiteral("waiting"),
                                      QStringLiteral("review"),       QStringLiteral("capture"),
                                      QStringLiteral("task"),         QStringLiteral("booking"),
                                      QStringLiteral("checklists"),   QStringLiteral("checklist"),
                                      QStringLiteral("move"),         QStringLiteral("edit"),
                                      QStringLiteral("principals"),   QStringLiteral("calendar"),
                                      QStringLiteral("meeting"),      QStringLiteral("files"),
                                      QStringLiteral("calendarapps"), QStringLiteral("contacts"),
                                      QStringLiteral("contact"),      QStringLiteral("minutes"),
                                      QStringLiteral("requests"),     QStringLiteral("request"),
                                      QStringLiteral("decisions"),    QStringLiteral("bump"),
                                      QStringLiteral("supplies"),     QStringLiteral("orders"),
                                      QStringLiteral("quotes"),       QStringLiteral("budgets"),
                                      QStringLiteral("archive"),      QStringLiteral("archiveitem"),
                                      QStringLiteral("personnel"),    QStringLiteral("secretariat"),
                                      QStringLiteral("distribution"), QStringLiteral("reception"),
                                      QStringLiteral("letters"),      QStringLiteral("letter"),
                                      QStringLiteral("letterhead"),   QStringLiteral("makeroom"),
                                      QStringLiteral("services")};
    return pages;
}

namespace {
// A page that opens over another (an appointment over the week) is shown over the
// destination a user reaches it from, so that the navigation lights the right place.
QString homeOf(const QString &page)
{
    static const QStringList overWeek = {QStringLiteral("appointment"), QStringLiteral("move"),
                                         QStringLiteral("edit"),        QStringLiteral("booking"),
                                         QStringLiteral("meeting"),     QStringLiteral("minutes"),
                                         QStringLiteral("bump")};
    if (overWeek.contains(page))
        return QStringLiteral("week");
    if (page == QStringLiteral("checklist"))
        return QStringLiteral("checklists");
    if (page == QStringLiteral("request") || page == QStringLiteral("makeroom"))
        return QStringLiteral("requests");
    if (page == QStringLiteral("archiveitem"))
        return QStringLiteral("archive");
    if (page == QStringLiteral("letter"))
        return QStringLiteral("letters");
    if (page == QStringLiteral("contact"))
        return QStringLiteral("contacts");
    if (page == QStringLiteral("distribution") || page == QStringLiteral("services"))
        return QStringLiteral("secretariat");
    if (page == QStringLiteral("decisions"))
        return QStringLiteral("today");
    return {};
}

bool signIn(App &services, const ScreenshotJob &job)
{
    QString error;
    QObject::connect(&services, &App::loginFailed,
                     [&error](const QString &reason) { error = reason; });
    services.login(job.server, job.user, job.password);
    QElapsedTimer waited;
    waited.start();
    while (error.isEmpty() && waited.elapsed() < 20000 &&
           !(services.ready() && !services.personId().isEmpty() &&
             services.sync()->state() == SyncStatus::State::Synced))
        settle(50);
    if (services.sync()->state() != SyncStatus::State::Synced) {
        std::fprintf(stderr, "spil: could not sign in to %s: %s\n", qPrintable(job.server),
                     qPrintable(error.isEmpty() ? services.sync()->detail() : error));
        return false;
    }
    return true;
}
} // namespace

int renderScreenshots(const ScreenshotJob &job, const Clock &clock)
{
    QTemporaryDir data;
    if (!data.isValid() || !QDir().mkpath(job.dir)) {
        std::fprintf(stderr, "spil: cannot write to %s\n", qPrintable(job.dir));
        return 1;
    }
    App services(clock, data.path(), job.zone);
    const bool online = !job.server.isEmpty();
    if (online && !signIn(services, job))
        return 1;
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadUi(engine);
    if (!window)
        return 1;
    window->resize(job.size);
    const QStringList pages = job.pages.isEmpty() ? allPages() : job.pages;
    int failures = 0;
    for (const QString &page : pages) {
        if (!allPages().contains(page)) {
            std::fprintf(stderr, "spil: no page named '%s' (%s)\n", qPrintable(page),
                         qPrintable(allPages().join(QStringLiteral(", "))));
            return 2;
        }
        // The admin's page shows nothing for the demo's roles: only when asked for by name.
        if (!online && job.pages.isEmpty() && page == QStringLiteral("principals"))
            continue;
        // The first-start page is what a device shows before any session.
        if (online) {
            if (page == QStringLiteral("login"))
                continue;
        } else if (page == QStringLiteral("login")) {
            if (services.ready())
                services.logout();
        } else {
            // Every page from a fresh demo office, as on a first look (new tasks still new).
            services.startDemo(fromText<Role>(job.role).value_or(Role::Assistant));
        }
        // A page that is a dialog (calendar apps, the papers on this device) stays open over
        // the pages after it unless closed: each page starts without one.
        for (QObject *popup : window->findChildren<QObject *>()) {
            if (popup->inherits("QQuickPopup") && popup->property("visible").toBool())
                QMetaObject::invokeMethod(popup, "close");
        }
        if (const QString home = homeOf(page); !home.isEmpty())
            showPage(window, home);
        showPage(window, page, demoParams(services, page));
        // A fixed wait read pages mid-transition on a busy machine.
        if (QString what; !waitUntilSettled(window, 15000, &what)) {
            std::fprintf(stderr, "spil: the %s page did not come to rest: %s\n", qPrintable(page),
                         qPrintable(what));
            ++failures;
            continue;
        }
        const QImage image = window->grabWindow();
        QString name = job.role + QLatin1Char('-') + page;
        if (!job.label.isEmpty())
            name += QLatin1Char('-') + job.label;
        name += QStringLiteral("-%1x%2-%3.png")
                    .arg(job.size.width())
                    .arg(job.size.height())
                    .arg(job.language);
        const QString path = QDir(job.dir).filePath(name);
        if (image.isNull() || !image.save(path)) {
            std::fprintf(stderr, "spil: could not render %s\n", qPrintable(path));
            ++failures;
            continue;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return failures == 0 ? 0 : 1;
}

namespace {
int s_warnings = 0;
QtMessageHandler s_previous = nullptr;

void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Only what the UI says counts: its messages name the QML file they come from.
    const bool fromUi = message.contains(QStringLiteral("qrc:/")) ||
                        QByteArray(context.file ? context.file : "").startsWith("qrc:/");
    if (type != QtDebugMsg && type != QtInfoMsg && fromUi)
        ++s_warnings;
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

int runSelfTest(const Clock &clock)
{
    s_previous = qInstallMessageHandler(countWarnings);
    QTemporaryDir data;
    App services(clock, data.path());
    QQmlApplicationEngine engine;
    QQuickWindow *window = loadUi(engine);
    if (!window) {
        std::fprintf(stderr, "spil --self-test: the UI did not load\n");
        return 1;
    }
    int pages = 0;
    for (const QSize size : {QSize(400, 800), QSize(1280, 800)}) {
        window->resize(size);
        for (const Role role : {Role::Director, Role::Assistant, Role::OfficeManager}) {
            services.startDemo(role);
            for (const QString &page : allPages()) {
                if (page == QStringLiteral("login"))
                    continue;
                showPage(window, page, demoParams(services, page));
                settle(50);
                ++pages;
            }
        }
        services.logout();
        settle(50);
    }
    qInstallMessageHandler(s_previous);
    std::printf("spil --self-test: %d pages opened, %d warnings\n", pages, s_warnings);
    return s_warnings == 0 ? 0 : 1;
}

} // namespace spil::qml
