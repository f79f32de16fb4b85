// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/agenda/AgendaRepo.h"
#include "core/checklists/ChecklistRepo.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Schema.h"
#include "core/tasks/TaskRepo.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace spil;
using namespace spil::test;

namespace {
const QStringList kSecrets = {
    QStringLiteral("Overname Hofstede"),     QStringLiteral("Kamer 5.12"),
    QStringLiteral("advocaat De Graaf"),     QStringLiteral("Nieuwe titel geheim"),
    QStringLiteral("Ontslagdossier Inkoop"), QStringLiteral("Notitie geheim")};

// Maarten's confidential meeting (recurring, one instance moved with a new title) and a
// task between him and Sanne, written through his device.
struct Secrets {
    QString appointment, exception, task;
};

Secrets writeSecrets(SyncedDevice &maarten, const QString &sanne)
{
    AgendaRepo agenda(maarten.db());
    Appointment a;
    a.owner = maarten.personId();
    a.title = kSecrets[0];
    a.location = kSecrets[1];
    a.attendees = {kSecrets[2]};
    a.notes = kSecrets[5];
    a.confidential = true;
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    a.rrule = QStringLiteral("FREQ=WEEKLY");
    Secrets s;
    s.appointment = agenda.add(a, true);
    agenda.moveInstance(s.appointment, a.startUtc + 7 * 86'400'000LL, a.startUtc + 8 * 86'400'000LL,
                        a.endUtc + 8 * 86'400'000LL);
    const auto pending = maarten.db().pendingChanges(100000);
    s.exception = pending.last().recordId;
    Database::Transaction tx(maarten.db());
    maarten.db().update(QStringLiteral("appointment_exceptions"), s.exception,
                        {{QStringLiteral("title"), kSecrets[3]}});
    tx.commit();
    Task t;
    t.title = kSecrets[4];
    t.assignee = sanne;
    t.delegatedBy = maarten.personId();
    t.createdBy = maarten.personId();
    s.task = TaskRepo(maarten.db()).add(t);
    return s;
}

bool storeHas(Database &db, const char *text)
{
    for (const char *table : {"tasks", "appointments", "checklist_incidents", "checklist_runs"}) {
        auto &q = db.run(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                if (q.value(i).toString().contains(QLatin1String(text)))
                    return true;
            }
        }
    }
    return false;
}

void expectNoSecret(const QByteArray &body, const char *where)
{
    for (const QString &secret : kSecrets)
        EXPECT_FALSE(body.contains(secret.toUtf8()))
            << where << " leaks '" << secret.toStdString() << "'";
}
} // namespace

