#pragma once

#include "codes/CodeCatalogue.h"
#include "document/BudgetDocument.h"
#include "store/AuditLog.h"
#include "store/StoreAccess.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace bd {

// One row of the document browser: what list() returns without loading whole documents.
struct DocumentSummary
{
    qint64 id = 0;
    QString department;
    int year = 0;
    QString templateId;
    DocumentStatus status = DocumentStatus::Draft;
    QDateTime modified; // UTC
    QString sourceName;
    bool reviewed = false; // a draft a reviewer has passed (已审核, schema 12)
};

// The document of the other kind (预算 / 决算) of the same department (departmentKey) and
// year: the budget a final account carried out, or the final account of a budget. 0 when none
// is stored; of several, the newest.
qint64 linkedDocumentId(const QList<DocumentSummary> &documents, qint64 id);
// One department's documents: those whose departmentKey is the name's, or, when none is, those
// whose key contains it ("规划和自然资源局"). The departments they belong to in *departments.
QList<DocumentSummary> documentsOfDepartment(const QList<DocumentSummary> &documents, const QString &name,
                                             QStringList *departments = nullptr);

// The SQL store of budget documents (Qt Sql): a local SQLite file, or a PostgreSQL server
// through QPSQL, with one schema. Its jobs live in files of their own: the connection
// (DocumentStore.cpp), the migrator (StoreMigrations.cpp), reading (DocumentReader.cpp),
// writing (DocumentWriter.cpp), the audit trail (StoreAuditTrail.cpp); StoreSql.h is what they
// share, StoreAccess the server's roles and review.
//
// - Versioned migrations from the resources :/sql/NNN_name.sql, applied in order, each in
//   its own transaction; the applied versions are recorded in the table schema_version.
// - Every save/remove is one transaction: a reader never sees a partial document.
// - Money that is summed and queried is stored as BIGINT 分, a row per line (functional_lines,
//   economic_lines); the other schedule parts are JSON in document_parts, in the shapes
//   BudgetDocument::toJson writes, compressed (schema 13); a published table is a row of
//   published_tables, its header rows, columns and cells the part "published".
// - Bound parameters only.
// A PostgreSQL server as --db names it: postgresql://[user[:password]@]host[:port]/database,
// the host a name, an address or a socket folder (percent-encoded: %2Ftmp%2Fpg).
struct ServerAddress
{
    QString user, password, host, database;
    int port = 5432;
    static std::optional<ServerAddress> parse(const QString &url);
    QString shown() const; // without the password
    QString url() const;   // postgresql://user@host:port/database again, without the password
    // A QPSQL connection to it (not opened yet), named connectionName.
    QSqlDatabase connection(const QString &connectionName) const;
};

class DocumentStore
{
public:
    explicit DocumentStore(const QString &connectionName = QStringLiteral("budgetdesk"));
    ~DocumentStore(); // closes and removes the connection
    DocumentStore(const DocumentStore &) = delete;
    DocumentStore &operator=(const DocumentStore &) = delete;

    // QStandardPaths::AppDataLocation + "/budgetdesk.sqlite"; creates the folder.
    static QString defaultPath();

    // Opens (creating when missing) the SQLite database at path, switches on foreign keys and
    // WAL, and applies the pending migrations. Fails without touching the file when it is not
    // an SQLite database, is an SQLite database of another program, or was written by a newer
    // BudgetDesk. Opening again closes the previous database first. A database this user may
    // not write opens read-only (see isReadOnly), unless it needs a migration.
    bool open(const QString &path, QString *error);
    // Told, while open() upgrades a store whose migration rewrites every stored document
    // (schema 13 packs them), how many of how many are done: (0, total) first, (total, total)
    // last. Set before open(); the window shows a progress dialog, the command line a line.
    using MigrationProgress = std::function<void(int done, int total)>;
    void setMigrationProgress(MigrationProgress progress) { m_migrationProgress = std::move(progress); }
    bool isOpen() const;
    // True when the open database cannot be written by this user (file or folder permissions):
    // it was opened read-only, and save() and remove() refuse with a plain message.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    void close();
    QString path() const { return m_path; }
    // What open() was given (a server's address with its password, when it had one).
    QString location() const { return m_location; }

    static int latestSchemaVersion(); // highest migration bundled with this program
    int schemaVersion() const;        // version of the open database; 0 when not open

    // Saves the whole document in one transaction. doc.id == 0 inserts a new document and sets
    // doc.id; otherwise replaces that document's content (fails when it no longer exists).
    // Sets doc.modified (UTC, millisecond precision). On failure nothing changes, neither in
    // the database nor in doc.
    // Saving an existing document also records in the audit trail, in the same transaction,
    // every amount cell of the derived tables that differs from the stored version (see
    // AuditLog::diff), with the time and the operating-system user. The first save of a
    // document records nothing, nor does a save of a document whose template is unknown.
    // A save over a newer version is refused: when doc.modified is set (the document was read
    // from the store) and the stored one was saved since by anyone, nothing is written and
    // *conflict says who saved it and when.
    struct SaveConflict
    {
        QString by; // their operating-system account; empty for a version saved before schema 10
        QDateTime at;
    };
    std::optional<qint64> save(BudgetDocument &doc, QString *error, SaveConflict *conflict = nullptr);

