#include "MeasurementCsvReader.h"
#include "MeasurementText.h"

#include "CsvHeader.h"
#include "CsvReader.h"
#include "ImportErrorList.h"
#include "NumberParser.h"

#include <QHash>

namespace balise {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString Service = u"service"_s;
const QString IndicatorColumn = u"indicator"_s;
const QString PeriodColumn = u"period"_s;
const QString Value = u"value"_s;
const QString Comment = u"comment"_s;
const QString Source = u"source"_s;
const QString Confidence = u"confidence"_s;

// What may appear only once in a file: (service, indicator, period), services and periods by their
// index in the plan's lists. Integers, not strings: a million-line file makes a million keys.
struct Triple
{
    qsizetype service = 0;
    EntityId indicator = NoId;
    qsizetype period = 0;

    bool operator==(const Triple&) const = default;
};

size_t qHash(const Triple& key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.service, key.indicator, key.period);
}

// Builds the plan line by line: resolves indicators, reads values by the indicator's kind, and
// remembers what it has seen to report duplicates and list services and periods once.
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementCsvReader)

public:
    PlanBuilder(const Framework& framework, MeasurementImportPlan& plan) : m_plan(plan)
    {
        // Codes compare case-insensitively, as Framework::findByCode does; one lookup table instead
        // of a scan of the framework per cell.
        for (const FrameworkNode& node : framework.nodes())
            m_nodes.insert(node.code.trimmed().toLower(), &node);
    }

    void readLong(const QList<CsvRow>& rows, const CsvHeader& header, const QString& defaultPeriod);
    void readWide(const QList<CsvRow>& rows, const CsvHeader& header, const QString& period);
    void finish()
    {
        m_plan.errors = m_errors.toList();
        m_plan.warnings = m_warnings.toList();
    }

    ImportErrorList& errors() { return m_errors; }
    ImportErrorList& warnings() { return m_warnings; }

private:
    // The indicator a code names, or nullptr after reporting why not at `where`.
    const FrameworkNode* indicator(const QString& code, const ImportError& where);
    bool rightCellCount(const CsvRow& row, int expected);
    // Fills state, value and level from the cell; false after reporting an error.
    bool readValue(const FrameworkNode& indicator, const CsvRow& row, int column, MeasurementImportRow& out);
    void add(MeasurementImportRow row);
    void setDecimalMark(const DecimalMarkDetection& detection);

    MeasurementImportPlan& m_plan;
    QHash<QString, const FrameworkNode*> m_nodes;
    NumberParser m_numbers;
    ImportErrorList m_errors;
    ImportErrorList m_warnings;
    QHash<QString, qsizetype> m_serviceIndex; // lower-case name → index in m_plan.services
    QHash<QString, qsizetype> m_periodIndex;  // lower-case label → index in m_plan.periods
    QHash<Triple, int> m_lineOfTriple;
};

const FrameworkNode* PlanBuilder::indicator(const QString& code, const ImportError& where)
{
    const FrameworkNode* node = m_nodes.value(code.toLower());
    if (code.isEmpty())
        m_errors.add(where.line, where.column, tr("The indicator code is missing."));
    else if (!node)
        m_errors.add(where.line, where.column,
                     tr("\"%1\" is not the code of an indicator of the framework.").arg(code));
    else if (!node->isIndicator())
        m_errors.add(where.line, where.column,
                     tr("\"%1\" is not an indicator of the framework but an element of kind %2: it cannot be measured.")
                         .arg(node->code, labelOf(node->kind).toLower()));
    else
        return node;
    return nullptr;
}

bool PlanBuilder::rightCellCount(const CsvRow& row, int expected)
{
    // Trailing empty cells are what some spreadsheets write after the last column: harmless.
    bool extraCellsEmpty = true;
    for (int i = expected; i < row.size() && extraCellsEmpty; ++i)
        extraCellsEmpty = row.text(i).isEmpty();
    if (row.size() >= expected && extraCellsEmpty)
        return true;
    m_errors.add(row.line, 0, tr("This line has %1 cells but the header has %2.").arg(row.size()).arg(expected));
    return false;
}

bool PlanBuilder::readValue(const FrameworkNode& indicator, const CsvRow& row, int column, MeasurementImportRow& out)
{
    out.column = column + 1;
    QString message;
    const auto reading = MeasurementText::read(indicator, row.text(column), m_numbers, &message);
    if (!reading) {
        m_errors.add(row.errorAt(column, message));
        return false;
    }
    out.state = reading->state;
    out.value = reading->value;
    out.level = reading->level;
    return true;
}

