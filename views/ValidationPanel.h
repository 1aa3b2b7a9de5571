#pragma once

#include "document/Finding.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace bd {

class DocumentSession;
class FindingsModel;

// The disclosure check of the open document, grouped by severity and place; it follows every
// edit. Double-clicking (or Enter on) a finding asks the window to go to its cell.
class ValidationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationPanel(DocumentSession *session, QWidget *parent = nullptr);
    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // What the panel says where there is no finding to list: no document, or a clean one.
    QLabel *emptyLabel() const { return m_empty; }

signals:
    void findingActivated(const bd::Finding &finding);

private:
    FindingsModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace bd
