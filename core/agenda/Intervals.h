// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <algorithm>

namespace spil {

// A half-open span of UTC milliseconds [start, end).
struct Interval {
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const Interval &) const = default;
};

// Sorted, non-overlapping union of spans.
inline QList<Interval> normalized(QList<Interval> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    QList<Interval> out;
    for (const Interval &s : spans) {
        if (s.end <= s.start)
            continue;
        if (!out.isEmpty() && s.start <= out.last().end)
            out.last().end = std::max(out.last().end, s.end);
        else
            out << s;
    }
    return out;
}

// Both inputs normalized.
inline QList<Interval> intersected(const QList<Interval> &a, const QList<Interval> &b)
{
    QList<Interval> out;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].start, b[j].start);
        const qint64 end = std::min(a[i].end, b[j].end);
        if (start < end)
            out << Interval{start, end};
        (a[i].end < b[j].end) ? ++i : ++j;
    }
    return out;
}

// What remains of normalized spans after removing normalized holes.
inline QList<Interval> subtracted(const QList<Interval> &spans, const QList<Interval> &holes)
{
    QList<Interval> out;
    qsizetype h = 0;
    for (Interval s : spans) {
        while (h < holes.size() && holes[h].end <= s.start)
            ++h;
        qsizetype k = h;
        while (k < holes.size() && holes[k].start < s.end) {
            if (holes[k].start > s.start)
                out << Interval{s.start, holes[k].start};
            s.start = std::max(s.start, holes[k].end);
            ++k;
        }
        if (s.start < s.end)
            out << s;
    }
    return out;
}

} // namespace spil
