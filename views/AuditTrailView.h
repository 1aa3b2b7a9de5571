#pragma once

#include "store/AuditLog.h"

#include <QTableWidget>

namespace bd {

class DocumentSession;

// Every saved change of the open document: when, who, which table, row and column, the old
// and the new figure. The window hands it the entries (views run no SQL).
class AuditTrailView : public QTableWidget
{
    Q_OBJECT
public:
    explicit AuditTrailView(DocumentSession *session, QWidget *parent = nullptr);
    void setEntries(const QList<AuditEntry> &entries);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateHeader();
    DocumentSession *m_session;
};

} // namespace bd