TEST(Permissions, ConfidentialDataReachesOnlyThePrincipalAndTheirAssistants)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), sanne(server, QStringLiteral("sanne"));
    ASSERT_TRUE(maarten.sync());
    const QString sannePerson = sanne.personId();
    const Secrets s = writeSecrets(maarten, sannePerson);
    ASSERT_TRUE(maarten.sync());

    // Sanne serves Maarten: she sees it all.
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(AgendaRepo(sanne.db()).byId(s.appointment)->title, kSecrets[0]);
    EXPECT_TRUE(TaskRepo(sanne.db()).byId(s.task).has_value());

    // Everyone else, on every route: a busy block and no task.
    for (const char *user : {"ingrid", "joris", "fatima", "lotte"}) {
        const QString token = server.login(QString::fromLatin1(user));
        const HttpResult pull =
            server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token);
        ASSERT_EQ(pull.status, 200);
        const QByteArray name(user);
        // Lotte assists Maarten as well; the office manager reads every task by design.
        if (name == "lotte")
            continue;
        QByteArray body = pull.body;
        if (name == "fatima")
            body.replace(kSecrets[4].toUtf8(), "");
        expectNoSecret(body, "pull");
        const HttpResult conflicts =
            server.request("GET", QStringLiteral("/v1/conflicts"), {}, token);
        expectNoSecret(conflicts.body, "conflicts");
        const HttpResult push = server.request(
            "POST", QStringLiteral("/v1/push"),
            R"({"client_id":"01900000-0000-7000-8000-0000000000aa","cursor":0,"mutations":[]})",
            token);
        expectNoSecret(push.body, "push");
        const auto page = protocol::decodePullPage(pull.body);
        bool sawBlock = false;
        for (const protocol::Record &r : page.records) {
            if (name != "fatima") {
                EXPECT_NE(r.id, s.task) << user << " received the task";
            }
            if (r.id == s.appointment) {
                sawBlock = true;
                EXPECT_EQ(r.fields.value(QStringLiteral("start_utc")).toInteger(),
                          1'800'000'000'000LL);
                EXPECT_TRUE(r.fields.value(QStringLiteral("title")).toString().isEmpty());
                EXPECT_TRUE(r.fields.value(QStringLiteral("attendees")).toArray().isEmpty());
            }
        }
        EXPECT_TRUE(sawBlock) << user << " does not see the busy block";
    }
    // The office manager reads every task, but not a director's confidential meeting.
    SyncedDevice fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(fatima.sync());
    EXPECT_TRUE(TaskRepo(fatima.db()).byId(s.task).has_value());
    EXPECT_TRUE(AgendaRepo(fatima.db()).byId(s.appointment)->title.isEmpty());

    // The events socket only ever says which version exists.
    EventsSocket events(server, server.login(QStringLiteral("joris")));
    ASSERT_TRUE(waitFor([&] { return !events.messages().isEmpty(); }));
    TaskRepo(maarten.db()).update(s.task, {.notes = kSecrets[5]});
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(waitFor([&] { return events.messages().size() >= 2; }));
    for (const QString &m : events.messages()) {
        expectNoSecret(m.toUtf8(), "events");
        EXPECT_GT(protocol::decodePoke(m.toUtf8()), 0);
    }
}

// A calendar feed reads by the pull's rules: the staff member invited to Maarten's
// confidential meeting sees busy time in his phone's calendar, and nothing of what it is.
TEST(Permissions, ACalendarFeedShowsAConfidentialAppointmentToAStaffMemberOnlyAsBusy)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(maarten.sync());
    const Secrets s = writeSecrets(maarten, server.personId(QStringLiteral("sanne")));
    AgendaRepo(maarten.db())
        .update(s.appointment,
                {.attendees = QStringList{kSecrets[2], server.personId(QStringLiteral("joris"))}});
    // Imported from another calendar: its UID, which may say what it is, stays his too.
    Database::Transaction tx(maarten.db());
    maarten.db().update(QStringLiteral("appointments"), s.appointment,
                        {{QStringLiteral("ical_uid"), kSecrets[1]}});
    tx.commit();
    ASSERT_TRUE(maarten.sync());
    const auto feedOf = [&](const char *user) {
        const HttpResult link = server.request("POST", QStringLiteral("/v1/feed-token"), {},
                                               server.login(QString::fromLatin1(user)));
        EXPECT_EQ(link.status, 200) << link.body.constData();
        return server.request("GET", link.json().value(QStringLiteral("path")).toString());
    };

    const HttpResult joris = feedOf("joris");
    ASSERT_EQ(joris.status, 200) << joris.body.constData();
    expectNoSecret(joris.body, "a staff member's feed");
    // The series and its moved instance, both as busy time at their times.
    EXPECT_EQ(joris.body.count("SUMMARY:Busy\r\n"), 2) << joris.body.constData();
    EXPECT_TRUE(joris.body.contains("DTSTART;TZID=Europe/Amsterdam:20270115T090000\r\n"));
    EXPECT_FALSE(joris.body.contains("CLASS:CONFIDENTIAL"));

    // Sanne and Lotte serve Maarten: his agenda is in their feeds, in full.
    for (const char *assistant : {"sanne", "lotte"}) {
        const HttpResult feed = feedOf(assistant);
        ASSERT_EQ(feed.status, 200);
        EXPECT_TRUE(feed.body.contains(kSecrets[0].toUtf8())) << assistant;
        EXPECT_TRUE(feed.body.contains(kSecrets[3].toUtf8())) << assistant;
        EXPECT_TRUE(feed.body.contains("CLASS:CONFIDENTIAL")) << assistant;
    }
    // Ingrid neither serves him nor attends: not even the busy block is in her agenda.
    const HttpResult ingrid = feedOf("ingrid");
    ASSERT_EQ(ingrid.status, 200);
    expectNoSecret(ingrid.body, "another director's feed");
    EXPECT_FALSE(ingrid.body.contains("20270115T090000"));
}

