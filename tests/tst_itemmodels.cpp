// The schedule item models (FunctionalTreeModel, EconomicTreeModel, ProjectsModel,
// SanGongModel, PerformanceTargetModel), the document list (DocumentListModel, its search and
// sort) and the proxy chains: golden figures from the two samples, and every
// model under QAbstractItemModelTester while documents are opened, edited and closed.

#include "editing/DocumentSession.h"
#include "import/DisclosureImporter.h"
#include "itemmodels/BudgetRoles.h"
#include "itemmodels/DocumentListModel.h"
#include "itemmodels/EconomicTreeModel.h"
#include "itemmodels/FunctionalTreeModel.h"
#include "itemmodels/PerformanceTargetModel.h"
#include "itemmodels/ProjectsModel.h"
#include "itemmodels/SanGongModel.h"
#include "store/DocumentStore.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

namespace {

const QString kKizilsu = QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt");
const QString kPutuo = QStringLiteral(BD_SAMPLES_DIR "/putuo-commerce-2025.txt");

// 分 of an amount written in 万元 ("399.81" → 399810000).
qint64 wan(const char *text)
{
    const AmountParse p = parseAmount(QString::fromUtf8(text), Unit::WanYuan);
    Q_ASSERT(p.ok());
    return p.amount.fen();
}

QVariant fenVariant(qint64 fen)
{
    return QVariant::fromValue<qint64>(fen);
}

BudgetDocument importSample(const QString &path)
{
    const ImportResult result = DisclosureImporter().importFile(path);
    if (!result.ok())
        qFatal("cannot import %s: %s", qPrintable(path), qPrintable(result.error.toString()));
    return *result.document;
}

// The Kizilsu schedules with 2010350 事业运行 changed from 36.24 to 40.00 万元.
Schedules withChanged2010350(Schedules s)
{
    for (FunctionalLine &line : s.functional)
        if (line.code == QLatin1String("2010350"))
            line.amount = Amount::fromFen(wan("40.00"));
    return s;
}

// A cell of a row found by code, by column key.
QModelIndex cell(const FunctionalTreeModel &m, const char *code, const char *key)
{
    const QModelIndex row = m.indexForCode(QLatin1String(code));
    const int column = m.columnForKey(QLatin1String(key));
    if (!row.isValid() || column < 0)
        return {};
    return row.siblingAtColumn(column);
}

QModelIndex childByCode(const QAbstractItemModel &m, const QModelIndex &parent, const QString &code)
{
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        if (i.data(CodeRole).toString() == code)
            return i;
    }
    return {};
}

QStringList horizontalKeys(const QAbstractItemModel &m)
{
    QStringList keys;
    for (int c = 0; c < m.columnCount(); ++c)
        keys.append(m.headerData(c, Qt::Horizontal, ColumnKeyRole).toString());
    return keys;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void functionalKizilsu();
    void functionalPrior();
    void functionalPutuo();
    void functionalEditInPlace();
    void functionalStructureChange();
    void economicKizilsu();
    void projectsKizilsu();
    void sanGongKizilsu();
    void sanGongPutuo();
    void performanceTargetsKizilsu();
    void emptyAndSessionGone();

    void testersStayGreen();
    void documentList();

private:
    BudgetDocument m_kizilsu;
    BudgetDocument m_putuo;
};

void TestItemModels::initTestCase()
{
    m_kizilsu = importSample(kKizilsu);
    m_putuo = importSample(kPutuo);
}

void TestItemModels::functionalKizilsu()
{
    DocumentSession session;
    FunctionalTreeModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));

    // 类 at the top level, in code order; no total row.
    QCOMPARE(model.rowCount(), 4);
    QStringList tops;
    for (int r = 0; r < model.rowCount(); ++r)
        tops.append(model.index(r, 0).data(CodeRole).toString());
    QCOMPARE(tops, (QStringList{"201", "208", "210", "221"}));

    // Source groups with money only: 一般公共预算 and 单位资金; then the prior columns.
    QCOMPARE(horizontalKeys(model),
             (QStringList{"name", "total", "basic", "project", "general_budget", "unit_funds", "prior",
                          "change", "change_percent"}));
    QCOMPARE(model.columnForKey(QStringLiteral("gov_fund")), -1);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QVERIFY(model.hasPriorColumns());

    const QModelIndex c201 = model.indexForCode(QStringLiteral("201"));
    QVERIFY(c201.isValid());
    QCOMPARE(c201.data().toString(), QStringLiteral("201 一般公共服务支出"));
    QCOMPARE(c201.data(LevelRole).toInt(), 1);
    QVERIFY(c201.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.codeAt(c201), QStringLiteral("201"));

    QCOMPARE(cell(model, "201", "total").data().toString(), QStringLiteral("399.81"));
    QCOMPARE(cell(model, "201", "total").data(AmountFenRole), fenVariant(399810000));
    QCOMPARE(cell(model, "201", "basic").data(AmountFenRole), fenVariant(wan("274.81")));
    QCOMPARE(cell(model, "201", "project").data(AmountFenRole), fenVariant(wan("125.00")));
    QCOMPARE(cell(model, "201", "total").data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // Published as 399.81 in 部门支出总体情况表: no difference.
    QCOMPARE(cell(model, "201", "total").data(PublishedFenRole), fenVariant(399810000));
    QCOMPARE(cell(model, "201", "total").data(DifferenceFenRole), fenVariant(0));

    const QModelIndex c20103 = model.indexForCode(QStringLiteral("20103"));
    QCOMPARE(c20103.parent(), c201);
    QCOMPARE(c20103.data().toString(), QStringLiteral("20103 政府办公厅（室）及相关机构事务"));
    QCOMPARE(c20103.data(LevelRole).toInt(), 2);
    QVERIFY(!c20103.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(model, "20103", "total").data(AmountFenRole), fenVariant(wan("399.81")));

    const QModelIndex c2010399 = model.indexForCode(QStringLiteral("2010399"));
    QCOMPARE(c2010399.parent(), c20103);
    QCOMPARE(c2010399.data(LevelRole).toInt(), 3);
    QCOMPARE(c2010399.data().toString(), QStringLiteral("2010399 其他政府办公厅（室）及相关机构事务支出"));
    QCOMPARE(cell(model, "2010399", "project").data(AmountFenRole), fenVariant(wan("125.00")));
    QCOMPARE(cell(model, "2010399", "general_budget").data(AmountFenRole), fenVariant(wan("50.00")));
    QCOMPARE(cell(model, "2010399", "unit_funds").data(AmountFenRole), fenVariant(wan("75.00")));
    QCOMPARE(cell(model, "2010399", "unit_funds").data().toString(), QStringLiteral("75.00"));
    // No line makes 基本支出 of 2010399: an empty cell, not 0.00.
    QVERIFY(!cell(model, "2010399", "basic").data(AmountFenRole).isValid());
    QCOMPARE(cell(model, "2010399", "basic").data().toString(), QString());
    // Published in 部门收入总体情况表: 一般公共预算 50.00, 单位资金 75.00.
    QCOMPARE(cell(model, "2010399", "general_budget").data(PublishedFenRole), fenVariant(wan("50.00")));
    QCOMPARE(cell(model, "2010399", "unit_funds").data(PublishedFenRole), fenVariant(wan("75.00")));
    // The name column is not an amount.
    QVERIFY(!c2010399.data(AmountFenRole).isValid());

    QVERIFY(!model.indexForCode(QStringLiteral("202")).isValid());
    QCOMPARE(model.codeAt(QModelIndex()), QString());
}

