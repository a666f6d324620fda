#include "CsvReader.h"
#include "ImportError.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

CsvDocument parse(const QByteArray& bytes)
{
    return CsvReader().parse(bytes);
}

// "a|b|c" per row, rows joined by "/": one string that shows the whole parse in a failure message.
std::string shape(const CsvDocument& document)
{
    QStringList rows;
    for (const auto& row : document.rows) {
        QStringList cells;
        for (const auto& cell : row.cells)
            cells.append(cell.text);
        rows.append(cells.join(u'|'));
    }
    return str(rows.join(u'/'));
}

std::string firstError(const CsvDocument& document)
{
    return document.errors.isEmpty() ? std::string() : str(document.errors.first().format());
}

} // namespace

TEST_CASE("CSV: the separator is detected from the header line", "[csv][reader]")
{
    SECTION("comma")
    {
        const auto document = parse("service,indicator,period,value\nBus,I1,2024,1.5\n");
        REQUIRE(document.ok());
        CHECK(document.separator == u',');
        CHECK(shape(document) == "service|indicator|period|value/Bus|I1|2024|1.5");
    }
    SECTION("semicolon, although data cells hold commas")
    {
        const auto document = parse("level;code;name\nindicator;I1;Taux 1,5\n");
        REQUIRE(document.ok());
        CHECK(document.separator == u';');
        CHECK(shape(document) == "level|code|name/indicator|I1|Taux 1,5");
    }
    SECTION("tab")
    {
        const auto document = parse("a\tb\tc\n1\t2,5\t3\n");
        REQUIRE(document.ok());
        CHECK(document.separator == u'\t');
        CHECK(shape(document) == "a|b|c/1|2,5|3");
    }
    SECTION("separators inside quotes of the header do not count")
    {
        const auto document = parse("\"a;b;c\",d\n1,2\n");
        REQUIRE(document.ok());
        CHECK(document.separator == u',');
        CHECK(shape(document) == "a;b;c|d/1|2");
    }
    SECTION("leading blank lines are skipped before the header")
    {
        CHECK(CsvReader::detectSeparator(u"\n  \nx;y\n") == u';');
        CHECK(CsvReader::detectSeparator(u"single") == u',');
    }
    SECTION("a separator can be forced")
    {
        CsvReader reader;
        reader.setSeparator(u';');
        const auto document = reader.parse("a,b;c\n");
        CHECK(document.separator == u';');
        CHECK(shape(document) == "a,b|c");
    }
}

TEST_CASE("CSV: quoted cells hold separators, quotes and line breaks", "[csv][reader]")
{
    const QByteArray bytes = "name,actions,owner\n"
                             "\"Smith, J.\",\"Step 1\nStep \"\"2\"\"\",\"\"\n"
                             "plain,\"a;b\",last\n";
    const auto document = parse(bytes);
    REQUIRE(document.ok());
    REQUIRE(document.rows.size() == 3);
    const CsvRow& row = document.rows[1];
    REQUIRE(row.size() == 3);
    CHECK(str(row.cells[0].text) == "Smith, J.");
    CHECK(str(row.cells[1].text) == "Step 1\nStep \"2\"");
    CHECK(row.cells[1].quoted);
    CHECK(str(row.cells[2].text).empty());
    // The quoted line break moves the next row one line further down.
    CHECK(row.line == 2);
    CHECK(document.rows[2].line == 4);
    CHECK(document.rows[2].cells[2].line == 4);
    CHECK(document.rows[2].cells[2].column == 3);
    CHECK(str(document.rows[2].cells[1].text) == "a;b");
}

TEST_CASE("CSV: CRLF line ends, blank lines and a missing final line break", "[csv][reader]")
{
    SECTION("CRLF, also inside quotes")
    {
        const auto document = parse("a;b\r\n1;\"x\r\ny\"\r\n2;3");
        REQUIRE(document.ok());
        CHECK(shape(document) == "a|b/1|x\ny/2|3");
        CHECK(document.rows[2].line == 4);
    }
    SECTION("blank lines and separator-only lines are skipped but counted")
    {
        const auto document = parse("a,b\n\n1,2\n , \n\r\n3,4\n,\n");
        REQUIRE(document.ok());
        CHECK(shape(document) == "a|b/1|2/3|4");
        CHECK(document.rows[1].line == 3);
        CHECK(document.rows[2].line == 6);
    }
    SECTION("a trailing separator makes an empty last cell")
    {
        const auto document = parse("a;b;c\n1;2;");
        REQUIRE(document.ok());
        REQUIRE(document.rows.size() == 2);
        CHECK(document.rows[1].size() == 3);
        CHECK(document.rows[1].cells[2].text.isEmpty());
    }
    SECTION("spaces before an opening quote are tolerated")
    {
        const auto document = parse("a, b\n1, \"x, y\"\n");
        REQUIRE(document.ok());
        CHECK(shape(document) == "a| b/1|x, y");
    }
    SECTION("a quote inside an unquoted cell is text")
    {
        const auto document = parse("a,b\n12\" screen,2\n");
        REQUIRE(document.ok());
        CHECK(shape(document) == "a|b/12\" screen|2");
    }
}

