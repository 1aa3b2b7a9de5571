#pragma once

#include "document/BudgetDocument.h"

#include <QMainWindow>

class QListWidget;

namespace bd {

class DocumentStore;
class TableBrowser;

// The window of this first version: the documents in the store on the left, the chosen
// document's tables (as published, or derived from the schedules) on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DocumentStore &store, QWidget *parent = nullptr);

    bool openDocument(qint64 id);
    qint64 currentDocumentId() const { return m_doc ? m_doc->id : 0; }
    TableBrowser *tableBrowser() const { return m_browser; }
    void refreshDocumentList();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void importFiles();
    void showAbout();
    void updateStatus();

    DocumentStore &m_store;
    std::optional<BudgetDocument> m_doc;
    QListWidget *m_documents = nullptr;
    TableBrowser *m_browser = nullptr;
    int m_findingErrors = 0;
    int m_findingNotices = 0;
};

} // namespace bd
