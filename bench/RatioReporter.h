// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <benchmark/benchmark.h>
#include <map>
#include <string>

namespace spil::bench {

// Google Benchmark's console output, then the figures that matter as ratios against
// references measured in the same run (machines are noisy; ratios travel), and the goal.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run> &runs) override;
    void Finalize() override;

private:
    std::map<std::string, double> m_nsPerIteration;
};

} // namespace spil::bench
