// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <benchmark/benchmark.h>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

namespace spil::bench {

// Google Benchmark's console output, then the figures that matter as ratios against
// references measured in the same run (machines are noisy; ratios travel), and the goal.
// Each benchmark says which ratios matter in printRatios().
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run> &runs) override;
    void Finalize() override;

protected:
    virtual void printRatios() = 0;
    // Real time per iteration of the benchmark called name ("BM_DayView/1000"), 0 if none.
    double ns(const std::string &name) const;
    // Every benchmark measured, by name.
    const std::map<std::string, double> &measured() const { return m_nsPerIteration; }

private:
    std::map<std::string, double> m_nsPerIteration;
};

// The command line without --small, which asks for a quick run on small sizes to prove a
// benchmark works (its ctest smoke run); small says whether it was there.
std::vector<char *> argsWithoutSmall(int argc, char **argv, bool &small);
// Registers each benchmark for every size, timed in unit.
void registerSizes(std::initializer_list<benchmark::internal::Benchmark *> benchmarks,
                   const std::vector<int64_t> &sizes, benchmark::TimeUnit unit);
// Runs what was registered with args (Google Benchmark's own flags), reporting to reporter.
void runBenchmarks(std::vector<char *> args, RatioReporter &reporter);

} // namespace spil::bench
