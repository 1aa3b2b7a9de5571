// 汇总: documents of one family and year summed into one, on real unit budgets (普陀区商务委员会
// and 普陀区人民政府办公室, 2025, each its 单位预算): the sums against the figures the two PDFs
// print, every derived table against the members' derived tables cell by cell, the 构成, the
// refusals, and the members kept by the store.

#include "consolidation/Consolidation.h"
#include "itemmodels/BudgetRoles.h"
#include "itemmodels/CompositionModel.h"
#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"
#include "tables/TableDeriver.h"
#include "narrative/NarrativeGenerator.h"
#include "validation/Validator.h"
#include "templates/TemplateDescription.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

namespace {

BudgetDocument imported(const QString &path)
{
    const ImportResult r = DisclosureImporter().importFile(path);
    if (!r.ok())
        qFatal("%s: %s", qPrintable(path), qPrintable(r.error.toString()));
    return *r.document;
}

qint64 wanFen(double wan) { return qRound64(wan * 1000000); } // golden figures as printed in 万元
qint64 yuanFen(double yuan) { return qRound64(yuan * 100); }   // … and in 元

std::optional<Amount> cellOf(const DisclosureTable &t, const QString &row, const QString &column)
{
    const int c = t.columnIndex(column);
    for (const TableRow &r : t.rows)
        if (r.key == row && c >= 0 && c < r.cells.size())
            return r.cells[c].amount;
    return std::nullopt;
}

} // namespace

class TestConsolidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sumsAsPrinted();
    void projectsKeepTheirOwner();
    void everyDerivedCellIsTheMembersSum();
    void compositionAddsUp();
    void refusals();
    void storeKeepsMembers();
    void compositionModel();
    void departmentAgainstItsUnits();
    void standardNarrativeOfTheSum();

private:
    QList<BudgetDocument> m_units;
};

void TestConsolidation::initTestCase()
{
    m_units = {imported(QStringLiteral(BD_TEST_DATA_DIR "/putuo-commerce-unit-2025.txt")),
               imported(QStringLiteral(BD_TEST_DATA_DIR "/putuo-govoffice-unit-2025.txt"))};
    m_units[0].id = 11;
    m_units[1].id = 12;
}

void TestConsolidation::sumsAsPrinted()
{
    QString error;
    const auto sum = Consolidation::consolidate(QStringLiteral("普陀区两单位汇总"), m_units, &error);
    QVERIFY2(sum, qPrintable(error));
    QCOMPARE(sum->department, QStringLiteral("普陀区两单位汇总"));
    QCOMPARE(sum->year, 2025);
    QCOMPARE(sum->templateId, QStringLiteral("sh-district-9")); // the family's department template
    QCOMPARE(sum->status, DocumentStatus::Draft);
    QVERIFY(sum->published.isEmpty());
    // 三公 as the two table 9s print them: 867.50 (of which 因公出国 839.00, 接待 28.50) + 1.00
    // (接待); 机关运行经费 213.28 + 171.01.
    Amount sanGong;
    for (const SanGongLine &l : sum->schedules.sanGong)
        sanGong += l.total();
    QCOMPARE(sanGong.fen(), wanFen(868.50));
    QCOMPARE(sum->schedules.sanGongLine(QStringLiteral("abroad"))->total().fen(), wanFen(839.00));
    QCOMPARE(sum->schedules.sanGongLine(QStringLiteral("reception"))->total().fen(), wanFen(29.50));
    QCOMPARE(sum->schedules.figure(QStringLiteral("operating_cost"))->fen(), wanFen(384.29));
    // Expenditure: each member's total, and 201 一般公共服务支出 21,601,733.00 + 82,096,797.42 元
    // (table 3 of each).
    QCOMPARE(sum->schedules.functionalTotal(), m_units[0].schedules.functionalTotal() + m_units[1].schedules.functionalTotal());
    Amount gps;
    for (const FunctionalLine &l : sum->schedules.functional)
        if (l.code.startsWith(QLatin1String("201")))
            gps += l.amount;
    QCOMPARE(gps.fen(), yuanFen(21601733.00) + yuanFen(82096797.42));
}

