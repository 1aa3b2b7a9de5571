// Benchmarks of the import path, per bundled sample and per further document of the Shanghai
// family (tests/data: a 2023 部门 budget, a 单位 budget as text and as PDF): importing the text (detect encoding and
// template, parse, fill the schedules, derive and reconcile), deriving every table again,
// saving to the SQL store, and all three together as "budgetdesk import" and the window do.
//
// Run by hand, e.g.: bench_import -median 5

#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"
#include "tables/TableDeriver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

// A bundled sample, or one of the family's further documents in tests/data.
QByteArray readSample(const QString &name)
{
    QFile f(QDir(QStringLiteral(BD_SAMPLES_DIR)).filePath(name));
    if (!f.exists())
        f.setFileName(QDir(QStringLiteral(BD_TEST_DATA_DIR)).filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class BenchImport : public QObject
{
    Q_OBJECT

private slots:
    void importOnly_data() { samples(); }
    void importOnly();
    void deriveOnly_data() { samples(); }
    void deriveOnly();
    void saveOnly_data() { samples(); }
    void saveOnly();
    void importDeriveSave_data() { samples(); }
    void importDeriveSave();

private:
    static void samples()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("kizilsu-2026") << QStringLiteral("kizilsu-foreign-affairs-2026.txt");
        QTest::newRow("putuo-2025") << QStringLiteral("putuo-commerce-2025.txt");
        QTest::newRow("wanli-2023") << QStringLiteral("putuo-wanli-2023.txt");
        QTest::newRow("govoffice-unit-2025") << QStringLiteral("putuo-govoffice-unit-2025.txt");
        QTest::newRow("govoffice-unit-2025-pdf") << QStringLiteral("putuo-govoffice-unit-2025.pdf");
        QTest::newRow("planning-final-2024") << QStringLiteral("putuo-planning-final-2024.txt");
        QTest::newRow("planning-final-2024-pdf") << QStringLiteral("putuo-planning-final-2024.pdf");
    }

    // A store of its own in a fresh folder, so that runs do not see each other's documents.
    static bool openStore(DocumentStore &store, const QTemporaryDir &dir)
    {
        QString error;
        if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
};

void BenchImport::importOnly()
{
    QFETCH(QString, name);
    const QByteArray bytes = readSample(name);
    QVERIFY2(!bytes.isEmpty(), qPrintable(name));

    QBENCHMARK {
        const ImportResult r = DisclosureImporter().importBytes(bytes, name);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    }
}

void BenchImport::deriveOnly()
{
    QFETCH(QString, name);
    const QByteArray bytes = readSample(name);
    QVERIFY2(!bytes.isEmpty(), qPrintable(name));
    const ImportResult r = DisclosureImporter().importBytes(bytes, name);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    const BudgetDocument &doc = *r.document;

    QBENCHMARK {
        const QList<DisclosureTable> tables = TableDeriver(*r.templ, doc).deriveAll();
        QVERIFY(!tables.isEmpty());
    }
}

void BenchImport::saveOnly()
{
    QFETCH(QString, name);
    const QByteArray bytes = readSample(name);
    QVERIFY2(!bytes.isEmpty(), qPrintable(name));
    const ImportResult r = DisclosureImporter().importBytes(bytes, name);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    DocumentStore store(QStringLiteral("bench_save"));
    QVERIFY(openStore(store, dir));

    QBENCHMARK {
        // A new document each time, as an import saves it.
        BudgetDocument doc = *r.document;
        QString error;
        QVERIFY2(store.save(doc, &error), qPrintable(error));
    }
}

void BenchImport::importDeriveSave()
{
    QFETCH(QString, name);
    const QByteArray bytes = readSample(name);
    QVERIFY2(!bytes.isEmpty(), qPrintable(name));

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    DocumentStore store(QStringLiteral("bench_all"));
    QVERIFY(openStore(store, dir));

    QBENCHMARK {
        const ImportResult r = DisclosureImporter().importBytes(bytes, name);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        const QList<DisclosureTable> tables = TableDeriver(*r.templ, *r.document).deriveAll();
        QVERIFY(!tables.isEmpty());
        BudgetDocument doc = *r.document;
        QString error;
        QVERIFY2(store.save(doc, &error), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(BenchImport)
#include "bench_import.moc"
