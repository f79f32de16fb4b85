// SPDX-License-Identifier: GPL-3.0-or-later
// What the app's view models cost on a large office: each model's reload against the core
// query it is built on (the ratio is the view's own overhead), and what one poke costs when
// a tablet's Today and Tasks pages are open (every live model reloads). A tick from another
// device must show within a second; the poke's reload is a part of that second.
#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/checklists/ChecklistRepo.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/store/Database.h"
#include "core/tasks/TaskRepo.h"
#include "qml/agenda/AppointmentDetails.h"
#include "qml/agenda/TimelineModel.h"
#include "qml/checklists/ChecklistRunModel.h"
#include "qml/shell/App.h"
#include "qml/tasks/TaskListModel.h"
#include "sync/client/SyncEngine.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

using namespace spil;
using namespace spil::qml;

namespace {
const QTimeZone kZone("Europe/Amsterdam");
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;

// Median wall time of runs calls, in milliseconds.
double medianMs(int runs, const std::function<void()> &call)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        call();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::nth_element(ms.begin(), ms.begin() + long(ms.size() / 2), ms.end());
    return ms[ms.size() / 2];
}

// Adds appointments spread over a year and a half around today (1 in 2000 a weekly
// series), open tasks for the assistant and a large checklist run, in one transaction.
QString fill(App &app, int appointments, int tasks, int items)
{
    Database &db = *app.office()->store();
    const QStringList people = app.people()->all().keys();
    const QString sanne = PeopleRepo(db).resolve(QStringLiteral("sanne")).id;
    const QString maarten = PeopleRepo(db).resolve(QStringLiteral("maarten")).id;
    const qint64 now = app.office()->clock().nowMs();
    const QDate first = dateIn(now, kZone).addDays(-270);
    QRandomGenerator random(20261127);
    Database::Transaction tx(db);
    for (int i = 0; i < appointments; ++i) {
        Appointment a;
        a.owner = i % 4 == 0 ? maarten : people[i % people.size()];
        a.title = QStringLiteral("Afspraak %1").arg(i);
        const QDate day = first.addDays(i % 540);
        const int startMin = 8 * 60 + 15 * int(random.bounded(36));
        a.startUtc = startOfDay(day, kZone) + startMin * kMinute;
        a.endUtc = a.startUtc + kMinute * (30 + 15 * int(random.bounded(7)));
        a.notes = i % 50 == 0 ? QStringLiteral("Stukken lezen") : QString();
        if (i % 2000 == 0)
            a.rrule = QStringLiteral("FREQ=WEEKLY");
        db.insert(QStringLiteral("appointments"), AgendaRepo::toRecord(a));
    }
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.title = QStringLiteral("Taak %1").arg(i);
        t.assignee = sanne;
        t.delegatedBy = maarten;
        t.createdBy = maarten;
        t.dueUtc = i % 3 == 0 ? -1 : now + (i - tasks / 2) * 3 * 3600 * 1000LL;
        t.urgent = i % 10 == 0;
        t.createdAt = now;
        db.insert(QStringLiteral("tasks"), TaskRepo::toRecord(t));
    }
    tx.commit();
    ChecklistRepo checklists(db);
    ChecklistTemplate big;
    big.name = QStringLiteral("Grote verhuizing");
    for (int i = 0; i < items; ++i)
        big.items << TemplateItem{
            {},     QStringLiteral("Fase %1").arg(i / 50), i / 50,
            i % 50, QStringLiteral("Punt %1").arg(i),      people[i % people.size()],
            i * 10};
    const QString templateId = checklists.addTemplate(big);
    return checklists.startRun(templateId, big.name, dateIn(now, kZone).addDays(7),
                               QStringLiteral("Europe/Amsterdam"), sanne);
}

