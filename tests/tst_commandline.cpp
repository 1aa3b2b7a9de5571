// Tests of the command line (`budgetdesk import|list|show|check`), run as a separate process
// on a database in a temporary folder. HOME and the XDG folders point into that folder too, so
// the user's own database is never opened, let alone changed.

#include "TestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

const QString kKizilsu = QStringLiteral("kizilsu-foreign-affairs-2026.txt");
const QString kPutuo = QStringLiteral("putuo-commerce-2025.txt");

QString samplePath(const QString &name)
{
    return QStringLiteral(BD_SAMPLES_DIR) + QLatin1Char('/') + name;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString golden(const QString &sample, int table)
{
    return QString::fromUtf8(readBytes(QStringLiteral(BD_GOLDEN_DIR "/%1/table-%2.tsv").arg(sample).arg(table, 2, 10, QLatin1Char('0'))));
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QList<QStringList> tsvRows(const QString &text)
{
    QList<QStringList> rows;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char('\t')));
    return rows;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Run run(const QStringList &args, bool withDb = true) const { return runAs(args, withDb ? m_db : QString(), false); }

    // As the user nobody when the tests run as root (root may write any file, so permissions
    // are only tested as someone else): setpriv from util-linux, which every Debian has.
    Run runUnprivileged(const QStringList &args, const QString &db) const { return runAs(args, db, true); }

    static bool isRoot() { return ::geteuid() == 0; }

    Run runAs(const QStringList &args, const QString &db, bool unprivileged, const QString &locale = QStringLiteral("C.UTF-8")) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The messages follow the interface language, from the system's locale unless chosen in
        // the window: English unless a test asks for another.
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        QStringList all = args;
        if (!db.isEmpty())
            all << QStringLiteral("--db") << db;
        if (unprivileged && isRoot())
            p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                         QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                                         QStringLiteral(BD_APP_PATH)} + all);
        else
            p.start(QStringLiteral(BD_APP_PATH), all);
        Run r;
        if (!p.waitForStarted(5000)) {
            r.err = QStringLiteral("could not start ") + QStringLiteral(BD_APP_PATH);
            return r;
        }
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished(1000);
            r.err = QStringLiteral("timed out: ") + all.join(QLatin1Char(' '));
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase();
    void importPrintsIdDepartmentYear();
    void importSameFileTwice();
    void consolidateAndComposition();
    void reviewAndGrant();
    void listJson();
    void listPage();
    void showPublishedTableEqualsGolden_data();
    void showPublishedTableEqualsGolden();
    void showDerivedDiffersExactlyWhereReported();
    void showPutuoInYuanWithSeparators();
    void checkKizilsu();
    void checkWarningsOnly();
    void checkEverySampleAsReviewed_data();
    void checkEverySampleAsReviewed();
    void checkBadAmount();
    void unknownId();
    void textOfPdfReadsAsThePdf();
    void defaultDatabaseStaysInHome();
    // Issue 9: what users hit.
    void unknownCommandIsAnError();
    void messagesInTheInterfaceLanguage();
    void folderImportReportsWhatItCannotRead();
    void readOnlyDatabaseListsAndRefusesWrites();
    void newDatabaseCreatedByManyAtOnce();
    void idsAreFlushedAsTheyAreCommitted();
    void textLargerThanTheLimitIsRefused();
    void textHoldingTheDisclosureTwiceIsRefused();
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(BD_APP_PATH)));
    m_db = m_dir.filePath(QStringLiteral("test.sqlite"));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("data")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("config")));
}

