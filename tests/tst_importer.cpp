// Tests of the importer against the two published sample disclosures: every published table
// against its golden file, published vs derived cells against the import report, the schedules
// against figures read off the sample text by hand, the store round trip, other encodings, and
// damaged or foreign input (each refused with a message that names the place, never a crash).

#include "GoldenTable.h"
#include "fuzz/MemoryZip.h"
#include "import/DisclosureImporter.h"
#include "import/ImportReport.h"
#include "store/DocumentStore.h"
#include "tables/TableDeriver.h"
#include "templates/TemplateDescription.h"
#include "validation/Validator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using bd::testing::firstDifference;
using bd::testing::renderTsv;

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

// The sample as lines (1-based line N is lines[N - 1]), exactly as the file has them.
QStringList sampleLines(const QString &name)
{
    return QString::fromUtf8(readBytes(samplePath(name))).split(QLatin1Char('\n'));
}

QByteArray joinLines(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).toUtf8();
}

// 0.01 万元 steps → Amount: wan(23857) is 238.57 万元.
Amount wan(qint64 hundredths)
{
    return Amount::fromFen(hundredths * 10000);
}

// 0.01 元 steps → Amount: yuan(29381000000) is 293,810,000.00 元.
Amount yuan(qint64 fen)
{
    return Amount::fromFen(fen);
}

// A cell as "table|row key|column key" (the side is implied by the column key).
QString cellId(int table, const QString &row, const QString &column)
{
    return QStringLiteral("%1|%2|%3").arg(table).arg(row, column);
}

// The cells where a published table and its derivation differ, with compareTables' rules
// written out independently: rows matched by key (left side) and rightKey (right side), first
// with first when keys repeat; cells by column key; an empty cell counts as 0.
QMap<QString, int> differingCells(const DisclosureTable &pub, const DisclosureTable &der,
                                  QMap<QString, QPair<Amount, Amount>> *values = nullptr)
{
    QMap<QString, int> out;
    for (int side = 0; side < 2; ++side) {
        auto keyOf = [side](const TableRow &r) { return side == 0 ? r.key : r.rightKey; };
        QList<bool> used(der.rows.size(), false);
        auto compare = [&](const QString &key, const TableRow *p, const TableRow *d) {
            for (int c = 0; c < pub.columns.size(); ++c) {
                const TableColumn &col = pub.columns[c];
                if (!col.isAmount || col.side != side)
                    continue;
                const int dc = der.columnIndex(col.key);
                const Amount pa = p ? p->cells.value(c).amount.value_or(Amount()) : Amount();
                const Amount da = d && dc >= 0 ? d->cells.value(dc).amount.value_or(Amount()) : Amount();
                if (pa != da) {
                    const QString id = cellId(pub.number, key, col.key);
                    out[id] += 1;
                    if (values)
                        values->insert(id, {pa, da});
                }
            }
        };
        for (const TableRow &p : pub.rows) {
            const QString key = keyOf(p);
            if (key.isEmpty())
                continue;
            const TableRow *match = nullptr;
            for (int i = 0; i < der.rows.size() && !match; ++i) {
                if (!used[i] && keyOf(der.rows[i]) == key) {
                    used[i] = true;
                    match = &der.rows[i];
                }
            }
            compare(key, &p, match);
        }
        for (int i = 0; i < der.rows.size(); ++i)
            if (!used[i] && !keyOf(der.rows[i]).isEmpty())
                compare(keyOf(der.rows[i]), nullptr, &der.rows[i]);
    }
    return out;
}

// Σ of the functional lines of one 项 that satisfy pred.
template<typename Pred>
Amount functionalSum(const Schedules &s, const QString &code, Pred pred)
{
    Amount sum;
    for (const FunctionalLine &l : s.functional)
        if (l.code == code && pred(l))
            sum += l.amount;
    return sum;
}

const PriorFigure *priorFigure(const Schedules &s, const QString &key)
{
    for (const PriorFigure &p : s.prior)
        if (p.key == key)
            return &p;
    return nullptr;
}

