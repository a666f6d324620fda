#include "FrameworkCsvReader.h"

#include "CsvHeader.h"
#include "CsvReader.h"
#include "ImportErrorList.h"
#include "ModelValidator.h"
#include "NumberParser.h"

#include <QHash>

namespace balise {
namespace {

using namespace Qt::Literals::StringLiterals;

// Column names, normalised (see CsvHeader::normalize).
const QString Level = u"level"_s;
const QString Code = u"code"_s;
const QString Name = u"name"_s;
const QString Parent = u"parent"_s;
const QString Weight = u"weight"_s;
const QString Description = u"description"_s;
const QString Owner = u"owner"_s;
const QString Actions = u"actions"_s;
const QString DirectionColumn = u"direction"_s;
const QString Unit = u"unit"_s;
const QString Baseline = u"baseline"_s;
const QString Target = u"target"_s;
const QString BaselineDate = u"baseline_date"_s;
const QString TargetDate = u"target_date"_s;
const QString Source = u"source"_s;
const QString Protocol = u"protocol"_s;
const QString Frequency = u"frequency"_s;
const QString Kind = u"kind"_s;
const QString Levels = u"levels"_s;
const QString Definition = u"definition"_s;
const QString BandLow = u"band_low"_s;
const QString BandHigh = u"band_high"_s;
const QString BandTolerance = u"band_tolerance"_s;
const QString NormalizationColumn = u"normalization"_s;
const QString RedBelow = u"red_below"_s;
const QString GreenFrom = u"green_from"_s;
const QString CollectionCost = u"collection_cost"_s;
const QString CollectionCostNote = u"collection_cost_note"_s;
const QString NoteSuffix = u"_note"_s;

// The six quality ratings (0–4) are columns named after the qualities' keys: robustness, sensitivity…;
// the reason for each rating goes in the column of the same name with "_note": robustness_note…
QStringList qualityColumns()
{
    QStringList columns;
    for (Quality quality : allValues<Quality>())
        columns.append(keyOf(quality));
    for (Quality quality : allValues<Quality>())
        columns.append(keyOf(quality) + NoteSuffix);
    return columns;
}

const QStringList& indicatorColumns()
{
    static const QStringList columns = QStringList{DirectionColumn, Unit,       Baseline,       Target,
                                                   BaselineDate,    TargetDate, Source,         Protocol,
                                                   Frequency,       Kind,       Levels,         Definition,
                                                   BandLow,         BandHigh,   BandTolerance,  NormalizationColumn,
                                                   RedBelow,        GreenFrom,  CollectionCost, CollectionCostNote} +
                                       qualityColumns();
    return columns;
}

const QStringList& numericColumns()
{
    static const QStringList columns = {Weight,   Baseline,  Target,        BandLow,       BandHigh,
                                        RedBelow, GreenFrom, BandTolerance, CollectionCost};
    return columns;
}

std::optional<NodeKind> parseLevel(const QString& text)
{
    const QString word = text.toLower();
    if (word == u"objective" || word == u"objectif")
        return NodeKind::Objective;
    if (word == u"criterion" || word == u"critère" || word == u"critere")
        return NodeKind::Criterion;
    if (word == u"indicator" || word == u"indicateur")
        return NodeKind::Indicator;
    return std::nullopt;
}

std::optional<Direction> parseDirection(const QString& text)
{
    const QString word = text.toLower();
    if (word == u"1" || word == u"+1" || word == u"hausse")
        return Direction::HigherIsBetter;
    if (word == u"-1" || word == u"baisse")
        return Direction::LowerIsBetter;
    return fromKey<Direction>(word);
}

std::optional<IndicatorKind> parseKind(const QString& text)
{
    const QString word = text.toLower();
    if (word == u"quantitatif")
        return IndicatorKind::Quantitative;
    if (word == u"qualitatif")
        return IndicatorKind::Qualitative;
    return fromKey<IndicatorKind>(word);
}

// What the structural pass needs to know of each data line.
struct Entry
{
    FrameworkImportNode item;
    int codeColumn = -1;   // 0-based, for messages
    int parentColumn = -1; // 0-based, -1 when the file has no parent column
    int parent = -1;       // index into the entries, -1 for top-level nodes or unresolved parents
    bool inGraph = false;  // false for lines whose code is missing or taken
};

// Reads the cells of one data line into an entry; reports what is wrong with them.
class LineReader
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkCsvReader)

public:
    LineReader(const CsvHeader& header, const NumberParser& numbers, ImportErrorList& errors, ImportErrorList& warnings)
        : m_header(header), m_numbers(numbers), m_errors(errors), m_warnings(warnings)
    {}

