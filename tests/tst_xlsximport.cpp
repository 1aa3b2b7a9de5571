// Tests of the XLSX import (XlsxTextExtractor behind DisclosureImporter::importFile) and of the
// batch `budgetdesk import FOLDER`: the Kizilsu (xj-11) and Putuo (sh-district-9: titles with the
// year, amounts in 元) documents exported by XlsxExporter and imported again have the same
// schedules and published tables; a workbook written before the title cells carried the year
// still reads; damaged, foreign, bomb and non-workbook zips and workbooks without disclosure
// tables are refused with errors that name the file.

#include "SameDocument.h"
#include "document/BudgetDocument.h"
#include "export/XlsxExporter.h"
#include "import/DisclosureImporter.h"
#include "import/XlsxTextExtractor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>

#include <minizip/zip.h>

using namespace bd;
using namespace bd::testing;

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(BD_SAMPLES_DIR) + QLatin1Char('/') + name;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A zip with the given entries, written with minizip (deflated).
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                         Z_DEFLATED, Z_BEST_COMPRESSION, 1) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// A minimal workbook of the given sheets, every non-empty cell an inline string: what another
// program (or an older BudgetDesk) may write, independent of libxlsxwriter.
bool writeWorkbook(const QString &path, const QList<XlsxSheet> &sheets)
{
    QByteArray workbook, rels;
    QList<QPair<QString, QByteArray>> entries;
    {
        QXmlStreamWriter w(&workbook);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("workbook"));
        w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
        w.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"), QStringLiteral("r"));
        w.writeStartElement(QStringLiteral("sheets"));
        for (int i = 0; i < sheets.size(); ++i) {
            w.writeStartElement(QStringLiteral("sheet"));
            w.writeAttribute(QStringLiteral("name"), sheets[i].name);
            w.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            w.writeAttribute(QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
                             QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 1));
            w.writeEndElement();
        }
        w.writeEndDocument();
    }
    {
        QXmlStreamWriter w(&rels);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("Relationships"));
        w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
        for (int i = 0; i < sheets.size(); ++i) {
            w.writeStartElement(QStringLiteral("Relationship"));
            w.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(i + 1));
            w.writeAttribute(QStringLiteral("Target"), QStringLiteral("worksheets/sheet%1.xml").arg(i + 1));
            w.writeEndElement();
        }
        w.writeEndDocument();
    }
    entries.append({QStringLiteral("xl/workbook.xml"), workbook});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    for (int i = 0; i < sheets.size(); ++i) {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("worksheet"));
        w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
        w.writeStartElement(QStringLiteral("sheetData"));
        for (int r = 0; r < sheets[i].rows.size(); ++r) {
            w.writeStartElement(QStringLiteral("row"));
            w.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
            const QStringList &cells = sheets[i].rows[r];
            for (int c = 0; c < cells.size() && c < 26; ++c) {
                if (cells[c].isEmpty())
                    continue;
                w.writeStartElement(QStringLiteral("c"));
                w.writeAttribute(QStringLiteral("r"), QChar(u'A' + c) + QString::number(r + 1));
                w.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
                w.writeStartElement(QStringLiteral("is"));
                w.writeTextElement(QStringLiteral("t"), cells[c]);
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndDocument();
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), xml});
    }
    return writeZip(path, entries);
}

