// Reading: a document whole or its figures alone (one snapshot), the lists, and the links.

#include "DocumentStore.h"
#include "store/StoreSql.h"
#include "store/StoredTime.h"
#include "templates/TemplateDescription.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QThreadPool>

#include <algorithm>
#include <limits>

namespace bd {

using namespace storesql;

namespace {

using PackedParts = QList<std::pair<QString, QByteArray>>; // name, as stored

// A document's JSON parts decoded into it, through BudgetDocument::fromJson; the lines read from
// their own tables stay. Touches no database: the documents of a large read are decoded on
// every core at once.
bool decodeParts(BudgetDocument *doc, const PackedParts &packed, QString *error)
{
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("budgetdesk-document")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("status"), statusKey(doc->status)}};
    for (const auto &[name, bytes] : packed) {
        QString problem;
        const auto v = unpackJson(bytes, &problem);
        if (!v) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "stored part \"%1\" is %2").arg(name, problem));
            return false;
        }
        json.insert(name, *v);
    }
    QString problem;
    const auto parts = BudgetDocument::fromJson(json, &problem);
    if (!parts) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "stored schedules are invalid: %1").arg(problem));
        return false;
    }
    QList<FunctionalLine> functional = std::move(doc->schedules.functional);
    QList<EconomicLine> economic = std::move(doc->schedules.economic);
    doc->schedules = parts->schedules;
    doc->schedules.functional = std::move(functional);
    doc->schedules.economic = std::move(economic);
    doc->unreadable = parts->unreadable;
    doc->readings = parts->readings;
    doc->outline = parts->outline;
    return true;
}

// Below this many documents a read decodes each as it reads it.
constexpr int kDecodeInParallelFrom = 32;

} // namespace

// A figures-only read leaves out the parts that are text (the 说明, the import's record, the
// outline): the sums of a consolidation read thousands of documents.
struct DocumentStore::ReadStatements
{
    ReadStatements(const QSqlDatabase &db, Reading reading)
        : document(db, QStringLiteral("SELECT department, year, template_id, status, title, publish_date, source_name, "
                                      "modified, source_hash FROM documents WHERE id = ?"))
        , parts(db, reading == Reading::Figures
                        ? QStringLiteral("SELECT part, packed FROM document_parts WHERE document_id = ? AND part IN (%1) ORDER BY part")
                              .arg(QStringList(figureParts().size(), QStringLiteral("?")).join(QStringLiteral(", ")))
                        : QStringLiteral("SELECT part, packed FROM document_parts WHERE document_id = ? ORDER BY part"))
        , functional(db, QStringLiteral("SELECT code, name, source, phase, amount_fen FROM functional_lines "
                                        "WHERE document_id = ? ORDER BY seq"))
        , economic(db, QStringLiteral("SELECT code, name, personnel_fen, public_fen FROM economic_lines "
                                      "WHERE document_id = ? ORDER BY seq"))
        , members(db, QStringLiteral("SELECT member_id FROM consolidation_members WHERE document_id = ? ORDER BY seq"))
        , tables(db, QStringLiteral("SELECT number, table_key, title, unit, thousands, note, source_line, printed_title, "
                                    "issuer FROM published_tables WHERE document_id = ? ORDER BY table_no"))
        , partNames(reading == Reading::Figures ? QVariantList(figureParts().cbegin(), figureParts().cend()) : QVariantList())
    {
    }
    Statement document, parts, functional, economic, members, tables;
    QVariantList partNames; // bound after the id in parts
};

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
    ReadStatements statements(m_db, reading);
    // Many documents (a consolidation's): read them all, then decode their JSON on every core.
    const bool inParallel = ids.size() >= kDecodeInParallelFrom;
    QList<PackedParts> packed(inParallel ? ids.size() : 0);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        BudgetDocument doc;
        QString why;
        if (!readDocument(ids.at(i), &doc, &why, reading, statements, inParallel ? &packed[i] : nullptr)) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot load document %1: %2").arg(ids.at(i)).arg(why));
            return {};
        }
        out.append(std::move(doc));
    }
    if (!tx.commit(error))
        return {};
    if (inParallel) {
        QList<QString> problems(ids.size());
        BudgetDocument *docs = out.data(); // detached before the threads start: each writes its own
        QString *said = problems.data();
        QThreadPool pool;
        const int chunks = std::max(1, pool.maxThreadCount());
        for (int c = 0; c < chunks; ++c)
            pool.start([&, c] {
                for (qsizetype i = c; i < ids.size(); i += chunks)
                    decodeParts(docs + i, packed.at(i), said + i);
            });
        pool.waitForDone();
        for (qsizetype i = 0; i < ids.size(); ++i)
            if (!problems.at(i).isEmpty()) {
                setError(error, QCoreApplication::translate("bd::DocumentStore", "Cannot load document %1: %2").arg(ids.at(i)).arg(problems.at(i)));
                return {};
            }
    }
    return out;
}

bool DocumentStore::readDocument(qint64 id, BudgetDocument *doc, QString *error, Reading reading) const
{
    ReadStatements statements(m_db, reading);
    return readDocument(id, doc, error, reading, statements);
}

