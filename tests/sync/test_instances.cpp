// SPDX-License-Identifier: GPL-3.0-or-later
// Several spil-server instances over one PostgreSQL database, as behind a load balancer:
// pokes cross instances, concurrent pushes converge, a reader never skips a version, and
// an instance killed under load loses no acknowledged write. Always on PostgreSQL.
#include "Harness.h"
#include "PgCluster.h"

#include "core/checklists/ChecklistRepo.h"
#include "core/store/Hlc.h"
#include "core/store/Uuid7.h"
#include "core/tasks/TaskRepo.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

using namespace spil;
using namespace spil::test;

namespace {
ServerProcess::Backend postgres = ServerProcess::Backend::Postgres;

// A run's items and incidents as every device should hold them (incidents of the same
// millisecond in id order: each store lists those in the order it received them).
QStringList checklistState(Database &db)
{
    QStringList out;
    ChecklistRepo repo(db);
    for (const ChecklistRun &run : repo.runs()) {
        for (const ChecklistItem &item : repo.items(run.id))
            out << item.title + QLatin1Char('=') + toText(item.status) + QLatin1Char('/') +
                       item.notes;
        QStringList incidents;
        for (const Incident &incident : repo.incidents(run.id))
            incidents << incident.id + QLatin1Char(':') + incident.text;
        incidents.sort();
        out += incidents;
    }
    return out;
}

// Starts a sync on every device at once and waits for all of them.
bool syncTogether(const QList<SyncedDevice *> &devices)
{
    int finished = 0, ok = 0;
    QList<QMetaObject::Connection> connections;
    for (SyncedDevice *d : devices) {
        connections << QObject::connect(&d->client(), &client::SyncClient::synced, [&] {
            ++finished;
            ++ok;
        });
        connections << QObject::connect(&d->client(), &client::SyncClient::failed,
                                        [&] { ++finished; });
    }
    for (SyncedDevice *d : devices)
        d->client().syncNow();
    EXPECT_TRUE(waitFor([&] { return finished >= devices.size(); }, 30000))
        << "the syncs did not end";
    for (const auto &c : connections)
        QObject::disconnect(c);
    return ok == devices.size();
}

QString demoRun(const ServerProcess &server, const QString &token)
{
    const auto page = protocol::decodePullPage(
        server.request("GET", QStringLiteral("/v1/pull?since=0&limit=5000"), {}, token).body);
    for (const auto &r : page.records) {
        if (r.entity == QStringLiteral("checklist_runs"))
            return r.id;
    }
    return {};
}

// One device pushing incidents, one push at a time, to one instance; remembers which
// records the server acknowledged and at which version.
struct Pusher {
    const ServerProcess *server = nullptr;
    QString token;
    QString person; // the token's: an incident names who reported it
    QString run;
    QString clientId = makeUuid7(QDateTime::currentMSecsSinceEpoch());
    qint64 mutation = 0;
    int remaining = 0;
    bool inFlight = false;
    bool stopped = false;
    std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
    QSet<QString> acknowledged;
    QList<qint64> versions;
    QString failure;

