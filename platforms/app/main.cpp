// SPDX-License-Identifier: GPL-3.0-or-later
// spil: the touch app. main() builds the clock and the services (store and sync client
// live in their OfficeStore, opened for the session), hands them to QML and starts the
// UI; or renders pages to PNG (--screenshot) or checks the whole UI (--self-test).
#include "Screenshots.h"
#include "Ui.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/Time.h"
#include "qml/shell/App.h"
#include "qml/shell/Language.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QUrl>
#include <QWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(SpilPlugin)

using namespace spil;
using namespace spil::qml;

namespace {
int usage(const QString &message)
{
    std::fprintf(stderr, "spil: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("spil"));
    QGuiApplication::setOrganizationName(QStringLiteral("Spil"));
    QGuiApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Spil: agenda, tasks and checklists for the office."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render pages of the demo office to PNG files in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size, e.g. 400x800."),
                                  QStringLiteral("WxH"), QStringLiteral("400x800"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("A page to render (repeatable): %1.")
                                      .arg(allPages().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        QStringLiteral("Demo role: director, assistant, office-manager or staff."),
        QStringLiteral("ROLE"), QStringLiteral("assistant"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("nl or en (default: the system's language)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption zone(
        QStringLiteral("zone"),
        QStringLiteral("Where the device is, an IANA zone (default: the system's)."),
        QStringLiteral("ZONE"));
    const QCommandLineOption now(
        QStringLiteral("now"),
        QStringLiteral("Fix the clock, e.g. 2026-11-27T10:15 (for screenshots)."),
        QStringLiteral("TIME"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   QStringLiteral("Extra part of the screenshot file names."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Load the whole UI, open every page, and quit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start in the offline demo office as ROLE."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Sign in to this spil-server at start (a session of the same user and "
                       "server on this device opens as it is)."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name for --server."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption passwordEnv(
        QStringLiteral("password-env"),
        QStringLiteral("Read the password for --server from this environment variable."),
        QStringLiteral("VAR"), QStringLiteral("SPIL_PASSWORD"));
    const QCommandLineOption dataDir(
        QStringLiteral("data"),
        QStringLiteral("Keep the stores in DIR (default: the user's data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption openPaper(QStringLiteral("open-paper"),
                                       QStringLiteral("Read one PDF (a paper, a board pack)."),
                                       QStringLiteral("FILE"));
    cli.addOptions({screenshot, size, page, role, lang, zone, now, label, selfTest, demo, server,
                    user, passwordEnv, dataDir, openPaper});
    cli.addPositionalArgument(QStringLiteral("file"),
                              QStringLiteral("An .ics file to import (the app opened with it)."),
                              QStringLiteral("[FILE.ics]"));
    cli.process(app);

    const QString language = applyLanguage(cli.value(lang));
    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
    try {
        const QString zoneId = cli.value(zone);
        if (!zoneId.isEmpty())
            zoneOrFail(zoneId);
        if (cli.isSet(now)) {
            const QTimeZone at =
                zoneId.isEmpty() ? QTimeZone::systemTimeZone() : zoneOrFail(zoneId);
            clock = std::make_unique<ManualClock>(parseInstant(cli.value(now), at));
        }
        if (cli.isSet(selfTest))
            return runSelfTest(*clock);
        // The window's size, for the interactive app as for screenshots.
        QSize windowSize(400, 800);
        if (cli.isSet(size) || cli.isSet(screenshot)) {
            const QStringList wh = cli.value(size).split(QLatin1Char('x'));
            if (wh.size() != 2 || wh[0].toInt() < 200 || wh[1].toInt() < 200)
                return usage(QStringLiteral("--size wants WxH, e.g. 400x800"));
            windowSize = QSize(wh[0].toInt(), wh[1].toInt());
        }
        if (cli.isSet(openPaper)) {
            QQmlApplicationEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/"));
            engine.setInitialProperties(
                {{QStringLiteral("source"),
                  QUrl::fromUserInput(cli.value(openPaper), QDir::currentPath(), {})},
                 {QStringLiteral("width"), windowSize.width()},
                 {QStringLiteral("height"), windowSize.height()}});
            engine.load(QUrl(QStringLiteral("qrc:/Spil/documents/PaperWindow.qml")));
            if (engine.rootObjects().isEmpty())
                return 1;
            return QGuiApplication::exec();
        }
        if (cli.isSet(screenshot)) {
            ScreenshotJob job;
            job.dir = cli.value(screenshot);
            job.size = windowSize;
            job.pages = cli.values(page);
            job.role = cli.value(role);
            job.language = language;
            job.zone = zoneId;
            job.label = cli.value(label);
            job.server = cli.value(server);
            job.user = cli.value(user);
            job.password = qEnvironmentVariable(qPrintable(cli.value(passwordEnv)));
            if (!QStringList{QStringLiteral("director"), QStringLiteral("assistant"),
                             QStringLiteral("office-manager"), QStringLiteral("staff")}
                     .contains(job.role))
                return usage(
                    QStringLiteral("--role wants director, assistant, office-manager or staff"));
            return renderScreenshots(job, *clock);
        }

        const QString data =
            cli.isSet(dataDir) ? cli.value(dataDir)
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        App services(*clock, data, zoneId);
        if (cli.isSet(demo))
            services.startDemo(fromText<Role>(cli.value(demo)).value_or(Role::Assistant));
        else if (cli.isSet(server))
            services.signInAt(cli.value(server), cli.value(user),
                              qEnvironmentVariable(qPrintable(cli.value(passwordEnv))));
        else
            services.resume();

        QQmlApplicationEngine engine;
        QQuickWindow *window = loadUi(engine);
        if (!window)
            return 1;
        if (cli.isSet(size))
            window->resize(windowSize);
        if (!cli.positionalArguments().isEmpty())
            showPage(window, QStringLiteral("calendar"),
                     {{QStringLiteral("file"),
                       QUrl::fromUserInput(cli.positionalArguments().constFirst(),
                                           QDir::currentPath(), QUrl::AssumeLocalFile)}});
        return QGuiApplication::exec();
    } catch (const Error &e) {
        return usage(e.message());
    }
}