// A one-sheet workbook whose sheet is the given <sheetData> content, as a hostile or broken
// program may write it.
bool writeRawSheet(const QString &path, const QByteArray &sheetData)
{
    const QByteArray workbook = "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                                "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray sheet = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetData>" + sheetData + "</sheetData></worksheet>";
    return writeZip(path, {{QStringLiteral("xl/workbook.xml"), workbook},
                           {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                           {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
}

QByteArray inlineCell(const QByteArray &ref, const QString &text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text.toUtf8() + "</t></is></c>";
}

} // namespace

class TestXlsxImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ImportResult m_original;
    QString m_book;
    ImportResult m_putuo;
    QString m_putuoBook;

    void expectRefused(const QString &file, const QString &fragment)
    {
        const ImportResult r = DisclosureImporter().importFile(file);
        QVERIFY(!r.ok());
        const QString message = r.error.toString();
        QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
        QVERIFY2(message.contains(fragment, Qt::CaseInsensitive), qPrintable(message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_original = DisclosureImporter().importFile(samplePath(QStringLiteral("kizilsu-foreign-affairs-2026.txt")));
        QVERIFY2(m_original.ok(), qPrintable(m_original.error.toString()));
        m_book = m_dir.filePath(QStringLiteral("kizilsu.xlsx"));
        QString error;
        QVERIFY2(XlsxExporter::exportWorkbook(*m_original.document, *m_original.templ, m_original.report, m_book, &error),
                 qPrintable(error));
        m_putuo = DisclosureImporter().importFile(samplePath(QStringLiteral("putuo-commerce-2025.txt")));
        QVERIFY2(m_putuo.ok(), qPrintable(m_putuo.error.toString()));
        QCOMPARE(m_putuo.templ->id, QStringLiteral("sh-district-9"));
        m_putuoBook = m_dir.filePath(QStringLiteral("putuo.xlsx"));
        QVERIFY2(XlsxExporter::exportWorkbook(*m_putuo.document, *m_putuo.templ, m_putuo.report, m_putuoBook, &error),
                 qPrintable(error));
    }

    void extractorReadsTheWorkbook()
    {
        const XlsxText text = XlsxTextExtractor::extractFile(m_book);
        QVERIFY2(text.ok(), qPrintable(text.errorString()));
        QCOMPARE(text.sheets.size(), 11 + 4); // tables, 三公, 绩效目标, 检查结果, 文档信息
        QCOMPARE(text.sheets.last().name, XlsxTextExtractor::infoSheetName());
        QCOMPARE(text.lines.value(0), QStringLiteral("2026 年部门预算公开"));
        QVERIFY(text.lines.contains(QStringLiteral("部门收支总体情况表")));
        QVERIFY(text.lines.contains(QStringLiteral("单位：万元")));
        // Amounts with two decimals and no thousands separators.
        bool found = false;
        for (const QString &l : text.lines)
            found = found || l.split(QLatin1Char('\t')).contains(QStringLiteral("524.92"));
        QVERIFY(found);
    }

    void kizilsuRoundTripIsExact()
    {
        const ImportResult back = DisclosureImporter().importFile(m_book);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        const BudgetDocument &a = *m_original.document;
        const BudgetDocument &b = *back.document;
        QCOMPARE(b.templateId, a.templateId);
        QCOMPARE(b.year, a.year);
        QCOMPARE(b.department, a.department);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.publishDate, a.publishDate);
        QVERIFY(!a.schedules.functional.isEmpty());
        QVERIFY(!a.schedules.sanGong.isEmpty());
        const QString schedules = tableSchedulesDifference(a.schedules, b.schedules, Prior::Ignored);
        QVERIFY2(schedules.isEmpty(), qPrintable(schedules));
        const QString published = publishedDifference(a, b);
        QVERIFY2(published.isEmpty(), qPrintable(published));
    }

    void putuoWorkbookHasThePrintedTitles()
    {
        const XlsxText text = XlsxTextExtractor::extractFile(m_putuoBook);
        QVERIFY2(text.ok(), qPrintable(text.errorString()));
        const TemplateDescription &tpl = *m_putuo.templ;
        QCOMPARE(text.sheets.size(), tpl.tables.size() + 4); // tables, 三公, 绩效目标, 检查结果, 文档信息
        for (int n = 1; n <= tpl.tables.size(); ++n) {
            const XlsxSheet &sheet = text.sheets[n - 1];
            const TableSpec &spec = tpl.tables[n - 1];
            // The sheet is named by the bare title (Excel allows 31 characters), the title cell
            // reads as printed: "2025年部门财务收支预算总表".
            QCOMPARE(sheet.name, XlsxExporter::sheetName(QStringLiteral("%1 %2").arg(n).arg(spec.title), nullptr));
            const QString printed = tpl.printedTitle(spec, 2025);
            QCOMPARE(sheet.rows.value(0).value(0), printed);
            QVERIFY(spec.titlePattern.match(printed).hasMatch());
            QVERIFY2(text.lines.contains(printed), qPrintable(printed));
        }
        QCOMPARE(text.sheets[0].rows.value(0).value(0), QStringLiteral("2025年部门财务收支预算总表"));
        // The information sheet's lines satisfy the template's metadata patterns.
        QCOMPARE(text.lines.value(0), m_putuo.document->title);
        QVERIFY(tpl.yearPattern.match(text.lines.value(0)).hasMatch());
        QVERIFY(tpl.titlePattern.match(text.lines.value(0)).hasMatch());
        QVERIFY(text.lines.contains(QStringLiteral("编制部门：上海市普陀区商务委员会")));
        QVERIFY(text.lines.contains(QStringLiteral("单位：元")));
        QVERIFY(text.lines.contains(QStringLiteral("单位：万元"))); // the 三公 table
        // Amounts in 元 as plain numbers, no thousands separators.
        bool found = false;
        for (const QString &l : text.lines)
            found = found || l.split(QLatin1Char('\t')).contains(QStringLiteral("371514655.00"));
        QVERIFY(found);
    }

    void putuoRoundTripIsExact()
    {
        const ImportResult back = DisclosureImporter().importFile(m_putuoBook);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        const BudgetDocument &a = *m_putuo.document;
        const BudgetDocument &b = *back.document;
        QCOMPARE(back.templ->id, QStringLiteral("sh-district-9"));
        QCOMPARE(b.templateId, a.templateId);
        QCOMPARE(b.year, 2025);
        QCOMPARE(b.year, a.year);
        QCOMPARE(b.department, a.department);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.publishDate, a.publishDate);
        QCOMPARE(a.published.size(), 9);
        QVERIFY(!a.schedules.functional.isEmpty());
        QVERIFY(!a.schedules.economic.isEmpty());
        QVERIFY(!a.schedules.sanGong.isEmpty());
        const QString schedules = tableSchedulesDifference(a.schedules, b.schedules, Prior::Ignored);
        QVERIFY2(schedules.isEmpty(), qPrintable(schedules));
        const QString published = publishedDifference(a, b);
        QVERIFY2(published.isEmpty(), qPrintable(published));
        // Spot checks: 元 to the 分 through the workbook's numbers, the 三公 table in 万元.
        const DisclosureTable *t1 = b.publishedTable(1);
        QVERIFY(t1 && t1->unit == Unit::Yuan);
        const TableRow *total = t1->findRow(m_putuo.templ->table(1)->total->key);
        QVERIFY(total);
        QVERIFY(total->cells.value(t1->columnIndex(QStringLiteral("in_amount"))).amount == Amount::fromFen(Q_INT64_C(37151465500)));
        const DisclosureTable *t9 = b.publishedTable(9);
        QVERIFY(t9 && t9->unit == Unit::WanYuan);
    }

    // A workbook written before the title cells carried the year ("部门财务收支预算总表" where the
    // template prints "2025年部门财务收支预算总表") reads with the year of its information sheet.
    void bareTitlesReadWithTheInformationSheetsYear()
    {
        XlsxText text = XlsxTextExtractor::extractFile(m_putuoBook);
        QVERIFY2(text.ok(), qPrintable(text.errorString()));
        const TemplateDescription &tpl = *m_putuo.templ;
        QList<XlsxSheet> sheets = text.sheets;
        for (int n = 1; n <= tpl.tables.size(); ++n)
            sheets[n - 1].rows[0][0] = tpl.tables[n - 1].title;
        const QString file = m_dir.filePath(QStringLiteral("putuo-bare-titles.xlsx"));
        QVERIFY(writeWorkbook(file, sheets));
        const ImportResult back = DisclosureImporter().importFile(file);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QCOMPARE(back.document->year, 2025);
        const QString published = publishedDifference(*m_putuo.document, *back.document);
        QVERIFY2(published.isEmpty(), qPrintable(published));

        // Without the information sheet the titles (printed without a year, as some
        // departments print them) are the family's, but nothing says the year.
        sheets.removeLast();
        const QString orphan = m_dir.filePath(QStringLiteral("putuo-bare-no-info.xlsx"));
        QVERIFY(writeWorkbook(orphan, sheets));
        expectRefused(orphan, QStringLiteral("the budget year could not be read"));
    }

    void workbookWithoutDisclosureTablesIsNotRecognised()
    {
        const QString file = m_dir.filePath(QStringLiteral("ledger.xlsx"));
        XlsxSheet ledger;
        ledger.name = QStringLiteral("预算明细");
        ledger.rows = {{QStringLiteral("2025年预算执行明细表")},
                       {QStringLiteral("编制部门：上海市普陀区商务委员会"), QString(), QStringLiteral("单位：元")},
                       {QStringLiteral("项目"), QStringLiteral("预算数"), QStringLiteral("执行数")},
                       {QStringLiteral("办公费"), QStringLiteral("5000.00"), QStringLiteral("4200.00")}};
        XlsxSheet other;
        other.name = QStringLiteral("Sheet2");
        other.rows = {{QStringLiteral("部门收支情况")}, {QStringLiteral("合计"), QStringLiteral("1.00")}};
        QVERIFY(writeWorkbook(file, {ledger, other}));
        // Not "the file is empty": the message names the sheets and their titles.
        const XlsxText text = XlsxTextExtractor::extractFile(file);
        QVERIFY(!text.ok());
        QCOMPARE(text.sheets.size(), 2);
        QVERIFY2(text.message.contains(QStringLiteral("2025年预算执行明细表")), qPrintable(text.message));
        expectRefused(file, QStringLiteral("the layout is not recognised"));

        // A BudgetDesk workbook whose table sheets were replaced: the information sheet alone
        // is no disclosure either.
        XlsxText book = XlsxTextExtractor::extractFile(m_putuoBook);
        QVERIFY2(book.ok(), qPrintable(book.errorString()));
        const QString replaced = m_dir.filePath(QStringLiteral("putuo-replaced.xlsx"));
        QVERIFY(writeWorkbook(replaced, {ledger, other, book.sheets.last()}));
        expectRefused(replaced, QStringLiteral("the layout is not recognised"));
    }

    void truncatedWorkbookIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("truncated.xlsx"));
        QVERIFY(writeBytes(file, readBytes(m_book).left(1024)));
        expectRefused(file, QStringLiteral("truncated"));
    }

    void pkGarbageIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("garbage.xlsx"));
        QVERIFY(writeBytes(file, QByteArray("PK this is a text file, not a workbook\n").repeated(20)));
        expectRefused(file, QStringLiteral("not an XLSX workbook"));
    }

    void zipBombIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        QVERIFY(writeZip(file, {{QStringLiteral("xl/workbook.xml"), QByteArray("<workbook/>")},
                                {QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray(20 * 1024 * 1024, '\0')}}));
        QVERIFY(QFileInfo(file).size() < 200 * 1024);
        expectRefused(file, QStringLiteral("zip bomb"));
    }

    void zipWithoutWorkbookIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("notabook.xlsx"));
        QVERIFY(writeZip(file, {{QStringLiteral("hello.txt"), QByteArray("hello")}}));
        expectRefused(file, QStringLiteral("xl/workbook.xml"));
    }

    void batchImportOfAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(samplePath(QStringLiteral("kizilsu-foreign-affairs-2026.txt")), in + QStringLiteral("/a-kizilsu.txt")));
        QVERIFY(QFile::copy(samplePath(QStringLiteral("putuo-commerce-2025.txt")), in + QStringLiteral("/b-putuo.txt")));
        QVERIFY(QFile::copy(samplePath(QStringLiteral("putuo-commerce-2025.pdf")), in + QStringLiteral("/sub/c-putuo.pdf")));
        QVERIFY(writeBytes(in + QStringLiteral("/sub/d-broken.xlsx"), QByteArray("PK broken")));
        QVERIFY(writeBytes(in + QStringLiteral("/ignored.md"), QByteArray("not imported")));
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BD_APP_PATH), {QStringLiteral("import"), in, QStringLiteral("--db"), db});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 3);
        QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), 3);
        QVERIFY2(err.contains(QStringLiteral("[1/4] ")) && err.contains(QStringLiteral("[4/4] ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("imported 3, failed 1")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("failed: ")) && err.contains(QStringLiteral("d-broken.xlsx")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("ignored.md")), qPrintable(err));

        QProcess list;
        list.setProcessEnvironment(env);
        list.start(QStringLiteral(BD_APP_PATH), {QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(list.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size(), 3);
    }
    // The reproducers of issue 9: sheets that made the reader materialise billions of cells
    // (bad_alloc) or overflow while reading a cell reference. Each is refused by name.
    void hostileSheetsAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("sheetData");
        QTest::addColumn<QString>("fragment");
        const QString title = QStringLiteral("2025年部门财务收支预算总表");
        QTest::newRow("A1 and XFD1048576") << ("<row r=\"1\">" + inlineCell("A1", title) + "</row><row r=\"1048576\">"
                                              + inlineCell("XFD1048576", QStringLiteral("x")) + "</row>")
                                           << QStringLiteral("spans A1:XFD1048576 (1048576 rows × 16384 columns); "
                                                             "BudgetDesk reads at most 2000000 cells");
        QTest::newRow("row 2000000000") << ("<row r=\"1\">" + inlineCell("A1", title)
                                           + "</row><row r=\"2000000000\"><c><v>1</v></c></row>")
                                        << QStringLiteral("row number \"2000000000\" is not valid");
        QTest::newRow("ZZZZZZZZZZZZ1") << ("<row r=\"1\">" + inlineCell("ZZZZZZZZZZZZ1", title) + "</row>")
                                       << QStringLiteral("cell reference \"ZZZZZZZZZZZZ1\" is not valid");
        QTest::newRow("XFE1") << ("<row r=\"1\">" + inlineCell("XFE1", title) + "</row>")
                              << QStringLiteral("cell reference \"XFE1\" is not valid");
        QTest::newRow("A1048577") << ("<row r=\"1\">" + inlineCell("A1048577", title) + "</row>")
                                  << QStringLiteral("cell reference \"A1048577\" is not valid");
        QTest::newRow("digits of another script") << ("<row r=\"1\">" + inlineCell("Ａ１", title) + "</row>")
                                                  << QStringLiteral("cell reference \"Ａ１\" is not valid");
        QByteArray wide = "<row r=\"1\">" + inlineCell("A1", title) + "</row><row r=\"2\">";
        for (int c = 0; c <= XlsxTextExtractor::maxColumns; ++c) // figures that do not compress like a zip bomb
            wide += "<c><v>" + QByteArray::number((c * 7919 + 13) % 1000003) + "</v></c>";
        QTest::newRow("16385 cells without references") << (wide + "</row>") << QStringLiteral("row 2 has more than 16384 cells");
    }
    void hostileSheetsAreRefusedByName()
    {
        QFETCH(QByteArray, sheetData);
        QFETCH(QString, fragment);
        const QString file = m_dir.filePath(QStringLiteral("hostile.xlsx"));
        QVERIFY(writeRawSheet(file, sheetData));
        const XlsxText text = XlsxTextExtractor::extractFile(file);
        QVERIFY(!text.ok());
        QVERIFY2(text.message.contains(fragment), qPrintable(text.message));
        expectRefused(file, fragment);
    }

    // A sheet that is no disclosure table is not read past its title row, however large: a big
    // workbook is told at once that it holds no disclosure (this one would also pass the cell
    // bound, were it read).
    void largeForeignSheetIsNotReadOn()
    {
        QByteArray data = "<row r=\"1\">" + inlineCell("A1", QStringLiteral("2025年预算执行明细表")) + "</row>";
        for (int r = 2; r <= 20000; ++r)
            data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>" + QByteArray::number(r)
                    + "</v></c><c r=\"XFD" + QByteArray::number(r) + "\"><v>1</v></c></row>";
        const QString file = m_dir.filePath(QStringLiteral("ledger-large.xlsx"));
        QVERIFY(writeRawSheet(file, data));
        const XlsxText text = XlsxTextExtractor::extractFile(file);
        QVERIFY(!text.ok());
        QVERIFY2(text.message.contains(QStringLiteral("2025年预算执行明细表")), qPrintable(text.message));
        QCOMPARE(text.sheets.size(), 1);
        QVERIFY(!text.sheets[0].complete);
        QCOMPARE(text.sheets[0].rows.size(), 1);
    }

};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsximport.moc"
