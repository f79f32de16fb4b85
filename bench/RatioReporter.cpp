// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatioReporter.h"

#include <cstdio>

namespace spil::bench {

void RatioReporter::ReportRuns(const std::vector<Run> &runs)
{
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
        if (run.run_type == Run::RT_Iteration && run.iterations > 0)
            m_nsPerIteration[run.benchmark_name()] =
                run.GetAdjustedRealTime() * 1e9 / benchmark::GetTimeUnitMultiplier(run.time_unit);
    }
}

void RatioReporter::Finalize()
{
    ConsoleReporter::Finalize();
    const auto ns = [&](const std::string &name) {
        const auto it = m_nsPerIteration.find(name);
        return it == m_nsPerIteration.end() ? 0.0 : it->second;
    };
    std::printf("\nratios (same run):\n");
    const auto ratio = [&](const char *what, const std::string &a, const std::string &b) {
        if (ns(a) > 0 && ns(b) > 0)
            std::printf("  %-52s %8.2fx\n", what, ns(a) / ns(b));
    };
    for (const auto &[name, value] : m_nsPerIteration) {
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
        ratio((std::string("bump proposals / free slots, three months, n=") + size).c_str(), bump,
              std::string("BM_FreeSlotsThreeMonths/") + size);
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

} // namespace spil::bench