void TestItemModels::functionalPrior()
{
    DocumentSession session;
    FunctionalTreeModel model(&session);
    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));

    // "行政运行（项）：2026 年预算数为 238.57 万元，比上年预算减少 37.20 万元，下降 13.49%".
    QCOMPARE(cell(model, "2010301", "prior").data(AmountFenRole), fenVariant(wan("275.77")));
    QCOMPARE(cell(model, "2010301", "prior").data().toString(), QStringLiteral("275.77"));
    QCOMPARE(cell(model, "2010301", "change").data(AmountFenRole), fenVariant(-wan("37.20")));
    QCOMPARE(cell(model, "2010301", "change").data().toString(), QStringLiteral("-37.20"));
    QCOMPARE(cell(model, "2010301", "change_percent").data(ChangePercentRole), fenVariant(-1349));
    QCOMPARE(cell(model, "2010301", "change_percent").data().toString(), QStringLiteral("-13.49%"));
    // Row roles answer on every column.
    QCOMPARE(model.indexForCode(QStringLiteral("2010301")).data(PriorFenRole), fenVariant(wan("275.77")));
    QCOMPARE(cell(model, "2010301", "total").data(ChangeFenRole), fenVariant(-wan("37.20")));

    // 款 and 类: the sum of their 项 when every 项 has one (275.77 + 40.71 + 60.00), compared
    // with the 一般公共预算 amount (324.81), not with 合计 (399.81).
    QCOMPARE(cell(model, "20103", "prior").data(AmountFenRole), fenVariant(wan("376.48")));
    QCOMPARE(cell(model, "201", "change").data(AmountFenRole), fenVariant(wan("324.81") - wan("376.48")));
    QCOMPARE(cell(model, "2010399", "change").data(AmountFenRole), fenVariant(-wan("10.00")));
    QCOMPARE(cell(model, "2010399", "change_percent").data(ChangePercentRole), fenVariant(-1667));

    // Last year 0.00 (a new 项): a change, but no percentage.
    QCOMPARE(cell(model, "2101101", "prior").data(AmountFenRole), fenVariant(0));
    QCOMPARE(cell(model, "2101101", "change").data(AmountFenRole), fenVariant(wan("15.24")));
    QVERIFY(!cell(model, "2101101", "change_percent").data(ChangePercentRole).isValid());
    QCOMPARE(cell(model, "2101101", "change_percent").data().toString(), QString());

    const int prior = model.columnForKey(QStringLiteral("prior"));
    QVERIFY(!model.headerData(prior, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    // A 类 with one 项 of unknown prior has none itself.
    Schedules s = m_kizilsu.schedules;
    s.prior.removeIf([](const PriorFigure &p) { return p.key == QLatin1String("functional.2080505"); });
    session.setSchedules(s);
    QVERIFY(!cell(model, "2080505", "prior").data(AmountFenRole).isValid());
    QVERIFY(!cell(model, "2080505", "change").data(AmountFenRole).isValid());
    QVERIFY(!cell(model, "20805", "prior").data(AmountFenRole).isValid());
    QVERIFY(!cell(model, "208", "prior").data(PriorFenRole).isValid());
    QCOMPARE(cell(model, "2080501", "prior").data(AmountFenRole), fenVariant(wan("37.33")));
}

void TestItemModels::functionalPutuo()
{
    DocumentSession session;
    FunctionalTreeModel model(&session);
    QString err;
    QVERIFY2(session.setDocument(m_putuo, &err), qPrintable(err));

    QCOMPARE(session.unit(), Unit::Yuan);
    QCOMPARE(horizontalKeys(model), (QStringList{"name", "total", "basic", "project", "general_budget"}));
    QVERIFY(!model.hasPriorColumns());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(cell(model, "215", "total").data().toString(), QStringLiteral("293,810,000.00"));
    QCOMPARE(cell(model, "215", "total").data(AmountFenRole), fenVariant(29381000000));
    QCOMPARE(cell(model, "2150899", "project").data(AmountFenRole), fenVariant(29381000000));
    QVERIFY(!cell(model, "2150899", "basic").data(AmountFenRole).isValid());
    QCOMPARE(cell(model, "201", "basic").data().toString(), QStringLiteral("12,291,733.00"));
    // Putuo's 部门收入总体情况表 has no column of 一般公共预算 alone (财政拨款收入 spans all
    // fiscal sources), so that column has no published counterpart; 合计 has.
    QVERIFY(!cell(model, "215", "general_budget").data(PublishedFenRole).isValid());
    QCOMPARE(cell(model, "215", "total").data(PublishedFenRole), fenVariant(29381000000));
}

void TestItemModels::functionalEditInPlace()
{
    DocumentSession session;
    FunctionalTreeModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));

    const QPersistentModelIndex kept(model.indexForCode(QStringLiteral("2010350")));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    session.setSchedules(withChanged2010350(m_kizilsu.schedules));

    QCOMPARE(resets.count(), 0);
    QVERIFY(kept.isValid());
    QCOMPARE(model.codeAt(kept), QStringLiteral("2010350"));
    // 2010350 itself (under 20103), 20103 (under 201) and 201 (top level).
    QCOMPARE(changes.count(), 3);
    QSet<QString> changedCodes;
    for (const QList<QVariant> &args : std::as_const(changes)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        QCOMPARE(from.parent(), to.parent());
        QCOMPARE(from.column(), 0);
        QCOMPARE(to.column(), model.columnCount() - 1);
        for (int r = from.row(); r <= to.row(); ++r)
            changedCodes.insert(model.codeAt(model.index(r, 0, from.parent())));
    }
    QCOMPARE(changedCodes, (QSet<QString>{"201", "20103", "2010350"}));

    QCOMPARE(cell(model, "2010350", "total").data(AmountFenRole), fenVariant(wan("40.00")));
    QCOMPARE(cell(model, "2010350", "general_budget").data(AmountFenRole), fenVariant(wan("40.00")));
    QCOMPARE(cell(model, "20103", "total").data(AmountFenRole), fenVariant(wan("403.57")));
    QCOMPARE(cell(model, "201", "basic").data(AmountFenRole), fenVariant(wan("278.57")));
    QCOMPARE(cell(model, "2010350", "change").data(AmountFenRole), fenVariant(-wan("0.71")));
    // The published figure stays what was published; the difference shows the edit.
    QCOMPARE(cell(model, "2010350", "total").data(PublishedFenRole), fenVariant(wan("36.24")));
    QCOMPARE(cell(model, "2010350", "total").data(DifferenceFenRole), fenVariant(wan("36.24") - wan("40.00")));
    QVERIFY(!cell(model, "2010350", "total").data(Qt::ToolTipRole).toString().isEmpty());

    // The same schedules again: nothing to announce.
    changes.clear();
    session.setSchedules(withChanged2010350(m_kizilsu.schedules));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestItemModels::functionalStructureChange()
{
    DocumentSession session;
    FunctionalTreeModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // A new 项 under a new 类, with a new funding source group: new rows and a new column.
    Schedules s = m_kizilsu.schedules;
    FunctionalLine line;
    line.code = QStringLiteral("2130101");
    line.name = QStringLiteral("行政运行");
    line.source = FundSource::GovFund;
    line.phase = Phase::Project;
    line.amount = Amount::fromFen(wan("1.50"));
    s.functional.append(line);
    session.setSchedules(s);

    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(3, 0).data(CodeRole).toString(), QStringLiteral("213"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("213 农林水支出"));
    QVERIFY(model.columnForKey(QStringLiteral("gov_fund")) > model.columnForKey(QStringLiteral("general_budget")));
    QCOMPARE(cell(model, "2130101", "gov_fund").data(AmountFenRole), fenVariant(wan("1.50")));
    QVERIFY(!cell(model, "2130101", "gov_fund").data(PublishedFenRole).isValid());
    // A 项 without a stated prior: empty prior cells; its 类 has none either.
    QVERIFY(!cell(model, "2130101", "prior").data(AmountFenRole).isValid());
    QVERIFY(!cell(model, "213", "prior").data(AmountFenRole).isValid());
}