bool DocumentStore::readDocument(qint64 id, BudgetDocument *doc, QString *error, Reading reading, ReadStatements &st,
                                 QList<std::pair<QString, QByteArray>> *deferred) const
{
    const QVariant docId = qlonglong(id);
    {
        Statement &q = st.document;
        if (!q.exec({docId}, error))
            return false;
        if (!q.query().next()) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "no such document"));
            return false;
        }
        const QSqlQuery &r = q.query();
        doc->id = id;
        doc->department = r.value(0).toString();
        doc->year = r.value(1).toInt();
        doc->templateId = r.value(2).toString();
        const auto status = statusFromKey(r.value(3).toString());
        if (!status) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "unknown status \"%1\"").arg(r.value(3).toString()));
            return false;
        }
        doc->status = *status;
        doc->title = r.value(4).toString();
        doc->publishDate = r.value(5).toString();
        doc->sourceName = r.value(6).toString();
        doc->modified = fromIsoUtc(r.value(7).toString());
        doc->sourceHash = r.value(8).toString();
        q.query().finish(); // one row: the statement runs again for the next document
    }

    // The JSON parts as stored, decoded below (or by the caller, with others: deferred); the
    // published tables' part goes with their rows.
    PackedParts packed;
    QByteArray publishedPart;
    {
        Statement &q = st.parts;
        if (!q.exec(QVariantList{docId} + st.partNames, error))
            return false;
        while (q.query().next()) {
            const QString name = q.query().value(0).toString();
            if (name == kPublishedPart)
                publishedPart = q.query().value(1).toByteArray();
            else if (jsonParts().contains(name)) // else written by a later version; this one does not know it
                packed.append({name, q.query().value(1).toByteArray()});
        }
    }
    Schedules &s = doc->schedules;

    {
        Statement &q = st.functional;
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
                setError(error, QCoreApplication::translate("bd::DocumentStore", "functional line %1 has an unknown source \"%2\" or phase \"%3\"")
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
        Statement &q = st.economic;
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
        Statement &q = st.members;
        if (!q.exec({docId}, error))
            return false;
        while (q.query().next())
            doc->members.append(q.query().value(0).toLongLong());
    }
    if (reading == Reading::Whole && !readPublished(id, publishedPart, &doc->published, error, st))
        return false;
    if (deferred) {
        *deferred = std::move(packed);
        return true;
    }
    return decodeParts(doc, packed, error);
}

bool DocumentStore::readPublished(qint64 id, const QByteArray &packed, QList<DisclosureTable> *tables, QString *error,
                                  ReadStatements &st) const
{
    QJsonArray bodies;
    if (!packed.isNull()) {
        QString problem;
        const auto v = unpackJson(packed, &problem);
        if (!v || !v->isArray()) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "stored part \"%1\" is %2")
                                .arg(kPublishedPart, v ? QCoreApplication::translate("bd::DocumentStore", "not a list of tables") : problem));
            return false;
        }
        bodies = v->toArray();
    }
    Statement &q = st.tables;
    if (!q.exec({qlonglong(id)}, error))
        return false;
    while (q.query().next()) {
        const QSqlQuery &r = q.query();
        const int t = int(tables->size());
        if (t >= bodies.size()) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "published table %1 has no body in the part \"%2\"").arg(t + 1).arg(kPublishedPart));
            return false;
        }
        // The body and the table's row make the object tableToJson wrote (storesql::tableRowKeys).
        QJsonObject o = bodies.at(t).toObject();
        o.insert(QStringLiteral("number"), r.value(0).toInt());
        o.insert(QStringLiteral("id"), r.value(1).toString());
        o.insert(QStringLiteral("title"), r.value(2).toString());
        o.insert(QStringLiteral("unit"), r.value(3).toString());
        o.insert(QStringLiteral("thousands"), r.value(4).toInt() != 0);
        o.insert(QStringLiteral("note"), r.value(5).toString());
        o.insert(QStringLiteral("line"), r.value(6).toInt());
        o.insert(QStringLiteral("printedTitle"), r.value(7).toString());
        o.insert(QStringLiteral("issuer"), r.value(8).toString());
        QString problem;
        auto table = tableFromJson(o, &problem);
        if (!table) {
            setError(error, QCoreApplication::translate("bd::DocumentStore", "published table %1 is inconsistent: %2").arg(t + 1).arg(problem));
            return false;
        }
        tables->append(std::move(*table));
    }
    if (tables->size() != bodies.size()) {
        setError(error, QCoreApplication::translate("bd::DocumentStore", "the part \"%1\" has %2 tables, published_tables %3")
                            .arg(kPublishedPart).arg(bodies.size()).arg(tables->size()));
        return false;
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

QList<DocumentSummary> DocumentStore::list(QString *error, int offset, int limit) const
{
    return listWhere(QString(), {}, error, offset, limit);
}

QList<DocumentSummary> DocumentStore::listDepartment(const QString &department, QString *error) const
{
    return listWhere(QStringLiteral("department_key = ?"), {departmentKey(department)}, error);
}

QList<DocumentSummary> DocumentStore::listYear(int year, QString *error) const
{
    return listWhere(QStringLiteral("year = ?"), {year}, error);
}

QList<DocumentSummary> DocumentStore::listWhere(const QString &where, const QVariantList &values, QString *error, int offset,
                                               int limit) const
{
    QList<DocumentSummary> out;
    if (!requireOpen(error))
        return out;
    QString sql = QStringLiteral("SELECT id, department, year, template_id, status, modified, source_name, %1 FROM documents")
                      .arg(reviewedSql());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY department, year, id");
    QVariantList bound = values;
    if (limit >= 0 || offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        bound << (limit >= 0 ? limit : std::numeric_limits<int>::max()) << std::max(0, offset);
    }
    Statement q(m_db, sql);
    if (!q.exec(bound, error))
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
        s.reviewed = q.query().value(7).toBool();
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
