#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace balise::ui {

// Runs a piece of long work (reading or writing a large import) on a worker thread while the window
// stays responsive behind a window-modal progress window with Cancel. The modal window is up from the
// start, so that nothing else can touch the project while the work uses it. Returns when the work has
// ended: false when the user cancelled (the work polls `cancelled()`; work that cannot stop half-way
// finishes first and its result is dropped by the caller). What the work throws is rethrown here.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    struct Control
    {
        std::function<void(double share)> progress; // 0–1; until first called the bar is busy
        std::function<bool()> cancelled;
    };

    static bool run(QWidget* parent, const QString& label, const std::function<void(const Control&)>& work);
};

} // namespace balise::ui
