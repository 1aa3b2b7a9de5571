// DisclosureTableModel (published vs derived cells, roles) and the TableBrowser over it.

#include "itemmodels/DisclosureTableModel.h"
#include "TableBrowser.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace bd;

namespace {

Amount wan(const char *text)
{
    const AmountParse p = parseAmount(QString::fromUtf8(text), Unit::WanYuan);
    Q_ASSERT(p.ok());
    return p.amount;
}

TableCell textCell(const QString &text, int line = 0)
{
    TableCell c;
    c.text = text;
    c.sourceLine = line;
    return c;
}

TableCell amountCell(const char *text, int line = 0)
{
    TableCell c;
    c.text = QString::fromUtf8(text);
    if (*text)
        c.amount = wan(text);
    c.sourceLine = line;
    return c;
}

// One row of table 6 as printed in the Kizilsu sample.
struct Line6
{
    const char *code1;
    const char *code2;
    const char *name;
    const char *total;
    const char *personnel;
    const char *publicUse;
};

const Line6 table6Lines[] = {
    {"", "", "总计", "399.92", "385.47", "14.44"},
    {"301", "", "工资福利支出", "328.27", "328.27", ""},
    {"301", "01", "基本工资", "82.24", "82.24", ""},
    {"301", "02", "津贴补贴", "107.70", "107.70", ""},
    {"301", "13", "住房公积金", "27.12", "27.12", ""},
    {"302", "", "商品和服务支出", "14.44", "", "14.44"},
    {"302", "01", "办公费", "5.00", "", "5.00"},
    {"302", "28", "工会经费", "1.16", "", "1.16"},
    {"303", "", "对个人和家庭的补助", "57.20", "57.20", ""},
    {"303", "09", "奖励金", "0.01", "0.01", ""},
};

DisclosureTable table6Shape()
{
    DisclosureTable t;
    t.number = 6;
    t.id = QStringLiteral("general_budget_basic");
    t.title = QStringLiteral("一般公共预算基本支出情况表");
    t.unit = Unit::WanYuan;
    t.headerRows = {
        {QStringLiteral("科目"), QString(), QStringLiteral("一般公共预算基本支出"), QString(), QString(), QString()},
        {QStringLiteral("经济分类科目编码"), QString(), QStringLiteral("经济分类科目名称"),
         QStringLiteral("合计"), QStringLiteral("人员经费"), QStringLiteral("公用经费")},
        {QStringLiteral("类"), QStringLiteral("款"), QString(), QString(), QString(), QString()},
    };
    t.columns = {
        {QStringLiteral("code1"), QStringLiteral("类"), false, 0},
        {QStringLiteral("code2"), QStringLiteral("款"), false, 0},
        {QStringLiteral("name"), QStringLiteral("经济分类科目名称"), false, 0},
        {QStringLiteral("total"), QStringLiteral("合计"), true, 0},
        {QStringLiteral("personnel"), QStringLiteral("人员经费"), true, 0},
        {QStringLiteral("public"), QStringLiteral("公用经费"), true, 0},
    };
    return t;
}

TableRow row6(const Line6 &l, int line)
{
    TableRow r;
    const QString code1 = QString::fromUtf8(l.code1);
    const QString code2 = QString::fromUtf8(l.code2);
    r.key = code1.isEmpty() ? QStringLiteral("total") : code1 + code2;
    r.level = code1.isEmpty() ? 0 : (code2.isEmpty() ? 1 : 2);
    r.sourceLine = line;
    r.cells = {textCell(code1, line), textCell(code2, line), textCell(QString::fromUtf8(l.name), line),
               amountCell(l.total, line), amountCell(l.personnel, line), amountCell(l.publicUse, line)};
    return r;
}

// Table 6 as published: lines 266… of the sample.
DisclosureTable published6()
{
    DisclosureTable t = table6Shape();
    t.sourceLine = 254;
    int line = 266;
    for (const Line6 &l : table6Lines)
        t.rows.append(row6(l, line++));
    return t;
}

// Table 6 as derived from the schedules: the total is the exact sum of its rows (399.91),
// and empty cells of the published table are explicit zeros where the derivation has a row.
DisclosureTable derived6()
{
    DisclosureTable t = table6Shape();
    for (const Line6 &l : table6Lines) {
        TableRow r = row6(l, 0);
        for (TableCell &c : r.cells)
            c.sourceLine = 0;
        r.sourceLine = 0;
        if (r.key == QLatin1String("total"))
            r.cells[3] = amountCell("399.91");
        if (r.key == QLatin1String("301"))
            r.cells[5] = amountCell("0.00"); // zero against an empty published cell: same
        for (TableCell &c : r.cells)
            c.sourceLine = 0;
        t.rows.append(r);
    }
    return t;
}

// A small two-sided table in the style of table 1: 收入 on the left, 支出 on the right.
DisclosureTable twoSided(bool derived)
{
    DisclosureTable t;
    t.number = 1;
    t.title = QStringLiteral("部门收支总体情况表");
    t.columns = {
        {QStringLiteral("income:name"), QStringLiteral("项目"), false, 0},
        {QStringLiteral("income:amount"), QStringLiteral("预算数"), true, 0},
        {QStringLiteral("expense:name"), QStringLiteral("项目"), false, 1},
        {QStringLiteral("expense:amount"), QStringLiteral("预算数"), true, 1},
    };
    const auto row = [](const char *key, const char *name, const char *amount, const char *rightKey,
                        const char *rightName, const char *rightAmount) {
        TableRow r;
        r.key = QString::fromUtf8(key);
        r.rightKey = QString::fromUtf8(rightKey);
        r.level = 1;
        r.cells = {textCell(QString::fromUtf8(name)), amountCell(amount),
                   textCell(QString::fromUtf8(rightName)), amountCell(rightAmount)};
        return r;
    };
    if (!derived) {
        t.rows = {row("income:general_budget", "一般公共预算拨款收入", "449.92", "201", "一般公共服务支出", "399.92"),
                  row("income:unit_funds", "单位资金", "75.00", "208", "社会保障和就业支出", "57.20"),
                  row("", "", "", "221", "住房保障支出", "27.12")};
    } else {
        // The right side comes out of the derivation in another order, and 208 differs.
        t.rows = {row("income:general_budget", "一般公共预算拨款收入", "449.92", "221", "住房保障支出", "27.12"),
                  row("income:unit_funds", "单位资金", "75.00", "201", "一般公共服务支出", "399.92"),
                  row("", "", "", "208", "社会保障和就业支出", "57.21")};
    }
    return t;
}

QModelIndex cellOf(const QAbstractItemModel &model, const QString &rowKey, const QString &columnKey)
{
    const auto &m = static_cast<const DisclosureTableModel &>(model);
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            if (m.columnKey(c) == columnKey
                && m.index(r, c).data(DisclosureTableModel::CodeRole).toString() == rowKey)
                return m.index(r, c);
    return {};
}

QList<QModelIndex> differingCells(const DisclosureTableModel &m)
{
    QList<QModelIndex> out;
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c)
            if (m.index(r, c).data(DisclosureTableModel::DiffersRole).toBool())
                out.append(m.index(r, c));
    return out;
}

} // namespace

