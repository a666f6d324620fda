#include "Period.h"

#include <QRegularExpression>

namespace balise {

Period Period::fromLabel(const QString& label)
{
    Period period;
    period.label = label.trimmed();
    period.kind = PeriodKind::Free;
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})[- ]?[QqTt]([1-4])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (const auto m = year.match(period.label); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        period.kind = PeriodKind::Year;
        period.start = QDate(y, 1, 1);
        period.end = QDate(y, 12, 31);
    } else if (const auto m = quarter.match(period.label); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int q = m.captured(2).toInt();
        period.kind = PeriodKind::Quarter;
        period.start = QDate(y, 3 * (q - 1) + 1, 1);
        period.end = period.start.addMonths(3).addDays(-1);
    } else if (const auto m = month.match(period.label); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).toInt();
        if (mo >= 1 && mo <= 12) {
            period.kind = PeriodKind::Month;
            period.start = QDate(y, mo, 1);
            period.end = period.start.addMonths(1).addDays(-1);
        }
    }
    return period;
}

} // namespace balise
