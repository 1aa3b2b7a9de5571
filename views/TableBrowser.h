#pragma once

#include "document/BudgetDocument.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace bd {

class DisclosureTableModel;
class FindBar;

// Browses the disclosure tables of one document, one at a time: a table chooser, the table
// as published (or as derived) with differing cells marked, and the count of differences.
class TableBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit TableBrowser(QWidget *parent = nullptr);

    // Tables are matched by number. An empty published list means a draft: derived tables
    // only, and "Show derived" is disabled. The current table is kept when it still exists.
    void setTables(const QList<DisclosureTable> &published, const QList<DisclosureTable> &derived);
    // What the import said of the document's tables: those it could not read (shown as their
    // printed lines beside the derivation) and how sure it was of the others. Set before
    // setTables; empty for a draft or a document imported before readings were kept.
    void setImportRecord(const QList<UnreadableTable> &unreadable, const QList<TableReading> &readings);

    void showTable(int number); // no-op for a number the document does not have
    // Shows a table with the cell of a row key and a column key current (the row's first cell
    // when the column is not found), scrolled into the middle, the table focused.
    void showCell(int number, const QString &rowKey, const QString &columnKey);
    int currentTable() const;   // the shown table's number; 0 when there is none
    bool isDraft() const { return m_published.isEmpty(); }

    QTableView *view() const { return m_view; }
    FindBar *findBar() const { return m_find; }
    DisclosureTableModel *model() const { return m_model; }

signals:
    void currentTableChanged(int number);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void loadCurrentTable();
    void onComboIndexChanged(int index);
    void onShowDerivedToggled(bool checked);
    void updateLabels();
    void adjustColumns();
    void fitNameColumn();
    const DisclosureTable *findTable(const QList<DisclosureTable> &tables, int number) const;

    QList<DisclosureTable> m_published;
    QList<DisclosureTable> m_derived;
    QList<UnreadableTable> m_unreadable;
    QList<TableReading> m_readings;
    QString readingText(const TableReading &t) const;
    const UnreadableTable *unreadableTable() const; // the current table's, if it is one
    bool m_userShowDerived = false; // the user's choice, kept across documents and drafts
    int m_current = 0;
    int m_nameColumn = -1; // the column that takes the spare width, if any
    int m_nameWidth = 0;   // its preferred width

    DisclosureTableModel *m_model = nullptr;
    QLabel *m_tableLabel = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_unitLabel = nullptr;
    QCheckBox *m_showDerived = nullptr;
    QTableView *m_view = nullptr;
    FindBar *m_find = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_differenceLabel = nullptr;
    QLabel *m_readingLabel = nullptr;
    QPlainTextEdit *m_printedLines = nullptr; // an unreadable table as printed
};

} // namespace bd
