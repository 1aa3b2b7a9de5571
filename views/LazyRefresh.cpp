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
    if (!m_widget->isVisible() && m_widget->window()->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_rebuild();
}

bool LazyRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_rebuild();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bd
