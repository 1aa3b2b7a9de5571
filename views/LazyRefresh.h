#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractScrollArea;
class QWidget;

namespace bd {

// Rebuilds a widget from the document when the user can see it. request() rebuilds at once,
// unless the widget is out of the user's sight:
// - on a hidden part of its window (a page that is not current, shown yet or not): the
//   rebuild waits until the widget is next shown;
// - inside a scroll area, outside its viewport (a chart below the fold of the overview): the
//   rebuild waits until it is scrolled or resized into sight. Before the window is first
//   shown, where that is is not known yet: the rebuild waits for the Show event, when the
//   layouts have placed the widget, and is done then if the widget is in sight.
// So an edit, opening a document and starting the program cost only what is on the screen. A
// widget that is its own window (an exported chart, a test driving a widget alone) rebuilds
// at once.
class LazyRefresh : public QObject
{
public:
    LazyRefresh(QWidget *widget, std::function<void()> rebuild);

    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Rebuilds if stale and in sight now.
    void rebuildIfInSight();
    // The scroll area that shows the widget in its viewport, if any; watched from then on.
    QAbstractScrollArea *scrollArea();
    bool outOfSight();

    QWidget *m_widget;
    std::function<void()> m_rebuild;
    // The viewport of scrollArea(), once found: a QObject, never cast, as events reach it while
    // the area is destroyed.
    QPointer<QObject> m_viewport;
    bool m_stale = false;
};

} // namespace bd
