// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatioReporter.h"

#include <cstdio>
#include <cstring>

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

std::vector<char *> argsWithoutSmall(int argc, char **argv, bool &small)
{
    small = false;
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--small") == 0)
            small = true;
        else
            args.push_back(argv[i]);
    }
    return args;
}

void registerSizes(std::initializer_list<benchmark::internal::Benchmark *> benchmarks,
                   const std::vector<int64_t> &sizes, benchmark::TimeUnit unit)
{
    for (benchmark::internal::Benchmark *b : benchmarks) {
        for (int64_t n : sizes)
            b->Arg(n);
        b->Unit(unit);
    }
}

void runBenchmarks(std::vector<char *> args, RatioReporter &reporter)
{
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
}

} // namespace spil::bench
