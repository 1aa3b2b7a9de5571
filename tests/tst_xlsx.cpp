// Tests of the XLSX export (XlsxExporter, `budgetdesk export --format xlsx`) on the Kizilsu and
// Putuo samples. The workbook is read back by a second, independent reader: xlsx2csv (Debian
// package xlsx2csv), run as a separate process; the tests skip when it is not installed.

#include "document/BudgetDocument.h"
#include "export/ExportFile.h"
#include "export/XlsxExporter.h"
#include "import/DisclosureImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace bd;

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
        return {};
    return f.readAll();
}

// CSV as xlsx2csv writes it: comma separated, fields with commas, quotes or line breaks quoted.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

// A number as the reader prints it ("399.92", "399.92000000000002", "371,514,655.00") in
// hundredths, rounded to the nearest: the fen of an amount in 元, or 0.01 万元 in 万元.
std::optional<qint64> hundredths(QString text)
{
    text.remove(QLatin1Char(','));
    bool ok = false;
    const double x = text.trimmed().toDouble(&ok);
    if (!ok || text.trimmed().isEmpty())
        return std::nullopt;
    return qint64(std::llround(x * 100));
}

QList<QStringList> goldenTsv(int number)
{
    const QString text = QString::fromUtf8(
        readBytes(QStringLiteral(BD_GOLDEN_DIR "/kizilsu/table-%1.tsv").arg(number, 2, 10, QLatin1Char('0'))));
    QList<QStringList> rows;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char('\t')));
    return rows;
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_reader; // xlsx2csv, empty when missing
    ImportResult m_kizilsu;
    ImportResult m_putuo;
    QString m_kizilsuBook;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                          const QString &workDir = QString())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        if (!workDir.isEmpty())
            p.setWorkingDirectory(workDir);
        p.start(program, args);
        Run r;
        if (!p.waitForStarted(5000)) {
            r.err = QStringLiteral("could not start ") + program;
            return r;
        }
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(1000);
            r.err = QStringLiteral("timed out: ") + program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // One sheet (1-based, in workbook order) as CSV records, read by xlsx2csv.
    QList<QStringList> readSheet(const QString &book, int sheet) const
    {
        const Run r = runProcess(m_reader, {QStringLiteral("-s"), QString::number(sheet), book},
                                 QProcessEnvironment::systemEnvironment());
        if (r.exitCode != 0)
            qWarning("xlsx2csv failed: %s", qPrintable(r.err));
        return parseCsv(r.out);
    }

    Run cli(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return runProcess(QStringLiteral(BD_APP_PATH), args + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.sqlite"))},
                          env, m_dir.path());
    }

    void needReader()
    {
        if (m_reader.isEmpty())
            QSKIP("xlsx2csv is not installed (Debian: apt-get install xlsx2csv)");
    }

private slots:
    void initTestCase();
    void sheetNamesAreValidAndUnique();
    void workbookIsZipWithEverySheet();
    void table6AmountsAreNumbersAsPublished();
    void putuoTable1InYuan();
    void extraSheets();
    void unwritablePathFailsWithoutFile();
    void cliExportsXlsx();
    void cliUnwritablePathExits3();
};

void TestXlsx::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_reader = QStandardPaths::findExecutable(QStringLiteral("xlsx2csv"));
    m_kizilsu = DisclosureImporter().importFile(samplePath(kKizilsu));
    QVERIFY2(m_kizilsu.ok(), qPrintable(m_kizilsu.error.toString()));
    m_putuo = DisclosureImporter().importFile(samplePath(kPutuo));
    QVERIFY2(m_putuo.ok(), qPrintable(m_putuo.error.toString()));
    m_kizilsuBook = m_dir.filePath(QStringLiteral("kizilsu.xlsx"));
    QString error;
    QVERIFY2(XlsxExporter::exportWorkbook(*m_kizilsu.document, *m_kizilsu.templ, m_kizilsu.report, m_kizilsuBook, &error),
             qPrintable(error));
}

