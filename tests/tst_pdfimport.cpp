// PDF import: the published Putuo PDF, read through Poppler and laid out line by line like
// `pdftotext -layout`, imports to the same figures as its text (every published table cell by
// cell, the schedules); damaged, truncated and foreign files are refused with a message that
// names the file, never a crash or a hang.

#include "SameDocument.h"
#include "import/DisclosureImporter.h"
#include "document/Finding.h"
#include "import/PdfTextExtractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using namespace bd::testing;

namespace {

const QString kPutuoText = QStringLiteral("putuo-commerce-2025.txt");
const QString kPutuoPdf = QStringLiteral("putuo-commerce-2025.pdf");

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

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A one-page PDF without text; with encrypt, protected by the standard security handler with a
// user password that is not empty (its /U entry matches no password), so it opens locked.
QByteArray minimalPdf(bool encrypt)
{
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
    if (encrypt)
        objects.append("<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(64, '1') + "> /U <" + QByteArray(64, '2')
                       + "> /P -4 >>");
    QByteArray out("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R";
    if (encrypt)
        out += " /Encrypt 4 0 R /ID [<" + QByteArray(32, 'a') + "> <" + QByteArray(32, 'a') + ">]";
    out += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace

class TestPdfImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfImportsWithoutErrors();
    void publishedTablesEqualText_data();
    void publishedTablesEqualText();
    void schedulesEqualText();
    void truncatedPdfIsRefused();
    void garbageAfterPdfHeaderIsRefused();
    void nonPdfIsRefused();
    void encryptedPdfIsRefused();
    void pdfWithoutTextIsRefused();
    void extractorNamesTheFile();

private:
    ImportResult m_text;
    ImportResult m_pdf;
};

void TestPdfImport::initTestCase()
{
    QVERIFY(QFile::exists(samplePath(kPutuoPdf)));
    const DisclosureImporter importer;
    m_text = importer.importFile(samplePath(kPutuoText));
    QVERIFY2(m_text.ok(), qPrintable(m_text.error.toString()));
    QElapsedTimer timer;
    timer.start();
    m_pdf = importer.importFile(samplePath(kPutuoPdf));
    QVERIFY2(m_pdf.ok(), qPrintable(m_pdf.error.toString()));
    QVERIFY2(timer.elapsed() < 60000, "the PDF import took more than a minute");
}

void TestPdfImport::pdfImportsWithoutErrors()
{
    QCOMPARE(m_pdf.templ->id, m_text.templ->id);
    QCOMPARE(m_pdf.report.count(Severity::Error), 0);
    // The same published-vs-derived findings as the text: the same cells, read the same way.
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Notice})
        QCOMPARE(m_pdf.report.count(s), m_text.report.count(s));
    QCOMPARE(m_pdf.document->department, m_text.document->department);
    QCOMPARE(m_pdf.document->year, m_text.document->year);
    QCOMPARE(m_pdf.document->templateId, m_text.document->templateId);
    QCOMPARE(m_pdf.document->sourceName, kPutuoPdf);
    QCOMPARE(m_pdf.document->published.size(), 9);
}

void TestPdfImport::publishedTablesEqualText_data()
{
    QTest::addColumn<int>("number");
    for (int n = 1; n <= 9; ++n)
        QTest::addRow("table %d", n) << n;
}

void TestPdfImport::publishedTablesEqualText()
{
    QFETCH(int, number);
    const DisclosureTable *pdf = m_pdf.document->publishedTable(number);
    const DisclosureTable *text = m_text.document->publishedTable(number);
    QVERIFY(pdf);
    QVERIFY(text);
    // Amounts and codes exactly; names too (a name the PDF wraps is mended in both).
    QCOMPARE(tableDifference(*text, *pdf), QString());
}

void TestPdfImport::schedulesEqualText()
{
    const Schedules &p = m_pdf.document->schedules;
    const Schedules &t = m_text.document->schedules;
    QVERIFY(!t.functional.isEmpty());
    QCOMPARE(p.functional.size(), t.functional.size());
    for (int i = 0; i < t.functional.size(); ++i)
        QVERIFY2(p.functional[i] == t.functional[i], qPrintable(t.functional[i].code));
    QVERIFY(!t.economic.isEmpty());
    QCOMPARE(p.economic.size(), t.economic.size());
    for (int i = 0; i < t.economic.size(); ++i)
        QVERIFY2(p.economic[i] == t.economic[i], qPrintable(t.economic[i].code));
    QVERIFY(!t.sanGong.isEmpty());
    QCOMPARE(p.sanGong.size(), t.sanGong.size());
    for (int i = 0; i < t.sanGong.size(); ++i)
        QVERIFY2(p.sanGong[i] == t.sanGong[i], qPrintable(t.sanGong[i].key));
    QCOMPARE(p.unitFundsDetail, t.unitFundsDetail);
    QCOMPARE(p.projects, t.projects);
    QCOMPARE(p.carryOver, t.carryOver);
    QCOMPARE(p.functionalTotal(), t.functionalTotal());

    // The figures outside the tables that matter: 机关运行经费 and 政府采购.
    int compared = 0;
    for (const Figure &tf : t.figures) {
        if (tf.key != QLatin1String("operating_cost") && !tf.key.startsWith(QLatin1String("procurement.")))
            continue;
        ++compared;
        const std::optional<Amount> pf = p.figure(tf.key);
        QVERIFY2(pf.has_value(), qPrintable(tf.key));
        QVERIFY2(*pf == tf.amount.value_or(Amount()) || (!tf.amount && pf->isZero()), qPrintable(tf.key));
    }
    QVERIFY(compared > 0);
    QVERIFY(p.figure(QStringLiteral("operating_cost")).has_value());
}

