// Tests of the exports (CSV per table, the document as JSON, the Fiscal Data Package) and of
// `budgetdesk export`, on the Kizilsu sample. CSV is read back with a small, strict RFC 4180
// reader; the CLI runs as a separate process with HOME and the XDG folders in a temp folder.

#include "document/BudgetDocument.h"
#include "export/CsvExporter.h"
#include "export/ExportFile.h"
#include "export/FiscalDataPackageExporter.h"
#include "export/JsonExporter.h"
#include "import/DisclosureImporter.h"
#include "tables/TableDeriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace bd;

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

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

// RFC 4180: records end with CRLF, fields are separated by commas, a quoted field may hold
// commas, CR, LF and doubled quotes. Anything else (a bare LF, a quote inside an unquoted
// field, text after a closing quote) is an error: nullopt.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    int i = 0;
    const int n = int(text.size());
    bool fieldStart = true;
    while (i < n) {
        const QChar c = text[i];
        if (fieldStart && c == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            fieldStart = false;
            if (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r'))
                return std::nullopt;
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStart = true;
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= n || text[i + 1] != QLatin1Char('\n'))
                return std::nullopt;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStart = true;
            i += 2;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('"')) {
            return std::nullopt;
        } else {
            field += c;
            fieldStart = false;
            ++i;
        }
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt; // the last record must end with CRLF too
    return records;
}

// The golden is what `budgetdesk show` prints: one line per row, cells tab-separated.
QList<QStringList> goldenRecords(int table)
{
    QString text = QString::fromUtf8(readBytes(QStringLiteral(BD_GOLDEN_DIR "/kizilsu/table-%1.tsv").arg(table, 2, 10, QLatin1Char('0'))));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    QList<QStringList> rows;
    for (const QString &line : text.split(QLatin1Char('\n')))
        rows.append(line.split(QLatin1Char('\t')));
    return rows;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BudgetDocument m_doc;
    std::shared_ptr<const TemplateDescription> m_tpl;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(BD_APP_PATH), args + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.sqlite"))});
        Run r;
        if (!p.waitForStarted(5000) || !p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished(1000);
            r.err = QStringLiteral("did not run: ") + args.join(QLatin1Char(' '));
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString fresh(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase();
    void csvReaderIsStrict();
    void csvTablesEqualGolden();
    void csvQuotesCommasQuotesAndNewlines();
    void csvDraftUsesDerivedTables();
    void jsonRoundTrips();
    void fdpDescriptorAndSums();
    void finalAccountExports();
    void cliExportsEachFormat_data();
    void cliExportsEachFormat();
    void cliUnwritablePathExits3();
    void cliBadUsageExits64();
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("data")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("config")));
    const ImportResult r = DisclosureImporter().importFile(samplePath(QStringLiteral("kizilsu-foreign-affairs-2026.txt")));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    m_doc = *r.document;
    m_tpl = r.templ;
    QVERIFY(m_tpl);
    QCOMPARE(m_tpl->tables.size(), 11);
}

void TestExport::csvReaderIsStrict()
{
    QCOMPARE(*parseCsv(QStringLiteral("a,\"b,\"\"c\"\"\r\nd\",\r\n\r\n")),
             (QList<QStringList>{{QStringLiteral("a"), QStringLiteral("b,\"c\"\r\nd"), QString()}, {QString()}}));
    QVERIFY(!parseCsv(QStringLiteral("a,b\n")));
    QVERIFY(!parseCsv(QStringLiteral("a,b")));
    QVERIFY(!parseCsv(QStringLiteral("a\"b\r\n")));
    QVERIFY(!parseCsv(QStringLiteral("\"a\"b\r\n")));
}