    std::optional<Entry> read(const CsvRow& row);

private:
    QString text(const QString& column) const { return m_row->text(m_header.indexOf(column)); }
    void error(const QString& column, const QString& message)
    {
        m_errors.add(m_row->errorAt(m_header.indexOf(column), message));
    }
    std::optional<double> number(const QString& column);
    QDate date(const QString& column);
    void readIndicator(IndicatorSpec& spec);

    const CsvHeader& m_header;
    const NumberParser& m_numbers;
    ImportErrorList& m_errors;
    ImportErrorList& m_warnings;
    const CsvRow* m_row = nullptr;
};

std::optional<double> LineReader::number(const QString& column)
{
    const QString cell = text(column);
    if (cell.isEmpty())
        return std::nullopt;
    QString message;
    const auto value = m_numbers.parse(cell, &message);
    if (!value)
        error(column, message);
    return value;
}

QDate LineReader::date(const QString& column)
{
    const QString cell = text(column);
    if (cell.isEmpty())
        return {};
    const QDate value = QDate::fromString(cell, u"yyyy-MM-dd"_s);
    if (!value.isValid())
        error(column, tr("\"%1\" is not a date; write dates as yyyy-MM-dd (for example 2030-12-31).").arg(cell));
    return value;
}

std::optional<Entry> LineReader::read(const CsvRow& row)
{
    m_row = &row;
    const int expected = m_header.size();
    const bool extraCellsEmpty = [&] {
        for (int i = expected; i < row.size(); ++i)
            if (!row.text(i).isEmpty())
                return false;
        return true;
    }();
    // Trailing empty cells are what some spreadsheets write after the last column: harmless.
    if (row.size() < expected || !extraCellsEmpty) {
        m_errors.add(row.line, 0, tr("This line has %1 cells but the header has %2.").arg(row.size()).arg(expected));
        return std::nullopt;
    }

    Entry entry;
    entry.item.line = row.line;
    entry.codeColumn = m_header.indexOf(Code);
    entry.parentColumn = m_header.indexOf(Parent);
    FrameworkNode& node = entry.item.node;

    const QString level = text(Level);
    const auto kind = parseLevel(level);
    if (level.isEmpty())
        error(Level, tr("The level is missing; write objective, criterion or indicator."));
    else if (!kind)
        error(Level, tr("\"%1\" is not a level; write objective, criterion or indicator.").arg(level));
    node.kind = kind.value_or(NodeKind::Objective);

    node.code = text(Code);
    if (node.code.isEmpty())
        error(Code, tr("The code is missing."));
    else if (node.code.size() > 64)
        error(Code, tr("The code \"%1\" is longer than 64 characters.").arg(node.code.left(64)));
    node.name = text(Name);
    if (node.name.isEmpty())
        error(Name, tr("The name is missing."));
    entry.item.parentCode = text(Parent);
    if (const auto weight = number(Weight)) {
        node.weight = *weight;
        if (*weight < 0)
            error(Weight, tr("The weight must be zero or more."));
    }
    node.description = text(Description);
    node.owner = text(Owner);
    node.actions = text(Actions);

    if (kind == NodeKind::Indicator) {
        readIndicator(node.indicator);
    } else if (kind) {
        QStringList ignored;
        for (const QString& column : indicatorColumns())
            if (!text(column).isEmpty())
                ignored.append(column);
        if (!ignored.isEmpty())
            m_warnings.add(row.line, 0,
                           tr("The columns %1 only apply to indicators; they are ignored for \"%2\".")
                               .arg(ignored.join(u", "_s), node.code));
    }
    return entry;
}

