// 执行情况 and 历年对比: the execution table of a final account (决算) against its budget, and
// one department's documents over the years; their models, and the commands that print them.

#include "FinalAccountBudget.h"
#include "document/BudgetDocument.h"
#include "import/DisclosureImporter.h"
#include "itemmodels/BudgetRoles.h"
#include "itemmodels/ExecutionModel.h"
#include "itemmodels/HistoryModel.h"
#include "itemmodels/SanGongModel.h"
#include "editing/DocumentSession.h"
#include "store/DocumentStore.h"
#include "tables/ExecutionTable.h"
#include "templates/TemplateDescription.h"
#include "validation/Validator.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;
using bd::testing::budgetFromStatements;

namespace {

const QString kPlanning = QStringLiteral(BD_TEST_DATA_DIR "/putuo-planning-final-2024.txt");
const QString kSocialWork = QStringLiteral(BD_TEST_DATA_DIR "/putuo-socialwork-final-2024.txt");

const BudgetDocument &imported(const QString &path)
{
    static QMap<QString, BudgetDocument> cache;
    if (!cache.contains(path)) {
        const ImportResult r = DisclosureImporter().importFile(path);
        if (!r.ok())
            qFatal("cannot import %s: %s", qPrintable(path), qPrintable(r.error.toString()));
        cache.insert(path, *r.document);
    }
    return cache[path];
}

Amount wan(const char *text)
{
    return parseAmount(QString::fromLatin1(text), Unit::WanYuan).amount;
}

const ExecutionRow &rowOf(const QList<ExecutionRow> &rows, const QString &key)
{
    for (const ExecutionRow &r : rows)
        if (r.key == key)
            return r;
    qFatal("no execution row %s", qPrintable(key));
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run runApp(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BD_APP_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestExecution : public QObject
{
    Q_OBJECT

private slots:
    void planningAsItsNarrativeStatesIt();
    void adjustedBudgetOfANewDepartment();
    void linkedBudgetAndTheStatementDiffer();
    void budgetStatementDiffers();
    void executionModel();
    void historyOfOneDepartment();
    void sanGongBudgetAgainstFinal();
    void commands();
};

// The planning 决算 (五（三）): 一般公共预算财政拨款支出 年初预算 10,210.34, 决算 9,746.50,
// 完成年初预算的 95.45% as stated (95.46% recomputed); each 项 as its paragraph states it; a 类
// the sum of its 项.
void TestExecution::planningAsItsNarrativeStatesIt()
{
    const QList<ExecutionRow> rows = executionTable(imported(kPlanning));
    const ExecutionRow &total = rows.first();
    QCOMPARE(total.key, QStringLiteral("gpb.total"));
    QCOMPARE(total.level, 0);
    QCOMPARE(total.budgeted, std::optional<Amount>(wan("10210.34")));
    QCOMPARE(total.actual, wan("9746.50"));
    QCOMPARE(total.statedRate, std::optional<qint64>(9545));
    QCOMPARE(total.completion(), std::optional<qint64>(9546));
    QCOMPARE(total.difference(), std::optional<Amount>(wan("-463.84")));
    QCOMPARE(total.budgetSource, QStringLiteral("statement"));
    QVERIFY(total.reason.startsWith(QStringLiteral("城乡社区支出（类）")));

    const ExecutionRow &planning = rowOf(rows, QStringLiteral("2120201"));
    QCOMPARE(planning.level, 3);
    QCOMPARE(planning.name, QStringLiteral("城乡社区规划与管理"));
    QCOMPARE(planning.budgeted, std::optional<Amount>(wan("3110.14")));
    QCOMPARE(planning.actual, wan("2739.56"));
    QCOMPARE(planning.statedRate, std::optional<qint64>(8808));
    QCOMPARE(planning.completion(), std::optional<qint64>(8808));
    // 2120101 行政运行 as table 5 prints it (1,092.80; its 基本 + 项目 make 1,092.79).
    QCOMPARE(rowOf(rows, QStringLiteral("2120101")).actual, wan("1092.80"));
    // 212 城乡社区支出: 1,115.48 + 3,110.14.
    const ExecutionRow &cls = rowOf(rows, QStringLiteral("212"));
    QCOMPARE(cls.level, 1);
    QCOMPARE(cls.budgeted, std::optional<Amount>(wan("4225.62")));
    QCOMPARE(cls.actual, wan("3832.36"));
    QVERIFY(!cls.statedRate);
    QCOMPARE(rows.size(), 25); // the total, 5 类, 6 款, 13 项
}

// Social work was founded in 2024: 年初预算 0, 全年预算 321.02, 决算 307.82, 95.89% of the
// 全年预算; its 项 state only a 全年预算.
void TestExecution::adjustedBudgetOfANewDepartment()
{
    const QList<ExecutionRow> rows = executionTable(imported(kSocialWork));
    const ExecutionRow &total = rows.first();
    QCOMPARE(total.budgeted, std::optional<Amount>(Amount()));
    QCOMPARE(total.adjusted, std::optional<Amount>(wan("321.02")));
    QCOMPARE(total.completion(), std::optional<qint64>(9589));
    const ExecutionRow &running = rowOf(rows, QStringLiteral("2013950"));
    QVERIFY(!running.budgeted);
    QCOMPARE(running.adjusted, std::optional<Amount>(wan("17.68")));
    QCOMPARE(running.completion(), std::optional<qint64>(6397));
    // 201: 52.00 + 17.68 + 202.24.
    QCOMPARE(rowOf(rows, QStringLiteral("201")).adjusted, std::optional<Amount>(wan("271.92")));
}

// With the stored budget of the year, its figures are the 年初预算; where the 决算's 说明 states
// another, the row keeps that one to show.
void TestExecution::linkedBudgetAndTheStatementDiffer()
{
    const BudgetDocument &finalAccount = imported(kPlanning);
    BudgetDocument budget = budgetFromStatements(finalAccount);
    for (FunctionalLine &l : budget.schedules.functional)
        if (l.code == QLatin1String("2101101"))
            l.amount = wan("43.73");
    const QList<ExecutionRow> rows = executionTable(finalAccount, &budget);
    const ExecutionRow &medical = rowOf(rows, QStringLiteral("2101101"));
    QCOMPARE(medical.budgetSource, QStringLiteral("budget"));
    QCOMPARE(medical.budgeted, std::optional<Amount>(wan("43.73")));
    QCOMPARE(medical.statedBudget, std::optional<Amount>(wan("42.73")));
    const ExecutionRow &pension = rowOf(rows, QStringLiteral("2080505"));
    QCOMPARE(pension.budgeted, std::optional<Amount>(wan("452.40")));
    QVERIFY(!pension.statedBudget);
    // The total: the budget's sum (10,211.33) against the 说明's 10,210.34.
    QCOMPARE(rows.first().budgeted, std::optional<Amount>(wan("10211.33")));
    QCOMPARE(rows.first().statedBudget, std::optional<Amount>(wan("10210.34")));
}

// The check of a final account against its stored budget: a warning for each 年初预算 the 说明
// states otherwise (行政单位医疗 and the total), nothing where they agree.
void TestExecution::budgetStatementDiffers()
{
    const BudgetDocument &finalAccount = imported(kPlanning);
    BudgetDocument budget = budgetFromStatements(finalAccount);
    budget.id = 7;
    // Only the total, 10,210.33 against the stated 10,210.34: the 说明's rounding, a notice.
    const QList<Finding> agreeing = Validator::checkAgainstBudget(finalAccount, budget);
    QCOMPARE(agreeing.size(), 1);
    QCOMPARE(agreeing.first().severity, Severity::Notice);
    for (FunctionalLine &l : budget.schedules.functional)
        if (l.code == QLatin1String("2101101"))
            l.amount = wan("43.73");
    const QList<Finding> findings = Validator::checkAgainstBudget(finalAccount, budget);
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings[1].rule, QStringLiteral("C.budget-statement"));
    QCOMPARE(findings[1].severity, Severity::Warning);
    QCOMPARE(findings[1].rowKey, QStringLiteral("2101101"));
    QCOMPARE(findings[1].published, std::optional<Amount>(wan("42.73")));
    QCOMPARE(findings[1].derived, std::optional<Amount>(wan("43.73")));
    QVERIFY2(findings[1].message.contains(QStringLiteral("document 7")), qPrintable(findings[1].message));
    QVERIFY(findings[1].line > 0);
}

void TestExecution::executionModel()
{
    ExecutionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRows(executionTable(imported(kPlanning)));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::EditRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The total on top, its 5 类 under it, 212's two 款 under 212.
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex total = model.index(0, 0);
    QCOMPARE(total.data().toString(), QStringLiteral("一般公共预算财政拨款支出"));
    QCOMPARE(model.rowCount(total), 5);
    const QModelIndex cls = model.indexForKey(QStringLiteral("212"));
    QCOMPARE(cls.parent(), total);
    QCOMPARE(model.rowCount(cls), 2);
    QCOMPARE(cls.data(CodeRole).toString(), QStringLiteral("212"));
    QCOMPARE(model.index(cls.row(), ExecutionModel::BudgetColumn, total).data().toString(), QStringLiteral("4225.62"));
    QCOMPARE(model.index(0, ExecutionModel::CompletionColumn).data().toString(), QStringLiteral("95.46%"));
    QCOMPARE(model.index(0, ExecutionModel::StatedCompletionColumn).data().toString(), QStringLiteral("95.45%"));
    QCOMPARE(model.index(0, ExecutionModel::ActualColumn).data(AmountFenRole).toLongLong(), wan("9746.50").fen());
    QCOMPARE(model.headerData(ExecutionModel::CompletionColumn, Qt::Horizontal, ColumnKeyRole).toString(), QStringLiteral("completion"));

    // Sorted by completion, lowest first: 212 城乡社区支出 (90.69%) leads the 类.
    proxy.sort(ExecutionModel::CompletionColumn, Qt::AscendingOrder);
    const QModelIndex proxyTotal = proxy.index(0, 0);
    QCOMPARE(proxy.index(0, 0, proxyTotal).data(CodeRole).toString(), QStringLiteral("212"));
    QCOMPARE(proxy.index(0, ExecutionModel::CompletionColumn, proxyTotal).data().toString(), QStringLiteral("90.69%"));
}

// 历年对比 on several stored documents of one department: the planning 决算 of 2024, a budget
// of 2024 and of 2025, and another department's document, which the history leaves out.
void TestExecution::historyOfOneDepartment()
{
    QTemporaryDir dir;
    DocumentStore store(QStringLiteral("history"));
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    BudgetDocument finalAccount = imported(kPlanning);
    BudgetDocument budget2024 = budgetFromStatements(finalAccount);
    BudgetDocument budget2025 = budget2024;
    budget2025.year = 2025;
    budget2025.department = QStringLiteral("上海市普陀区规划和自然资源局（本级）"); // the same department
    budget2025.schedules.functional.first().amount = wan("100.00");
    BudgetDocument other = imported(kSocialWork);
    for (BudgetDocument *d : {&budget2025, &finalAccount, &other, &budget2024})
        QVERIFY2(store.save(*d, &error), qPrintable(error));

    const QList<DocumentSummary> all = store.list(&error);
    QCOMPARE(linkedDocumentId(all, finalAccount.id), budget2024.id);
    QCOMPARE(linkedDocumentId(all, budget2024.id), finalAccount.id);
    QCOMPARE(linkedDocumentId(all, budget2025.id), qint64(0));
    QCOMPARE(store.linkedDocument(finalAccount.id, &error), budget2024.id);
    // By hand: unlinked both ways; linked with the 2025 budget instead; never two final accounts.
    QVERIFY2(store.unlink(finalAccount.id, &error), qPrintable(error));
    QCOMPARE(store.linkedDocument(finalAccount.id, &error), qint64(0));
    QCOMPARE(store.linkedDocument(budget2024.id, &error), qint64(0));
    QVERIFY2(store.link(finalAccount.id, budget2025.id, &error), qPrintable(error));
    QCOMPARE(store.linkedDocument(finalAccount.id, &error), budget2025.id);
    QCOMPARE(store.linkedDocument(budget2025.id, &error), finalAccount.id);
    QVERIFY(!store.link(finalAccount.id, other.id, &error));
    QVERIFY2(error.contains(QStringLiteral("both are final accounts")), qPrintable(error));
    error.clear();
    QVERIFY2(store.link(budget2024.id, finalAccount.id, &error), qPrintable(error));
    QCOMPARE(store.linkedDocument(finalAccount.id, &error), budget2024.id);
    QCOMPARE(store.linkedDocument(budget2025.id, &error), qint64(0));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList departments;
    const QList<DocumentSummary> found = documentsOfDepartment(all, QStringLiteral("规划和自然资源局"), &departments);
    QCOMPARE(found.size(), 3);
    QCOMPARE(departments.size(), 2); // as printed: with and without （本级）

    QList<BudgetDocument> docs;
    for (const DocumentSummary &s : found)
        docs.append(*store.load(s.id, &error));
    const QList<HistoryRow> rows = historyTable(docs);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].year, 2024);
    QVERIFY(!rows[0].finalAccount);
    QCOMPARE(rows[0].total, wan("10210.33")); // the 13 项's 年初预算
    QCOMPARE(rows[1].year, 2024);
    QVERIFY(rows[1].finalAccount);
    QCOMPARE(rows[1].total, wan("9759.38"));
    QCOMPARE(rows[1].basic, wan("5377.64"));
    QCOMPARE(rows[1].project, wan("4381.74"));
    QCOMPARE(rows[1].generalBudget, wan("9746.49"));
    QCOMPARE(rows[1].sanGong, wan("0.39"));
    QCOMPARE(rows[2].year, 2025);
    QCOMPARE(rows[2].total, wan("10210.33") - wan("54.53") + wan("100.00"));

    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, HistoryModel::KindColumn).data().toString(), QStringLiteral("Final accounts"));
    QCOMPARE(model.index(1, HistoryModel::TotalColumn).data().toString(), QStringLiteral("9759.38"));
    QCOMPARE(model.index(1, HistoryModel::SanGongColumn).data(AmountFenRole).toLongLong(), wan("0.39").fen());
    QCOMPARE(model.index(2, HistoryModel::YearColumn).data(Qt::EditRole).toInt(), 2025);
}

