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
    // Shows two versions side by side instead of saves: no time or account, the old figure
    // headed oldSide and the new one newSide (a save conflict: theirs and mine).
    void setSides(const QString &oldSide, const QString &newSide);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateHeader();
    DocumentSession *m_session;
    QString m_oldSide, m_newSide; // empty: a trail of saves
};

} // namespace bd
