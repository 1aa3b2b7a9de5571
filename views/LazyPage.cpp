#include "LazyPage.h"

#include <QEvent>
#include <QVBoxLayout>

namespace bd {

LazyPage::LazyPage(std::function<QWidget *(QWidget *parent)> build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    if (!m_content) {
        const auto build = std::exchange(m_build, nullptr); // once, and its captures released
        m_content = build(this);
        layout()->addWidget(m_content);
        // A child added to a widget already on the screen is not shown with it.
        if (isVisible())
            m_content->show();
    }
    return m_content;
}

bool LazyPage::event(QEvent *event)
{
    // Show, not ShowToParent: a page made current before the window is shown (the page the
    // last session ended on) is built when the window shows it, once.
    if (event->type() == QEvent::Show && !m_content)
        content();
    return QWidget::event(event);
}

} // namespace bd
