// SPDX-License-Identifier: GPL-3.0-or-later
// The app beside a spilctl client on a real spil-server: the director hands a task over
// from his device and it arrives in the assistant's inbox in the app, with the UI loaded.
#include "BigOffice.h"
#include "ServerProcess.h"
#include "core/agenda/AgendaRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/documents/FileCache.h"
#include "core/letters/LetterRepo.h"
#include "core/personnel/PersonnelRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/agenda/AppointmentDetails.h"
#include "qml/checklists/ChecklistRunModel.h"
#include "qml/checklists/ChecklistRunsModel.h"
#include "qml/meetings/BoardPackMaker.h"
#include "qml/people/PrincipalsModel.h"
#include "qml/requests/RequestDetails.h"
#include "qml/requests/RequestQueueModel.h"
#include "qml/shell/App.h"
#include "qml/shell/Language.h"
#include "qml/shell/OfficeStore.h"
#include "qml/shell/SyncStatus.h"
#include "qml/tasks/QuickCapture.h"
#include "qml/tasks/TaskListModel.h"
#include "sync/client/FetchAhead.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(SpilPlugin)

using namespace spil;
using namespace spil::qml;
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
        if (model.data(model.index(row), TaskListModel::roleOf("title")).toString() == title)
            return row;
    }
    return -1;
}
} // namespace

// A real spil-server, the app's services signed in as one user, and another user's spilctl
// device beside it.
class EndToEnd : public ::testing::Test {
protected:
    // Signs the app in and waits for its first sync to end.
    void signIn(const char *user)
    {
        app.login(server.url(), QLatin1String(user), QStringLiteral("spil-demo"));
        ASSERT_TRUE(waitFor([&] { return app.ready() && !app.personId().isEmpty(); }, 15000));
        ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }));
    }
    // Another user's device, logged in and synced; returns its store.
    QString phoneOf(const char *user)
    {
        const QString phone = dir.filePath(QLatin1String(user) + QStringLiteral(".db"));
        spilctl(phone, {QStringLiteral("login"), server.url(), QLatin1String(user)}, "spil-demo\n");
        spilctl(phone, {QStringLiteral("sync")});
        return phone;
    }

    QStringList remindersDueIn(Database &db);
    // Waits until every one of ids is a task in db.
    static bool tasksArrive(Database &db, const QStringList &ids)
    {
        return waitFor([&] {
            return std::all_of(ids.begin(), ids.end(), [&](const QString &id) {
                return TaskRepo(db).byId(id).has_value();
            });
        });
    }
    // How many of the tasks ids are there with a title that starts with one of starts.
    static qsizetype titlesIn(Database &db, const QStringList &ids,
                              std::initializer_list<const char *> starts);

    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    QTemporaryDir dir;
    SystemClock clock;
    App app{clock, dir.filePath(QStringLiteral("app")), QStringLiteral("Europe/Amsterdam")};
};

TEST_F(EndToEnd, ATaskHandedOverOnAnotherDeviceArrivesInTheAppsInboxAndGoesBackDone)
{
    signIn("sanne");
    EXPECT_EQ(app.role(), Role::Assistant);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Spil/shell/Main.qml")));
    ASSERT_FALSE(engine.rootObjects().isEmpty());
    TaskListModel *inbox = nullptr;
    for (auto *model : engine.rootObjects().constFirst()->findChildren<TaskListModel *>()) {
        if (model->view() == TaskListModel::View::Inbox)
            inbox = model;
    }
    ASSERT_NE(inbox, nullptr);
    QSignalSpy arrived(&app, &App::taskArrived);

    const QString phone = phoneOf("maarten");
    const QString title = QStringLiteral("Tafel reserveren voor de lunch met de wethouder");
    spilctl(phone,
            {QStringLiteral("task"), QStringLiteral("add"), title, QStringLiteral("--assignee"),
             QStringLiteral("sanne"), QStringLiteral("--urgent")});
    spilctl(phone, {QStringLiteral("sync")});

    ASSERT_TRUE(waitFor([&] { return rowOf(*inbox, title) >= 0; }, 10000));
    const QModelIndex row = inbox->index(rowOf(*inbox, title));
    EXPECT_TRUE(inbox->data(row, TaskListModel::roleOf("isNew")).toBool());
    EXPECT_TRUE(inbox->data(row, TaskListModel::roleOf("urgent")).toBool());
    EXPECT_EQ(inbox->data(row, TaskListModel::roleOf("whoText")).toString(),
              QStringLiteral("from Maarten"));
    ASSERT_TRUE(waitFor([&] { return arrived.count() > 0; }, 2000));
    const QString taskId = inbox->data(row, TaskListModel::roleOf("taskId")).toString();
    EXPECT_EQ(arrived.first().at(0).toString(), taskId);
    EXPECT_EQ(arrived.first().at(1).toString(), title);
    EXPECT_EQ(arrived.first().at(2).toString(), QStringLiteral("Maarten Verhoeven"));
    // The message's Open opens that task, not just the list it is somewhere in.
    QObject *root = engine.rootObjects().constFirst();
    QObject *bar = root->findChild<QObject *>(QStringLiteral("shellSnackbar"));
    ASSERT_NE(bar, nullptr);
    ASSERT_TRUE(waitFor([&] { return bar->property("opened").toBool(); }, 2000));
    QObject *open = bar->findChild<QObject *>(QStringLiteral("snackbarAction"));
    ASSERT_NE(open, nullptr);
    QMetaObject::invokeMethod(open, "clicked");
    QObject *sheet = root->findChild<QObject *>(QStringLiteral("taskSheet"));
    ASSERT_NE(sheet, nullptr);
    ASSERT_TRUE(waitFor([&] { return sheet->property("opened").toBool(); }, 2000));
    EXPECT_EQ(sheet->property("taskId").toString(), taskId);

    // Struck off in the app, done on the director's device after his next sync.
    inbox->strike(inbox->data(row, TaskListModel::roleOf("taskId")).toString());
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }, 10000));
    spilctl(phone, {QStringLiteral("sync")});
    const QByteArray waiting =
        spilctl(phone, {QStringLiteral("task"), QStringLiteral("waiting"),
                        QStringLiteral("--person"), QStringLiteral("maarten")});
    EXPECT_FALSE(waiting.contains(title.toUtf8())) << waiting.constData();
}

