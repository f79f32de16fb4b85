// The app beside a spilctl client on a real spil-server: the director hands a task over
// from his device and it arrives in the assistant's inbox in the app, with the UI loaded.
#include "ServerProcess.h"
#include "app/AppServices.h"
#include "common/Clock.h"
#include "tasks/TaskListModel.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(SpilPlugin)

using namespace spil;
using namespace spil::app;
using namespace spil::test;

namespace {
QByteArray spilctl(const QString &db, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(SPILCTL_PATH), QStringList{QStringLiteral("--db"), db} + args);
    p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << args.join(QLatin1Char(' ')).toStdString() << ": "
                               << p.readAllStandardError().constData();
    return p.readAllStandardOutput();
}

int rowOf(const TaskListModel &model, const QString &title)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row), TaskListModel::TitleRole).toString() == title)
            return row;
    }
    return -1;
}
} // namespace

TEST(EndToEnd, ATaskHandedOverOnAnotherDeviceArrivesInTheAppsInboxAndGoesBackDone)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    QTemporaryDir dir;
    SystemClock clock;
    AppServices app(clock, dir.filePath(QStringLiteral("app")), QStringLiteral("Europe/Amsterdam"));
    app.login(server.url(), QStringLiteral("sanne"), QStringLiteral("spil-demo"));
    ASSERT_TRUE(waitFor([&] { return app.ready() && !app.personId().isEmpty(); }, 15000));
    EXPECT_EQ(app.role(), QStringLiteral("assistant"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Spil/app/Main.qml")));
    ASSERT_FALSE(engine.rootObjects().isEmpty());
    TaskListModel *inbox = nullptr;
    for (auto *model : engine.rootObjects().constFirst()->findChildren<TaskListModel *>()) {
        if (model->view() == QStringLiteral("inbox"))
            inbox = model;
    }
    ASSERT_NE(inbox, nullptr);
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == QStringLiteral("synced"); }));
    QSignalSpy arrived(&app, &AppServices::taskArrived);

    const QString phone = dir.filePath(QStringLiteral("maarten.db"));
    const QString title = QStringLiteral("Tafel reserveren voor de lunch met de wethouder");
    spilctl(phone, {QStringLiteral("login"), server.url(), QStringLiteral("maarten")},
            "spil-demo\n");
    spilctl(phone, {QStringLiteral("sync")});
    spilctl(phone,
            {QStringLiteral("task"), QStringLiteral("add"), title, QStringLiteral("--assignee"),
             QStringLiteral("sanne"), QStringLiteral("--urgent")});
    spilctl(phone, {QStringLiteral("sync")});

    ASSERT_TRUE(waitFor([&] { return rowOf(*inbox, title) >= 0; }, 10000));
    const QModelIndex row = inbox->index(rowOf(*inbox, title));
    EXPECT_TRUE(inbox->data(row, TaskListModel::IsNewRole).toBool());
    EXPECT_TRUE(inbox->data(row, TaskListModel::UrgentRole).toBool());
    EXPECT_EQ(inbox->data(row, TaskListModel::WhoTextRole).toString(),
              QStringLiteral("from Maarten"));
    ASSERT_TRUE(waitFor([&] { return arrived.count() > 0; }, 2000));
    EXPECT_EQ(arrived.first().at(0).toString(), title);
    EXPECT_EQ(arrived.first().at(1).toString(), QStringLiteral("Maarten Verhoeven"));

    // Struck off in the app, done on the director's device after his next sync.
    inbox->strike(inbox->data(row, TaskListModel::TaskIdRole).toString());
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == QStringLiteral("synced"); }, 10000));
    spilctl(phone, {QStringLiteral("sync")});
    const QByteArray waiting =
        spilctl(phone, {QStringLiteral("task"), QStringLiteral("waiting"),
                        QStringLiteral("--person"), QStringLiteral("maarten")});
    EXPECT_FALSE(waiting.contains(title.toUtf8())) << waiting.constData();
}
