// The finished disclosure as a PDF (views/DisclosureDocument): every table of the template,
// the published totals of an imported document and the derived ones of a draft, 部门概况,
// page numbers, 元 amounts with thousands separators, and no file at all when it cannot be
// written. The text is read back with pdftotext (poppler-utils).

#include "DisclosureDocument.h"
#include "editing/DocumentSession.h"
#include "editing/DraftFactory.h"
#include "import/DisclosureImporter.h"
#include "narrative/NarrativeGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

const QString Kizilsu = QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt");
const QString Putuo = QStringLiteral(BD_SAMPLES_DIR "/putuo-commerce-2025.txt");

// pdftotext -layout squeezes nothing out, but layout spacing may split a phrase over columns:
// compare without white space.
QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

} // namespace

class TestDisclosurePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importedKizilsu();
    void importedPutuo();
    void draftHasDerivedTotals();
    void draftWithoutNarrativeGetsGeneratedExplanation();
    void unwritablePathFails();
    void printsToPrinter();
    void commandLineExport();

private:
    // Imports path, opens it in a session, exports the PDF and returns pdftotext's text.
    bool exportAndRead(const BudgetDocument &doc, const QString &name, QString *text, QString *pdfPath = nullptr);
    static BudgetDocument import(const QString &path);

    QTemporaryDir m_dir;
    QString m_pdftotext;
};

void TestDisclosurePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // BD_KEEP_PDF=1 keeps the PDFs to look at them.
    if (qEnvironmentVariableIsSet("BD_KEEP_PDF")) {
        m_dir.setAutoRemove(false);
        qInfo() << "PDFs in" << m_dir.path();
    }
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

BudgetDocument TestDisclosurePdf::import(const QString &path)
{
    const ImportResult r = DisclosureImporter().importFile(path);
    if (!r.ok())
        qWarning() << "import failed" << path;
    return r.ok() ? *r.document : BudgetDocument();
}

bool TestDisclosurePdf::exportAndRead(const BudgetDocument &doc, const QString &name, QString *text, QString *pdfPath)
{
    DocumentSession session;
    QString error;
    if (!session.setDocument(doc, &error)) {
        qWarning() << "setDocument:" << error;
        return false;
    }
    const QString path = m_dir.filePath(name);
    if (!DisclosureDocument::exportPdf(session.document(), session.templ(), session.derivedTables(), path, &error)) {
        qWarning() << "exportPdf:" << error;
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.read(4).startsWith("%PDF")) {
        qWarning() << "not a PDF" << path;
        return false;
    }
    if (QFileInfo(path).size() <= 20 * 1024) {
        qWarning() << "PDF too small" << QFileInfo(path).size();
        return false;
    }
    QProcess p;
    p.start(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "pdftotext failed" << p.readAllStandardError();
        return false;
    }
    *text = QString::fromUtf8(p.readAllStandardOutput());
    if (pdfPath)
        *pdfPath = path;
    return true;
}

void TestDisclosurePdf::importedKizilsu()
{
    const BudgetDocument doc = import(Kizilsu);
    QVERIFY(!doc.published.isEmpty());
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(doc, &error), qPrintable(error));

    QString text;
    QVERIFY(exportAndRead(doc, QStringLiteral("kizilsu.pdf"), &text));
    const QString flat = squeezed(text);
    for (const TableSpec &spec : session.templ().tables)
        QVERIFY2(flat.contains(squeezed(spec.title)), qPrintable(spec.title));
    QVERIFY(text.contains(QStringLiteral("524.92"))); // table 1's published total
    QVERIFY(text.contains(QStringLiteral("399.92"))); // table 6's published total
    QVERIFY(flat.contains(QStringLiteral("部门概况")));
    QVERIFY(flat.contains(QStringLiteral("主要职能")));
    QVERIFY(flat.contains(squeezed(doc.department)));
    QVERIFY(flat.contains(QStringLiteral("名词解释")));
    QVERIFY(flat.contains(QStringLiteral("一级指标")));
    // Page numbers: the first page, and the last one naming the page count.
    const QRegularExpression pageNo(QStringLiteral("第\\s*(\\d+)\\s*页\\s*/\\s*共\\s*(\\d+)\\s*页"));
    auto it = pageNo.globalMatch(text);
    int count = 0, last = 0, total = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        ++count;
        last = m.captured(1).toInt();
        total = m.captured(2).toInt();
    }
    QVERIFY(count > 10);
    QCOMPARE(last, total);
    QCOMPARE(count, total);
}