// The task ids of the personnel reminders due today, as an office manager's store finds them.
QStringList EndToEnd::remindersDueIn(Database &db)
{
    PersonnelRepo personnel(db);
    QStringList ids;
    for (const Reminder &r :
         remindersDue(personnel.personnel(), personnel.absences(),
                      dateIn(clock.nowMs(), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))))
        ids << reminderTaskId(r);
    return ids;
}

TEST_F(EndToEnd, AnOfficeManagersSyncMakesHerRemindersWithoutAVisitToThePersonnelPage)
{
    signIn("fatima");
    Database &db = *app.office()->store();
    // The demo's birthday in three days, its anniversary in five and a sick leave of a week.
    const QStringList due = remindersDueIn(db);
    ASSERT_GE(due.size(), 3);
    ASSERT_TRUE(tasksArrive(db, due)) << "the sync made no reminders";
    for (const QString &id : due)
        EXPECT_EQ(TaskRepo(db).byId(id)->assignee, app.personId());
    // The tests' app speaks English: so do her reminders.
    EXPECT_EQ(titlesIn(db, due, {"Card or flowers: ", "Flowers: ", "Prepare a welcome: "}),
              due.size());
    // They went up: her phone receives them, and makes none of its own.
    ASSERT_TRUE(waitFor([&] { return db.pendingActions() == 0; }));
    Database phone(phoneOf("fatima"), clock);
    for (const QString &id : due)
        EXPECT_TRUE(TaskRepo(phone).byId(id)) << id.toStdString();
}

qsizetype EndToEnd::titlesIn(Database &db, const QStringList &ids,
                             std::initializer_list<const char *> starts)
{
    qsizetype n = 0;
    for (const QString &id : ids) {
        const auto task = TaskRepo(db).byId(id);
        if (!task)
            continue;
        bool matched = false;
        for (const char *start : starts)
            matched = matched || task->title.startsWith(QString::fromUtf8(start));
        EXPECT_TRUE(matched) << task->title.toStdString();
        n += matched ? 1 : 0;
    }
    return n;
}

TEST_F(EndToEnd, ADutchAppTitlesTheOfficeManagersRemindersInDutch)
{
    // The app's language, not the default locale: set otherwise here after the choice, the
    // reminders still follow what her screens speak.
    struct BackToEnglish {
        ~BackToEnglish() { applyLanguage(QStringLiteral("en")); }
    } backToEnglish;
    applyLanguage(QStringLiteral("nl"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    signIn("fatima");
    Database &db = *app.office()->store();
    const QStringList due = remindersDueIn(db);
    ASSERT_GE(due.size(), 3);
    ASSERT_TRUE(tasksArrive(db, due)) << "the sync made no reminders";
    EXPECT_EQ(titlesIn(db, due, {"Kaart of bloemen: ", "Bloemen: ", "Welkom voorbereiden: "}),
              due.size());
}

TEST_F(EndToEnd, AnAdminsSyncMakesNoPersonnelReminders)
{
    // An admin keeps personnel too and reads all of it, but the reminders are the office
    // manager's work: her devices make them, his none.
    ASSERT_EQ(server.addAdmin(QStringLiteral("anna")), 0) << server.lastOutput().constData();
    signIn("anna");
    EXPECT_EQ(app.role(), Role::Admin);
    Database &db = *app.office()->store();
    const QStringList due = remindersDueIn(db);
    ASSERT_GE(due.size(), 3) << "the admin's store holds the personnel";
    app.office()->refresh();
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }));
    QTest::qWait(300);
    EXPECT_EQ(db.pendingActions(), 0);
    for (const QString &id : due)
        EXPECT_FALSE(TaskRepo(db).byId(id)) << id.toStdString();
}

TEST_F(EndToEnd, ASecretarysSyncMakesNoPersonnelReminders)
{
    const QString manager = phoneOf("fatima");
    QStringList due;
    {
        Database db(manager, clock);
        due = remindersDueIn(db);
    }
    ASSERT_GE(due.size(), 3);
    signIn("sanne");
    Database &db = *app.office()->store();
    // Rounds after the first: the step after a sync has had its turn each time.
    app.office()->refresh();
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }));
    QTest::qWait(300);
    EXPECT_EQ(db.pendingActions(), 0);
    spilctl(manager, {QStringLiteral("sync")});
    Database after(manager, clock);
    for (const QString &id : due) {
        EXPECT_FALSE(TaskRepo(db).byId(id)) << id.toStdString();
        EXPECT_FALSE(TaskRepo(after).byId(id)) << id.toStdString();
    }
}

