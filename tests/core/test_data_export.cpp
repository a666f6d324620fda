// Files for other software: the CSV dialects, the formula guard (made inert on the way out, read back
// as written), and measurements exported, then imported into a project of the same framework, equal
// to what was exported — in both dialects.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "DataExport.h"
#include "Evaluation.h"
#include "EvaluationBuilder.h"
#include "FrameworkCsvReader.h"
#include "FrameworkCsvWriter.h"
#include "MeasurementCsvReader.h"
#include "Project.h"
#include "RichProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace balise;

namespace {

ProjectInfo titled(const QString& title)
{
    ProjectInfo info;
    info.title = title;
    return info;
}

} // namespace

TEST_CASE("CSV cells that a spreadsheet would run as formulas are written inert and read back as written",
          "[csv][export]")
{
    const CsvWriter comma;
    for (const QString& evil : {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+33 1 23"),
                                QStringLiteral("-2 points"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tTab")}) {
        INFO(evil.toStdString());
        const QString cell = comma.text(evil);
        CHECK((cell.startsWith(QLatin1Char('\'')) || cell.startsWith(QStringLiteral("\"'"))));
        // Read back through Balise's own reader: the original text.
        const CsvDocument doc = CsvReader().parse((QStringLiteral("name\n") + cell + QLatin1Char('\n')).toUtf8());
        REQUIRE(doc.ok());
        REQUIRE(doc.rows.size() == 2);
        CHECK(doc.rows[1].cells[0].text == evil);
    }
    // Ordinary text and numbers are left alone; a negative number is a number, not a formula.
    CHECK(comma.text(QStringLiteral("Vélo libre")) == QStringLiteral("Vélo libre"));
    CHECK(comma.text(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(comma.text(QStringLiteral("dit \"oui\"")) == QStringLiteral("\"dit \"\"oui\"\"\""));
    CHECK(comma.number(-2.5) == QStringLiteral("-2.5"));
    CHECK(comma.number(400000) == QStringLiteral("400000"));
    CHECK(comma.number(0.1 + 0.2) == QStringLiteral("0.30000000000000004"));
    CHECK(comma.number(std::nan("")).isEmpty());

    const CsvWriter semicolon(CsvDialect::semicolon());
    CHECK(semicolon.start() == QString(QChar(0xfeff)));
    CHECK(semicolon.number(1234.5) == QStringLiteral("1234,5"));
    CHECK(semicolon.text(QStringLiteral("a,b")) == QStringLiteral("a,b"));
    CHECK(semicolon.row({QStringLiteral("a"), QStringLiteral("b")}) == QStringLiteral("a;b\r\n"));
    CHECK(CsvDialect::named(QStringLiteral("semicolon"))->separator == QLatin1Char(';'));
    CHECK_FALSE(CsvDialect::named(QStringLiteral("tab")));
}

TEST_CASE("A framework with formula-like names goes to CSV and back unchanged", "[csv][export]")
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("f.balise")), titled(QStringLiteral("F")));
    FrameworkImportNode objective;
    objective.node.code = QStringLiteral("O1");
    objective.node.name = QStringLiteral("=1+1 objectif");
    FrameworkImportNode indicator;
    indicator.node.kind = NodeKind::Indicator;
    indicator.node.code = QStringLiteral("I1");
    indicator.node.name = QStringLiteral("-5 % de CO2");
    indicator.node.owner = QStringLiteral("@mairie");
    indicator.node.indicator.unit = QStringLiteral("%");
    indicator.parentCode = QStringLiteral("O1");
    project->addNodes({objective, indicator});
    const QByteArray csv = FrameworkCsvWriter::write(project->framework());
    CHECK(csv.contains("'=1+1 objectif"));
    const FrameworkImportPlan plan = FrameworkCsvReader::read(CsvReader().parse(csv));
    REQUIRE(plan.ok());
    REQUIRE(plan.nodes.size() == 2);
    CHECK(plan.nodes[0].node.name == QStringLiteral("=1+1 objectif"));
    CHECK(plan.nodes[1].node.name == QStringLiteral("-5 % de CO2"));
    CHECK(plan.nodes[1].node.owner == QStringLiteral("@mairie"));
}

TEST_CASE("Measurements exported as CSV import back into the same values, in both dialects", "[csv][export]")
{
    QTemporaryDir dir;
    auto source = Project::create(dir.filePath(QStringLiteral("source.balise")), titled(QStringLiteral("S")));
    test::fillWithEveryEntity(*source);
    REQUIRE_FALSE(source->data().measurements.isEmpty());

    for (const CsvDialect& dialect : {CsvDialect::comma(), CsvDialect::semicolon()}) {
        INFO(QString(dialect.separator).toStdString());
        const QByteArray csv = DataExport::measurementsCsv(source->data(), dialect);
        CHECK(csv.startsWith("\xEF\xBB\xBF") == dialect.bom);
        const MeasurementImportPlan plan = MeasurementCsvReader::readBytes(csv, source->framework());
        INFO(ImportError::formatAll(plan.errors).toStdString());
        REQUIRE(plan.ok());
        CHECK(plan.separator == dialect.separator);
        CHECK(plan.rows.size() == source->data().measurements.size());

        // Into a project with the same framework and nothing measured: the same measurements.
        const QString path = dir.filePath(QStringLiteral("target-%1.balise").arg(dialect.bom ? 1 : 0));
        auto target = Project::create(path, titled(QStringLiteral("T")));
        QList<FrameworkImportNode> nodes;
        for (const FrameworkNode* node : source->framework().depthFirst()) {
            FrameworkImportNode item;
            item.node = *node;
            item.node.id = NoId;
            item.node.parentId = NoId;
            item.node.links.clear();
            if (const FrameworkNode* parent = source->framework().find(node->parentId))
                item.parentCode = parent->code;
            nodes.append(item);
        }
        target->addNodes(nodes);
        target->importMeasurements(plan.rows, false);
        REQUIRE(target->data().measurements.size() == source->data().measurements.size());
        // And out again: the same file.
        CHECK(DataExport::measurementsCsv(target->data(), dialect) == csv);
    }
}

TEST_CASE("Measurements and results as JSON and CSV say what each value is", "[csv][export]")
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("p.balise")), titled(QStringLiteral("P")));
    test::fillWithEveryEntity(*project);
    const QJsonObject json = QJsonDocument::fromJson(DataExport::measurementsJson(project->data())).object();
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("balise-measurements"));
    CHECK(json.value(QStringLiteral("version")).toInt() == 1);
    const QJsonArray list = json.value(QStringLiteral("measurements")).toArray();
    REQUIRE(list.size() == project->data().measurements.size());
    for (const QJsonValue& value : list) {
        const QJsonObject m = value.toObject();
        CHECK_FALSE(m.value(QStringLiteral("service")).toString().isEmpty());
        CHECK(fromKey<MeasurementState>(m.value(QStringLiteral("state")).toString()));
    }

    REQUIRE(EvaluationBuilder::unavailableReason(project->data()).isEmpty());
    const EvaluationSetup setup = EvaluationBuilder::build(project->data());
    const engine::EvaluationResult result = engine::evaluate(setup.input);
    const QByteArray bytes = DataExport::resultsCsv(setup, result, CsvDialect::semicolon());
    CHECK(bytes.startsWith("\xEF\xBB\xBFperiod;service;node;name;level;score;coverage;light;rank\r\n"));
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 1 + result.periods * result.services * result.nodes);
}