const Figure *figureOf(const Schedules &s, const QString &key)
{
    for (const Figure &f : s.figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

// The 1-based number of the first line that is exactly `text` (after trimming), from `from`.
int lineOf(const QStringList &lines, const QString &text, int from = 1)
{
    for (int i = from - 1; i < lines.size(); ++i)
        if (lines[i].trimmed() == text)
            return i + 1;
    qFatal("line \"%s\" not found", qPrintable(text));
    return 0;
}

// The 1-based number of the first line that contains `text`, from `from`.
int lineContaining(const QStringList &lines, const QString &text, int from = 1)
{
    for (int i = from - 1; i < lines.size(); ++i)
        if (lines[i].contains(text))
            return i + 1;
    qFatal("no line contains \"%s\"", qPrintable(text));
    return 0;
}

// Which top-level part of two documents' JSON differs, for a readable failure.
QString jsonDifference(const BudgetDocument &a, const BudgetDocument &b)
{
    const QJsonObject ja = a.toJson(), jb = b.toJson();
    QStringList keys = ja.keys() + jb.keys();
    keys.removeDuplicates();
    QStringList diff;
    for (const QString &k : keys) {
        if (ja.value(k) == jb.value(k))
            continue;
        if (ja.value(k).isObject() && jb.value(k).isObject()) {
            const QJsonObject oa = ja.value(k).toObject(), ob = jb.value(k).toObject();
            QStringList sub = oa.keys() + ob.keys();
            sub.removeDuplicates();
            for (const QString &s : sub)
                if (oa.value(s) != ob.value(s))
                    diff.append(k + QLatin1Char('.') + s);
        } else {
            diff.append(k);
        }
    }
    return diff.isEmpty() ? QStringLiteral("(JSON identical: a field outside toJson differs)") : diff.join(QStringLiteral(", "));
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    ImportResult m_kizilsu;
    ImportResult m_putuo;
    QStringList m_kizilsuLines;
    QStringList m_putuoLines;

    const ImportResult &result(const QString &sample) const { return sample == QLatin1String("kizilsu") ? m_kizilsu : m_putuo; }

private slots:
    void initTestCase();

    void publishedTablesEqualGolden_data();
    void publishedTablesEqualGolden();
    void publishedDerivedDifferencesAreReported_data();
    void publishedDerivedDifferencesAreReported();
    void kizilsuReportHasOnlyRoundingNotices();
    void putuoReportIsClean();

    void kizilsuSchedules();
    void kizilsuPriorFigures();
    void kizilsuPerformanceTargets();
    void kizilsuNarrative();
    void putuoSchedules();
    void narrativeFiguresPointAtTheirSentence();

    void storeRoundTrip_data();
    void storeRoundTrip();

    void gb18030WithCrlf();
    void utf8WithBom();
    void utf16WithoutBom_data();
    void utf16WithoutBom();
    void wordDocument();

    void badInput_data();
    void badInput();
    void damagedTablesAreFindings_data();
    void damagedTablesAreFindings();
    void titlePrintedAgainIsAFinding();
    void alignedAmountErrorNamesLine();
    void damagedInputNeverCrashes();
    void notADatabaseIsRefusedAndUntouched();
};

void TestImporter::initTestCase()
{
    QVERIFY2(TemplateRegistry::instance().loadErrors().isEmpty(), qPrintable(TemplateRegistry::instance().loadErrors()));
    m_kizilsuLines = sampleLines(kKizilsu);
    m_putuoLines = sampleLines(kPutuo);
    m_kizilsu = DisclosureImporter().importFile(samplePath(kKizilsu));
    QVERIFY2(m_kizilsu.ok(), qPrintable(m_kizilsu.error.toString()));
    m_putuo = DisclosureImporter().importFile(samplePath(kPutuo));
    QVERIFY2(m_putuo.ok(), qPrintable(m_putuo.error.toString()));

    QCOMPARE(m_kizilsu.document->templateId, QStringLiteral("xj-11"));
    QCOMPARE(m_kizilsu.document->department, QStringLiteral("克孜勒苏柯尔克孜自治州人民政府外事办公室"));
    QCOMPARE(m_kizilsu.document->year, 2026);
    QCOMPARE(m_kizilsu.document->publishDate, QStringLiteral("2026年2月5日"));
    QCOMPARE(m_kizilsu.document->sourceName, kKizilsu);
    QCOMPARE(m_kizilsu.document->status, DocumentStatus::Published);
    QCOMPARE(m_kizilsu.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(m_kizilsu.document->published.size(), 11);

    QCOMPARE(m_putuo.document->templateId, QStringLiteral("sh-district-9"));
    QCOMPARE(m_putuo.document->department, QStringLiteral("上海市普陀区商务委员会"));
    QCOMPARE(m_putuo.document->year, 2025);
    QCOMPARE(m_putuo.document->published.size(), 9);
}

// ---- Published tables, cell for cell ----

void TestImporter::publishedTablesEqualGolden_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("number");
    for (int n = 1; n <= 11; ++n)
        QTest::addRow("kizilsu table %d", n) << QStringLiteral("kizilsu") << n;
    for (int n = 1; n <= 9; ++n)
        QTest::addRow("putuo table %d", n) << QStringLiteral("putuo") << n;
}

void TestImporter::publishedTablesEqualGolden()
{
    QFETCH(QString, sample);
    QFETCH(int, number);
    const DisclosureTable *table = result(sample).document->publishedTable(number);
    QVERIFY(table);
    QCOMPARE(table->number, number);
    const QString path = QStringLiteral(BD_GOLDEN_DIR "/%1/table-%2.tsv").arg(sample).arg(number, 2, 10, QLatin1Char('0'));
    const QString golden = QString::fromUtf8(readBytes(path));
    const QString actual = renderTsv(*table);
    QVERIFY2(actual == golden, qPrintable(path + QStringLiteral(", ") + firstDifference(actual, golden)));
    // Every amount cell keeps the line it was read from.
    for (const TableRow &r : table->rows) {
        QVERIFY(r.sourceLine > table->sourceLine);
        for (int c = 0; c < table->columns.size(); ++c)
            if (table->columns[c].isAmount && r.cells.value(c).amount)
                QVERIFY(r.cells.value(c).sourceLine == 0 || r.cells.value(c).sourceLine == r.sourceLine);
    }
}

// ---- Published vs derived: every difference reported, every report a difference ----

void TestImporter::publishedDerivedDifferencesAreReported_data()
{
    publishedTablesEqualGolden_data();
}

void TestImporter::publishedDerivedDifferencesAreReported()
{
    QFETCH(QString, sample);
    QFETCH(int, number);
    const ImportResult &r = result(sample);
    const DisclosureTable *pub = r.document->publishedTable(number);
    QVERIFY(pub);
    const DisclosureTable der = TableDeriver(*r.templ, *r.document).derive(number);
    QCOMPARE(der.number, number);
    QCOMPARE(der.columns.size(), pub->columns.size());

    QMap<QString, QPair<Amount, Amount>> values;
    const QMap<QString, int> differing = differingCells(*pub, der, &values);
    QMap<QString, int> reported;
    for (const Finding &f : r.report.findings) {
        if (f.table != number || !f.rule.startsWith(QLatin1String("difference")))
            continue;
        const QString id = cellId(number, f.rowKey, f.column);
        reported[id] += 1;
        // The finding states the two cells as they are.
        QVERIFY2(values.contains(id), qPrintable(QStringLiteral("reported but equal: ") + f.message));
        QCOMPARE(f.published.value_or(Amount()), values[id].first);
        QCOMPARE(f.derived.value_or(Amount()), values[id].second);
        QCOMPARE(f.unit, pub->unit);
        QVERIFY2(f.line > 0, qPrintable(f.message));
    }
    QCOMPARE(reported, differing);
}

void TestImporter::kizilsuReportHasOnlyRoundingNotices()
{
    const ImportReport &report = m_kizilsu.report;
    QCOMPARE(report.count(Severity::Error), 0);
    QCOMPARE(report.count(Severity::Warning), 0);

    // Read off the sample: the published totals are rounded from yuan, the rows add up to
    // 0.01 万元 more (0.02 for table 6, which adds 18 款 rows).
    const QStringList expected{
        // Table 1: income side (GPB 449.93 + 单位资金 75.00 from the functional lines) and both totals.
        cellId(1, "in:current", "in_amount"), cellId(1, "in:gpb", "in_amount"),
        cellId(1, "in:general_budget", "in_amount"), cellId(1, "in:total", "in_amount"),
        cellId(1, "out:total", "out_amount"),
        // Table 2: the 总计 row.
        cellId(2, "total", "total"), cellId(2, "total", "fiscal"), cellId(2, "total", "general_budget"),
        // Table 3: 总计 合计 and 基本支出.
        cellId(3, "total", "total"), cellId(3, "total", "basic"),
        // Table 4: income lines and totals.
        cellId(4, "in:fiscal", "in_amount"), cellId(4, "in:gpb", "in_amount"), cellId(4, "in:total", "in_amount"),
        cellId(4, "out:total", "out_total"), cellId(4, "out:total", "out_gpb"),
        // Table 5: 总计 合计 and 基本支出.
        cellId(5, "total", "total"), cellId(5, "total", "basic"),
        // Table 6: 总计 and the 类 rows 301, 302, 303.
        cellId(6, "total", "total"), cellId(6, "total", "personnel"), cellId(6, "total", "public"),
        cellId(6, "301", "total"), cellId(6, "301", "personnel"), cellId(6, "302", "total"),
        cellId(6, "302", "public"), cellId(6, "303", "total"), cellId(6, "303", "personnel"),
        // Table 7: project 1210170R prints 30.00 for 29.83 + 0.18, and the sums above it.
        cellId(7, "total", "total"), cellId(7, "unit", "total"), cellId(7, "201", "total"),
        cellId(7, "20103", "total"), cellId(7, QStringLiteral("project:特定目标 1210170R"), "total"),
    };
    QStringList notices;
    for (const Finding &f : report.findings) {
        QCOMPARE(f.severity, Severity::Notice);
        QCOMPARE(f.rule, QStringLiteral("difference.rounding"));
        QVERIFY2(f.published && f.derived, qPrintable(f.message));
        const qint64 diff = f.difference().fen();
        QVERIFY2(diff != 0 && std::abs(diff) <= 2 * Amount::displayStep(Unit::WanYuan), qPrintable(f.message));
        notices.append(cellId(f.table, f.rowKey, f.column));
    }
    QStringList sortedNotices = notices, sortedExpected = expected;
    sortedNotices.sort();
    sortedExpected.sort();
    QCOMPARE(sortedNotices, sortedExpected);

    auto finding = [&](int table, const QString &row, const QString &column) -> const Finding * {
        for (const Finding &f : report.findings)
            if (f.table == table && f.rowKey == row && f.column == column)
                return &f;
        return nullptr;
    };
    // Table 6 total 合计: published 399.92 (the README's 385.47 + 14.44 = 399.91 shows the
    // rounding); its 18 款 rows add up to 399.94.
    const Finding *t6 = finding(6, QStringLiteral("total"), QStringLiteral("total"));
    QVERIFY(t6);
    QCOMPARE(*t6->published, wan(39992));
    QCOMPARE(*t6->derived, wan(39994));
    QCOMPARE(t6->line, 266);
    QVERIFY(t6->message.contains(QStringLiteral("399.92")));
    // Table 1 总计 on both sides: published 524.92, derived 524.93.
    for (const auto &[row, col] : {std::pair{"in:total", "in_amount"}, std::pair{"out:total", "out_amount"}}) {
        const Finding *t1 = finding(1, QString::fromLatin1(row), QString::fromLatin1(col));
        QVERIFY(t1);
        QCOMPARE(*t1->published, wan(52492));
        QCOMPARE(*t1->derived, wan(52493));
        QCOMPARE(t1->line, 111);
    }
}

void TestImporter::putuoReportIsClean()
{
    QVERIFY2(m_putuo.report.findings.isEmpty(), qPrintable(m_putuo.report.toText()));
}

// ---- Schedules, against figures read off the sample text ----

void TestImporter::kizilsuSchedules()
{
    const Schedules &s = m_kizilsu.document->schedules;
    // 2010301 行政运行: 238.57 基本支出, all 一般公共预算 (tables 2, 3, 5).
    QCOMPARE(functionalSum(s, "2010301", [](const FunctionalLine &) { return true; }), wan(23857));
    QCOMPARE(functionalSum(s, "2010301", [](const FunctionalLine &l) {
                 return l.source == FundSource::GeneralBudget && l.phase == Phase::Basic;
             }),
             wan(23857));
    // 2010399: 125.00 项目支出 = 50.00 一般公共预算 (table 5) + 75.00 单位资金 (table 2).
    QCOMPARE(functionalSum(s, "2010399", [](const FunctionalLine &l) {
                 return l.source == FundSource::GeneralBudget && l.phase == Phase::Project;
             }),
             wan(5000));
    QCOMPARE(functionalSum(s, "2010399", [](const FunctionalLine &l) { return isUnitFunds(l.source) && l.phase == Phase::Project; }),
             wan(7500));
    QCOMPARE(functionalSum(s, "2010399", [](const FunctionalLine &l) { return isBasic(l.phase); }), Amount());
    QCOMPARE(s.functionalTotal(), wan(52493)); // the rows; the published 总计 says 524.92
    // 单位资金 is 其他收入 in table 1.
    QCOMPARE(s.unitFundsDetail.value(FundSource::OtherIncome), wan(7500));

    // Table 6: 经济分类 款 with 人员经费 / 公用经费.
    QCOMPARE(s.economic.size(), 18);
    Amount personnel, publicUse;
    for (const EconomicLine &l : s.economic) {
        personnel += l.personnel;
        publicUse += l.publicUse;
    }
    QCOMPARE(personnel, wan(38549));
    QCOMPARE(publicUse, wan(1445));

    // Table 7: the two projects.
    QCOMPARE(s.projects.size(), 2);
    QCOMPARE(s.projects[0].name, QStringLiteral("特定目标 1210070G"));
    QCOMPARE(s.projects[0].total(), wan(2000));
    QCOMPARE(s.projects[1].name, QStringLiteral("特定目标 1210170R"));
    QCOMPARE(s.projects[1].byEconomicClass.value(QStringLiteral("302")), wan(2983));
    QCOMPARE(s.projects[1].byEconomicClass.value(QStringLiteral("310")), wan(18));

    // Table 10: 三公 this year (4.90 + 9.50 + 0 + 7.00 = 21.40).
    const SanGongLine *abroad = s.sanGongLine(QStringLiteral("abroad"));
    const SanGongLine *reception = s.sanGongLine(QStringLiteral("reception"));
    const SanGongLine *purchase = s.sanGongLine(QStringLiteral("vehicle_purchase"));
    const SanGongLine *operation = s.sanGongLine(QStringLiteral("vehicle_operation"));
    QVERIFY(abroad && reception && purchase && operation);
    QCOMPARE(abroad->total(), wan(490));
    QCOMPARE(reception->total(), wan(950));
    QCOMPARE(purchase->total(), Amount());
    QCOMPARE(operation->total(), wan(700));

    // 十二（一）机关运行经费 and （二）政府采购.
    QCOMPARE(s.figure(QStringLiteral("operating_cost")), std::optional<Amount>(wan(1444)));
    QCOMPARE(s.figure(QStringLiteral("procurement.total")), std::optional<Amount>(wan(1831)));
    QCOMPARE(s.figure(QStringLiteral("procurement.goods")), std::optional<Amount>(wan(100)));
    QCOMPARE(s.figure(QStringLiteral("procurement.works")), std::optional<Amount>(Amount()));
    QCOMPARE(s.figure(QStringLiteral("procurement.services")), std::optional<Amount>(wan(1731)));

    // 编制数 16，实有人数 37 人，其中：在职 16 人 … 退休 21 人 … 离休 0 人.
    QCOMPARE(s.staffing.quota, std::optional<int>(16));
    QCOMPARE(s.staffing.actual, std::optional<int>(37));
    QCOMPARE(s.staffing.inService, std::optional<int>(16));
    QCOMPARE(s.staffing.retired, std::optional<int>(21));
    QCOMPARE(s.staffing.retiredCadre, std::optional<int>(0));
}

void TestImporter::kizilsuPriorFigures()
{
    const Schedules &s = m_kizilsu.document->schedules;
    // "一般公共预算 449.92 万元 … 比上年预算增加 2.15 万元" ⇒ 447.77.
    QCOMPARE(s.priorOf(QStringLiteral("income.general_budget")), std::optional<Amount>(wan(44777)));
    // "单位资金 75.00 万元 … 比上年预算减少 14.67 万元" ⇒ 89.67.
    QCOMPARE(s.priorOf(QStringLiteral("income.unit_funds")), std::optional<Amount>(wan(8967)));
    // "行政运行（项）：2026 年预算数为 238.57 万元，比上年预算减少 37.20 万元" ⇒ 275.77.
    QCOMPARE(s.priorOf(QStringLiteral("functional.2010301")), std::optional<Amount>(wan(27577)));
    // "机关运行经费财政拨款预算 14.44 万元，比上年预算增加 0.30 万元" ⇒ 14.14.
    QCOMPARE(s.priorOf(QStringLiteral("operating_cost")), std::optional<Amount>(wan(1414)));
    // "三公 … 比上年预算增加 1.40 万元" ⇒ 20.00 = 出国 0.50 (4.90 − 4.40) + 接待 14.50
    // (9.50 + 5.00) + 运行 5.00 (7.00 − 2.00) + 购置 0.00.
    QCOMPARE(s.priorOf(QStringLiteral("sangong.total")), std::optional<Amount>(wan(2000)));
    const QList<std::pair<QString, qint64>> sangong{{QStringLiteral("abroad"), 50},
                                                    {QStringLiteral("reception"), 1450},
                                                    {QStringLiteral("vehicle_operation"), 500},
                                                    {QStringLiteral("vehicle_purchase"), 0}};
    Amount priorSum;
    for (const auto &[key, hundredths] : sangong) {
        const SanGongLine *l = s.sanGongLine(key);
        QVERIFY2(l && l->prior, qPrintable(key));
        QCOMPARE(*l->prior, wan(hundredths));
        priorSum += *l->prior;
    }
    QCOMPARE(priorSum, wan(2000));
    // Every prior figure quotes the sentence it came from.
    for (const PriorFigure &p : s.prior) {
        QVERIFY2(!p.evidence.isEmpty(), qPrintable(p.key));
        QVERIFY2(p.sourceLine > 0, qPrintable(p.key));
    }
}

void TestImporter::kizilsuPerformanceTargets()
{
    const Schedules &s = m_kizilsu.document->schedules;
    const PerformanceTarget *overall = nullptr;
    const PerformanceTarget *project = nullptr;
    for (const PerformanceTarget &t : s.targets) {
        if (t.kind == QLatin1String("overall"))
            overall = &t;
        else if (t.kind == QLatin1String("project"))
            project = &t;
    }
    QVERIFY(overall);
    QVERIFY(project);
    QCOMPARE(s.targets.size(), 2);

    // 部门整体绩效目标表: 上级安排 0.00, 本级安排 524.92, 其他 75.00; six 履职效能 indicators.
    QCOMPARE(overall->name, QStringLiteral("克孜勒苏柯尔克孜自治州人民政府外事办公室"));
    QCOMPARE(overall->owner, QStringLiteral("刘婧"));
    QCOMPARE(overall->fiscal, std::optional<Amount>(wan(52492)));
    QCOMPARE(overall->other, std::optional<Amount>(wan(7500)));
    QCOMPARE(overall->fiscalSuperior.value_or(Amount()), Amount());
    QCOMPARE(overall->indicators.size(), 6);
    const QList<int> weights{15, 16, 20, 12, 15, 12};
    for (int i = 0; i < 6; ++i) {
        const Indicator &ind = overall->indicators[i];
        QCOMPARE(ind.level1, QStringLiteral("履职效能"));
        QCOMPARE(ind.level2, QStringLiteral("数量指标"));
        QCOMPARE(ind.weight, std::optional<int>(weights[i]));
        QCOMPARE(ind.sourceLine, 551 + i);
        QVERIFY(!ind.value.isEmpty());
    }
    QCOMPARE(overall->indicators[0].level3, QStringLiteral("开展对外会晤次数 (次)"));
    QCOMPARE(overall->indicators[0].value, QStringLiteral("≥6 次"));
    QVERIFY(overall->goal.startsWith(QStringLiteral("1.扩大对外开放")));
    QVERIFY(!overall->goal.contains(QStringLiteral("<p>")));

    // 项目支出绩效目标表: 13 indicators, 年度预算总额 75.00 = 财政拨款 0.00 + 其他资金 75.00.
    QCOMPARE(project->name, QStringLiteral("2026 年预算计划其他资金"));
    QCOMPARE(project->owner, QStringLiteral("杨中能"));
    QCOMPARE(project->total, std::optional<Amount>(wan(7500)));
    QCOMPARE(project->fiscal.value_or(Amount()), Amount());
    QCOMPARE(project->other, std::optional<Amount>(wan(7500)));
    QCOMPARE(project->indicators.size(), 13);
    int weightSum = 0;
    for (const Indicator &ind : project->indicators) {
        QVERIFY2(!ind.level1.isEmpty() && !ind.level2.isEmpty() && !ind.level3.isEmpty(), qPrintable(ind.level3));
        QVERIFY2(ind.weight, qPrintable(ind.level3));
        weightSum += ind.weight.value_or(0);
    }
    // As published the weights add up to 90, not 100 (5 × 8 + 10 + 5 + 5 + 20 + 10): the importer
    // keeps them as printed; flagging it is the validator's business (rule E).
    QCOMPARE(weightSum, 90);
    QCOMPARE(project->indicators.first().level1, QStringLiteral("产出指标"));
    QCOMPARE(project->indicators.first().level3, QStringLiteral("边界日常维护次数（次）"));
    QCOMPARE(project->indicators.first().priorValue, QStringLiteral("28 次"));
    QCOMPARE(project->indicators.last().level1, QStringLiteral("满意度指标"));
    QCOMPARE(project->indicators.last().sourceLine, 582);
}

void TestImporter::kizilsuNarrative()
{
    // The outline: the four parts' headings in the contents (lines 9, 14, 28, 56) and again over
    // the parts (58, 70, 370, 588), the contents' entries of parts one and three (11, 12, 30 …
    // 54) and their eleven entries that name a table ("- 一、 部门收支总体情况表", lines 16–26).
    QList<int> headings, entries;
    for (const OutlineLine &l : m_kizilsu.document->outline)
        (l.table ? entries : headings).append(l.table ? l.table * 1000 + l.line : l.line);
    QCOMPARE(headings, (QList<int>{9, 11, 12, 14, 28, 30, 32, 34, 36, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 70, 370, 588}));
    QCOMPARE(entries, (QList<int>{1016, 2017, 3018, 4019, 5020, 6021, 7022, 8023, 9024, 10025, 11026}));
    QCOMPARE(m_kizilsu.document->outline[3].text, QStringLiteral("第二部分 2026 年部门预算公开表"));

    const Schedules &s = m_kizilsu.document->schedules;
    QList<const NarrativeSection *> explanation;
    QStringList parts;
    for (const NarrativeSection &n : s.narrative) {
        parts.append(n.part);
        if (n.part == QLatin1String("explanation"))
            explanation.append(&n);
        QVERIFY2(n.sourceLine > 0, qPrintable(n.heading));
    }
    QVERIFY(parts.contains(QStringLiteral("overview")));
    QVERIFY(parts.contains(QStringLiteral("glossary")));
    // 第三部分: sections 一 … 十二, in order, each with its text, none from the contents page.
    QCOMPARE(explanation.size(), 12);
    for (int i = 0; i < 12; ++i) {
        const QString ordinal = TableDeriver::chineseOrdinal(i + 1) + QStringLiteral("、");
        QVERIFY2(explanation[i]->heading.startsWith(ordinal), qPrintable(explanation[i]->heading));
        QVERIFY2(!explanation[i]->text.isEmpty(), qPrintable(explanation[i]->heading));
        QVERIFY2(explanation[i]->sourceLine > 370, qPrintable(explanation[i]->heading)); // after 第三部分 (line 370)
    }
    QCOMPARE(explanation[0]->sourceLine, 372);
    QCOMPARE(explanation[11]->sourceLine, 507);
    QVERIFY(explanation[1]->text.contains(QStringLiteral("比上年预算增加 2.15 万元")));
    // The sentence the PDF broke across a blank line (lines 443–445) is mended.
    QVERIFY(explanation[4]->text.contains(QStringLiteral("比上年预算减少 0.51 万元")));
}

void TestImporter::putuoSchedules()
{
    const Schedules &s = m_putuo.document->schedules;
    // 职能 9 runs over a page (line 45, two blank lines, line 48 "应急机制，…"): one paragraph,
    // as is its second print at line 60.
    QStringList nine;
    for (const QString &p : s.narrative.first().text.split(QLatin1Char('\n')))
        if (p.startsWith(QStringLiteral("9、组织协调本区商品交易市场规划")))
            nine.append(p);
    QCOMPARE(nine.size(), 2);
    for (const QString &p : nine)
        QVERIFY2(p.contains(QStringLiteral("生活必需品市场供应应急机制，协调重要商品储备")) && p.endsWith(QStringLiteral("规范流通秩序。")), qPrintable(p));
    // 三公: 1.00 万元, all 公务接待费 (table 9 and the text "公务接待费1.00万元").
    Amount sangong;
    for (const SanGongLine &l : s.sanGong)
        sangong += l.total();
    QCOMPARE(sangong, wan(100));
    const SanGongLine *reception = s.sanGongLine(QStringLiteral("reception"));
    QVERIFY(reception);
    QCOMPARE(reception->total(), wan(100));
    QCOMPARE(reception->generalBudget, wan(100));
    for (const QString key : {QStringLiteral("abroad"), QStringLiteral("vehicle_purchase"), QStringLiteral("vehicle_operation")})
        QCOMPARE(s.sanGongLine(key) ? s.sanGongLine(key)->total() : Amount(), Amount());

    // 机关运行经费 171.01 万元, from the last column of table 9 (line 369).
    QCOMPARE(s.figure(QStringLiteral("operating_cost")), std::optional<Amount>(wan(17101)));
    const Figure *operating = figureOf(s, QStringLiteral("operating_cost"));
    QVERIFY(operating);
    QCOMPARE(operating->sourceLine, 369);

    // "财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元" ⇒ 12,593.29 万元.
    QCOMPARE(s.priorOf(QStringLiteral("income.fiscal")), std::optional<Amount>(wan(1259329)));

    // 2150899 其他支持中小企业发展和管理支出: 293,810,000.00 元, 一般公共预算, 项目支出.
    QCOMPARE(functionalSum(s, "2150899", [](const FunctionalLine &) { return true; }), yuan(29381000000));
    QCOMPARE(functionalSum(s, "2150899", [](const FunctionalLine &l) {
                 return l.source == FundSource::GeneralBudget && l.phase == Phase::Project;
             }),
             yuan(29381000000));
    QCOMPARE(s.functionalTotal(), yuan(37151465500));
    QCOMPARE(s.functional.size(), 16);

    // 政府采购 38.20 = 货物 7.80 + 工程 0 + 服务 30.40.
    QCOMPARE(s.figure(QStringLiteral("procurement.total")), std::optional<Amount>(wan(3820)));
    QCOMPARE(s.figure(QStringLiteral("procurement.goods")), std::optional<Amount>(wan(780)));
    QCOMPARE(s.figure(QStringLiteral("procurement.services")), std::optional<Amount>(wan(3040)));

    // Tables 1–8 in 元 with separators, table 9 in 万元.
    for (const DisclosureTable &t : m_putuo.document->published) {
        QCOMPARE(t.unit, t.number == 9 ? Unit::WanYuan : Unit::Yuan);
        QCOMPARE(t.thousands, true);
    }
}

// A figure read from the narrative should point at its sentence, so that a reviewer who
// follows the link lands on it, not on the heading of the section it sits in.
void TestImporter::narrativeFiguresPointAtTheirSentence()
{
    const Schedules &k = m_kizilsu.document->schedules;
    const QStringList &kl = m_kizilsuLines;
    const QList<std::pair<QString, QString>> priors{
        {QStringLiteral("income.general_budget"), QStringLiteral("一般公共预算 449.92 万元，占 85.71%")},
        {QStringLiteral("functional.2010301"), QStringLiteral("行政运行（项）：2026 年预算数为 238.57 万元")},
        {QStringLiteral("operating_cost"), QStringLiteral("机关运行经费财政拨款预算 14.44 万元")},
    };
    for (const auto &[key, sentence] : priors) {
        const PriorFigure *p = priorFigure(k, key);
        QVERIFY2(p, qPrintable(key));
        QVERIFY2(p->sourceLine == lineContaining(kl, sentence, 370),
                 qPrintable(QStringLiteral("%1: line %2, the sentence is on line %3").arg(key).arg(p->sourceLine).arg(lineContaining(kl, sentence, 370))));
    }
    const QList<std::pair<QString, QString>> figures{
        {QStringLiteral("operating_cost"), QStringLiteral("机关运行经费财政拨款预算 14.44 万元")},
        {QStringLiteral("procurement.total"), QStringLiteral("政府采购预算 18.31 万元")},
    };
    for (const auto &[key, sentence] : figures) {
        const Figure *f = figureOf(k, key);
        QVERIFY2(f, qPrintable(key));
        QVERIFY2(f->sourceLine == lineContaining(kl, sentence, 370),
                 qPrintable(QStringLiteral("%1: line %2, the sentence is on line %3").arg(key).arg(f->sourceLine).arg(lineContaining(kl, sentence, 370))));
    }
    const PriorFigure *fiscal = priorFigure(m_putuo.document->schedules, QStringLiteral("income.fiscal"));
    QVERIFY(fiscal);
    const int line = lineContaining(m_putuoLines, QStringLiteral("收入预算37,151.47万元"));
    QVERIFY2(fiscal->sourceLine == line, qPrintable(QStringLiteral("income.fiscal: line %1, the sentence is on line %2").arg(fiscal->sourceLine).arg(line)));
}

// ---- The store keeps everything ----

void TestImporter::storeRoundTrip_data()
{
    QTest::addColumn<QString>("sample");
    QTest::newRow("kizilsu") << QStringLiteral("kizilsu");
    QTest::newRow("putuo") << QStringLiteral("putuo");
}

void TestImporter::storeRoundTrip()
{
    QFETCH(QString, sample);
    const ImportResult &r = result(sample);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DocumentStore store(QStringLiteral("tst_importer_roundtrip"));
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("roundtrip.sqlite")), &error), qPrintable(error));

    BudgetDocument doc = *r.document;
    QCOMPARE(doc.readings.size(), doc.published.size()); // how each table was read is kept too
    const auto id = store.save(doc, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(doc.id, *id);
    const auto loaded = store.load(*id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(*loaded == doc, qPrintable(QStringLiteral("differs in: ") + jsonDifference(*loaded, doc)));

    // The derivation sees the same schedules: identical tables, published ones included.
    const auto tpl = TemplateRegistry::instance().find(loaded->templateId);
    QVERIFY(tpl);
    const QList<DisclosureTable> before = TableDeriver(*tpl, doc).deriveAll();
    const QList<DisclosureTable> after = TableDeriver(*tpl, *loaded).deriveAll();
    QCOMPARE(after.size(), tpl->tables.size());
    for (int i = 0; i < before.size(); ++i)
        QVERIFY2(after[i] == before[i], qPrintable(QStringLiteral("table %1: ").arg(before[i].number)
                                                   + firstDifference(renderTsv(after[i]), renderTsv(before[i]))));
    for (const DisclosureTable &t : loaded->published)
        QCOMPARE(renderTsv(t), renderTsv(*r.document->publishedTable(t.number)));
}

// ---- Other encodings ----

void TestImporter::gb18030WithCrlf()
{
    QString text = QString::fromUtf8(readBytes(samplePath(kKizilsu)));
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QStringEncoder encoder("GB18030");
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!encoder.hasError());
    QVERIFY(bytes != text.toUtf8()); // really another encoding

    const ImportResult r = DisclosureImporter().importBytes(bytes, QStringLiteral("kizilsu-gb18030-crlf.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.encoding, QStringLiteral("GB18030"));
    BudgetDocument doc = *r.document;
    QCOMPARE(doc.sourceName, QStringLiteral("kizilsu-gb18030-crlf.txt"));
    // Another file (other bytes), the same document.
    QCOMPARE(doc.sourceHash, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(doc.sourceHash != m_kizilsu.document->sourceHash);
    doc.sourceName = m_kizilsu.document->sourceName;
    doc.sourceHash = m_kizilsu.document->sourceHash;
    QVERIFY2(doc == *m_kizilsu.document, qPrintable(QStringLiteral("differs in: ") + jsonDifference(doc, *m_kizilsu.document)));
    QCOMPARE(QJsonDocument(r.report.toJson()).toJson(), QJsonDocument(m_kizilsu.report.toJson()).toJson());
}

void TestImporter::utf8WithBom()
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + readBytes(samplePath(kKizilsu));
    const ImportResult r = DisclosureImporter().importBytes(bytes, QStringLiteral("kizilsu-bom.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    BudgetDocument doc = *r.document;
    doc.sourceName = m_kizilsu.document->sourceName;
    doc.sourceHash = m_kizilsu.document->sourceHash;
    QVERIFY2(doc == *m_kizilsu.document, qPrintable(QStringLiteral("differs in: ") + jsonDifference(doc, *m_kizilsu.document)));
    // The BOM is not part of the first line's text.
    QCOMPARE(r.document->published.first().sourceLine, m_kizilsu.document->published.first().sourceLine);
}

// "Unicode" text as some Windows tools save it: UTF-16 of either byte order, no byte order mark.
void TestImporter::utf16WithoutBom_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::newRow("little-endian") << QStringLiteral("UTF-16LE");
    QTest::newRow("big-endian") << QStringLiteral("UTF-16BE");
}

void TestImporter::utf16WithoutBom()
{
    QFETCH(QString, encoding);
    const QString text = QString::fromUtf8(readBytes(samplePath(kKizilsu)));
    QStringEncoder encoder(encoding == QLatin1String("UTF-16LE") ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"));
    const ImportResult r = DisclosureImporter().importBytes(bytes, QStringLiteral("kizilsu-utf16.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QCOMPARE(r.encoding, encoding);
    BudgetDocument doc = *r.document;
    doc.sourceName = m_kizilsu.document->sourceName;
    doc.sourceHash = m_kizilsu.document->sourceHash;
    QVERIFY2(doc == *m_kizilsu.document, qPrintable(QStringLiteral("differs in: ") + jsonDifference(doc, *m_kizilsu.document)));
}

// A Word document (.docx) as a department might publish it: the sample's lines as paragraphs,
// its tab-separated rows as tables (runs of empty cells merged across grid columns, leading
// ones left out of the row), one
// paragraph holding two lines with a line break. Packed as the fuzzer packs its inputs.
namespace {

QString xmlText(const QString &text)
{
    return text.toHtmlEscaped();
}

QString wordRun(const QString &text)
{
    return QStringLiteral("<w:r><w:t xml:space=\"preserve\">%1</w:t></w:r>").arg(xmlText(text));
}

QByteArray wordDocumentOf(const QStringList &lines)
{
    QString body;
    bool inTable = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.contains(QLatin1Char('\t'))) {
            if (!inTable)
                body += QStringLiteral("<w:tbl><w:tblPr/>");
            inTable = true;
            const QStringList cells = line.split(QLatin1Char('\t'));
            // Leading empty cells are grid columns the row leaves out.
            int lead = 0;
            while (lead + 1 < cells.size() && cells[lead].isEmpty())
                ++lead;
            body += lead > 0 ? QStringLiteral("<w:tr><w:trPr><w:gridBefore w:val=\"%1\"/></w:trPr>").arg(lead) : QStringLiteral("<w:tr>");
            for (int c = lead; c < cells.size(); ++c) {
                int span = 1;
                while (cells[c].isEmpty() && c + span < cells.size() && cells[c + span].isEmpty())
                    ++span;
                body += QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr><w:p>%2</w:p></w:tc>")
                            .arg(span > 1 ? QStringLiteral("<w:gridSpan w:val=\"%1\"/>").arg(span) : QString(),
                                 cells[c].isEmpty() ? QString() : wordRun(cells[c]));
                c += span - 1;
            }
            body += QStringLiteral("</w:tr>");
            continue;
        }
        if (inTable)
            body += QStringLiteral("</w:tbl>");
        inTable = false;
        // Two lines of prose in a row: one paragraph, a line break between them.
        if (i + 1 < lines.size() && line.size() > 20 && lines[i + 1].size() > 20 && !lines[i + 1].contains(QLatin1Char('\t'))) {
            body += QStringLiteral("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>%1<w:r><w:br/></w:r>%2</w:p>")
                        .arg(wordRun(line), wordRun(lines[i + 1]));
            ++i;
            continue;
        }
        body += QStringLiteral("<w:p>%1</w:p>").arg(line.isEmpty() ? QString() : wordRun(line));
    }
    if (inTable)
        body += QStringLiteral("</w:tbl>");
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
            + body + QStringLiteral("<w:sectPr/></w:body></w:document>"))
        .toUtf8();
}

} // namespace

void TestImporter::wordDocument()
{
    const QStringList lines = QString::fromUtf8(readBytes(samplePath(kKizilsu))).split(QLatin1Char('\n'));
    const QByteArray docx = fuzz::storedZip({{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types "
                                                                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
                                             {"word/document.xml", wordDocumentOf(lines)}});
    QVERIFY(!docx.isEmpty());
    const ImportResult r = DisclosureImporter().importBytes(docx, QStringLiteral("kizilsu.docx"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    BudgetDocument doc = *r.document;
    QCOMPARE(doc.sourceName, QStringLiteral("kizilsu.docx"));
    doc.sourceName = m_kizilsu.document->sourceName;
    doc.sourceHash = m_kizilsu.document->sourceHash;
    // Line numbers count the document's lines, which a merged paragraph changes: compare the rest.
    const auto withoutLines = [](BudgetDocument d) {
        return QString::fromUtf8(QJsonDocument(d.toJson()).toJson())
            .remove(QRegularExpression(QStringLiteral("\"(sourceLine|line)\": *\\d+")));
    };
    QCOMPARE(withoutLines(doc), withoutLines(*m_kizilsu.document));
    QCOMPARE(doc.schedules.functional, m_kizilsu.document->schedules.functional);
    QCOMPARE(doc.published.size(), m_kizilsu.document->published.size());

    // Damaged, or a Word document that is not a disclosure: said as such.
    const ImportResult cut = DisclosureImporter().importBytes(docx.left(docx.size() / 2), QStringLiteral("cut.docx"));
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error.toString().contains(QStringLiteral("not a Word document")), qPrintable(cut.error.toString()));
    const ImportResult letter = DisclosureImporter().importBytes(
        fuzz::storedZip({{"word/document.xml", wordDocumentOf({QStringLiteral("关于召开会议的通知"), QStringLiteral("各科室：")})}}),
        QStringLiteral("letter.docx"));
    QVERIFY(!letter.ok());
    QVERIFY2(letter.error.toString().contains(QStringLiteral("not recognised")), qPrintable(letter.error.toString()));
}

// ---- Damaged and foreign input ----

void TestImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("allOf"); // every one must be in the error
    QTest::addColumn<QStringList>("anyOf"); // at least one must be (when not empty)
    QTest::addColumn<int>("line");          // the error's line; 0: not checked, -1: any line > 0

    const QStringList k = sampleLines(kKizilsu);
    const QStringList p = sampleLines(kPutuo);

    QTest::newRow("empty file") << QByteArray() << QStringList{"empty"} << QStringList() << 0;
    QTest::newRow("blank lines only") << QByteArray("\n  \n\t\n\r\n") << QStringList{"empty"} << QStringList() << 0;

    QRandomGenerator rng(20260205);
    QByteArray garbage(8192, Qt::Uninitialized);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    garbage[100] = '\0';
    garbage[4000] = '\0';
    QTest::newRow("binary garbage") << garbage << QStringList() << QStringList{"not text", "binary"} << 0;
    // A Word 97–2003 document or an Excel 97–2003 workbook (OLE2 compound file): said what it
    // is and what to do, not "binary data".
    QTest::newRow("old Office file") << (QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + garbage)
                                     << QStringList{"97", ".docx", ".xlsx"} << QStringList() << 0;

    // Cut just before table 1: no table at all is no disclosure. (Cut before a later table, the
    // rest imports and the check reports the missing ones: damagedTablesAreFindings.)
    QTest::addRow("kizilsu cut before table 1") << joinLines(k.mid(0, lineOf(k, QStringLiteral("表 1"), 70) - 1))
                                                << QStringList() << QStringList{"not recognised", "no table"} << 0;

    const int putuoFirst = lineOf(p, QStringLiteral("2025年部门财务收支预算总表"), 100);
    QTest::addRow("putuo cut before table 1") << joinLines(p.mid(0, putuoFirst - 1)) << QStringList()
                                              << QStringList{"not recognised", "no table"} << 0;

    QStringList prose;
    for (int i = 0; i < 40; ++i)
        prose << QStringLiteral("第%1条 本办法自发布之日起施行，由财政局负责解释。").arg(i + 1) << QString();
    QTest::newRow("not a disclosure") << joinLines(prose) << QStringList{"not recognised"} << QStringList() << 0;
    QTest::newRow("not a disclosure (ascii)") << QByteArray("hello,world\n1,2\n3,4\n") << QStringList{"not recognised"} << QStringList() << 0;
}

void TestImporter::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, allOf);
    QFETCH(QStringList, anyOf);
    QFETCH(int, line);
    const ImportResult r = DisclosureImporter().importBytes(bytes, QStringLiteral("damaged.txt"));
    QVERIFY2(!r.ok(), "the import should have failed");
    QVERIFY(!r.document);
    const QString message = r.error.toString();
    QVERIFY(!r.error.message.isEmpty());
    QVERIFY2(message.startsWith(QStringLiteral("damaged.txt")), qPrintable(message));
    for (const QString &s : allOf)
        QVERIFY2(message.contains(s), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(s, message)));
    if (!anyOf.isEmpty()) {
        bool found = false;
        for (const QString &s : anyOf)
            found = found || message.contains(s);
        QVERIFY2(found, qPrintable(QStringLiteral("none of \"%1\" in: %2").arg(anyOf.join(QStringLiteral("\", \"")), message)));
    }
    if (line > 0)
        QCOMPARE(r.error.line, line);
    else if (line < 0)
        QVERIFY2(r.error.line > 0 && message.contains(QStringLiteral("line %1").arg(r.error.line)), qPrintable(message));
}

// A table's title printed again (table 5's, copied above table 8 with the rows of table 5 under
// it): the tables import as published, the copy is read by no one and the check names its line.
void TestImporter::titlePrintedAgainIsAFinding()
{
    QStringList k = sampleLines(kKizilsu);
    const int before8 = lineOf(k, QStringLiteral("表 8"), 70);
    const int title5 = lineOf(k, QStringLiteral("一般公共预算支出情况表"), 70);
    const QStringList copy = k.mid(title5 - 1, lineOf(k, QStringLiteral("表 6"), 70) - title5);
    for (int i = copy.size() - 1; i >= 0; --i)
        k.insert(before8 - 1, copy[i]);
    const ImportResult r = DisclosureImporter().importBytes(joinLines(k), QStringLiteral("twice.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    for (int n = 1; n <= 11; ++n) {
        const QString golden = QString::fromUtf8(readBytes(QStringLiteral(BD_GOLDEN_DIR "/kizilsu/table-%1.tsv").arg(n, 2, 10, QLatin1Char('0'))));
        QVERIFY2(renderTsv(*r.document->publishedTable(n)) == golden, qPrintable(QStringLiteral("table %1").arg(n)));
    }
    // Nothing of the copy went into the narrative either.
    for (const NarrativeSection &s : r.document->schedules.narrative)
        QVERIFY2(!s.text.contains(QStringLiteral("一般公共预算支出情况表")), qPrintable(s.heading));
    QList<Finding> repeated;
    for (const Finding &f : Validator::check(*r.document, *r.templ).findings)
        if (f.rule == QLatin1String("A.title-repeated"))
            repeated.append(f);
    QCOMPARE(repeated.size(), 1);
    QCOMPARE(repeated.first().line, before8);
    QCOMPARE(repeated.first().table, 5);
    QCOMPARE(repeated.first().severity, Severity::Warning);
}

// A document is never refused for its tables: a missing table, or one that cannot be read, is
// the check's error naming it (A.table-missing, A.table-unreadable, with the line and the reason),
// the unreadable one is kept as printed, and the other tables import as always.
void TestImporter::damagedTablesAreFindings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QList<int>>("missing");
    QTest::addColumn<int>("unreadable"); // 0: none
    QTest::addColumn<QStringList>("reason"); // fragments of the unreadable table's reason

    const QStringList k = sampleLines(kKizilsu);
    const QStringList p = sampleLines(kPutuo);
    for (int n = 2; n <= 11; ++n) {
        QList<int> gone;
        for (int m = n; m <= 11; ++m)
            gone.append(m);
        QTest::addRow("kizilsu cut before table %d", n) << joinLines(k.mid(0, lineOf(k, QStringLiteral("表 %1").arg(n), 70) - 1))
                                                        << QStringLiteral("kizilsu") << gone << 0 << QStringList();
    }
    const QStringList putuoTitles{"部门财务收支预算总表", "部门收入预算总表", "部门支出预算总表", "部门财政拨款收支预算总表",
                                  "部门一般公共预算支出功能分类预算表", "部门政府性基金预算支出功能分类预算表",
                                  "部门国有资本经营预算支出功能分类预算表", "部门一般公共预算基本支出部门预算经济分类预算表",
                                  "部门“三公”经费和机关运行经费预算表"};
    for (int n = 2; n <= 9; ++n) {
        QList<int> gone;
        for (int m = n; m <= 9; ++m)
            gone.append(m);
        QTest::addRow("putuo cut before table %d", n)
            << joinLines(p.mid(0, lineOf(p, QStringLiteral("2025年") + putuoTitles[n - 1], 100) - 1)) << QStringLiteral("putuo") << gone
            << 0 << QStringList();
    }

    QStringList missing8 = k;
    missing8.removeAt(lineOf(k, QStringLiteral("政府性基金预算支出情况表"), 300) - 1);
    QTest::newRow("kizilsu without table 8's title") << joinLines(missing8) << QStringLiteral("kizilsu") << QList<int>{8} << 0
                                                     << QStringList();

    // Table 3 cut in the middle, before its 合计 row (line 234): the file ends there.
    const int putuoTotal3 = lineContaining(p, QStringLiteral("合计        371,514,655.00   19,830,655.00"), 197);
    QCOMPARE(putuoTotal3, 234);
    QTest::newRow("putuo cut inside table 3") << joinLines(p.mid(0, putuoTotal3 - 1)) << QStringLiteral("putuo")
                                              << QList<int>{4, 5, 6, 7, 8, 9} << 3 << QStringList{"truncated"};
    QStringList noTotal = p;
    noTotal.removeAt(putuoTotal3 - 1);
    QTest::newRow("putuo table 3 without its 合计 row") << joinLines(noTotal) << QStringLiteral("putuo") << QList<int>() << 3
                                                      << QStringList{"合计", "truncated"};

    // Text in an amount cell: table 3, row 201 03 01 行政运行, "238.5x" in 合计 (line 166).
    QStringList badAmount = k;
    const int row = lineContaining(k, QStringLiteral("201\t03\t01\t行政运行\t238.57"), lineOf(k, QStringLiteral("部门支出总体情况表"), 70));
    badAmount[row - 1].replace(badAmount[row - 1].indexOf(QStringLiteral("238.57")), 6, QStringLiteral("238.5x"));
    QTest::newRow("kizilsu text in an amount cell") << joinLines(badAmount) << QStringLiteral("kizilsu") << QList<int>() << 3
                                                    << QStringList{"line 166", "\"合计\"", "238.5x"};
}

void TestImporter::damagedTablesAreFindings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sample);
    QFETCH(QList<int>, missing);
    QFETCH(int, unreadable);
    QFETCH(QStringList, reason);
    const ImportResult r = DisclosureImporter().importBytes(bytes, QStringLiteral("damaged.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const BudgetDocument &doc = *r.document;
    const ImportResult &whole = result(sample);
    const int tables = int(whole.templ->tables.size());
    QCOMPARE(doc.published.size() + doc.unreadable.size() + missing.size(), tables);
    const ImportReport check = Validator::check(doc, *whole.templ);
    for (int n = 1; n <= tables; ++n) {
        const QString rule = missing.contains(n) ? QStringLiteral("A.table-missing")
                             : n == unreadable   ? QStringLiteral("A.table-unreadable")
                                                 : QString();
        const auto it = std::find_if(check.findings.begin(), check.findings.end(), [&](const Finding &f) {
            return f.table == n && (f.rule == QLatin1String("A.table-missing") || f.rule == QLatin1String("A.table-unreadable"));
        });
        if (rule.isEmpty()) {
            if (it != check.findings.end())
                QFAIL(qPrintable(QStringLiteral("table %1: %2").arg(n).arg(it->message)));
            // Every table that was read is read as in the whole sample.
            const DisclosureTable *t = doc.publishedTable(n);
            QVERIFY2(t, qPrintable(QStringLiteral("table %1 not read").arg(n)));
            if (n < unreadable || unreadable == 0)
                QVERIFY2(*t == *whole.document->publishedTable(n) || !missing.isEmpty(),
                         qPrintable(QStringLiteral("table %1 differs from the whole sample's").arg(n)));
            continue;
        }
        QVERIFY2(it != check.findings.end(), qPrintable(QStringLiteral("no %1 for table %2").arg(rule).arg(n)));
        QCOMPARE(it->rule, rule);
        QCOMPARE(it->severity, Severity::Error);
    }
    if (unreadable) {
        const UnreadableTable *u = doc.unreadableTable(unreadable);
        QVERIFY(u);
        QVERIFY(!u->lines.isEmpty());
        QVERIFY2(whole.templ->table(unreadable)->titlePattern.match(u->lines.first().trimmed()).hasMatch(), qPrintable(u->lines.first()));
        for (const QString &fragment : reason)
            QVERIFY2(u->reason.contains(fragment) || QStringLiteral("line %1").arg(u->line) == fragment,
                     qPrintable(QStringLiteral("\"%1\" not in: line %2: %3").arg(fragment).arg(u->line).arg(u->reason)));
        // Stored and loaded again, the table is still there as printed.
        QTemporaryDir dir;
        DocumentStore store(QStringLiteral("damaged"));
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("d.sqlite")), &error), qPrintable(error));
        BudgetDocument copy = doc;
        QVERIFY2(store.save(copy, &error), qPrintable(error));
        const auto back = store.load(copy.id, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->unreadable, doc.unreadable);
    }
}

