// SPDX-License-Identifier: GPL-3.0-or-later
// The office manager's work distribution over 20 secretaries and 20,000 tasks: per
// secretary open, overdue, urgent, this week's days and the directors she serves. Goal
// (judged here, never in a test): within 20 ms on the device. References from the same
// run: one count of the open tasks (the least any answer must read) and the people alone.
#include "RatioReporter.h"
#include "StoreCache.h"
#include "core/common/Clock.h"
#include "core/common/Time.h"
#include "core/people/PeopleRepo.h"
#include "core/secretariat/ServiceRepo.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <map>
#include <memory>

using namespace spil;

namespace {
const QTimeZone kZone("Europe/Amsterdam");
constexpr int kSecretaries = 20;
constexpr int kDirectors = 10;
constexpr int kStaff = 60;

struct TaskStore {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(10, 15), kZone).toMSecsSinceEpoch()};
    std::unique_ptr<Database> db;
};

// Directors, secretaries serving one to three of them, staff; tasks over the last year and
// the coming month, two thirds with the secretaries, a third of them open, some urgent.
std::unique_ptr<TaskStore> build(int tasks)
{
    auto store = std::make_unique<TaskStore>();
    TaskStore &s = *store;
    s.db = std::make_unique<Database>(s.dir.filePath(QStringLiteral("bench.db")), s.clock);
    Database &db = *s.db;
    PeopleRepo people(db);
    const auto person = [&](const QString &name, const QString &handle, Role role,
                            const QStringList &principals = {}) {
        Person p;
        p.name = name;
        p.handle = handle;
        p.role = role;
        p.principals = principals;
        return people.add(p);
    };
    QStringList directors, assignees;
    for (int i = 0; i < kDirectors; ++i)
        directors << person(QStringLiteral("Directeur %1").arg(i), QStringLiteral("d%1").arg(i),
                            Role::Director);
    for (int i = 0; i < kSecretaries; ++i)
        assignees << person(QStringLiteral("Secretaresse %1").arg(i), QStringLiteral("s%1").arg(i),
                            Role::Assistant, directors.mid(i % kDirectors, 1 + i % 3));
    for (int i = 0; i < kStaff; ++i)
        assignees << person(QStringLiteral("Medewerker %1").arg(i), QStringLiteral("m%1").arg(i),
                            Role::Staff);
    const qint64 now = s.clock.nowMs();
    const qint64 day = 24 * 3600 * 1000LL;
    Database::Transaction tx(db);
    for (int t = 0; t < tasks; ++t) {
        // Two of three tasks with a secretary, the rest with staff.
        const QString assignee =
            t % 3 != 2 ? assignees[t % kSecretaries] : assignees[kSecretaries + t % kStaff];
        const bool open = t % 3 == 0;
        const qint64 due = now - 330 * day + qint64(t) * 360 * day / tasks;
        db.run(QStringLiteral("INSERT INTO tasks (id, title, assignee, due_utc, urgent, status, "
                              "source, created_at) VALUES (?, 'taak', ?, ?, ?, ?, 'self', ?)"),
               {db.newId(), assignee, t % 5 == 0 ? QVariant() : QVariant(due), t % 7 == 0,
                open ? QStringLiteral("open") : QStringLiteral("done"), due - 7 * day});
    }
    tx.commit();
    db.run(QStringLiteral("ANALYZE"));
    return store;
}

// The stores, dropped before the application ends (their SQL connections need it).
bench::StoreCache<TaskStore> &stores()
{
    static bench::StoreCache<TaskStore> all(build);
    return all;
}

TaskStore &storeWith(int tasks)
{
    return stores().at(tasks);
}

void BM_Distribution(benchmark::State &state)
{
    TaskStore &s = storeWith(int(state.range(0)));
    ServiceRepo secretariat(*s.db);
    size_t rows = 0;
    for (auto _ : state)
        rows = size_t(secretariat.distribution(kZone).size());
    state.counters["secretaries"] = double(rows);
}

// References: the open tasks counted, and the people read without their tasks.
void BM_OpenTaskCount(benchmark::State &state)
{
    TaskStore &s = storeWith(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(
            s.db->scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE deleted = 0 AND "
                                        "status = 'open'"))
                .toLongLong());
}

void BM_PeopleAlone(benchmark::State &state)
{
    TaskStore &s = storeWith(int(state.range(0)));
    PeopleRepo people(*s.db);
    for (auto _ : state)
        benchmark::DoNotOptimize(people.all());
}

class Ratios : public spil::bench::RatioReporter {
protected:
    void printRatios() override
    {
        for (const auto &[name, took] : measured()) {
            if (name.rfind("BM_Distribution/", 0) != 0)
                continue;
            const std::string n = name.substr(name.find('/') + 1);
            const double count = ns("BM_OpenTaskCount/" + n);
            const double people = ns("BM_PeopleAlone/" + n);
            std::printf("  distribution n=%-6s %6.2fx counting the open tasks, %6.2fx the people "
                        "alone\n",
                        n.c_str(), count > 0 ? took / count : 0.0,
                        people > 0 ? took / people : 0.0);
            std::printf("goal: the distribution over %d secretaries and %s tasks <= 20 ms: "
                        "%.3f ms, %s\n",
                        kSecretaries, n.c_str(), took / 1e6, took <= 20e6 ? "met" : "NOT met");
        }
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool small = false;
    std::vector<char *> args = bench::argsWithoutSmall(argc, argv, small);
    const std::vector<int64_t> sizes =
        small ? std::vector<int64_t>{1000} : std::vector<int64_t>{2000, 20000};
    bench::registerSizes({benchmark::RegisterBenchmark("BM_Distribution", BM_Distribution),
                          benchmark::RegisterBenchmark("BM_OpenTaskCount", BM_OpenTaskCount),
                          benchmark::RegisterBenchmark("BM_PeopleAlone", BM_PeopleAlone)},
                         sizes, benchmark::kMicrosecond);
    Ratios reporter;
    bench::runBenchmarks(std::move(args), reporter);
    stores().release();
    return 0;
}