void LineReader::readIndicator(IndicatorSpec& spec)
{
    const QString direction = text(DirectionColumn);
    if (!direction.isEmpty()) {
        if (const auto value = parseDirection(direction))
            spec.direction = *value;
        else
            error(DirectionColumn,
                  tr("\"%1\" is not a direction; write higher, lower or band (or 1, -1).").arg(direction));
    }
    const QString levels = text(Levels);
    const QString kind = text(Kind);
    if (!kind.isEmpty()) {
        if (const auto value = parseKind(kind))
            spec.kind = *value;
        else
            error(Kind, tr("\"%1\" is not a kind of indicator; write quantitative or qualitative.").arg(kind));
    } else if (!levels.isEmpty()) {
        spec.kind = IndicatorKind::Qualitative; // levels only make sense for a qualitative indicator
    }
    if (!levels.isEmpty()) {
        if (spec.kind == IndicatorKind::Quantitative)
            error(Levels, tr("Levels only apply to qualitative indicators; set the kind to qualitative or leave "
                             "the levels empty."));
        else
            for (const QString& label : levels.split(u'|'))
                spec.levels.append({label.trimmed(), std::nullopt});
    }
    spec.definition = text(Definition);
    spec.unit = text(Unit);
    spec.source = text(Source);
    spec.protocol = text(Protocol);
    spec.frequency = text(Frequency);
    spec.baseline = number(Baseline);
    spec.target = number(Target);
    spec.baselineDate = date(BaselineDate);
    spec.targetDate = date(TargetDate);
    spec.bandLow = number(BandLow);
    spec.bandHigh = number(BandHigh);
    spec.bandTolerance = number(BandTolerance);
    const QString method = text(NormalizationColumn);
    if (!method.isEmpty()) {
        if (const auto value = fromKey<Normalization>(method.toLower()))
            spec.normalization = *value;
        else
            error(NormalizationColumn,
                  tr("\"%1\" is not a normalisation; write %2.").arg(method, keyList<Normalization>()));
    }
    spec.redBelow = number(RedBelow);
    spec.greenFrom = number(GreenFrom);
    spec.collectionCost = number(CollectionCost);
    spec.collectionCostNote = text(CollectionCostNote);
    for (Quality quality : allValues<Quality>()) {
        const QString column = keyOf(quality);
        spec.rating(quality).justification = text(column + NoteSuffix);
        const QString rating = text(column);
        if (rating.isEmpty())
            continue;
        bool ok = false;
        const int value = rating.toInt(&ok);
        if (ok && value >= 0 && value <= 4)
            spec.rating(quality).rating = value;
        else
            error(column, tr("The rating of %1 is a whole number from 0 to 4, not \"%2\".")
                              .arg(labelOf(quality).toLower(), rating));
    }

    // The model's own rules, so that a plan free of errors is one the project will accept.
    static const QHash<QString, QString> columnOfField = {
        {u"value"_s, Baseline},      {u"targetDate"_s, TargetDate},
        {u"band"_s, BandLow},        {u"bandTolerance"_s, BandTolerance},
        {u"levels"_s, Levels},       {u"collectionCost"_s, CollectionCost},
        {u"thresholds"_s, RedBelow},
    };
    for (const auto& issue : ModelValidator::checkIndicator(spec)) {
        const int column = m_header.indexOf(columnOfField.value(issue.field));
        m_errors.add(column >= 0 ? m_row->errorAt(column, issue.message) : ImportError{m_row->line, 0, issue.message});
    }
}

// Resolves parents by code and rejects structures the model cannot hold.
void checkStructure(QList<Entry>& entries, ImportErrorList& errors)
{
    QHash<QString, int> byCode; // lower-case code → entry; codes compare case-insensitively in the model
    for (int i = 0; i < entries.size(); ++i) {
        Entry& entry = entries[i];
        const QString& code = entry.item.node.code;
        if (code.isEmpty())
            continue;
        const QString key = code.toLower();
        if (const auto it = byCode.constFind(key); it != byCode.cend()) {
            const Entry& first = entries[*it];
            errors.add(
                {entry.item.line, entry.codeColumn + 1,
                 FrameworkCsvReader::tr("The code \"%1\" is already used on line %2.").arg(code).arg(first.item.line)});
            continue;
        }
        byCode.insert(key, i);
        entry.inGraph = true;
    }

    for (Entry& entry : entries) {
        const QString parentCode = entry.item.parentCode;
        if (!entry.inGraph || parentCode.isEmpty())
            continue;
        const ImportError at{entry.item.line, entry.parentColumn + 1, {}};
        const int parent = byCode.value(parentCode.toLower(), -1);
        if (parent < 0) {
            errors.add(
                at.line, at.column,
                FrameworkCsvReader::tr("The parent \"%1\" is not the code of any line of this file.").arg(parentCode));
        } else if (&entries[parent] == &entry) {
            errors.add(at.line, at.column,
                       FrameworkCsvReader::tr("\"%1\" cannot be its own parent.").arg(entry.item.node.code));
        } else if (entries[parent].item.node.isIndicator()) {
            errors.add(at.line, at.column,
                       FrameworkCsvReader::tr("\"%1\" cannot be placed under the indicator \"%2\": indicators have "
                                              "no children.")
                           .arg(entry.item.node.code, entries[parent].item.node.code));
        } else {
            entry.parent = parent;
            entry.item.parentCode = entries[parent].item.node.code;
        }
    }

    // Loops: follow each parent chain once; meeting a node of the current walk closes a loop.
    enum : char
    {
        Unvisited,
        OnPath,
        Done
    };
    QList<char> state(entries.size(), Unvisited);
    for (int start = 0; start < entries.size(); ++start) {
        QList<int> path;
        int i = start;
        while (i >= 0 && state[i] == Unvisited) {
            state[i] = OnPath;
            path.append(i);
            i = entries[i].parent;
        }
        if (i >= 0 && state[i] == OnPath) {
            const QList<int> loop = path.mid(path.indexOf(i));
            int first = loop.first();
            QStringList codes;
            for (int member : loop) {
                codes.append(entries[member].item.node.code);
                if (entries[member].item.line < entries[first].item.line)
                    first = member;
            }
            codes.append(codes.first());
            errors.add(entries[first].item.line, entries[first].parentColumn + 1,
                       FrameworkCsvReader::tr("The parents form a loop (%1): one of these nodes must be top-level "
                                              "or hang under another node.")
                           .arg(codes.join(u" → "_s)));
            for (int member : loop)
                entries[member].parent = -1; // leaves the loop out of the ordering below
        }
        for (int member : path)
            state[member] = Done;
    }
}