// The 三公 page of a final account: its 决算数 against its 预算数 (table 7: 2.85 budgeted, 0.39
// spent, all of it 公务接待费).
void TestExecution::sanGongBudgetAgainstFinal()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(imported(kPlanning), &error), qPrintable(error));
    SanGongModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.headerData(SanGongModel::PriorColumn, Qt::Horizontal).toString(), QStringLiteral("Budget"));
    QCOMPARE(model.headerData(SanGongModel::CurrentColumn, Qt::Horizontal).toString(), QStringLiteral("Final accounts"));
    const QModelIndex reception = model.indexForKey(QStringLiteral("reception"));
    QCOMPARE(reception.siblingAtColumn(SanGongModel::CurrentColumn).data().toString(), QStringLiteral("0.39"));
    QCOMPARE(reception.siblingAtColumn(SanGongModel::PriorColumn).data().toString(), QStringLiteral("2.85"));
    QCOMPARE(reception.siblingAtColumn(SanGongModel::ChangeColumn).data().toString(), QStringLiteral("-2.46"));
    const QModelIndex total = model.indexForKey(QStringLiteral("total"));
    QCOMPARE(total.siblingAtColumn(SanGongModel::PriorColumn).data().toString(), QStringLiteral("2.85"));
}

void TestExecution::commands()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    Run r = runApp({QStringLiteral("import"), kPlanning, kSocialWork, QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = runApp({QStringLiteral("list"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.split(QLatin1Char('\n')).first().split(QLatin1Char('\t')).value(3) == QStringLiteral("决算"), qPrintable(r.out));

    r = runApp({QStringLiteral("execution"), QStringLiteral("1"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("科目编码\t科目名称\t年初预算\t全年预算\t决算\t差额\t完成率\t说明所述完成率"));
    QCOMPARE(lines.value(1), QStringLiteral("\t一般公共预算财政拨款支出\t10210.34\t\t9746.50\t-463.84\t95.46%\t95.45%"));
    QVERIFY(lines.contains(QStringLiteral("2101101\t行政单位医疗\t42.73\t\t40.35\t-2.38\t94.43%\t94.43%")));

    r = runApp({QStringLiteral("execution"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject first = json.value(QStringLiteral("rows")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("adjusted_fen")).toInteger(), wan("321.02").fen());
    QCOMPARE(first.value(QStringLiteral("completion")).toInteger(), 9589);
    QVERIFY(json.value(QStringLiteral("budget")).isNull());

    r = runApp({QStringLiteral("history"), QStringLiteral("中共上海市普陀区委社会工作部"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("年度\t类型\t编号\t支出合计\t基本支出\t项目支出\t一般公共预算财政拨款\t“三公”经费\n"
                                   "2024\t决算\t2\t307.82\t105.58\t202.24\t307.82\t0.00\n"));

    // "上海市普陀区" names both departments: the command says which it could mean.
    r = runApp({QStringLiteral("history"), QStringLiteral("上海市普陀区"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("上海市普陀区规划和自然资源局")), qPrintable(r.err));
    r = runApp({QStringLiteral("history"), QStringLiteral("外事办公室"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 64);
    r = runApp({QStringLiteral("execution"), QStringLiteral("9"), QStringLiteral("--db"), db});
    QVERIFY(r.exitCode != 0);
    r = runApp({QStringLiteral("link"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("both are final accounts")), qPrintable(r.err));
    r = runApp({QStringLiteral("unlink"), QStringLiteral("1"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestExecution)
#include "tst_execution.moc"
