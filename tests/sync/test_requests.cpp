// SPDX-License-Identifier: GPL-3.0-or-later
#include "Harness.h"

#include "core/requests/RequestRepo.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "sync/protocol/Protocol.h"

#include <QJsonArray>

using namespace spil;
using namespace spil::test;

// The request queue of a director is read and written by the assistants who serve him and
// the office manager; the director reads a request only once it was forwarded to him (or he
// decided it) and writes only his decision; staff and admins never see it (docs/
// sync-protocol.md, "Permissions"). The demo office the server starts with holds six
// requests for Maarten (served by Sanne and Lotte; one forwarded, one forwarded and
// accepted) and one for Ingrid (served by Lotte).
namespace {
const QString kRequest = QStringLiteral("01900000-0000-7000-8000-00000000e0e0");

QList<protocol::Change> requestChanges(const QString &director, const QString &createdBy,
                                       const QString &client,
                                       RequestDecision decision = RequestDecision::Pending,
                                       RequestState state = RequestState::New)
{
    Request r;
    r.director = director;
    r.requester = QStringLiteral("Henk Vos");
    r.subject = QStringLiteral("Schoonmaakcontract");
    r.fromDate = QDate(2026, 12, 1);
    r.toDate = QDate(2026, 12, 18);
    r.createdAt = 1'790'000'000'000;
    r.createdBy = createdBy;
    r.decision = decision;
    r.state = state;
    return recordChanges(QStringLiteral("requests"), kRequest, RequestRepo::toRecord(r), client);
}

protocol::Change fieldChange(const QString &id, const char *field, const QJsonValue &value,
                             const QString &client)
{
    // Stamped after the server's own, so that the change would win its field's merge.
    return {QStringLiteral("requests"), id, QString::fromLatin1(field), value,
            HlcStamp{1'900'000'000'000, 0, client}.toString()};
}

QString idOf(const QMap<QString, QJsonObject> &requests, const char *subject)
{
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        if (it->value(QStringLiteral("subject")).toString() == QLatin1String(subject))
            return it.key();
    }
    return {};
}

QStringList subjectsIn(const QList<Request> &requests)
{
    QStringList out;
    for (const Request &r : requests)
        out << r.subject;
    out.sort();
    return out;
}
} // namespace

TEST(Requests, TheQueueReachesTheDirectorsSideAndHimOnlyWhatWasForwarded)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    EXPECT_EQ(pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("requests")).size(), 7);
    EXPECT_EQ(pulledRecords(server, QStringLiteral("lotte"), QStringLiteral("requests")).size(), 8);
    EXPECT_EQ(pulledRecords(server, QStringLiteral("fatima"), QStringLiteral("requests")).size(),
              8);
    EXPECT_EQ(pulledRecords(server, QStringLiteral("ingrid"), QStringLiteral("requests")).size(),
              0);
    const auto maarten =
        pulledRecords(server, QStringLiteral("maarten"), QStringLiteral("requests"));
    EXPECT_EQ(maarten.size(), 2);
    for (const QJsonObject &r : maarten)
        EXPECT_EQ(r.value(QStringLiteral("state")).toString(), QStringLiteral("forwarded"));
    // Staff never see the queue, not even that there is one.
    const HttpResult staff = server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"),
                                            {}, server.login(QStringLiteral("joris")));
    EXPECT_EQ(staff.status, 200);
    EXPECT_FALSE(staff.body.contains("\"requests\""));
    EXPECT_FALSE(staff.body.contains("Q1 investor update"));
}

