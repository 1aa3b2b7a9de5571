// Review (草稿 → 已审核 → 已发布) on any store, and on a PostgreSQL server the roles of schema 12:
// 编制 (editor), 审核 (reviewer), 只读 (reader), enforced by the database's grants and row-level
// security. Each account connects as itself; what its role forbids fails in the database,
// also when the statement bypasses the program.

#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"
#include "store/StoreAccess.h"
#include "TestServer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

const QString kKizilsu = QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt");
const QString kPutuoUnit = QStringLiteral(BD_TEST_DATA_DIR "/putuo-commerce-unit-2025.txt");

// The server's address for another account (trust authentication: the throwaway cluster's
// socket is reachable through its folder only).
QString asAccount(const QString &url, const QString &login)
{
    ServerAddress address = *ServerAddress::parse(url);
    address.user = login;
    return address.url();
}

// A statement run directly on a connection, bypassing the store: the database alone decides.
struct Raw
{
    bool ok = false;
    int rows = -1;
    QString nativeCode;
};

Raw rawExec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    Raw r;
    r.ok = q.exec(sql);
    r.rows = q.numRowsAffected();
    r.nativeCode = q.lastError().nativeErrorCode();
    return r;
}

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reviewThenPublish();
    void rolesEnforcedByTheServer();

private:
    QString location() const { return test::serverUrl().isEmpty() ? m_dir.filePath(QStringLiteral("roles.sqlite")) : test::serverUrl(); }
    // Imports the file as published and stores a draft of it; the draft's id.
    qint64 storeDraftOf(DocumentStore &store, const QString &file, qint64 *publishedId = nullptr);

    QTemporaryDir m_dir;
};

void TestRoles::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("roles.sqlite")));
    QString error;
    if (!test::serverUrl().isEmpty())
        QVERIFY2(test::resetServer(test::serverUrl(), &error), qPrintable(error));
}

qint64 TestRoles::storeDraftOf(DocumentStore &store, const QString &file, qint64 *publishedId)
{
    const ImportResult r = DisclosureImporter().importFile(file);
    if (!r.ok())
        return 0;
    BudgetDocument doc = *r.document;
    QString error;
    if (!store.save(doc, &error))
        return 0;
    if (publishedId)
        *publishedId = doc.id;
    BudgetDocument draft = doc;
    draft.id = 0;
    draft.modified = QDateTime();
    draft.status = DocumentStatus::Draft;
    const auto id = store.save(draft, &error);
    return id ? *id : 0;
}

void TestRoles::reviewThenPublish()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QCOMPARE(store.access().role, StoreAccess::Role::Owner);
    qint64 published = 0;
    const qint64 draft = storeDraftOf(store, kKizilsu, &published);
    QVERIFY(draft);
    const QSqlDatabase db = store.database();

    // Published before its review: refused, and so is reviewing what is published.
    QVERIFY(!publishReviewed(db, draft, &error));
    QVERIFY2(error.contains(QStringLiteral("not been reviewed")), qPrintable(error));
    QVERIFY(!markReviewed(db, published, &error));
    QVERIFY2(error.contains(QStringLiteral("only a draft")), qPrintable(error));
    QVERIFY(!reviewOf(db, draft, &error));

    QVERIFY2(markReviewed(db, draft, &error), qPrintable(error));
    const auto review = reviewOf(db, draft, &error);
    QVERIFY(review);
    QVERIFY(!review->by.isEmpty());
    QVERIFY(qAbs(review->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!markReviewed(db, draft, &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));

    QVERIFY2(addReviewComment(db, draft, QStringLiteral("表3 与 说明 一致。"), &error), qPrintable(error));
    QVERIFY2(addReviewComment(db, draft, QStringLiteral("  三公 经费 已核对  "), &error), qPrintable(error));
    QVERIFY(!addReviewComment(db, draft, QStringLiteral("   "), &error));
    const QList<ReviewComment> comments = reviewComments(db, draft, &error);
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments[0].body, QStringLiteral("表3 与 说明 一致。"));
    QCOMPARE(comments[1].body, QStringLiteral("三公 经费 已核对"));
    QCOMPARE(comments[1].author, review->by);

    // Withdrawn and passed again, then published: the status is the store's.
    QVERIFY2(returnToDraft(db, draft, &error), qPrintable(error));
    QVERIFY(!reviewOf(db, draft, &error));
    QVERIFY2(markReviewed(db, draft, &error), qPrintable(error));
    QVERIFY2(publishReviewed(db, draft, &error), qPrintable(error));
    const auto loaded = store.load(draft, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->status, DocumentStatus::Published);
    QVERIFY(reviewOf(db, draft, &error)); // who passed it stays on record
    QVERIFY(!returnToDraft(db, draft, &error));
    QVERIFY(!publishReviewed(db, draft, &error));
    QVERIFY2(error.contains(QStringLiteral("published already")), qPrintable(error));
    QVERIFY(!publishReviewed(db, 999999, &error));
    QVERIFY2(error.contains(QStringLiteral("no document 999999")), qPrintable(error));
}

