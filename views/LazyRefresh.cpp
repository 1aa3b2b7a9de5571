#include "LazyRefresh.h"

#include <QEvent>
#include <QWidget>

namespace bd {

LazyRefresh::LazyRefresh(QWidget *widget, std::function<void()> rebuild)
    : QObject(widget)
    , m_widget(widget)
    , m_rebuild(std::move(rebuild))
{
    widget->installEventFilter(this);
}

void LazyRefresh::request()
{
    // Hidden within its window (another page is current), whether or not the window is shown
    // yet: the rebuild waits for the Show event.
    QWidget *window = m_widget->window();
    if (window != m_widget && !m_widget->isVisibleTo(window)) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_rebuild();
}

bool LazyRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // ShowToParent: made visible within its window (a page made current), shown or not yet.
    if (watched == m_widget && (event->type() == QEvent::Show || event->type() == QEvent::ShowToParent) && m_stale) {
        m_stale = false;
        m_rebuild();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bd
