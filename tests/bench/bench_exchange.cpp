// Benchmarks of the exchange formats, per bundled sample: writing the workbook and reading it
// back, printing the disclosure to PDF and reading it back (Poppler's text positions and the
// aligned-layout reader), and importing the published Putuo PDF.
//
// Run by hand, e.g.: QT_QPA_PLATFORM=offscreen bench_exchange -median 3

#include "DisclosureDocument.h"
#include "editing/DocumentSession.h"
#include "export/XlsxExporter.h"
#include "import/DisclosureImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class BenchExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void xlsxExport_data() { samples(); }
    void xlsxExport();
    void xlsxImport_data() { samples(); }
    void xlsxImport();
    void pdfExport_data() { samples(); }
    void pdfExport();
    void pdfImportOfThePrintedDocument_data() { samples(); }
    void pdfImportOfThePrintedDocument();
    void pdfImportOfThePublishedPutuo();

private:
    static void samples()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("kizilsu-2026") << QStringLiteral("kizilsu-foreign-affairs-2026.txt");
        QTest::newRow("putuo-2025") << QStringLiteral("putuo-commerce-2025.txt");
    }
    static ImportResult sample(const QString &name)
    {
        return DisclosureImporter().importFile(QDir(QStringLiteral(BD_SAMPLES_DIR)).filePath(name));
    }
    QString workbook(const QString &name)
    {
        const ImportResult r = sample(name);
        const QString path = m_dir.filePath(name + QStringLiteral(".xlsx"));
        QString error;
        if (!r.ok() || !XlsxExporter::exportWorkbook(*r.document, *r.templ, r.report, path, &error))
            qFatal("cannot write the workbook of %s: %s", qPrintable(name), qPrintable(error));
        return path;
    }
    QString printed(const QString &name)
    {
        const ImportResult r = sample(name);
        DocumentSession session;
        QString error;
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        if (!r.ok() || !session.setDocument(*r.document, &error)
            || !DisclosureDocument::exportPdf(session.document(), session.templ(), session.derivedTables(), path, &error))
            qFatal("cannot print %s: %s", qPrintable(name), qPrintable(error));
        return path;
    }

    QTemporaryDir m_dir;
};

void BenchExchange::xlsxExport()
{
    QFETCH(QString, name);
    const ImportResult r = sample(name);
    QVERIFY(r.ok());
    const QString path = m_dir.filePath(QStringLiteral("bench.xlsx"));
    QBENCHMARK {
        QString error;
        QVERIFY2(XlsxExporter::exportWorkbook(*r.document, *r.templ, r.report, path, &error), qPrintable(error));
    }
}

void BenchExchange::xlsxImport()
{
    QFETCH(QString, name);
    const QString path = workbook(name);
    QBENCHMARK {
        const ImportResult r = DisclosureImporter().importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    }
}

void BenchExchange::pdfExport()
{
    QFETCH(QString, name);
    const ImportResult r = sample(name);
    QVERIFY(r.ok());
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(*r.document, &error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("bench.pdf"));
    QBENCHMARK {
        QVERIFY2(DisclosureDocument::exportPdf(session.document(), session.templ(), session.derivedTables(), path, &error),
                 qPrintable(error));
    }
}

void BenchExchange::pdfImportOfThePrintedDocument()
{
    QFETCH(QString, name);
    const QString path = printed(name);
    QBENCHMARK {
        const ImportResult r = DisclosureImporter().importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    }
}

void BenchExchange::pdfImportOfThePublishedPutuo()
{
    const QString path = QDir(QStringLiteral(BD_SAMPLES_DIR)).filePath(QStringLiteral("putuo-commerce-2025.pdf"));
    QBENCHMARK {
        const ImportResult r = DisclosureImporter().importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    }
}

QTEST_MAIN(BenchExchange)
#include "bench_exchange.moc"
