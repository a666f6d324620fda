#include "UncertaintyRunner.h"

#include <QPointer>
#include <QThread>
#include <exception>

namespace balise::ui {

UncertaintyRunner::UncertaintyRunner(QObject* parent) : QObject(parent)
{}

UncertaintyRunner::~UncertaintyRunner()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool UncertaintyRunner::start(const EvaluationSetup& setup, const UncertaintyRequest& request, QString* why)
{
    if (m_thread) {
        if (why)
            *why = tr("An analysis is already running.");
        return false;
    }
    if (const QString refused = UncertaintyAnalysis::refusal(setup, request); !refused.isEmpty()) {
        if (why)
            *why = refused;
        return false;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_outcome = std::make_shared<UncertaintyOutcome>();
    m_error = std::make_shared<QString>();
    // Everything the worker touches is its own copy or shared ownership: nothing it reads can change
    // or vanish while it runs.
    QPointer<UncertaintyRunner> self(this);
    auto cancel = m_cancel;
    auto outcome = m_outcome;
    auto error = m_error;
    m_thread = QThread::create([setup, request, cancel, outcome, error, self] {
        try {
            *outcome = UncertaintyAnalysis::run(setup, request, cancel.get(), [self](double share) {
                // Called from the engine's threads, one at a time: forwarded to the GUI thread.
                QMetaObject::invokeMethod(
                    self,
                    [self, share] {
                        if (self)
                            Q_EMIT self->progressed(share);
                    },
                    Qt::QueuedConnection);
            });
        } catch (const std::exception& e) {
            *error = QString::fromLocal8Bit(e.what());
        }
    });
    connect(m_thread, &QThread::finished, this, &UncertaintyRunner::done);
    m_thread->start(QThread::LowPriority);
    return true;
}

void UncertaintyRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void UncertaintyRunner::done()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (!m_error->isEmpty())
        Q_EMIT failed(*m_error);
    else if (m_outcome->cancelled || m_cancel->load())
        Q_EMIT cancelled();
    else
        Q_EMIT finished(*m_outcome);
}

} // namespace balise::ui