TEST(Permissions, APushToARecordTheUserMayNotWriteIsRefusedWhole)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), sanne(server, QStringLiteral("sanne")),
        joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(maarten.sync());
    const Secrets s = writeSecrets(maarten, sanne.personId());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    const QString token = server.login(QStringLiteral("joris"));
    const qint64 before = server.version(token);

    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000bb");
    const auto pushChanges = [&](const QList<protocol::Change> &changes, qint64 mutation) {
        protocol::PushRequest request{client, 0, {{mutation, changes}}};
        return server.request("POST", QStringLiteral("/v1/push"), protocol::encode(request), token);
    };
    const auto push = [&](const QString &entity, const QString &id, const QString &field,
                          const QJsonValue &value, qint64 mutation) {
        return pushChanges(
            {{entity, id, field, value, QStringLiteral("0190000000aa-0000-") + client}}, mutation);
    };
    // His own appointment, then someone else's confidential one, then a task not his.
    HttpResult r = push(QStringLiteral("appointments"), s.appointment, QStringLiteral("title"),
                        QStringLiteral("Overschreven"), 1);
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.errorCode(), QStringLiteral("forbidden"));
    r = push(QStringLiteral("tasks"), s.task, QStringLiteral("status"), QStringLiteral("done"), 1);
    EXPECT_EQ(r.status, 403);
    r = push(QStringLiteral("people"), PeopleRepo(joris.db()).resolve(QStringLiteral("joris")).id,
             QStringLiteral("role"), QStringLiteral("director"), 1);
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(server.version(token), before);
    // Nothing was stored: Sanne still has the task as it was.
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(TaskRepo(sanne.db()).byId(s.task)->status, TaskStatus::Open);
    EXPECT_EQ(AgendaRepo(sanne.db()).byId(s.appointment)->title, kSecrets[0]);
    // And what he may write goes through, numbered from 1 again since nothing was kept.
    r = pushChanges(newTaskChanges(QStringLiteral("01900000-0000-7000-8000-0000000000cc"),
                                   joris.personId(), QStringLiteral("Deur laten repareren"),
                                   client),
                    1);
    EXPECT_EQ(r.status, 200) << r.body.constData();
    // A new record must come whole, under a parent that exists.
    r = push(QStringLiteral("checklist_incidents"),
             QStringLiteral("01900000-0000-7000-8000-0000000000cd"), QStringLiteral("text"),
             QStringLiteral("Deur klemt"), 2);
    EXPECT_EQ(r.errorCode(), QStringLiteral("incomplete_record"));
    QList<protocol::Change> orphan;
    for (const char *field : {"run_id", "at_utc", "text", "reported_by"}) {
        const QLatin1String name(field);
        orphan << protocol::Change{
            QStringLiteral("checklist_incidents"),
            QStringLiteral("01900000-0000-7000-8000-0000000000ce"), name,
            name == QLatin1String("at_utc") ? QJsonValue(1'790'000'000'000LL)
            : name == QLatin1String("reported_by")
                ? QJsonValue(joris.personId())
                : QJsonValue(QStringLiteral("01900000-0000-7000-8000-000000000404")),
            QStringLiteral("0190000000aa-0000-") + client};
    }
    r = pushChanges(orphan, 2);
    EXPECT_EQ(r.errorCode(), QStringLiteral("unknown_parent"));
}

// Maarten delegated a task to Sanne, her device got it, then he handed it to Lotte.
class ReassignedTask : public ::testing::Test {
protected:
    void SetUp() override
    {
        id = delegate(maarten, sanne, "Lunch reserveren");
        ASSERT_TRUE(maarten.sync());
        ASSERT_TRUE(sanne.sync());
        ASSERT_TRUE(TaskRepo(sanne.db()).byId(id).has_value());
        TaskRepo(maarten.db()).update(id, {.assignee = lotte.personId()});
        ASSERT_TRUE(maarten.sync());
    }
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    SyncedDevice maarten{server, QStringLiteral("maarten")};
    SyncedDevice sanne{server, QStringLiteral("sanne")};
    SyncedDevice lotte{server, QStringLiteral("lotte")};
    QString id;
};