TEST_CASE("CSV: UTF-8 with or without BOM — other encodings are refused with the line", "[csv][reader]")
{
    SECTION("BOM removed and reported")
    {
        const auto document = parse("\xEF\xBB\xBFlevel;code\nobjectif;Mobilit\xC3\xA9\n");
        REQUIRE(document.ok());
        CHECK(document.hadBom);
        CHECK(str(document.rows[0].cells[0].text) == "level");
        CHECK(document.rows[1].cells[1].text == QStringLiteral("Mobilit\u00E9"));
    }
    SECTION("no BOM")
    {
        const auto document = parse("a;b\n\xC3\xA9t\xC3\xA9;2\n");
        REQUIRE(document.ok());
        CHECK_FALSE(document.hadBom);
        CHECK(document.rows[1].cells[0].text == QStringLiteral("\u00E9t\u00E9"));
    }
    SECTION("Windows-1252 text")
    {
        const auto document = parse("a;b\n1;2\ncaf\xE9;3\n");
        REQUIRE_FALSE(document.ok());
        REQUIRE(document.errors.size() == 1);
        CHECK(document.errors.first().line == 3);
        CHECK_THAT(firstError(document), Catch::Contains("line 3:") && Catch::Contains("UTF-8"));
        CHECK(document.rows.isEmpty());
    }
    SECTION("overlong forms, surrogates and code points beyond U+10FFFF")
    {
        for (const QByteArray& bad :
             {QByteArray("a\n\xC0\xAF\n"), QByteArray("a\n\xED\xA0\x80\n"), QByteArray("a\n\xF4\x90\x80\x80\n")}) {
            const auto document = parse(bad);
            REQUIRE_FALSE(document.ok());
            CHECK(document.errors.first().line == 2);
        }
    }
    SECTION("a multi-byte sequence cut at the end of the file")
    {
        const auto document = parse("a,b\n1,\xC3");
        REQUIRE_FALSE(document.ok());
        CHECK(document.errors.first().line == 2);
    }
    SECTION("UTF-16")
    {
        const auto document = parse(QByteArray("\xFF\xFE"
                                               "a\0,\0b\0",
                                               8));
        REQUIRE_FALSE(document.ok());
        CHECK_THAT(firstError(document), Catch::Contains("UTF-16"));
    }
    SECTION("NUL bytes")
    {
        const auto document = parse(QByteArray("a,b\n1,\0\n", 8));
        REQUIRE_FALSE(document.ok());
        CHECK(document.errors.first().line == 2);
    }
}

TEST_CASE("CSV: malformed quoting is reported where it starts", "[csv][reader]")
{
    SECTION("an unterminated quote names the line where it opened")
    {
        const auto document = parse("a,b\n1,\"open\n2,3\n4,5\n");
        REQUIRE_FALSE(document.ok());
        REQUIRE(document.errors.size() == 1);
        CHECK(document.errors.first().line == 2);
        CHECK(document.errors.first().column == 2);
        CHECK_THAT(firstError(document), Catch::Contains("line 2, column 2:") && Catch::Contains("never closed"));
    }
    SECTION("text after a closing quote")
    {
        const auto document = parse("a,b\n\"x\"y,2\n");
        REQUIRE_FALSE(document.ok());
        CHECK(document.errors.first().line == 2);
        CHECK(document.errors.first().column == 1);
    }
    SECTION("spaces after a closing quote are fine")
    {
        const auto document = parse("a,b\n\"x\"  ,2\n");
        REQUIRE(document.ok());
        CHECK(shape(document) == "a|b/x|2");
    }
}

TEST_CASE("CSV: size cap and unreadable files", "[csv][reader]")
{
    SECTION("bytes over the cap are refused")
    {
        CsvReader reader;
        CHECK(reader.maxBytes() == 64LL * 1024 * 1024);
        reader.setMaxBytes(8);
        CHECK(reader.parse("a,b\n1,2\n").ok()); // exactly 8 bytes
        const auto document = reader.parse("a,b\n1,23\n");
        REQUIRE_FALSE(document.ok());
        CHECK_THAT(firstError(document), Catch::Contains("too large"));
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("a missing file is one sentence naming it")
    {
        const auto document = CsvReader().readFile(dir.filePath(QStringLiteral("absent.csv")));
        REQUIRE(document.errors.size() == 1);
        CHECK_THAT(firstError(document), Catch::StartsWith("Cannot read") && Catch::Contains("absent.csv"));
    }
    SECTION("a folder")
    {
        const auto document = CsvReader().readFile(dir.path());
        REQUIRE(document.errors.size() == 1);
        CHECK_THAT(firstError(document), Catch::Contains("folder"));
    }
    SECTION("a real file, and the same file over the cap")
    {
        const QString path = dir.filePath(QStringLiteral("ok.csv"));
        REQUIRE(test::writeBytes(path, "a;b\n1;2\n"));
        const auto document = CsvReader().readFile(path);
        REQUIRE(document.ok());
        CHECK(shape(document) == "a|b/1|2");
        CsvReader small;
        small.setMaxBytes(4);
        const auto refused = small.readFile(path);
        REQUIRE_FALSE(refused.ok());
        CHECK_THAT(firstError(refused), Catch::Contains("ok.csv") && Catch::Contains("too large"));
    }
}

TEST_CASE("CSV: errors read as line and column", "[csv][reader]")
{
    CHECK(str(ImportError{3, 2, QStringLiteral("Oops.")}.format()) == "line 3, column 2: Oops.");
    CHECK(str(ImportError{3, 0, QStringLiteral("Oops.")}.format()) == "line 3: Oops.");
    CHECK(str(ImportError{0, 0, QStringLiteral("Oops.")}.format()) == "Oops.");
    CHECK(str(ImportError::formatAll({{1, 1, QStringLiteral("A.")}, {2, 0, QStringLiteral("B.")}})) ==
          "line 1, column 1: A.\nline 2: B.");
    CHECK(str(CsvDocument::separatorName(u';')) == "semicolon");
}
