// Document → PDF → import: the disclosure BudgetDocument prints reads back through the PDF
// importer (Poppler's text positions, the aligned-layout table reader) to the same tables cell by
// cell and the same schedules, for both templates; a draft's derived tables come back as printed.

#include "DisclosureDocument.h"
#include "SameDocument.h"
#include "editing/DocumentSession.h"
#include "editing/DraftFactory.h"
#include "import/DisclosureImporter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using namespace bd::testing;

class TestPdfRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishedDocument_data();
    void publishedDocument();
    void draftDocument();
    void tableRowsAreNeverBrokenOverPages_data();
    void tableRowsAreNeverBrokenOverPages();
    void pdftotextOfThePrintedDocument_data();
    void pdftotextOfThePrintedDocument();

private:
    // The document printed to a PDF and imported again.
    ImportResult printAndImport(const BudgetDocument &doc, const QString &name, QList<DisclosureTable> *printed = nullptr);

    QTemporaryDir m_dir;
};

void TestPdfRoundTrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

ImportResult TestPdfRoundTrip::printAndImport(const BudgetDocument &doc, const QString &name, QList<DisclosureTable> *printed)
{
    DocumentSession session;
    QString error;
    if (!session.setDocument(doc, &error))
        qFatal("setDocument: %s", qPrintable(error));
    const QString path = m_dir.filePath(name);
    if (!DisclosureDocument::exportPdf(session.document(), session.templ(), session.derivedTables(), path, &error))
        qFatal("exportPdf: %s", qPrintable(error));
    if (printed)
        *printed = session.derivedTables();
    return DisclosureImporter().importFile(path);
}

void TestPdfRoundTrip::publishedDocument_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("tables");
    QTest::newRow("kizilsu (11 tables, 万元)") << QStringLiteral("kizilsu-foreign-affairs-2026.txt") << 11;
    QTest::newRow("putuo (9 tables, 元)") << QStringLiteral("putuo-commerce-2025.txt") << 9;
}

void TestPdfRoundTrip::publishedDocument()
{
    QFETCH(QString, sample);
    QFETCH(int, tables);
    const ImportResult text = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/") + sample);
    QVERIFY2(text.ok(), qPrintable(text.error.toString()));

    const ImportResult pdf = printAndImport(*text.document, sample + QStringLiteral(".pdf"));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error.toString()));
    QCOMPARE(pdf.templ->id, text.templ->id);
    const BudgetDocument &a = *text.document;
    const BudgetDocument &b = *pdf.document;
    QCOMPARE(b.published.size(), tables);
    QCOMPARE(publishedDifference(a, b), QString());
    QCOMPARE(tableSchedulesDifference(a.schedules, b.schedules), QString());
    QCOMPARE(b.department, a.department);
    QCOMPARE(b.year, a.year);
    QCOMPARE(b.title, a.title);
    // The performance targets, field by field and indicator by indicator (only the line numbers
    // differ: they count the lines of another source).
    auto withoutLines = [](QList<PerformanceTarget> targets) {
        for (PerformanceTarget &t : targets) {
            t.sourceLine = 0;
            for (Indicator &i : t.indicators)
                i.sourceLine = 0;
        }
        return targets;
    };
    QCOMPARE(b.schedules.targets.size(), a.schedules.targets.size());
    for (int i = 0; i < a.schedules.targets.size(); ++i) {
        const PerformanceTarget x = withoutLines(a.schedules.targets).at(i);
        const PerformanceTarget y = withoutLines(b.schedules.targets).at(i);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.goal, x.goal);
        QCOMPARE(y.indicators.size(), x.indicators.size());
        for (int k = 0; k < x.indicators.size(); ++k)
            QVERIFY2(y.indicators[k] == x.indicators[k], qPrintable(x.indicators[k].level3));
        QVERIFY2(y == x, qPrintable(x.name));
    }
    // Last year's figures and the figures stated in words, recovered from the printed 说明.
    QCOMPARE(b.schedules.prior.size(), a.schedules.prior.size());
    for (int i = 0; i < a.schedules.prior.size(); ++i) {
        QCOMPARE(b.schedules.prior[i].key, a.schedules.prior[i].key);
        QVERIFY2(b.schedules.prior[i].amount == a.schedules.prior[i].amount, qPrintable(a.schedules.prior[i].key));
    }
    QCOMPARE(b.schedules.figures.size(), a.schedules.figures.size());
    for (int i = 0; i < a.schedules.figures.size(); ++i) {
        Figure x = a.schedules.figures[i];
        Figure y = b.schedules.figures[i];
        x.sourceLine = y.sourceLine = 0;
        QVERIFY2(x == y, qPrintable(x.key));
    }
    QCOMPARE(b.schedules.staffing, a.schedules.staffing);
    // The narrative: the same sections and paragraphs. The words too, but for spaces (a line
    // the PDF broke after a space loses it) and the source's ** emphasis marks, which print bold.
    auto words = [](QString text) {
        text.remove(QStringLiteral("**"));
        text.remove(QRegularExpression(QStringLiteral("[ \\t]")));
        return text;
    };
    QCOMPARE(b.schedules.narrative.size(), a.schedules.narrative.size());
    for (int i = 0; i < a.schedules.narrative.size(); ++i) {
        const NarrativeSection &x = a.schedules.narrative[i];
        const NarrativeSection &y = b.schedules.narrative[i];
        QCOMPARE(y.part, x.part);
        QCOMPARE(y.heading, x.heading);
        QVERIFY2(y.text.count(QLatin1Char('\n')) == x.text.count(QLatin1Char('\n')),
                 qPrintable(QStringLiteral("%1:\n%2\n---\n%3").arg(x.heading, x.text, y.text)));
        QCOMPARE(words(y.text), words(x.text));
    }

    // The same differences between the published and the derived tables: none new, none lost.
    QCOMPARE(pdf.report.count(Severity::Error), text.report.count(Severity::Error));
    QCOMPARE(pdf.report.count(Severity::Notice), text.report.count(Severity::Notice));
}

