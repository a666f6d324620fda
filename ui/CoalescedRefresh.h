#pragma once

#include <QObject>
#include <functional>

namespace balise::ui {

// Runs a view's refresh once when the event loop is back, however many changes asked for it in
// between: one edit may announce several changes (a removal changes the framework and the
// measurements), and a view should redraw once.
class CoalescedRefresh : public QObject
{
    Q_OBJECT

public:
    CoalescedRefresh(QObject* owner, std::function<void()> refresh);
    void request();

private:
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace balise::ui