// Projects stay listed, each with its owner (the Shanghai families list none: the Kizilsu budget
// and a twin of it, as a second department of the same family would print).
void TestConsolidation::projectsKeepTheirOwner()
{
    const BudgetDocument kizilsu = imported(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    BudgetDocument twin = kizilsu;
    twin.department = QStringLiteral("克孜勒苏柯尔克孜自治州人民政府办公室");
    twin.id = 2;
    QString error;
    const auto sum = Consolidation::consolidate(QStringLiteral("克州汇总"), {kizilsu, twin}, &error);
    QVERIFY2(sum, qPrintable(error));
    QVERIFY(!kizilsu.schedules.projects.isEmpty());
    QCOMPARE(sum->schedules.projects.size(), 2 * kizilsu.schedules.projects.size());
    for (qsizetype i = 0; i < sum->schedules.projects.size(); ++i) {
        const ProjectLine &p = sum->schedules.projects[i];
        const bool mine = i < kizilsu.schedules.projects.size();
        QCOMPARE(p.owner, mine ? kizilsu.department : twin.department);
        QCOMPARE(p.name, kizilsu.schedules.projects[i % kizilsu.schedules.projects.size()].name);
    }
    // 机关运行经费 twice; the project targets go with their projects, 整体 targets do not.
    const Amount operating = *kizilsu.schedules.figure(QStringLiteral("operating_cost"));
    QCOMPARE(sum->schedules.figure(QStringLiteral("operating_cost"))->fen(), 2 * operating.fen());
    for (const PerformanceTarget &t : sum->schedules.targets) {
        QVERIFY(t.kind != QLatin1String("overall"));
        QCOMPARE(t.sourceLine, 0); // a member's line is none of the sum's
    }
    // The check of the sum names no line: the sum has no text of its own, and a member's line
    // numbers would point into another document.
    QVERIFY(!sum->schedules.targets.isEmpty());
    const ImportReport report = Validator::check(*sum, *TemplateRegistry::instance().find(sum->templateId));
    QVERIFY(!report.findings.isEmpty());
    for (const Finding &f : report.findings) {
        QVERIFY2(!f.message.contains(QLatin1String("(line 0)")), qPrintable(f.message));
        QVERIFY2(!f.message.contains(QLatin1String("(line ")) || f.rule.startsWith(QLatin1Char('A')), qPrintable(f.message));
        // Table 7 lists each member's projects under its name, and its sums hold.
        QVERIFY2(!(f.table == 7 && f.severity != Severity::Notice), qPrintable(f.message));
    }
    const DisclosureTable projects = TableDeriver(*TemplateRegistry::instance().find(sum->templateId), *sum).derive(7);
    QStringList units;
    for (const TableRow &r : projects.rows)
        if (r.key == QLatin1String("unit"))
            units.append(r.cells[projects.columnIndex(QStringLiteral("name"))].text + QLatin1Char(' ')
                         + projects.formatAmount(r.cells[projects.columnIndex(QStringLiteral("total"))].amount));
    QCOMPARE(units, (QStringList{kizilsu.department + QStringLiteral(" 50.01"), twin.department + QStringLiteral(" 50.01")}));
}

// The derived tables of the sum are the sums of the members' derived tables, cell by cell,
// where a table is one of additive amounts by code (支出功能分类, 一般公共预算支出, 三公).
void TestConsolidation::everyDerivedCellIsTheMembersSum()
{
    QString error;
    const auto sum = Consolidation::consolidate(QStringLiteral("汇总"), m_units, &error);
    QVERIFY2(sum, qPrintable(error));
    const auto tpl = TemplateRegistry::instance().find(sum->templateId);
    QVERIFY(tpl);
    int compared = 0;
    for (const int number : {3, 5, 9}) {
        const DisclosureTable whole = TableDeriver(*tpl, *sum).derive(number);
        QList<DisclosureTable> parts;
        for (const BudgetDocument &m : m_units)
            parts.append(TableDeriver(*TemplateRegistry::instance().find(m.templateId), m).derive(number));
        for (const TableRow &row : whole.rows)
            for (int c = 0; c < whole.columns.size(); ++c) {
                if (!whole.columns[c].isAmount || row.key.isEmpty() || c >= row.cells.size())
                    continue;
                Amount expected;
                bool anywhere = false;
                for (const DisclosureTable &p : parts)
                    if (const auto a = cellOf(p, row.key, whole.columns[c].key)) {
                        expected += *a;
                        anywhere = true;
                    }
                if (!anywhere)
                    continue;
                QVERIFY2(row.cells[c].amount && *row.cells[c].amount == expected,
                         qPrintable(QStringLiteral("table %1 row %2 column %3: %4, members add up to %5")
                                        .arg(number).arg(row.key, whole.columns[c].key)
                                        .arg(row.cells[c].amount ? row.cells[c].amount->fen() : -1).arg(expected.fen())));
                ++compared;
            }
    }
    QVERIFY2(compared > 60, qPrintable(QString::number(compared)));
}

void TestConsolidation::compositionAddsUp()
{
    const QList<Consolidation::ShareRow> rows = Consolidation::composition(m_units);
    QVERIFY(!rows.isEmpty());
    QStringList codes;
    for (const Consolidation::ShareRow &r : rows) {
        codes.append(r.code);
        QCOMPARE(r.byMember.size(), 2);
        QCOMPARE(r.byMember[0] + r.byMember[1], r.total);
        QVERIFY2(!r.name.isEmpty(), qPrintable(r.code));
    }
    QVERIFY(std::is_sorted(codes.begin(), codes.end())); // 类 before its 款 before its 项
    const auto row = [&rows](const QString &code) {
        for (const Consolidation::ShareRow &r : rows)
            if (r.code == code)
                return r;
        return Consolidation::ShareRow{};
    };
    // 201: 21,601,733.00 元 of 商务委员会 (20113 商贸事务), 82,096,797.42 元 of 政府办公室 (20103
    // 政府办公厅（室）及相关机构事务, of which 2010301 行政运行 12,029,501.84).
    QCOMPARE(row(QStringLiteral("201")).byMember[0].fen(), yuanFen(21601733.00));
    QCOMPARE(row(QStringLiteral("201")).byMember[1].fen(), yuanFen(82096797.42));
    QCOMPARE(row(QStringLiteral("201")).name, QStringLiteral("一般公共服务支出"));
    QCOMPARE(row(QStringLiteral("20113")).total.fen(), yuanFen(21601733.00));
    QCOMPARE(row(QStringLiteral("2010301")).byMember[0].fen(), Q_INT64_C(0));
    QCOMPARE(row(QStringLiteral("2010301")).byMember[1].fen(), yuanFen(12029501.84));
    QCOMPARE(row(QStringLiteral("2010301")).name, QStringLiteral("行政运行"));
}

void TestConsolidation::refusals()
{
    QString error;
    QVERIFY(!Consolidation::consolidate(QStringLiteral("汇总"), {m_units[0]}, &error));
    QVERIFY2(error.contains(QStringLiteral("at least two")), qPrintable(error));
    QVERIFY(!Consolidation::consolidate(QStringLiteral(" "), m_units, &error));
    QVERIFY2(error.contains(QStringLiteral("title")), qPrintable(error));
    QVERIFY(!Consolidation::consolidate(QStringLiteral("汇总"), {m_units[0], m_units[0]}, &error));
    QVERIFY2(error.contains(QStringLiteral("chosen twice")), qPrintable(error));
    BudgetDocument otherYear = m_units[1];
    otherYear.id = 13;
    otherYear.year = 2024;
    QVERIFY(!Consolidation::consolidate(QStringLiteral("汇总"), {m_units[0], otherYear}, &error));
    QVERIFY2(error.contains(QStringLiteral("another year")), qPrintable(error));
    const BudgetDocument kizilsu = imported(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    BudgetDocument sameYear = m_units[0];
    sameYear.year = 2026;
    QVERIFY(!Consolidation::consolidate(QStringLiteral("汇总"), {sameYear, kizilsu}, &error));
    QVERIFY2(error.contains(QStringLiteral("another template family")), qPrintable(error));
    const BudgetDocument finalAccount = imported(QStringLiteral(BD_TEST_DATA_DIR "/putuo-planning-final-2024.txt"));
    BudgetDocument budget2024 = m_units[0];
    budget2024.year = 2024;
    QVERIFY(!Consolidation::consolidate(QStringLiteral("汇总"), {budget2024, finalAccount}, &error));
    // A final account is printed by a family of its own: it never adds up with a budget.
    QVERIFY2(error.contains(QStringLiteral("another template family")) && error.contains(QStringLiteral("sh-district-final-9")),
             qPrintable(error));
}

void TestConsolidation::storeKeepsMembers()
{
    QTemporaryDir dir;
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));
    QList<BudgetDocument> members = m_units;
    for (BudgetDocument &m : members) {
        m.id = 0;
        QVERIFY2(store.save(m, &error), qPrintable(error));
    }
    auto sum = Consolidation::consolidate(QStringLiteral("汇总"), members, &error);
    QVERIFY2(sum, qPrintable(error));
    sum->members = {members[0].id, members[1].id};
    QVERIFY2(store.save(*sum, &error), qPrintable(error));
    const auto loaded = store.load(sum->id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->members, (QList<qint64>{members[0].id, members[1].id}));
    QCOMPARE(loaded->schedules, sum->schedules);
    QVERIFY(store.load(members[0].id, &error)->members.isEmpty());
    // Through JSON (recovery records, exports) too.
    QCOMPARE(BudgetDocument::fromJson(loaded->toJson(), &error)->members, loaded->members);
}