TEST_F(ReassignedTask, IsWithdrawnFromTheDeviceOfWhoLostSightOfIt)
{
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(lotte.sync());
    EXPECT_FALSE(TaskRepo(sanne.db()).byId(id).has_value());
    EXPECT_TRUE(TaskRepo(lotte.db()).byId(id).has_value());
}

TEST(Permissions, AMeetingTurnedConfidentialTakesItsMovedInstancesAlong)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice maarten(server, QStringLiteral("maarten")), joris(server, QStringLiteral("joris"));
    AgendaRepo agenda(maarten.db());
    Appointment a;
    a.owner = maarten.personId();
    a.title = QStringLiteral("Wekelijks overleg");
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    a.rrule = QStringLiteral("FREQ=WEEKLY");
    const QString series = agenda.add(a, true);
    agenda.moveInstance(series, a.startUtc + 7 * 86'400'000LL, a.startUtc + 8 * 86'400'000LL,
                        a.endUtc + 8 * 86'400'000LL);
    const QString exception = maarten.db().pendingChanges(100000).last().recordId;
    {
        Database::Transaction tx(maarten.db());
        maarten.db().update(
            QStringLiteral("appointment_exceptions"), exception,
            {{QStringLiteral("title"), QStringLiteral("Verplaatst: overname bespreken")}});
        tx.commit();
    }
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    const auto title = [&] {
        return joris.db()
            .get(QStringLiteral("appointment_exceptions"), exception)
            ->value(QStringLiteral("title"))
            .toString();
    };
    EXPECT_EQ(title(), QStringLiteral("Verplaatst: overname bespreken"));
    agenda.update(series, {.confidential = true}, true);
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_TRUE(title().isEmpty())
        << "the moved instance kept its title on a device that may not read it";
}

TEST_F(ReassignedTask, IsWithdrawnAlsoFromADeviceThatStartsOver)
{
    // Sanne's device starts over (another epoch) before it ever heard of the change.
    followAnotherEpoch(sanne);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(waitFor([&] {
        return sanne.client().state() == client::SyncClient::State::Idle &&
               !TaskRepo(sanne.db()).byId(id).has_value();
    }));
}

namespace {
// Signs the device's store in again, as the app and spilctl do after a sign-out.
QString signInAgain(SyncedDevice &device, const ServerProcess &server, const QString &user)
{
    QString error = QStringLiteral("no answer");
    bool done = false;
    device.client().login(server.url(), user, QStringLiteral("spil-demo"), QStringLiteral("test"),
                          [&](const QString &e) {
                              error = e;
                              done = true;
                          });
    if (!waitFor([&] { return done; }))
        return QStringLiteral("no answer");
    return error;
}

QStringList rejectedCodes(Database &db)
{
    QStringList codes;
    auto &q = db.run(QStringLiteral("SELECT DISTINCT code FROM rejected_changes ORDER BY code"));
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}
} // namespace