void TestPdfRoundTrip::draftDocument()
{
    // A draft has no published tables: the PDF prints the derived ones, which come back as the
    // imported document's published tables, figure for figure.
    const ImportResult text = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    QVERIFY(text.ok());
    BudgetDocument draft = DraftFactory::makeDraft(*text.document, text.document->year);
    // An edit, so that the printed figures are not the published ones: 2010350 事业运行 +10.00 万元.
    auto line = std::find_if(draft.schedules.functional.begin(), draft.schedules.functional.end(),
                             [](const FunctionalLine &l) { return l.code == QLatin1String("2010350"); });
    QVERIFY(line != draft.schedules.functional.end());
    line->amount += Amount::fromFen(10'0000'00); // 10 万元 in 分
    // Money the sample has none of, so that tables 8 (政府性基金) and 11 (上年结转结余) print
    // rows: their 总计 / 合计 and their 类, 款 and 项 read back as the aligned reader finds them.
    auto &functional = draft.schedules.functional;
    const auto before = std::find_if(functional.begin(), functional.end(),
                                     [](const FunctionalLine &l) { return l.code > QLatin1String("2120801"); });
    functional.insert(before, {QStringLiteral("2120801"), QStringLiteral("征地和拆迁补偿支出"), FundSource::GovFund, Phase::Project,
                               Amount::fromFen(5'0000'00)});
    draft.schedules.carryOver = {
        {QStringLiteral("2010301"), QStringLiteral("行政运行"), {}, {}, {}, Amount::fromFen(1'0000'00), {}, Amount::fromFen(3'0000'00)},
        {QStringLiteral("2010399"), QStringLiteral("其他政府办公厅（室）及相关机构事务支出"), {}, {}, Amount::fromFen(8'0000'00), {}, {}, {}},
    };

    // And its projects listed by unit (table 7: each unit's row, its 类, 款 and projects).
    QCOMPARE(draft.schedules.projects.size(), 2);
    draft.schedules.projects[0].owner = draft.department;
    draft.schedules.projects[1].owner = QStringLiteral("克孜勒苏柯尔克孜自治州外事服务中心");

    QList<DisclosureTable> printed;
    const ImportResult pdf = printAndImport(draft, QStringLiteral("draft.pdf"), &printed);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error.toString()));
    QCOMPARE(pdf.document->published.size(), printed.size());
    for (int i = 0; i < printed.size(); ++i)
        QCOMPARE(tableDifference(printed[i], pdf.document->published[i]), QString());
    QCOMPARE(tableSchedulesDifference(draft.schedules, pdf.document->schedules), QString());
    const DisclosureTable *t3 = pdf.document->publishedTable(3);
    QVERIFY(t3);
    QCOMPARE(t3->findRow(QStringLiteral("2010350"))->cells[t3->columnIndex(QStringLiteral("total"))].amount,
             std::optional<Amount>(Amount::fromFen(46'2400'00))); // 36.24 + 10.00 万元
    for (const auto &[table, rows] : {std::pair{7, QStringList{QStringLiteral("total"), QStringLiteral("unit"), QStringLiteral("201"),
                                                                QStringLiteral("20103"), QStringLiteral("project:特定目标 1210070G"),
                                                                QStringLiteral("unit"), QStringLiteral("201"), QStringLiteral("20103"),
                                                                QStringLiteral("project:特定目标 1210170R")}},
                                      std::pair{8, QStringList{QStringLiteral("total"), QStringLiteral("212"), QStringLiteral("21208"),
                                                                QStringLiteral("2120801")}},
                                      std::pair{11, QStringList{QStringLiteral("total"), QStringLiteral("201"), QStringLiteral("20103"),
                                                                 QStringLiteral("2010301"), QStringLiteral("2010399")}}}) {
        QStringList keys;
        for (const TableRow &r : pdf.document->publishedTable(table)->rows)
            keys.append(r.key);
        QCOMPARE(keys, rows);
    }
}