void TestItemModels::economicKizilsu()
{
    DocumentSession session;
    EconomicTreeModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));

    QCOMPARE(horizontalKeys(model), (QStringList{"name", "total", "personnel", "public"}));
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex c301 = model.indexForCode(QStringLiteral("301"));
    QCOMPARE(c301.row(), 0);
    QCOMPARE(c301.data().toString(), QStringLiteral("301 工资福利支出"));
    QCOMPARE(model.rowCount(c301), 8);
    QVERIFY(c301.data(Qt::FontRole).value<QFont>().bold());

    // 301 人员经费 is the sum of its 款 (328.28); the published 类 row says 328.27.
    const QModelIndex personnel301 = c301.siblingAtColumn(model.columnForKey(QStringLiteral("personnel")));
    QCOMPARE(personnel301.data().toString(), QStringLiteral("328.28"));
    QCOMPARE(personnel301.data(AmountFenRole), fenVariant(wan("328.28")));
    QCOMPARE(personnel301.data(PublishedFenRole), fenVariant(wan("328.27")));
    QCOMPARE(personnel301.data(DifferenceFenRole), fenVariant(-wan("0.01")));
    QVERIFY(!c301.siblingAtColumn(EconomicTreeModel::PublicColumn).data(AmountFenRole).isValid());
    QCOMPARE(c301.siblingAtColumn(EconomicTreeModel::TotalColumn).data(AmountFenRole), fenVariant(wan("328.28")));

    const QModelIndex c302 = model.indexForCode(QStringLiteral("302"));
    QCOMPARE(c302.siblingAtColumn(EconomicTreeModel::PublicColumn).data(AmountFenRole), fenVariant(wan("14.45")));
    QCOMPARE(c302.siblingAtColumn(EconomicTreeModel::PublicColumn).data(PublishedFenRole), fenVariant(wan("14.44")));
    QVERIFY(!c302.siblingAtColumn(EconomicTreeModel::PersonnelColumn).data(AmountFenRole).isValid());

    const QModelIndex c30212 = model.indexForCode(QStringLiteral("30212"));
    QCOMPARE(c30212.parent(), c302);
    QCOMPARE(c30212.data().toString(), QStringLiteral("30212 因公出国（境）费用"));
    QCOMPARE(c30212.data(LevelRole).toInt(), 2);
    QCOMPARE(c30212.siblingAtColumn(EconomicTreeModel::PublicColumn).data(AmountFenRole), fenVariant(wan("0.50")));
    QCOMPARE(model.codeAt(c30212), QStringLiteral("30212"));

    const QModelIndex c303 = model.indexForCode(QStringLiteral("303"));
    QCOMPARE(c303.siblingAtColumn(EconomicTreeModel::TotalColumn).data(AmountFenRole), fenVariant(wan("57.21")));

    // An edit of the functional schedules does not change this tree: nothing announced.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    session.setSchedules(withChanged2010350(m_kizilsu.schedules));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(resets.count(), 0);
    // An economic edit is announced in place.
    Schedules s = m_kizilsu.schedules;
    s.economic[0].personnel = Amount::fromFen(wan("82.25"));
    session.setSchedules(s);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 2); // 30101 under 301, and 301
    QCOMPARE(personnel301.data(AmountFenRole), fenVariant(wan("328.29")));
}