TEST(Permissions, AClientIdBelongsToTheDeviceThatFirstPushedWithIt)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten"));
    Task t;
    t.title = QStringLiteral("Agenda doorlopen");
    t.assignee = t.createdBy = sanne.personId();
    TaskRepo(sanne.db()).add(t);
    ASSERT_TRUE(sanne.sync());
    const QString stolen = sanne.db().clientId();

    // Her client id is on every stamp she writes; another sign-in pushes with it, with the
    // next mutation number so that her own next change would be taken for a replay.
    const QString joris = server.login(QStringLiteral("joris"));
    const QString another = server.login(QStringLiteral("sanne"));
    for (const QString &token : {joris, another}) {
        const protocol::PushRequest takeover{
            stolen,
            0,
            {{2, newTaskChanges(QStringLiteral("01900000-0000-7000-8000-00000000cafe"),
                                server.personId(QStringLiteral("joris")),
                                QStringLiteral("Overgenomen"), stolen)}}};
        const HttpResult r =
            server.request("POST", QStringLiteral("/v1/push"), protocol::encode(takeover), token);
        EXPECT_EQ(r.status, 403) << r.body.constData();
        EXPECT_EQ(r.errorCode(), QStringLiteral("client_taken"));
    }
    // Her device goes on as if nothing happened.
    t.title = QStringLiteral("Reis boeken");
    TaskRepo(sanne.db()).add(t);
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().pendingCount(), 0);
    EXPECT_EQ(sanne.db().rejectedCount(), 0);
    const HttpResult pull =
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, another);
    EXPECT_TRUE(pull.body.contains("Reis boeken"));
    EXPECT_FALSE(pull.body.contains("Overgenomen"));
}

TEST(Permissions, AStoreSigningInAgainKeepsTheChangesWaitingInIt)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne"));
    Task t;
    t.title = QStringLiteral("Eerste taak");
    t.assignee = t.createdBy = sanne.personId();
    TaskRepo(sanne.db()).add(t);
    ASSERT_TRUE(sanne.sync());
    const QString before = sanne.db().clientId();

    // Changes made while signed out (here: after the administrator revoked the device).
    ASSERT_GT(server.revokeDevicesOf(QStringLiteral("sanne")), 0);
    for (const char *title : {"Tweede taak", "Derde taak"}) {
        t.title = QLatin1String(title);
        TaskRepo(sanne.db()).add(t);
    }
    EXPECT_FALSE(sanne.sync());
    EXPECT_EQ(sanne.client().state(), client::SyncClient::State::LoggedOut);
    ASSERT_EQ(sanne.db().pendingCount(), qint64(2 * entity(QStringLiteral("tasks")).fields.size()));

    ASSERT_EQ(signInAgain(sanne, server, QStringLiteral("sanne")), QString());
    EXPECT_NE(sanne.db().clientId(), before) << "a store signing in again takes a new client id";
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().pendingCount(), 0);
    EXPECT_EQ(sanne.db().rejectedCount(), 0);
    const HttpResult pull = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                                           server.login(QStringLiteral("sanne")));
    for (const char *title : {"Eerste taak", "Tweede taak", "Derde taak"})
        EXPECT_TRUE(pull.body.contains(title)) << title;
    // And once more after signing out of her own accord.
    bool out = false;
    QObject listening; // ends the connection before `out` goes
    QObject::connect(&sanne.client(), &client::SyncClient::loggedOut, &listening,
                     [&] { out = true; });
    sanne.client().logout();
    ASSERT_TRUE(waitFor([&] { return out; }));
    t.title = QStringLiteral("Vierde taak");
    TaskRepo(sanne.db()).add(t);
    ASSERT_EQ(signInAgain(sanne, server, QStringLiteral("sanne")), QString());
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().pendingCount(), 0);
    EXPECT_TRUE(server
                    .request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {},
                             server.login(QStringLiteral("sanne")))
                    .body.contains("Vierde taak"));
}

