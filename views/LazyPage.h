#pragma once

#include <QWidget>

#include <functional>

namespace bd {

// A page of a tab widget whose contents are built the first time the page is shown (its
// window on the screen and the page current) or asked for by content(). A window of ten pages
// starts with the cost of the one in sight; a page built later reads the document, the
// selection and the settings as they are then.
class LazyPage : public QWidget
{
public:
    explicit LazyPage(std::function<QWidget *(QWidget *parent)> build, QWidget *parent = nullptr);

    QWidget *content(); // built now if it was not yet
    bool isBuilt() const { return m_content != nullptr; }

protected:
    bool event(QEvent *event) override;

private:
    std::function<QWidget *(QWidget *parent)> m_build;
    QWidget *m_content = nullptr;
};

} // namespace bd
