#pragma once

#include "EvaluationSetup.h"

#include <QCoreApplication>
#include <QTextStream>

namespace balise::cli {

// `balise evaluate --format table`: the evaluation for a person reading a terminal. Per period, the
// overall score and each objective for every service (services as columns when there are a few, as
// rows when there are many), each cell giving the score, the light as a word, the rank and, when not
// everything was measured, the coverage. Numbers follow the user's locale (csv and json are the
// formats for scripts).
class EvaluationTable
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationTable)

public:
    // Both must outlive the table.
    EvaluationTable(const EvaluationSetup& setup, const engine::EvaluationResult& result);

    void write(QTextStream& out, const QString& projectTitle) const;

private:
    QString cell(int period, int node, int service) const;
    QString nodeLabel(int node) const;
    void writePeriod(QTextStream& out, int period) const;
    // Left-aligned columns two spaces apart; the first row is the header.
    static void writeGrid(QTextStream& out, const QList<QStringList>& grid);
    void writeNotes(QTextStream& out, int period) const;

    const EvaluationSetup& m_setup;
    const engine::EvaluationResult& m_result;
};

} // namespace balise::cli