void TestConsolidation::compositionModel()
{
    CompositionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComposition({m_units[0].department, m_units[1].department}, Consolidation::composition(m_units));
    QCOMPARE(model.columnCount(), 3 + 2 * 2);
    QCOMPARE(model.headerData(3, Qt::Horizontal, ColumnKeyRole).toString(), QStringLiteral("member:0"));
    QCOMPARE(model.headerData(4, Qt::Horizontal, ColumnKeyRole).toString(), QStringLiteral("share:0"));
    QVERIFY(model.headerData(3, Qt::Horizontal).toString().contains(m_units[0].department));
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(CodeRole).toString() == QLatin1String("201"))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, CompositionModel::NameColumn).data().toString(), QStringLiteral("一般公共服务支出"));
    QCOMPARE(model.index(row, CompositionModel::TotalColumn).data(Qt::EditRole).toLongLong(),
             yuanFen(21601733.00) + yuanFen(82096797.42));
    QCOMPARE(model.index(row, 3).data().toString(), QStringLiteral("2160.17"));
    QCOMPARE(model.index(row, 4).data().toString(), QStringLiteral("20.83%")); // 21,601,733.00 of 103,698,530.42
    QCOMPARE(model.index(row, 6).data().toString(), QStringLiteral("79.17%"));
    QCOMPARE(model.index(row, 4).data(Qt::EditRole).toLongLong() + model.index(row, 6).data(Qt::EditRole).toLongLong(), Q_INT64_C(10000));
    QCOMPARE(model.index(row, 2).data(LevelRole).toInt(), 1);
    model.setComposition({}, {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 3);
}

