// Reading: a document whole or its figures alone (one snapshot), the lists, and the links.

#include "DocumentStore.h"
#include "store/StoreSql.h"
#include "store/StoredTime.h"
#include "templates/TemplateDescription.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bd {

using namespace storesql;

QList<BudgetDocument> DocumentStore::loadFigures(const QList<qint64> &ids, QString *error)
{
    return readDocuments(ids, Reading::Figures, error);
}

std::optional<BudgetDocument> DocumentStore::load(qint64 id, QString *error)
{
    QList<BudgetDocument> read = readDocuments({id}, Reading::Whole, error);
    if (read.isEmpty())
        return std::nullopt;
    return std::move(read.first());
}

// The documents, in one read transaction: every table is read from the same snapshot, even
// while another connection is saving. Empty and *error when one cannot be read.
QList<BudgetDocument> DocumentStore::readDocuments(const QList<qint64> &ids, Reading reading, QString *error)
{
    QList<BudgetDocument> out;
    if (!requireOpen(error))
        return out;
    TransactionGuard tx(m_db);
    if (!tx.begin(error))
        return out;
    out.reserve(ids.size());
    for (const qint64 id : ids) {
        BudgetDocument doc;
        QString why;
        if (!readDocument(id, &doc, &why, reading)) {
            setError(error, QStringLiteral("Cannot load document %1: %2").arg(id).arg(why));
            return {};
        }
        out.append(std::move(doc));
    }
    if (!tx.commit(error))
        return {};
    return out;
}