void TestDisclosurePdf::importedPutuo()
{
    const BudgetDocument doc = import(Putuo);
    QVERIFY(!doc.published.isEmpty());
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(doc, &error), qPrintable(error));
    QString text;
    QVERIFY(exportAndRead(doc, QStringLiteral("putuo.pdf"), &text));
    const QString flat = squeezed(text);
    for (const TableSpec &spec : session.templ().tables)
        QVERIFY2(flat.contains(squeezed(spec.title)), qPrintable(spec.title));
    QVERIFY(text.contains(QStringLiteral("371,514,655.00")));
}

void TestDisclosurePdf::draftHasDerivedTotals()
{
    const BudgetDocument published = import(Kizilsu);
    const BudgetDocument draft = DraftFactory::makeDraft(published, published.year);
    QVERIFY(draft.published.isEmpty());
    QString text;
    QVERIFY(exportAndRead(draft, QStringLiteral("draft.pdf"), &text));
    QVERIFY(text.contains(QStringLiteral("524.93"))); // derived total: the exact sum of the rows
    QVERIFY(squeezed(text).contains(QStringLiteral("部门收支总体情况表")));
}

void TestDisclosurePdf::draftWithoutNarrativeGetsGeneratedExplanation()
{
    BudgetDocument draft = DraftFactory::makeDraft(import(Kizilsu), 2026);
    draft.schedules.narrative.removeIf([](const NarrativeSection &s) { return s.part == QLatin1String("explanation"); });
    const QList<GeneratedSentence> sentences = NarrativeGenerator::generate(draft);
    QVERIFY(sentences.size() > 3);
    QString text;
    QVERIFY(exportAndRead(draft, QStringLiteral("generated.pdf"), &text));
    const QString flat = squeezed(text);
    for (const GeneratedSentence &s : sentences)
        QVERIFY2(flat.contains(squeezed(s.text)), qPrintable(s.text));
}

void TestDisclosurePdf::unwritablePathFails()
{
    const BudgetDocument doc = import(Kizilsu);
    DocumentSession session;
    QString error;
    QVERIFY(session.setDocument(doc, &error));
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
    error.clear();
    QVERIFY(!DisclosureDocument::exportPdf(session.document(), session.templ(), session.derivedTables(), path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
}

// print() is what Print… and Print Preview… call: a QPrinter (here writing a PDF) gets the same
// pages with their numbers.
void TestDisclosurePdf::printsToPrinter()
{
    const BudgetDocument doc = import(Kizilsu);
    DocumentSession session;
    QString error;
    QVERIFY(session.setDocument(doc, &error));
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    DisclosureDocument::print(session.document(), session.templ(), session.derivedTables(), &printer);
    QVERIFY(QFileInfo(path).size() > 20 * 1024);
    QProcess p;
    p.start(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(squeezed(text).contains(QStringLiteral("部门收支总体情况表")));
    QVERIFY(squeezed(text).contains(QStringLiteral("第1页/共")));
}

void TestDisclosurePdf::commandLineExport()
{
    // budgetdesk export ID --format pdf, headless: the same disclosure from the command line.
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    auto run = [&](const QStringList &args, QByteArray *out) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BD_APP_PATH), args);
        p.waitForFinished(120000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"),
                  QStringLiteral("--db"), db}, &out), 0);
    const QString id = QString::fromUtf8(out).section(QLatin1Char('\t'), 0, 0);
    const QString pdf = dir.filePath(QStringLiteral("disclosure.pdf"));
    QCOMPARE(run({QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf,
                  QStringLiteral("--db"), db}, &out), 0);
    QCOMPARE(QString::fromUtf8(out).trimmed(), QDir::toNativeSeparators(pdf));
    QProcess p;
    p.start(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("一般公共预算基本支出情况表")));
    QVERIFY(text.contains(QStringLiteral("399.92")));
}

QTEST_MAIN(TestDisclosurePdf)
#include "tst_disclosurepdf.moc"