void TestCommandLine::importPrintsIdDepartmentYear()
{
    const Run r = run({QStringLiteral("import"), samplePath(kKizilsu), samplePath(kPutuo)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("1\t克孜勒苏柯尔克孜自治州人民政府外事办公室\t2026\n"
                                   "2\t上海市普陀区商务委员会\t2025\n"));
    // Progress and the summary go to stderr, so stdout stays machine-readable.
    QVERIFY(r.err.startsWith(QStringLiteral("[1/2] ")));
    QVERIFY(r.err.endsWith(QStringLiteral("imported 2, failed 0\n")));
}

// The same file imported again (the same bytes): skipped and said so, unless --duplicates
// keep (a new document) or replace (saved over the first).
// 汇总 from the command line: two unit budgets of one family and year into a new draft, its 构成,
// and what is refused. On a file, or on the PostgreSQL server of the suite's second run.
// 草稿 → 已审核 → 已发布 from the command line; on a server as a reviewer the owner granted.
void TestCommandLine::reviewAndGrant()
{
    QString db = bd::test::serverUrl();
    QString error;
    if (!db.isEmpty())
        QVERIFY2(bd::test::resetServer(db, &error), qPrintable(error));
    else
        db = m_dir.filePath(QStringLiteral("review.sqlite"));
    QCOMPARE(runAs({QStringLiteral("import"), samplePath(kKizilsu)}, db, false).exitCode, 0);
    const Run draft = runAs({QStringLiteral("draft"), QStringLiteral("1")}, db, false);
    QVERIFY2(draft.exitCode == 0, qPrintable(draft.err));
    const QString id = draft.out.section(QLatin1Char('\t'), 0, 0).trimmed();
    QString reviewer = db;
    if (bd::test::serverUrl().isEmpty()) {
        const Run grant = runAs({QStringLiteral("grant"), QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("bob")}, db, false);
        QVERIFY(grant.exitCode != 0);
        QVERIFY2(grant.err.contains(QStringLiteral("PostgreSQL server")), qPrintable(grant.err));
    } else {
        const Run grant = runAs({QStringLiteral("grant"), QStringLiteral("--role"), QStringLiteral("reviewer"), QStringLiteral("bob")}, db, false);
        QVERIFY2(grant.exitCode == 0, qPrintable(grant.err));
        bd::ServerAddress bob = *bd::ServerAddress::parse(db);
        bob.user = QStringLiteral("bob");
        reviewer = bob.url();
        // The reviewer gives no roles.
        const Run again = runAs({QStringLiteral("grant"), QStringLiteral("--role"), QStringLiteral("editor"),
                                 QStringLiteral("--department"), QStringLiteral("某局"), QStringLiteral("eve")}, reviewer, false);
        QVERIFY(again.exitCode != 0);
    }
    const Run early = runAs({QStringLiteral("review"), QStringLiteral("publish"), id}, reviewer, false);
    QVERIFY(early.exitCode != 0);
    QVERIFY2(early.err.contains(QStringLiteral("not been reviewed")), qPrintable(early.err));
    // The list says where the draft is: 草稿, 已审核 once passed, then 已发布.
    auto listed = [&] {
        const Run r = runAs({QStringLiteral("list")}, db, false);
        for (const QString &line : r.out.split(QLatin1Char('\n')))
            if (line.startsWith(id + QLatin1Char('\t')))
                return line.section(QLatin1Char('\t'), 5, 5);
        return r.err;
    };
    QCOMPARE(listed(), QStringLiteral("草稿"));
    for (const QStringList &step : {QStringList{QStringLiteral("pass"), id},
                                    QStringList{QStringLiteral("comment"), id, QStringLiteral("--text"), QStringLiteral("可以发布")},
                                    QStringList{QStringLiteral("publish"), id}}) {
        const Run r = runAs(QStringList{QStringLiteral("review")} + step, reviewer, false);
        QVERIFY2(r.exitCode == 0, qPrintable(step.join(u' ') + QStringLiteral(": ") + r.err));
        if (step.first() == QLatin1String("pass")) {
            QCOMPARE(listed(), QStringLiteral("已审核"));
            const Run json = runAs({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, db, false);
            for (const QJsonValue &v : QJsonDocument::fromJson(json.out.toUtf8()).array())
                QCOMPARE(v.toObject().value(QStringLiteral("reviewed")).toBool(),
                         QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id);
        }
    }
    QCOMPARE(listed(), QStringLiteral("已发布"));
    const Run late = runAs({QStringLiteral("review"), QStringLiteral("pass"), id}, reviewer, false);
    QVERIFY(late.exitCode != 0);
    QVERIFY2(late.err.contains(QStringLiteral("only a draft")), qPrintable(late.err));
    const Run bad = runAs({QStringLiteral("review"), QStringLiteral("approve"), id}, reviewer, false);
    QCOMPARE(bad.exitCode, 64); // usage
}

void TestCommandLine::consolidateAndComposition()
{
    QString db = bd::test::serverUrl();
    QString error;
    if (!db.isEmpty())
        QVERIFY2(bd::test::resetServer(db, &error), qPrintable(error));
    else
        db = m_dir.filePath(QStringLiteral("consolidate.sqlite"));
    const Run imported = runAs({QStringLiteral("import"), QStringLiteral(BD_TEST_DATA_DIR "/putuo-commerce-unit-2025.txt"),
                                QStringLiteral(BD_TEST_DATA_DIR "/putuo-govoffice-unit-2025.txt"), samplePath(kKizilsu)},
                               db, false);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run made = runAs({QStringLiteral("consolidate"), QStringLiteral("--title"), QStringLiteral("普陀区两单位汇总"),
                            QStringLiteral("1"), QStringLiteral("2")},
                           db, false);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QCOMPARE(made.out, QStringLiteral("4\t普陀区两单位汇总\t2025\n"));
    const Run composition = runAs({QStringLiteral("composition"), QStringLiteral("4")}, db, false);
    QVERIFY2(composition.exitCode == 0, qPrintable(composition.err));
    const QStringList lines = composition.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("科目编码\t科目名称\t合计\t上海市普陀区商务委员会\t上海市普陀区人民政府办公室"));
    QVERIFY2(lines.contains(QStringLiteral("201\t一般公共服务支出\t10369.85\t2160.17\t8209.68")), qPrintable(composition.out));
    // The draft is a document like any other: its tables are derived, the check runs.
    const Run table = runAs({QStringLiteral("show"), QStringLiteral("4"), QStringLiteral("--table"), QStringLiteral("9"),
                             QStringLiteral("--derived")},
                            db, false);
    QVERIFY2(table.out.contains(QStringLiteral("8,685,000.00")), qPrintable(table.out)); // 三公 867.50 + 1.00 万元
    const Run check = runAs({QStringLiteral("check"), QStringLiteral("4")}, db, false);
    QCOMPARE(check.exitCode, 1); // warnings: the 说明 is still to be written
    QVERIFY2(check.out.contains(QStringLiteral("0 errors")), qPrintable(check.out));

    const Run mixed = runAs({QStringLiteral("consolidate"), QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("1"),
                             QStringLiteral("3")},
                            db, false);
    QCOMPARE(mixed.exitCode, 64);
    QVERIFY2(mixed.err.contains(QStringLiteral("another template family")), qPrintable(mixed.err));
    const Run untitled = runAs({QStringLiteral("consolidate"), QStringLiteral("1"), QStringLiteral("2")}, db, false);
    QCOMPARE(untitled.exitCode, 64);
    QVERIFY2(untitled.err.contains(QStringLiteral("--title")), qPrintable(untitled.err));
    const Run notConsolidated = runAs({QStringLiteral("composition"), QStringLiteral("1")}, db, false);
    QCOMPARE(notConsolidated.exitCode, 64);
    QVERIFY2(notConsolidated.err.contains(QStringLiteral("not a consolidated document")), qPrintable(notConsolidated.err));
}

void TestCommandLine::importSameFileTwice()
{
    const QString db = m_dir.filePath(QStringLiteral("twice.sqlite"));
    const auto import = [&](const QStringList &extra) {
        return runAs(QStringList{QStringLiteral("import"), samplePath(kKizilsu)} + extra, db, false);
    };
    QCOMPARE(import({}).out, QStringLiteral("1\t克孜勒苏柯尔克孜自治州人民政府外事办公室\t2026\n"));
    const Run again = import({});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QString());
    QVERIFY2(again.err.contains(QStringLiteral("imported before as document 1; skipped")), qPrintable(again.err));
    const Run keep = import({QStringLiteral("--duplicates"), QStringLiteral("keep")});
    QCOMPARE(keep.out, QStringLiteral("2\t克孜勒苏柯尔克孜自治州人民政府外事办公室\t2026\n"));
    const Run replace = import({QStringLiteral("--duplicates=replace")});
    QCOMPARE(replace.out, QStringLiteral("1\t克孜勒苏柯尔克孜自治州人民政府外事办公室\t2026\n"));
    const Run list = runAs({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, db, false);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);
    const Run bad = import({QStringLiteral("--duplicates"), QStringLiteral("twice")});
    QCOMPARE(bad.exitCode, 64);
    QVERIFY2(bad.err.contains(QStringLiteral("skip, replace or keep")), qPrintable(bad.err));

    // Next year's draft of it: a new document, its 说明 marked where a person must rewrite it,
    // so that the check fails (exit 2) until then.
    const Run draft = runAs({QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--year"), QStringLiteral("2027")}, db, false);
    QCOMPARE(draft.exitCode, 0);
    QCOMPARE(draft.out, QStringLiteral("3\t克孜勒苏柯尔克孜自治州人民政府外事办公室\t2027\n"));
    const Run check = runAs({QStringLiteral("check"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")}, db, false);
    QCOMPARE(check.exitCode, 2);
    QVERIFY(check.out.contains(QStringLiteral("D.needs-rewrite")));
    const Run noYear = runAs({QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--year"), QStringLiteral("next")}, db, false);
    QCOMPARE(noYear.exitCode, 64);

    // The copy kept by mistake is deleted; the others stay.
    const Run removed = runAs({QStringLiteral("delete"), QStringLiteral("2")}, db, false);
    QVERIFY2(removed.exitCode == 0 && removed.out.isEmpty(), qPrintable(removed.err));
    const Run left = runAs({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, db, false);
    QStringList ids;
    for (const QJsonValue &d : QJsonDocument::fromJson(left.out.toUtf8()).array())
        ids.append(QString::number(d.toObject().value(QStringLiteral("id")).toInteger()));
    QCOMPARE(ids, (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
    const Run again2 = runAs({QStringLiteral("delete"), QStringLiteral("2")}, db, false);
    QCOMPARE(again2.exitCode, 3);
    QVERIFY2(again2.err.contains(QStringLiteral("Cannot remove document 2: no such document")), qPrintable(again2.err));
    QCOMPARE(runAs({QStringLiteral("delete"), QStringLiteral("two")}, db, false).exitCode, 64);
}

// A page of the list: --limit documents from --offset on, in the list's order.
void TestCommandLine::listPage()
{
    const Run all = run({QStringLiteral("list")});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const Run second = run({QStringLiteral("list"), QStringLiteral("--offset"), QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(second.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), QStringList{lines[1]});
    const Run first = run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), QStringList{lines[0]});
    const Run none = run({QStringLiteral("list"), QStringLiteral("--offset"), QStringLiteral("2")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QString());
    const Run bad = run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-3")}, false);
    QCOMPARE(bad.exitCode, 64);
    QVERIFY2(bad.err.contains(QStringLiteral("--limit needs a whole number")), qPrintable(bad.err));
}

void TestCommandLine::listJson()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(json.isArray());
    const QJsonArray docs = json.array();
    QCOMPARE(docs.size(), 2);
    QMap<qint64, QJsonObject> byId;
    for (const QJsonValue &v : docs)
        byId.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());
    QCOMPARE(byId.keys(), (QList<qint64>{1, 2}));
    QCOMPARE(byId[1].value(QStringLiteral("department")).toString(), QStringLiteral("克孜勒苏柯尔克孜自治州人民政府外事办公室"));
    QCOMPARE(byId[1].value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(byId[1].value(QStringLiteral("template")).toString(), QStringLiteral("xj-11"));
    QCOMPARE(byId[1].value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(byId[1].value(QStringLiteral("source")).toString(), kKizilsu);
    QCOMPARE(byId[2].value(QStringLiteral("department")).toString(), QStringLiteral("上海市普陀区商务委员会"));
    QCOMPARE(byId[2].value(QStringLiteral("year")).toInt(), 2025);
    QCOMPARE(byId[2].value(QStringLiteral("template")).toString(), QStringLiteral("sh-district-9"));
}

void TestCommandLine::showPublishedTableEqualsGolden_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("table");
    QTest::newRow("kizilsu table 6") << QStringLiteral("1") << QStringLiteral("kizilsu") << 6;
    QTest::newRow("kizilsu table 7") << QStringLiteral("1") << QStringLiteral("kizilsu") << 7;
    QTest::newRow("kizilsu table 11 (empty)") << QStringLiteral("1") << QStringLiteral("kizilsu") << 11;
    QTest::newRow("putuo table 9") << QStringLiteral("2") << QStringLiteral("putuo") << 9;
}

void TestCommandLine::showPublishedTableEqualsGolden()
{
    QFETCH(QString, id);
    QFETCH(QString, sample);
    QFETCH(int, table);
    const Run r = run({QStringLiteral("show"), id, QStringLiteral("--table"), QString::number(table)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, golden(sample, table));
}

// `show --derived` prints the derivation; it differs from the published table in exactly the
// cells `check` reports (compared by row code and column header, as printed).
void TestCommandLine::showDerivedDiffersExactlyWhereReported()
{
    const Run pub = run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--table"), QStringLiteral("6")});
    const Run der = run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--table"), QStringLiteral("6"), QStringLiteral("--derived")});
    QVERIFY2(pub.exitCode == 0, qPrintable(pub.err));
    QVERIFY2(der.exitCode == 0, qPrintable(der.err));
    QCOMPARE(pub.out, golden(QStringLiteral("kizilsu"), 6));

    const QList<QStringList> p = tsvRows(pub.out), d = tsvRows(der.out);
    QCOMPARE(d.size(), p.size());
    // Table 6: 4 header rows; columns 类 款 名称 合计 人员经费 公用经费; the second header row names them.
    const int headerRows = 4;
    const QStringList headers = p[1];
    QCOMPARE(headers.value(3), QStringLiteral("合计"));
    QMap<QString, QPair<QString, QString>> differing; // "row|column header" → (published, derived)
    for (int i = 0; i < p.size(); ++i) {
        QCOMPARE(d[i].size(), p[i].size());
        for (int c = 0; c < p[i].size(); ++c) {
            if (p[i][c] == d[i][c])
                continue;
            QVERIFY2(i >= headerRows && c >= 3, qPrintable(QStringLiteral("row %1 column %2 differs").arg(i + 1).arg(c + 1)));
            const QString row = p[i][2] == QStringLiteral("总计") ? QStringLiteral("total") : p[i][0] + p[i][1];
            differing.insert(row + QLatin1Char('|') + headers[c], {p[i][c], d[i][c]});
        }
    }

    // The Kizilsu sample has errors (its performance targets add up to 599.92 against a budget of
    // 524.92): exit status 2. The differences between published and derived cells are the
    // findings of the rules "difference" and "difference.rounding"; the validator's rules say more.
    const Run check = run({QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(check.exitCode == 2, qPrintable(check.err));
    const QJsonObject report = QJsonDocument::fromJson(check.out.toUtf8()).object();
    QMap<QString, QPair<QString, QString>> reported;
    for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("table")).toInt() != 6 || !f.value(QStringLiteral("rule")).toString().startsWith(QLatin1String("difference")))
            continue;
        reported.insert(f.value(QStringLiteral("row")).toString() + QLatin1Char('|') + f.value(QStringLiteral("column_header")).toString(),
                        {f.value(QStringLiteral("published")).toString(), f.value(QStringLiteral("derived")).toString()});
    }
    QCOMPARE(differing, reported);
    QVERIFY(differing.contains(QStringLiteral("total|合计")));
    QCOMPARE(differing.value(QStringLiteral("total|合计")).first, QStringLiteral("399.92"));
}

void TestCommandLine::showPutuoInYuanWithSeparators()
{
    const Run r = run({QStringLiteral("show"), QStringLiteral("2"), QStringLiteral("--table"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, golden(QStringLiteral("putuo"), 3));
    QVERIFY(r.out.contains(QStringLiteral("215\t08\t99\t其他支持中小企业发展和管理支出\t293,810,000.00\t\t293,810,000.00\n")));
    QVERIFY(r.out.contains(QStringLiteral("\t\t\t合计\t371,514,655.00\t19,830,655.00\t351,684,000.00\n")));
    // Every amount in the table: 元, two decimals, thousands separated.
    static const QRegularExpression amount(QStringLiteral("^\\d{1,3}(,\\d{3})*\\.\\d{2}$"));
    int amounts = 0;
    for (const QStringList &row : tsvRows(r.out).mid(3))
        for (const QString &cell : row.mid(4))
            if (!cell.isEmpty()) {
                QVERIFY2(amount.match(cell).hasMatch(), qPrintable(cell));
                ++amounts;
            }
    QCOMPARE(amounts, 3 * 3 + 2 * 28); // 201, 20113 and 合计 have 基本 and 项目; 28 rows one of them
}

// `check` prints how each table was read, then the import's differences and the validator's
// findings, errors first, and exits
// 0 when there are notices only, 1 with warnings, 2 with errors. The Kizilsu sample has two
// errors (the 部门整体绩效目标表's 524.92 + 75.00 = 599.92 against the budget of 524.92, and the
// narrative's "涉及预算金额599.92万元"), seven warnings (two weight sums of 90; 2024 named five times
// where last year is 2025) and rounding notices: 31 published cells 0.01 or 0.02 off the derivation
// and 23 sums inside the published tables, all within the rounding of the printed figures.
void TestCommandLine::checkKizilsu()
{
    const Run text = run({QStringLiteral("check"), samplePath(kKizilsu)}, false);
    QVERIFY2(text.exitCode == 2, qPrintable(text.err));
    QVERIFY2(text.out.endsWith(QStringLiteral("2 errors, 7 warnings, 54 notices\n")), qPrintable(text.out));
    QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // First how each of the 11 tables was read (and the lines each passed over), then the findings.
    int readings = 0;
    while (!lines.isEmpty() && (lines.first().startsWith(QStringLiteral("table ")) || lines.first().startsWith(QStringLiteral("  line "))))
        readings += lines.takeFirst().startsWith(QStringLiteral("table ")) ? 1 : 0;
    QCOMPARE(readings, 11);
    QCOMPARE(lines.size(), 2 + 7 + 54 + 1);
    QVERIFY2(lines[0].startsWith(QStringLiteral("error\tC.targets-equal-budget\t")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("error\tD.narrative-amount\t")), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QStringLiteral("599.92")) && lines[1].contains(QStringLiteral("524.92")), qPrintable(lines[1]));
    int differences = 0;
    for (const QString &line : lines.mid(2, 7))
        QVERIFY2(line.startsWith(QStringLiteral("warning\tE.weights-sum\t")) || line.startsWith(QStringLiteral("warning\tD.narrative-year\t")),
                 qPrintable(line));
    for (const QString &line : lines.mid(9, 54)) {
        QVERIFY2(line.startsWith(QStringLiteral("notice\tdifference.rounding\t")) || line.startsWith(QStringLiteral("notice\tB.")), qPrintable(line));
        differences += line.startsWith(QStringLiteral("notice\tdifference.rounding\t")) ? 1 : 0;
    }
    QCOMPARE(differences, 31);

    const Run json = run({QStringLiteral("check"), samplePath(kKizilsu), QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(json.exitCode == 2, qPrintable(json.err));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(report.value(QStringLiteral("errors")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("warnings")).toInt(), 7);
    QCOMPARE(report.value(QStringLiteral("notices")).toInt(), 54);
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 63);
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("C.targets-equal-budget"));
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(first.value(QStringLiteral("stated")).toString(), QStringLiteral("599.92"));
    QCOMPARE(first.value(QStringLiteral("recomputed")).toString(), QStringLiteral("524.92"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 539);
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QVERIFY(!f.value(QStringLiteral("rule")).toString().isEmpty());
        QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(f.contains(QStringLiteral("line")));
    }

    // Putuo: nine tables read, only table 5's header repeated over the page (lines 274–277)
    // passed over, and two warnings on its 说明 (TestValidator::putuoAsPublished).
    const Run putuo = run({QStringLiteral("check"), samplePath(kPutuo)}, false);
    QCOMPARE(putuo.exitCode, 1);
    QStringList putuoLines = putuo.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(putuoLines.size(), 9 + 4 + 2 + 1);
    QCOMPARE(putuoLines.takeLast(), QStringLiteral("0 errors, 2 warnings, 0 notices"));
    for (int line = 274; line <= 277; ++line)
        QVERIFY2(putuoLines.takeAt(5).startsWith(QStringLiteral("  line %1 skipped (no row): ").arg(line)), qPrintable(putuo.out));
    for (int n = 1; n <= 9; ++n)
        QVERIFY2(putuoLines[n - 1].startsWith(QStringLiteral("table %1 (").arg(n))
                     && putuoLines[n - 1].endsWith(n == 5 ? QStringLiteral("; 4 lines skipped") : QStringLiteral("; 0 lines skipped")),
                 qPrintable(putuoLines[n - 1]));
}

void TestCommandLine::checkEverySampleAsReviewed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("kizilsu") << samplePath(kKizilsu) << QStringLiteral("kizilsu") << 2;
    QTest::newRow("putuo") << samplePath(kPutuo) << QStringLiteral("putuo") << 1;
    const QString data = QStringLiteral(BD_TEST_DATA_DIR "/");
    QTest::newRow("wanli") << data + QStringLiteral("putuo-wanli-2023.txt") << QStringLiteral("wanli") << 2;
    QTest::newRow("govoffice-unit") << data + QStringLiteral("putuo-govoffice-unit-2025.txt") << QStringLiteral("govoffice-unit") << 0;
    QTest::newRow("commerce-unit") << data + QStringLiteral("putuo-commerce-unit-2025.txt") << QStringLiteral("commerce-unit") << 1;
    QTest::newRow("planning-final") << data + QStringLiteral("putuo-planning-final-2024.txt") << QStringLiteral("planning-final") << 2;
    QTest::newRow("socialwork-final") << data + QStringLiteral("putuo-socialwork-final-2024.txt") << QStringLiteral("socialwork-final") << 1;
}

// Everything the check finds in every sample, exactly: tests/golden/<sample>/findings.txt, each
// finding reviewed by hand (tests/golden/README.md says which are true and why). The lines on
// how each table was read come first and are not part of it.
void TestCommandLine::checkEverySampleAsReviewed()
{
    QFETCH(QString, path);
    QFETCH(QString, golden);
    QFETCH(int, exitCode);
    const Run r = run({QStringLiteral("check"), path}, false);
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err + r.out));
    QStringList lines = r.out.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && (lines.first().startsWith(QStringLiteral("table ")) || lines.first().startsWith(QStringLiteral("  line "))))
        lines.removeFirst();
    const QStringList expected = QString::fromUtf8(readBytes(QStringLiteral(BD_GOLDEN_DIR "/%1/findings.txt").arg(golden))).split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(lines.size(), expected.size()); ++i)
        QVERIFY2(lines.value(i) == expected.value(i),
                 qPrintable(QStringLiteral("line %1:\n  found:    %2\n  reviewed: %3").arg(i + 1).arg(lines.value(i), expected.value(i))));
}

// Exit status 1 when the worst is a warning: Kizilsu with its targets mended (本级安排 449.92).
void TestCommandLine::checkWarningsOnly()
{
    QString text = QString::fromUtf8(readBytes(samplePath(kKizilsu)));
    QVERIFY(text.contains(QStringLiteral("\t\t本级安排\t524.92\t")));
    text.replace(QStringLiteral("\t\t本级安排\t524.92\t"), QStringLiteral("\t\t本级安排\t449.92\t"));
    QVERIFY(text.contains(QStringLiteral("涉及预算金额599.92万元")));
    text.replace(QStringLiteral("涉及预算金额599.92万元"), QStringLiteral("涉及预算金额524.92万元"));
    const QString path = writeFile(QStringLiteral("targets-mended.txt"), text.toUtf8());
    const Run r = run({QStringLiteral("check"), path}, false);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.endsWith(QStringLiteral("0 errors, 7 warnings, 54 notices\n")), qPrintable(r.out));
}

void TestCommandLine::checkBadAmount()
{
    QStringList lines = QString::fromUtf8(readBytes(samplePath(kKizilsu))).split(QLatin1Char('\n'));
    // Line 166: table 3, 201 03 01 行政运行, 合计 238.57.
    QVERIFY(lines[165].startsWith(QStringLiteral("201\t03\t01\t行政运行\t238.57\t")));
    lines[165].replace(lines[165].indexOf(QStringLiteral("238.57")), 6, QStringLiteral("238.5x"));
    const QString path = writeFile(QStringLiteral("bad-amount.txt"), lines.join(QLatin1Char('\n')).toUtf8());
    // The check names the table, the line and the column: the document is read but for table 3.
    const Run r = run({QStringLiteral("check"), path}, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QStringLiteral("A.table-unreadable")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("line 166")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\"合计\"")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("238.5x")), qPrintable(r.out));

    // Imported, it is stored with its other tables, and the check of the stored document says the same.
    const Run imp = run({QStringLiteral("import"), path});
    QVERIFY2(imp.exitCode == 0, qPrintable(imp.err));
    const QString id = tsvRows(imp.out).value(0).value(0);
    const Run stored = run({QStringLiteral("check"), id});
    QCOMPARE(stored.exitCode, 2);
    QVERIFY2(stored.out.contains(QStringLiteral("A.table-unreadable")) && stored.out.contains(QStringLiteral("238.5x")),
             qPrintable(stored.out));
    const Run table2 = run({QStringLiteral("show"), id, QStringLiteral("--table"), QStringLiteral("2")});
    QVERIFY2(table2.exitCode == 0, qPrintable(table2.err));
    QCOMPARE(table2.out, golden(QStringLiteral("kizilsu"), 2));
}

// `budgetdesk text` prints the lines an import reads; they import to the same result, and the line
// numbers of an import error count them.
void TestCommandLine::textOfPdfReadsAsThePdf()
{
    const QString pdf = samplePath(QStringLiteral("putuo-commerce-2025.pdf"));
    const Run text = run({QStringLiteral("text"), pdf}, false);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("2025年部门财务收支预算总表")));
    QVERIFY(!text.out.contains(QLatin1Char('\t'))); // the aligned layout, as pdftotext -layout has it
    const QString path = writeFile(QStringLiteral("putuo-from-pdf.txt"), text.out.toUtf8());
    const Run fromText = run({QStringLiteral("check"), path}, false);
    const Run fromPdf = run({QStringLiteral("check"), pdf}, false);
    QCOMPARE(fromText.exitCode, 1); // the 说明's two warnings (TestValidator::putuoAsPublished)
    QCOMPARE(fromText.out, fromPdf.out);

    // A damaged figure: the error names the line of the text.
    QStringList lines = text.out.split(QLatin1Char('\n'));
    const int at = int(lines.indexOf(QRegularExpression(QStringLiteral("^\\s*201\\s+13\\s+01\\s+行政运行\\s+9,389,913.00.*"))));
    QVERIFY(at > 0);
    lines[at].replace(QStringLiteral("9,389,913.00"), QStringLiteral("9,389,9l3.00"));
    const QString damaged = writeFile(QStringLiteral("putuo-damaged.txt"), lines.join(QLatin1Char('\n')).toUtf8());
    const Run bad = run({QStringLiteral("check"), damaged}, false);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.out.contains(QStringLiteral("A.table-unreadable")) && bad.out.contains(QStringLiteral("(line %1: ").arg(at + 1)),
             qPrintable(bad.out));

    const Run missing = run({QStringLiteral("text"), m_dir.filePath(QStringLiteral("nowhere.pdf"))}, false);
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains(QStringLiteral("nowhere.pdf")), qPrintable(missing.err));
}

