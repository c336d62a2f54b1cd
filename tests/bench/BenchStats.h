#pragma once

#include <QList>
#include <algorithm>

// Medians and percentiles of the benchmarks' timings.
namespace bench {

inline QList<double> sorted(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v;
}
inline double median(const QList<double> &v)
{
    return sorted(v).at(v.size() / 2);
}
inline double p95(const QList<double> &v)
{
    return sorted(v).at(std::min<qsizetype>(v.size() - 1, v.size() * 95 / 100));
}

} // namespace bench
