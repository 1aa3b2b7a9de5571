// Writing: a save in one transaction (the conflict check, the ids, the rows), links and removal.

#include "DocumentStore.h"
#include "store/StoreSql.h"
#include "store/StoredTime.h"
#include "templates/TemplateDescription.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace bd {

using namespace storesql;

std::optional<qint64> DocumentStore::save(BudgetDocument &doc, QString *error, SaveConflict *conflict)
{
    if (!requireWritable(doc.id ? QCoreApplication::translate("bd::DocumentStore", "save \"%1 %2\"").arg(doc.department).arg(doc.year)
                                : QCoreApplication::translate("bd::DocumentStore", "store \"%1 %2\"").arg(doc.department).arg(doc.year),
                         error))
        return std::nullopt;

    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return std::nullopt;

    qint64 id = doc.id;
    QList<AuditEntry> audit;
    if (id != 0) {
        // Take the write lock before reading the stored version: a transaction that reads
        // first and writes later can lose the race to another writer (SQLite WAL refuses the
        // upgrade), and the audit must compare with what this save really replaces.
        Statement lock(m_db, QStringLiteral("UPDATE id_counters SET next_id = next_id WHERE name = ?"));
        if (!lock.exec({QStringLiteral("audit_log")}, error))
            return std::nullopt;
        // Two people, one draft: a copy read before someone else's save does not overwrite it.
        // (A copy with no time, an import replacing a document, replaces whatever is there.)
        if (doc.modified.isValid()) {
            Statement current(m_db, QStringLiteral("SELECT modified, modified_by FROM documents WHERE id = ?"));
            if (!current.exec({qlonglong(id)}, error))
                return std::nullopt;
            if (current.query().next() && current.query().value(0).toString() != isoUtc(doc.modified)) {
                const SaveConflict c{current.query().value(1).toString(), fromIsoUtc(current.query().value(0).toString())};
                setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot save \"%1 %2\": %3 saved it at %4, after this copy was read; "
                                               "nothing was saved. Reload it to see that version, or save this one as a copy.")
                                    .arg(doc.department).arg(doc.year)
                                    .arg(c.by.isEmpty() ? QCoreApplication::translate("bd::DocumentStore", "someone") : c.by,
                                         c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
                if (conflict)
                    *conflict = c;
                return std::nullopt;
            }
        }
        QString why;
        if (!auditChanges(doc, id, &audit, &why)) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot save \"%1 %2\": %3").arg(doc.department).arg(doc.year).arg(why));
            return std::nullopt;
        }
    }
    if (id == 0) {
        // Allocate: bump the counter first (that takes the write lock), then read it; never
        // below MAX(id) + 1 so rows written by other tools cannot collide.
        Statement bump(m_db, QStringLiteral("UPDATE id_counters SET next_id = next_id + 1 WHERE name = ?"));
        if (!bump.exec({QStringLiteral("documents")}, error))
            return std::nullopt;
        if (bump.query().numRowsAffected() != 1) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "the database has no id counter for documents"));
            return std::nullopt;
        }
        Statement next(m_db, QStringLiteral("SELECT c.next_id - 1, (SELECT MAX(id) FROM documents) "
                                            "FROM id_counters c WHERE c.name = ?"));
        if (!next.exec({QStringLiteral("documents")}, error) || !next.query().next()) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "cannot allocate a document id"));
            return std::nullopt;
        }
        id = next.query().value(0).toLongLong();
        const QVariant maxId = next.query().value(1);
        if (!maxId.isNull() && maxId.toLongLong() >= id) {
            id = maxId.toLongLong() + 1;
            Statement fix(m_db, QStringLiteral("UPDATE id_counters SET next_id = ? WHERE name = ?"));
            if (!fix.exec({qlonglong(id + 1), QStringLiteral("documents")}, error))
                return std::nullopt;
        }
    }

    // Whole milliseconds, so the stored text gives back exactly this value.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    QString why;
    if (!writeDocument(doc, id, now, &why)) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot save \"%1 %2\": %3").arg(doc.department).arg(doc.year).arg(why));
        return std::nullopt;
    }
    if (!audit.isEmpty()) {
        const QString user = AuditLog::currentOsUser();
        for (AuditEntry &e : audit) {
            e.documentId = id;
            e.changedAt = now;
            e.osUser = user;
        }
        if (!writeAudit(audit, &why)) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot save \"%1 %2\": cannot record the audit trail: %3")
                                .arg(doc.department)
                                .arg(doc.year)
                                .arg(why));
            return std::nullopt;
        }
    }
    const QList<LearnedCode> learned = codesToLearn(doc);
    Statement learn(m_db, QStringLiteral("INSERT INTO learned_codes (year, classification, code, name, document_id) "
                                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const LearnedCode &l : learned) {
        if (!learn.exec({doc.year, classificationKey(l.classification), l.code, l.name, qlonglong(id)}, &why)) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot save \"%1 %2\": %3").arg(doc.department).arg(doc.year).arg(why));
            return std::nullopt;
        }
    }
    if (!tx.commit(error))
        return std::nullopt;
    for (const LearnedCode &l : learned)
        CodeCatalogue::learn(doc.year, l.classification, l.code, l.name);
    // Only now, when the document is safely stored, does the caller's copy change.
    doc.id = id;
    doc.modified = now;
    return id;
}