// The same in the space-aligned layout: a letter O for a zero in the 合计 of table 3, row
// 206 05 03 科技条件专项 (line 212). The cell must be refused like a tab-separated one, not
// read as part of the name with the 项目支出 amount moved into 合计.
void TestImporter::alignedAmountErrorNamesLine()
{
    QStringList p = m_putuoLines;
    const int prow = lineContaining(p, QStringLiteral("科技条件专项                 17,200,000.00"), 197);
    QCOMPARE(prow, 212);
    p[prow - 1].replace(p[prow - 1].indexOf(QStringLiteral("17,200,000.00")), 13, QStringLiteral("17,2OO,000.00"));
    const ImportResult rp = DisclosureImporter().importBytes(joinLines(p), kPutuo);
    // The document imports; table 3 is kept as printed and named with the line and the figure.
    QVERIFY2(rp.ok(), qPrintable(rp.error.toString()));
    QVERIFY(!rp.document->publishedTable(3));
    const UnreadableTable *u = rp.document->unreadableTable(3);
    QVERIFY(u);
    QCOMPARE(u->line, prow);
    QVERIFY2(u->reason.contains(QStringLiteral("table 3 (")), qPrintable(u->reason));
    QVERIFY2(u->reason.contains(QStringLiteral("17,2OO,000.00")), qPrintable(u->reason));
    QVERIFY(u->lines.contains(p[prow - 1]));
}

