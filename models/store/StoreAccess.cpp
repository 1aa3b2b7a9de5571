#include "StoreAccess.h"

#include "store/AuditLog.h"
#include "store/StoreSql.h"
#include "store/StoredTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {

using storesql::kPostgresDriver;

const StoreAccess::Role kGrantedRoles[] = {StoreAccess::Role::Editor, StoreAccess::Role::Reviewer, StoreAccess::Role::Reader};

bool isServer(const QSqlDatabase &db)
{
    return db.driverName() == kPostgresDriver;
}

// The server's group role of a granted role: budgetdesk_editor, …
QString groupOf(StoreAccess::Role role)
{
    return QStringLiteral("budgetdesk_") + StoreAccess::roleKey(role);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool failed(QString *error, const QSqlQuery &q)
{
    return fail(error, plainServerError(q.lastError()));
}

// Runs one statement with positional values; false and *error on failure. Without values
// the statement is not prepared: PostgreSQL prepares no CREATE ROLE or GRANT.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (values.isEmpty())
        return q.exec(sql) || failed(error, q);
    if (!q.prepare(sql))
        return failed(error, q);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() || failed(error, q);
}

// Who acts: the server account, or the operating-system account on a file.
QString actor(const QSqlDatabase &db)
{
    if (isServer(db)) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
            return q.value(0).toString();
    }
    return AuditLog::currentOsUser();
}

} // namespace

QString reviewedSql(const QString &documents)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM document_reviews r WHERE r.document_id = %1.id)").arg(documents);
}

namespace {

// The document's status and whether it has been passed, for a refusal that says why.
bool readState(const QSqlDatabase &db, qint64 id, QString *status, bool *reviewed, QString *error)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT status, %1 FROM documents d WHERE d.id = ?").arg(reviewedSql(QStringLiteral("d"))),
             {id}, error))
        return false;
    if (!q.next())
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "There is no document %1 in the store.").arg(id));
    *status = q.value(0).toString();
    *reviewed = q.value(1).toBool();
    return true;
}

} // namespace

QString refusedByServer(const QString &what)
{
    return QCoreApplication::translate("bd::DocumentStore", "The server refused the change: this account's role does not allow %1. Nothing was changed.")
        .arg(what);
}

QString plainServerError(const QSqlError &error)
{
    // 42501 insufficient_privilege: a missing grant, or a row-level security check.
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return refusedByServer(QCoreApplication::translate("bd::DocumentStore", "it (%1)").arg(error.databaseText().trimmed()));
    return error.text().trimmed();
}

QString StoreAccess::roleKey(Role role)
{
    switch (role) {
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Reader:
        return QStringLiteral("reader");
    case Role::Owner:
        break;
    }
    return {};
}

std::optional<StoreAccess::Role> StoreAccess::roleFromKey(const QString &key)
{
    for (const Role role : kGrantedRoles)
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

StoreAccess StoreAccess::of(const QSqlDatabase &db, QString *error)
{
    StoreAccess access;
    if (!isServer(db))
        return access;
    QSqlQuery q(db);
    // The owner of the tables, and a superuser, are bound by no policy.
    if (!q.exec(QStringLiteral("SELECT current_user, "
                               "COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) "
                               "OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = "
                               "current_schema() AND tablename = 'documents'), 'MEMBER')"))
        || !q.next()) {
        failed(error, q);
        access.role = Role::Reader;
        return access;
    }
    access.login = q.value(0).toString();
    if (q.value(1).toBool())
        return access;
    access.role = Role::Reader; // may read, granted by hand
    if (!db.tables().contains(QStringLiteral("store_users")))
        return access;
    if (run(q, QStringLiteral("SELECT role, department FROM store_users WHERE login = current_user"), {}, error) && q.next()) {
        access.role = roleFromKey(q.value(0).toString()).value_or(Role::Reader);
        access.department = q.value(1).toString();
    }
    return access;
}

QString StoreAccess::roleName(Role role)
{
    switch (role) {
    case Role::Editor:
        return QCoreApplication::translate("bd::StoreAccess", "editor");
    case Role::Reviewer:
        return QCoreApplication::translate("bd::StoreAccess", "reviewer");
    case Role::Reader:
        return QCoreApplication::translate("bd::StoreAccess", "read-only");
    case Role::Owner:
        break;
    }
    return QCoreApplication::translate("bd::StoreAccess", "owner");
}

QString StoreAccess::refusal(const BudgetDocument &doc, bool reviewed) const
{
    switch (role) {
    case Role::Owner:
        return {};
    case Role::Reviewer:
        return QCoreApplication::translate("bd::StoreAccess", "Your account %1 reviews documents on this server: it may pass, publish and comment on them, not "
                  "edit them.").arg(login);
    case Role::Reader:
        return QCoreApplication::translate("bd::StoreAccess", "Your account %1 may only read on this server.").arg(login);
    case Role::Editor:
        break;
    }
    if (departmentKey(doc.department) != departmentKey(department))
        return QCoreApplication::translate("bd::StoreAccess", "Your account %1 edits the documents of %2 on this server, not those of %3.")
            .arg(login, department, doc.department);
    if (reviewed)
        return QCoreApplication::translate("bd::StoreAccess", "A reviewer has passed this draft: it cannot be edited unless the review is withdrawn.");
    return {};
}

bool grantRole(const QSqlDatabase &db, const QString &login, StoreAccess::Role role, const QString &department,
               QString *error)
{
    if (!isServer(db))
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "Roles are given on a PostgreSQL server; a database file has one user."));
    // The name becomes an SQL identifier: plain letters, digits and _ . @ - only.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$"));
    if (!name.match(login).hasMatch())
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "\"%1\" cannot be an account name: use letters, digits and _ . @ - (at most "
                                          "63), starting with a letter.").arg(login));
    if (role == StoreAccess::Role::Owner)
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "The owner's role is not given: it is the account that owns the tables."));
    if (role == StoreAccess::Role::Editor && department.trimmed().isEmpty())
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "An editor edits the drafts of one department: name it."));
    if (StoreAccess::of(db, error).role != StoreAccess::Role::Owner)
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "Only the owner of the store's tables gives roles."));
    const QString quoted = QLatin1Char('"') + login + QLatin1Char('"');
    QSqlDatabase conn = db;
    if (!conn.transaction())
        return fail(error, plainServerError(conn.lastError()));
    QSqlQuery q(db);
    // Revoking a group the account is not in is a warning, not news: not printed.
    bool ok = run(q, QStringLiteral("SET LOCAL client_min_messages = error"), {}, error)
              && run(q, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {login}, error);
    if (ok && !q.next())
        ok = run(q, QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted), {}, error);
    for (const StoreAccess::Role granted : kGrantedRoles)
        if (ok)
            ok = run(q, QStringLiteral("REVOKE %1 FROM %2").arg(groupOf(granted), quoted), {}, error);
    if (ok)
        ok = run(q, QStringLiteral("GRANT %1 TO %2").arg(groupOf(role), quoted), {}, error);
    if (ok)
        ok = run(q, QStringLiteral("INSERT INTO store_users (login, role, department, department_key) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role, department = "
                                   "EXCLUDED.department, department_key = EXCLUDED.department_key"),
                 {login, StoreAccess::roleKey(role), storesql::text(department.trimmed()),
                  storesql::text(departmentKey(department))},
                 error);
    if (!ok) {
        conn.rollback();
        return false;
    }
    return conn.commit() || fail(error, plainServerError(conn.lastError()));
}

