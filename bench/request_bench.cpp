// SPDX-License-Identifier: GPL-3.0-or-later
// The request queue: ranking 5,000 requests, and the free times offered for one request
// over a director's next three months in an office of 10,000 appointments. Goals (judged
// here, never in a test): ranking in at most 10 ms, proposals in at most 50 ms. Each is
// printed as a ratio against a reference measured in the same run.
#include "BenchStore.h"
#include "RatioReporter.h"

#include "core/common/Time.h"
#include "core/requests/RequestRanking.h"
#include "core/requests/RequestRepo.h"

#include <QCoreApplication>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <random>

using namespace spil;
using namespace spil::bench;

namespace {
const QTimeZone kZone("Europe/Amsterdam");
constexpr qint64 kDay = 24 * 3600 * 1000LL;

QList<Request> queueOf(int n, qint64 now)
{
    std::mt19937 random(14);
    QList<Request> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Request r;
        r.id = QStringLiteral("0190%1").arg(i, 8, 10, QLatin1Char('0'));
        r.subject = QStringLiteral("Request %1").arg(i);
        r.importance = RequestImportance(random() % 4);
        r.createdAt = now - qint64(random() % (120 * kDay)); // up to four months waiting
        out << r;
    }
    return out;
}

void BM_RankRequests(benchmark::State &state)
{
    const qint64 now = parseInstant(QStringLiteral("2026-11-30T10:00"), kZone);
    const QList<Request> queue = queueOf(int(state.range(0)), now);
    const QDate today = dateIn(now, kZone);
    for (auto _ : state)
        benchmark::DoNotOptimize(rankRequests(queue, today, kZone));
}

// The reference: copying the same requests and sorting them by a precomputed key, the
// least any ranking does.
void BM_SortOnly(benchmark::State &state)
{
    const qint64 now = parseInstant(QStringLiteral("2026-11-30T10:00"), kZone);
    const QList<Request> queue = queueOf(int(state.range(0)), now);
    for (auto _ : state) {
        QList<Request> copy = queue;
        std::sort(copy.begin(), copy.end(),
                  [](const Request &a, const Request &b) { return a.createdAt < b.createdAt; });
        benchmark::DoNotOptimize(copy);
    }
}

Request requestIn(BenchStore &s, int minutes)
{
    Request r;
    r.director = s.director;
    r.subject = QStringLiteral("Bench");
    r.minutes = minutes;
    r.fromDate = dateIn(s.clock.nowMs(), kZone);
    r.toDate = r.fromDate.addDays(91);
    return r;
}

void BM_Proposals(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    RequestRepo requests(*s.db);
    const Request r = requestIn(s, 60);
    size_t offered = 0;
    for (auto _ : state)
        offered = size_t(requests.proposals(r, 3).size());
    state.counters["offered"] = double(offered);
}

// The reference: the director's rows of those three months read through the start index,
// decoding nothing.
void BM_RawThreeMonthsRead(benchmark::State &state)
{
    BenchStore &s = BenchStore::withAppointments(int(state.range(0)));
    const qint64 from = startOfDay(dateIn(s.clock.nowMs(), kZone), kZone);
    for (auto _ : state) {
        auto &q = s.db->run(QStringLiteral("SELECT id, start_utc, end_utc FROM appointments "
                                           "WHERE start_utc >= ? AND start_utc < ? AND owner = ?"),
                            {from, from + 92 * kDay, s.director});
        int rows = 0;
        while (q.next())
            ++rows;
        q.finish();
        benchmark::DoNotOptimize(rows);
    }
}

class RequestRatios : public RatioReporter {
protected:
    void printRatios() override
    {
        for (const auto &[name, took] : measured()) {
            const auto slash = name.find('/');
            const std::string size = slash == std::string::npos ? "" : name.substr(slash + 1);
            if (name.rfind("BM_RankRequests/", 0) == 0 && ns("BM_SortOnly/" + size) > 0)
                std::printf("  ranking / copy and sort only, n=%-8s %8.2fx  (%.3f ms; goal <= 10 "
                            "ms at 5000: %s)\n",
                            size.c_str(), took / ns("BM_SortOnly/" + size), took / 1e6,
                            size != "5000" ? "-"
                            : took <= 1e7  ? "met"
                                           : "NOT met");
            if (name.rfind("BM_Proposals/", 0) == 0 && ns("BM_RawThreeMonthsRead/" + size) > 0)
                std::printf("  proposals / raw read of three months, n=%-8s %8.2fx  (%.3f ms; goal "
                            "<= 50 ms at 10000: %s)\n",
                            size.c_str(), took / ns("BM_RawThreeMonthsRead/" + size), took / 1e6,
                            size != "10000" ? "-"
                            : took <= 5e7   ? "met"
                                            : "NOT met");
        }
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool small = false;
    std::vector<char *> args = argsWithoutSmall(argc, argv, small);
    registerSizes({benchmark::RegisterBenchmark("BM_RankRequests", BM_RankRequests),
                   benchmark::RegisterBenchmark("BM_SortOnly", BM_SortOnly)},
                  {small ? 500 : 5000}, benchmark::kMicrosecond);
    registerSizes({benchmark::RegisterBenchmark("BM_Proposals", BM_Proposals),
                   benchmark::RegisterBenchmark("BM_RawThreeMonthsRead", BM_RawThreeMonthsRead)},
                  {small ? 1000 : 10000}, benchmark::kMicrosecond);
    RequestRatios reporter;
    runBenchmarks(std::move(args), reporter);
    BenchStore::releaseAll();
    return 0;
}
