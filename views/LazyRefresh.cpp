#include "LazyRefresh.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace bd {

LazyRefresh::LazyRefresh(QWidget *widget, std::function<void()> rebuild)
    : QObject(widget)
    , m_widget(widget)
    , m_rebuild(std::move(rebuild))
{
    widget->installEventFilter(this);
}

QAbstractScrollArea *LazyRefresh::scrollArea()
{
    // Found before: its viewport's parent (a qobject_cast, as the area may be being destroyed).
    if (m_viewport)
        return qobject_cast<QAbstractScrollArea *>(m_viewport->parent());
    // The nearest ancestor that is a scroll area's viewport (the widget may have been put in
    // one after it was made, as a page's content is).
    for (QWidget *w = m_widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
        if (area && area->viewport() == w) {
            const auto check = [this] { rebuildIfInSight(); };
            connect(area->verticalScrollBar(), &QScrollBar::valueChanged, this, check);
            connect(area->horizontalScrollBar(), &QScrollBar::valueChanged, this, check);
            m_viewport = area->viewport();
            m_viewport->installEventFilter(this);
            return area;
        }
    }
    return nullptr;
}

bool LazyRefresh::outOfSight()
{
    QAbstractScrollArea *area = scrollArea();
    if (!area)
        return false;
    QWidget *viewport = area->viewport();
    return !viewport->rect().intersects(QRect(m_widget->mapTo(viewport, QPoint(0, 0)), m_widget->size()));
}

void LazyRefresh::request()
{
    QWidget *window = m_widget->window();
    if (window != m_widget) {
        // Hidden within its window (another page is current), whether or not the window is
        // shown yet: the rebuild waits for the Show event.
        // In a scroll area of a window not shown yet: the Show event says where it is.
        // Scrolled out of sight: the scroll bars and the viewport's size say when it comes.
        if (!m_widget->isVisibleTo(window) || (!window->isVisible() && scrollArea()) || outOfSight()) {
            m_stale = true;
            return;
        }
    }
    m_stale = false;
    m_rebuild();
}

void LazyRefresh::rebuildIfInSight()
{
    if (m_stale && m_widget->isVisible() && !outOfSight()) {
        m_stale = false;
        m_rebuild();
    }
}

bool LazyRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // ShowToParent: made visible within its window (a page made current), shown or not yet.
    if (watched == m_widget && m_stale && (event->type() == QEvent::Show || event->type() == QEvent::ShowToParent)) {
        if (m_widget->isVisible()) {
            rebuildIfInSight(); // the layouts have placed it
        } else if (!scrollArea()) {
            m_stale = false; // made current in a window not shown yet
            m_rebuild();
        }
    } else if (event->type() == QEvent::Resize && watched == m_viewport) {
        rebuildIfInSight();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bd
