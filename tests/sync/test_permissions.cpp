#include "Harness.h"

#include "agenda/AgendaRepo.h"
#include "people/PeopleRepo.h"
#include "protocol/Protocol.h"
#include "tasks/TaskRepo.h"

#include <QJsonArray>
#include <QJsonDocument>

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

Secrets writeSecrets(Device &maarten, const QString &sanne)
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
    Device maarten(server, QStringLiteral("maarten")), sanne(server, QStringLiteral("sanne"));
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
    Device fatima(server, QStringLiteral("fatima"));
    ASSERT_TRUE(fatima.sync());
    EXPECT_TRUE(TaskRepo(fatima.db()).byId(s.task).has_value());
    EXPECT_TRUE(AgendaRepo(fatima.db()).byId(s.appointment)->title.isEmpty());

    // The events socket only ever says which version exists.
    EventsSocket events(server, server.login(QStringLiteral("joris")));
    ASSERT_TRUE(waitFor([&] { return !events.messages().isEmpty(); }));
    TaskRepo(maarten.db()).update(s.task, {{QStringLiteral("notes"), kSecrets[5]}});
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(waitFor([&] { return events.messages().size() >= 2; }));
    for (const QString &m : events.messages()) {
        expectNoSecret(m.toUtf8(), "events");
        EXPECT_GT(protocol::decodePoke(m.toUtf8()), 0);
    }
}

TEST(Permissions, APushToARecordTheUserMayNotWriteIsRefusedWhole)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    Device maarten(server, QStringLiteral("maarten")), sanne(server, QStringLiteral("sanne")),
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
    EXPECT_EQ(TaskRepo(sanne.db()).byId(s.task)->status, QStringLiteral("open"));
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
    for (const char *field : {"run_id", "at_utc", "text", "reported_by"})
        orphan << protocol::Change{
            QStringLiteral("checklist_incidents"),
            QStringLiteral("01900000-0000-7000-8000-0000000000ce"), QLatin1String(field),
            QLatin1String(field) == QLatin1String("at_utc")
                ? QJsonValue(1'790'000'000'000LL)
                : QJsonValue(QStringLiteral("01900000-0000-7000-8000-000000000404")),
            QStringLiteral("0190000000aa-0000-") + client};
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
        TaskRepo(maarten.db()).update(id, {{QStringLiteral("assignee"), lotte.personId()}});
        ASSERT_TRUE(maarten.sync());
    }
    ServerProcess server{QStringLiteral(SPIL_SERVER_PATH)};
    Device maarten{server, QStringLiteral("maarten")};
    Device sanne{server, QStringLiteral("sanne")};
    Device lotte{server, QStringLiteral("lotte")};
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
    Device maarten(server, QStringLiteral("maarten")), joris(server, QStringLiteral("joris"));
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
    agenda.update(series, {{QStringLiteral("confidential"), true}}, true);
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
