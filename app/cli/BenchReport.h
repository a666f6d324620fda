#pragma once

#include "MonteCarlo.h"

#include <QString>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <vector>

namespace balise::cli {

// How `balise bench` times and reports a figure: the median, minimum and maximum of repeated runs.
struct Timing
{
    double median = 0.0; // milliseconds
    double min = 0.0;
    double max = 0.0;
};

// Runs `work` once to warm caches and page in memory, then `repeat` times under the clock.
template <typename Work> Timing measure(int repeat, Work&& work)
{
    work();
    std::vector<double> ms;
    for (int k = 0; k < repeat; ++k) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto stop = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {engine::MonteCarlo::quantile(ms, 0.5), ms.front(), ms.back()};
}

// A figure with a fixed number of decimals, '.' whatever the locale (the report is a measurement log).
QString benchNumber(double value, int decimals);

// One row of the report: the figure, median, min, max, target (0: none) and whether the median meets it.
void printRow(QTextStream& out, const QString& figure, const Timing& t, double target, const QString& unit);

} // namespace balise::cli
