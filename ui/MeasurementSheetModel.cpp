#include "MeasurementSheetModel.h"

#include "DisplayFormat.h"
#include "MeasurementText.h"
#include "Project.h"
#include "ProjectChange.h"
#include "ProjectDocument.h"
#include "commands/MeasurementCommands.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace balise::ui {
namespace {

// Cells without a value are tinted so that gaps stand out in a large sheet.
const QColor gapBackground(0xfb, 0xf1, 0xe3);
const QColor missingText(0x80, 0x80, 0x80);

} // namespace

MeasurementSheetModel::MeasurementSheetModel(QObject* parent) : QAbstractTableModel(parent)
{}

MeasurementSheetModel::~MeasurementSheetModel() = default;

void MeasurementSheetModel::setDocument(ProjectDocument* document)
{
    if (m_document)
        disconnect(&m_document->project(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(&m_document->project(), &Project::changed, this, &MeasurementSheetModel::follow);
        connect(m_document, &QObject::destroyed, this, &MeasurementSheetModel::rebuild);
    }
    rebuild();
}

void MeasurementSheetModel::setPeriod(EntityId period)
{
    m_requestedPeriod = period;
    rebuild();
}

void MeasurementSheetModel::rebuild()
{
    beginResetModel();
    m_services.clear();
    m_indicators.clear();
    m_period = NoId;
    if (m_document) {
        const Project& project = m_document->project();
        for (const DataService& service : project.services())
            m_services.append(service.id);
        for (const FrameworkNode* node : project.framework().depthFirst())
            if (node->isIndicator())
                m_indicators.append(node->id);
        if (project.data().findPeriod(m_requestedPeriod))
            m_period = m_requestedPeriod;
        else if (!project.periods().isEmpty())
            m_period = project.periods().constLast().id;
    }
    endResetModel();
}

void MeasurementSheetModel::follow(const ProjectChange& change)
{
    using Subject = ProjectChange::Subject;
    switch (change.subject) {
    case Subject::Measurements:
    case Subject::File:
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    case Subject::Framework:
        // A renamed or re-weighted indicator changes the headers only; anything else the columns.
        if (change.operation == ProjectChange::Operation::Updated && m_indicators.contains(change.id)) {
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            return;
        }
        return rebuild();
    case Subject::Services:
    case Subject::Periods:
        return rebuild();
    default:
        return;
    }
}

int MeasurementSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_period == NoId ? 0 : static_cast<int>(m_services.size());
}

int MeasurementSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_period == NoId ? 0 : static_cast<int>(m_indicators.size());
}

MeasurementKey MeasurementSheetModel::keyAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_services.size() || index.column() >= m_indicators.size())
        return {};
    return {m_services[index.row()], m_indicators[index.column()], m_period};
}

const FrameworkNode* MeasurementSheetModel::indicatorAt(int column) const
{
    if (!m_document || column < 0 || column >= m_indicators.size())
        return nullptr;
    return m_document->project().framework().find(m_indicators[column]);
}

QVariant MeasurementSheetModel::data(const QModelIndex& index, int role) const
{
    const FrameworkNode* indicator = indicatorAt(index.column());
    if (!indicator || !index.isValid())
        return {};
    const auto& measurements = m_document->project().measurements();
    const auto found = measurements.constFind(keyAt(index));
    const Measurement* measurement = found == measurements.cend() ? nullptr : &found.value();
    const bool missing = measurement && measurement->state == MeasurementState::Missing;
    switch (role) {
    case Qt::DisplayRole:
        return measurement ? MeasurementText::write(*indicator, *measurement, QLocale(), tr("missing")) : QString();
    case Qt::EditRole:
        // "NA" is read back as missing in every language.
        return measurement ? MeasurementText::write(*indicator, *measurement, QLocale(), QStringLiteral("NA"))
                           : QString();
    case Qt::TextAlignmentRole:
        return indicator->indicator.kind == IndicatorKind::Quantitative && !missing
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return !measurement || missing ? QVariant(QBrush(gapBackground)) : QVariant();
    case Qt::ForegroundRole:
        return missing ? QVariant(QBrush(missingText)) : QVariant();
    case Qt::FontRole:
        if (missing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{indicator->code + QLatin1Char(' ') + indicator->name};
        if (measurement && !measurement->comment.isEmpty())
            lines.append(measurement->comment);
        if (measurement && !measurement->source.isEmpty())
            lines.append(tr("Source: %1").arg(measurement->source));
        return DisplayFormat::toolTip(lines.join(QLatin1Char('\n')));
    }
    case StateRole:
        return !measurement ? QStringLiteral("empty") : missing ? QStringLiteral("missing") : QStringLiteral("present");
    }
    return {};
}

QVariant MeasurementSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_document)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_services.size())
            return {};
        const DataService* service = m_document->project().data().findService(m_services[section]);
        return role == Qt::DisplayRole && service ? QVariant(service->name) : QVariant();
    }
    const FrameworkNode* indicator = indicatorAt(section);
    if (!indicator)
        return {};
    if (role == Qt::DisplayRole) {
        const QString unit =
            indicator->indicator.kind == IndicatorKind::Qualitative ? tr("level") : indicator->indicator.unit;
        return unit.isEmpty() ? indicator->code : indicator->code + QLatin1Char('\n') + unit;
    }
    if (role == Qt::ToolTipRole)
        return DisplayFormat::toolTip(indicator->name);
    return {};
}