void TestItemModels::projectsKizilsu()
{
    DocumentSession session;
    ProjectsModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(horizontalKeys(model),
             (QStringList{"name", "functional", "source", "total", "econ:302", "econ:310"}));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("商品和服务支出"));
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("资本性支出"));

    QCOMPARE(model.index(0, ProjectsModel::NameColumn).data().toString(), QStringLiteral("特定目标 1210070G"));
    QCOMPARE(model.index(0, ProjectsModel::FunctionalColumn).data().toString(),
             QStringLiteral("2010399 其他政府办公厅（室）及相关机构事务支出"));
    QCOMPARE(model.index(0, ProjectsModel::SourceColumn).data().toString(), QStringLiteral("一般公共预算"));
    QCOMPARE(model.index(0, ProjectsModel::TotalColumn).data(AmountFenRole), fenVariant(wan("20.00")));
    QCOMPARE(model.index(0, 4).data(AmountFenRole), fenVariant(wan("20.00")));
    QVERIFY(!model.index(0, 5).data(AmountFenRole).isValid());

    QCOMPARE(model.index(1, ProjectsModel::NameColumn).data().toString(), QStringLiteral("特定目标 1210170R"));
    QCOMPARE(model.index(1, ProjectsModel::TotalColumn).data().toString(), QStringLiteral("30.01"));
    QCOMPARE(model.index(1, ProjectsModel::TotalColumn).data(AmountFenRole), fenVariant(wan("30.01")));
    QCOMPARE(model.index(1, model.columnForKey(QStringLiteral("econ:302"))).data(AmountFenRole), fenVariant(wan("29.83")));
    QCOMPARE(model.index(1, model.columnForKey(QStringLiteral("econ:310"))).data(AmountFenRole), fenVariant(wan("0.18")));
    // Table 7 prints the project's total as 30.00 (rounded on its own).
    QCOMPARE(model.index(1, ProjectsModel::TotalColumn).data(PublishedFenRole), fenVariant(wan("30.00")));
    QCOMPARE(model.index(1, ProjectsModel::TotalColumn).data(DifferenceFenRole), fenVariant(-wan("0.01")));
    QCOMPARE(model.index(1, 4).data(DifferenceFenRole), fenVariant(0));

    // Selection by 功能分类.
    QCOMPARE(model.index(1, 4).data(CodeRole).toString(), QStringLiteral("2010399"));
    QCOMPARE(model.rowsForCode(QStringLiteral("201")), (QList<int>{0, 1}));
    QCOMPARE(model.rowsForCode(QStringLiteral("2010399")), (QList<int>{0, 1}));
    QCOMPARE(model.rowsForCode(QStringLiteral("208")), QList<int>());
    QCOMPARE(model.columnForKey(QStringLiteral("econ:301")), -1);

    // Under the list: what it adds up to against the 项目支出 (the 财政拨款 projects alone are
    // listed, and table 7 rounds one of them, so 50.01 against 50.00).
    QCOMPARE(model.summary(), QStringLiteral("Projects listed: 2, totalling 50.01; project expenditure 125.00, of which 一般公共预算 50.00"));

    QCOMPARE(model.unitColumn(), -1);

    // The same projects listed by unit (a department with a unit of its own): a unit column last.
    BudgetDocument byUnit = m_kizilsu;
    byUnit.schedules.projects[0].owner = byUnit.department;
    byUnit.schedules.projects[1].owner = QStringLiteral("克孜勒苏柯尔克孜自治州外事服务中心");
    QVERIFY2(session.setDocument(byUnit, &err), qPrintable(err));
    QCOMPARE(horizontalKeys(model), (QStringList{"name", "functional", "source", "total", "econ:302", "econ:310", "unit"}));
    QCOMPARE(model.unitColumn(), 6);
    QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), QStringLiteral("Unit"));
    QCOMPARE(model.index(0, 6).data().toString(), byUnit.department);
    QCOMPARE(model.index(1, 6).data().toString(), QStringLiteral("克孜勒苏柯尔克孜自治州外事服务中心"));
    QVERIFY(!model.index(1, 6).data(AmountFenRole).isValid());
    QVERIFY(!(model.flags(model.index(1, 6)) & Qt::ItemIsEditable));

    // Putuo publishes no project table: no rows.
    QVERIFY2(session.setDocument(m_putuo, &err), qPrintable(err));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.summary(), QStringLiteral("No project is listed; project expenditure 351,684,000.00"));
    QCOMPARE(model.columnCount(), int(ProjectsModel::FirstClassColumn));
}