TEST_F(EndToEnd, ATickOnAnotherDeviceShowsInTheAppsChecklistWithinASecond)
{
    signIn("fatima");
    ChecklistRunsModel runs(app.office(), app.people());
    ASSERT_EQ(runs.count(), 1);
    ChecklistRunModel run(app.office(), app.people());
    run.setRunId(runs.idAt(0));
    const int before = run.doneCount();

    // Joris ticks an open item on his phone.
    const QString phone = phoneOf("joris");
    const QJsonArray items =
        QJsonDocument::fromJson(
            spilctl(phone, {QStringLiteral("checklist"), QStringLiteral("items"), runs.idAt(0),
                            QStringLiteral("--open"), QStringLiteral("--json")}))
            .array();
    ASSERT_FALSE(items.isEmpty());
    const QString item = items.first().toObject().value(QStringLiteral("id")).toString();
    spilctl(phone, {QStringLiteral("checklist"), QStringLiteral("tick"), item});
    spilctl(phone, {QStringLiteral("sync")});
    QElapsedTimer sinceAcknowledged;
    sinceAcknowledged.start();

    // A functional bound, not a speed goal: the poke must make it without waiting for a poll.
    ASSERT_TRUE(waitFor([&] { return run.doneCount() == before + 1; }, 1000))
        << "not there after " << sinceAcknowledged.elapsed() << " ms";
    bool ticked = false;
    for (int row = 0; row < run.rowCount(); ++row) {
        const QModelIndex at = run.index(row);
        if (run.data(at, ChecklistRunModel::roleOf("itemId")).toString() == item)
            ticked = run.data(at, ChecklistRunModel::roleOf("doneText"))
                         .toString()
                         .startsWith(QStringLiteral("Joris"));
    }
    EXPECT_TRUE(ticked);
}

// The reception's tablet (Fatima's spilctl device) checks the director's guest in: the
// host's app says so after the push's poke, and so does his assistant's.
TEST_F(EndToEnd, AVisitorCheckedInAtTheReceptionIsAnnouncedOnTheHostsDevice)
{
    signIn("maarten");
    QSignalSpy arrived(&app, &App::visitorArrived);
    const QString desk = phoneOf("fatima");
    spilctl(desk, {QStringLiteral("reception"), QStringLiteral("checkin"),
                   QStringLiteral("Karin Hofstede")});
    spilctl(desk, {QStringLiteral("sync")});
    ASSERT_TRUE(arrived.count() > 0 || arrived.wait(5000));
    EXPECT_EQ(arrived.first().at(0).toString(), QStringLiteral("Karin Hofstede"));
    EXPECT_TRUE(arrived.first().at(1).toString().isEmpty()) << "his own guest";
    // The other guest of the meeting is not announced until checked in.
    EXPECT_FALSE(arrived.wait(300));
    EXPECT_EQ(arrived.count(), 1);
}

TEST_F(EndToEnd, AVisitorCheckedInAtTheReceptionIsAnnouncedToTheHostsAssistant)
{
    signIn("sanne");
    QSignalSpy arrived(&app, &App::visitorArrived);
    const QString desk = phoneOf("fatima");
    spilctl(desk, {QStringLiteral("reception"), QStringLiteral("checkin"),
                   QStringLiteral("Ruud Verbeek")});
    spilctl(desk, {QStringLiteral("sync")});
    ASSERT_TRUE(arrived.count() > 0 || arrived.wait(5000));
    EXPECT_EQ(arrived.first().at(0).toString(), QStringLiteral("Ruud Verbeek"));
    EXPECT_EQ(arrived.first().at(1).toString(), QStringLiteral("Maarten Verhoeven"));
}

// The director approves from his phone (his spilctl device): his assistant's app says so
// after the push's poke, with the letter to open.
TEST_F(EndToEnd, TheDirectorsApprovalOfALetterIsToldToHisAssistant)
{
    signIn("sanne");
    QSignalSpy answered(&app, &App::letterAnswered);
    QString letterId;
    for (const Letter &l : LetterRepo(*app.office()->store()).all())
        if (l.subject == QStringLiteral("Annual results 2026"))
            letterId = l.id;
    ASSERT_FALSE(letterId.isEmpty());
    const QString phone = phoneOf("maarten");
    spilctl(phone, {QStringLiteral("letter"), QStringLiteral("approve"), letterId});
    spilctl(phone, {QStringLiteral("sync")});
    ASSERT_TRUE(answered.count() > 0 || answered.wait(5000));
    EXPECT_EQ(answered.first().at(0).toString(), letterId);
    EXPECT_EQ(answered.first().at(1).toString(), QStringLiteral("Annual results 2026"));
    EXPECT_EQ(answered.first().at(2).toString(), QStringLiteral("Maarten Verhoeven"));
    EXPECT_TRUE(answered.first().at(3).toBool());
    EXPECT_FALSE(answered.wait(300)) << "told once";
}

TEST_F(EndToEnd, AFailedSignInSaysWhatToDoInTheUsersWords)
{
    QSignalSpy failed(&app, &App::loginFailed);
    app.login(server.url(), QStringLiteral("sanne"), QStringLiteral("not her password"));
    ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }, 15000));
    EXPECT_EQ(failed.first().at(0).toString(),
              QStringLiteral("Unknown user name or wrong password. Check both and try again."));
    EXPECT_FALSE(app.ready());

    // A port where nothing listens: no raw "Connection refused".
    QUrl nowhere(server.url());
    nowhere.setPort(1);
    app.login(nowhere.toString(), QStringLiteral("sanne"), QStringLiteral("spil-demo"));
    ASSERT_TRUE(waitFor([&] { return failed.count() == 2; }, 15000));
    EXPECT_TRUE(
        failed.last().at(0).toString().startsWith(QStringLiteral("The server does not answer.")))
        << failed.last().at(0).toString().toStdString();
}