TEST(Requests, AForgedOrForbiddenWriteIsRefusedWith403AndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString ingrid = server.personId(QStringLiteral("ingrid"));
    const QString sanne = server.personId(QStringLiteral("sanne"));
    const QString joris = server.personId(QStringLiteral("joris"));
    const QString jorisToken = server.login(QStringLiteral("joris"));
    const QString sanneToken = server.login(QStringLiteral("sanne"));
    const QString ingridToken = server.login(QStringLiteral("ingrid"));
    const QString maartenToken = server.login(QStringLiteral("maarten"));
    const qint64 before = server.version(jorisToken);
    const auto queue = pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("requests"));
    const QString forwarded = idOf(queue, "Q1 investor update");
    const QString fresh = idOf(queue, "Bedrijventerrein Lage Weide");
    ASSERT_FALSE(forwarded.isEmpty());
    ASSERT_FALSE(fresh.isEmpty());
    const QString c1 = QStringLiteral("01900000-0000-7000-8000-0000000000d1");
    const QString c2 = QStringLiteral("01900000-0000-7000-8000-0000000000d2");
    const QString c3 = QStringLiteral("01900000-0000-7000-8000-0000000000d3");
    const QString c4 = QStringLiteral("01900000-0000-7000-8000-0000000000d4");

    const struct {
        QString token, client;
        QList<protocol::Change> changes;
        const char *code, *what;
    } refused[] = {
        {jorisToken, c1, requestChanges(maarten, joris, c1), "forbidden", "staff add a request"},
        {jorisToken,
         c1,
         {fieldChange(fresh, "subject", QStringLiteral("x"), c1)},
         "forbidden",
         "staff change a request"},
        {ingridToken, c2, requestChanges(maarten, ingrid, c2), "forbidden",
         "a director adds to another director's queue"},
        {sanneToken, c3, requestChanges(ingrid, sanne, c3), "forbidden",
         "an assistant adds to the queue of a director she does not serve"},
        {sanneToken,
         c3,
         {fieldChange(fresh, "director", ingrid, c3)},
         "forbidden",
         "an assistant moves a request to another director"},
        {sanneToken, c3, requestChanges(maarten, sanne, c3, RequestDecision::Accepted), "forbidden",
         "an assistant adds a request the director decided"},
        {sanneToken,
         c3,
         {fieldChange(forwarded, "decision", QStringLiteral("accepted"), c3)},
         "forbidden",
         "an assistant decides for the director"},
        {sanneToken,
         c3,
         {fieldChange(forwarded, "decision_note", QStringLiteral("ja"), c3)},
         "forbidden",
         "an assistant writes the director's note"},
        {sanneToken, c3, requestChanges(maarten, maarten, c3), "forged_author",
         "a request added in someone else's name"},
        {maartenToken, c4,
         requestChanges(maarten, maarten, c4, RequestDecision::Pending, RequestState::Forwarded),
         "forbidden", "the director adds a request"},
        {maartenToken,
         c4,
         {fieldChange(forwarded, "state", QStringLiteral("scheduled"), c4)},
         "forbidden",
         "the director changes more than his decision"},
        {maartenToken,
         c4,
         {fieldChange(forwarded, "decision", QStringLiteral("accepted"), c4),
          fieldChange(forwarded, "minutes", 120, c4)},
         "forbidden",
         "the director's decision with another field"},
        {maartenToken,
         c4,
         {fieldChange(forwarded, "deleted", true, c4)},
         "forbidden",
         "the director removes a request"},
        {maartenToken,
         c4,
         {fieldChange(fresh, "decision", QStringLiteral("declined"), c4)},
         "forbidden",
         "the director decides a request not forwarded to him"},
    };
    for (const auto &r : refused) {
        const HttpResult result = pushChanges(server, r.token, r.client, r.changes);
        EXPECT_EQ(result.status, 403) << r.what << ": " << result.body.constData();
        EXPECT_EQ(result.errorCode(), QLatin1String(r.code)) << r.what;
    }
    EXPECT_EQ(server.version(jorisToken), before) << "a refused push stored something";
    EXPECT_EQ(pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("requests"))
                  .value(forwarded)
                  .value(QStringLiteral("decision"))
                  .toString(),
              QStringLiteral("pending"));

    // What they may do goes through: Sanne adds a request for Maarten, Maarten decides the
    // one forwarded to him.
    HttpResult ok = pushChanges(server, sanneToken, c3, requestChanges(maarten, sanne, c3));
    EXPECT_EQ(ok.status, 200) << ok.body.constData();
    ok = pushChanges(server, maartenToken, c4,
                     {fieldChange(forwarded, "decision", QStringLiteral("declined"), c4),
                      fieldChange(forwarded, "decision_note", QStringLiteral("Niet nu"), c4)});
    EXPECT_EQ(ok.status, 200) << ok.body.constData();
    EXPECT_EQ(pulledRecords(server, QStringLiteral("sanne"), QStringLiteral("requests"))
                  .value(forwarded)
                  .value(QStringLiteral("decision"))
                  .toString(),
              QStringLiteral("declined"));
    EXPECT_FALSE(pulledRecords(server, QStringLiteral("maarten"), QStringLiteral("requests"))
                     .contains(kRequest));
}