void TestPdfImport::truncatedPdfIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("putuo-cut.pdf"), readBytes(samplePath(kPutuoPdf)).left(10 * 1024));
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = DisclosureImporter().importFile(path);
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY(!r.ok());
    const QString message = r.error.toString();
    QVERIFY2(message.contains(QLatin1String("putuo-cut.pdf")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("truncated")), qPrintable(message));
}

void TestPdfImport::garbageAfterPdfHeaderIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray bytes("%PDF-1.7\n");
    quint32 x = 12345;
    for (int i = 0; i < 20000; ++i) {
        x = x * 1103515245u + 12345u;
        bytes.append(char(x >> 24));
    }
    const QString path = writeFile(dir, QStringLiteral("garbage.pdf"), bytes);
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = DisclosureImporter().importFile(path);
    QVERIFY(timer.elapsed() < 30000);
    QVERIFY(!r.ok());
    const QString message = r.error.toString();
    QVERIFY2(message.contains(QLatin1String("garbage.pdf")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));

    // The same garbage with an end-of-file marker: damaged, not truncated.
    const QString withEof = writeFile(dir, QStringLiteral("garbage-eof.pdf"), bytes + "\n%%EOF\n");
    const ImportResult r2 = DisclosureImporter().importFile(withEof);
    QVERIFY(!r2.ok());
    QVERIFY2(r2.error.toString().contains(QLatin1String("garbage-eof.pdf")), qPrintable(r2.error.toString()));
    QVERIFY2(r2.error.toString().contains(QLatin1String("damaged")), qPrintable(r2.error.toString()));
}

void TestPdfImport::nonPdfIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A PNG's signature and some bytes, named .pdf: not a PDF, not text either.
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(QByteArray(4096, '\0'));
    const QString path = writeFile(dir, QStringLiteral("picture.pdf"), png);
    const ImportResult r = DisclosureImporter().importFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.toString().contains(QLatin1String("picture.pdf")), qPrintable(r.error.toString()));

    const PdfText t = PdfTextExtractor::extract(png, QStringLiteral("picture.pdf"));
    QVERIFY(!t.ok());
    QVERIFY(t.lines.isEmpty());
    QVERIFY2(t.errorString().contains(QLatin1String("picture.pdf")), qPrintable(t.errorString()));
    QVERIFY2(t.errorString().contains(QLatin1String("not a PDF")), qPrintable(t.errorString()));

    // Plain text goes on to the text importer as before.
    QVERIFY(!PdfTextExtractor::isPdf(readBytes(samplePath(kPutuoText))));
}

void TestPdfImport::encryptedPdfIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("locked.pdf"), minimalPdf(true));
    const ImportResult r = DisclosureImporter().importFile(path);
    QVERIFY(!r.ok());
    const QString message = r.error.toString();
    QVERIFY2(message.startsWith(QLatin1String("locked.pdf: ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("encrypted")), qPrintable(message));
}

void TestPdfImport::pdfWithoutTextIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("scan.pdf"), minimalPdf(false));
    const ImportResult r = DisclosureImporter().importFile(path);
    QVERIFY(!r.ok());
    const QString message = r.error.toString();
    QVERIFY2(message.startsWith(QLatin1String("scan.pdf: ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("no text")), qPrintable(message));
}

void TestPdfImport::extractorNamesTheFile()
{
    const PdfText missing = PdfTextExtractor::extractFile(QStringLiteral("/nonexistent/none.pdf"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorString().contains(QLatin1String("none.pdf")), qPrintable(missing.errorString()));

    const PdfText empty = PdfTextExtractor::extract(QByteArray("%PDF-1.4\n"), QStringLiteral("empty.pdf"));
    QVERIFY(!empty.ok());
    QVERIFY2(empty.errorString().startsWith(QLatin1String("empty.pdf: ")), qPrintable(empty.errorString()));

    const PdfText good = PdfTextExtractor::extractFile(samplePath(kPutuoPdf));
    QVERIFY2(good.ok(), qPrintable(good.errorString()));
    QVERIFY(good.pages > 1);
    QVERIFY(!good.lines.isEmpty());
}

QTEST_GUILESS_MAIN(TestPdfImport)
#include "tst_pdfimport.moc"