TEST_F(EndToEnd, WaitingChangesAreCountedAsActionsNotFields)
{
    signIn("sanne");
    server.kill9();
    // A new task writes a dozen fields: one action.
    QuickCapture capture(app.office(), app.people());
    ASSERT_TRUE(capture.capture(QStringLiteral("Parkeerkaart regelen"), app.personId(),
                                TaskDue::Today, false));
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Offline; }, 15000))
        << app.sync()->text().toStdString();
    EXPECT_EQ(app.sync()->pending(), 1);
    EXPECT_GT(app.office()->syncClient()->pendingChanges(), 5);

    EXPECT_TRUE(app.sync()->text().startsWith(QStringLiteral("Offline · 1 change waiting")))
        << app.sync()->text().toStdString();
    EXPECT_EQ(app.sync()->shortText(), QStringLiteral("Offline · 1 waiting"));
    EXPECT_EQ(app.sync()->explanation(),
              QStringLiteral("The server cannot be reached. Your 1 change is kept on this device "
                             "and goes to the server as soon as it answers; nothing is lost."));
    // Saved for someone else while offline: the message says it has not reached her yet.
    QString lotte;
    for (const Person &p : app.people()->all())
        if (p.name.startsWith(QStringLiteral("Lotte")))
            lotte = p.id;
    ASSERT_FALSE(lotte.isEmpty());
    QSignalSpy captured(&capture, &QuickCapture::captured);
    ASSERT_TRUE(capture.capture(QStringLiteral("Taxi"), lotte, TaskDue::Today, false));
    ASSERT_EQ(captured.count(), 1);
    EXPECT_EQ(captured.first().at(1).toString(),
              QStringLiteral("Task saved for Lotte: Taxi · Lotte gets it once you are online"));
}

TEST_F(EndToEnd, ADeviceThatOnlyReadsNoticesALostServerAndItsReturn)
{
    signIn("maarten");
    ASSERT_TRUE(waitFor([&] { return app.office()->syncClient()->lastHeard().isValid(); }));
    server.kill9();
    // Nobody taps anything: the device finds out by itself, and says since when.
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Offline; }, 15000))
        << app.sync()->text().toStdString();
    EXPECT_TRUE(app.sync()->text().contains(QStringLiteral("server last heard")))
        << app.sync()->text().toStdString();
    server.restart();
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }, 40000))
        << app.sync()->text().toStdString();
}

// "Synced n min ago" and "server last heard n min ago" count on the device's clock, as
// every "now" does: a clock the test moves on ages them, with nothing waiting in real time.
TEST(EndToEndClock, TheIndicatorAgesWithTheDevicesClock)
{
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    QTemporaryDir dir;
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    App app{clock, dir.path(), QStringLiteral("Europe/Amsterdam")};
    app.login(server.url(), QStringLiteral("maarten"), QStringLiteral("spil-demo"));
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }, 15000))
        << app.sync()->text().toStdString();
    EXPECT_EQ(app.sync()->text(), QStringLiteral("Synced just now"));
    clock.advance(4 * 60 * 1000);
    app.sync()->update();
    EXPECT_EQ(app.sync()->text(), QStringLiteral("Synced 4 min ago"));

    server.kill9();
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Offline; }, 15000))
        << app.sync()->text().toStdString();
    // Heard last at the sync, or at a pong that came in after the clock moved on.
    const qint64 heard = app.office()->syncClient()->lastHeard().secsTo(clock.now()) / 60;
    clock.advance(3 * 60 * 1000);
    app.sync()->update();
    EXPECT_EQ(app.sync()->text(),
              QStringLiteral("Offline · server last heard %1 min ago").arg(heard + 3));
}

// Started again with its sign-in on the command line while the server is down, a device
// opens what it holds, with the change it made offline still waiting; another user's
// sign-in on the same device still asks the server.
TEST(EndToEndResume, ADeviceStartedWithItsSignInOpensItsStoreWhileTheServerIsDown)
{
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    QTemporaryDir dir;
    SystemClock clock;
    auto app = std::make_unique<App>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    const QString url = server.url();
    app->login(url, QStringLiteral("sanne"), QStringLiteral("spil-demo"));
    ASSERT_TRUE(waitFor([&] { return app->sync()->state() == SyncStatus::State::Synced; }, 15000))
        << app->sync()->text().toStdString();
    const QString sanne = app->personId();
    server.kill9();
    QuickCapture capture(app->office(), app->people());
    ASSERT_TRUE(
        capture.capture(QStringLiteral("Parkeerkaart regelen"), sanne, TaskDue::Today, false));
    app.reset();

    app = std::make_unique<App>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    // Written another way, the same server; no password needed for the session held.
    app->signInAt(QString(url).remove(QStringLiteral("http://")) + QLatin1Char('/'),
                  QStringLiteral(" sanne "), QString());
    ASSERT_TRUE(app->ready());
    EXPECT_EQ(app->personId(), sanne);
    const TaskListModel inbox(app->office(), app->people());
    EXPECT_GE(rowOf(inbox, QStringLiteral("Parkeerkaart regelen")), 0);
    EXPECT_GT(app->office()->syncClient()->pendingChanges(), 0);
    app.reset();

    // Another user is signed in with the server, which is down: no session is opened.
    app = std::make_unique<App>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    QString failed;
    QObject::connect(app.get(), &App::loginFailed, [&](const QString &why) { failed = why; });
    app->signInAt(url, QStringLiteral("lotte"), QStringLiteral("spil-demo"));
    ASSERT_TRUE(waitFor([&] { return !failed.isEmpty(); }, 15000));
    EXPECT_FALSE(app->ready());
}