TEST(Requests, BadInputOnEveryFieldIsRefusedAndStoresNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString maarten = server.personId(QStringLiteral("maarten"));
    const QString token = server.login(QStringLiteral("sanne"));
    const qint64 before = server.version(token);
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000b2");
    expectBadRequests(
        server, token, client, kRequest,
        {
            {"requests", "director", QJsonArray{maarten}, "a director that is a list"},
            {"requests", "contact_id", 7, "a contact that is not text"},
            {"requests", "requester", false, "who asks as a flag"},
            {"requests", "subject", 42, "a subject that is not text"},
            {"requests", "minutes", QStringLiteral("sixty"), "minutes as words"},
            {"requests", "minutes", 1.5, "minutes that are not whole"},
            {"requests", "from_date", 20261201, "a date as a number"},
            {"requests", "to_date", QJsonArray{}, "a date as a list"},
            {"requests", "importance", 3, "an importance that is not text"},
            {"requests", "via", QJsonObject{}, "via as an object"},
            {"requests", "language", true, "a language that is not text"},
            {"requests", "state", QJsonArray{}, "a state that is not text"},
            {"requests", "created_at", QStringLiteral("yesterday"), "a creation time as words"},
            {"requests", "created_by", 1, "a creator that is not text"},
            {"requests", "appointment_id", 5, "an appointment that is not text"},
            {"requests", "decision", 1, "a decision that is not text"},
            {"requests", "decision_note", QJsonArray{}, "a note as a list"},
            {"requests", "decided_at", QStringLiteral("now"), "a decision time as words"},
            {"requests", "forwarded_at", QStringLiteral("today"), "a forward time as words"},
            {"requests", "priority", QStringLiteral("high"), "a field requests do not have"},
        });
    EXPECT_EQ(server.version(token), before) << "a refused push stored something";
}

TEST(Requests, ForwardedReachesTheDirectorsDeviceHisWordComesBackAndStaffHoldNothing)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten")),
        joris(server, QStringLiteral("joris"));
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(joris.sync());
    EXPECT_EQ(subjectsIn(RequestRepo(maarten.db()).of({})),
              (QStringList{"Interview Het Financieele Dagblad", "Q1 investor update"}));
    EXPECT_EQ(RequestRepo(sanne.db()).of({}).size(), 7);

    // Sanne forwards one: it arrives on Maarten's device; he declines it there.
    RequestRepo queue(sanne.db());
    const Request lageWeide = [&] {
        for (const Request &r : queue.of({}))
            if (r.subject == QStringLiteral("Bedrijventerrein Lage Weide"))
                return r;
        return Request{};
    }();
    ASSERT_FALSE(lageWeide.id.isEmpty());
    // Forwarded by mistake and taken back at once: it leaves his device again, whole.
    queue.forward(lageWeide.id);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(RequestRepo(maarten.db()).byId(lageWeide.id));
    queue.takeBack(lageWeide.id, lageWeide.state);
    ASSERT_TRUE(sanne.sync());
    EXPECT_EQ(sanne.db().pendingCount(), 0) << "taking the forward back was not accepted";
    ASSERT_TRUE(maarten.sync());
    EXPECT_FALSE(RequestRepo(maarten.db()).byId(lageWeide.id));
    EXPECT_FALSE(storeHolds(maarten.db(), lageWeide.subject));
    queue.forward(lageWeide.id);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(RequestRepo(maarten.db()).byId(lageWeide.id));
    // A tap on Accept by mistake, taken back with Undo: the server takes both from him,
    // and Sanne's device has it waiting for his word again.
    RequestRepo(maarten.db()).decide(lageWeide.id, RequestDecision::Accepted, {});
    ASSERT_TRUE(maarten.sync());
    RequestRepo(maarten.db()).undecide(lageWeide.id);
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(maarten.db().pendingCount(), 0) << "taking his word back was not accepted";
    ASSERT_TRUE(sanne.sync());
    EXPECT_TRUE(waitsForDecision(*queue.byId(lageWeide.id)));
    RequestRepo(maarten.db())
        .decide(lageWeide.id, RequestDecision::Rejected, QStringLiteral("Past niet in Q1"));
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(maarten.db().pendingCount(), 0) << "the director's decision was not accepted";
    ASSERT_TRUE(sanne.sync());
    const Request decided = *queue.byId(lageWeide.id);
    EXPECT_EQ(decided.decision, RequestDecision::Rejected);
    EXPECT_EQ(decided.decisionNote, QStringLiteral("Past niet in Q1"));
    // Sanne answers no; the director keeps what he decided.
    queue.decline(lageWeide.id);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(RequestRepo(maarten.db()).byId(lageWeide.id)->state, RequestState::Declined);

    // Scheduling books the appointment and the state as one mutation, on every device.
    const Request accepted = [&] {
        for (const Request &r : queue.of({}))
            if (r.decision == RequestDecision::Accepted)
                return r;
        return Request{};
    }();
    ASSERT_FALSE(accepted.id.isEmpty());
    const QList<Interval> slots = queue.proposals(accepted);
    ASSERT_FALSE(slots.isEmpty());
    const QString appointment = queue.schedule(accepted.id, slots.first().start, sanne.personId());
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(RequestRepo(maarten.db()).byId(accepted.id)->appointmentId, appointment);
    EXPECT_TRUE(maarten.db().get(QStringLiteral("appointments"), appointment).has_value());

    // A staff device holds no request at all.
    ASSERT_TRUE(joris.sync());
    EXPECT_TRUE(RequestRepo(joris.db()).of({}).isEmpty());
    EXPECT_FALSE(joris.db().scalar(QStringLiteral("SELECT count(*) FROM requests")).toInt() > 0);
}