    // Loads everything save() wrote, from one consistent snapshot.
    std::optional<BudgetDocument> load(qint64 id, QString *error);
    // The documents' metadata and schedules without their 说明, published tables and import
    // record: what summing them needs (Consolidation), from one snapshot. Empty and *error
    // when one cannot be read.
    QList<BudgetDocument> loadFigures(const QList<qint64> &ids, QString *error);

    // All documents, ordered by department, year, id; or limit of them from offset on (read
    // through the (department, year) index, so a page costs the same in any number of documents).
    QList<DocumentSummary> list(QString *error, int offset = 0, int limit = -1) const;
    // The documents of the department named so (compared as departmentKey() compares), in the
    // same order, read through an index.
    QList<DocumentSummary> listDepartment(const QString &department, QString *error) const;
    // The documents of one year, in the same order.
    QList<DocumentSummary> listYear(int year, QString *error) const;
    // The document imported from a file with these bytes (BudgetDocument::sourceHash), the
    // oldest of several; 0 when none (or for an empty hash).
    qint64 findImport(const QString &sourceHash, QString *error) const;
    // Whether the store holds no document, without reading the list (true on an error).
    bool isEmpty(QString *error) const;
    // The document to open when none was chosen: the first imported from preferredSource, else
    // the first in list() order; 0 when the store is empty.
    qint64 firstDocument(const QString &preferredSource, QString *error) const;

    // The budget a final account carried out, or the final account of a budget: the one linked
    // by hand, none when unlinked by hand, else linkedDocumentId() (same department and year).
    // 0 when there is none; on a database error 0 and *error set.
    qint64 linkedDocument(qint64 id, QString *error) const;
    // The department's own document that a consolidated one (of its units) sums up to: of the
    // consolidated document's name (departmentKey), year and template, and no consolidation
    // itself; the newest of several, 0 when none is stored.
    qint64 ownDocumentOf(qint64 consolidatedId, QString *error) const;
    // Links a budget and a final account by hand, both ways (and unlinks what either was linked
    // to); refused for two documents of one kind.
    bool link(qint64 a, qint64 b, QString *error);
    // Unlinks a document by hand from whatever it is linked to, both ways.
    bool unlink(qint64 id, QString *error);

    // The document's audit trail, oldest first (empty for a document never saved twice).
    // On a database error an empty list and *error set.
    QList<AuditEntry> auditTrail(qint64 id, QString *error) const;

    // Removes the document and (by ON DELETE CASCADE) all its rows. False when it does not exist.
    bool remove(qint64 id, QString *error);

    QSqlDatabase database() const;

    // Who is connected and what the server's roles let them do (the owner, on a file).
    const StoreAccess &access() const { return m_access; }
    // Why this account may not edit the document, in a sentence (StoreAccess::refusal, with
    // the document's review read from the store); empty when it may.
    QString editRefusal(const BudgetDocument &doc) const;

private:
    // The documents matching an SQL condition on the documents table (with ? placeholders).
    QList<DocumentSummary> listWhere(const QString &where, const QVariantList &values, QString *error, int offset = 0,
                                     int limit = -1) const;
    bool setLink(qint64 id, std::optional<qint64> linked, QString *error); // one row of document_links
    // Why an UPDATE or DELETE of document id touched no row: the server refused what, or it is gone.
    void untouched(qint64 id, const QString &what, const QString &gone, QString *error) const;
    std::optional<qint64> handLink(qint64 id, QString *error) const;
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(const QString &url, QString *error);
    bool prepareSchema(const QString &shown, const QStringList &tables, QString *error);
    bool setSqlitePragmas(const QString &shown, QString *error);
    bool applyMigrations(QString *error);
    bool fillNewColumns(int version, QString *error);
    // Code names learned from published documents (schema 4): each save of a published
    // document records the well-formed codes its year's catalogue lacks, and opening a database
    // teaches the catalogue all it has recorded.
    struct LearnedCode
    {
        Classification classification;
        QString code;
        QString name;
    };
    static QList<LearnedCode> codesToLearn(const BudgetDocument &doc);
    bool teachLearnedCodes(QString *error) const;
    bool readSchemaVersion(int *version, QString *error) const;
    bool writeDocument(BudgetDocument &doc, qint64 id, const QDateTime &modified, QString *error);
    enum class Reading { Whole, Figures };
    QList<BudgetDocument> readDocuments(const QList<qint64> &ids, Reading reading, QString *error);
    struct ReadStatements; // what a read runs for each document, prepared once for all of them
    bool readDocument(qint64 id, BudgetDocument *doc, QString *error, Reading reading = Reading::Whole) const;
    // deferred: the JSON parts as stored, for the caller to decode; else they are decoded here.
    bool readDocument(qint64 id, BudgetDocument *doc, QString *error, Reading reading, ReadStatements &statements,
                      QList<std::pair<QString, QByteArray>> *deferred = nullptr) const;
    // The published tables of a document: their rows, and packed, their part "published" as stored.
    bool readPublished(qint64 id, const QByteArray &packed, QList<DisclosureTable> *tables, QString *error,
                       ReadStatements &statements) const;
    bool requireOpen(QString *error) const;
    bool requireWritable(const QString &what, QString *error) const;
    bool auditChanges(const BudgetDocument &doc, qint64 id, QList<AuditEntry> *entries, QString *error) const;
    bool writeAudit(const QList<AuditEntry> &entries, QString *error);

    QString m_connectionName;
    QString m_path;
    QString m_location;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    QString m_readOnlyReason; // why the open database is read-only; empty when it is not
    StoreAccess m_access;
    MigrationProgress m_migrationProgress;
};

} // namespace bd