bool DocumentStore::readDocument(qint64 id, BudgetDocument *doc, QString *error, Reading reading) const
{
    const QVariant docId = qlonglong(id);
    {
        Statement q(m_db, QStringLiteral("SELECT department, year, template_id, status, title, publish_date, source_name, "
                                         "modified, source_hash FROM documents WHERE id = ?"));
        if (!q.exec({docId}, error))
            return false;
        if (!q.query().next()) {
            setError(error, QStringLiteral("no such document"));
            return false;
        }
        const QSqlQuery &r = q.query();
        doc->id = id;
        doc->department = r.value(0).toString();
        doc->year = r.value(1).toInt();
        doc->templateId = r.value(2).toString();
        const auto status = statusFromKey(r.value(3).toString());
        if (!status) {
            setError(error, QStringLiteral("unknown status \"%1\"").arg(r.value(3).toString()));
            return false;
        }
        doc->status = *status;
        doc->title = r.value(4).toString();
        doc->publishDate = r.value(5).toString();
        doc->sourceName = r.value(6).toString();
        doc->modified = fromIsoUtc(r.value(7).toString());
        doc->sourceHash = r.value(8).toString();
    }

    // The JSON parts, rebuilt through BudgetDocument::fromJson.
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("budgetdesk-document")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("status"), statusKey(doc->status)}};
    {
        Statement q(m_db, QStringLiteral("SELECT part, payload FROM document_parts WHERE document_id = ? ORDER BY part"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QString name = q.query().value(0).toString();
            if (!jsonParts().contains(name))
                continue; // written by a later version; this one does not know it
            if (reading == Reading::Figures && !figureParts().contains(name))
                continue;
            QString problem;
            const auto v = parsePart(q.query().value(1).toString(), &problem);
            if (!v) {
                setError(error, QStringLiteral("stored part \"%1\" is not valid JSON: %2").arg(name, problem));
                return false;
            }
            json.insert(name, *v);
        }
    }
    QString problem;
    const auto parts = BudgetDocument::fromJson(json, &problem);
    if (!parts) {
        setError(error, QStringLiteral("stored schedules are invalid: %1").arg(problem));
        return false;
    }
    doc->schedules = parts->schedules;
    doc->unreadable = parts->unreadable;
    doc->readings = parts->readings;
    doc->outline = parts->outline;
    Schedules &s = doc->schedules;

    {
        Statement q(m_db, QStringLiteral("SELECT code, name, source, phase, amount_fen FROM functional_lines "
                                         "WHERE document_id = ? ORDER BY seq"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            FunctionalLine l;
            l.code = r.value(0).toString();
            l.name = r.value(1).toString();
            const auto source = fundSourceFromKey(r.value(2).toString());
            const auto phase = phaseFromKey(r.value(3).toString());
            if (!source || !phase) {
                setError(error, QStringLiteral("functional line %1 has an unknown source \"%2\" or phase \"%3\"")
                                    .arg(l.code, r.value(2).toString(), r.value(3).toString()));
                return false;
            }
            l.source = *source;
            l.phase = *phase;
            l.amount = Amount::fromFen(r.value(4).toLongLong());
            s.functional.append(l);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT code, name, personnel_fen, public_fen FROM economic_lines "
                                         "WHERE document_id = ? ORDER BY seq"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            EconomicLine l;
            l.code = r.value(0).toString();
            l.name = r.value(1).toString();
            l.personnel = Amount::fromFen(r.value(2).toLongLong());
            l.publicUse = Amount::fromFen(r.value(3).toLongLong());
            s.economic.append(l);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT member_id FROM consolidation_members WHERE document_id = ? ORDER BY seq"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next())
            doc->members.append(q.query().value(0).toLongLong());
    }
    return reading == Reading::Figures || readPublished(id, &doc->published, error);
}

bool DocumentStore::readPublished(qint64 id, QList<DisclosureTable> *tables, QString *error) const
{
    const QVariant docId = qlonglong(id);
    auto corrupt = [&](const QString &what) {
        setError(error, QStringLiteral("published tables are inconsistent: %1").arg(what));
        return false;
    };
    auto tableAt = [&](int t) -> DisclosureTable * { return t >= 0 && t < tables->size() ? &(*tables)[t] : nullptr; };

    {
        Statement q(m_db, QStringLiteral("SELECT table_no, number, table_key, title, unit, thousands, note, source_line, "
                                         "header_row_count, printed_title, issuer FROM published_tables WHERE document_id = ? "
                                         "ORDER BY table_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            if (r.value(0).toInt() != tables->size())
                return corrupt(QStringLiteral("table %1 is missing").arg(tables->size()));
            DisclosureTable t;
            t.number = r.value(1).toInt();
            t.id = r.value(2).toString();
            t.title = r.value(3).toString();
            const QString unit = r.value(4).toString();
            if (unit == QLatin1String("yuan"))
                t.unit = Unit::Yuan;
            else if (unit == QLatin1String("wanyuan"))
                t.unit = Unit::WanYuan;
            else
                return corrupt(QStringLiteral("unknown unit \"%1\"").arg(unit));
            t.thousands = r.value(5).toInt() != 0;
            t.note = r.value(6).toString();
            t.sourceLine = r.value(7).toInt();
            const int headerRows = r.value(8).toInt();
            t.printedTitle = r.value(9).toString();
            t.issuer = r.value(10).toString();
            for (int h = 0; h < headerRows; ++h)
                t.headerRows.append(QStringList());
            tables->append(t);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT table_no, header_row, col_no, text FROM published_headers "
                                         "WHERE document_id = ? ORDER BY table_no, header_row, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            const int h = r.value(1).toInt();
            if (!t || h < 0 || h >= t->headerRows.size() || r.value(2).toInt() != t->headerRows.at(h).size())
                return corrupt(QStringLiteral("stray header text"));
            t->headerRows[h].append(r.value(3).toString());
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT table_no, col_no, col_key, header, is_amount, side FROM published_columns "
                                         "WHERE document_id = ? ORDER BY table_no, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            if (!t || r.value(1).toInt() != t->columns.size())
                return corrupt(QStringLiteral("stray column"));
            TableColumn c;
            c.key = r.value(2).toString();
            c.header = r.value(3).toString();
            c.isAmount = r.value(4).toInt() != 0;
            c.side = r.value(5).toInt();
            t->columns.append(c);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT table_no, row_no, row_key, right_key, level, source_line FROM published_rows "
                                         "WHERE document_id = ? ORDER BY table_no, row_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            if (!t || r.value(1).toInt() != t->rows.size())
                return corrupt(QStringLiteral("stray row"));
            TableRow row;
            row.key = r.value(2).toString();
            row.rightKey = r.value(3).toString();
            row.level = r.value(4).toInt();
            row.sourceLine = r.value(5).toInt();
            t->rows.append(row);
        }
    }
    {
        Statement q(m_db, QStringLiteral("SELECT table_no, row_no, col_no, text, amount_fen, source_line FROM published_cells "
                                         "WHERE document_id = ? ORDER BY table_no, row_no, col_no"));
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next()) {
            const QSqlQuery &r = q.query();
            DisclosureTable *t = tableAt(r.value(0).toInt());
            const int rowNo = r.value(1).toInt();
            if (!t || rowNo < 0 || rowNo >= t->rows.size() || r.value(2).toInt() != t->rows.at(rowNo).cells.size())
                return corrupt(QStringLiteral("stray cell"));
            TableCell c;
            c.text = r.value(3).toString();
            if (!r.value(4).isNull())
                c.amount = Amount::fromFen(r.value(4).toLongLong());
            c.sourceLine = r.value(5).toInt();
            t->rows[rowNo].cells.append(c);
        }
    }
    return true;
}

// ---- List / remove ----

qint64 linkedDocumentId(const QList<DocumentSummary> &documents, qint64 id)
{
    const auto self = std::find_if(documents.begin(), documents.end(), [id](const DocumentSummary &d) { return d.id == id; });
    if (self == documents.end())
        return 0;
    const QString key = departmentKey(self->department);
    const DocumentKind kind = documentKindOf(self->templateId);
    qint64 found = 0;
    for (const DocumentSummary &d : documents)
        if (d.id != id && d.year == self->year && documentKindOf(d.templateId) != kind && departmentKey(d.department) == key)
            found = std::max(found, d.id);
    return found;
}

QList<DocumentSummary> documentsOfDepartment(const QList<DocumentSummary> &documents, const QString &name, QStringList *departments)
{
    const QString key = departmentKey(name);
    QList<DocumentSummary> out;
    for (bool exact : {true, false}) {
        for (const DocumentSummary &d : documents) {
            const QString k = departmentKey(d.department);
            if (!key.isEmpty() && (exact ? k == key : k.contains(key)))
                out.append(d);
        }
        if (!out.isEmpty())
            break;
    }
    if (departments) {
        departments->clear();
        for (const DocumentSummary &d : std::as_const(out))
            if (!departments->contains(d.department))
                departments->append(d.department);
    }
    return out;
}

QList<DocumentSummary> DocumentStore::list(QString *error) const
{
    return listWhere(QString(), {}, error);
}

QList<DocumentSummary> DocumentStore::listDepartment(const QString &department, QString *error) const
{
    return listWhere(QStringLiteral("department_key = ?"), {departmentKey(department)}, error);
}

QList<DocumentSummary> DocumentStore::listYear(int year, QString *error) const
{
    return listWhere(QStringLiteral("year = ?"), {year}, error);
}

QList<DocumentSummary> DocumentStore::listWhere(const QString &where, const QVariantList &values, QString *error) const
{
    QList<DocumentSummary> out;
    if (!requireOpen(error))
        return out;
    QString sql = QStringLiteral("SELECT id, department, year, template_id, status, modified, source_name FROM documents");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    Statement q(m_db, sql + QStringLiteral(" ORDER BY department, year, id"));
    if (!q.exec(values, error))
        return out;
    while (q.query().next()) {
        DocumentSummary s;
        s.id = q.query().value(0).toLongLong();
        s.department = q.query().value(1).toString();
        s.year = q.query().value(2).toInt();
        s.templateId = q.query().value(3).toString();
        s.status = statusFromKey(q.query().value(4).toString()).value_or(DocumentStatus::Draft);
        s.modified = fromIsoUtc(q.query().value(5).toString());
        s.sourceName = q.query().value(6).toString();
        out.append(s);
    }
    return out;
}

qint64 DocumentStore::firstDocument(const QString &preferredSource, QString *error) const
{
    if (!requireOpen(error))
        return 0;
    // Two queries, each served by the (department, year) index.
    Statement preferred(m_db, QStringLiteral("SELECT id FROM documents WHERE source_name = ? ORDER BY department, year, id LIMIT 1"));
    if (!preferred.exec({preferredSource}, error))
        return 0;
    if (preferred.query().next())
        return preferred.query().value(0).toLongLong();
    Statement first(m_db, QStringLiteral("SELECT id FROM documents ORDER BY department, year, id LIMIT 1"));
    return first.exec({}, error) && first.query().next() ? first.query().value(0).toLongLong() : 0;
}

qint64 DocumentStore::findImport(const QString &sourceHash, QString *error) const
{
    if (sourceHash.isEmpty() || !requireOpen(error))
        return 0;
    Statement q(m_db, QStringLiteral("SELECT id FROM documents WHERE source_hash = ? ORDER BY id LIMIT 1"));
    return q.exec({sourceHash}, error) && q.query().next() ? q.query().value(0).toLongLong() : 0;
}

bool DocumentStore::isEmpty(QString *error) const
{
    if (!requireOpen(error))
        return true;
    Statement q(m_db, QStringLiteral("SELECT 1 FROM documents LIMIT 1"));
    return q.exec({}, error) && !q.query().next();
}

// The link made by hand for a document: nullopt when there is none, 0 when it was unlinked.
std::optional<qint64> DocumentStore::handLink(qint64 id, QString *error) const
{
    Statement q(m_db, QStringLiteral("SELECT linked_id FROM document_links WHERE document_id = ?"));
    if (!q.exec({qlonglong(id)}, error) || !q.query().next())
        return std::nullopt;
    return q.query().value(0).isNull() ? 0 : q.query().value(0).toLongLong();
}

qint64 DocumentStore::linkedDocument(qint64 id, QString *error) const
{
    if (!requireOpen(error))
        return 0;
    if (const auto byHand = handLink(id, error))
        return *byHand;
    // Its counterpart is of the same year and department: only those documents are read
    // (through the (year, department_key) index).
    const qint64 automatic = linkedDocumentId(
        listWhere(QStringLiteral("(year, department_key) = (SELECT year, department_key FROM documents WHERE id = ?)"),
                  {qlonglong(id)}, error),
        id);
    // The other document may have been linked elsewhere, or unlinked, by hand.
    const auto theirs = automatic ? handLink(automatic, error) : std::nullopt;
    return theirs && *theirs != id ? 0 : automatic;
}

qint64 DocumentStore::ownDocumentOf(qint64 consolidatedId, QString *error) const
{
    if (!requireOpen(error))
        return 0;
    Statement q(m_db, QStringLiteral("SELECT d.id FROM documents d, documents c WHERE c.id = ? AND d.year = c.year "
                                     "AND d.department_key = c.department_key AND d.template_id = c.template_id AND d.id <> c.id "
                                     "AND NOT EXISTS (SELECT 1 FROM consolidation_members m WHERE m.document_id = d.id) "
                                     "ORDER BY d.id DESC LIMIT 1"));
    if (!q.exec({qlonglong(consolidatedId)}, error) || !q.query().next())
        return 0;
    return q.query().value(0).toLongLong();
}

} // namespace bd