// The session the device held was ended by the server (its devices revoked): the password
// given at start signs in anew.
TEST(EndToEndResume, ASessionTheServerEndedSignsInAnewWithThePasswordGiven)
{
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    QTemporaryDir dir;
    SystemClock clock;
    auto app = std::make_unique<App>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    app->login(server.url(), QStringLiteral("sanne"), QStringLiteral("spil-demo"));
    ASSERT_TRUE(waitFor([&] { return app->sync()->state() == SyncStatus::State::Synced; }, 15000))
        << app->sync()->text().toStdString();
    const QString sanne = app->personId();
    app.reset();
    ASSERT_GT(server.revokeDevicesOf(QStringLiteral("sanne")), 0);

    app = std::make_unique<App>(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    int failures = 0;
    QObject::connect(app.get(), &App::loginFailed, [&] { ++failures; });
    app->signInAt(server.url(), QStringLiteral("sanne"), QStringLiteral("spil-demo"));
    ASSERT_TRUE(waitFor([&] { return failures > 0; }, 15000)); // the old session ended
    ASSERT_TRUE(waitFor(
        [&] { return app->ready() && app->sync()->state() == SyncStatus::State::Synced; }, 15000))
        << app->sync()->text().toStdString();
    EXPECT_EQ(app->personId(), sanne);
    EXPECT_EQ(failures, 1);
}

TEST_F(EndToEnd, AServerBackAfterALongerOutageIsFoundWithinSeconds)
{
    signIn("maarten");
    ASSERT_TRUE(waitFor([&] { return app.office()->syncClient()->lastHeard().isValid(); }));
    server.kill9();
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Offline; }, 15000));
    // Long enough for the retries to have backed off well past a few seconds.
    waitFor([] { return false; }, 20000);
    server.restart();
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }, 10000))
        << app.sync()->text().toStdString();
}

TEST_F(EndToEnd, TheFirstSyncOfABigOfficeSaysHowFarItIs)
{
    constexpr int kTasks = 3000; // several pages
    ASSERT_EQ(addTasks(server, QStringLiteral("maarten"), kTasks), QString());
    // Every text the indicator shows, in order, with the state it showed it in.
    QStringList shown;
    // The connection ends with the test's body: the app outlives `shown` and its teardown
    // changes the indicator once more.
    QObject listening;
    QObject::connect(app.sync(), &SyncStatus::changed, &listening, [&] {
        const char *state =
            QMetaEnum::fromType<SyncStatus::State>().valueToKey(int(app.sync()->state()));
        shown << QString::fromLatin1(state).toLower() + QLatin1Char(' ') + app.sync()->text() +
                     QLatin1Char(' ') + QString::number(app.sync()->progress());
    });
    signIn("maarten");

    static const QRegularExpression fetching(QStringLiteral("^syncing Fetching (\\d+) % (\\d+)$"));
    QList<int> percents;
    for (const QString &s : shown) {
        const auto m = fetching.match(s);
        if (!m.hasMatch())
            continue;
        percents << m.captured(1).toInt();
        EXPECT_EQ(m.captured(2).toInt(), percents.last()) << s.toStdString();
    }
    ASSERT_GE(percents.size(), 2) << shown.join(QLatin1Char('\n')).toStdString();
    for (int i = 0; i < percents.size(); ++i) {
        EXPECT_GE(percents[i], 0);
        EXPECT_LT(percents[i], 100);
        if (i > 0) {
            EXPECT_GT(percents[i], percents[i - 1]);
        }
    }
    // Once the pull is done the indicator says so, with no progress left over.
    EXPECT_EQ(app.sync()->state(), SyncStatus::State::Synced);
    EXPECT_EQ(app.sync()->progress(), -1);
    EXPECT_FALSE(app.sync()->text().contains(QLatin1Char('%')));
}

TEST_F(EndToEnd, AnAppointmentMovedInTheAppIsMovedOnTheDirectorsDevice)
{
    signIn("sanne");
    const QString phone = phoneOf("maarten");
    // A Sunday morning weeks ahead: nothing of the demo office is there.
    const QTimeZone amsterdam("Europe/Amsterdam");
    QDate sunday = QDate::currentDate().addDays(42);
    while (sunday.dayOfWeek() != 7)
        sunday = sunday.addDays(1);
    const auto iso = [&](const QDate &day, const char *time) {
        return day.toString(Qt::ISODate) + QLatin1Char('T') + QLatin1String(time);
    };
    const QString id = QString::fromUtf8(
        spilctl(phone, {QStringLiteral("agenda"), QStringLiteral("add"), QStringLiteral("--person"),
                        QStringLiteral("maarten"), QStringLiteral("--title"),
                        QStringLiteral("Ontbijt met de burgemeester"), QStringLiteral("--start"),
                        iso(sunday, "08:00"), QStringLiteral("--end"), iso(sunday, "09:00")})
            .trimmed());
    ASSERT_FALSE(id.isEmpty());
    spilctl(phone, {QStringLiteral("sync")});
    ASSERT_TRUE(
        waitFor([&] { return AgendaRepo(*app.office()->store()).byId(id).has_value(); }, 10000));

    // Moved on the appointment page to the Saturday before, 10:00 for 90 minutes.
    AppointmentDetails details(app.office(), app.people());
    details.setAppointmentId(id);
    ASSERT_TRUE(details.canEdit());
    const QDate saturday = sunday.addDays(-1);
    const qint64 newStart = QDateTime(saturday, QTime(10, 0), amsterdam).toMSecsSinceEpoch();
    ASSERT_TRUE(details.moveTo(double(newStart), 90)) << details.refusal().toStdString();
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }, 10000));

    spilctl(phone, {QStringLiteral("sync")});
    const QJsonArray agenda =
        QJsonDocument::fromJson(
            spilctl(phone,
                    {QStringLiteral("agenda"), QStringLiteral("list"), QStringLiteral("--person"),
                     QStringLiteral("maarten"), QStringLiteral("--from"),
                     saturday.toString(Qt::ISODate), QStringLiteral("--to"),
                     sunday.toString(Qt::ISODate), QStringLiteral("--json")}))
            .array();
    QJsonObject moved;
    for (const QJsonValue &o : agenda) {
        if (o.toObject().value(QStringLiteral("id")).toString() == id)
            moved = o.toObject();
    }
    ASSERT_FALSE(moved.isEmpty()) << QJsonDocument(agenda).toJson().constData();
    EXPECT_TRUE(moved.value(QStringLiteral("start")).toString().startsWith(iso(saturday, "10:00")));
    EXPECT_TRUE(moved.value(QStringLiteral("end")).toString().startsWith(iso(saturday, "11:30")));
}

