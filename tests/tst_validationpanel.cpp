// The check panel over a real document: the findings model under QAbstractItemModelTester,
// its grouping, live rechecks after an edit, and the jump from a finding to its cell.
#include "MainWindow.h"
#include "TableBrowser.h"
#include "ValidationPanel.h"
#include "editing/DocumentSession.h"
#include "editing/DocumentEditor.h"
#include "editing/DraftFactory.h"
#include "import/DisclosureImporter.h"
#include "itemmodels/DisclosureTableModel.h"
#include "itemmodels/FindingsModel.h"
#include "store/DocumentStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace bd;

class TestValidationPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void groupsAndCounts();
    void cleanDocumentSaysSo();
    void followsEdits();
    void jumpsToTheCell();

private:
    static BudgetDocument import(const char *name)
    {
        const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/") + QLatin1String(name));
        if (!r.ok())
            qFatal("%s", qPrintable(r.error.toString()));
        return *r.document;
    }
    QList<QModelIndex> leaves(const QAbstractItemModel &m, const QModelIndex &parent = {})
    {
        QList<QModelIndex> out;
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            if (m.rowCount(i) == 0 && i.data(FindingsModel::FindingIndexRole).toInt() >= 0)
                out.append(i);
            out += leaves(m, i);
        }
        return out;
    }
};

void TestValidationPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestValidationPanel::groupsAndCounts()
{
    DocumentSession session;
    FindingsModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(session.setDocument(import("kizilsu-foreign-affairs-2026.txt"), &error));
    // The check runs once the window has shown the document.
    QVERIFY(model.isPending());
    QCOMPARE(model.findings().size(), 0);
    QTRY_VERIFY(!model.isPending());
    QVERIFY(model.count(Severity::Error) >= 1);
    // Every finding is a leaf exactly once, under the group of its severity.
    const QList<QModelIndex> all = leaves(model);
    QCOMPARE(all.size(), model.findings().size());
    for (const QModelIndex &leaf : all) {
        const Finding *f = model.findingAt(leaf);
        QVERIFY(f);
        QCOMPARE(leaf.parent().parent().data(FindingsModel::SeverityRole).toInt(), int(f->severity));
    }
    // The material error a reviewer must see: the overall targets' 599.92 against 524.92.
    bool targets = false;
    for (const Finding &f : model.findings())
        targets = targets || (f.severity == Severity::Error && f.message.contains(QStringLiteral("599.92")));
    QVERIFY(targets);
    QVERIFY(session.setDocument(import("putuo-commerce-2025.txt"), &error));
    model.flush();
    QCOMPARE(leaves(model).size(), model.findings().size());
}

// Without a finding the panel says why: no document, or a document that passes every rule
// (the 上海市普陀区人民政府办公室 2025 unit budget); with findings it lists them.
void TestValidationPanel::cleanDocumentSaysSo()
{
    DocumentSession session;
    ValidationPanel panel(&session);
    QVERIFY(!panel.emptyLabel()->isHidden());
    QVERIFY(panel.view()->isHidden());
    QCOMPARE(panel.emptyLabel()->text(), QStringLiteral("No document is open."));
    QString error;
    const ImportResult clean = DisclosureImporter().importFile(QStringLiteral(BD_TEST_DATA_DIR "/putuo-govoffice-unit-2025.txt"));
    QVERIFY2(clean.ok(), qPrintable(clean.error.toString()));
    QVERIFY(session.setDocument(*clean.document, &error));
    QCOMPARE(panel.emptyLabel()->text(), QStringLiteral("Checking…"));
    panel.model()->flush();
    QCOMPARE(panel.model()->findings().size(), 0);
    QVERIFY(!panel.emptyLabel()->isHidden());
    QVERIFY(panel.emptyLabel()->text().startsWith(QStringLiteral("No problems found")));
    QVERIFY(session.setDocument(import("kizilsu-foreign-affairs-2026.txt"), &error));
    panel.model()->flush();
    QVERIFY(panel.emptyLabel()->isHidden());
    QVERIFY(!panel.view()->isHidden());
}

void TestValidationPanel::followsEdits()
{
    DocumentSession session;
    FindingsModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DocumentEditor editor(&session);
    QString error;
    QVERIFY(session.setDocument(DraftFactory::makeDraft(import("kizilsu-foreign-affairs-2026.txt"), 2026), &error));
    model.flush();
    const auto narrative = [&model] {
        int n = 0;
        for (const Finding &f : model.findings())
            n += f.rule.startsWith(QLatin1String("D.")) && f.severity != Severity::Notice;
        return n;
    };
    const int before = narrative();
    QSignalSpy checked(&model, &FindingsModel::checked);
    QVERIFY2(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic,
                                        Amount::fromFen(46240000), &error), qPrintable(error));
    // The check waits for the edits to pause, then runs once for a burst of them.
    QVERIFY(model.isPending());
    QCOMPARE(checked.count(), 0);
    QVERIFY2(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic,
                                        Amount::fromFen(46240000 - 1), &error), qPrintable(error));
    QVERIFY2(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic,
                                        Amount::fromFen(46240000), &error), qPrintable(error));
    QTRY_COMPARE(checked.count(), 1);
    QVERIFY(!model.isPending());
    QVERIFY(narrative() > before); // "占 85.71%" and "增加 2.15 万元" no longer hold
    bool share = false;
    for (const Finding &f : model.findings())
        share = share || (f.rule == QLatin1String("D.narrative-share") && f.message.contains(QStringLiteral("85.71%")));
    QVERIFY(share);
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    model.flush();
    QCOMPARE(narrative(), before);
}

void TestValidationPanel::jumpsToTheCell()
{
    QTemporaryDir dir;
    DocumentStore store(QStringLiteral("tst_validationpanel"));
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("v.sqlite")), &error), qPrintable(error));
    BudgetDocument doc = import("kizilsu-foreign-affairs-2026.txt");
    QVERIFY(store.save(doc, &error));
    MainWindow window(store);
    QVERIFY(window.openDocument(doc.id));
    window.validationPanel()->model()->flush();
    // A rounding notice of table 6's total: the window shows table 6 with that cell current.
    const Finding *notice = nullptr;
    for (const Finding &f : window.validationPanel()->model()->findings())
        if (f.table == 6 && f.rowKey == QLatin1String("total") && f.column == QLatin1String("total"))
            notice = &f;
    QVERIFY(notice);
    window.goToFinding(*notice);
    QCOMPARE(window.pages()->currentIndex(), int(MainWindow::Tables));
    QCOMPARE(window.tableBrowser()->currentTable(), 6);
    const QModelIndex current = window.tableBrowser()->view()->currentIndex();
    QCOMPARE(current.data(DisclosureTableModel::CodeRole).toString(), QStringLiteral("total"));
    QCOMPARE(window.tableBrowser()->model()->columnKey(current.column()), QStringLiteral("total"));
}

QTEST_MAIN(TestValidationPanel)
#include "tst_validationpanel.moc"
