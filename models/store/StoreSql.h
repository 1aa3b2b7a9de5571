#pragma once

// What the store's files share (internal to models/store): the drivers' names, a transaction
// that cannot be left open, a prepared statement, how values are bound, and the JSON parts.

#include "document/BudgetDocument.h"
#include "store/StoreAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace bd::storesql {

const QString kSqliteDriver = QStringLiteral("QSQLITE");
const QString kPostgresDriver = QStringLiteral("QPSQL");

// Schedule parts kept as JSON in document_parts (packed), named as in BudgetDocument::toJson.
inline const QStringList &jsonParts()
{
    static const QStringList parts{
        QStringLiteral("projects"), QStringLiteral("san_gong"), QStringLiteral("carry_over"),
        QStringLiteral("figures"),  QStringLiteral("prior"),    QStringLiteral("targets"),
        QStringLiteral("narrative"), QStringLiteral("staffing"), QStringLiteral("unit_funds_detail"),
        QStringLiteral("unreadable_tables"), QStringLiteral("import_readings"), QStringLiteral("receipts"),
        QStringLiteral("balances"), QStringLiteral("execution"), QStringLiteral("outline"),
    };
    return parts;
}

// The PostgreSQL advisory lock a writer holds (any number, the same for every BudgetDesk).
constexpr qint64 kWriteLock = 0x42756467; // "Budg"

// The parts a reading of the figures alone needs (DocumentStore::loadFigures): not the 说明,
// nor what the import recorded.
inline const QStringList &figureParts()
{
    static const QStringList parts{
        QStringLiteral("projects"), QStringLiteral("san_gong"), QStringLiteral("carry_over"),
        QStringLiteral("figures"),  QStringLiteral("prior"),    QStringLiteral("targets"),
        QStringLiteral("staffing"), QStringLiteral("unit_funds_detail"), QStringLiteral("receipts"),
        QStringLiteral("balances"), QStringLiteral("execution"),
    };
    return parts;
}

// The connections, by name, that a TransactionGuard holds a transaction on (in this thread).
// A Statement that fails on a server ends that transaction at once, and takes it off.
inline QSet<QString> &guardedConnections()
{
    static thread_local QSet<QString> names;
    return names;
}

// Rolls back unless committed, so an early return or a failed statement can never leave half a
// document behind.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db) : m_db(std::move(db)) {}
    ~TransactionGuard()
    {
        if (m_active && guardedConnections().remove(m_db.connectionName()))
            m_db.rollback();
    }
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool begin(QString *error)
    {
        if (!m_db.transaction()) {
            if (error)
                *error = QStringLiteral("cannot start a transaction: %1").arg(m_db.lastError().text());
            return false;
        }
        started();
        return true;
    }
    // A transaction that holds the write lock from its start, one writer at a time as SQLite
    // has it (BEGIN IMMEDIATE, waiting for the busy timeout; on PostgreSQL a transaction-scoped
    // advisory lock every writer of the database takes): what it reads stays true until it
    // commits.
    bool beginWrite(QString *error)
    {
        QSqlQuery q(m_db);
        const bool server = m_db.driverName() == kPostgresDriver;
        if (!q.exec(server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))
            || (server && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock)))) {
            if (server)
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = QStringLiteral("cannot lock the database for writing: %1").arg(q.lastError().text());
            return false;
        }
        started();
        return true;
    }
    bool commit(QString *error)
    {
        if (!guardedConnections().contains(m_db.connectionName())) {
            if (error)
                *error = QStringLiteral("cannot commit: a statement failed and the server ended the transaction");
            return false;
        }
        if (!m_db.commit()) {
            if (error)
                *error = QStringLiteral("cannot commit: %1").arg(m_db.lastError().text());
            return false; // the destructor rolls back
        }
        m_active = false;
        guardedConnections().remove(m_db.connectionName());
        return true;
    }

private:
    void started()
    {
        m_active = true;
        guardedConnections().insert(m_db.connectionName());
    }

    QSqlDatabase m_db;
    bool m_active = false;
};

inline void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

