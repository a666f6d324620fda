#pragma once

#include "EngineTypes.h"
#include "Tracking.h"

#include <QAbstractTableModel>
#include <vector>

namespace balise {
struct EvaluationSetup;
} // namespace balise

namespace balise::ui {

// The detail of one service's scorecard: every node of the framework in order (the overall score,
// objectives, criteria and indicators, indented by depth) with its score and traffic light in the
// chosen period, the change since the previous period, and for indicators the progress towards the
// target and whether the pace reaches it by the target date. It keeps its own copy of what it shows,
// taken by setScorecard(): the evaluation may be refreshed meanwhile without the rows going stale.
class ScorecardNodesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Node,
        Score,
        Light,
        Change,
        Progress,
        Pace,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1 // the number behind Score, Change and Progress (NaN when none)
    };

    explicit ScorecardNodesModel(QObject* parent = nullptr);

    void setScorecard(const EvaluationSetup& setup, const engine::EvaluationResult& result,
                      const engine::TrackingResult& tracking, int period, int service);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        int depth = 0;
        bool indicator = false;
        double score = 0.0;
        engine::Light light = engine::Light::Insufficient;
        double change = 0.0;
        double progress = 0.0; // share of the way from baseline to target
        engine::Pace pace = engine::Pace::Unknown;
    };
    std::vector<Row> m_rows;
};

} // namespace balise::ui
