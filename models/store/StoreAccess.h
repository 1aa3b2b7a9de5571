#pragma once

#include "document/BudgetDocument.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace bd {

// Who is connected to a store and what its database lets them do. On a PostgreSQL server the
// roles of schema 12 (resources/sql/012_reviews.postgresql.sql) do the enforcing, with grants
// and row-level security; this only reads them, so that the window can say beforehand what
// the server would refuse. A local SQLite file has one user, who owns it.
struct StoreAccess
{
    enum class Role { Owner, Editor, Reviewer, Reader };
    Role role = Role::Owner;
    QString login;      // the server account; empty for a file
    QString department; // an editor's, as granted

    // Reads the connected account's role (the tables' owner, or store_users).
    static StoreAccess of(const QSqlDatabase &db, QString *error);

    // Why this account may not edit the document, in a sentence; empty when it may (its
    // status aside: a published document is refused by the editor for every account).
    // reviewed: a reviewer has passed it.
    QString refusal(const BudgetDocument &doc, bool reviewed) const;
    bool mayReview() const { return role == Role::Owner || role == Role::Reviewer; }
    static QString roleName(Role role); // 编制 / 审核 / 只读 / 所有者, translated
    // "editor", "reviewer", "reader", as store_users and the command line write them; empty
    // for the owner, whose role is not given.
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);
};

// The sentence for a change the server's roles refused; what: what was refused ("publishing").
QString refusedByServer(const QString &what);

// Gives a server account a role (as the tables' owner): creates the login role when it does
// not exist, makes it a member of the role's group (and of no other BudgetDesk group) and
// records its department (an editor's). Refused on a file and for accounts that are not the
// owner.
bool grantRole(const QSqlDatabase &db, const QString &login, StoreAccess::Role role, const QString &department,
               QString *error);

struct ReviewComment
{
    QString author;
    QDateTime written; // UTC
    QString body;
};

struct Review
{
    QString by;
    QDateTime at; // UTC
};

// The SQL condition that a reviewer has passed the document of the row named documents (a
// row of document_reviews: kept when it is published), for the queries that list documents.
QString reviewedSql(const QString &documents = QStringLiteral("documents"));

// 草稿 → 已审核 → 已发布. Each is one statement the server checks against the account's role.
std::optional<Review> reviewOf(const QSqlDatabase &db, qint64 id, QString *error);
bool markReviewed(const QSqlDatabase &db, qint64 id, QString *error);
bool returnToDraft(const QSqlDatabase &db, qint64 id, QString *error); // the review withdrawn
bool publishReviewed(const QSqlDatabase &db, qint64 id, QString *error);
// One of the three, as the window's Review menu and `budgetdesk review` name them.
enum class ReviewStep { Pass, Withdraw, Publish };
bool applyReviewStep(const QSqlDatabase &db, qint64 id, ReviewStep step, QString *error);
bool addReviewComment(const QSqlDatabase &db, qint64 id, const QString &body, QString *error);
QList<ReviewComment> reviewComments(const QSqlDatabase &db, qint64 id, QString *error);

// The server's refusal of a statement (insufficient privilege, a row-level security check),
// said plainly; other errors as the driver words them.
QString plainServerError(const QSqlError &error);

} // namespace bd