bool DocumentStore::writeDocument(BudgetDocument &doc, qint64 id, const QDateTime &modified, QString *error)
{
    const QVariantList meta{text(doc.department), doc.year, text(doc.templateId), statusKey(doc.status),
                            text(doc.title), text(doc.publishDate), text(doc.sourceName), isoUtc(modified),
                            text(doc.sourceHash), text(departmentKey(doc.department)), text(AuditLog::currentOsUser())};
    if (doc.id == 0) {
        Statement insert(m_db, QStringLiteral("INSERT INTO documents (id, department, year, template_id, status, title, "
                                              "publish_date, source_name, modified, source_hash, department_key, modified_by) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert.exec(QVariantList{qlonglong(id)} + meta, error))
            return false;
    } else {
        Statement update(m_db, QStringLiteral("UPDATE documents SET department = ?, year = ?, template_id = ?, status = ?, "
                                              "title = ?, publish_date = ?, source_name = ?, modified = ?, source_hash = ?, "
                                              "department_key = ?, modified_by = ? WHERE id = ?"));
        if (!update.exec(meta + QVariantList{qlonglong(id)}, error))
            return false;
        if (update.query().numRowsAffected() != 1) {
            untouched(id, QCoreApplication::translate("bd::DocumentStore", "writing document %1").arg(id),
                      QCoreApplication::translate("bd::DocumentStore", "document %1 no longer exists in the database").arg(id), error);
            return false;
        }
        // Replace the content: children first (the cascade would do it, but explicit deletes
        // do not depend on it).
        for (const char *table : {"published_tables", "document_parts", "economic_lines", "functional_lines",
                                  "consolidation_members"}) {
            Statement del(m_db, QStringLiteral("DELETE FROM %1 WHERE document_id = ?").arg(QLatin1String(table)));
            if (!del.exec({qlonglong(id)}, error))
                return false;
        }
    }
    const QVariant docId = qlonglong(id);
    const Schedules &s = doc.schedules;

    Statement functional(m_db, QStringLiteral("INSERT INTO functional_lines (document_id, seq, code, name, source, phase, "
                                              "amount_fen) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < s.functional.size(); ++i) {
        const FunctionalLine &l = s.functional.at(i);
        if (!functional.exec({docId, i, text(l.code), text(l.name), fundSourceKey(l.source), phaseKey(l.phase), fen(l.amount)},
                             error))
            return false;
    }

    Statement economic(m_db, QStringLiteral("INSERT INTO economic_lines (document_id, seq, code, name, personnel_fen, "
                                            "public_fen) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < s.economic.size(); ++i) {
        const EconomicLine &l = s.economic.at(i);
        if (!economic.exec({docId, i, text(l.code), text(l.name), fen(l.personnel), fen(l.publicUse)}, error))
            return false;
    }

    Statement member(m_db, QStringLiteral("INSERT INTO consolidation_members (document_id, seq, member_id) VALUES (?, ?, ?)"));
    for (int i = 0; i < doc.members.size(); ++i)
        if (!member.exec({docId, i, qlonglong(doc.members.at(i))}, error))
            return false;

    // The JSON parts come from BudgetDocument::toJson, so there is one JSON shape to maintain.
    const QJsonObject json = doc.toJson();
    Statement part(m_db, QStringLiteral("INSERT INTO document_parts (document_id, part, packed) VALUES (?, ?, ?)"));
    for (const QString &name : jsonParts()) {
        const QJsonValue v = json.value(name);
        if (!v.isArray() && !v.isObject()) {
            setError(error, QStringLiteral("BudgetDocument::toJson wrote no \"%1\"").arg(name));
            return false;
        }
        if (!part.exec({docId, name, packJson(v)}, error))
            return false;
    }
    if (!part.exec({docId, kPublishedPart, packJson(tableBodies(json.value(kPublishedPart).toArray()))}, error))
        return false;

    Statement table(m_db, QStringLiteral("INSERT INTO published_tables (document_id, table_no, number, table_key, title, "
                                         "unit, thousands, note, source_line, header_row_count, printed_title, issuer) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int t = 0; t < doc.published.size(); ++t) {
        const DisclosureTable &dt = doc.published.at(t);
        if (!table.exec({docId, t, dt.number, text(dt.id), text(dt.title),
                         dt.unit == Unit::Yuan ? QStringLiteral("yuan") : QStringLiteral("wanyuan"), dt.thousands ? 1 : 0,
                         text(dt.note), dt.sourceLine, int(dt.headerRows.size()), text(dt.printedTitle), text(dt.issuer)},
                        error))
            return false;
    }
    return true;
}

// A statement on the document's row touched none. On a server, row-level security hides from an
// UPDATE or a DELETE a row the role may not change: the row is there, and the server refused
// what (as refusedByServer words it); else it is gone.
void DocumentStore::untouched(qint64 id, const QString &what, const QString &gone, QString *error) const
{
    Statement exists(m_db, QStringLiteral("SELECT 1 FROM documents WHERE id = ?"));
    const bool there = exists.exec({qlonglong(id)}, error) && exists.query().next();
    setError(error, there ? refusedByServer(what) : gone);
}

// One row of document_links, in plain SQL (no upsert: the schema runs on PostgreSQL too).
bool DocumentStore::setLink(qint64 id, std::optional<qint64> linked, QString *error)
{
    Statement del(m_db, QStringLiteral("DELETE FROM document_links WHERE document_id = ?"));
    Statement ins(m_db, QStringLiteral("INSERT INTO document_links (document_id, linked_id) VALUES (?, ?)"));
    return del.exec({qlonglong(id)}, error)
           && ins.exec({qlonglong(id), linked ? QVariant(qlonglong(*linked)) : QVariant(QMetaType(QMetaType::LongLong))}, error);
}

bool DocumentStore::link(qint64 a, qint64 b, QString *error)
{
    if (!requireWritable(QCoreApplication::translate("bd::DocumentStore", "link documents %1 and %2").arg(a).arg(b), error))
        return false;
    const QList<DocumentSummary> all = list(error);
    auto find = [&](qint64 id) -> const DocumentSummary * {
        for (const DocumentSummary &d : all)
            if (d.id == id)
                return &d;
        return nullptr;
    };
    const DocumentSummary *da = find(a), *db = find(b);
    if (!da || !db) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot link documents %1 and %2: no document %3").arg(a).arg(b).arg(da ? b : a));
        return false;
    }
    if (documentKindOf(da->templateId) == documentKindOf(db->templateId)) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot link documents %1 and %2: a budget is linked with a final account (决算), and both are %3")
                            .arg(a).arg(b).arg(documentKindOf(da->templateId) == DocumentKind::Final ? QCoreApplication::translate("bd::DocumentStore", "final accounts")
                                                                                                     : QCoreApplication::translate("bd::DocumentStore", "budgets")));
        return false;
    }
    const qint64 oldA = linkedDocument(a, error), oldB = linkedDocument(b, error);
    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return false;
    for (qint64 old : {oldA, oldB})
        if (old && old != a && old != b && !setLink(old, std::nullopt, error))
            return false;
    if (!setLink(a, b, error) || !setLink(b, a, error))
        return false;
    return tx.commit(error);
}

bool DocumentStore::unlink(qint64 id, QString *error)
{
    if (!requireWritable(QCoreApplication::translate("bd::DocumentStore", "unlink document %1").arg(id), error))
        return false;
    const qint64 other = linkedDocument(id, error);
    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return false;
    if (!setLink(id, std::nullopt, error) || (other && !setLink(other, std::nullopt, error)))
        return false;
    return tx.commit(error);
}

bool DocumentStore::remove(qint64 id, QString *error)
{
    if (!requireWritable(QCoreApplication::translate("bd::DocumentStore", "remove document %1").arg(id), error))
        return false;
    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return false;
    {
        // Every other row of the document goes with it: ON DELETE CASCADE.
        Statement del(m_db, QStringLiteral("DELETE FROM documents WHERE id = ?"));
        if (!del.exec({qlonglong(id)}, error))
            return false;
        if (del.query().numRowsAffected() != 1) {
            untouched(id, QCoreApplication::translate("bd::DocumentStore", "removing document %1").arg(id),
                      QCoreApplication::translate("bd::DocumentStore", "Cannot remove document %1: no such document").arg(id), error);
            return false;
        }
    }
    return tx.commit(error);
}

} // namespace bd
