#include "BenchWorkload.h"

#include "CsvHeader.h"
#include "CsvReader.h"
#include "NumberParser.h"
#include "RandomStream.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <cmath>
#include <limits>

namespace balise::cli {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

struct HierarchyRow
{
    QString code;
    QString parent;
    int level = 0;
    double direction = 1.0;
    double weight = 1.0;
};

// The decimal mark of a file from the cells of its numeric columns (the codes are not evidence).
NumberParser numbersOf(const CsvDocument& document, const QList<int>& numericColumns)
{
    QList<CsvCell> cells;
    for (qsizetype r = 1; r < document.rows.size(); ++r)
        for (int column : numericColumns)
            if (column >= 0 && column < document.rows.at(r).size())
                cells.append(document.rows.at(r).cells.at(column));
    return NumberParser(NumberParser::detectDecimalMark(document.separator, cells).mark);
}

QString fileError(const QString& path, const QString& message)
{
    return BenchWorkload::tr("%1: %2").arg(QFileInfo(path).fileName(), message);
}

} // namespace

std::optional<BenchWorkload> BenchWorkload::read(const QString& hierarchyPath, const QString& dataPath, QString* error)
{
    auto fail = [error](const QString& sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const CsvReader reader;
    const CsvDocument hierarchy = reader.readFile(hierarchyPath);
    if (!hierarchy.ok())
        return fail(ImportError::formatAll(hierarchy.errors));
    if (hierarchy.rows.size() < 2)
        return fail(fileError(hierarchyPath, tr("the hierarchy file has no rows.")));
    const CsvHeader hierarchyHeader(hierarchy.rows.first());
    const int codeColumn = hierarchyHeader.indexOf(QStringLiteral("icode"));
    const int levelColumn = hierarchyHeader.indexOf(QStringLiteral("level"));
    const int parentColumn = hierarchyHeader.indexOf(QStringLiteral("parent"));
    const int directionColumn = hierarchyHeader.indexOf(QStringLiteral("direction"));
    const int weightColumn = hierarchyHeader.indexOf(QStringLiteral("weight"));
    if (codeColumn < 0 || levelColumn < 0 || parentColumn < 0 || weightColumn < 0)
        return fail(
            fileError(hierarchyPath, tr("a hierarchy file needs the columns iCode, Level, Parent and Weight.")));
    const NumberParser numbers = numbersOf(hierarchy, {levelColumn, directionColumn, weightColumn});

    QList<HierarchyRow> rows;
    QHash<QString, int> rowOf;
    QHash<QString, QList<int>> childrenOf; // parent code → rows, in file order
    QList<int> roots;
    for (qsizetype r = 1; r < hierarchy.rows.size(); ++r) {
        const CsvRow& cells = hierarchy.rows.at(r);
        HierarchyRow row;
        row.code = cells.text(codeColumn);
        row.parent = cells.text(parentColumn);
        QString why;
        const auto level = numbers.parse(cells.text(levelColumn), &why);
        const auto weight = cells.text(weightColumn).isEmpty() ? std::optional<double>(1.0)
                                                               : numbers.parse(cells.text(weightColumn), &why);
        const auto direction = directionColumn < 0 || cells.text(directionColumn).isEmpty()
                                   ? std::optional<double>(1.0)
                                   : numbers.parse(cells.text(directionColumn), &why);
        if (row.code.isEmpty() || !level || !weight || !direction || *weight < 0)
            return fail(fileError(hierarchyPath, tr("line %1 is not a valid hierarchy row.").arg(cells.line)));
        if (rowOf.contains(row.code))
            return fail(fileError(hierarchyPath, tr("the code %1 appears twice.").arg(row.code)));
        row.level = static_cast<int>(*level);
        row.weight = *weight;
        row.direction = *direction;
        rowOf.insert(row.code, static_cast<int>(rows.size()));
        if (row.parent.isEmpty())
            roots.append(static_cast<int>(rows.size()));
        else
            childrenOf[row.parent].append(static_cast<int>(rows.size()));
        rows.append(row);
    }
    if (roots.size() != 1)
        return fail(fileError(hierarchyPath, tr("exactly one row (the index) must have an empty parent.")));

    // Depth-first pre-order from the index, children in file order: the FlatTree numbering.
    BenchWorkload workload;
    std::vector<int> parents;
    std::vector<int> columns;
    std::vector<double> weights{1.0};
    QList<int> indicatorRows;
    QList<std::pair<int, int>> stack; // (row, flat index of its parent)
    const QList<int>& top = childrenOf.value(rows.at(roots.first()).code);
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const auto [row, parent] = stack.takeLast();
        const HierarchyRow& node = rows.at(row);
        const QList<int>& children = childrenOf.value(node.code);
        if (node.level == 1 && !children.isEmpty())
            return fail(fileError(hierarchyPath, tr("the indicator %1 has children.").arg(node.code)));
        parents.push_back(parent);
        weights.push_back(node.weight);
        const int flat = static_cast<int>(parents.size());
        if (node.level == 1) {
            columns.push_back(static_cast<int>(indicatorRows.size()));
            indicatorRows.append(row);
        } else {
            columns.push_back(-1);
        }
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append({*it, flat});
    }
    if (static_cast<qsizetype>(parents.size()) + 1 != rows.size())
        return fail(fileError(hierarchyPath, tr("some rows are not under the index (unknown parent or a loop).")));
    if (indicatorRows.isEmpty())
        return fail(fileError(hierarchyPath, tr("the hierarchy has no indicator (level 1).")));

    const CsvDocument data = reader.readFile(dataPath);
    if (!data.ok())
        return fail(ImportError::formatAll(data.errors));
    if (data.rows.size() < 2)
        return fail(fileError(dataPath, tr("the data file has no service.")));
    const CsvRow& header = data.rows.first();
    QHash<QString, int> dataColumn;
    QList<int> valueColumns;
    for (int c = 1; c < header.size(); ++c) {
        dataColumn.insert(header.text(c), c);
        valueColumns.append(c);
    }
    std::vector<int> columnOfIndicator;
    for (int row : indicatorRows) {
        const int c = dataColumn.value(rows.at(row).code, -1);
        if (c < 0)
            return fail(fileError(dataPath, tr("the indicator %1 has no column.").arg(rows.at(row).code)));
        columnOfIndicator.push_back(c);
        workload.indicatorCodes.append(rows.at(row).code);
    }
    const NumberParser values = numbersOf(data, valueColumns);

    engine::EvaluationInput& input = workload.input;
    input.tree = engine::FlatTree(parents, columns);
    input.weights = weights;
    const int indicators = static_cast<int>(indicatorRows.size());
    const int services = static_cast<int>(data.rows.size() - 1);
    for (int row : indicatorRows) {
        engine::IndicatorRule rule;
        rule.method = engine::NormalisationMethod::MinMax;
        rule.goal = rows.at(row).direction < 0 ? engine::Goal::LowerIsBetter : engine::Goal::HigherIsBetter;
        input.rules.push_back(rule);
    }
    input.services = services;
    input.periods = 1;
    input.values.assign(static_cast<size_t>(indicators) * static_cast<size_t>(services), NaN);
    for (int s = 0; s < services; ++s) {
        const CsvRow& cells = data.rows.at(s + 1);
        workload.serviceCodes.append(cells.text(0));
        for (int i = 0; i < indicators; ++i) {
            const QString text = cells.text(columnOfIndicator[static_cast<size_t>(i)]);
            if (text.isEmpty())
                continue; // missing
            QString why;
            const auto value = values.parse(text, &why);
            if (!value)
                return fail(fileError(dataPath, tr("line %1: %2").arg(cells.line).arg(why)));
            input.values[input.valueIndex(0, i, s)] = *value;
        }
    }
    workload.description = tr("%1 services × %2 indicators from %3 and %4")
                               .arg(services)
                               .arg(indicators)
                               .arg(QDir::toNativeSeparators(hierarchyPath), QDir::toNativeSeparators(dataPath));
    return workload;
}