void TestExport::csvTablesEqualGolden()
{
    const QString dir = fresh(QStringLiteral("csv"));
    QStringList written;
    QString error;
    QVERIFY2(CsvExporter::exportTables(m_doc, *m_tpl, dir, &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 11);
    QCOMPARE(QFileInfo(written.first()).fileName(), QStringLiteral("table-01-部门收支总体情况表.csv"));
    for (int n = 1; n <= 11; ++n) {
        const QString path = written[n - 1];
        QVERIFY2(QFileInfo(path).fileName().startsWith(QStringLiteral("table-%1-").arg(n, 2, 10, QLatin1Char('0'))), qPrintable(path));
        const QByteArray bytes = readBytes(path);
        QVERIFY2(bytes.startsWith(kBom), qPrintable(path));
        const auto records = parseCsv(QString::fromUtf8(bytes.mid(kBom.size())));
        QVERIFY2(records, qPrintable(path + QStringLiteral(": not RFC 4180 with CRLF")));
        QCOMPARE(*records, goldenRecords(n));
    }
}

void TestExport::csvQuotesCommasQuotesAndNewlines()
{
    DisclosureTable t;
    t.number = 3;
    t.title = QStringLiteral("收支,\"总体\"/情况表");
    t.unit = Unit::Yuan;
    t.thousands = true; // the published table has separators; the CSV must not
    t.headerRows = {{QStringLiteral("项目, 名称"), QStringLiteral("预算数")}};
    t.columns = {TableColumn{QStringLiteral("name"), QStringLiteral("项目, 名称"), false, 0},
                 TableColumn{QStringLiteral("total"), QStringLiteral("预算数"), true, 0}};
    TableRow a;
    a.cells = {TableCell{QStringLiteral("含\"引号\"的名称"), {}, 0, 0}, TableCell{QString(), Amount::fromFen(123456789), 0, 0}};
    TableRow b;
    b.cells = {TableCell{QStringLiteral("两行\n文本"), {}, 0, 0}, TableCell{}};
    t.rows = {a, b};

    const QByteArray bytes = CsvExporter::tableCsv(t);
    QVERIFY(bytes.startsWith(kBom));
    const QString text = QString::fromUtf8(bytes.mid(kBom.size()));
    QCOMPARE(text, QStringLiteral("\"项目, 名称\",预算数\r\n"
                                  "\"含\"\"引号\"\"的名称\",1234567.89\r\n"
                                  "\"两行\n文本\",\r\n"));
    QCOMPARE(*parseCsv(text), (QList<QStringList>{{QStringLiteral("项目, 名称"), QStringLiteral("预算数")},
                                                  {QStringLiteral("含\"引号\"的名称"), QStringLiteral("1234567.89")},
                                                  {QStringLiteral("两行\n文本"), QString()}}));

    // The title goes into the file name: no quote or slash survives, Chinese and commas do.
    const QString name = CsvExporter::fileName(t);
    QCOMPARE(name, QStringLiteral("table-03-收支,_总体__情况表.csv"));
    QString error;
    const QString path = QDir(m_dir.path()).filePath(name);
    QVERIFY2(ExportFile::write(path, bytes, &error), qPrintable(error));
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(ExportFile::safeFileName(QStringLiteral("  ..\t")), QStringLiteral("table"));
}

void TestExport::csvDraftUsesDerivedTables()
{
    BudgetDocument draft = m_doc;
    draft.status = DocumentStatus::Draft;
    draft.published.clear();
    const QList<DisclosureTable> tables = CsvExporter::tablesFor(draft, *m_tpl);
    QCOMPARE(tables, TableDeriver(*m_tpl, draft).deriveAll());
    // The imported document shows what was published.
    const QList<DisclosureTable> published = CsvExporter::tablesFor(m_doc, *m_tpl);
    QCOMPARE(published.size(), 11);
    for (const DisclosureTable &t : published)
        QCOMPARE(t, *m_doc.publishedTable(t.number));
}

void TestExport::jsonRoundTrips()
{
    const QString path = fresh(QStringLiteral("json/doc.json"));
    QString error;
    QVERIFY2(JsonExporter::exportDocument(m_doc, *m_tpl, path, &error), qPrintable(error));
    QJsonParseError pe;
    const QJsonDocument json = QJsonDocument::fromJson(readBytes(path), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    const QJsonObject o = json.object();
    QCOMPARE(o.value(QStringLiteral("template")).toString(), QStringLiteral("xj-11"));
    const QJsonArray derived = o.value(QStringLiteral("derived_tables")).toArray();
    QCOMPARE(derived.size(), 11);
    // tableToJson leaves out derived-only bookkeeping (cell terms), so compare as JSON.
    const QList<DisclosureTable> tables = TableDeriver(*m_tpl, m_doc).deriveAll();
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(derived[i].toObject(), tableToJson(tables[i]));
    const auto t1 = tableFromJson(derived.first().toObject(), &error);
    QVERIFY2(t1, qPrintable(error));
    QCOMPARE(t1->rows.size(), tables.first().rows.size());

    const auto back = BudgetDocument::fromJson(o, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->schedules, m_doc.schedules);
    QCOMPARE(back->published, m_doc.published);
    QCOMPARE(back->department, m_doc.department);
    QCOMPARE(back->year, m_doc.year);
    QCOMPARE(back->templateId, m_doc.templateId);
}

void TestExport::fdpDescriptorAndSums()
{
    const QString dir = fresh(QStringLiteral("fdp"));
    QStringList written;
    QString error;
    QVERIFY2(FiscalDataPackageExporter::exportPackage(m_doc, *m_tpl, dir, &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 2);

    QJsonParseError pe;
    const QJsonObject dp = QJsonDocument::fromJson(readBytes(QDir(dir).filePath(QStringLiteral("datapackage.json"))), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QCOMPARE(dp.value(QStringLiteral("profile")).toString(), QStringLiteral("fiscal-data-package"));
    QVERIFY(!dp.value(QStringLiteral("description")).toString().isEmpty());
    const QJsonObject model = dp.value(QStringLiteral("model")).toObject();
    const QJsonObject amount = model.value(QStringLiteral("measures")).toObject().value(QStringLiteral("amount")).toObject();
    QCOMPARE(amount.value(QStringLiteral("currency")).toString(), QStringLiteral("CNY"));
    QCOMPARE(amount.value(QStringLiteral("source")).toString(), QStringLiteral("amount"));
    const QJsonObject dims = model.value(QStringLiteral("dimensions")).toObject();
    for (const char *d : {"functional_classification", "economic_classification", "direction", "budget_phase", "fund_source",
                          "expenditure_type", "fiscal_year", "department"})
        QVERIFY2(dims.contains(QLatin1String(d)), d);
    QCOMPARE(dims.value(QStringLiteral("functional_classification")).toObject().value(QStringLiteral("classificationType")).toString(),
             QStringLiteral("functional"));

    const QJsonArray resources = dp.value(QStringLiteral("resources")).toArray();
    QCOMPARE(resources.size(), 1);
    const QJsonObject res = resources.first().toObject();
    QStringList schemaFields;
    for (const QJsonValue &f : res.value(QStringLiteral("schema")).toObject().value(QStringLiteral("fields")).toArray())
        schemaFields.append(f.toObject().value(QStringLiteral("name")).toString());
    // Every model source names a schema field.
    for (const QJsonValue &m : model.value(QStringLiteral("measures")).toObject())
        QVERIFY(schemaFields.contains(m.toObject().value(QStringLiteral("source")).toString()));
    for (const QJsonValue &d : dims)
        for (const QJsonValue &a : d.toObject().value(QStringLiteral("attributes")).toObject())
            QVERIFY2(schemaFields.contains(a.toObject().value(QStringLiteral("source")).toString()),
                     qPrintable(a.toObject().value(QStringLiteral("source")).toString()));

    const QByteArray bytes = readBytes(QDir(dir).filePath(res.value(QStringLiteral("path")).toString()));
    QVERIFY(!bytes.startsWith(kBom));
    const auto records = parseCsv(QString::fromUtf8(bytes));
    QVERIFY(records);
    QCOMPARE(records->first(), schemaFields);
    const auto col = [&](const char *name) { return int(schemaFields.indexOf(QLatin1String(name))); };

    QMap<QString, qint64> sums;
    for (int i = 1; i < records->size(); ++i) {
        const QStringList &r = (*records)[i];
        QCOMPARE(r.size(), schemaFields.size());
        bool ok = false;
        const qint64 fen = r[col("amount_fen")].toLongLong(&ok);
        QVERIFY(ok);
        QCOMPARE(r[col("amount")], Amount::fromFen(fen).format(Unit::Yuan));
        QCOMPARE(r[col("budget_phase")], QStringLiteral("proposed"));
        QCOMPARE(r[col("fiscal_year")], QStringLiteral("2026"));
        sums[r[col("line_type")]] += fen;
        if (r[col("line_type")] == QLatin1String("functional")) {
            QCOMPARE(r[col("direction")], QStringLiteral("expenditure"));
            const QString c1 = r[col("functional_code_1")], c2 = r[col("functional_code_2")], c3 = r[col("functional_code_3")];
            QCOMPARE(c1.size(), 3);
            QCOMPARE(c2.size(), 5);
            QCOMPARE(c3.size(), 7);
            QVERIFY2(c3.startsWith(c2) && c2.startsWith(c1), qPrintable(c3));
            QVERIFY(!r[col("functional_name_1")].isEmpty());
            QVERIFY(!r[col("fund_source")].isEmpty());
            QVERIFY(r[col("expenditure_type")] == QLatin1String("basic") || r[col("expenditure_type")] == QLatin1String("project"));
        } else if (r[col("line_type")] == QLatin1String("economic")) {
            QVERIFY(r[col("economic_code_2")].startsWith(r[col("economic_code_1")]));
            QCOMPARE(r[col("expenditure_type")], QStringLiteral("basic"));
        } else {
            QCOMPARE(r[col("line_type")], QStringLiteral("revenue"));
            QCOMPARE(r[col("direction")], QStringLiteral("revenue"));
        }
    }
    const Schedules &s = m_doc.schedules;
    QCOMPARE(s.functionalTotal().fen(), qint64(524930000));
    QCOMPARE(sums.value(QStringLiteral("functional")), s.functionalTotal().fen());
    QCOMPARE(sums.value(QStringLiteral("revenue")), s.functionalTotal().fen());
    Amount basic;
    for (const EconomicLine &l : s.economic)
        basic += l.personnel + l.publicUse;
    QVERIFY(!basic.isZero());
    QCOMPARE(sums.value(QStringLiteral("economic")), basic.fen());
    QCOMPARE(sums.keys(), (QList<QString>{QStringLiteral("economic"), QStringLiteral("functional"), QStringLiteral("revenue")}));
}

// A final account (the planning 决算) exports as a budget does, its 9 tables in its template's
// order; its Fiscal Data Package marks every figure executed, its revenue the 本年收入 (9,746.50)
// and its expenditure the 本年支出合计 (9,759.38).
void TestExport::finalAccountExports()
{
    const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_TEST_DATA_DIR "/putuo-planning-final-2024.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    QString error;
    QStringList written;
    const QString csvDir = fresh(QStringLiteral("final-csv"));
    QVERIFY2(CsvExporter::exportTables(*r.document, *r.templ, csvDir, &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 9);
    QVERIFY2(QFileInfo(written.first()).fileName().contains(QStringLiteral("收入支出决算总表")), qPrintable(written.first()));
    QVERIFY2(QFileInfo(written[5]).fileName().contains(QStringLiteral("基本支出决算表")), qPrintable(written[5]));

    const QString json = m_dir.filePath(QStringLiteral("final.json"));
    QVERIFY2(JsonExporter::exportDocument(*r.document, *r.templ, json, &error), qPrintable(error));
    const QJsonObject doc = QJsonDocument::fromJson(readBytes(json)).object();
    QVERIFY2(!doc.isEmpty(), qPrintable(json));
    QByteArray text = readBytes(json);
    QVERIFY(text.contains("\"execution\""));
    QVERIFY(text.contains("\"receipts\""));

    const QString dir = fresh(QStringLiteral("final-fdp"));
    written.clear();
    QVERIFY2(FiscalDataPackageExporter::exportPackage(*r.document, *r.templ, dir, &written, &error), qPrintable(error));
    const QJsonObject dp = QJsonDocument::fromJson(readBytes(QDir(dir).filePath(QStringLiteral("datapackage.json")))).object();
    QVERIFY(dp.value(QStringLiteral("title")).toString().endsWith(QStringLiteral("部门决算")));
    QVERIFY(dp.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("department-final-accounts-2024-")));
    const QJsonObject amount = dp.value(QStringLiteral("model")).toObject().value(QStringLiteral("measures")).toObject().value(QStringLiteral("amount")).toObject();
    QCOMPARE(amount.value(QStringLiteral("phase")).toString(), QStringLiteral("executed"));
    const auto records = parseCsv(QString::fromUtf8(readBytes(QDir(dir).filePath(QStringLiteral("budget-lines.csv")))));
    QVERIFY(records);
    const QStringList fields = records->first();
    const auto col = [&](const char *name) { return int(fields.indexOf(QLatin1String(name))); };
    QMap<QString, qint64> sums;
    for (int i = 1; i < records->size(); ++i) {
        const QStringList &row = (*records)[i];
        QCOMPARE(row[col("budget_phase")], QStringLiteral("executed"));
        sums[row[col("line_type")]] += row[col("amount_fen")].toLongLong();
    }
    QCOMPARE(sums.value(QStringLiteral("revenue")), qint64(97465000'00));   // 分: 97,465,000.00 元
    QCOMPARE(sums.value(QStringLiteral("functional")), qint64(97593800'00)); // 97,593,800.00 元
}

void TestExport::cliExportsEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("out");
    QTest::addColumn<int>("files");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("cli-csv") << 11;
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("cli-json/kizilsu.json") << 1;
    QTest::newRow("fdp") << QStringLiteral("fdp") << QStringLiteral("cli-fdp") << 2;
}

void TestExport::cliExportsEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, out);
    QFETCH(int, files);
    if (!QFile::exists(m_dir.filePath(QStringLiteral("cli.sqlite")))) {
        const Run imp = run({QStringLiteral("import"), samplePath(QStringLiteral("kizilsu-foreign-affairs-2026.txt"))});
        QVERIFY2(imp.exitCode == 0, qPrintable(imp.err));
        QVERIFY(imp.out.startsWith(QStringLiteral("1\t")));
    }
    const QString outPath = m_dir.filePath(out);
    const Run r = run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), format, QStringLiteral("--out"), outPath});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    const QStringList paths = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(paths.size(), files);
    for (const QString &p : paths) {
        QVERIFY2(QFileInfo(p).isFile() && QFileInfo(p).size() > 0, qPrintable(p));
        if (format != QLatin1String("json"))
            QCOMPARE(QFileInfo(p).absolutePath(), QFileInfo(outPath).absoluteFilePath());
    }
    if (format == QLatin1String("json"))
        QCOMPARE(QFileInfo(paths.first()).absoluteFilePath(), QFileInfo(outPath).absoluteFilePath());
    if (format == QLatin1String("csv")) // the stored document exports what was published
        QCOMPARE(*parseCsv(QString::fromUtf8(readBytes(paths[5]).mid(kBom.size()))), goldenRecords(6));
}

void TestExport::cliUnwritablePathExits3()
{
    // A path below a plain file can be created by nobody, root included.
    const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(ExportFile::write(blocker, "x", nullptr));
    if (!QFile::exists(m_dir.filePath(QStringLiteral("cli.sqlite")))) {
        const Run imp = run({QStringLiteral("import"), samplePath(QStringLiteral("kizilsu-foreign-affairs-2026.txt"))});
        QVERIFY2(imp.exitCode == 0, qPrintable(imp.err));
    }
    const QString bad = blocker + QStringLiteral("/out");
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("fdp")}) {
        const QString target = format == QLatin1String("json") ? bad + QStringLiteral("/doc.json") : bad;
        const Run r = run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), format, QStringLiteral("--out"), target});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(bad)), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }
    // Writing over a folder fails too (json wants a file).
    const Run r = run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--out"), m_dir.path()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(m_dir.path())), qPrintable(r.err));
}

void TestExport::cliBadUsageExits64()
{
    const QString outPath = m_dir.filePath(QStringLiteral("never"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("--out"), outPath}).exitCode, 64);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 64);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), outPath}).exitCode, 64);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), outPath, QStringLiteral("--bogus")}).exitCode, 64);
    QVERIFY(!QFileInfo::exists(outPath));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