TEST(Requests, HisWordGivenOfflineStandsWhenTheForwardWasTakenBackMeanwhile)
{
    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    SyncedDevice sanne(server, QStringLiteral("sanne")), maarten(server, QStringLiteral("maarten"));
    ASSERT_TRUE(sanne.sync());
    RequestRepo queue(sanne.db());
    QString id;
    for (const Request &r : queue.of({}))
        if (r.subject == QStringLiteral("Bedrijventerrein Lage Weide"))
            id = r.id;
    ASSERT_FALSE(id.isEmpty());
    queue.forward(id);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    // On the plane he says yes; on the ground she takes the forward back before it arrives.
    RequestRepo(maarten.db()).decide(id, RequestDecision::Accepted, QStringLiteral("Graag"));
    queue.takeBack(id, RequestState::New);
    ASSERT_TRUE(sanne.sync());
    ASSERT_TRUE(maarten.sync());
    EXPECT_EQ(maarten.db().pendingCount(), 0) << "his word was refused";
    const auto mine = RequestRepo(maarten.db()).byId(id);
    ASSERT_TRUE(mine) << "the request left his device with his word";
    EXPECT_EQ(mine->decision, RequestDecision::Accepted);
    ASSERT_TRUE(sanne.sync());
    const Request hers = *queue.byId(id);
    EXPECT_EQ(hers.state, RequestState::New);
    EXPECT_EQ(hers.decision, RequestDecision::Accepted);
    EXPECT_EQ(hers.decisionNote, QStringLiteral("Graag"));
    EXPECT_NO_THROW(queue.propose(id)) << "she could not act on his yes";

    // One never put to him stays out of his reach, by id or not.
    const QString token = server.login(QStringLiteral("maarten"));
    QString fresh;
    for (const Request &r : queue.of({}))
        if (r.forwardedAt == 0 && r.decision == RequestDecision::Pending)
            fresh = r.id;
    ASSERT_FALSE(fresh.isEmpty());
    const QString client = QStringLiteral("01900000-0000-7000-8000-0000000000d5");
    const HttpResult refused =
        pushChanges(server, token, client,
                    {fieldChange(fresh, "decision", QStringLiteral("accepted"), client)});
    EXPECT_EQ(refused.status, 403) << refused.body.constData();

    // Put to him, taken back and then moved to Ingrid (Lotte serves both): it was never put
    // to her, so her word is refused; and a request removed after the take-back takes none.
    queue.forward(fresh);
    ASSERT_TRUE(sanne.sync());
    queue.takeBack(fresh, RequestState::New);
    ASSERT_TRUE(sanne.sync());
    const QString lotteClient = QStringLiteral("01900000-0000-7000-8000-0000000000d6");
    const HttpResult moved = pushChanges(
        server, server.login(QStringLiteral("lotte")), lotteClient,
        {fieldChange(fresh, "director", server.personId(QStringLiteral("ingrid")), lotteClient)});
    ASSERT_EQ(moved.status, 200) << moved.body.constData();
    const QString ingridClient = QStringLiteral("01900000-0000-7000-8000-0000000000d7");
    const HttpResult ingrids =
        pushChanges(server, server.login(QStringLiteral("ingrid")), ingridClient,
                    {fieldChange(fresh, "decision", QStringLiteral("accepted"), ingridClient)});
    EXPECT_EQ(ingrids.status, 403) << "a request never put to her took her word";
    QString removed;
    for (const Request &r : queue.of({}))
        if (r.id != id && r.id != fresh && r.decision == RequestDecision::Pending &&
            r.state != RequestState::Forwarded && isOpen(r.state))
            removed = r.id;
    ASSERT_FALSE(removed.isEmpty());
    queue.forward(removed);
    ASSERT_TRUE(sanne.sync());
    queue.takeBack(removed, RequestState::New);
    queue.remove(removed);
    ASSERT_TRUE(sanne.sync());
    const HttpResult gone =
        pushChanges(server, token, client,
                    {fieldChange(removed, "decision", QStringLiteral("accepted"), client)});
    EXPECT_EQ(gone.status, 403) << "a removed request took his word";
}