TEST_F(EndToEnd, ARequestForwardedInTheAppIsDecidedOnTheDirectorsDevice)
{
    signIn("sanne");
    RequestQueueModel queue(app.office(), app.people(), RequestQueueModel::View::Queue);
    ASSERT_EQ(queue.count(), 7);
    QString id;
    for (int row = 0; row < queue.count(); ++row) {
        if (queue.data(queue.index(row), RequestQueueModel::roleOf("subject")).toString() ==
            QStringLiteral("Bedrijventerrein Lage Weide"))
            id = queue.idAt(row);
    }
    ASSERT_FALSE(id.isEmpty());
    RequestDetails details(app.office(), app.people());
    details.setRequestId(id);
    ASSERT_TRUE(details.canForward());
    const QString phone = phoneOf("maarten");
    // Before it is forwarded the director's device does not hold it at all.
    EXPECT_FALSE(
        spilctl(phone, {QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--all")})
            .contains("Lage Weide"));

    ASSERT_TRUE(details.forward());
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }, 10000));
    spilctl(phone, {QStringLiteral("sync")});
    EXPECT_TRUE(
        spilctl(phone, {QStringLiteral("request"), QStringLiteral("list")}).contains("Lage Weide"));
    spilctl(phone, {QStringLiteral("--as"), QStringLiteral("maarten"), QStringLiteral("request"),
                    QStringLiteral("decide"), id.right(8), QStringLiteral("declined"),
                    QStringLiteral("--note"), QStringLiteral("Niet dit kwartaal")});
    spilctl(phone, {QStringLiteral("sync")});

    // The app hears of it and shows his word; the assistant then answers who asked.
    app.refresh();
    ASSERT_TRUE(waitFor([&] { return details.decision() == RequestDecision::Rejected; }, 10000));
    EXPECT_EQ(details.decisionNote(), QStringLiteral("Niet dit kwartaal"));
    EXPECT_FALSE(details.canSchedule());
    ASSERT_TRUE(details.decline());
    ASSERT_TRUE(waitFor([&] { return app.sync()->state() == SyncStatus::State::Synced; }, 10000));
    spilctl(phone, {QStringLiteral("sync")});
    EXPECT_TRUE(spilctl(phone, {QStringLiteral("request"), QStringLiteral("show"), id.right(8)})
                    .contains("(declined"));
}

TEST_F(EndToEnd, AnIncidentFromAnotherDeviceKeepsTheReadersPlaceInTheChecklist)
{
    signIn("fatima");
    ChecklistRunsModel runs(app.office(), app.people());
    ASSERT_EQ(runs.count(), 1);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Spil\nChecklistRunView { width: 400; height: 800 }",
                      QUrl());
    QQuickWindow window;
    window.resize(400, 800);
    std::unique_ptr<QObject> object(component.create());
    ASSERT_TRUE(object) << component.errorString().toStdString();
    auto *view = qobject_cast<QQuickItem *>(object.get());
    view->setParentItem(window.contentItem());
    view->setProperty("runId", runs.idAt(0));
    window.show();
    ASSERT_TRUE(waitFor([&] { return view->property("count").toInt() > 8; }));
    // Scrolled down into the items by a thumb, twice.
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (int drag = 0; drag < 2; ++drag) {
        QTest::mousePress(&window, Qt::LeftButton, {}, QPoint(200, 700));
        for (int y = 680; y >= 100; y -= 20)
            QTest::mouseMove(&window, QPoint(200, y), 10);
        QTest::mouseRelease(&window, Qt::LeftButton, {}, QPoint(200, 100), 10);
        ASSERT_TRUE(waitFor([&] { return !view->property("moving").toBool(); }));
    }
    ASSERT_TRUE(waitFor([&] { return !view->property("moving").toBool(); }));
    const double contentY = view->property("contentY").toDouble();
    const double originY = view->property("originY").toDouble();
    ASSERT_GT(contentY - originY, 600);
    // A row in the middle of the screen (a phase's heading there is no row: look above it).
    int row = -1;
    for (qreal y = contentY + 400; row < 0 && y > contentY + 200; y -= 20)
        QMetaObject::invokeMethod(view, "indexAt", Q_RETURN_ARG(int, row), Q_ARG(qreal, 200),
                                  Q_ARG(qreal, y));
    ASSERT_GT(row, 0);
    const auto rowY = [&] {
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item),
                                  Q_ARG(int, row));
        return item ? item->y() - view->property("contentY").toDouble() : -1e9;
    };
    const double before = rowY();
    auto *header = view->property("headerItem").value<QQuickItem *>();
    ASSERT_NE(header, nullptr);
    const double headerBefore = header->height();

    const QString phone = phoneOf("joris");
    spilctl(phone, {QStringLiteral("checklist"), QStringLiteral("incident"), runs.idAt(0),
                    QStringLiteral("De lift valt uit")});
    spilctl(phone, {QStringLiteral("sync")});
    auto *run = view->property("run").value<ChecklistRunModel *>();
    ASSERT_TRUE(waitFor([&] { return run->incidents().size() == 1; }, 5000));
    ASSERT_TRUE(waitFor([&] { return header->height() > headerBefore; }));
    // Laid out and drawn again with the longer log above.
    QSignalSpy drawn(&window, &QQuickWindow::frameSwapped);
    window.update();
    ASSERT_TRUE(waitFor([&] { return drawn.count() > 0; }));
    EXPECT_EQ(rowY(), before);
}

namespace {
int rowNamed(const PrincipalsModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row), PrincipalsModel::roleOf("name")).toString() == name)
            return row;
    }
    return -1;
}