// Depth-first order from the top-level nodes, siblings in file order; nodes caught in a loop are
// unreachable and left out (the plan has errors then anyway).
QList<FrameworkImportNode> parentsFirst(const QList<Entry>& entries)
{
    QHash<int, QList<int>> children;
    QList<int> roots;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries[i];
        if (!entry.inGraph)
            continue;
        if (entry.parent >= 0)
            children[entry.parent].append(i);
        else if (entry.item.parentCode.isEmpty())
            roots.append(i);
    }
    QList<FrameworkImportNode> ordered;
    QList<int> stack(roots.crbegin(), roots.crend()); // explicit stack: depth is user data
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        ordered.append(entries[i].item);
        const QList<int> kids = children.value(i);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return ordered;
}

} // namespace

QStringList FrameworkCsvReader::requiredColumns()
{
    return {Level, Code, Name};
}

QStringList FrameworkCsvReader::optionalColumns()
{
    return QStringList{Parent, Weight, Description, Owner, Actions} + indicatorColumns();
}

FrameworkImportPlan FrameworkCsvReader::readBytes(const QByteArray& bytes)
{
    return read(CsvReader().parse(bytes));
}

FrameworkImportPlan FrameworkCsvReader::readFile(const QString& path)
{
    return read(CsvReader().readFile(path));
}

FrameworkImportPlan FrameworkCsvReader::read(const CsvDocument& document)
{
    FrameworkImportPlan plan;
    plan.separator = document.separator;
    if (!document.ok()) {
        plan.errors = document.errors;
        return plan;
    }
    if (document.isEmpty()) {
        plan.errors.append({0, 0,
                            tr("The file is empty: it needs a header line naming the columns level, code "
                               "and name, then one line per objective, criterion or indicator.")});
        return plan;
    }

    const CsvHeader header(document.rows.first());
    const int headerLine = header.row().line;
    QStringList missing;
    for (const QString& column : requiredColumns())
        if (!header.contains(column))
            missing.append(column);
    if (!missing.isEmpty()) {
        plan.errors.append({headerLine, 0,
                            tr("The header lacks the required column(s) %1; it needs level, code and name.")
                                .arg(missing.join(u", "_s))});
        return plan;
    }

    ImportErrorList errors;
    ImportErrorList warnings;
    for (int index : header.duplicates())
        errors.add(header.row().errorAt(index, tr("The column \"%1\" appears twice.").arg(header.row().text(index))));
    const QStringList known = requiredColumns() + optionalColumns();
    for (int index = 0; index < header.size(); ++index) {
        const QString name = header.nameAt(index);
        if (!name.isEmpty() && !known.contains(name))
            warnings.add(header.row().errorAt(
                index, tr("The column \"%1\" is not one Balise knows; it is ignored.").arg(header.row().text(index))));
    }
    if (document.rows.size() == 1) {
        errors.add(headerLine, 0, tr("The file has a header but no objective, criterion or indicator."));
        plan.errors = errors.toList();
        plan.warnings = warnings.toList();
        return plan;
    }

    QList<CsvCell> numericCells;
    for (qsizetype r = 1; r < document.rows.size(); ++r)
        for (const QString& column : numericColumns())
            if (const int index = header.indexOf(column); index >= 0 && index < document.rows[r].size())
                numericCells.append(document.rows[r].cells[index]);
    const DecimalMarkDetection decimal = NumberParser::detectDecimalMark(document.separator, numericCells);
    plan.decimalMark = decimal.mark;
    errors.add(decimal.errors);

    const NumberParser numbers(decimal.mark);
    LineReader lineReader(header, numbers, errors, warnings);
    QList<Entry> entries;
    entries.reserve(document.rows.size() - 1);
    for (qsizetype r = 1; r < document.rows.size(); ++r)
        if (auto entry = lineReader.read(document.rows[r]))
            entries.append(std::move(*entry));

    checkStructure(entries, errors);
    plan.nodes = parentsFirst(entries);
    plan.errors = errors.toList();
    plan.warnings = warnings.toList();
    return plan;
}

} // namespace balise