class TestDisclosureTableModel : public QObject
{
    Q_OBJECT

private slots:
    void underModelTester();
    void displayText();
    void roles();
    void headers();
    void differences();
    void showDerived();
    void draftOnly();
    void unmatchedRows();
    void twoSidedTables();
    void yuanWithThousands();
    void browserSwitchesTables();
    void browserShowDerivedCheckBox();
    void browserDraft();
    void browserShowsTheImportRecord();
};

void TestDisclosureTableModel::underModelTester()
{
    DisclosureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DisclosureTable pub = published6();
    const DisclosureTable der = derived6();
    const DisclosureTable pub1 = twoSided(false);
    const DisclosureTable der1 = twoSided(true);

    for (int round = 0; round < 2; ++round) {
        model.setTables(&pub, der);
        model.setShowDerived(true);
        model.setShowDerived(false);
        model.setTables(nullptr, der);
        model.setShowDerived(true);
        model.setTables(&pub1, der1);
        model.setShowDerived(false);
        model.setTables(&pub1, DisclosureTable());
        model.setShowDerived(true);
        model.clear();
        model.setTables(&pub, der);
    }
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), 6);
}

void TestDisclosureTableModel::displayText()
{
    DisclosureTableModel model;
    const DisclosureTable pub = published6();
    model.setTables(&pub, derived6());
    QVERIFY(!model.isShowingDerived());

    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("总计"));
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("399.92"));
    QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("385.47"));
    QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("14.44"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("301"));
    QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("01"));
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("基本工资"));
    QCOMPARE(model.index(3, 3).data().toString(), QStringLiteral("107.70"));
    QCOMPARE(model.index(1, 5).data().toString(), QString()); // empty as printed
    QCOMPARE(model.index(9, 3).data().toString(), QStringLiteral("0.01"));

    const int amountAlign = Qt::AlignRight | Qt::AlignVCenter;
    QCOMPARE(model.index(0, 3).data(Qt::TextAlignmentRole).toInt(), amountAlign);
    QVERIFY(!model.index(0, 2).data(Qt::TextAlignmentRole).isValid());

    // Bold for the total and 类 rows, regular for 款.
    QVERIFY(qvariant_cast<QFont>(model.index(0, 2).data(Qt::FontRole)).bold());
    QVERIFY(qvariant_cast<QFont>(model.index(1, 2).data(Qt::FontRole)).bold());
    QVERIFY(!model.index(2, 2).data(Qt::FontRole).isValid());

    QCOMPARE(model.flags(model.index(0, 3)), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
}

