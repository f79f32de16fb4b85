// SPDX-License-Identifier: GPL-3.0-or-later
// What a phone polling its calendar feed costs spil-server: a director's agenda of N
// appointments (a tenth of them weekly series), the feed answered in full, the same request
// answered 304 because the phone sent the ETag back, and, as the reference from the same
// run, the user's own first pull of the office. One JSON line per figure, medians of R
// requests, then the ratios.
//
// feed_bench [--quick]     (--quick: a few hundred appointments, to prove it runs)
#include "ServerProcess.h"

#include "core/agenda/AgendaRepo.h"
#include "core/store/FieldCodec.h"
#include "core/store/Hlc.h"
#include "core/store/Schema.h"
#include "core/store/Uuid7.h"
#include "sync/protocol/Protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace spil;
using namespace spil::test;

namespace {
const QString kClient = QStringLiteral("01900000-0000-7000-8000-0000000000fb");

void line(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

[[noreturn]] void failWith(const char *what)
{
    std::fprintf(stderr, "feed_bench: %s\n", what);
    std::exit(1);
}

// Pushes count appointments of owner, each one mutation, in pushes of a few hundred.
void fillAgenda(const ServerProcess &server, const QString &token, const QString &owner, int count)
{
    const EntityDef &def = entity(QStringLiteral("appointments"));
    const qint64 start = 1'790'000'000'000LL;
    protocol::PushRequest push{kClient, 0, {}};
    qint64 mutation = 0;
    const auto send = [&] {
        if (push.mutations.isEmpty())
            return;
        if (server.request("POST", QStringLiteral("/v1/push"), protocol::encode(push), token)
                .status != 200)
            failWith("a push was refused");
        push.mutations.clear();
    };
    for (int i = 0; i < count; ++i) {
        Appointment a;
        a.owner = owner;
        a.createdBy = owner;
        a.title = QStringLiteral("Overleg %1").arg(i);
        a.location = QStringLiteral("Vergaderzaal %1").arg(i % 7);
        a.notes = QStringLiteral("Stukken voor overleg %1").arg(i);
        a.startUtc = start + qint64(i) * 3 * 3600 * 1000;
        a.endUtc = a.startUtc + 3600 * 1000;
        if (i % 10 == 0)
            a.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=20");
        const QVariantMap record = AgendaRepo::toRecord(a);
        const QString id = makeUuid7(a.startUtc);
        const QString stamp = HlcStamp{start, quint16(i % 60000), kClient}.toString();
        protocol::Mutation m{++mutation, {}};
        for (const FieldDef &f : def.fields)
            m.changes << protocol::Change{def.name, id, f.name, toJson(f, record.value(f.name)),
                                          stamp};
        push.mutations << m;
        // A push carries at most kMaxChangesPerPush changes, one per field of each record.
        if ((push.mutations.size() + 1) * def.fields.size() > protocol::kMaxChangesPerPush)
            send();
    }
    send();
}

double medianMs(int rounds, const std::function<void()> &request)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        request();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int count = quick ? 300 : 5000;
    const int rounds = quick ? 5 : 21;

    ServerProcess server(QStringLiteral(SPIL_SERVER_PATH));
    const QString token = server.login(QStringLiteral("maarten"));
    fillAgenda(server, token, server.personId(QStringLiteral("maarten")), count);
    const QString feed = server.request("POST", QStringLiteral("/v1/feed-token"), {}, token)
                             .json()
                             .value(QStringLiteral("path"))
                             .toString();
    const HttpResult first = server.request("GET", feed);
    if (first.status != 200)
        failWith("the feed was not served");
    const QByteArray etag = first.header("ETag");

    const double pullMs = medianMs(rounds, [&] {
        qint64 since = 0;
        for (bool more = true; more;) {
            const HttpResult page = server.request(
                "GET", QStringLiteral("/v1/pull?since=%1&limit=5000").arg(since), {}, token);
            if (page.status != 200)
                failWith("a pull failed");
            const QJsonObject o = page.json();
            more = o.value(QStringLiteral("more")).toBool();
            since = o.value(QStringLiteral("next")).toInteger();
        }
    });
    const double fullMs = medianMs(rounds, [&] {
        if (server.request("GET", feed).status != 200)
            failWith("the feed was not served");
    });
    const double notModifiedMs = medianMs(rounds, [&] {
        if (server.request("GET", feed, {}, {}, {{"If-None-Match", etag}}).status != 304)
            failWith("an unchanged feed was not answered 304");
    });
    line({{QStringLiteral("appointments"), count},
          {QStringLiteral("feed_bytes"), first.body.size()},
          {QStringLiteral("first_pull_ms"), pullMs},
          {QStringLiteral("feed_full_ms"), fullMs},
          {QStringLiteral("feed_304_ms"), notModifiedMs}});
    line({{QStringLiteral("feed_full_vs_first_pull"), fullMs / pullMs},
          {QStringLiteral("feed_304_vs_feed_full"), notModifiedMs / fullMs}});
    return 0;
}
