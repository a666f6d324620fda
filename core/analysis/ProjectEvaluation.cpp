#include "ProjectEvaluation.h"

#include "EvaluationBuilder.h"
#include "Project.h"
#include "ProjectChange.h"

#include <limits>

namespace balise {

ProjectEvaluation::ProjectEvaluation(const Project& project, QObject* parent) : QObject(parent), m_project(project)
{
    connect(&project, &Project::changed, this, &ProjectEvaluation::follow);
}

ProjectEvaluation::~ProjectEvaluation() = default;

QString ProjectEvaluation::unavailableReason() const
{
    return EvaluationBuilder::unavailableReason(m_project.data());
}

void ProjectEvaluation::follow(const ProjectChange& change)
{
    using Subject = ProjectChange::Subject;
    switch (change.subject) {
    case Subject::Measurements:
        if (change.measurement && change.operation != ProjectChange::Operation::Reset)
            m_changedCells.append(*change.measurement);
        else
            m_valuesStale = true;
        break;
    case Subject::Framework:
        m_structureStale = true;
        // Edited in place, a node keeps the values; anything else may move them.
        if (change.operation != ProjectChange::Operation::Updated)
            m_valuesStale = true;
        break;
    case Subject::Services:
    case Subject::Periods:
        m_structureStale = true;
        m_valuesStale = true;
        break;
    case Subject::Settings:
        m_structureStale = true;
        break;
    default:
        return; // names of the territory, the vade-mecum…: no score changes
    }
    Q_EMIT stale();
}

bool ProjectEvaluation::sameShape(const EvaluationSetup& next) const
{
    if (next.indicatorIds != m_setup.indicatorIds || next.serviceIds != m_setup.serviceIds ||
        next.periodIds != m_setup.periodIds)
        return false;
    // A value's meaning depends on its indicator's kind and levels (a level index): same rules there.
    for (size_t i = 0; i < next.input.rules.size(); ++i)
        if (next.input.rules[i].isQualitative() != m_setup.input.rules[i].isQualitative() ||
            next.input.rules[i].levelScores.size() != m_setup.input.rules[i].levelScores.size())
            return false;
    return true;
}

void ProjectEvaluation::refresh()
{
    const ProjectData& data = m_project.data();
    if (!m_built)
        m_structureStale = m_valuesStale = true;
    if (!m_structureStale && !m_valuesStale && m_changedCells.isEmpty())
        return; // up to date

    m_lastRefresh = Refresh::Cells;
    if (m_structureStale) {
        EvaluationSetup next = EvaluationBuilder::buildStructure(data);
        if (!m_valuesStale && m_built && sameShape(next)) {
            next.input.values = std::move(m_setup.input.values);
            m_lastRefresh = Refresh::Structure;
        } else {
            m_valuesStale = true;
        }
        m_setup = std::move(next);
    }
    if (m_valuesStale) {
        EvaluationBuilder::fillValues(data, m_setup);
        m_lastRefresh = Refresh::Full;
    } else {
        // Patch the cells one by one; a key the setup does not know changes no score.
        engine::EvaluationInput& input = m_setup.input;
        for (const MeasurementKey& key : std::as_const(m_changedCells)) {
            const auto p = m_setup.periodIds.indexOf(key.periodId);
            const auto i = m_setup.indicatorIds.indexOf(key.indicatorId);
            const auto s = m_setup.serviceIds.indexOf(key.serviceId);
            if (p < 0 || i < 0 || s < 0)
                continue;
            const auto found = data.measurements.constFind(key);
            input.values[input.valueIndex(static_cast<int>(p), static_cast<int>(i), static_cast<int>(s))] =
                found == data.measurements.cend()
                    ? std::numeric_limits<double>::quiet_NaN()
                    : EvaluationBuilder::engineValue(found.value(), data.framework.find(key.indicatorId)->indicator);
        }
    }
    m_changedCells.clear();
    m_structureStale = m_valuesStale = false;
    m_built = true;
    engine::evaluate(m_setup.input, m_result);
}

const EvaluationSetup& ProjectEvaluation::setup()
{
    refresh();
    return m_setup;
}

const engine::EvaluationResult& ProjectEvaluation::result()
{
    refresh();
    return m_result;
}

} // namespace balise