void PlanBuilder::add(MeasurementImportRow row)
{
    // Names compare case-insensitively, as the model's uniqueness rules do; the first spelling is kept.
    const auto indexOf = [](QHash<QString, qsizetype>& index, QStringList& names, const QString& name) {
        const QString key = name.toLower();
        if (const auto it = index.constFind(key); it != index.cend())
            return *it;
        names.append(name);
        return *index.insert(key, names.size() - 1);
    };
    const Triple triple{indexOf(m_serviceIndex, m_plan.services, row.serviceName), row.indicatorId,
                        indexOf(m_periodIndex, m_plan.periods, row.periodLabel)};
    if (const auto it = m_lineOfTriple.constFind(triple); it != m_lineOfTriple.cend()) {
        m_errors.add(row.line, row.column,
                     tr("The measurement of \"%1\" for service \"%2\" in period \"%3\" already appears on line %4.")
                         .arg(row.indicatorCode, row.serviceName, row.periodLabel)
                         .arg(*it));
        return;
    }
    m_lineOfTriple.insert(triple, row.line);
    m_plan.rows.append(std::move(row));
}

void PlanBuilder::setDecimalMark(const DecimalMarkDetection& detection)
{
    m_plan.decimalMark = detection.mark;
    m_numbers = NumberParser(detection.mark);
    m_errors.add(detection.errors);
}

void PlanBuilder::readLong(const QList<CsvRow>& rows, const CsvHeader& header, const QString& defaultPeriod)
{
    const int serviceColumn = header.indexOf(Service);
    const int indicatorColumn = header.indexOf(IndicatorColumn);
    const int periodColumn = header.indexOf(PeriodColumn);
    const int valueColumn = header.indexOf(Value);
    const int commentColumn = header.indexOf(Comment);
    const int sourceColumn = header.indexOf(Source);
    const int confidenceColumn = header.indexOf(Confidence);

    // Values of qualitative indicators ("2") and of unknown codes say nothing of the decimal mark.
    QList<CsvCell> numericCells;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        const FrameworkNode* node = m_nodes.value(row.text(indicatorColumn).toLower());
        if (valueColumn < row.size() && !(node && node->indicator.kind == IndicatorKind::Qualitative))
            numericCells.append(row.cells[valueColumn]);
        if (confidenceColumn >= 0 && confidenceColumn < row.size())
            numericCells.append(row.cells[confidenceColumn]);
    }
    setDecimalMark(NumberParser::detectDecimalMark(m_plan.separator, numericCells));

    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (!rightCellCount(row, header.size()))
            continue;
        MeasurementImportRow out;
        out.line = row.line;
        bool valid = true;
        out.serviceName = row.text(serviceColumn);
        if (out.serviceName.isEmpty()) {
            m_errors.add(row.errorAt(serviceColumn, tr("The service name is missing.")));
            valid = false;
        }
        out.periodLabel = periodColumn >= 0 ? row.text(periodColumn) : QString();
        if (out.periodLabel.isEmpty())
            out.periodLabel = defaultPeriod;
        if (out.periodLabel.isEmpty()) {
            m_errors.add(row.errorAt(periodColumn, tr("The period is missing.")));
            valid = false;
        }
        const FrameworkNode* node = indicator(row.text(indicatorColumn), row.errorAt(indicatorColumn, {}));
        if (node) {
            out.indicatorCode = node->code;
            out.indicatorId = node->id;
            valid = readValue(*node, row, valueColumn, out) && valid;
        } else {
            valid = false;
        }
        if (commentColumn >= 0)
            out.comment = row.text(commentColumn);
        if (sourceColumn >= 0)
            out.source = row.text(sourceColumn);
        if (confidenceColumn >= 0 && !row.text(confidenceColumn).isEmpty()) {
            QString message;
            out.confidence = m_numbers.parse(row.text(confidenceColumn), &message);
            if (!out.confidence) {
                m_errors.add(row.errorAt(confidenceColumn, message));
                valid = false;
            } else if (*out.confidence < 0 || *out.confidence > 1) {
                m_errors.add(row.errorAt(confidenceColumn, tr("The confidence must lie between 0 and 1.")));
                valid = false;
            }
        }
        if (valid)
            add(std::move(out));
    }
}