void TestXlsx::sheetNamesAreValidAndUnique()
{
    QStringList taken;
    const QString a = XlsxExporter::sheetName(QStringLiteral("1 部门收支总体情况表"), &taken);
    QCOMPARE(a, QStringLiteral("1 部门收支总体情况表"));
    const QString bad = XlsxExporter::sheetName(QStringLiteral("a[b]c:d*e?f/g\\h"), &taken);
    QCOMPARE(bad, QStringLiteral("a_b_c_d_e_f_g_h"));
    const QString longName = QStringLiteral("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五");
    const QString l1 = XlsxExporter::sheetName(longName, &taken);
    const QString l2 = XlsxExporter::sheetName(longName, &taken);
    QCOMPARE(l1.size(), 31);
    QVERIFY(l2.size() <= 31);
    QVERIFY(l1 != l2);
    QVERIFY(l2.endsWith(QStringLiteral(" (2)")));
    QCOMPARE(XlsxExporter::sheetName(QStringLiteral("三公"), &taken), QStringLiteral("三公"));
    QCOMPARE(XlsxExporter::sheetName(QStringLiteral("三公"), &taken), QStringLiteral("三公 (2)"));
    QCOMPARE(XlsxExporter::sheetName(QStringLiteral("Sheet"), &taken), QStringLiteral("Sheet"));
    QCOMPARE(XlsxExporter::sheetName(QStringLiteral("sheet"), &taken), QStringLiteral("sheet (2)")); // Excel ignores case
    QCOMPARE(taken.size(), 8);
}

void TestXlsx::workbookIsZipWithEverySheet()
{
    QVERIFY(readBytes(m_kizilsuBook).startsWith("PK"));
    needReader();
    const QString out = m_dir.filePath(QStringLiteral("all-sheets"));
    const Run r = runProcess(m_reader, {QStringLiteral("-a"), m_kizilsuBook, out}, QProcessEnvironment::systemEnvironment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList files = QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files);
    QCOMPARE(m_kizilsu.templ->tables.size(), 11);
    QCOMPARE(files.size(), 11 + 4);
    QVERIFY2(files.contains(QStringLiteral("三公.csv")), qPrintable(files.join(QLatin1Char(' '))));
    QVERIFY(files.contains(QStringLiteral("文档信息.csv"))); // read back by the XLSX import
    QVERIFY(files.contains(QStringLiteral("绩效目标.csv")));
    QVERIFY(files.contains(QStringLiteral("检查结果.csv")));
    // One sheet per table, named after it, in order first.
    for (int n = 1; n <= 11; ++n) {
        const QList<QStringList> sheet = readSheet(m_kizilsuBook, n);
        QVERIFY(!sheet.isEmpty());
        QCOMPARE(sheet.first().value(0), m_kizilsu.templ->tables[n - 1].title.isEmpty() ? sheet.first().value(0)
                                                                                         : m_kizilsu.document->publishedTable(n)->title);
        QCOMPARE(sheet.value(1).value(0), QStringLiteral("编制部门：") + m_kizilsu.document->department);
    }
}

void TestXlsx::table6AmountsAreNumbersAsPublished()
{
    needReader();
    const QList<QStringList> sheet = readSheet(m_kizilsuBook, 6);
    const QList<QStringList> golden = goldenTsv(6);
    const DisclosureTable *t = m_kizilsu.document->publishedTable(6);
    QVERIFY(t);
    QCOMPARE(sheet.value(1).last(), QStringLiteral("单位：万元"));
    // Title and 编制部门 line, then the table where the golden file has it, cell for cell.
    const int offset = 2;
    QVERIFY2(sheet.size() >= offset + golden.size(), qPrintable(QString::number(sheet.size())));
    int amounts = 0;
    for (int r = 0; r < golden.size(); ++r) {
        for (int c = 0; c < golden[r].size(); ++c) {
            const QString want = golden[r][c];
            const QString got = sheet[offset + r].value(c);
            const bool amountCell = r >= t->headerRows.size() && c < t->columns.size() && t->columns[c].isAmount;
            if (amountCell && !want.isEmpty()) {
                const AmountParse p = parseAmount(want, Unit::Yuan); // hundredths of the printed number
                QVERIFY2(p.ok(), qPrintable(want));
                const auto value = hundredths(got);
                QVERIFY2(value, qPrintable(QStringLiteral("row %1 column %2: \"%3\"").arg(r).arg(c).arg(got)));
                QCOMPARE(*value, p.amount.fen());
                ++amounts;
            } else {
                QCOMPARE(got, want);
            }
        }
    }
    QVERIFY(amounts >= 3);
    // The totals line: 399.92 = 385.47 + 14.44 (rounded independently in the publication).
    const QStringList total = sheet[offset + int(t->headerRows.size())];
    QCOMPARE(hundredths(total.value(3)), std::optional<qint64>(39992));
    QCOMPARE(hundredths(total.value(4)), std::optional<qint64>(38547));
    QCOMPARE(hundredths(total.value(5)), std::optional<qint64>(1444));
}