void TestItemModels::sanGongKizilsu()
{
    DocumentSession session;
    SanGongModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));

    QCOMPARE(horizontalKeys(model), (QStringList{"name", "current", "prior", "change", "change_percent"}));
    QCOMPARE(model.rowCount(), 4);
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys.append(model.index(r, 0).data(CodeRole).toString());
    QCOMPARE(keys, (QStringList{"total", "abroad", "reception", "vehicle"}));

    const QModelIndex total = model.indexForKey(QStringLiteral("total"));
    QCOMPARE(total.row(), 0);
    QCOMPARE(total.data(LevelRole).toInt(), 0);
    QVERIFY(total.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(total.siblingAtColumn(SanGongModel::CurrentColumn).data().toString(), QStringLiteral("21.40"));
    QCOMPARE(total.siblingAtColumn(SanGongModel::CurrentColumn).data(AmountFenRole), fenVariant(wan("21.40")));
    QCOMPARE(total.siblingAtColumn(SanGongModel::CurrentColumn).data(PublishedFenRole), fenVariant(wan("21.40")));
    QCOMPARE(total.siblingAtColumn(SanGongModel::PriorColumn).data(AmountFenRole), fenVariant(wan("20.00")));
    QCOMPARE(total.siblingAtColumn(SanGongModel::ChangeColumn).data(AmountFenRole), fenVariant(wan("1.40")));
    QCOMPARE(total.siblingAtColumn(SanGongModel::ChangePercentColumn).data(ChangePercentRole), fenVariant(700));
    QCOMPARE(total.siblingAtColumn(SanGongModel::ChangePercentColumn).data().toString(), QStringLiteral("7.00%"));
    QCOMPARE(total.data(PriorFenRole), fenVariant(wan("20.00")));

    const auto current = [&](const char *key) {
        return model.indexForKey(QLatin1String(key)).siblingAtColumn(SanGongModel::CurrentColumn).data(AmountFenRole);
    };
    QCOMPARE(current("abroad"), fenVariant(wan("4.90")));
    QCOMPARE(current("reception"), fenVariant(wan("9.50")));
    QCOMPARE(current("vehicle"), fenVariant(wan("7.00")));
    QCOMPARE(current("vehicle_purchase"), fenVariant(0));
    QCOMPARE(current("vehicle_operation"), fenVariant(wan("7.00")));

    const QModelIndex vehicle = model.indexForKey(QStringLiteral("vehicle"));
    QCOMPARE(model.rowCount(vehicle), 2);
    QCOMPARE(model.index(0, SanGongModel::CurrentColumn, vehicle).data().toString(), QStringLiteral("0.00"));
    QCOMPARE(model.index(1, SanGongModel::CurrentColumn, vehicle).data().toString(), QStringLiteral("7.00"));
    QCOMPARE(model.index(1, 0, vehicle).data(LevelRole).toInt(), 2);
    QCOMPARE(model.keyAt(model.index(1, 3, vehicle)), QStringLiteral("vehicle_operation"));
    QCOMPARE(model.indexForKey(QStringLiteral("vehicle_operation")).parent(), vehicle);

    // 因公出国（境）费 "增加 4.40 万元，增长 880.00%".
    const QModelIndex abroad = model.indexForKey(QStringLiteral("abroad"));
    QCOMPARE(abroad.data(ChangeFenRole), fenVariant(wan("4.40")));
    QCOMPARE(abroad.data(ChangePercentRole), fenVariant(88000));
    // 公务用车购置费: 0.00 both years: a change of 0.00 and no percentage.
    const QModelIndex purchase = model.indexForKey(QStringLiteral("vehicle_purchase"));
    QCOMPARE(purchase.data(ChangeFenRole), fenVariant(0));
    QVERIFY(!purchase.data(ChangePercentRole).isValid());

    // Unknown last year: empty prior and change cells.
    Schedules s = m_kizilsu.schedules;
    for (SanGongLine &line : s.sanGong)
        if (line.key == QLatin1String("vehicle_operation"))
            line.prior.reset();
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    session.setSchedules(s);
    QCOMPARE(changes.count(), 2); // total … vehicle at the top level, and the operation row below the vehicle
    const QModelIndex operation = model.indexForKey(QStringLiteral("vehicle_operation"));
    QVERIFY(!operation.siblingAtColumn(SanGongModel::PriorColumn).data(AmountFenRole).isValid());
    QCOMPARE(operation.siblingAtColumn(SanGongModel::PriorColumn).data().toString(), QString());
    QVERIFY(!operation.siblingAtColumn(SanGongModel::ChangeColumn).data(AmountFenRole).isValid());
    QVERIFY(!operation.data(ChangePercentRole).isValid());
    // The vehicle row has no complete sum and the document states none for it.
    QVERIFY(!vehicle.data(PriorFenRole).isValid());
    // The total falls back on the figure the narrative states for it.
    QCOMPARE(total.data(PriorFenRole), fenVariant(wan("20.00")));
}

void TestItemModels::sanGongPutuo()
{
    DocumentSession session;
    SanGongModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString err;
    QVERIFY2(session.setDocument(m_putuo, &err), qPrintable(err));
    // Printed in 万元 inside a 元 document; shown in the document's unit.
    const QModelIndex total = model.indexForKey(QStringLiteral("total"));
    QCOMPARE(total.siblingAtColumn(SanGongModel::CurrentColumn).data(AmountFenRole), fenVariant(wan("1.00")));
    QCOMPARE(total.siblingAtColumn(SanGongModel::CurrentColumn).data().toString(), QStringLiteral("10,000.00"));
    QCOMPARE(total.siblingAtColumn(SanGongModel::CurrentColumn).data(PublishedFenRole), fenVariant(wan("1.00")));
    QCOMPARE(model.indexForKey(QStringLiteral("reception")).data(PublishedFenRole), QVariant()); // name column
    QCOMPARE(model.indexForKey(QStringLiteral("reception")).siblingAtColumn(SanGongModel::CurrentColumn)
                 .data(PublishedFenRole), fenVariant(wan("1.00")));
    // "与2024年预算持平".
    QCOMPARE(total.data(ChangeFenRole), fenVariant(0));
}