void PlanBuilder::readWide(const QList<CsvRow>& rows, const CsvHeader& header, const QString& period)
{
    const CsvRow& headerRow = header.row();
    // Column index → indicator; columns whose code is wrong are reported once, here, and skipped.
    QList<std::pair<int, const FrameworkNode*>> columns;
    QHash<EntityId, int> columnOfIndicator;
    for (int c = 1; c < headerRow.size(); ++c) {
        const QString code = headerRow.text(c);
        if (code.isEmpty()) {
            // A column without a name is harmless while it is empty (a stray separator at line end).
            const bool used =
                std::any_of(rows.cbegin() + 1, rows.cend(), [c](const CsvRow& row) { return !row.text(c).isEmpty(); });
            if (used)
                m_errors.add(headerRow.errorAt(c, tr("This column holds values but no indicator code.")));
            continue;
        }
        const FrameworkNode* node = indicator(code, headerRow.errorAt(c, {}));
        if (!node)
            continue;
        if (const auto it = columnOfIndicator.constFind(node->id); it != columnOfIndicator.cend()) {
            m_errors.add(
                headerRow.errorAt(c, tr("The indicator \"%1\" already has column %2.").arg(node->code).arg(*it + 1)));
            continue;
        }
        columnOfIndicator.insert(node->id, c);
        columns.append({c, node});
    }

    QList<CsvCell> numericCells;
    for (qsizetype r = 1; r < rows.size(); ++r)
        for (const auto& [c, node] : columns)
            if (node->indicator.kind == IndicatorKind::Quantitative && c < rows[r].size())
                numericCells.append(rows[r].cells[c]);
    setDecimalMark(NumberParser::detectDecimalMark(m_plan.separator, numericCells));

    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (!rightCellCount(row, header.size()))
            continue;
        const QString service = row.text(0);
        if (service.isEmpty()) {
            m_errors.add(row.errorAt(0, tr("The service name is missing.")));
            continue;
        }
        for (const auto& [c, node] : columns) {
            MeasurementImportRow out;
            out.line = row.line;
            out.serviceName = service;
            out.periodLabel = period;
            out.indicatorCode = node->code;
            out.indicatorId = node->id;
            if (readValue(*node, row, c, out))
                add(std::move(out));
        }
    }
}

} // namespace

bool MeasurementCsvReader::isMissingMarker(const QString& text)
{
    return MeasurementText::isMissingMarker(text);
}

MeasurementImportPlan MeasurementCsvReader::readBytes(const QByteArray& bytes, const Framework& framework,
                                                      const QString& periodLabel)
{
    return read(CsvReader().parse(bytes), framework, periodLabel);
}

MeasurementImportPlan MeasurementCsvReader::readFile(const QString& path, const Framework& framework,
                                                     const QString& periodLabel)
{
    return read(CsvReader().readFile(path), framework, periodLabel);
}

MeasurementImportPlan MeasurementCsvReader::read(const CsvDocument& document, const Framework& framework,
                                                 const QString& periodLabel)
{
    MeasurementImportPlan plan;
    plan.separator = document.separator;
    if (!document.ok()) {
        plan.errors = document.errors;
        return plan;
    }
    if (document.isEmpty()) {
        plan.errors.append({0, 0,
                            tr("The file is empty: it needs a header line naming its columns, then one line "
                               "per measurement or per service.")});
        return plan;
    }
    const CsvHeader header(document.rows.first());
    const int headerLine = header.row().line;
    const QString period = periodLabel.trimmed();

    if (header.contains(Service) && header.contains(IndicatorColumn) && header.contains(Value)) {
        plan.layout = MeasurementFileLayout::Long;
    } else if (header.nameAt(0) == Service) {
        plan.layout = MeasurementFileLayout::Wide;
    } else {
        plan.errors.append({headerLine, 0,
                            tr("The header must either name the columns service, indicator, period and value, or "
                               "start with service followed by one column per indicator code.")});
        return plan;
    }

    PlanBuilder builder(framework, plan);
    if (plan.layout == MeasurementFileLayout::Long) {
        if (!header.contains(PeriodColumn) && period.isEmpty()) {
            plan.errors.append(
                {headerLine, 0, tr("The header has no period column and no period was given for the whole file.")});
            return plan;
        }
        for (int index : header.duplicates())
            builder.errors().add(
                header.row().errorAt(index, tr("The column \"%1\" appears twice.").arg(header.row().text(index))));
        static const QStringList known = {Service, IndicatorColumn, PeriodColumn, Value, Comment, Source, Confidence};
        for (int index = 0; index < header.size(); ++index) {
            const QString name = header.nameAt(index);
            if (!name.isEmpty() && !known.contains(name))
                builder.warnings().add(header.row().errorAt(
                    index,
                    tr("The column \"%1\" is not one Balise knows; it is ignored.").arg(header.row().text(index))));
        }
        builder.readLong(document.rows, header, period);
    } else {
        if (period.isEmpty()) {
            plan.errors.append(
                {headerLine, 0, tr("This file has one column per indicator: give the period its values belong to.")});
            return plan;
        }
        builder.readWide(document.rows, header, period);
    }
    if (document.rows.size() == 1)
        builder.errors().add(headerLine, 0, tr("The file has a header but no measurement."));
    builder.finish();
    return plan;
}

} // namespace balise
