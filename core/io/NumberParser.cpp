#include "NumberParser.h"

#include <QLocale>
#include <cmath>

namespace balise {
namespace {

enum class Evidence
{
    None,
    Point,
    Comma
};

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}
bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

// The decimal mark a cell shows, if it looks like a number at all. A mark that occurs once, after
// every occurrence of the other one, is the decimal mark ("1.234,5"); a mark repeated with no other
// one is a thousands separator ("1.234.567" → ','); "12,5" and "1,234" both say ','.
Evidence evidenceOf(const QString& raw)
{
    QStringView s = QStringView(raw).trimmed();
    if (!s.isEmpty() && (s.front() == u'+' || isMinus(s.front())))
        s = s.sliced(1);
    if (const qsizetype e = std::max(s.lastIndexOf(u'e'), s.lastIndexOf(u'E')); e > 0) {
        QStringView exponent = s.sliced(e + 1);
        if (!exponent.isEmpty() && (exponent.front() == u'+' || isMinus(exponent.front())))
            exponent = exponent.sliced(1);
        if (exponent.isEmpty() || !std::all_of(exponent.begin(), exponent.end(), [](QChar c) { return c.isDigit(); }))
            return Evidence::None;
        s = s.left(e);
    }
    int commas = 0;
    int points = 0;
    bool digits = false;
    for (const QChar c : s) {
        if (c >= u'0' && c <= u'9')
            digits = true;
        else if (c == u',')
            ++commas;
        else if (c == u'.')
            ++points;
        else if (!isGroupSpace(c))
            return Evidence::None;
    }
    if (!digits || (commas == 0 && points == 0))
        return Evidence::None;
    const qsizetype lastComma = s.lastIndexOf(u',');
    const qsizetype lastPoint = s.lastIndexOf(u'.');
    if (commas == 1 && lastComma > lastPoint)
        return Evidence::Comma;
    if (points == 1 && lastPoint > lastComma)
        return Evidence::Point;
    if (commas >= 2 && points == 0)
        return Evidence::Point;
    if (points >= 2 && commas == 0)
        return Evidence::Comma;
    return Evidence::None; // malformed: parse() will say so
}

} // namespace

NumberParser::NumberParser(QChar decimalMark) : m_decimalMark(decimalMark == u',' ? u',' : u'.')
{}

DecimalMarkDetection NumberParser::detectDecimalMark(QChar separator, const QList<CsvCell>& cells)
{
    DecimalMarkDetection detection;
    if (separator == u',')
        return detection;
    const CsvCell* firstPoint = nullptr;
    const CsvCell* firstComma = nullptr;
    for (const CsvCell& cell : cells) {
        const Evidence evidence = evidenceOf(cell.text);
        if (evidence == Evidence::Point && !firstPoint)
            firstPoint = &cell;
        else if (evidence == Evidence::Comma && !firstComma)
            firstComma = &cell;
        else
            continue;
        if (firstPoint && firstComma)
            break;
    }
    if (firstPoint && firstComma) {
        // Point at the later of the two cells: the file reads consistently up to there.
        const bool pointFirst = firstPoint->line < firstComma->line ||
                                (firstPoint->line == firstComma->line && firstPoint->column < firstComma->column);
        const CsvCell* earlier = pointFirst ? firstPoint : firstComma;
        const CsvCell* later = pointFirst ? firstComma : firstPoint;
        detection.errors.append(
            {later->line, later->column,
             tr("\"%1\" uses a %2 as decimal mark but \"%3\" on line %4 uses a %5; use one decimal mark in the "
                "whole file.")
                 .arg(later->text.trimmed(), markName(pointFirst ? u',' : u'.'), earlier->text.trimmed())
                 .arg(earlier->line)
                 .arg(markName(pointFirst ? u'.' : u','))});
    }
    if (firstComma && (!firstPoint || firstComma->line < firstPoint->line)) {
        detection.mark = QLatin1Char(',');
        detection.fromCells = true;
    } else if (firstPoint) {
        detection.fromCells = true;
    }
    return detection;
}

std::optional<double> NumberParser::parse(const QString& text, QString* error) const
{
    auto fail = [error](const QString& message) -> std::optional<double> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString s = text.trimmed();
    if (s.isEmpty())
        return fail(tr("A number is expected here."));
    QStringView word = s;
    if (word.front() == u'+' || isMinus(word.front()))
        word = word.sliced(1);
    if (word.compare(u"nan", Qt::CaseInsensitive) == 0 || word.compare(u"inf", Qt::CaseInsensitive) == 0 ||
        word.compare(u"infinity", Qt::CaseInsensitive) == 0 || word == u"\u221E")
        return fail(tr("\"%1\" is not an ordinary number; NaN and infinity cannot be used.").arg(s));

    const QChar thousands = m_decimalMark == u',' ? u'.' : u',';
    const auto notANumber = [&] {
        const bool hasDigit = std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
        return fail(
            hasDigit ? tr("\"%1\" is not a number written with a %2 as decimal mark.").arg(s, markName(m_decimalMark))
                     : tr("\"%1\" is not a number.").arg(s));
    };

    // Rebuild the number in C syntax ("-1234.5e3"), checking digit grouping on the way.
    QString plain;
    plain.reserve(s.size());
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (s[i] == u'+') {
        ++i;
    } else if (isMinus(s[i])) {
        plain.append(u'-');
        ++i;
    }
    int integerDigits = 0;
    int groupDigits = 0;
    bool grouped = false;
    for (; i < n; ++i) {
        const QChar c = s[i];
        if (c >= u'0' && c <= u'9') {
            plain.append(c);
            ++integerDigits;
            ++groupDigits;
        } else if (c == thousands || isGroupSpace(c)) {
            // Groups: 1 to 3 digits first, then exactly 3 ("1 234 567"); "12 5" is no number.
            if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                return notANumber();
            grouped = true;
            groupDigits = 0;
        } else {
            break;
        }
    }
    if (grouped && groupDigits != 3)
        return notANumber();
    int fractionDigits = 0;
    if (i < n && s[i] == m_decimalMark) {
        plain.append(u'.');
        for (++i; i < n && s[i] >= u'0' && s[i] <= u'9'; ++i) {
            plain.append(s[i]);
            ++fractionDigits;
        }
    }
    if (integerDigits + fractionDigits == 0)
        return notANumber();
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        plain.append(u'e');
        ++i;
        if (i < n && (s[i] == u'+' || isMinus(s[i]))) {
            plain.append(isMinus(s[i]) ? u'-' : u'+');
            ++i;
        }
        int exponentDigits = 0;
        for (; i < n && s[i] >= u'0' && s[i] <= u'9'; ++i, ++exponentDigits)
            plain.append(s[i]);
        if (exponentDigits == 0)
            return notANumber();
    }
    if (i != n)
        return notANumber();

    bool ok = false;
    const double value = QLocale::c().toDouble(plain, &ok);
    // The syntax was checked above, so a refusal here is an overflow or underflow.
    if (!ok || !std::isfinite(value) || std::abs(value) > MaxMagnitude)
        return fail(tr("\"%1\" is out of range: numbers must lie between -10^15 and 10^15.").arg(s));
    return value;
}

QString NumberParser::markName(QChar mark)
{
    return mark == u',' ? tr("comma") : tr("point");
}

} // namespace balise