void TestDisclosureTableModel::roles()
{
    DisclosureTableModel model;
    const DisclosureTable pub = published6();
    model.setTables(&pub, derived6());
    using M = DisclosureTableModel;

    const QModelIndex total = model.index(0, 3);
    QCOMPARE(total.data(M::AmountFenRole).value<qint64>(), qint64(3999200) * 100);
    QCOMPARE(total.data(M::PublishedFenRole).value<qint64>(), qint64(3999200) * 100);
    QCOMPARE(total.data(M::DerivedFenRole).value<qint64>(), qint64(3999100) * 100);
    QCOMPARE(total.data(M::DifferenceFenRole).value<qint64>(), qint64(100) * 100);
    QCOMPARE(total.data(M::DiffersRole).toBool(), true);
    QCOMPARE(total.data(M::CodeRole).toString(), QStringLiteral("total"));
    QCOMPARE(total.data(M::LevelRole).toInt(), 0);
    QCOMPARE(total.data(M::IsAmountColumnRole).toBool(), true);
    QCOMPARE(total.data(M::SourceLineRole).toInt(), 266);

    const QModelIndex basicWage = model.index(2, 4);
    QCOMPARE(basicWage.data(M::AmountFenRole).value<qint64>(), qint64(822400) * 100);
    QCOMPARE(basicWage.data(M::DifferenceFenRole).value<qint64>(), qint64(0));
    QCOMPARE(basicWage.data(M::DiffersRole).toBool(), false);
    QCOMPARE(basicWage.data(M::CodeRole).toString(), QStringLiteral("30101"));
    QCOMPARE(basicWage.data(M::LevelRole).toInt(), 2);
    QCOMPARE(basicWage.data(M::SourceLineRole).toInt(), 268);

    // An empty published cell: no amount; the derivation's explicit 0.00 is no difference.
    const QModelIndex emptyPublic = model.index(1, 5);
    QVERIFY(!emptyPublic.data(M::AmountFenRole).isValid());
    QVERIFY(!emptyPublic.data(M::PublishedFenRole).isValid());
    QCOMPARE(emptyPublic.data(M::DerivedFenRole).value<qint64>(), qint64(0));
    QCOMPARE(emptyPublic.data(M::DifferenceFenRole).value<qint64>(), qint64(0));
    QCOMPARE(emptyPublic.data(M::DiffersRole).toBool(), false);

    // Both empty: no difference and no amount at all.
    const QModelIndex bothEmpty = model.index(2, 5);
    QVERIFY(!bothEmpty.data(M::DifferenceFenRole).isValid());
    QCOMPARE(bothEmpty.data(M::DiffersRole).toBool(), false);

    // Text columns carry no amounts.
    const QModelIndex name = model.index(2, 2);
    QCOMPARE(name.data(M::IsAmountColumnRole).toBool(), false);
    QVERIFY(!name.data(M::AmountFenRole).isValid());
    QVERIFY(!name.data(M::PublishedFenRole).isValid());
    QVERIFY(!name.data(M::DifferenceFenRole).isValid());
    QCOMPARE(name.data(M::CodeRole).toString(), QStringLiteral("30101"));

    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(M::AmountFenRole), QByteArray("amountFen"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

void TestDisclosureTableModel::headers()
{
    DisclosureTableModel model;
    const DisclosureTable pub = published6();
    model.setTables(&pub, derived6());

    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("经济分类科目名称"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("人员经费"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
    QCOMPARE(model.headerData(9, Qt::Vertical).toInt(), 10);

    const QVariant rows = model.headerData(0, Qt::Horizontal, DisclosureTableModel::HeaderRowsRole);
    QVERIFY(rows.canConvert<QList<QStringList>>());
    const QList<QStringList> headerRows = rows.value<QList<QStringList>>();
    QCOMPARE(headerRows.size(), 3);
    QCOMPARE(headerRows[0][2], QStringLiteral("一般公共预算基本支出"));
    QCOMPARE(headerRows[2][1], QStringLiteral("款"));

    // The printed header stays the published one when the derived table is shown.
    DisclosureTable der = derived6();
    der.headerRows.clear();
    model.setTables(&pub, der);
    model.setShowDerived(true);
    QCOMPARE(model.headerData(0, Qt::Horizontal, DisclosureTableModel::HeaderRowsRole)
                 .value<QList<QStringList>>()
                 .size(),
             3);
}

void TestDisclosureTableModel::differences()
{
    DisclosureTableModel model;
    const DisclosureTable pub = published6();
    model.setTables(&pub, derived6());

    QCOMPARE(model.differenceCount(), 1);
    const QList<QModelIndex> differing = differingCells(model);
    QCOMPARE(differing.size(), 1);
    QCOMPARE(differing[0], model.index(0, 3));

    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            const bool differs = i == model.index(0, 3);
            QCOMPARE(i.data(Qt::BackgroundRole).isValid(), differs);
            QCOMPARE(i.data(Qt::ToolTipRole).isValid(), differs);
        }
    }
    const QBrush brush = qvariant_cast<QBrush>(model.index(0, 3).data(Qt::BackgroundRole));
    QCOMPARE(brush.color(), QColor(0xFF, 0xE8, 0xB0));
    QCOMPARE(model.index(0, 3).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Published 399.92, derived 399.91, difference 0.01"));
}

void TestDisclosureTableModel::showDerived()
{
    DisclosureTableModel model;
    const DisclosureTable pub = published6();
    model.setTables(&pub, derived6());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setShowDerived(true);
    QCOMPARE(resets.size(), 1);
    model.setShowDerived(true); // no change, no reset
    QCOMPARE(resets.size(), 1);
    QVERIFY(model.isShowingDerived());

    using M = DisclosureTableModel;
    const QModelIndex total = model.index(0, 3);
    QCOMPARE(total.data().toString(), QStringLiteral("399.91"));
    QCOMPARE(total.data(M::AmountFenRole).value<qint64>(), qint64(3999100) * 100);
    QCOMPARE(total.data(M::PublishedFenRole).value<qint64>(), qint64(3999200) * 100);
    QCOMPARE(total.data(M::DifferenceFenRole).value<qint64>(), qint64(10000));
    QCOMPARE(total.data(M::SourceLineRole).toInt(), 0);
    QCOMPARE(total.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Published 399.92, derived 399.91, difference 0.01"));
    QCOMPARE(differingCells(model), QList<QModelIndex>{total});
    QCOMPARE(model.differenceCount(), 1);

    // The derivation's explicit zero is shown as such.
    QCOMPARE(model.index(1, 5).data().toString(), QStringLiteral("0.00"));
    QCOMPARE(model.index(1, 5).data(M::DiffersRole).toBool(), false);

    model.setShowDerived(false);
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("399.92"));
}

void TestDisclosureTableModel::draftOnly()
{
    DisclosureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables(nullptr, derived6());
    QVERIFY(!model.hasPublished());
    QVERIFY(model.isShowingDerived());
    QCOMPARE(model.differenceCount(), 0);
    QVERIFY(differingCells(model).isEmpty());

    using M = DisclosureTableModel;
    const QModelIndex total = model.index(0, 3);
    QCOMPARE(total.data().toString(), QStringLiteral("399.91"));
    QCOMPARE(total.data(M::AmountFenRole).value<qint64>(), qint64(399910000));
    QCOMPARE(total.data(M::DerivedFenRole).value<qint64>(), qint64(399910000));
    QVERIFY(!total.data(M::PublishedFenRole).isValid());
    QVERIFY(!total.data(M::DifferenceFenRole).isValid());
    QVERIFY(!total.data(Qt::BackgroundRole).isValid());
    QVERIFY(!total.data(Qt::ToolTipRole).isValid());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setShowDerived(true);
    model.setShowDerived(false);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("399.91"));
}

void TestDisclosureTableModel::unmatchedRows()
{
    // The derivation has a row the published table lacks (30199, 0.01) and lacks one the
    // published table has (30228 工会经费, 1.16).
    DisclosureTable pub = published6();
    DisclosureTable der = derived6();
    const int goneRow = 7;
    QCOMPARE(der.rows[goneRow].key, QStringLiteral("30228"));
    der.rows.removeAt(goneRow);
    der.rows.insert(6, row6({"302", "99", "其他商品和服务支出", "0.01", "", "0.01"}, 0));

    DisclosureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables(&pub, der);

    // total 399.92/399.91; 30228 total and public (1.16 vs none); 30299 total and public.
    QCOMPARE(model.differenceCount(), 5);
    QList<QModelIndex> expected = {cellOf(model, "total", "total"), cellOf(model, "30228", "total"),
                                   cellOf(model, "30228", "public")};
    QCOMPARE(differingCells(model), expected);
    QCOMPARE(cellOf(model, "30228", "public").data(Qt::ToolTipRole).toString(),
             QStringLiteral("Published 1.16, derived empty, difference 1.16"));
    // 30228's empty personnel cell against no row at all: both empty, the same.
    QCOMPARE(cellOf(model, "30228", "personnel").data(DisclosureTableModel::DiffersRole).toBool(), false);

    model.setShowDerived(true);
    QCOMPARE(model.differenceCount(), 5);
    expected = {cellOf(model, "total", "total"), cellOf(model, "30299", "total"),
                cellOf(model, "30299", "public")};
    QCOMPARE(differingCells(model), expected);
    QCOMPARE(cellOf(model, "30299", "public").data(Qt::ToolTipRole).toString(),
             QStringLiteral("Published empty, derived 0.01, difference -0.01"));
    QCOMPARE(cellOf(model, "30299", "public").data(DisclosureTableModel::DifferenceFenRole).value<qint64>(),
             qint64(-10000));
}

void TestDisclosureTableModel::twoSidedTables()
{
    const DisclosureTable pub = twoSided(false);
    DisclosureTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTables(&pub, twoSided(true));

    // The right half is matched by rightKey, whatever row it landed on: only 208 differs.
    QCOMPARE(model.differenceCount(), 1);
    const QModelIndex social = model.index(1, 3);
    QCOMPARE(social.data(DisclosureTableModel::CodeRole).toString(), QStringLiteral("208"));
    QCOMPARE(model.index(1, 1).data(DisclosureTableModel::CodeRole).toString(),
             QStringLiteral("income:unit_funds"));
    QCOMPARE(differingCells(model), QList<QModelIndex>{social});
    QCOMPARE(social.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Published 57.20, derived 57.21, difference -0.01"));
    // The filler row's empty left half matches nothing and differs from nothing.
    QCOMPARE(model.index(2, 1).data(DisclosureTableModel::DiffersRole).toBool(), false);

    model.setShowDerived(true);
    QCOMPARE(model.differenceCount(), 1);
    QCOMPARE(differingCells(model), QList<QModelIndex>{model.index(2, 3)});
    QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("57.21"));
}

void TestDisclosureTableModel::yuanWithThousands()
{
    DisclosureTable t;
    t.number = 1;
    t.unit = Unit::Yuan;
    t.thousands = true;
    t.columns = {{QStringLiteral("name"), QStringLiteral("项目"), false, 0},
                 {QStringLiteral("amount"), QStringLiteral("金额"), true, 0}};
    TableRow r;
    r.key = QStringLiteral("total");
    TableCell c;
    c.text = QStringLiteral("96,282,213.44");
    c.amount = Amount::fromFen(9628221344);
    r.cells = {textCell(QStringLiteral("合计")), c};
    t.rows = {r};
    DisclosureTable d = t;
    d.rows[0].cells[1].amount = Amount::fromFen(9628221345);

    DisclosureTableModel model;
    model.setTables(&t, d);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("96,282,213.44"));
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Published 96,282,213.44, derived 96,282,213.45, difference -0.01"));
}

void TestDisclosureTableModel::browserSwitchesTables()
{
    TableBrowser browser;
    browser.resize(900, 500);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QSignalSpy changed(&browser, &TableBrowser::currentTableChanged);

    browser.setTables({twoSided(false), published6()}, {twoSided(true), derived6()});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().at(0).toInt(), 1);
    QCOMPARE(browser.currentTable(), 1);

    auto *combo = browser.findChild<QComboBox *>(QStringLiteral("tableCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("1 部门收支总体情况表"));
    QCOMPARE(combo->itemText(1), QStringLiteral("6 一般公共预算基本支出情况表"));

    // The view is set up for reading wide tables.
    QTableView *view = browser.view();
    QCOMPARE(view->model(), browser.model());
    QVERIFY(view->alternatingRowColors());
    QVERIFY(!view->wordWrap());
    QVERIFY(view->verticalHeader()->isHidden());
    QVERIFY(!view->horizontalHeader()->isHidden());

    browser.showTable(6);
    QCOMPARE(browser.currentTable(), 6);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().at(0).toInt(), 6);
    QCOMPARE(combo->currentIndex(), 1);
    QCOMPARE(browser.model()->rowCount(), 10);
    QCOMPARE(browser.model()->index(0, 3).data().toString(), QStringLiteral("399.92"));
    QCOMPARE(view->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("合计"));

    // The name column is the wide one.
    for (int c = 0; c < browser.model()->columnCount(); ++c)
        if (c != 2)
            QVERIFY2(view->columnWidth(2) > view->columnWidth(c), qPrintable(QString::number(c)));

    auto *differences = browser.findChild<QLabel *>(QStringLiteral("differenceLabel"));
    QVERIFY(differences);
    QCOMPARE(differences->text(),
             TableBrowser::tr("%n cell(s) differ from the derivation", nullptr, 1));
    auto *unit = browser.findChild<QLabel *>(QStringLiteral("unitLabel"));
    QVERIFY(unit->text().contains(QStringLiteral("万元")));

    browser.showTable(6); // already there
    browser.showTable(42); // no such table
    QCOMPARE(changed.size(), 0);
    QCOMPARE(browser.currentTable(), 6);

    // The user picks table 1 with the keyboard.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(browser.currentTable(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().at(0).toInt(), 1);
    QCOMPARE(browser.model()->columnCount(), 4);

    // New tables (after a re-derivation) keep the current table.
    browser.setTables({twoSided(false), published6()}, {twoSided(true), derived6()});
    QCOMPARE(browser.currentTable(), 1);
    QCOMPARE(changed.size(), 0);

    // A published table without a derived counterpart still shows; all its amounts differ.
    browser.setTables({twoSided(false), published6()}, {derived6()});
    QCOMPARE(browser.currentTable(), 1);
    QCOMPARE(browser.model()->differenceCount(), 5);
}

void TestDisclosureTableModel::browserShowDerivedCheckBox()
{
    TableBrowser browser;
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setTables({published6()}, {derived6()});
    QCOMPARE(browser.currentTable(), 6);

    auto *check = browser.findChild<QCheckBox *>(QStringLiteral("showDerivedCheck"));
    QVERIFY(check);
    QVERIFY(check->isEnabled());
    QVERIFY(!check->isChecked());
    QCOMPARE(check->text(), TableBrowser::tr("Show &derived"));
    QCOMPARE(browser.model()->index(0, 3).data().toString(), QStringLiteral("399.92"));

    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(check->isChecked());
    QVERIFY(browser.model()->isShowingDerived());
    QCOMPARE(browser.model()->index(0, 3).data().toString(), QStringLiteral("399.91"));
    QVERIFY(browser.model()->index(0, 3).data(DisclosureTableModel::DiffersRole).toBool());

    // The choice survives new tables.
    browser.setTables({published6()}, {derived6()});
    QVERIFY(check->isChecked());
    QCOMPARE(browser.model()->index(0, 3).data().toString(), QStringLiteral("399.91"));

    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!check->isChecked());
    QCOMPARE(browser.model()->index(0, 3).data().toString(), QStringLiteral("399.92"));
}

