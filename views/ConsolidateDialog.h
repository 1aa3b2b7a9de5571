#pragma once

#include "store/DocumentStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bd {

// File › Consolidate (汇总): the title of the consolidated document and its members, chosen
// among the stored documents that can add up with the open one (its template family and year,
// consolidated ones too: a prefecture sums its departments' sums). The open document is ticked.
// OK needs a title and two members.
class ConsolidateDialog : public QDialog
{
    Q_OBJECT
public:
    ConsolidateDialog(const QList<DocumentSummary> &candidates, qint64 current, const QString &suggestedTitle,
                      QWidget *parent = nullptr);
    QString title() const;
    QList<qint64> members() const; // ticked, in list order
    QListWidget *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }

private:
    void updateOk();

    QLineEdit *m_title;
    QListWidget *m_list;
    QLabel *m_hint;
    QPushButton *m_ok = nullptr;
};

} // namespace bd