void row(const char *what, double model, double core)
{
    std::printf("  %-44s %9.3f ms  core %9.3f ms  %6.2fx\n", what, model, core, model / core);
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    // --quick: a small office, to prove the benchmark runs (ctest); its figures mean little.
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int appointments = quick ? 2000 : 100000;
    const int tasks = quick ? 100 : 2000;
    const int items = quick ? 50 : 300;
    const int runs = quick ? 3 : 21;

    QTemporaryDir dir;
    ManualClock clock(parseInstant(QStringLiteral("2026-11-30T10:15"), kZone));
    App app(clock, dir.path(), QStringLiteral("Europe/Amsterdam"));
    app.startDemo(Role::Assistant);
    const QString run = fill(app, appointments, tasks, items);
    app.office()->store()->run(QStringLiteral("ANALYZE"));
    app.reloadViews();
    std::printf("{\"appointments\": %d, \"tasks\": %d, \"checklist_items\": %d, \"runs\": %d}\n",
                appointments, tasks, items, runs);

    Database &db = *app.office()->store();
    AgendaRepo agenda(db);
    AgendaRules rules(db, agenda);
    const QString maarten = app.agendaPersonId();
    const QDate today = dateIn(clock.nowMs(), kZone);
    const qint64 monday = startOfDay(today.addDays(1 - today.dayOfWeek()), kZone);

    TimelineModel day(app.office(), app.people());
    TimelineModel week(app.office(), app.people());
    week.setDays(7);
    week.setWithConflicts(true);
    TimelineModel reading(app.office(), app.people());
    reading.setDays(7);
    reading.setReadingOnly(true);
    AppointmentDetails next(app.office(), app.people());
    next.setFollowNext(true);
    TaskListModel inbox(app.office(), app.people());
    TaskListModel badge(app.office(), app.people());
    ChecklistRunModel checklist(app.office(), app.people());
    checklist.setRunId(run);

    std::printf("view model reload against the core query it shows (median of %d):\n", runs);
    row("Today (day timeline)", medianMs(runs, [&] { day.reload(); }),
        medianMs(runs, [&] { rules.day(maarten, today, kZone); }));
    row("week with conflicts", medianMs(runs, [&] { week.reload(); }), medianMs(runs, [&] {
            agenda.occurrences(maarten, monday, monday + 7 * kDay, kZone);
            rules.conflicts(maarten, monday, monday + 7 * kDay);
        }));
    row("next appointment", medianMs(runs, [&] { next.reload(); }), medianMs(runs, [&] {
            agenda.occurrences(maarten, clock.nowMs(), clock.nowMs() + 7 * kDay, kZone);
        }));
    row("tasks inbox", medianMs(runs, [&] { inbox.reload(); }),
        medianMs(runs, [&] { TaskRepo(db).list(app.personId(), true); }));
    row("checklist run", medianMs(runs, [&] { checklist.reload(); }), medianMs(runs, [&] {
            ChecklistRepo repo(db);
            repo.items(run);
            repo.progress(run);
            repo.incidents(run);
        }));

    // One poke with a tablet's Today and Tasks open: every live model above reloads.
    const double poke = medianMs(runs, [&] { app.reloadViews(); });
    std::printf("one poke, every live model reloading: %.2f ms = %.1f%% of the 1 s a tick may "
                "take to show elsewhere\n",
                poke, poke / 10.0);

    // What the poke brings: a page of one task renamed elsewhere, applied as a pull does,
    // then the same reload; against the page alone and the reload alone, in this run.
    client::SyncEngine engine(db);
    const QString renamed = TaskRepo(db).list(app.personId(), true).value(0).id;
    int n = 0;
    const auto page = [&] {
        protocol::PullPage p;
        const qint64 since = engine.cursor();
        p.epoch = engine.epoch();
        p.next = since + 1;
        protocol::Record r;
        r.entity = QStringLiteral("tasks");
        r.id = renamed;
        r.fields.insert(QStringLiteral("title"), QStringLiteral("Hernoemd %1").arg(++n));
        r.hlc = QStringLiteral("%1-0000-0192f3a1-0000-7abc-8def-0123456789ab")
                    .arg(clock.nowMs() + n, 12, 16, QLatin1Char('0'));
        p.records << r;
        engine.applyPage(since, p);
    };
    // Everything made above still waits in the outbox (an office made on this device and
    // not yet pushed): a page reads what waits for its own records alone. The renamed task's
    // own changes are taken out, so that the page does the same work as below.
    {
        Database::Transaction tx(db);
        db.run(QStringLiteral("DELETE FROM outbox WHERE record_id = ?"), {renamed});
        tx.commit();
    }
    const qint64 waited = db.pendingCount();
    const double withOutbox = medianMs(runs, page);
    // The office above stands for what other devices made and this one pulled: nothing of
    // it waits to be pushed.
    {
        Database::Transaction tx(db);
        db.run(QStringLiteral("DELETE FROM outbox"));
        tx.commit();
    }
    const double applied = medianMs(runs, page);
    const double pulled = medianMs(runs, [&] {
        page();
        app.reloadViews();
    });
    std::printf("a pulled page of one task, then every live model reloading: %.2f ms = %.2fx "
                "the page alone (%.2f ms) and the reload alone (%.2f ms) together\n",
                pulled, pulled / (applied + poke), applied, poke);
    std::printf("the same page with %lld changes made here still waiting: %.2f ms = %.2fx the "
                "page with nothing waiting\n",
                waited, withOutbox, withOutbox / applied);
    return 0;
}