// Where the department's own budget and its units' are stored, the check compares them: the
// 商务委员会's department budget is its one unit's (plus a unit with nothing yet), not the sum of
// that unit and 政府办公室's.
void TestConsolidation::departmentAgainstItsUnits()
{
    QTemporaryDir dir;
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("d.sqlite")), &error), qPrintable(error));
    BudgetDocument department = imported(QStringLiteral(BD_SAMPLES_DIR "/putuo-commerce-2025.txt"));
    QVERIFY2(store.save(department, &error), qPrintable(error));
    QList<BudgetDocument> units = m_units;
    BudgetDocument empty = m_units[0]; // a second unit that spends nothing yet
    empty.department = QStringLiteral("上海市普陀区商务委员会所属事业单位");
    for (FunctionalLine &l : empty.schedules.functional)
        l.amount = {};
    for (SanGongLine &l : empty.schedules.sanGong)
        l.generalBudget = l.govFund = l.stateCapital = {};
    for (Figure &f : empty.schedules.figures)
        if (f.amount)
            f.amount = Amount();
    units.append(empty);
    for (BudgetDocument &u : units) {
        u.id = 0;
        QVERIFY2(store.save(u, &error), qPrintable(error));
    }
    const auto consolidated = [&](const QList<BudgetDocument> &members) {
        auto sum = *Consolidation::consolidate(department.department, members, &error);
        for (const BudgetDocument &m : members)
            sum.members.append(m.id);
        if (!store.save(sum, &error))
            qFatal("%s", qPrintable(error));
        return sum;
    };

    // Its own unit and the empty one: they add up to the department's budget.
    const BudgetDocument own = consolidated({units[0], units[2]});
    QCOMPARE(store.ownDocumentOf(own.id, &error), department.id);
    QCOMPARE(Validator::checkAgainstDepartment(own, department), QList<Finding>());

    // With 政府办公室 counted in: the total, 201, 208, 210, 221, 三公 and 机关运行经费 differ.
    const BudgetDocument wrong = consolidated({units[0], units[1]});
    QCOMPARE(store.ownDocumentOf(wrong.id, &error), department.id); // not the other consolidation
    const QList<Finding> findings = Validator::checkAgainstDepartment(wrong, department);
    QStringList keys;
    for (const Finding &f : findings) {
        keys.append(f.rowKey);
        QCOMPARE(f.rule, QStringLiteral("C.units-sum"));
        QCOMPARE(f.severity, Severity::Warning);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("total"), QStringLiteral("201"), QStringLiteral("208"), QStringLiteral("210"),
                                QStringLiteral("221"), QStringLiteral("sangong"), QStringLiteral("operating_cost")}));
    QCOMPARE(findings[1].published->fen(), yuanFen(21601733.00));
    QCOMPARE(findings[1].derived->fen(), yuanFen(21601733.00) + yuanFen(82096797.42));
    QVERIFY2(findings[1].message.contains(QStringLiteral("-8209.68 万元")), qPrintable(findings[1].message));
    QCOMPARE(findings[5].derived->fen(), wanFen(868.50));
    // A document of no consolidation has no department to compare with through this.
    QCOMPARE(store.ownDocumentOf(department.id, &error), qint64(0));
}

