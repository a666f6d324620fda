#pragma once

#include "EvaluationSetup.h"
#include "OneAtATime.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace balise::cli {

// The one-at-a-time sensitivity of `balise analyze --one-at-a-time X` in its three formats. csv: header
// node,level,direction,service,score_change,rank_change, one row per moved node (pre-order), direction
// (minus, then plus) and service (the project's order); changes are against the nominal evaluation,
// empty when the service has no score or no rank either way; a negative rank change is a better rank.
// json: the same nested per node. table: for a person, the nodes by how far moving their weight moves
// the scores (a tornado chart in text), with how many services change rank.
class OneAtATimeReport
{
    Q_DECLARE_TR_FUNCTIONS(OneAtATimeReport)

public:
    // Both must outlive the report.
    OneAtATimeReport(const EvaluationSetup& setup, const engine::OneAtATimeResult& result)
        : m_setup(setup), m_result(result)
    {}

    void writeCsv(QTextStream& out) const;
    QJsonObject toJson() const;
    void writeTable(QTextStream& out) const;

private:
    // Per moved node (index into m_result.nodes): the widest score swing of any service, +X against −X.
    double swing(int k) const;

    const EvaluationSetup& m_setup;
    const engine::OneAtATimeResult& m_result;
};

} // namespace balise::cli