// Lines lost, repeated or cut anywhere: an answer every time (a document or an error that names
// the place), never a crash or a hang.
void TestImporter::damagedInputNeverCrashes()
{
    QRandomGenerator rng(1133);
    int imported = 0, refused = 0;
    for (const QStringList &lines : {m_kizilsuLines, m_putuoLines}) {
        // Cut after every 9th line.
        for (int at = 1; at < lines.size(); at += 9) {
            const ImportResult r = DisclosureImporter().importLines(lines.mid(0, at), QStringLiteral("cut.txt"));
            r.ok() ? ++imported : ++refused;
            if (!r.ok())
                QVERIFY2(!r.error.message.isEmpty(), qPrintable(QString::number(at)));
        }
        // Random damage: lines dropped, doubled, swapped, characters replaced.
        for (int round = 0; round < 60; ++round) {
            QStringList l = lines;
            for (int k = 0; k < 4; ++k) {
                const int i = int(rng.bounded(qint64(l.size())));
                switch (rng.bounded(4)) {
                case 0: l.removeAt(i); break;
                case 1: l.insert(int(rng.bounded(qint64(l.size()))), l[i]); break;
                case 2: l.swapItemsAt(i, int(rng.bounded(qint64(l.size())))); break;
                default:
                    if (!l[i].isEmpty())
                        l[i][int(rng.bounded(qint64(l[i].size())))] = QStringLiteral("x\t9.,（-")[int(rng.bounded(7))];
                }
            }
            const ImportResult r = DisclosureImporter().importLines(l, QStringLiteral("damaged.txt"));
            if (r.ok()) {
                ++imported;
                QVERIFY(!r.document->published.isEmpty());
            } else {
                ++refused;
                QVERIFY(!r.error.message.isEmpty());
            }
        }
    }
    QVERIFY(imported > 0);
    QVERIFY(refused > 0);
}

void TestImporter::notADatabaseIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The sample text given as the database (an easy slip with --db), and random bytes.
    const QByteArray text = readBytes(samplePath(kKizilsu));
    QByteArray random(20000, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char &c : random)
        c = char(rng.bounded(256));
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("kizilsu-as-db.sqlite"), text},
                                      std::pair{QStringLiteral("random.db"), random}}) {
        const QString path = dir.filePath(name);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        DocumentStore store(QStringLiteral("tst_importer_notadb"));
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(name), qPrintable(error));
        QCOMPARE(readBytes(path), bytes);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