void TestXlsx::putuoTable1InYuan()
{
    needReader();
    const QString book = m_dir.filePath(QStringLiteral("putuo.xlsx"));
    QString error;
    QVERIFY2(XlsxExporter::exportWorkbook(*m_putuo.document, *m_putuo.templ, m_putuo.report, book, &error), qPrintable(error));
    const QList<QStringList> sheet = readSheet(book, 1);
    QCOMPARE(sheet.value(1).last(), QStringLiteral("单位：元"));
    bool found = false;
    for (const QStringList &row : sheet)
        for (const QString &cell : row)
            found = found || hundredths(cell) == std::optional<qint64>(Q_INT64_C(37151465500));
    QVERIFY(found);
}

void TestXlsx::extraSheets()
{
    needReader();
    const int tables = int(m_kizilsu.templ->tables.size());
    // 三公: item, this year, last year, change.
    const QList<QStringList> sanGong = readSheet(m_kizilsuBook, tables + 1);
    QCOMPARE(sanGong.value(2), (QStringList{QStringLiteral("项目"), QStringLiteral("本年预算"), QStringLiteral("上年预算"), QStringLiteral("增减")}));
    const Schedules &s = m_kizilsu.document->schedules;
    QVERIFY(!s.sanGong.isEmpty());
    QCOMPARE(sanGong.last().value(0), QStringLiteral("合计"));
    Amount total;
    for (const SanGongLine &l : s.sanGong)
        total += l.total();
    QCOMPARE(hundredths(sanGong.last().value(1)), std::optional<qint64>(total.fen() / 10000)); // 万元 hundredths
    // 绩效目标: one row per indicator.
    const QList<QStringList> targets = readSheet(m_kizilsuBook, tables + 2);
    int indicators = 0;
    for (const PerformanceTarget &t : s.targets)
        indicators += std::max<int>(1, int(t.indicators.size()));
    QVERIFY(indicators > 0);
    QCOMPARE(targets.size(), 3 + indicators);
    QCOMPARE(targets.value(2).value(3), QStringLiteral("一级指标"));
    QCOMPARE(targets.value(3).value(1), s.targets.first().name);
    const PerformanceTarget &first = s.targets.first();
    const Amount funds = first.total.value_or(first.statedSum());
    QCOMPARE(hundredths(targets.value(3).value(2)), std::optional<qint64>(funds.fen() / 10000)); // 万元 hundredths
    // 检查结果: the findings passed in, one row each.
    const QList<QStringList> findings = readSheet(m_kizilsuBook, tables + 3);
    QCOMPARE(findings.value(1).value(5), QStringLiteral("说明"));
    QCOMPARE(findings.size(), 2 + int(m_kizilsu.report.findings.size()));
    if (!m_kizilsu.report.findings.isEmpty())
        QCOMPARE(findings.value(2).value(1), m_kizilsu.report.findings.first().rule);
}

void TestXlsx::unwritablePathFailsWithoutFile()
{
    const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(ExportFile::write(blocker, "x", nullptr));
    const QString bad = blocker + QStringLiteral("/out/book.xlsx");
    QString error;
    QVERIFY(!XlsxExporter::exportWorkbook(*m_kizilsu.document, *m_kizilsu.templ, m_kizilsu.report, bad, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(bad));
    // Over a folder: fails, the folder stays.
    QVERIFY(!XlsxExporter::exportWorkbook(*m_kizilsu.document, *m_kizilsu.templ, m_kizilsu.report, m_dir.path(), &error));
    QVERIFY(QFileInfo(m_dir.path()).isDir());
}

void TestXlsx::cliExportsXlsx()
{
    const Run imp = cli({QStringLiteral("import"), samplePath(kKizilsu)});
    QVERIFY2(imp.exitCode == 0, qPrintable(imp.err));
    QVERIFY(imp.out.startsWith(QStringLiteral("1\t")));
    const QString out = m_dir.filePath(QStringLiteral("cli.xlsx"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(out));
    QVERIFY(readBytes(out).startsWith("PK"));
    if (m_reader.isEmpty())
        return;
    const QList<QStringList> sheet = readSheet(out, 6);
    bool found = false;
    for (const QStringList &row : sheet)
        found = found || (hundredths(row.value(3)) == std::optional<qint64>(39992));
    QVERIFY(found);
}

void TestXlsx::cliUnwritablePathExits3()
{
    if (!QFile::exists(m_dir.filePath(QStringLiteral("cli.sqlite"))))
        QVERIFY(cli({QStringLiteral("import"), samplePath(kKizilsu)}).exitCode == 0);
    const QString blocker = m_dir.filePath(QStringLiteral("plain-file-2"));
    QVERIFY(ExportFile::write(blocker, "x", nullptr));
    const QString bad = blocker + QStringLiteral("/book.xlsx");
    const Run r = cli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("--out"), bad});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(bad)), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(!QFileInfo::exists(bad));
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
