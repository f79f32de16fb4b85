// SPDX-License-Identifier: GPL-3.0-or-later
// The director's day view and the conflict checks on a store of 100k appointments, and
// proposing bumps for a need over the director's next three months with 10k appointments in
// the office. Goals (judged here, never in a test): a day view in at most 2 ms; bump
// proposals in at most 50 ms.
#include "BenchStore.h"
#include "RatioReporter.h"

#include "core/agenda/AgendaRepo.h"
#include "core/agenda/AgendaRules.h"
#include "core/agenda/BumpPlanner.h"
#include "core/common/Time.h"

#include <QCoreApplication>

using namespace spil;
using namespace spil::bench;

namespace {
const QTimeZone kZone("Europe/Amsterdam");
constexpr qint64 kDay = 24 * 3600 * 1000LL;

QDate middleDay(const BenchStore &s)
{
    return dateIn(s.firstDayUtc + qint64(s.days / 2) * kDay + kDay / 2, kZone);
}

void BM_DayView(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    AgendaRepo agenda(*s.db);
    AgendaRules rules(*s.db, agenda);
    const QDate day = middleDay(s);
    size_t found = 0;
    for (auto _ : state)
        found = size_t(rules.day(s.director, day, kZone).size());
    state.counters["appointments_that_day"] = double(found);
}

// Someone without recurring series: what the one-off appointments cost alone.
void BM_DayViewOneOffsOnly(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    AgendaRepo agenda(*s.db);
    AgendaRules rules(*s.db, agenda);
    const QDate day = middleDay(s);
    for (auto _ : state)
        benchmark::DoNotOptimize(rules.day(s.people[1], day, kZone));
}

// The floor: the same day's rows of everyone read through the start index, decoding nothing.
void BM_RawDayRead(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    const qint64 from = startOfDay(middleDay(s), kZone);
    for (auto _ : state) {
        auto &q = s.db->run(QStringLiteral("SELECT id, owner, title, start_utc, end_utc FROM "
                                           "appointments WHERE start_utc >= ? AND start_utc < ?"),
                            {from, from + kDay});
        int rows = 0;
        while (q.next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}

void BM_ConflictsOfAWeek(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    AgendaRepo agenda(*s.db);
    AgendaRules rules(*s.db, agenda);
    const qint64 from = startOfDay(middleDay(s), kZone);
    for (auto _ : state)
        benchmark::DoNotOptimize(rules.conflicts(s.director, from, from + 7 * kDay));
}

// What every booking pays: would this candidate fall in protected prep time?
void BM_PrepTimeCheck(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    AgendaRepo agenda(*s.db);
    AgendaRules rules(*s.db, agenda);
    Appointment candidate;
    candidate.owner = s.director;
    candidate.title = QStringLiteral("Nieuw");
    candidate.startUtc = startOfDay(middleDay(s), kZone) + 13 * 3600 * 1000LL;
    candidate.endUtc = candidate.startUtc + 3600 * 1000LL;
    for (auto _ : state)
        benchmark::DoNotOptimize(rules.prepTimeRefusal(candidate));
}
// The director's free time over the next three months: the search a booking does already,
// the reference for proposing bumps over the same months.
void BM_FreeSlotsThreeMonths(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    AgendaRepo agenda(*s.db);
    AgendaRules rules(*s.db, agenda);
    const QDate today = dateIn(s.clock.nowMs(), kZone);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            rules.freeSlots({s.director}, today, today.addDays(91), 90, kZone));
}

// A more important need of 90 minutes wants the director's next three months: which of his
// appointments to move, with the new slot of each (a fresh planner each time: no cache kept).
void BM_BumpProposals(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    AgendaRepo agenda(*s.db);
    const qint64 now = s.clock.nowMs();
    const BumpNeed need{
        s.director, 90, now, now + 92 * kDay, AppointmentPriority::High, QStringLiteral("Bank"),
        {}};
    size_t proposals = 0;
    for (auto _ : state)
        proposals = size_t(BumpPlanner(*s.db, agenda).propose(need).size());
    state.counters["proposals"] = double(proposals);
}
} // namespace

// The agenda's ratios: the day view against a raw read, growth from 1k to 100k
// appointments, bump proposals against the free-slot search.
class AgendaRatios : public RatioReporter {
protected:
    void printRatios() override
    {
        const auto ratio = [&](const char *what, const std::string &a, const std::string &b) {
            if (ns(a) > 0 && ns(b) > 0)
                std::printf("  %-52s %8.2fx\n", what, ns(a) / ns(b));
        };
        for (const auto &[name, value] : measured()) {
            (void)value;
            const auto slash = name.find('/');
            if (slash == std::string::npos || name.rfind("BM_DayView/", 0) != 0)
                continue;
            const std::string size = name.substr(slash + 1);
            ratio(("day view / raw indexed read of the day, n=" + size).c_str(), name,
                  "BM_RawDayRead/" + size);
        }
        ratio("day view, 100k / 1k appointments", "BM_DayView/100000", "BM_DayView/1000");
        ratio("week of conflicts, 100k / 1k appointments", "BM_ConflictsOfAWeek/100000",
              "BM_ConflictsOfAWeek/1000");
        ratio("prep-time check, 100k / 1k appointments", "BM_PrepTimeCheck/100000",
              "BM_PrepTimeCheck/1000");
        for (const char *size : {"3000", "10000"}) {
            const std::string bump = std::string("BM_BumpProposals/") + size;
            ratio((std::string("bump proposals / free slots, three months, n=") + size).c_str(),
                  bump, std::string("BM_FreeSlotsThreeMonths/") + size);
        }
        const double bump = ns("BM_BumpProposals/10000");
        if (bump > 0)
            std::printf(
                "goal: bump proposals over three months, 10k appointments <= 50 ms: %.3f ms, %s\n",
                bump / 1e6, bump <= 50e6 ? "met" : "NOT met");
        const double dayView = ns("BM_DayView/100000");
        if (dayView > 0)
            std::printf("goal: day view on 100k appointments <= 2 ms: %.3f ms, %s\n", dayView / 1e6,
                        dayView <= 2e6 ? "met" : "NOT met");
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool small = false;
    std::vector<char *> args = argsWithoutSmall(argc, argv, small);
    const std::vector<int64_t> sizes =
        small ? std::vector<int64_t>{1000, 3000} : std::vector<int64_t>{1000, 100000};
    registerSizes({benchmark::RegisterBenchmark("BM_DayView", BM_DayView),
                   benchmark::RegisterBenchmark("BM_DayViewOneOffsOnly", BM_DayViewOneOffsOnly),
                   benchmark::RegisterBenchmark("BM_RawDayRead", BM_RawDayRead),
                   benchmark::RegisterBenchmark("BM_ConflictsOfAWeek", BM_ConflictsOfAWeek),
                   benchmark::RegisterBenchmark("BM_PrepTimeCheck", BM_PrepTimeCheck)},
                  sizes, benchmark::kMicrosecond);
    registerSizes({benchmark::RegisterBenchmark("BM_FreeSlotsThreeMonths", BM_FreeSlotsThreeMonths),
                   benchmark::RegisterBenchmark("BM_BumpProposals", BM_BumpProposals)},
                  {small ? 3000 : 10000}, benchmark::kMicrosecond);
    AgendaRatios reporter;
    runBenchmarks(std::move(args), reporter);
    BenchStore::releaseAll();
    return 0;
}
