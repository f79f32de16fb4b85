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
    std::printf("\nratios (same run):\n");
    printRatios();
}

double RatioReporter::ns(const std::string &name) const
{
    const auto it = m_nsPerIteration.find(name);
    return it == m_nsPerIteration.end() ? 0.0 : it->second;
}

} // namespace spil::bench