void TestItemModels::performanceTargetsKizilsu()
{
    DocumentSession session;
    PerformanceTargetModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));

    QCOMPARE(horizontalKeys(model), (QStringList{"indicator", "value", "basis", "prior_value", "weight"}));
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex overall = model.indexForTarget(0);
    QCOMPARE(overall.data().toString(), QStringLiteral("Overall: 克孜勒苏柯尔克孜自治州人民政府外事办公室"));
    QCOMPARE(overall.data(LevelRole).toInt(), 0);
    QVERIFY(overall.data(Qt::ToolTipRole).toString().contains(QStringLiteral("扩大对外开放")));
    QCOMPARE(model.rowCount(overall), 1);
    const QModelIndex efficiency = model.index(0, 0, overall);
    QCOMPARE(efficiency.data().toString(), QStringLiteral("履职效能"));
    QCOMPARE(efficiency.data(LevelRole).toInt(), 1);
    QCOMPARE(model.rowCount(efficiency), 1);
    const QModelIndex quantity = model.index(0, 0, efficiency);
    QCOMPARE(quantity.data().toString(), QStringLiteral("数量指标"));
    QCOMPARE(model.rowCount(quantity), 6);
    QList<int> weights;
    for (int r = 0; r < model.rowCount(quantity); ++r) {
        const QModelIndex leaf = model.index(r, 0, quantity);
        QCOMPARE(leaf.data(LevelRole).toInt(), 3);
        QCOMPARE(model.rowCount(leaf), 0);
        weights.append(leaf.data(WeightRole).toInt());
    }
    QCOMPARE(weights, (QList<int>{15, 16, 20, 12, 15, 12}));
    QCOMPARE(model.index(0, 0, quantity).data().toString(), QStringLiteral("开展对外会晤次数 (次)"));
    QCOMPARE(model.index(0, PerformanceTargetModel::ValueColumn, quantity).data().toString(), QStringLiteral("≥6 次"));
    QCOMPARE(model.index(0, PerformanceTargetModel::BasisColumn, quantity).data().toString(),
             QStringLiteral("2026 年工作计划"));
    QCOMPARE(model.index(1, PerformanceTargetModel::WeightColumn, quantity).data().toString(), QStringLiteral("16"));
    QCOMPARE(model.indicatorAt(model.index(2, 0, quantity)), 2);
    QCOMPARE(model.targetAt(model.index(2, 0, quantity)), 0);
    QCOMPARE(model.indicatorAt(quantity), -1);
    // Group weights: the sums below.
    QCOMPARE(quantity.data(WeightRole).toInt(), 90);
    QCOMPARE(efficiency.siblingAtColumn(PerformanceTargetModel::WeightColumn).data().toString(), QStringLiteral("90"));
    QCOMPARE(overall.data(WeightRole).toInt(), 90);

    const QModelIndex project = model.indexForTarget(1);
    QCOMPARE(project.data().toString(), QStringLiteral("Project: 2026 年预算计划其他资金"));
    QStringList level1;
    int leaves = 0;
    for (int a = 0; a < model.rowCount(project); ++a) {
        const QModelIndex g1 = model.index(a, 0, project);
        level1.append(g1.data().toString());
        for (int b = 0; b < model.rowCount(g1); ++b)
            leaves += model.rowCount(model.index(b, 0, g1));
    }
    QCOMPARE(level1, (QStringList{"产出指标", "效益指标", "满意度指标"}));
    QCOMPARE(leaves, 13);
    const QModelIndex output = model.index(0, 0, project);
    QCOMPARE(model.rowCount(output), 4); // 数量, 质量, 时效, 成本
    const QModelIndex cost = model.index(3, 0, output);
    QCOMPARE(cost.data().toString(), QStringLiteral("成本指标"));
    QCOMPARE(cost.data(WeightRole).toInt(), 20);
    QCOMPARE(model.index(0, PerformanceTargetModel::PriorValueColumn, cost).data().toString(), QStringLiteral("25 万元"));
    QCOMPARE(model.index(0, 0, model.index(0, 0, output)).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Scoring: 按照正常比例赋分\nEvidence: 工作资料"));

    // Editing an indicator's value is announced in place.
    Schedules s = m_kizilsu.schedules;
    s.targets[0].indicators[1].value = QStringLiteral("≥12 批");
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    session.setSchedules(s);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(1, PerformanceTargetModel::ValueColumn, quantity).data().toString(), QStringLiteral("≥12 批"));
    // A new indicator is a new row: a reset.
    s.targets[0].indicators.append(s.targets[0].indicators[0]);
    session.setSchedules(s);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0, model.indexForTarget(0)))), 7);
}

void TestItemModels::emptyAndSessionGone()
{
    auto session = std::make_unique<DocumentSession>();
    FunctionalTreeModel functional(session.get());
    EconomicTreeModel economic(session.get());
    ProjectsModel projects(session.get());
    SanGongModel sanGong(session.get());
    PerformanceTargetModel targets(session.get());
    const QList<QAbstractItemModel *> models{&functional, &economic, &projects, &sanGong, &targets};
    for (QAbstractItemModel *m : models)
        QCOMPARE(m->rowCount(), 0);

    QString err;
    QVERIFY2(session->setDocument(m_kizilsu, &err), qPrintable(err));
    for (QAbstractItemModel *m : models)
        QVERIFY(m->rowCount() > 0);

    session->clear();
    for (QAbstractItemModel *m : models)
        QCOMPARE(m->rowCount(), 0);

    QVERIFY2(session->setDocument(m_kizilsu, &err), qPrintable(err));
    session.reset();
    for (QAbstractItemModel *m : models)
        QCOMPARE(m->rowCount(), 0);
    QVERIFY(!functional.indexForCode(QStringLiteral("201")).isValid());
    QCOMPARE(functional.columnCount(), 4);
}

