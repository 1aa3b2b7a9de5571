#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace bd {

// Rebuilds a widget from the document when the user can see it. request() rebuilds at once,
// unless the widget is on a hidden part of its window (a page that is not current, shown yet
// or not): then the rebuild waits until the widget is next shown, so an edit, and opening a
// document, cost only what is on the screen. A widget that is its own window (an exported
// chart, a test driving a widget alone) rebuilds at once.
class LazyRefresh : public QObject
{
public:
    LazyRefresh(QWidget *widget, std::function<void()> rebuild);

    void request();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_rebuild;
    bool m_stale = false;
};

} // namespace bd
