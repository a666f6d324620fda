#include "BackgroundTask.h"

#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <exception>
#include <memory>

namespace balise::ui {

bool BackgroundTask::run(QWidget* parent, const QString& label, const std::function<void(const Control&)>& work)
{
    // Shared with the worker, which may outlive nothing here: run() waits for it before returning.
    std::atomic<bool> cancel = false;
    std::atomic<int> permille = -1; // -1 until the work reports progress
    std::exception_ptr failure;
    const Control control{[&permille](double share) { permille = static_cast<int>(share * 1000.0); },
                          [&cancel] {
                              return cancel.load();
                          }};

    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    // The label names a file the user chose, whose name may look like markup: shown as typed.
    auto* text = new QLabel(label, &dialog);
    text->setTextFormat(Qt::PlainText);
    dialog.setLabel(text);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);

    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            work(control);
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
        dialog.setCancelButton(nullptr); // once is enough
    });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (const int value = permille.load(); value >= 0 && !cancel) {
            dialog.setMaximum(1000);
            dialog.setValue(value);
        }
    });
    dialog.show();
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    poll.stop();
    dialog.hide();
    if (failure)
        std::rethrow_exception(failure);
    return !cancel;
}

} // namespace balise::ui
