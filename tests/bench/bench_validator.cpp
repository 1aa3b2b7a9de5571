// Benchmarks of the validator, per bundled sample: every rule on the document as imported
// (its published tables) and on the same document as a draft (the tables derived again from the
// schedules inside the check), as the validation panel runs it after each edit.
//
// Run by hand, e.g.: bench_validator -median 9

#include "import/DisclosureImporter.h"
#include "validation/Validator.h"

#include <QDir>
#include <QTest>

using namespace bd;

class BenchValidator : public QObject
{
    Q_OBJECT

private slots:
    void checkPublished_data() { samples(); }
    void checkPublished();
    void checkDraft_data() { samples(); }
    void checkDraft();

private:
    static void samples()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("kizilsu-2026") << QStringLiteral("kizilsu-foreign-affairs-2026.txt");
        QTest::newRow("putuo-2025") << QStringLiteral("putuo-commerce-2025.txt");
    }

    static ImportResult load(const QString &name)
    {
        return DisclosureImporter().importFile(QDir(QStringLiteral(BD_SAMPLES_DIR)).filePath(name));
    }
};

void BenchValidator::checkPublished()
{
    QFETCH(QString, name);
    const ImportResult r = load(name);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    int findings = 0;
    QBENCHMARK {
        findings = int(Validator::check(*r.document, *r.templ).findings.size());
    }
    QVERIFY(findings >= 0);
}

void BenchValidator::checkDraft()
{
    QFETCH(QString, name);
    const ImportResult r = load(name);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    BudgetDocument draft = *r.document;
    draft.status = DocumentStatus::Draft;
    draft.published.clear();
    int findings = 0;
    QBENCHMARK {
        findings = int(Validator::check(draft, *r.templ).findings.size());
    }
    QVERIFY(findings >= 0);
}

QTEST_GUILESS_MAIN(BenchValidator)
#include "bench_validator.moc"
