#pragma once

#include "EvaluationSetup.h"
#include "Measurement.h"

#include <QList>
#include <QObject>

namespace balise {

class Project;
struct ProjectChange;

// The evaluation of an open project, kept up to date for the views that show scores. A change marks
// it stale and announces it; the next reader refreshes it, redoing only what the change touched:
//   - one measurement set or removed: that one value, not the 720,000 of a large project;
//   - a node edited in place (a weight, a target, a name): the rules and weights, the values kept
//     while the indicators, services, periods and the kind of every indicator stay the same;
//   - anything else that matters (nodes added or moved, services, periods, settings): a full rebuild.
// It then re-evaluates into the result it keeps, so that no fresh memory is taken per edit. Owned by
// whoever shows results; reads the project, never writes it.
class ProjectEvaluation : public QObject
{
    Q_OBJECT

public:
    explicit ProjectEvaluation(const Project& project, QObject* parent = nullptr);
    ~ProjectEvaluation() override;

    // The project evaluated, for views that show more of it beside the scores.
    const Project& project() const { return m_project; }

    // Empty when the project can be evaluated; else the sentence saying why not.
    QString unavailableReason() const;
    bool isAvailable() const { return unavailableReason().isEmpty(); }

    // Refreshed on demand; meaningful only when isAvailable().
    const EvaluationSetup& setup();
    const engine::EvaluationResult& result();

    // What the last refresh had to redo, for benchmarks and tests (reading an up-to-date evaluation
    // is not a refresh).
    enum class Refresh
    {
        None,      // never refreshed
        Cells,     // single measurements patched in
        Structure, // rules and weights rebuilt, values kept
        Full       // everything rebuilt from the project
    };
    Refresh lastRefresh() const { return m_lastRefresh; }

Q_SIGNALS:
    // The project changed in a way that changes scores: readers should read again (once per change).
    void stale();

private:
    void follow(const ProjectChange& change);
    void refresh();
    bool sameShape(const EvaluationSetup& next) const;

    const Project& m_project;
    EvaluationSetup m_setup;
    engine::EvaluationResult m_result;
    bool m_built = false;
    bool m_structureStale = true;
    bool m_valuesStale = true;
    QList<MeasurementKey> m_changedCells;
    Refresh m_lastRefresh = Refresh::None;
};

} // namespace balise