    void next()
    {
        if (remaining <= 0 || stopped)
            return;
        --remaining;
        inFlight = true;
        const QString id = makeUuid7(QDateTime::currentMSecsSinceEpoch());
        const QString hlc = HlcStamp{QDateTime::currentMSecsSinceEpoch(), 0, clientId}.toString();
        protocol::Mutation m{++mutation, {}};
        const auto change = [&](const char *field, const QJsonValue &value) {
            m.changes << protocol::Change{QStringLiteral("checklist_incidents"), id,
                                          QLatin1String(field), value, hlc};
        };
        change("run_id", run);
        change("at_utc", QDateTime::currentMSecsSinceEpoch());
        change("text", QStringLiteral("Incident %1").arg(id));
        change("reported_by", person);
        QNetworkRequest request(QUrl(server->url() + QStringLiteral("/v1/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply =
            network->post(request, protocol::encode(protocol::PushRequest{clientId, 0, {m}}));
        QObject::connect(reply, &QNetworkReply::finished, [this, reply, id] {
            reply->deleteLater();
            inFlight = false;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                failure = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toString() +
                          QLatin1Char(' ') + QString::fromUtf8(reply->readAll());
                stopped = true; // this instance is gone: what it did not answer is unknown
                return;
            }
            acknowledged.insert(id);
            versions << protocol::decodePushReply(reply->readAll()).version;
            next();
        });
    }
    bool done() const { return stopped || (remaining <= 0 && !inFlight); }
};

// Incident ids the user reads, from a pull of everything.
QSet<QString> incidentsOn(const ServerProcess &server, const QString &token)
{
    QSet<QString> ids;
    qint64 since = 0;
    for (bool more = true; more;) {
        const auto page = protocol::decodePullPage(
            server
                .request("GET", QStringLiteral("/v1/pull?since=%1&limit=5000").arg(since), {},
                         token)
                .body);
        for (const auto &r : page.records) {
            if (r.entity == QStringLiteral("checklist_incidents"))
                ids.insert(r.id);
        }
        since = page.next;
        more = page.more;
    }
    return ids;
}
} // namespace

TEST(Instances, APokeReachesADeviceOnTheOtherInstanceWithinASecond)
{
    ServerProcess first(QStringLiteral(SPIL_SERVER_PATH), postgres);
    const auto second = first.anotherInstance();
    SyncedDevice maarten(first, QStringLiteral("maarten"));
    SyncedDevice sanne(*second, QStringLiteral("sanne"));
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.watch());