void TestCommandLine::unknownId()
{
    const Run show = run({QStringLiteral("show"), QStringLiteral("99"), QStringLiteral("--table"), QStringLiteral("1")});
    QCOMPARE(show.exitCode, 3);
    QCOMPARE(show.out, QString());
    QVERIFY2(show.err.contains(QStringLiteral("99")), qPrintable(show.err));
    const Run check = run({QStringLiteral("check"), QStringLiteral("99")});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.err.contains(QStringLiteral("99")), qPrintable(check.err));
    const Run notId = run({QStringLiteral("show"), QStringLiteral("abc"), QStringLiteral("--table"), QStringLiteral("1")});
    QCOMPARE(notId.exitCode, 3);
}

// Without --db the program uses (and seeds) the default database: with HOME and XDG_DATA_HOME
// pointing into the temporary folder, that is a file in there.
void TestCommandLine::defaultDatabaseStaysInHome()
{
    const Run r = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList databases;
    QDirIterator it(m_dir.path(), {QStringLiteral("budgetdesk.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        databases.append(it.next());
    QCOMPARE(databases.size(), 1);
    QVERIFY2(databases.first().startsWith(m_dir.filePath(QStringLiteral("data"))), qPrintable(databases.first()));
    // Seeded with the bundled samples.
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().size() >= 2);
}

// The command line speaks the interface language: the one chosen in the window, else the
// system's. What other programs read (ids, tab-separated and JSON output) does not change.
void TestCommandLine::messagesInTheInterfaceLanguage()
{
    const QString zh = QStringLiteral("zh_CN.UTF-8");
    const Run typo = runAs({QStringLiteral("imprt")}, QString(), false, zh);
    QCOMPARE(typo.exitCode, 64);
    QVERIFY2(typo.err.contains(QStringLiteral("未知命令“imprt”")) && typo.err.contains(QStringLiteral("用法：")), qPrintable(typo.err));
    QVERIFY2(!typo.err.contains(QStringLiteral("usage")), qPrintable(typo.err));

    const Run show = runAs({QStringLiteral("show"), QStringLiteral("99"), QStringLiteral("--table"), QStringLiteral("1")}, m_db, false, zh);
    QCOMPARE(show.exitCode, 3);
    QVERIFY2(show.err.contains(QStringLiteral("无法加载文档 99：没有此文档")), qPrintable(show.err));

    // check: the findings and the count in Chinese, the rules' keys as they are.
    const QString file = samplePath(kPutuo);
    const Run en = runAs({QStringLiteral("check"), file}, QString(), false);
    const Run cn = runAs({QStringLiteral("check"), file}, QString(), false, zh);
    QCOMPARE(cn.exitCode, en.exitCode);
    const QStringList enLines = en.out.split(QLatin1Char('\n')), cnLines = cn.out.split(QLatin1Char('\n'));
    QCOMPARE(cnLines.size(), enLines.size());
    QVERIFY2(en.out.contains(QStringLiteral(" errors, ")), qPrintable(en.out));
    QVERIFY2(cn.out.contains(QStringLiteral("个错误")) && !cn.out.contains(QStringLiteral(" errors, ")), qPrintable(cn.out));
    for (qsizetype i = 0; i < enLines.size(); ++i)
        if (enLines[i].count(QLatin1Char('\t')) == 2) // severity, rule, message
            QCOMPARE(cnLines[i].section(QLatin1Char('\t'), 0, 1), enLines[i].section(QLatin1Char('\t'), 0, 1));

    // Chosen in the window, Chinese wins over an English system.
    const Run listEn = runAs({QStringLiteral("list")}, m_db, false);
    QVERIFY2(listEn.exitCode == 0, qPrintable(listEn.err));
    {
        QSettings settings(m_dir.filePath(QStringLiteral("config/BudgetDesk/BudgetDesk.conf")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
    }
    const Run chosen = runAs({QStringLiteral("export"), QStringLiteral("1")}, m_db, false);
    QFile::remove(m_dir.filePath(QStringLiteral("config/BudgetDesk/BudgetDesk.conf")));
    QCOMPARE(chosen.exitCode, 64);
    QVERIFY2(chosen.err.contains(QStringLiteral("用法：")), qPrintable(chosen.err));
    const Run listCn = runAs({QStringLiteral("list")}, m_db, false, zh);
    QCOMPARE(listCn.out, listEn.out);
}

// A mistyped subcommand says so, with the usage, and never opens a window (with no display
// that used to abort, offscreen it never returned).
void TestCommandLine::unknownCommandIsAnError()
{
    const Run r = run({QStringLiteral("imprt"), QStringLiteral("x")}, false);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("unknown command \"imprt\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("usage:")), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    // Options are read by QCommandLineParser: an unknown one, or one without its value, is
    // named; --name=value is the same as --name value.
    const Run bogus = run({QStringLiteral("list"), QStringLiteral("--bogus")}, false);
    QCOMPARE(bogus.exitCode, 64);
    QVERIFY2(bogus.err.contains(QStringLiteral("bogus")), qPrintable(bogus.err));
    const Run missing = run({QStringLiteral("list"), QStringLiteral("--format")}, false);
    QCOMPARE(missing.exitCode, 64);
    QVERIFY2(missing.err.contains(QStringLiteral("--format")), qPrintable(missing.err));
    const Run json = run({QStringLiteral("list"), QStringLiteral("--format=json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.trimmed().startsWith(QLatin1Char('[')), qPrintable(json.out));
}

// A file or folder of a batch that cannot be read is a failure in the summary, not skipped.
void TestCommandLine::folderImportReportsWhatItCannotRead()
{
    QTemporaryDir batch;
    QVERIFY(batch.isValid());
    QVERIFY(QFile::copy(samplePath(kKizilsu), batch.filePath(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(samplePath(kPutuo), batch.filePath(QStringLiteral("b.txt"))));
    QVERIFY(QDir(batch.path()).mkpath(QStringLiteral("locked")));
    QVERIFY(QFile::copy(samplePath(kPutuo), batch.filePath(QStringLiteral("locked/c.txt"))));
    QVERIFY(QFile::link(batch.filePath(QStringLiteral("gone.txt")), batch.filePath(QStringLiteral("dangling.txt"))));
    // Readable by others (nobody, when run as root) except b.txt and locked/.
    QVERIFY(::chmod(QFile::encodeName(batch.path()).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(batch.filePath(QStringLiteral("a.txt"))).constData(), 0644) == 0);
    QVERIFY(::chmod(QFile::encodeName(batch.filePath(QStringLiteral("b.txt"))).constData(), 0) == 0);
    QVERIFY(::chmod(QFile::encodeName(batch.filePath(QStringLiteral("locked"))).constData(), 0) == 0);
    QTemporaryDir dbDir;
    QVERIFY(::chmod(QFile::encodeName(dbDir.path()).constData(), 0777) == 0);
    const Run r = runUnprivileged({QStringLiteral("import"), batch.path()}, dbDir.filePath(QStringLiteral("batch.sqlite")));
    ::chmod(QFile::encodeName(batch.filePath(QStringLiteral("locked"))).constData(), 0755); // so that it can be removed
    if (r.err.contains(QStringLiteral("could not start")) || r.exitCode == 127)
        QSKIP("cannot run the program as another user here");
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(tsvRows(r.out).size(), 1); // a.txt
    QVERIFY2(r.err.contains(QStringLiteral("imported 1, failed 3")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("failed: ") + batch.filePath(QStringLiteral("b.txt")) + QStringLiteral(": cannot be read")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("failed: ") + batch.filePath(QStringLiteral("locked"))
                            + QStringLiteral(": the folder cannot be read")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("failed: ") + batch.filePath(QStringLiteral("dangling.txt"))
                            + QStringLiteral(": not a regular file")),
             qPrintable(r.err));
}

// A database the user may only read lists, shows and checks; an import into it is refused in
// plain words (no SQL), and the file is unchanged.
void TestCommandLine::readOnlyDatabaseListsAndRefusesWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
    const Run imported = run({QStringLiteral("import"), samplePath(kKizilsu), QStringLiteral("--db"), db}, false);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString id = tsvRows(imported.out).value(0).value(0);
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal"))); // closed cleanly: the file alone
    QVERIFY(::chmod(QFile::encodeName(db).constData(), 0444) == 0);
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
    const QByteArray before = readBytes(db);

    const Run list = runUnprivileged({QStringLiteral("list")}, db);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(tsvRows(list.out).size(), 1);
    QCOMPARE(tsvRows(list.out).value(0).value(0), id);
    const Run show = runUnprivileged({QStringLiteral("show"), id, QStringLiteral("--table"), QStringLiteral("1")}, db);
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    QCOMPARE(show.out, golden(QStringLiteral("kizilsu"), 1));
    const Run check = runUnprivileged({QStringLiteral("check"), id}, db);
    QVERIFY2(check.exitCode == 2, qPrintable(check.err)); // the sample's known error

    const Run import = runUnprivileged({QStringLiteral("import"), samplePath(kPutuo)}, db);
    QCOMPARE(import.exitCode, 3);
    QVERIFY2(import.err.contains(QStringLiteral("is read-only")), qPrintable(import.err));
    QVERIFY2(!import.err.contains(QStringLiteral("INSERT")) && !import.err.contains(QStringLiteral("UPDATE")), qPrintable(import.err));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    QCOMPARE(readBytes(db), before);
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
}

// Several processes opening the same new database at once: each waits for the write lock
// before reading the schema version, so none applies a migration another already applied.
void TestCommandLine::newDatabaseCreatedByManyAtOnce()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    for (int round = 0; round < 5; ++round) {
        const QString db = m_dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
        QList<QProcess *> processes;
        for (int i = 0; i < 4; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(BD_APP_PATH), {QStringLiteral("list"), QStringLiteral("--db"), db});
            processes.append(p);
        }
        for (QProcess *p : processes) {
            QVERIFY(p->waitForFinished(20000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(err));
            delete p;
        }
    }
}

// Each id is written as soon as its document is committed: a batch killed while it reads the
// next file has told which documents it stored. (The next "file" is a pipe nobody writes to,
// so the import waits there for ever.)
void TestCommandLine::idsAreFlushedAsTheyAreCommitted()
{
    const QString fifo = m_dir.filePath(QStringLiteral("never.txt"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString db = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QProcess p;
    p.start(QStringLiteral(BD_APP_PATH), {QStringLiteral("import"), samplePath(kKizilsu), fifo, QStringLiteral("--db"), db});
    QVERIFY(p.waitForStarted(5000));
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
    }
    p.kill(); // SIGKILL: no chance to flush anything
    p.waitForFinished(5000);
    QFile::remove(fifo);
    const QStringList first = QString::fromUtf8(out).split(QLatin1Char('\n')).value(0).split(QLatin1Char('\t'));
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.value(2), QStringLiteral("2026"));
    const Run list = run({QStringLiteral("list"), QStringLiteral("--db"), db}, false);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(tsvRows(list.out).value(0).value(0), first.value(0));
}

void TestCommandLine::textLargerThanTheLimitIsRefused()
{
    QByteArray big = readBytes(samplePath(kKizilsu));
    QByteArray padding(17 * 1024 * 1024, ' ');
    const QString file = writeFile(QStringLiteral("padded.txt"), big + padding);
    padding.clear();
    const Run r = run({QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("padded.txt: refused: the text is 17.")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("at most 16 MB")), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

// The same disclosure twice in one text used to import its second copy without a word.
void TestCommandLine::textHoldingTheDisclosureTwiceIsRefused()
{
    for (const QString &sample : {kKizilsu, kPutuo}) {
        const QByteArray once = readBytes(samplePath(sample));
        const QString file = writeFile(QStringLiteral("twice-") + sample, once + "\n" + once);
        const Run r = run({QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("the text holds the disclosure more than once")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