void TestPdfRoundTrip::tableRowsAreNeverBrokenOverPages_data()
{
    QTest::addColumn<int>("lead"); // goal sentences before the indicators, moving every row down
    QTest::newRow("as is") << 0;
    QTest::newRow("one sentence more") << 1;
    QTest::newRow("three sentences more") << 3;
}

// Long indicator tables whose names wrap over two or three lines: wherever the page ends, a
// row starts the next page whole under the repeated header (a row broken over the page would
// print a line twice and read back as two indicators, or one cut short).
void TestPdfRoundTrip::tableRowsAreNeverBrokenOverPages()
{
    QFETCH(int, lead);
    const ImportResult text = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    QVERIFY(text.ok());
    BudgetDocument doc = *text.document;
    QVERIFY(doc.schedules.targets.size() >= 2);
    for (PerformanceTarget &t : doc.schedules.targets) {
        for (int i = 0; i < lead; ++i)
            t.goal += QStringLiteral("加强边境地区对外交流合作，按期完成年度各项工作任务并接受绩效评价。");
        const QList<Indicator> original = t.indicators;
        for (int copy = 1; copy <= 3; ++copy) {
            for (Indicator i : original) {
                i.level3 += QStringLiteral("（第%1组，按季度统计并报送完成情况）").arg(copy);
                t.indicators.append(i);
            }
        }
    }
    const ImportResult pdf = printAndImport(doc, QStringLiteral("rows-%1.pdf").arg(lead));
    QVERIFY2(pdf.ok(), qPrintable(pdf.error.toString()));
    QCOMPARE(pdf.document->schedules.targets.size(), doc.schedules.targets.size());
    for (int t = 0; t < doc.schedules.targets.size(); ++t) {
        const QList<Indicator> &printed = doc.schedules.targets[t].indicators;
        const QList<Indicator> &read = pdf.document->schedules.targets[t].indicators;
        QCOMPARE(read.size(), printed.size());
        for (int k = 0; k < printed.size(); ++k) {
            QCOMPARE(read[k].level3, printed[k].level3);
            QCOMPARE(read[k].value, printed[k].value);
            QCOMPARE(read[k].weight, printed[k].weight);
        }
    }
}

void TestPdfRoundTrip::pdftotextOfThePrintedDocument_data()
{
    publishedDocument_data();
}

// The printed PDF read by another program (poppler-utils' `pdftotext -layout`, whose columns
// fall differently from our own reading) imports to the same tables: what a user gets who
// converts a PDF to text elsewhere.
void TestPdfRoundTrip::pdftotextOfThePrintedDocument()
{
    QFETCH(QString, sample);
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const ImportResult text = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/") + sample);
    QVERIFY(text.ok());
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(*text.document, &error), qPrintable(error));
    const QString path = m_dir.filePath(sample + QStringLiteral(".other.pdf"));
    QVERIFY2(DisclosureDocument::exportPdf(session.document(), session.templ(), session.derivedTables(), path, &error), qPrintable(error));
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    const ImportResult other = DisclosureImporter().importBytes(p.readAllStandardOutput(), sample + QStringLiteral(".pdftotext.txt"));
    QVERIFY2(other.ok(), qPrintable(other.error.toString()));
    QCOMPARE(publishedDifference(*text.document, *other.document), QString());
    QCOMPARE(tableSchedulesDifference(text.document->schedules, other.document->schedules), QString());
}

QTEST_MAIN(TestPdfRoundTrip)
#include "tst_pdfroundtrip.moc"
