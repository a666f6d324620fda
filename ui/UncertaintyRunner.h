#pragma once

#include "UncertaintyAnalysis.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace balise::ui {

// Runs an uncertainty analysis on a worker thread, so that the window stays responsive: progress is
// reported about a hundred times, Cancel stops it within milliseconds, and the outcome arrives in the
// GUI thread only when complete — a cancelled run delivers nothing, so whatever was shown stays.
// The analysis works on a copy of the evaluation setup: editing the project meanwhile is safe (the
// outcome is then about the project as it was when the run started).
class UncertaintyRunner : public QObject
{
    Q_OBJECT

public:
    explicit UncertaintyRunner(QObject* parent = nullptr);
    // Cancels a run in progress and waits for its thread.
    ~UncertaintyRunner() override;

    bool isRunning() const { return m_thread != nullptr; }

    // Starts a run; refused (false, with editRefused-style reason in *why) when one is running or the
    // request cannot run.
    bool start(const EvaluationSetup& setup, const UncertaintyRequest& request, QString* why = nullptr);
    void cancel();

Q_SIGNALS:
    void progressed(double share); // 0–1
    void finished(const balise::UncertaintyOutcome& outcome);
    void cancelled();
    void failed(const QString& message);

private:
    void done();

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<UncertaintyOutcome> m_outcome;
    std::shared_ptr<QString> m_error;
};

} // namespace balise::ui