void TestDisclosureTableModel::browserDraft()
{
    TableBrowser browser;
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setTables({}, {twoSided(true), derived6()});
    QVERIFY(browser.isDraft());
    QCOMPARE(browser.currentTable(), 1);

    auto *check = browser.findChild<QCheckBox *>(QStringLiteral("showDerivedCheck"));
    QVERIFY(!check->isEnabled());
    QVERIFY(check->isChecked()); // the derived tables are what is shown
    browser.showTable(6);
    QCOMPARE(browser.model()->index(0, 3).data().toString(), QStringLiteral("399.91"));
    QCOMPARE(browser.model()->differenceCount(), 0);
    auto *differences = browser.findChild<QLabel *>(QStringLiteral("differenceLabel"));
    QCOMPARE(differences->text(), TableBrowser::tr("Draft: every figure is derived from the schedules"));

    // Opening a published document again: the check box comes back as the user left it.
    browser.setTables({published6()}, {derived6()});
    QVERIFY(check->isEnabled());
    QVERIFY(!check->isChecked());
    QCOMPARE(browser.model()->index(0, 3).data().toString(), QStringLiteral("399.92"));

    // No tables at all.
    QSignalSpy changed(&browser, &TableBrowser::currentTableChanged);
    browser.setTables({}, {});
    QCOMPARE(browser.currentTable(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(browser.model()->rowCount(), 0);
    QCOMPARE(differences->text(), QString());
}

// What the import said: how sure it was of table 6, and table 1 printed but not readable
// (its printed lines shown below the derivation).
void TestDisclosureTableModel::browserShowsTheImportRecord()
{
    TableBrowser browser;
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    UnreadableTable u;
    u.number = 1;
    u.line = 40;
    u.reason = QStringLiteral("table 1: row \"五、其他\" is not one of the template's rows");
    u.lines = {QStringLiteral("部门收支总体情况表"), QStringLiteral("五、其他\t1.00")};
    TableReading r;
    r.table = 6;
    r.rows = 18;
    r.byCode = 17;
    r.exactLabel = 1;
    r.cellsByCell = 45;
    r.skipped = {{285, QStringLiteral("项目"), QStringLiteral("no row")}, {286, QStringLiteral("类 款"), QStringLiteral("no row")},
                 {290, QStringLiteral("- 3 -"), QStringLiteral("page number")}};
    browser.setImportRecord({u}, {r});
    browser.setTables({published6()}, {twoSided(true), derived6()});

    auto *combo = browser.findChild<QComboBox *>(QStringLiteral("tableCombo"));
    QVERIFY2(combo->itemText(0).endsWith(QStringLiteral(" (not readable)")), qPrintable(combo->itemText(0)));
    QVERIFY2(!combo->itemText(1).contains(QStringLiteral("not readable")), qPrintable(combo->itemText(1)));
    auto *printed = browser.findChild<QPlainTextEdit *>(QStringLiteral("printedLines"));
    auto *differences = browser.findChild<QLabel *>(QStringLiteral("differenceLabel"));
    auto *reading = browser.findChild<QLabel *>(QStringLiteral("readingLabel"));

    browser.showTable(1);
    QVERIFY(printed->isVisible());
    QCOMPARE(printed->toPlainText(), u.lines.join(QLatin1Char('\n')));
    QVERIFY2(differences->text().contains(u.reason) && differences->text().contains(QStringLiteral("40")), qPrintable(differences->text()));
    QVERIFY(!reading->isVisible());

    browser.showTable(6);
    QVERIFY(!printed->isVisible());
    QVERIFY(reading->isVisible());
    const QString text = reading->text();
    for (const QString &part : {QStringLiteral("18"), QStringLiteral("17"), QStringLiteral("45"), QStringLiteral("285–286, 290")})
        QVERIFY2(text.contains(part), qPrintable(text));
    QVERIFY2(reading->toolTip().contains(QStringLiteral("- 3 -")), qPrintable(reading->toolTip()));
    // Shown derived, the table is not what was read: nothing said of its reading.
    browser.findChild<QCheckBox *>(QStringLiteral("showDerivedCheck"))->setChecked(true);
    QVERIFY(!reading->isVisible());
}

QTEST_MAIN(TestDisclosureTableModel)
#include "tst_disclosuretablemodel.moc"