// Every model and proxy chain under QAbstractItemModelTester while documents come and go:
// Kizilsu, Putuo, Kizilsu again, an amount edit (in place), a structural edit (reset), close.
void TestItemModels::testersStayGreen()
{
    using Tester = QAbstractItemModelTester;
    const auto mode = Tester::FailureReportingMode::QtTest;

    DocumentSession session;
    FunctionalTreeModel functional(&session);
    EconomicTreeModel economic(&session);
    ProjectsModel projects(&session);
    SanGongModel sanGong(&session);
    PerformanceTargetModel targets(&session);

    // FunctionalTreeModel → sorting proxy (by amount) → recursive filter on 类 201.
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&functional);
    sorted.setSortRole(AmountFenRole);
    sorted.sort(1, Qt::DescendingOrder);
    sorted.setDynamicSortFilter(true);
    QSortFilterProxyModel filtered;
    filtered.setSourceModel(&sorted);
    filtered.setRecursiveFilteringEnabled(true);
    filtered.setFilterRole(CodeRole);
    filtered.setFilterFixedString(QStringLiteral("20103"));
    filtered.setDynamicSortFilter(true);
    // SanGongModel and PerformanceTargetModel through a plain proxy too.
    QSortFilterProxyModel sanGongProxy;
    sanGongProxy.setSourceModel(&sanGong);
    sanGongProxy.sort(0);
    QSortFilterProxyModel targetsProxy;
    targetsProxy.setSourceModel(&targets);
    targetsProxy.setRecursiveFilteringEnabled(true);
    targetsProxy.setFilterFixedString(QStringLiteral("指标"));

    Tester t1(&functional, mode), t2(&economic, mode), t3(&projects, mode), t4(&sanGong, mode),
        t5(&targets, mode), t6(&sorted, mode), t7(&filtered, mode), t8(&sanGongProxy, mode),
        t9(&targetsProxy, mode);

    QString err;
    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));
    QCOMPARE(sorted.rowCount(), 4);
    QCOMPARE(sorted.index(0, 0).data(CodeRole).toString(), QStringLiteral("201")); // the largest 类
    QCOMPARE(filtered.rowCount(), 1);

    QVERIFY2(session.setDocument(m_putuo, &err), qPrintable(err));
    QCOMPARE(sorted.index(0, 0).data(CodeRole).toString(), QStringLiteral("215"));
    QCOMPARE(filtered.rowCount(), 0);

    QVERIFY2(session.setDocument(m_kizilsu, &err), qPrintable(err));
    session.setSchedules(withChanged2010350(m_kizilsu.schedules));
    QCOMPARE(functional.data(cell(functional, "20103", "total"), AmountFenRole), fenVariant(wan("403.57")));
    // The proxies follow the edit: under 20103, 2010301 (238.57), 2010399 (125.00), 2010350 (40.00).
    const QModelIndex p201 = sorted.index(0, 0);
    const QModelIndex p20103 = sorted.index(0, 0, p201);
    QCOMPARE(sorted.index(1, 0, p20103).data(CodeRole).toString(), QStringLiteral("2010399"));
    QCOMPARE(sorted.index(1, 1, p20103).data(AmountFenRole), fenVariant(wan("125.00")));

    // An edit that reorders rows in the sorting proxy.
    Schedules s = withChanged2010350(m_kizilsu.schedules);
    for (FunctionalLine &line : s.functional)
        if (line.code == QLatin1String("2010350"))
            line.amount = Amount::fromFen(wan("300.00"));
    session.setSchedules(s);
    QCOMPARE(sorted.index(0, 0, sorted.index(0, 0, sorted.index(0, 0))).data(CodeRole).toString(),
             QStringLiteral("2010350"));

    // A structural edit: a new 类 and a new source column.
    FunctionalLine line;
    line.code = QStringLiteral("2130101");
    line.name = QStringLiteral("行政运行");
    line.source = FundSource::GovFund;
    line.phase = Phase::Basic;
    line.amount = Amount::fromFen(wan("1.00"));
    s.functional.append(line);
    s.economic.removeLast();
    s.projects.removeFirst();
    s.sanGong.removeLast();
    s.targets.removeLast();
    session.setSchedules(s);
    QCOMPARE(functional.rowCount(), 5);
    QCOMPARE(projects.rowCount(), 1);

    session.clear();
    QCOMPARE(sorted.rowCount(), 0);
    QCOMPARE(sanGongProxy.rowCount(), 0);
}