    // Several times over: the server's periodic poll alone (every 2 s) would miss the
    // second at least once.
    for (const char *title : {"Bel de notaris terug", "Stukken voor de rvb", "Taxi om 17:00"}) {
        const QString task = delegate(maarten, sanne, title, true);
        ASSERT_TRUE(maarten.sync());
        QElapsedTimer sinceAcknowledged;
        sinceAcknowledged.start();
        EXPECT_TRUE(waitFor([&] { return TaskRepo(sanne.db()).byId(task).has_value(); }, 1000))
            << "the task reached the other instance's device only after "
            << sinceAcknowledged.elapsed() << " ms";
    }
}

TEST(Instances, ConcurrentPushesToBothInstancesConverge)
{
    ServerProcess first(QStringLiteral(SPIL_SERVER_PATH), postgres);
    const auto second = first.anotherInstance();
    SyncedDevice fatima(first, QStringLiteral("fatima")), noor(first, QStringLiteral("noor"));
    SyncedDevice joris(*second, QStringLiteral("joris")),
        fatimaTablet(*second, QStringLiteral("fatima"));
    const QList<SyncedDevice *> all = {&fatima, &noor, &joris, &fatimaTablet};
    ASSERT_TRUE(syncTogether(all));

    for (int round = 0; round < 3; ++round) {
        // Everyone works on the same run at once: different items, and the same item's notes.
        for (int d = 0; d < all.size(); ++d) {
            ChecklistRepo repo(all[d]->db());
            const QString run = repo.runs().first().id;
            const auto items = repo.items(run);
            repo.tick(items[(round * all.size() + d) % items.size()].id, all[d]->personId());
            repo.setNotes(items[0].id, QStringLiteral("ronde %1 van %2").arg(round).arg(d));
            repo.addIncident(run, QStringLiteral("Melding %1/%2").arg(round).arg(d),
                             all[d]->personId());
        }
        ASSERT_TRUE(syncTogether(all));
    }
    // Two more rounds of syncing bring every device everything the others pushed.
    ASSERT_TRUE(syncTogether(all));
    ASSERT_TRUE(syncTogether(all));
    const QString expected = checklistState(fatima.db()).join(QLatin1Char('\n'));
    for (SyncedDevice *d : all) {
        EXPECT_EQ(checklistState(d->db()).join(QLatin1Char('\n')).toStdString(),
                  expected.toStdString());
        EXPECT_EQ(d->db().pendingCount(), 0);
    }
    EXPECT_EQ(
        ChecklistRepo(joris.db()).incidents(ChecklistRepo(joris.db()).runs().first().id).size(),
        1 + 3 * all.size());
    // Both instances answer with the same version: one counter.
    const QString token = first.login(QStringLiteral("fatima"));
    EXPECT_EQ(first.version(token), second->version(token));
}

TEST(Instances, AReaderNeverSkipsAVersionWhileBothInstancesCommit)
{
    ServerProcess first(QStringLiteral(SPIL_SERVER_PATH), postgres);
    const auto second = first.anotherInstance();
    const QString reader = first.login(QStringLiteral("fatima"));
    const QString run = demoRun(first, reader);
    ASSERT_FALSE(run.isEmpty());
    std::vector<std::unique_ptr<Pusher>> pushers;
    for (int i = 0; i < 6; ++i) {
        auto p = std::make_unique<Pusher>();
        p->server = i % 2 ? second.get() : &first;
        p->token = p->server->login(QStringLiteral("joris"));
        p->person = p->server->personId(QStringLiteral("joris"));
        p->run = run;
        p->remaining = 25;
        pushers.push_back(std::move(p));
    }
    // The reader starts where the store is before the first push, then pulls from either
    // instance while the pushes commit.
    QSet<QString> seen;
    qint64 cursor = first.version(reader);
    for (auto &p : pushers)
        p->next();
    const auto pullOnce = [&](const ServerProcess &from) {
        const auto page = protocol::decodePullPage(
            from.request("GET", QStringLiteral("/v1/pull?since=%1").arg(cursor), {}, reader).body);
        for (const auto &r : page.records)
            seen.insert(r.id);
        cursor = page.next;
        return page.more;
    };
    bool busy = true;
    for (int i = 0; busy; ++i) {
        busy =
            !std::all_of(pushers.begin(), pushers.end(), [](const auto &p) { return p->done(); });
        while (pullOnce(i % 2 ? *second : first)) {
        }
    }
    QSet<QString> acknowledged;
    QList<qint64> versions;
    for (const auto &p : pushers) {
        EXPECT_FALSE(p->stopped) << p->failure.toStdString();
        acknowledged += p->acknowledged;
        versions += p->versions;
    }
    EXPECT_EQ(acknowledged.size(), 150);
    // Every push took a version of its own, and the reader, moving on by versions only,
    // saw every record.
    EXPECT_EQ(QSet<qint64>(versions.begin(), versions.end()).size(), versions.size());
    EXPECT_TRUE(seen.contains(acknowledged)) << (acknowledged - seen).size() << " missed";
}

TEST(Instances, AnInstanceKilledUnderLoadLosesNoAcknowledgedWrite)
{
    ServerProcess first(QStringLiteral(SPIL_SERVER_PATH), postgres);
    const auto second = first.anotherInstance();
    const QString reader = second->login(QStringLiteral("fatima"));
    const QString run = demoRun(*second, reader);
    ASSERT_FALSE(run.isEmpty());
    std::vector<std::unique_ptr<Pusher>> pushers;
    for (int i = 0; i < 6; ++i) {
        auto p = std::make_unique<Pusher>();
        p->server = i % 2 ? second.get() : &first;
        p->token = p->server->login(QStringLiteral("joris"));
        p->person = p->server->personId(QStringLiteral("joris"));
        p->run = run;
        p->remaining = i % 2 ? 40 : 100000; // the first instance's pushers go on until it dies
        pushers.push_back(std::move(p));
    }
    for (auto &p : pushers)
        p->next();
    const auto acknowledgedByFirst = [&] {
        qsizetype n = 0;
        for (size_t i = 0; i < pushers.size(); i += 2)
            n += pushers[i]->acknowledged.size();
        return n;
    };
    ASSERT_TRUE(waitFor([&] { return acknowledgedByFirst() >= 60; }, 30000));
    first.kill9();
    ASSERT_TRUE(waitFor(
        [&] {
            return std::all_of(pushers.begin(), pushers.end(),
                               [](const auto &p) { return p->done(); });
        },
        30000));

    QSet<QString> acknowledged;
    for (size_t i = 0; i < pushers.size(); ++i) {
        EXPECT_EQ(pushers[i]->stopped, i % 2 == 0) << "pusher " << i;
        acknowledged += pushers[i]->acknowledged;
    }
    const QSet<QString> stored = incidentsOn(*second, reader);
    EXPECT_TRUE(stored.contains(acknowledged)) << (acknowledged - stored).size() << " lost";
    EXPECT_EQ(second->request("GET", QStringLiteral("/v1/health")).status, 200);
    // The killed instance comes back over the same database and serves the same records.
    first.restart();
    EXPECT_EQ(incidentsOn(first, reader), stored);
}

TEST(Instances, BothServeAndPokeAgainAfterPostgreSqlRestarts)
{
    ServerProcess first(QStringLiteral(SPIL_SERVER_PATH), postgres);
    const auto second = first.anotherInstance();
    SyncedDevice maarten(first, QStringLiteral("maarten"));
    SyncedDevice sanne(*second, QStringLiteral("sanne"));
    ASSERT_TRUE(maarten.sync());
    ASSERT_TRUE(sanne.watch());

    PgCluster::shared().restart();
    // The request that meets the cut connection fails (500, and the device retries); the
    // instance connects again for the next one.
    QString token;
    EXPECT_TRUE(
        waitFor([&] { return !(token = first.login(QStringLiteral("fatima"))).isEmpty(); }, 10000));
    ASSERT_FALSE(token.isEmpty());
    for (const ServerProcess *instance : {&first, second.get()}) {
        EXPECT_TRUE(waitFor(
            [&] {
                return instance
                           ->request("GET", QStringLiteral("/v1/pull?since=0&limit=1"), {}, token)
                           .status == 200;
            },
            10000));
    }
    const QString task = delegate(maarten, sanne, "Na de herstart");
    ASSERT_TRUE(maarten.sync());
    QElapsedTimer sinceAcknowledged;
    sinceAcknowledged.start();
    EXPECT_TRUE(waitFor([&] { return TaskRepo(sanne.db()).byId(task).has_value(); }, 1000))
        << "after the restart the poke came only after " << sinceAcknowledged.elapsed() << " ms";
}

TEST(Instances, OfTwoDevicesBindingOneClientIdAtOnceOneIsRefused)
{
    ServerProcess first(QStringLiteral(SPIL_SERVER_PATH), postgres);
    const auto second = first.anotherInstance();
    const QString joris = first.personId(QStringLiteral("joris"));
    const QString noor = first.personId(QStringLiteral("noor"));
    QNetworkAccessManager network;
    int bound = 0, refused = 0;
    QStringList other;
    for (int round = 0; round < 12; ++round) {
        // Two sign-ins, one on each instance, push with the same new client id at once.
        const QString client = makeUuid7(QDateTime::currentMSecsSinceEpoch());
        const QString jorisToken = first.login(QStringLiteral("joris"));
        const QString noorToken = second->login(QStringLiteral("noor"));
        QList<QNetworkReply *> replies;
        for (const auto &[server, token, person] :
             {std::tuple{&first, jorisToken, joris}, std::tuple{second.get(), noorToken, noor}}) {
            const protocol::PushRequest push{
                client,
                0,
                {{1, newTaskChanges(makeUuid7(QDateTime::currentMSecsSinceEpoch()), person,
                                    QStringLiteral("Ronde %1").arg(round), client)}}};
            QNetworkRequest request(QUrl(server->url() + QStringLiteral("/v1/push")));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            replies << network.post(request, protocol::encode(push));
        }
        ASSERT_TRUE(waitFor([&] {
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        }));
        int ok = 0;
        for (QNetworkReply *r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = r->readAll();
            if (status == 200)
                ++ok;
            else if (status == 403 && body.contains("client_taken"))
                ++refused;
            else
                other << QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(body));
            r->deleteLater();
        }
        EXPECT_EQ(ok, 1) << "round " << round;
        bound += ok;
    }
    EXPECT_EQ(bound, 12);
    EXPECT_EQ(refused, 12);
    EXPECT_TRUE(other.isEmpty()) << other.join(QLatin1Char('\n')).toStdString();
}
