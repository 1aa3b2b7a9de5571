#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace bd {

class DocumentListModel;
class DocumentStore;

// The documents in the store (department × year × status), searchable; activating one opens
// it. Reads through DocumentListModel; runs no SQL itself.
class DocumentBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentBrowser(DocumentStore *store, QWidget *parent = nullptr);

    void refresh();
    void setCurrentDocument(qint64 id);
    DocumentListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }

signals:
    void documentActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    // Scrolls the open document's row to the middle of the view, unless it is in sight.
    void bringCurrentIntoSight();
    void retranslate();

    DocumentListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_view;
    qint64 m_current = 0; // the open document
    bool m_keepCurrentInView = false; // until the user scrolls
};

} // namespace bd