// The items of a type declared in QML, under item in the visual tree (a list's delegates
// hang there, not among the QObject children).
void collect(QQuickItem *item, const QByteArray &type, QList<QQuickItem *> &out)
{
    for (QQuickItem *child : item->childItems()) {
        if (QByteArray(child->metaObject()->className()).startsWith(type + "_QMLTYPE"))
            out << child;
        collect(child, type, out);
    }
}

QString directorId(const PrincipalsModel &model, const QString &firstName)
{
    for (const DirectorChip &d : model.directors()) {
        if (d.firstName == firstName)
            return d.personId;
    }
    return {};
}
} // namespace

TEST_F(EndToEnd, AnAdminChangesWhomAnAssistantServesWithTapsAndOneSave)
{
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    signIn("beheer");
    EXPECT_TRUE(app.admin());
    PrincipalsModel model(app.office(), app.people());
    EXPECT_TRUE(model.allowed());
    // The assistants by name, the directors as chips by name.
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0), PrincipalsModel::roleOf("name")).toString(),
              QStringLiteral("Lotte de Vries"));
    ASSERT_EQ(model.directors().size(), 2);
    const QString ingrid = directorId(model, QStringLiteral("Ingrid"));
    const QString maarten = directorId(model, QStringLiteral("Maarten"));
    ASSERT_FALSE(ingrid.isEmpty());
    const int sanne = rowNamed(model, QStringLiteral("Sanne Bakker"));
    ASSERT_GE(sanne, 0);
    const auto at = [&](int role) { return model.data(model.index(sanne), role); };
    EXPECT_EQ(at(PrincipalsModel::roleOf("serves")).toStringList(), QStringList{maarten});
    EXPECT_EQ(at(PrincipalsModel::roleOf("servesText")).toString(),
              QStringLiteral("Serves Maarten"));
    EXPECT_FALSE(at(PrincipalsModel::roleOf("changed")).toBool());

    // Two taps: Ingrid on, then off and on again; nothing goes out before Save.
    model.toggle(sanne, ingrid);
    model.toggle(sanne, ingrid);
    EXPECT_FALSE(at(PrincipalsModel::roleOf("changed")).toBool()) << "back as it was";
    model.toggle(sanne, ingrid);
    EXPECT_TRUE(at(PrincipalsModel::roleOf("changed")).toBool());
    EXPECT_EQ(at(PrincipalsModel::roleOf("serves")).toStringList(), (QStringList{ingrid, maarten}));
    EXPECT_EQ(at(PrincipalsModel::roleOf("servesText")).toString(),
              QStringLiteral("Serves Ingrid and Maarten"));
    EXPECT_EQ(app.office()->syncClient()->pendingChanges(), 0)
        << "an admin's action is no offline edit";

    model.save(sanne);
    EXPECT_TRUE(model.busy());
    ASSERT_TRUE(waitFor([&] { return !model.busy(); }, 15000));
    EXPECT_FALSE(model.failed()) << model.message().toStdString();
    EXPECT_EQ(model.message(), QStringLiteral("Saved: Sanne now serves Ingrid and Maarten."));
    EXPECT_FALSE(at(PrincipalsModel::roleOf("changed")).toBool());
    // The server holds it: her person record comes back to this device with both.
    const QString sanneId =
        model.data(model.index(sanne), PrincipalsModel::roleOf("personId")).toString();
    ASSERT_TRUE(
        waitFor([&] { return app.people()->person(sanneId).principals.size() == 2; }, 10000));
    EXPECT_EQ(at(PrincipalsModel::roleOf("serves")).toStringList(), (QStringList{ingrid, maarten}));
    EXPECT_FALSE(at(PrincipalsModel::roleOf("changed")).toBool());

    // Without the server: not saved, said why, the taps kept for another try.
    server.kill9();
    model.toggle(sanne, maarten);
    model.save(sanne);
    ASSERT_TRUE(waitFor([&] { return !model.busy(); }, 40000));
    EXPECT_TRUE(model.failed());
    EXPECT_TRUE(model.message().contains(QStringLiteral("server cannot be reached")))
        << model.message().toStdString();
    EXPECT_TRUE(at(PrincipalsModel::roleOf("changed")).toBool());
    EXPECT_EQ(at(PrincipalsModel::roleOf("serves")).toStringList(), QStringList{ingrid});
    EXPECT_EQ(app.office()->syncClient()->pendingChanges(), 0);
}

TEST_F(EndToEnd, WhomAnAssistantServesIsNotTheOfficeManagersToChange)
{
    signIn("fatima");
    EXPECT_FALSE(app.admin());
    const QString sanneToken = server.login(QStringLiteral("sanne"));
    const qint64 before = server.version(sanneToken);
    PrincipalsModel model(app.office(), app.people());
    EXPECT_FALSE(model.allowed());
    const int sanne = rowNamed(model, QStringLiteral("Sanne Bakker"));
    ASSERT_GE(sanne, 0);
    model.toggle(sanne, directorId(model, QStringLiteral("Ingrid")));
    model.save(sanne);
    EXPECT_FALSE(model.busy());
    EXPECT_TRUE(model.failed());
    EXPECT_EQ(model.message(),
              QStringLiteral("Only an administrator changes whom an assistant serves."));
    EXPECT_EQ(server.version(sanneToken), before) << "something was written";
}

