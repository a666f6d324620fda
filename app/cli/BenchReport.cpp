#include "BenchReport.h"

#include "CliContext.h"

namespace balise::cli {

QString benchNumber(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void printRow(QTextStream& out, const QString& figure, const Timing& t, double target, const QString& unit)
{
    const int decimals = t.median < 10 ? 3 : 1;
    QString verdict;
    QString goal = QStringLiteral("—");
    if (target > 0) {
        goal = QStringLiteral("≤ %1 %2").arg(benchNumber(target, target < 1 ? 1 : 0), unit);
        verdict = t.median <= target ? CliContext::tr("met") : CliContext::tr("MISSED");
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(figure, -52)
               .arg(benchNumber(t.median, decimals) + QLatin1Char(' ') + unit, 12)
               .arg(benchNumber(t.min, decimals), 10)
               .arg(benchNumber(t.max, decimals), 10)
               .arg(goal, 12)
               .arg(verdict)
        << '\n';
}

} // namespace balise::cli
