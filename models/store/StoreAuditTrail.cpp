// The audit trail: the cells a save changes, written in the save's transaction, and read back.

#include "DocumentStore.h"
#include "store/StoreSql.h"
#include "store/StoredTime.h"
#include "templates/TemplateDescription.h"

#include <QCoreApplication>

namespace bd {

using namespace storesql;

bool DocumentStore::auditChanges(const BudgetDocument &doc, qint64 id, QList<AuditEntry> *entries, QString *error) const
{
    {
        // A document that is gone has nothing to compare with; writeDocument says why the save fails.
        Statement exists(m_db, QStringLiteral("SELECT COUNT(*) FROM documents WHERE id = ?"));
        if (!exists.exec({qlonglong(id)}, error) || !exists.query().next())
            return false;
        if (exists.query().value(0).toLongLong() == 0)
            return true;
    }
    const auto tpl = TemplateRegistry::instance().find(doc.templateId);
    if (!tpl)
        return true; // no derivation without the template: nothing to compare
    BudgetDocument stored;
    QString why;
    if (!readDocument(id, &stored, &why)) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "cannot read the stored version to compare with: %1").arg(why));
        return false;
    }
    *entries = AuditLog::diff(stored, doc, *tpl);
    return true;
}

bool DocumentStore::writeAudit(const QList<AuditEntry> &entries, QString *error)
{
    // Ids as for documents: bump the counter by the number of rows, use the range below it.
    const qlonglong n = entries.size();
    Statement bump(m_db, QStringLiteral("UPDATE id_counters SET next_id = next_id + ? WHERE name = ?"));
    if (!bump.exec({n, QStringLiteral("audit_log")}, error))
        return false;
    if (bump.query().numRowsAffected() != 1) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "the database has no id counter for the audit trail"));
        return false;
    }
    Statement next(m_db, QStringLiteral("SELECT c.next_id - ?, (SELECT MAX(id) FROM audit_log) FROM id_counters c "
                                        "WHERE c.name = ?"));
    if (!next.exec({n, QStringLiteral("audit_log")}, error) || !next.query().next()) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "cannot allocate audit trail ids"));
        return false;
    }
    qint64 first = next.query().value(0).toLongLong();
    const QVariant maxId = next.query().value(1);
    if (!maxId.isNull() && maxId.toLongLong() >= first) {
        first = maxId.toLongLong() + 1;
        Statement fix(m_db, QStringLiteral("UPDATE id_counters SET next_id = ? WHERE name = ?"));
        if (!fix.exec({qlonglong(first + n), QStringLiteral("audit_log")}, error))
            return false;
    }
    Statement insert(m_db, QStringLiteral("INSERT INTO audit_log (id, document_id, changed_at, os_user, table_no, row_key, "
                                          "column_key, old_fen, new_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 nextId = first;
    for (const AuditEntry &e : entries) {
        if (!insert.exec({qlonglong(nextId++), qlonglong(e.documentId), isoUtc(e.changedAt), text(e.osUser), e.tableNo,
                          text(e.rowKey), text(e.columnKey), optFen(e.oldAmount), optFen(e.newAmount)},
                         error))
            return false;
    }
    return true;
}

QList<AuditEntry> DocumentStore::auditTrail(qint64 id, QString *error) const
{
    QList<AuditEntry> out;
    if (!requireOpen(error))
        return out;
    Statement q(m_db, QStringLiteral("SELECT id, document_id, changed_at, os_user, table_no, row_key, column_key, old_fen, "
                                     "new_fen FROM audit_log WHERE document_id = ? ORDER BY id"));
    QString why;
    if (!q.exec({qlonglong(id)}, &why)) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot read the audit trail of document %1: %2").arg(id).arg(why));
        return out;
    }
    while (q.query().next()) {
        const QSqlQuery &r = q.query();
        AuditEntry e;
        e.id = r.value(0).toLongLong();
        e.documentId = r.value(1).toLongLong();
        e.changedAt = fromIsoUtc(r.value(2).toString());
        e.osUser = r.value(3).toString();
        e.tableNo = r.value(4).toInt();
        e.rowKey = r.value(5).toString();
        e.columnKey = r.value(6).toString();
        if (!r.value(7).isNull())
            e.oldAmount = Amount::fromFen(r.value(7).toLongLong());
        if (!r.value(8).isNull())
            e.newAmount = Amount::fromFen(r.value(8).toLongLong());
        out.append(e);
    }
    return out;
}

} // namespace bd