BenchWorkload BenchWorkload::synthetic(int services, int indicators)
{
    BenchWorkload workload;
    const int criteria = (indicators + 9) / 10;
    const int objectives = (criteria + 4) / 5;
    std::vector<int> parents;
    std::vector<int> columns;
    std::vector<double> weights{1.0};
    engine::RandomStream stream(20240601, 0);
    int indicator = 0;
    for (int o = 0; o < objectives; ++o) {
        parents.push_back(0);
        columns.push_back(-1);
        weights.push_back(stream.uniform(0.5, 1.5));
        const int objective = static_cast<int>(parents.size());
        for (int c = o * 5; c < std::min(criteria, (o + 1) * 5); ++c) {
            parents.push_back(objective);
            columns.push_back(-1);
            weights.push_back(stream.uniform(0.5, 1.5));
            const int criterion = static_cast<int>(parents.size());
            for (; indicator < std::min(indicators, (c + 1) * 10); ++indicator) {
                parents.push_back(criterion);
                columns.push_back(indicator);
                weights.push_back(stream.uniform(0.5, 1.5));
                workload.indicatorCodes.append(QStringLiteral("i%1").arg(indicator + 1, 3, 10, QLatin1Char('0')));
            }
        }
    }
    engine::EvaluationInput& input = workload.input;
    input.tree = engine::FlatTree(parents, columns);
    input.weights = weights;
    input.services = services;
    input.periods = 1;
    input.values.resize(static_cast<size_t>(indicators) * static_cast<size_t>(services));
    for (int i = 0; i < indicators; ++i) {
        engine::IndicatorRule rule;
        rule.method = engine::NormalisationMethod::MinMax;
        rule.goal = i % 5 == 4 ? engine::Goal::LowerIsBetter : engine::Goal::HigherIsBetter;
        input.rules.push_back(rule);
        for (int s = 0; s < services; ++s) {
            const double u = stream.uniform();
            input.values[input.valueIndex(0, i, s)] = i % 3 == 2 ? std::exp(4.0 * u) : 100.0 * u;
        }
    }
    for (int s = 0; s < services; ++s)
        workload.serviceCodes.append(QStringLiteral("u%1").arg(s + 1, 3, 10, QLatin1Char('0')));
    workload.description = tr("synthetic: %1 services × %2 indicators, %3 criteria, %4 objectives (no reference "
                              "file of that size)")
                               .arg(services)
                               .arg(indicators)
                               .arg(criteria)
                               .arg(objectives);
    return workload;
}