void TestItemModels::documentList()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DocumentStore store(QStringLiteral("tst_itemmodels"));
    QString err;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("store.sqlite")), &err), qPrintable(err));
    BudgetDocument kizilsu = m_kizilsu;
    BudgetDocument putuo = m_putuo;
    QVERIFY2(store.save(kizilsu, &err), qPrintable(err));
    QVERIFY2(store.save(putuo, &err), qPrintable(err));

    {
        DocumentListModel model(&store);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DocumentListModel::ColumnCount));
        QCOMPARE(horizontalKeys(model), (QStringList{"department", "year", "kind", "template", "status", "modified"}));
        QCOMPARE(model.headerData(DocumentListModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));

        const int k = model.rowOf(kizilsu.id);
        const int p = model.rowOf(putuo.id);
        QVERIFY(k >= 0 && p >= 0 && k != p);
        QCOMPARE(model.idAt(k), kizilsu.id);
        QCOMPARE(model.idAt(5), qint64(0));
        QCOMPARE(model.index(k, DocumentListModel::DepartmentColumn).data().toString(), kizilsu.department);
        QCOMPARE(model.index(k, DocumentListModel::YearColumn).data().toString(), QStringLiteral("2026"));
        QCOMPARE(model.index(k, DocumentListModel::YearColumn).data(Qt::EditRole).toInt(), 2026);
        QCOMPARE(model.index(k, DocumentListModel::StatusColumn).data().toString(), QStringLiteral("Published"));
        QCOMPARE(model.index(k, DocumentListModel::StatusColumn).data(DocumentListModel::StatusKeyRole).toString(),
                 QStringLiteral("published"));
        QCOMPARE(model.index(k, DocumentListModel::TemplateColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("xj-11"));
        QVERIFY(!model.index(k, DocumentListModel::TemplateColumn).data().toString().isEmpty());
        QCOMPARE(model.index(k, DocumentListModel::KindColumn).data().toString(), QStringLiteral("Budget"));
        QCOMPARE(model.index(k, DocumentListModel::KindColumn).data(Qt::EditRole).toString(), QStringLiteral("budget"));
        QCOMPARE(model.index(p, DocumentListModel::ModifiedColumn).data().toString(),
                 QLocale().toString(putuo.modified.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(p, 2).data(DocumentListModel::DocumentIdRole).toLongLong(), putuo.id);

        // Where each came from: the department's tooltip.
        QVERIFY(model.index(p, DocumentListModel::DepartmentColumn).data(Qt::ToolTipRole).toString().contains(putuo.sourceName));
        QVERIFY(!putuo.sourceName.isEmpty());

        // Searching is the database's, and so is sorting.
        model.setSearchText(QStringLiteral("普陀"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), putuo.id);
        model.setSearchText(QStringLiteral("2026"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(DocumentListModel::DocumentIdRole).toLongLong(), kizilsu.id);
        model.setSearchText(QStringLiteral("PUBLISHED"));
        QCOMPARE(model.rowCount(), 2);
        model.setSearchText(QStringLiteral("普陀 2026"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QStringLiteral("  2025   普陀 "));
        QCOMPARE(model.rowCount(), 1);
        model.setSearchText(QStringLiteral("draft"));
        QCOMPARE(model.rowCount(), 0);

        // A draft saved beside them appears on refresh, and the filter applies to it.
        BudgetDocument draft = m_kizilsu;
        draft.status = DocumentStatus::Draft;
        draft.published.clear();
        QVERIFY2(store.save(draft, &err), qPrintable(err));
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DocumentListModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), 3);

        // Sorting by the stored year puts 2025 first.
        model.sort(DocumentListModel::YearColumn);
        QCOMPARE(model.index(0, DocumentListModel::YearColumn).data().toString(), QStringLiteral("2025"));

        QVERIFY(store.remove(putuo.id, &err));
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(putuo.id), -1);

        // Pattern characters are taken literally.
        model.setSearchText(QStringLiteral("%"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QStringLiteral("_"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), 2);

        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Many documents: a page is read at first and more as the view asks (fetchMore); a document
    // far down is placed by the database, and the rows up to it are read at once. (Without
    // QAbstractItemModelTester: Qt 6.4's tester fetches more rows from its own checks while it
    // still counts an insertion as in flight, and reports the nested insertion as an error.)
    {
        QSqlQuery fill(store.database());
        QVERIFY2(fill.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 999) "
                     "INSERT INTO documents (id, department, year, template_id, status, modified) "
                     "SELECT 500000 + i, '测试局' || printf('%04d', i), 2026 - i % 3, 'xj-11', 'draft', modified "
                     "FROM documents, n WHERE documents.id = %1").arg(kizilsu.id)),
                 qPrintable(fill.lastError().text()));
        DocumentListModel model(&store);
        const int page = model.rowCount();
        QVERIFY(page > 0 && page < 1001);
        QVERIFY(model.canFetchMore());
        model.fetchMore();
        QCOMPARE(model.rowCount(), 2 * page);
        // The two Kizilsu documents sort first (克 before 测), then 测试局0001…0999.
        QCOMPARE(model.idAt(2), qint64(500001));
        QCOMPARE(model.index(2, DocumentListModel::DepartmentColumn).data().toString(), QStringLiteral("测试局0001"));
        QCOMPARE(model.rowOf(500999), 1000);
        QCOMPARE(model.rowCount(), 1001);
        QCOMPARE(model.index(1000, DocumentListModel::DepartmentColumn).data().toString(), QStringLiteral("测试局0999"));
        model.fetchMore();
        QVERIFY(!model.canFetchMore());
        QCOMPARE(model.rowCount(), 1001);

        // In another order, or searched, a document is placed as the order says: by year
        // descending, then department (2026: the two Kizilsu and 333 with i % 3 == 0).
        model.sort(DocumentListModel::YearColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), page);
        QCOMPARE(model.rowOf(500999), 334);
        QCOMPARE(model.rowOf(500001), 335); // the first of 2025
        QCOMPARE(model.rowOf(500002), 335 + 333); // the first of 2024
        QCOMPARE(model.index(334, DocumentListModel::DepartmentColumn).data().toString(), QStringLiteral("测试局0999"));
        model.setSearchText(QStringLiteral("测试局05"));
        QCOMPARE(model.rowOf(500599), 99); // the last of 0500…0599: in 2024, after 33 + 33
        QCOMPARE(model.rowOf(500001), -1);
        QCOMPARE(model.rowOf(kizilsu.id), -1);
        model.setSearchText(QString());
        model.sort(DocumentListModel::DepartmentColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowOf(500999), 0);
        QCOMPARE(model.rowOf(500001), 998);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(500599), -1);
    }
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
