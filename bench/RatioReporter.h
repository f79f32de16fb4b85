// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <benchmark/benchmark.h>
#include <map>
#include <string>

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

} // namespace spil::bench
