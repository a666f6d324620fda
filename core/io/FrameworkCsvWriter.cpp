#include "FrameworkCsvWriter.h"

#include "CsvWriter.h"
#include "FrameworkCsvReader.h"

#include <QLocale>
#include <QStringList>
#include <QStringView>

namespace balise {
namespace {

using namespace Qt::Literals::StringLiterals;

class LineWriter
{
public:
    explicit LineWriter(FrameworkCsvWriter::Format format) : m_format(format) {}

    QString cell(const QString& raw) const
    {
        // Inert for spreadsheets (CsvWriter): "=…" is written "'=…" and read back as "=…".
        const QString text = CsvWriter::guarded(raw);
        const bool quote = text.contains(m_format.separator) || text.contains(u'"') || text.contains(u'\n') ||
                           text.contains(u'\r') || text != text.trimmed();
        if (!quote)
            return text;
        QString quoted = text;
        quoted.replace(u"\""_s, u"\"\""_s);
        return u'"' + quoted + u'"';
    }
    QString number(const std::optional<double>& value) const
    {
        if (!value)
            return {};
        // The shortest text that reads back as the same double.
        QString text = QLocale::c().toString(*value, 'g', QLocale::FloatingPointShortest);
        if (m_format.decimalMark != u'.')
            text.replace(u'.', m_format.decimalMark);
        return text;
    }
    static QString date(const QDate& date) { return date.isValid() ? date.toString(u"yyyy-MM-dd"_s) : QString(); }

    QString line(const QStringList& cells) const
    {
        QStringList written;
        written.reserve(cells.size());
        for (const QString& text : cells)
            written.append(cell(text));
        return written.join(m_format.separator) + u"\r\n"_s;
    }

private:
    FrameworkCsvWriter::Format m_format;
};

QString levelWord(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Objective:
        return u"objective"_s;
    case NodeKind::Criterion:
        return u"criterion"_s;
    case NodeKind::Indicator:
        return u"indicator"_s;
    }
    return {};
}

// One node's cells, in the order of `columns`.
QStringList cellsOf(const FrameworkNode& node, const QString& parentCode, const QStringList& columns,
                    const LineWriter& writer)
{
    const IndicatorSpec& spec = node.indicator;
    const bool indicator = node.isIndicator();
    QStringList levels;
    for (const QualitativeLevel& level : spec.levels)
        levels.append(level.label);
    QStringList cells;
    cells.reserve(columns.size());
    for (const QString& column : columns) {
        QString text;
        if (column == u"level")
            text = levelWord(node.kind);
        else if (column == u"code")
            text = node.code;
        else if (column == u"name")
            text = node.name;
        else if (column == u"parent")
            text = parentCode;
        else if (column == u"weight")
            text = writer.number(node.weight);
        else if (column == u"description")
            text = node.description;
        else if (column == u"owner")
            text = node.owner;
        else if (column == u"actions")
            text = node.actions;
        else if (!indicator)
            text = QString(); // the other columns are the indicator's
        else if (column == u"direction")
            text = keyOf(spec.direction);
        else if (column == u"unit")
            text = spec.unit;
        else if (column == u"baseline")
            text = writer.number(spec.baseline);
        else if (column == u"target")
            text = writer.number(spec.target);
        else if (column == u"baseline_date")
            text = LineWriter::date(spec.baselineDate);
        else if (column == u"target_date")
            text = LineWriter::date(spec.targetDate);
        else if (column == u"source")
            text = spec.source;
        else if (column == u"protocol")
            text = spec.protocol;
        else if (column == u"frequency")
            text = spec.frequency;
        else if (column == u"kind")
            text = keyOf(spec.kind);
        else if (column == u"levels")
            text = levels.join(u'|');
        else if (column == u"definition")
            text = spec.definition;
        else if (column == u"band_low")
            text = writer.number(spec.bandLow);
        else if (column == u"band_high")
            text = writer.number(spec.bandHigh);
        else if (column == u"band_tolerance")
            text = writer.number(spec.bandTolerance);
        else if (column == u"normalization")
            text = spec.normalization == Normalization::Default ? QString() : keyOf(spec.normalization);
        else if (column == u"red_below")
            text = writer.number(spec.redBelow);
        else if (column == u"green_from")
            text = writer.number(spec.greenFrom);
        else if (column == u"collection_cost")
            text = writer.number(spec.collectionCost);
        else if (column == u"collection_cost_note")
            text = spec.collectionCostNote;
        else
            for (Quality quality : allValues<Quality>()) {
                const QualityRating& rating = spec.rating(quality);
                if (column == keyOf(quality))
                    text = rating.rating ? QString::number(*rating.rating) : QString();
                else if (column == keyOf(quality) + u"_note"_s)
                    text = rating.justification;
            }
        cells.append(text);
    }
    return cells;
}

void writeSubtree(const Framework& framework, const FrameworkNode& node, const QString& parentCode,
                  const QStringList& columns, const LineWriter& writer, QString& out)
{
    out += writer.line(cellsOf(node, parentCode, columns, writer));
    for (const FrameworkNode* child : framework.children(node.id))
        writeSubtree(framework, *child, node.code, columns, writer, out);
}

} // namespace

QByteArray FrameworkCsvWriter::write(const Framework& framework, const QList<EntityId>& roots, Format format)
{
    const QStringList columns = FrameworkCsvReader::requiredColumns() + FrameworkCsvReader::optionalColumns();
    const LineWriter writer(format);
    QString out = writer.line(columns);
    QList<const FrameworkNode*> tops;
    if (roots.isEmpty())
        tops = framework.children(NoId);
    else
        for (EntityId id : roots)
            if (const FrameworkNode* node = framework.find(id))
                tops.append(node);
    for (const FrameworkNode* top : tops)
        writeSubtree(framework, *top, QString(), columns, writer, out);
    return out.toUtf8();
}

} // namespace balise
