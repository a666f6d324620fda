#include "ImportErrorList.h"
#include "NumberParser.h"

#include <QLocale>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

QList<CsvCell> cells(std::initializer_list<const char*> texts)
{
    QList<CsvCell> result;
    int line = 2;
    for (const char* text : texts)
        result.append({QString::fromUtf8(text), line++, 3, false});
    return result;
}

std::optional<double> parsed(QChar mark, const QString& text)
{
    return NumberParser(mark).parse(text);
}

std::string refusal(QChar mark, const QString& text)
{
    QString error;
    const auto value = NumberParser(mark).parse(text, &error);
    return value ? std::string("accepted") : str(error);
}

} // namespace

TEST_CASE("Numbers: the decimal mark is decided for the whole file", "[csv][numbers]")
{
    SECTION("a comma separator means a decimal point, whatever the cells")
    {
        const auto detection = NumberParser::detectDecimalMark(u',', cells({"1,5", "2"}));
        CHECK(detection.mark == u'.');
        CHECK_FALSE(detection.fromCells);
        CHECK(detection.errors.isEmpty());
    }
    SECTION("French cells with a semicolon separator")
    {
        const auto detection = NumberParser::detectDecimalMark(u';', cells({"", "12", "1,5", "NA"}));
        CHECK(detection.mark == u',');
        CHECK(detection.fromCells);
        CHECK(detection.errors.isEmpty());
    }
    SECTION("English cells with a semicolon separator")
    {
        const auto detection = NumberParser::detectDecimalMark(u';', cells({"3", "1.5"}));
        CHECK(detection.mark == u'.');
        CHECK(detection.fromCells);
    }
    SECTION("thousands separators point at the other mark")
    {
        CHECK(NumberParser::detectDecimalMark(u';', cells({"1.234,5"})).mark == u',');
        CHECK(NumberParser::detectDecimalMark(u';', cells({"1 234,5"})).mark == u',');
        CHECK(NumberParser::detectDecimalMark(u';', cells({"1.234.567"})).mark == u',');
        CHECK(NumberParser::detectDecimalMark(u'\t', cells({"1,234.5"})).mark == u'.');
    }
    SECTION("integers and text say nothing")
    {
        const auto detection = NumberParser::detectDecimalMark(u';', cells({"12", "Bus, tram", "v1.2b"}));
        CHECK(detection.mark == u'.');
        CHECK_FALSE(detection.fromCells);
    }
    SECTION("both marks used as decimals is an error naming both lines")
    {
        const auto detection = NumberParser::detectDecimalMark(u';', cells({"1,5", "7", "2.5"}));
        REQUIRE(detection.errors.size() == 1);
        const ImportError& error = detection.errors.first();
        CHECK(error.line == 4);
        CHECK(error.column == 3);
        CHECK_THAT(str(error.message), Catch::Contains("\"2.5\"") && Catch::Contains("line 2"));
    }
}

TEST_CASE("Numbers: parsing with the file's mark, never the system locale", "[csv][numbers]")
{
    CHECK(parsed(u'.', QStringLiteral("1.5")) == 1.5);
    CHECK(parsed(u'.', QStringLiteral(" -2.25 ")) == -2.25);
    CHECK(parsed(u'.', QStringLiteral("+7")) == 7.0);
    CHECK(parsed(u'.', QStringLiteral("1,234.5")) == 1234.5);
    CHECK(parsed(u'.', QStringLiteral("1e3")) == 1000.0);
    CHECK(parsed(u'.', QStringLiteral(".5")) == 0.5);
    CHECK(parsed(u',', QStringLiteral("1,5")) == 1.5);
    CHECK(parsed(u',', QStringLiteral("1.234,5")) == 1234.5);
    CHECK(parsed(u',', QStringLiteral("1 234,5")) == 1234.5);
    CHECK(parsed(u',', QStringLiteral("1\u00A0234\u00A0567,25")) == 1234567.25);
    CHECK(parsed(u',', QStringLiteral("1\u202F234,5")) == 1234.5);
    CHECK(parsed(u',', QStringLiteral("\u22123,5")) == -3.5);
    CHECK(parsed(u',', QStringLiteral("2,5E-1")) == 0.25);
    CHECK(parsed(u'.', QStringLiteral("1e15")) == 1e15);
    CHECK(parsed(u'.', QStringLiteral("-1000000000000000")) == -1e15);

    // A French default locale must not change how a point-decimal file reads.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    CHECK(parsed(u'.', QStringLiteral("1.5")) == 1.5);
    CHECK_FALSE(parsed(u'.', QStringLiteral("1,5")));
    QLocale::setDefault(previous);
}

TEST_CASE("Numbers: NaN, infinity, huge values and malformed text are refused", "[csv][numbers]")
{
    CHECK_THAT(refusal(u'.', QStringLiteral("NaN")), Catch::Contains("NaN and infinity"));
    CHECK_THAT(refusal(u'.', QStringLiteral("inf")), Catch::Contains("NaN and infinity"));
    CHECK_THAT(refusal(u',', QStringLiteral("-Infinity")), Catch::Contains("NaN and infinity"));
    CHECK_THAT(refusal(u'.', QStringLiteral("1e16")), Catch::Contains("out of range"));
    CHECK_THAT(refusal(u'.', QStringLiteral("-2000000000000000")), Catch::Contains("out of range"));
    CHECK_THAT(refusal(u'.', QStringLiteral("1e400")), Catch::Contains("out of range"));
    CHECK_THAT(refusal(u',', QStringLiteral("1.5")), Catch::Contains("comma as decimal mark"));
    CHECK_THAT(refusal(u'.', QStringLiteral("1,5")), Catch::Contains("point as decimal mark"));
    CHECK_THAT(refusal(u',', QStringLiteral("12 5")), Catch::Contains("not a number"));
    CHECK_THAT(refusal(u',', QStringLiteral("1 2345")), Catch::Contains("not a number"));
    CHECK_THAT(refusal(u'.', QStringLiteral("abc")), Catch::Equals("\"abc\" is not a number."));
    CHECK_THAT(refusal(u'.', QStringLiteral("12 %")), Catch::Contains("not a number"));
    CHECK_THAT(refusal(u'.', QStringLiteral("1e")), Catch::Contains("not a number"));
    CHECK_THAT(refusal(u'.', QStringLiteral("-")), Catch::Contains("not a number"));
    CHECK_THAT(refusal(u'.', QString()), Catch::Contains("A number is expected"));
    CHECK(str(NumberParser::markName(u',')) == "comma");
}

TEST_CASE("Import errors are capped and kept in file order", "[csv][errors]")
{
    ImportErrorList errors(3);
    errors.add(9, 1, QStringLiteral("nine"));
    errors.add(2, 4, QStringLiteral("two-four"));
    errors.add(5, 0, QStringLiteral("five"));
    errors.add(2, 1, QStringLiteral("two-one"));
    errors.add(7, 0, QStringLiteral("seven"));
    CHECK(errors.total() == 5);
    const auto list = errors.toList();
    REQUIRE(list.size() == 4);
    CHECK(str(list[0].message) == "two-one");
    CHECK(str(list[1].message) == "two-four");
    CHECK(str(list[2].message) == "five");
    CHECK(str(list[3].format()) == "\u2026 and 2 more errors.");
}