inline QString queryError(const QSqlQuery &q)
{
    return plainServerError(q.lastError());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and '' means "none".
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant fen(Amount a)
{
    return QVariant(qlonglong(a.fen()));
}

inline QVariant optFen(const std::optional<Amount> &a)
{
    return a ? fen(*a) : QVariant(QMetaType::fromType<qlonglong>());
}

// Prepares once, when first executed (on a server a statement that cannot be prepared ends the
// transaction, so none is prepared that is not run), and executes many times with positional
// bindings.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql) : m_db(db), m_query(db), m_sql(sql) { m_query.setForwardOnly(true); }
    bool exec(const QVariantList &values, QString *error)
    {
        if (!m_prepared && !(m_prepared = m_query.prepare(m_sql))) {
            setError(error, QStringLiteral("cannot prepare \"%1\": %2").arg(m_sql, queryError(m_query)));
            endAbortedTransaction();
            return false;
        }
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values.at(i));
        if (!m_query.exec()) {
            setError(error, QStringLiteral("\"%1\" failed: %2").arg(m_sql, queryError(m_query)));
            endAbortedTransaction();
            return false;
        }
        return true;
    }
    QSqlQuery &query() { return m_query; }

private:
    // On PostgreSQL a failed statement aborts the transaction it is in: nothing more runs in it,
    // not even the DEALLOCATE of the statements prepared in it, which would stay on the server
    // for as long as the connection lives ("Unable to free statement"). A TransactionGuard's
    // transaction is rolled back at once; the guard then neither rolls back nor commits.
    void endAbortedTransaction()
    {
        if (m_db.driverName() == kPostgresDriver && guardedConnections().remove(m_db.connectionName()))
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// data compressed as qCompress writes it (the length as 4 bytes big-endian, then the zlib
// stream), through a zlib stream kept for the thread (PackedJson.cpp).
QByteArray compressPart(const QByteArray &data);

// A JSON part as stored since schema 13: its compact JSON compressed (compressPart), or, below
// 64 bytes, where compressing gains nothing, the JSON itself (which starts with '[' or '{',
// never 0).
inline QByteArray packJson(const QJsonValue &v)
{
    const QByteArray json = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return json.size() < 64 ? json : compressPart(json);
}

// Parses JSON text: an array or an object.
inline std::optional<QJsonValue> parseJson(const QByteArray &json, QString *problem)
{
    QJsonParseError perr;
    const QJsonDocument d = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        setError(problem, QStringLiteral("not valid JSON: %1").arg(perr.errorString()));
        return std::nullopt;
    }
    if (d.isArray())
        return QJsonValue(d.array());
    if (d.isObject())
        return QJsonValue(d.object());
    setError(problem, QStringLiteral("JSON that is neither an array nor an object"));
    return std::nullopt;
}

// What packJson wrote, back.
inline std::optional<QJsonValue> unpackJson(const QByteArray &packed, QString *problem)
{
    if (packed.startsWith('[') || packed.startsWith('{'))
        return parseJson(packed, problem);
    // qUncompress gives nothing back for what it did not compress (and says so on stderr).
    const QByteArray json = packed.size() > 4 ? qUncompress(packed) : QByteArray();
    if (json.isEmpty()) {
        setError(problem, QStringLiteral("neither JSON nor compressed JSON (%1 bytes)").arg(packed.size()));
        return std::nullopt;
    }
    return parseJson(json, problem);
}

// The published tables as stored since schema 13: each table's row in published_tables holds
// what tableToJson writes under these keys; the rest (the header rows, the columns, the rows with
// their cells and source lines) of every table, in order, is the packed part "published".
const QString kPublishedPart = QStringLiteral("published");

inline const QStringList &tableRowKeys()
{
    static const QStringList keys{QStringLiteral("number"), QStringLiteral("id"),           QStringLiteral("title"),
                                  QStringLiteral("unit"),   QStringLiteral("thousands"),    QStringLiteral("note"),
                                  QStringLiteral("printedTitle"), QStringLiteral("issuer"), QStringLiteral("line")};
    return keys;
}

// The part "published" of the tables as tableToJson writes them.
inline QJsonArray tableBodies(const QJsonArray &tables)
{
    QJsonArray out;
    for (const QJsonValue &t : tables) {
        QJsonObject o = t.toObject();
        for (const QString &key : tableRowKeys())
            o.remove(key);
        out.append(o);
    }
    return out;
}

} // namespace bd::storesql