std::optional<Review> reviewOf(const QSqlDatabase &db, qint64 id, QString *error)
{
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT reviewed_by, reviewed_at FROM document_reviews WHERE document_id = ?"), {id}, error)
        || !q.next())
        return std::nullopt;
    return Review{q.value(0).toString(), fromIsoUtc(q.value(1).toString())};
}

bool markReviewed(const QSqlDatabase &db, qint64 id, QString *error)
{
    QString status;
    bool reviewed = false;
    if (!readState(db, id, &status, &reviewed, error))
        return false;
    if (status != QLatin1String("draft"))
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "Document %1 is published: only a draft is reviewed.").arg(id));
    if (reviewed)
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "Document %1 has been reviewed already.").arg(id));
    QSqlQuery q(db);
    return run(q, QStringLiteral("INSERT INTO document_reviews (document_id, reviewed_by, reviewed_at) VALUES (?, ?, ?)"),
               {id, actor(db), isoUtc(QDateTime::currentDateTimeUtc())}, error);
}

bool returnToDraft(const QSqlDatabase &db, qint64 id, QString *error)
{
    QString status;
    bool reviewed = false;
    if (!readState(db, id, &status, &reviewed, error))
        return false;
    if (status != QLatin1String("draft") || !reviewed)
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "Document %1 is no reviewed draft: there is no review to withdraw.").arg(id));
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("DELETE FROM document_reviews WHERE document_id = ?"), {id}, error))
        return false;
    return q.numRowsAffected() == 1
           || fail(error, refusedByServer(QCoreApplication::translate("bd::DocumentStore", "withdrawing a review")));
}

bool publishReviewed(const QSqlDatabase &db, qint64 id, QString *error)
{
    QString status;
    bool reviewed = false;
    if (!readState(db, id, &status, &reviewed, error))
        return false;
    if (status != QLatin1String("draft"))
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "Document %1 is published already.").arg(id));
    if (!reviewed)
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "Document %1 has not been reviewed: a draft is published after its review.").arg(id));
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("UPDATE documents SET status = 'published', modified = ?, modified_by = ? WHERE id = ?"),
             {isoUtc(QDateTime::currentDateTimeUtc()), actor(db), id}, error))
        return false;
    // Row-level security hides a row the role may not update: nothing is written, no error.
    return q.numRowsAffected() == 1
           || fail(error, refusedByServer(QCoreApplication::translate("bd::DocumentStore", "publishing")));
}

bool applyReviewStep(const QSqlDatabase &db, qint64 id, ReviewStep step, QString *error)
{
    switch (step) {
    case ReviewStep::Pass:
        return markReviewed(db, id, error);
    case ReviewStep::Withdraw:
        return returnToDraft(db, id, error);
    case ReviewStep::Publish:
        break;
    }
    return publishReviewed(db, id, error);
}

bool addReviewComment(const QSqlDatabase &db, qint64 id, const QString &body, QString *error)
{
    if (body.trimmed().isEmpty())
        return fail(error, QCoreApplication::translate("bd::DocumentStore", "The comment is empty."));
    QString status;
    bool reviewed = false;
    if (!readState(db, id, &status, &reviewed, error))
        return false;
    QSqlQuery q(db);
    return run(q, QStringLiteral("INSERT INTO review_comments (document_id, seq, author, written, body) "
                                 "SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM review_comments WHERE document_id = ?"),
               {id, actor(db), isoUtc(QDateTime::currentDateTimeUtc()), body.trimmed(), id}, error);
}

QList<ReviewComment> reviewComments(const QSqlDatabase &db, qint64 id, QString *error)
{
    QList<ReviewComment> out;
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT author, written, body FROM review_comments WHERE document_id = ? ORDER BY seq"), {id},
             error))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), fromIsoUtc(q.value(1).toString()), q.value(2).toString()});
    return out;
}

} // namespace bd