// A budget's sum comes with the standard sentences of its 说明, written from the sums under its
// family's headings: the check finds them true to the figures, and asks a person for the rest
// (the reasons of a change, the overview). A final account's sum has none (they are a budget's).
void TestConsolidation::standardNarrativeOfTheSum()
{
    QString error;
    const BudgetDocument kizilsu = imported(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    BudgetDocument twin = kizilsu;
    twin.department = QStringLiteral("克孜勒苏柯尔克孜自治州人民政府办公室");
    twin.id = 2;
    for (const QList<BudgetDocument> &members : {m_units, QList<BudgetDocument>{kizilsu, twin}}) {
        const auto sum = Consolidation::consolidate(QStringLiteral("汇总"), members, &error);
        QVERIFY2(sum, qPrintable(error));
        const auto tpl = TemplateRegistry::instance().find(sum->templateId);
        QStringList required;
        for (const auto &r : tpl->requiredSections)
            required.append(r.first);
        QVERIFY(!sum->schedules.narrative.isEmpty());
        int named = 0;
        for (const NarrativeSection &n : sum->schedules.narrative) {
            QCOMPARE(n.part, QStringLiteral("explanation"));
            named += required.contains(n.heading);
        }
        QVERIFY2(named >= 4, qPrintable(QString::number(named))); // the family's own headings where it has them
        // 收支总预算: the members' totals added, in 万元.
        const Amount total = members[0].schedules.functionalTotal() + members[1].schedules.functionalTotal();
        QVERIFY2(sum->schedules.narrative.first().text.contains(QStringLiteral("收支总预算 %1 万元").arg(NarrativeGenerator::wan(total))),
                 qPrintable(sum->schedules.narrative.first().text.left(200)));
        for (const Finding &f : Validator::check(*sum, *tpl).findings) {
            // What is said of the figures is true (to the rounding of the members' printed
            // figures); only reasons and text a person writes are missing.
            if (f.rule.startsWith(QLatin1Char('D')))
                QVERIFY2(f.rule == QLatin1String("D.change-reason") || f.severity == Severity::Notice,
                         qPrintable(f.rule + QStringLiteral(": ") + f.message));
            QVERIFY2(!f.message.contains(QLatin1String("line 0")), qPrintable(f.message));
        }
    }
    const BudgetDocument finalAccount = imported(QStringLiteral(BD_TEST_DATA_DIR "/putuo-planning-final-2024.txt"));
    BudgetDocument otherFinal = finalAccount;
    otherFinal.department = QStringLiteral("上海市普陀区另一局");
    otherFinal.id = 2;
    const auto finalSum = Consolidation::consolidate(QStringLiteral("决算汇总"), {finalAccount, otherFinal}, &error);
    QVERIFY2(finalSum, qPrintable(error));
    QVERIFY(finalSum->schedules.narrative.isEmpty());
}

QTEST_GUILESS_MAIN(TestConsolidation)
#include "tst_consolidation.moc"
