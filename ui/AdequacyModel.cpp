#include "AdequacyModel.h"

#include "AdequacyScore.h"
#include "CoalescedRefresh.h"
#include "DisplayFormat.h"
#include "Project.h"
#include "ProjectChange.h"

#include <QLocale>
#include <cmath>

namespace balise::ui {

AdequacyModel::AdequacyModel(QObject* parent)
    : QAbstractTableModel(parent), m_refresh(new CoalescedRefresh(this, [this] { reload(); }))
{}

void AdequacyModel::setProject(const Project* project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project)
        connect(m_project, &Project::changed, this, [this](const ProjectChange& change) {
            using Subject = ProjectChange::Subject;
            if (change.subject == Subject::Services || change.subject == Subject::Questionnaire ||
                change.subject == Subject::VadeMecum || change.subject == Subject::File)
                m_refresh->request();
        });
    reload();
}

void AdequacyModel::reload()
{
    beginResetModel();
    m_services.clear();
    m_columns.clear();
    m_cells.clear();
    if (m_project) {
        const Questionnaire& questionnaire = m_project->questionnaire();
        // The needs that scored questions answer, in the vade-mecum's order.
        QList<EntityId> needs;
        for (const balise::Need& need : m_project->vadeMecum().needs)
            for (const auto& section : questionnaire.sections)
                for (const Question& q : section.questions)
                    if (q.scored && q.needId == need.id && !needs.contains(need.id))
                        needs.append(need.id);
        m_columns.append(tr("In all"));
        for (EntityId id : needs)
            for (const balise::Need& need : m_project->vadeMecum().needs)
                if (need.id == id)
                    m_columns.append(need.title);
        for (const DataService& service : m_project->services()) {
            m_services.append(service.name);
            const AdequacyScore::Result result = AdequacyScore::of(questionnaire, service.answers);
            QList<std::pair<double, double>> row{{result.overall.score, result.overall.coverage}};
            for (EntityId id : needs) {
                std::pair<double, double> cell{std::nan(""), 0.0};
                for (const AdequacyScore::NeedPart& part : result.needs)
                    if (part.needId == id)
                        cell = {part.part.score, part.part.coverage};
                row.append(cell);
            }
            m_cells.append(row);
        }
    }
    endResetModel();
}

int AdequacyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int AdequacyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_services.isEmpty() ? 0 : static_cast<int>(m_columns.size());
}

QVariant AdequacyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto [score, coverage] = m_cells[index.row()][index.column()];
    switch (role) {
    case ScoreRole:
        return score;
    case CoverageRole:
        return coverage;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        if (std::isnan(score))
            return QStringLiteral("—");
        // The share answered shows only when part of the weight is missing.
        return coverage < 1.0 - 1e-9
                   ? tr("%1 (%2 answered)").arg(QLocale().toString(score, 'f', 0), DisplayFormat::percent(coverage))
                   : QLocale().toString(score, 'f', 0);
    default:
        return {};
    }
}

QVariant AdequacyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    return orientation == Qt::Horizontal ? m_columns.value(section) : m_services.value(section);
}

} // namespace balise::ui