TEST(Permissions, NobodyActsInSomeoneElsesName)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice joris(server, QStringLiteral("joris")), maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(joris.sync());
    const QString him = maarten.personId(), me = joris.personId();

    // Over the wire: a task "delegated by" the director.
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000f1");
    QList<protocol::Change> task =
        newTaskChanges(QStringLiteral("01900000-0000-7000-8000-0000000000f2"), me,
                       QStringLiteral("Bonus"), client);
    for (protocol::Change &c : task) {
        if (c.field == QStringLiteral("delegated_by"))
            c.value = him;
    }
    const HttpResult r =
        server.request("POST", QStringLiteral("/v1/push"),
                       protocol::encode(protocol::PushRequest{client, 0, {{1, task}}}),
                       server.login(QStringLiteral("joris")));
    EXPECT_EQ(r.status, 403) << r.body.constData();
    EXPECT_EQ(r.errorCode(), QStringLiteral("forged_author"));

    // Through his device, each way a record names who acted.
    Task delegated;
    delegated.title = QStringLiteral("Salarisverhoging Joris");
    delegated.assignee = me;
    delegated.createdBy = me;
    delegated.delegatedBy = him;
    TaskRepo(joris.db()).add(delegated);
    Task created = delegated;
    created.title = QStringLiteral("Opdracht van Maarten");
    created.createdBy = him;
    created.delegatedBy.clear();
    TaskRepo(joris.db()).add(created);
    Appointment a;
    a.owner = me;
    a.title = QStringLiteral("Ingepland door Maarten");
    a.createdBy = him;
    a.startUtc = 1'800'000'000'000LL;
    a.endUtc = a.startUtc + 3'600'000;
    AgendaRepo(joris.db()).add(a, true);
    ChecklistRepo checklists(joris.db());
    const ChecklistRun run = checklists.runs().first();
    ChecklistItem open;
    for (const ChecklistItem &item : checklists.items(run.id)) {
        if (item.status == ChecklistItemStatus::Open)
            open = item;
    }
    ASSERT_FALSE(open.id.isEmpty());
    checklists.tick(open.id, him);
    checklists.addIncident(run.id, QStringLiteral("Gemeld door Maarten"), him);
    checklists.startRun(run.templateId, QStringLiteral("Gestart door Maarten"), QDate(2027, 1, 4),
                        QStringLiteral("Europe/Amsterdam"), him);
    // Refused actions are renumbered away: each is told apart by its stamp.
    const auto refused = [&] {
        return joris.db()
            .scalar(QStringLiteral("SELECT COUNT(DISTINCT hlc) FROM rejected_changes"))
            .toInt();
    };
    joris.client().syncNow();
    // Each refused action is set aside, and the server's values are pulled back over it.
    ASSERT_TRUE(waitFor([&] {
        return joris.db().pendingCount() == 0 && refused() == 6 &&
               joris.client().state() == client::SyncClient::State::Idle;
    })) << refused()
        << " actions refused, " << joris.db().pendingCount()
        << " changes waiting: " << joris.client().lastError().toStdString();
    EXPECT_EQ(rejectedCodes(joris.db()), QStringList{QStringLiteral("forged_author")});
    ASSERT_TRUE(maarten.sync());
    for (const char *forged :
         {"Ingepland door Maarten", "Gemeld door Maarten", "Gestart door Maarten"})
        EXPECT_FALSE(storeHas(maarten.db(), forged)) << forged;

    // What he does in his own name goes through: handing work to the director, ticking an
    // item, reporting an incident.
    Task mine = delegated;
    mine.title = QStringLiteral("Offerte voor Maarten");
    mine.assignee = him;
    mine.delegatedBy = me;
    TaskRepo(joris.db()).add(mine);
    checklists.tick(open.id, me);
    checklists.addIncident(run.id, QStringLiteral("Gemeld door Joris"), me);
    // (The numbers the refused actions left free are closed by a renumbering first.)
    joris.client().syncNow();
    EXPECT_TRUE(waitFor([&] {
        return joris.db().pendingCount() == 0 &&
               joris.client().state() == client::SyncClient::State::Idle;
    })) << joris.db().pendingCount()
        << " changes waiting";
    EXPECT_EQ(refused(), 6);
    ASSERT_TRUE(maarten.sync());
    EXPECT_TRUE(storeHas(maarten.db(), "Offerte voor Maarten"));
    EXPECT_TRUE(storeHas(maarten.db(), "Gemeld door Joris"));
}

TEST_F(ReassignedTask, WhoHandsATaskOnBecomesItsDelegator)
{
    // Sanne hands Maarten's task on to Lotte as the app does: she is its delegator now.
    ASSERT_TRUE(sanne.sync());
    const QString again = delegate(maarten, sanne, "Taxi bestellen");
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.sync());
    TaskRepo(sanne.db()).handTo(again, lotte.personId(), sanne.personId());
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().rejectedCount(), 0);
    ASSERT_TRUE(lotte.sync());
    EXPECT_EQ(TaskRepo(lotte.db()).byId(again)->delegatedBy, sanne.personId());
}