QString BenchWorkload::hierarchyFileName(int services, int indicators)
{
    return QStringLiteral("hierarchy_U%1_M%2.csv").arg(services).arg(indicators);
}

QString BenchWorkload::dataFileName(int services, int indicators)
{
    return QStringLiteral("data_U%1_M%2.csv").arg(services).arg(indicators);
}

QString BenchWorkload::findReferenceFolder(int services, int indicators)
{
    QStringList folders{QDir::current().filePath(QStringLiteral("bench/data"))};
    QDir dir(QCoreApplication::applicationDirPath());
    for (int up = 0; up < 5; ++up) {
        folders.append(dir.filePath(QStringLiteral("bench/data")));
        if (!dir.cdUp())
            break;
    }
    for (const QString& folder : folders) {
        const QDir candidate(folder);
        if (QFileInfo::exists(candidate.filePath(hierarchyFileName(services, indicators))) &&
            QFileInfo::exists(candidate.filePath(dataFileName(services, indicators))))
            return candidate.absolutePath();
    }
    return {};
}

engine::EvaluationInput BenchWorkload::overPeriods(const engine::EvaluationInput& input, int periods)
{
    engine::EvaluationInput result = input;
    result.periods = periods;
    const size_t block = static_cast<size_t>(input.tree.indicatorCount()) * static_cast<size_t>(input.services);
    result.values.resize(block * static_cast<size_t>(periods));
    for (int p = 1; p < periods; ++p) {
        engine::RandomStream stream(1234, static_cast<std::uint64_t>(p));
        for (size_t k = 0; k < block; ++k)
            result.values[static_cast<size_t>(p) * block + k] = input.values[k] * stream.uniform(0.98, 1.02);
    }
    return result;
}

} // namespace balise::cli
