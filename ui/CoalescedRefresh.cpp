#include "CoalescedRefresh.h"

#include <QTimer>

namespace balise::ui {

CoalescedRefresh::CoalescedRefresh(QObject* owner, std::function<void()> refresh)
    : QObject(owner), m_refresh(std::move(refresh))
{}

void CoalescedRefresh::request()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        m_refresh();
    });
}

} // namespace balise::ui