void TestRoles::rolesEnforcedByTheServer()
{
    const QString server = test::serverUrl();
    if (server.isEmpty())
        QSKIP("Roles are a server's: this runs as tst_roles_postgres, against the throwaway PostgreSQL server");
    QString error;
    DocumentStore owner(QStringLiteral("owner"));
    QVERIFY2(owner.open(server, &error), qPrintable(error));
    qint64 kizilsuPublished = 0;
    const qint64 kizilsuDraft = storeDraftOf(owner, kKizilsu, &kizilsuPublished);
    const qint64 putuoDraft = storeDraftOf(owner, kPutuoUnit);
    QVERIFY(kizilsuDraft && putuoDraft);
    const QString kizilsuDepartment = owner.load(kizilsuDraft, &error)->department;
    const QString putuoTitle = owner.load(putuoDraft, &error)->title;

    QVERIFY(!grantRole(owner.database(), QStringLiteral("bad\"name"), StoreAccess::Role::Reader, {}, &error));
    QVERIFY(!grantRole(owner.database(), QStringLiteral("alice"), StoreAccess::Role::Editor, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("department")), qPrintable(error));
    // Given as printed with full-width brackets: the department compares as departmentKey does.
    QVERIFY2(grantRole(owner.database(), QStringLiteral("alice"), StoreAccess::Role::Editor,
                       kizilsuDepartment + QStringLiteral("（本级）"), &error),
             qPrintable(error));
    QVERIFY2(grantRole(owner.database(), QStringLiteral("bob"), StoreAccess::Role::Reviewer, {}, &error), qPrintable(error));
    QVERIFY2(grantRole(owner.database(), QStringLiteral("carol"), StoreAccess::Role::Editor, QStringLiteral("某局"), &error),
             qPrintable(error));
    // Given again: the new role replaces the old one.
    QVERIFY2(grantRole(owner.database(), QStringLiteral("carol"), StoreAccess::Role::Reader, {}, &error), qPrintable(error));

    // 编制: writes the drafts of their department, nothing else.
    {
        DocumentStore alice(QStringLiteral("alice"));
        QVERIFY2(alice.open(asAccount(server, QStringLiteral("alice")), &error), qPrintable(error));
        QCOMPARE(alice.access().role, StoreAccess::Role::Editor);
        QCOMPARE(alice.access().login, QStringLiteral("alice"));
        QCOMPARE(alice.list(&error).size(), 4); // reads everything
        auto mine = alice.load(kizilsuDraft, &error);
        QVERIFY2(mine, qPrintable(error));
        QCOMPARE(alice.editRefusal(*mine), QString());
        mine->title += QStringLiteral("（修订）");
        QVERIFY2(alice.save(*mine, &error), qPrintable(error));

        auto theirs = alice.load(putuoDraft, &error);
        QVERIFY(alice.editRefusal(*theirs).contains(theirs->department));
        theirs->title = QStringLiteral("改了别人的");
        QVERIFY(!alice.save(*theirs, &error));
        QVERIFY2(error.contains(QStringLiteral("server refused")), qPrintable(error));
        auto published = alice.load(kizilsuPublished, &error);
        published->title = QStringLiteral("改了已发布的");
        QVERIFY(!alice.save(*published, &error));
        QVERIFY2(error.contains(QStringLiteral("server refused")), qPrintable(error));
        // A new draft of another department: the row the server would not let in.
        BudgetDocument planted = *theirs;
        planted.id = 0;
        planted.modified = QDateTime();
        QVERIFY(!alice.save(planted, &error));
        QVERIFY2(error.contains(QStringLiteral("server refused")), qPrintable(error));
        // Nor deletes what is not hers to write: another department's draft, a published document.
        for (const qint64 id : {putuoDraft, kizilsuPublished}) {
            QVERIFY(!alice.remove(id, &error));
            QVERIFY2(error.contains(QStringLiteral("server refused")), qPrintable(error));
        }

        // Past the program: the database itself hides what the role may not write, and refuses
        // what it may not do at all.
        const QSqlDatabase db = alice.database();
        Raw r = rawExec(db, QStringLiteral("UPDATE documents SET title = 'x' WHERE id = %1").arg(putuoDraft));
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 0);
        r = rawExec(db, QStringLiteral("DELETE FROM functional_lines WHERE document_id = %1").arg(putuoDraft));
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 0);
        r = rawExec(db, QStringLiteral("DELETE FROM documents WHERE id = %1").arg(kizilsuPublished));
        QCOMPARE(r.rows, 0);
        r = rawExec(db, QStringLiteral("UPDATE documents SET status = 'published' WHERE id = %1").arg(kizilsuDraft));
        QVERIFY(!r.ok); // the row is hers, the new status is not: the policy's check fails
        QCOMPARE(r.nativeCode, QStringLiteral("42501"));
        r = rawExec(db, QStringLiteral("INSERT INTO document_reviews VALUES (%1, 'alice', 'now')").arg(kizilsuDraft));
        QVERIFY(!r.ok);
        QCOMPARE(r.nativeCode, QStringLiteral("42501"));
        QVERIFY(!markReviewed(db, kizilsuDraft, &error));
        QVERIFY2(error.contains(QStringLiteral("server refused")), qPrintable(error));
        QVERIFY(!grantRole(db, QStringLiteral("mallory"), StoreAccess::Role::Reviewer, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("Only the owner")), qPrintable(error));
    }
    QCOMPARE(owner.load(putuoDraft, &error)->title, putuoTitle);
    QVERIFY(owner.load(putuoDraft, &error)->schedules.functional.size() > 0);
    QCOMPARE(owner.load(kizilsuPublished, &error)->status, DocumentStatus::Published);

    // 审核: passes and publishes, edits nothing.
    {
        DocumentStore bob(QStringLiteral("bob"));
        QVERIFY2(bob.open(asAccount(server, QStringLiteral("bob")), &error), qPrintable(error));
        QCOMPARE(bob.access().role, StoreAccess::Role::Reviewer);
        auto draft = bob.load(kizilsuDraft, &error);
        QVERIFY(!bob.editRefusal(*draft).isEmpty());
        draft->title = QStringLiteral("审核改的");
        QVERIFY(!bob.save(*draft, &error));
        const QSqlDatabase db = bob.database();
        Raw r = rawExec(db, QStringLiteral("UPDATE documents SET title = 'x' WHERE id = %1").arg(kizilsuDraft));
        QVERIFY(!r.ok);
        QCOMPARE(r.nativeCode, QStringLiteral("42501"));
        QVERIFY(!publishReviewed(db, kizilsuDraft, &error)); // not passed yet
        QVERIFY2(markReviewed(db, kizilsuDraft, &error), qPrintable(error));
        QCOMPARE(reviewOf(db, kizilsuDraft, &error)->by, QStringLiteral("bob"));
        QVERIFY2(addReviewComment(db, kizilsuDraft, QStringLiteral("可以发布"), &error), qPrintable(error));
    }
    // Once passed, the editor may no longer change it.
    {
        DocumentStore alice(QStringLiteral("alice"));
        QVERIFY2(alice.open(asAccount(server, QStringLiteral("alice")), &error), qPrintable(error));
        auto passed = alice.load(kizilsuDraft, &error);
        QVERIFY(alice.editRefusal(*passed).contains(QStringLiteral("passed")));
        passed->title = QStringLiteral("审核后又改");
        QVERIFY(!alice.save(*passed, &error));
        QVERIFY2(error.contains(QStringLiteral("server refused")), qPrintable(error));
    }
    {
        DocumentStore bob(QStringLiteral("bob"));
        QVERIFY2(bob.open(asAccount(server, QStringLiteral("bob")), &error), qPrintable(error));
        QVERIFY2(publishReviewed(bob.database(), kizilsuDraft, &error), qPrintable(error));
        QCOMPARE(bob.load(kizilsuDraft, &error)->status, DocumentStatus::Published);
        QVERIFY(bob.load(kizilsuDraft, &error)->title.endsWith(QStringLiteral("（修订）"))); // the editor's last save
    }

    // 只读: reads, and nothing more.
    {
        DocumentStore carol(QStringLiteral("carol"));
        QVERIFY2(carol.open(asAccount(server, QStringLiteral("carol")), &error), qPrintable(error));
        QCOMPARE(carol.access().role, StoreAccess::Role::Reader);
        QCOMPARE(carol.list(&error).size(), 4);
        auto draft = carol.load(putuoDraft, &error);
        QVERIFY(carol.editRefusal(*draft).contains(QStringLiteral("only read")));
        QVERIFY(!carol.save(*draft, &error));
        QVERIFY(!markReviewed(carol.database(), putuoDraft, &error));
        QVERIFY2(error.contains(QStringLiteral("server refused")), qPrintable(error));
        QVERIFY(!addReviewComment(carol.database(), putuoDraft, QStringLiteral("路过"), &error));
        QVERIFY(!carol.remove(putuoDraft, &error));
        QVERIFY2(error.contains(QStringLiteral("server refused")), qPrintable(error));
        const Raw r = rawExec(carol.database(), QStringLiteral("DELETE FROM documents"));
        QVERIFY(!r.ok);
        QCOMPARE(r.nativeCode, QStringLiteral("42501"));
    }
    QCOMPARE(owner.list(&error).size(), 4);
    QCOMPARE(reviewComments(owner.database(), kizilsuDraft, &error).size(), 1);
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