TEST_F(EndToEnd, TheAssistantsPageShowsADirectorsChipPerAssistantAndATapChangesIt)
{
    ASSERT_EQ(server.addAdmin(QStringLiteral("beheer")), 0);
    signIn("beheer");
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Spil/shell/Main.qml")));
    ASSERT_FALSE(engine.rootObjects().isEmpty());
    QObject *window = engine.rootObjects().constFirst();
    QMetaObject::invokeMethod(window, "show", Q_ARG(QVariant, QStringLiteral("principals")),
                              Q_ARG(QVariant, QVariantMap()));
    QObject *page = nullptr;
    ASSERT_TRUE(waitFor([&] { return (page = window->findChild<QObject *>("principals")); }));
    auto *model = page->findChild<PrincipalsModel *>();
    ASSERT_NE(model, nullptr);
    QList<QQuickItem *> chips;
    ASSERT_TRUE(waitFor([&] {
        chips.clear();
        collect(qobject_cast<QQuickItem *>(page), "Chip", chips);
        return chips.size() == 4; // two assistants, two directors each
    })) << chips.size()
        << " chips";
    // Lotte serves both directors, Sanne one: three chips on.
    int on = 0;
    for (QQuickItem *chip : chips)
        on += chip->property("checked").toBool() ? 1 : 0;
    EXPECT_EQ(on, 3);
    QQuickItem *off = nullptr;
    for (QQuickItem *chip : chips) {
        if (!chip->property("checked").toBool())
            off = chip;
    }
    ASSERT_NE(off, nullptr);
    // What a tap ends in.
    ASSERT_TRUE(QMetaObject::invokeMethod(off, "clicked"));
    const int sanne = rowNamed(*model, QStringLiteral("Sanne Bakker"));
    EXPECT_TRUE(model->data(model->index(sanne), PrincipalsModel::roleOf("changed")).toBool());
    EXPECT_TRUE(waitFor([&] { return off->property("checked").toBool(); }));
    // Undo: the chip follows the model back, the tap did not cut it loose.
    model->revert(sanne);
    EXPECT_TRUE(waitFor([&] { return !off->property("checked").toBool(); }));
}

TEST_F(EndToEnd, TheNextFortnightsPapersArriveAfterASyncAndTheBoardPackFetchesWhatIsMissing)
{
    signIn("maarten");
    const QString phone = phoneOf("sanne");
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
    const QString meeting =
        QJsonDocument::fromJson(
            spilctl(phone,
                    {QStringLiteral("agenda"), QStringLiteral("add"), QStringLiteral("--person"),
                     QStringLiteral("maarten"), QStringLiteral("--title"),
                     QStringLiteral("Overleg regio Noord"), QStringLiteral("--start"),
                     start.toString(Qt::ISODate), QStringLiteral("--end"),
                     start.addSecs(3600).toString(Qt::ISODate), QStringLiteral("--kind"),
                     QStringLiteral("meeting"), QStringLiteral("--json"),
                     // At this hour three days on it may fall in the prep time the demo's
                     // director keeps before a presentation; what is tested is its papers.
                     QStringLiteral("--force")}))
            .object()
            .value(QStringLiteral("id"))
            .toString();
    ASSERT_FALSE(meeting.isEmpty());
    const QString item =
        QString::fromUtf8(
            spilctl(phone, {QStringLiteral("meeting"), QStringLiteral("item"),
                            QStringLiteral("add"), meeting, QStringLiteral("Cijfers")}))
            .trimmed()
            .section(QLatin1Char(' '), 0, 0);
    const QString paper =
        QString::fromUtf8(
            spilctl(phone, {QStringLiteral("meeting"), QStringLiteral("paper"),
                            QStringLiteral("add"), item, QStringLiteral("Kwartaalcijfers")}))
            .trimmed()
            .section(QLatin1Char(' '), 0, 0);
    // A PDF Qt draws: the pack merges it.
    const QString pdf = dir.filePath(QStringLiteral("cijfers.pdf"));
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        painter.drawText(100, 100, QStringLiteral("Kwartaalcijfers"));
    }
    const QJsonObject document =
        QJsonDocument::fromJson(
            spilctl(phone, {QStringLiteral("doc"), QStringLiteral("add"), pdf,
                            QStringLiteral("--meeting"), meeting, QStringLiteral("--json")}))
            .object();
    const QString sha = document.value(QStringLiteral("sha256")).toString();
    ASSERT_FALSE(sha.isEmpty());
    spilctl(phone, {QStringLiteral("meeting"), QStringLiteral("paper"), QStringLiteral("attach"),
                    paper, document.value(QStringLiteral("id")).toString()});
    spilctl(phone, {QStringLiteral("sync")});

    // The app hears of it, syncs, and fetches the paper ahead without being asked (also when
    // the sync comes while the round for the demo's own papers still runs).
    FileCache &cache = *app.office()->fileCache();
    QStringList rounds;
    QObject::connect(app.office()->fetchAhead(), &client::FetchAhead::done,
                     [&](int fetched, const QString &error) {
                         rounds << QStringLiteral("%1 fetched %2").arg(fetched).arg(error);
                     });
    ASSERT_TRUE(waitFor([&] { return cache.holds(sha); }, 15000))
        << rounds.join(QStringLiteral("; ")).toStdString();

    // Gone from the device, the board pack fetches it again before it draws.
    QFile::remove(cache.pathOf(sha));
    ASSERT_TRUE(waitFor([&] { return !app.office()->fetchAhead()->running(); }));
    BoardPackMaker maker(app.office(), app.people());
    maker.setProperty("appointmentId", meeting);
    QSignalSpy made(&maker, &BoardPackMaker::made);
    QSignalSpy failed(&maker, &BoardPackMaker::failed);
    maker.make();
    ASSERT_TRUE(waitFor([&] { return made.count() + failed.count() > 0; }, 20000));
    ASSERT_EQ(failed.count(), 0) << failed.first().at(0).toString().toStdString();
    EXPECT_TRUE(cache.holds(sha));
    const QVariantList starts = made.first().at(1).toList();
    ASSERT_EQ(starts.size(), 1);
    // The agenda's page first, then the paper's.
    EXPECT_EQ(starts[0].toMap().value(QStringLiteral("page")).toInt(), 1);
}