Qt::ItemFlags MeasurementSheetModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !m_document)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_document->project().isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MeasurementSheetModel::refuse(const QString& reason)
{
    m_lastRefusal = reason;
    if (m_document)
        Q_EMIT m_document->editRefused(reason);
    return false;
}

std::optional<Measurement> MeasurementSheetModel::measurementFrom(const QModelIndex& index, const QString& text,
                                                                  bool* cleared, QString* reason) const
{
    *cleared = false;
    const FrameworkNode* indicator = indicatorAt(index.column());
    if (!indicator)
        return std::nullopt;
    if (text.trimmed().isEmpty()) {
        *cleared = true;
        return std::nullopt;
    }
    const auto reading = MeasurementText::readTyped(*indicator, text, QLocale(), reason);
    if (!reading)
        return std::nullopt;
    const auto& measurements = m_document->project().measurements();
    // Keep the notes of the cell (comment, source, confidence); the author and time are the new edit's.
    Measurement measurement = measurements.value(keyAt(index));
    measurement.key = keyAt(index);
    measurement.state = reading->state;
    measurement.value = reading->value;
    measurement.level = reading->level;
    measurement.author.clear();
    measurement.enteredAt = {};
    return measurement;
}

bool MeasurementSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool cleared = false;
    QString reason;
    const auto measurement = measurementFrom(index, value.toString(), &cleared, &reason);
    const MeasurementKey key = keyAt(index);
    const bool present = m_document->project().measurements().contains(key);
    if (!measurement && !cleared)
        return refuse(reason);
    if (cleared && !present) {
        m_lastRefusal.clear();
        return true;
    }
    m_lastRefusal = m_document->execute(std::make_unique<SetMeasurementCommand>(*m_document, key, measurement));
    return m_lastRefusal.isEmpty();
}

bool MeasurementSheetModel::paste(const QModelIndex& topLeft, const QString& text)
{
    if (!topLeft.isValid() || !(flags(topLeft) & Qt::ItemIsEditable))
        return false;
    QStringList lines = text.split(QLatin1Char('\n'));
    // Spreadsheets end the block with a line break; Windows ones with CR LF.
    for (QString& line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return false;
    QList<Measurement> set;
    QList<MeasurementKey> cleared;
    for (qsizetype r = 0; r < lines.size(); ++r) {
        const QStringList cells = lines[r].split(QLatin1Char('\t'));
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const int row = topLeft.row() + static_cast<int>(r);
            const int column = topLeft.column() + static_cast<int>(c);
            if (row >= rowCount() || column >= columnCount())
                return refuse(tr("The pasted block is %1 rows by %2 columns: it goes beyond the sheet from the "
                                 "selected cell. Nothing was pasted.")
                                  .arg(lines.size())
                                  .arg(cells.size()));
            const QModelIndex cell = index(row, column);
            bool isClear = false;
            QString reason;
            const auto measurement = measurementFrom(cell, cells[c], &isClear, &reason);
            if (measurement)
                set.append(*measurement);
            else if (isClear)
                cleared.append(keyAt(cell));
            else
                return refuse(tr("%1, %2: %3 Nothing was pasted.")
                                  .arg(headerData(row, Qt::Vertical).toString(), indicatorAt(column)->code, reason));
        }
    }
    m_lastRefusal = m_document->execute(std::make_unique<ChangeMeasurementsCommand>(
        *m_document, set, cleared, tr("Paste %n cell(s)", nullptr, static_cast<int>(set.size() + cleared.size()))));
    return m_lastRefusal.isEmpty();
}

bool MeasurementSheetModel::clear(const QModelIndexList& indexes)
{
    QList<MeasurementKey> keys;
    const auto& measurements = m_document ? m_document->project().measurements() : QHash<MeasurementKey, Measurement>();
    for (const QModelIndex& index : indexes)
        if ((flags(index) & Qt::ItemIsEditable) && measurements.contains(keyAt(index)))
            keys.append(keyAt(index));
    if (keys.isEmpty())
        return true;
    m_lastRefusal = m_document->execute(std::make_unique<ChangeMeasurementsCommand>(
        *m_document, QList<Measurement>(), keys, tr("Clear %n cell(s)", nullptr, static_cast<int>(keys.size()))));
    return m_lastRefusal.isEmpty();
}

QString MeasurementSheetModel::copy(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = rowCount(), left = columnCount(), bottom = -1, right = -1;
    QSet<QPair<int, int>> chosen;
    for (const QModelIndex& index : indexes) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
        chosen.insert({index.row(), index.column()});
    }
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList cells;
        for (int column = left; column <= right; ++column)
            cells.append(chosen.contains({row, column}) ? data(index(row, column), Qt::EditRole).toString()
                                                        : QString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace balise::ui
