// The workbench window, driven as a user would on an offscreen screen: pages, linked
// selection between the tree, the tables, the charts and the breadcrumb, keyboard
// navigation, and switching the language.
#include "AddLineDialog.h"
#include "AuditTrailView.h"
#include "DocumentExport.h"
#include "Breadcrumb.h"
#include "ClassificationPage.h"
#include "ConsolidateDialog.h"
#include "DocumentBrowser.h"
#include "FindBar.h"
#include "itemmodels/DocumentListModel.h"
#include "itemmodels/CompositionModel.h"
#include "FinalAccountBudget.h"
#include "FrozenTreeView.h"
#include "MainWindow.h"
#include "SelectionHub.h"
#include "TableBrowser.h"
#include "ValidationPanel.h"
#include "charts/ExpenditureStructureChart.h"
#include "editing/DocumentSession.h"
#include "import/DisclosureImporter.h"
#include "itemmodels/BudgetRoles.h"
#include "itemmodels/DisclosureTableModel.h"
#include "itemmodels/ExecutionModel.h"
#include "itemmodels/FindingsModel.h"
#include "itemmodels/FunctionalTreeModel.h"
#include "itemmodels/HistoryModel.h"
#include "store/DocumentStore.h"
#include "TestServer.h"
#include "KeyFigures.h"
#include "Language.h"
#include "OverviewPage.h"
#include "editing/AutoSaver.h"
#include "editing/DocumentEditor.h"
#include "editing/RecoveryStore.h"
#include "store/AuditLog.h"
#include "store/StoreAccess.h"

#include <functional>

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QMimeData>
#include <QDragEnterEvent>
#include <QUrl>
#include <QInputDialog>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QTreeView>
#include <QMessageBox>
#include <QPieSlice>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <QAction>
#include <QApplication>
#include <QStandardPaths>
#include <QTabWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace bd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnPages();
    void treeSelectionDrivesEverything();
    void chartSliceSelectsTreeNode();
    void breadcrumbGoesBackUp();
    void keyboardNavigationMovesSelection();
    void disclosureTableFollowsAndLeads();
    void languageSwitch();
    void publishedIsReadOnly();
    void draftEditUndoSave();
    void refusedEditSaysWhy();
    void pasteIsOneStepOrNothing();
    void recoveryAfterCrash();
    void recoveryOfAChangedDocument();
    void projectAmountsEditable();
    void copyAsTsv();
    void importFolder();
    void dropFilesToImport();
    void finalAccountPages();
    void targetsShowTheirIndicators();
    void firstStartFitsTheScreen();
    void auditTrailNamesRowsAsPrinted();
    void addLineDialogKeepsWhatWasTyped();
    void exportEveryFormatFromTheWindow();
    void hiddenPagesFollowWhenShown();
    void removeLineAsksAndSelectionFollows();
    void deleteDocumentAsksFirst();
    void findOnAPage();
    void rightClickOffersTheEditMenu();
    void compareWithAnotherDocument();
    void pagesAreBuiltWhenFirstShown();
    void saveOverSomeoneElsesSave();
    void consolidateFromTheWindow();
    void connectToAnotherStore();
    void reviewFromTheWindow();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_kizilsu = 0;
    qint64 m_putuo = 0;

    ClassificationPage *functionalPage() const { return m_window->classificationPage(MainWindow::Functional); }
    // Once the window asks (a message box), checks what it says and presses button.
    void answerNextQuestion(QMessageBox::StandardButton button, const QString &text, const QString &informative = QString())
    {
        QTimer::singleShot(0, this, [button, text, informative] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    QVERIFY2(box->text().contains(text), qPrintable(box->text()));
                    QVERIFY2(box->informativeText().contains(informative), qPrintable(box->informativeText()));
                    box->button(button)->click();
                }
        });
    }
    QString treeCurrentCode() const
    {
        return functionalPage()->view()->currentIndex().siblingAtColumn(0).data(CodeRole).toString();
    }
};

void TestMainWindow::initTestCase()
{
    // A home of its own: the settings and recovery records of this run are shared with no other
    // (one running beside it, or one killed half-way that left its records behind).
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true); // settings of this test never touch the user's
    QCoreApplication::setOrganizationName(QStringLiteral("BudgetDeskTest"));
    // Its own settings and recovery folder: ctest runs the server's run of this test beside it.
    QCoreApplication::setApplicationName(test::serverUrl().isEmpty() ? QStringLiteral("tst_mainwindow")
                                                                     : QStringLiteral("tst_mainwindow_postgres"));
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<DocumentStore>(QStringLiteral("tst_mainwindow"));
    QString error;
    QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("w.sqlite")), &error), qPrintable(error));
    for (const char *name : {"kizilsu-foreign-affairs-2026.txt", "putuo-commerce-2025.txt"}) {
        const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/") + QLatin1String(name));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        BudgetDocument doc = *r.document;
        QVERIFY2(m_store->save(doc, &error), qPrintable(error));
        (QByteArray(name).startsWith("kizilsu") ? m_kizilsu : m_putuo) = doc.id;
    }
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->resize(1360, 860);
    QVERIFY(m_window->openDocument(m_kizilsu));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::opensOnPages()
{
    QCOMPARE(m_window->pages()->count(), int(MainWindow::PageCount));
    QCOMPARE(m_window->currentDocumentId(), m_kizilsu);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("克孜勒苏柯尔克孜自治州人民政府外事办公室")));
    // The 功能分类 tree holds the document's figures.
    m_window->showPage(MainWindow::Functional);
    auto *model = qobject_cast<FunctionalTreeModel *>(functionalPage()->view()->model());
    QVERIFY(model);
    const QModelIndex c201 = model->indexForCode(QStringLiteral("201"));
    QCOMPARE(c201.siblingAtColumn(model->columnForKey(QStringLiteral("total"))).data(AmountFenRole).toLongLong(), Q_INT64_C(399810000));
    QCOMPARE(c201.siblingAtColumn(model->columnForKey(QStringLiteral("basic"))).data(AmountFenRole).toLongLong(), Q_INT64_C(274810000));
    QCOMPARE(c201.siblingAtColumn(model->columnForKey(QStringLiteral("project"))).data(AmountFenRole).toLongLong(), Q_INT64_C(125000000));
    // The 概览 cards: the schedules' sums and last year's figures stated in the narrative.
    const QList<KeyFigure> figures = m_window->overviewPage()->keyFigures()->figures();
    QCOMPARE(figures.size(), 6);
    // 预算总额 against last year's 基本支出 + 项目支出 as the 说明 states them (399.92 − 12.15 and
    // 125.00 + 24.67).
    QCOMPARE(figures[0].key, QStringLiteral("total"));
    QCOMPARE(figures[0].prior->fen(), Q_INT64_C(537440000));
    QCOMPARE(figures[1].amount.fen(), Q_INT64_C(399930000));
    QCOMPARE(figures[1].prior->fen(), Q_INT64_C(387770000)); // 399.92 − 12.15
    QCOMPARE(figures[4].key, QStringLiteral("sangong"));
    QCOMPARE(figures[4].amount.fen(), Q_INT64_C(21400000));
    QCOMPARE(figures[4].prior->fen(), Q_INT64_C(20000000));
    QCOMPARE(*figures[4].changePercent(), Q_INT64_C(700)); // 7.00%
}

void TestMainWindow::treeSelectionDrivesEverything()
{
    m_window->showPage(MainWindow::Functional);
    FrozenTreeView *tree = functionalPage()->view();
    auto *model = qobject_cast<FunctionalTreeModel *>(tree->model());
    tree->setFocus();
    tree->setCurrentIndex(model->indexForCode(QStringLiteral("201")));
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("201"));
    // The chart drills into 201, the breadcrumb shows the path, the 基本/项目 chart follows.
    QCOMPARE(m_window->expenditureChart()->currentCode(), QStringLiteral("201"));
    QCOMPARE(m_window->breadcrumb()->parts(), (QStringList{QStringLiteral("All"), QStringLiteral("201 一般公共服务支出")}));
    // The projects page selects the projects under 201.
    ClassificationPage *projects = m_window->classificationPage(MainWindow::Projects);
    QCOMPARE(projects->view()->selectionModel()->selectedRows().size(), 2);
    // A 项 selected in the tree shows among its siblings in the chart, pulled out.
    tree->setCurrentIndex(model->indexForCode(QStringLiteral("2010301")));
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("2010301"));
    QCOMPARE(m_window->expenditureChart()->currentCode(), QStringLiteral("20103"));
    QCOMPARE(m_window->expenditureChart()->highlightedCode(), QStringLiteral("2010301"));
    QCOMPARE(m_window->breadcrumb()->parts().size(), 4);
    QCOMPARE(projects->view()->selectionModel()->selectedRows().size(), 0);
}

void TestMainWindow::chartSliceSelectsTreeNode()
{
    m_window->selectionHub()->clear();
    emit m_window->expenditureChart()->sliceActivated(QStringLiteral("208"));
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("208"));
    QCOMPARE(treeCurrentCode(), QStringLiteral("208"));
    QCOMPARE(m_window->expenditureChart()->currentCode(), QStringLiteral("208"));
}

void TestMainWindow::breadcrumbGoesBackUp()
{
    m_window->selectionHub()->setFunctionalCode(QStringLiteral("2010350"));
    const QList<QToolButton *> buttons = m_window->breadcrumb()->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 4);
    QVERIFY(!buttons.last()->isEnabled()); // where we are
    QTest::mouseClick(buttons[1], Qt::LeftButton); // 201
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("201"));
    QCOMPARE(treeCurrentCode(), QStringLiteral("201"));
    QTest::mouseClick(m_window->breadcrumb()->findChildren<QToolButton *>().first(), Qt::LeftButton); // All
    QCOMPARE(m_window->selectionHub()->functionalCode(), QString());
    QCOMPARE(m_window->expenditureChart()->currentCode(), QString());
}

void TestMainWindow::keyboardNavigationMovesSelection()
{
    m_window->showPage(MainWindow::Functional);
    FrozenTreeView *tree = functionalPage()->view();
    auto *model = qobject_cast<FunctionalTreeModel *>(tree->model());
    tree->setFocus();
    tree->setCurrentIndex(model->indexForCode(QStringLiteral("201")));
    tree->expand(model->indexForCode(QStringLiteral("201")));
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("20103"));
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("201"));
}

void TestMainWindow::disclosureTableFollowsAndLeads()
{
    m_window->showPage(MainWindow::Tables);
    TableBrowser *tables = m_window->tableBrowser();
    tables->showTable(3);
    m_window->selectionHub()->setFunctionalCode(QStringLiteral("20805"));
    QCOMPARE(tables->view()->currentIndex().data(DisclosureTableModel::CodeRole).toString(), QStringLiteral("20805"));
    // Selecting a row of the published table selects it everywhere.
    const QModelIndexList hits = tables->model()->match(tables->model()->index(0, 0), DisclosureTableModel::CodeRole,
                                                        QStringLiteral("2210201"), 1, Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    tables->view()->setCurrentIndex(hits.first());
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("2210201"));
    QCOMPARE(treeCurrentCode(), QStringLiteral("2210201"));
}

void TestMainWindow::languageSwitch()
{
    QAction *chinese = nullptr;
    QAction *english = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("中文"))
            chinese = a;
        if (a->text() == QStringLiteral("English"))
            english = a;
    }
    QVERIFY(chinese && english);
    chinese->trigger();
    // The change reaches the widgets through posted events.
    QTRY_COMPARE(m_window->pages()->tabText(MainWindow::Overview), QStringLiteral("概览"));
    QCOMPARE(m_window->pages()->tabText(MainWindow::Functional), QStringLiteral("功能分类"));
    QTRY_COMPARE(m_window->breadcrumb()->parts().first(), QStringLiteral("全部"));
    QCOMPARE(m_window->currentDocumentId(), m_kizilsu); // still on the same document
    // Qt's own words too (qt6-translations-l10n, which scripts/setup.sh installs): the buttons
    // of every dialog, the undo history.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save | QDialogButtonBox::Discard);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("保存"));
    QCOMPARE(buttons.button(QDialogButtonBox::Discard)->text(), QStringLiteral("丢弃"));
    QCOMPARE(QCoreApplication::translate("QUndoModel", "<empty>"), QStringLiteral("<空白>"));
    // And the engine's: why a file does not import, why the store refuses.
    QCOMPARE(DisclosureImporter().importBytes(QByteArray(), QStringLiteral("空.txt")).error.toString(),
             QStringLiteral("空.txt：文件为空"));
    QCOMPARE(DisclosureImporter().importBytes(QByteArray("%PDF-1.7\n1 0 obj"), QStringLiteral("截断.pdf")).error.toString(),
             QStringLiteral("截断.pdf：PDF 文件已损坏或不完整（16 字节，没有文件结束标记）；请重新下载或导出"));
    QString refused;
    QVERIFY(!DocumentStore(QStringLiteral("language_switch")).open(QStringLiteral("mysql://host/db"), &refused));
    QVERIFY2(refused.startsWith(QStringLiteral("“mysql://host/db”不是 BudgetDesk 能打开的地址")), qPrintable(refused));
    english->trigger();
    QTRY_COMPARE(m_window->pages()->tabText(MainWindow::Overview), QStringLiteral("Overview"));
    QDialogButtonBox inEnglish(QDialogButtonBox::Cancel);
    QCOMPARE(inEnglish.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

// The open draft with 2010301 at 3,000.00 万元, as a recovery record holds it (written).
static BudgetDocument writeRecoveryRecord(MainWindow *window)
{
    BudgetDocument edited = window->session()->document();
    for (FunctionalLine &l : edited.schedules.functional)
        if (l.code == QLatin1String("2010301"))
            l.amount = Amount::fromFen(300000000);
    if (!window->autoSaver()->store().write(edited))
        qFatal("cannot write the recovery record");
    return edited;
}

// Yes to the next question asked (as a user who wants the work back answers it).
static void answerYes(QObject *context)
{
    QTimer::singleShot(0, context, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                box->button(QMessageBox::Yes)->click();
    });
}

// The pending recovery record of a document (by its file), or an empty record.
static RecoveryRecord recordOf(const RecoveryStore &records, const BudgetDocument &doc)
{
    const QString path = records.pathFor(doc);
    for (const RecoveryRecord &r : records.pending())
        if (r.path == path)
            return r;
    return {};
}

static QModelIndex cell(FunctionalTreeModel *model, const char *code, const char *column)
{
    return model->indexForCode(QLatin1String(code)).siblingAtColumn(model->columnForKey(QLatin1String(column)));
}

void TestMainWindow::publishedIsReadOnly()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(m_window->editor()->isReadOnly());
    auto *model = qobject_cast<FunctionalTreeModel *>(functionalPage()->view()->model());
    QVERIFY(!(cell(model, "2010350", "basic").flags() & Qt::ItemIsEditable));
    QVERIFY(!model->setData(cell(model, "2010350", "basic"), QStringLiteral("46.24")));
}

void TestMainWindow::draftEditUndoSave()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(m_window->newDraft(2026));
    const qint64 draftId = m_window->currentDocumentId();
    QVERIFY(draftId != m_kizilsu);
    QCOMPARE(m_window->session()->document().status, DocumentStatus::Draft);
    QVERIFY(!m_window->editor()->isReadOnly());
    m_window->showPage(MainWindow::Functional);
    auto *model = qobject_cast<FunctionalTreeModel *>(functionalPage()->view()->model());
    const QModelIndex basic = cell(model, "2010350", "basic");
    QVERIFY(basic.flags() & Qt::ItemIsEditable);
    // What a user types, as the delegate hands it on: 36.24 → 46.24 万元.
    QVERIFY(model->setData(basic, QStringLiteral("４６．２４")));
    QCOMPARE(cell(model, "201", "total").data(AmountFenRole).toLongLong(), Q_INT64_C(409810000));
    QCOMPARE(m_window->session()->derivedTable(3)->rows.first().cells[4].amount->fen(), Q_INT64_C(534930000));
    QVERIFY(m_window->isWindowModified());
    m_window->editor()->undoStack()->undo();
    QCOMPARE(cell(model, "201", "total").data(AmountFenRole).toLongLong(), Q_INT64_C(399810000));
    QVERIFY(!m_window->isWindowModified());
    m_window->editor()->undoStack()->redo();
    QVERIFY(m_window->save());
    QVERIFY(!m_window->isWindowModified());
    QString error;
    const auto stored = m_store->load(draftId, &error);
    QVERIFY2(stored, qPrintable(error));
    Amount a;
    for (const FunctionalLine &l : stored->schedules.functional)
        if (l.code == QLatin1String("2010350"))
            a += l.amount;
    QCOMPARE(a.fen(), Q_INT64_C(46240000));
    // The save is in the audit trail: the changed derived cells, old and new.
    const QList<AuditEntry> audit = m_store->auditTrail(draftId, &error);
    QVERIFY(!audit.isEmpty());
    bool found = false;
    for (const AuditEntry &e : audit)
        if (e.tableNo == 3 && e.rowKey == QLatin1String("2010350") && e.columnKey == QLatin1String("total"))
            found = e.oldAmount->fen() == 36240000 && e.newAmount->fen() == 46240000;
    QVERIFY(found);
}

void TestMainWindow::refusedEditSaysWhy()
{
    auto *model = qobject_cast<FunctionalTreeModel *>(functionalPage()->view()->model());
    QVERIFY(!m_window->editor()->isReadOnly());
    const int steps = m_window->editor()->undoStack()->count();
    functionalPage()->view()->setCurrentIndex(cell(model, "2010301", "basic"));
    QVERIFY(!model->setData(cell(model, "2010301", "basic"), QStringLiteral("23x.57")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("23x.57")));
    QCOMPARE(m_window->editor()->undoStack()->count(), steps);
    QCOMPARE(cell(model, "2010301", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(238570000));
}

void TestMainWindow::pasteIsOneStepOrNothing()
{
    m_window->showPage(MainWindow::Functional);
    FrozenTreeView *tree = functionalPage()->view();
    auto *model = qobject_cast<FunctionalTreeModel *>(tree->model());
    tree->expandAll();
    tree->setCurrentIndex(cell(model, "2010301", "basic"));
    const int steps = m_window->editor()->undoStack()->count();
    QString error;
    // Two rows from a spreadsheet: 2010301 and 2010350 basic, one change of the schedules
    // (the tables are derived and the pages follow once).
    QSignalSpy changed(m_window->session(), &DocumentSession::documentChanged);
    QVERIFY2(m_window->paste(QStringLiteral("240.00\n50.00\n"), &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_window->editor()->undoStack()->count(), steps + 1);
    QCOMPARE(cell(model, "2010301", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(240000000));
    QCOMPARE(cell(model, "2010350", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(50000000));
    m_window->editor()->undoStack()->undo();
    QCOMPARE(cell(model, "2010301", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(238570000));
    // A bad cell anywhere: nothing changes at all.
    tree->setCurrentIndex(cell(model, "2010301", "basic"));
    QVERIFY(!m_window->paste(QStringLiteral("240.00\nabc\n"), &error));
    QVERIFY(error.contains(QStringLiteral("abc")));
    QCOMPARE(cell(model, "2010301", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(238570000));
    // An amount the editor refuses after the first cell was taken: nothing changes either.
    changed.clear();
    tree->setCurrentIndex(cell(model, "2010301", "basic"));
    QVERIFY(!m_window->paste(QStringLiteral("240.00\n-5\n"), &error));
    QVERIFY2(error.contains(QStringLiteral("negative")), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_window->editor()->undoStack()->count(), steps + 1);
    QCOMPARE(cell(model, "2010301", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(238570000));
    // A cell of another row made current (a click) stays current: the selection it drives
    // across the pages does not move it to the row's first column, where nothing is pasted.
    const QModelIndex other = cell(model, "2010350", "basic");
    tree->setCurrentIndex(other);
    QCOMPARE(tree->currentIndex(), other);
    QVERIFY2(m_window->paste(QStringLiteral("51.00\n"), &error), qPrintable(error));
    QCOMPARE(cell(model, "2010350", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(51000000));
    m_window->editor()->undoStack()->undo();
}

void TestMainWindow::hiddenPagesFollowWhenShown()
{
    // A draft, on the 功能分类 page at the top level.
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(m_window->newDraft(2026));
    m_window->selectionHub()->clear();
    m_window->showPage(MainWindow::Functional);
    auto *overviewChart = m_window->overviewPage()->findChild<ExpenditureStructureChart *>();
    auto *functionalChart = m_window->expenditureChart();
    QVERIFY(overviewChart && functionalChart && overviewChart != functionalChart);
    QVERIFY(!overviewChart->isVisible());
    const auto value = [](ExpenditureStructureChart *chart) {
        QPieSlice *slice = chart->slice(QStringLiteral("201"));
        return slice ? slice->property("fen").toLongLong() : -1;
    };
    const qint64 before = value(overviewChart);
    QCOMPARE(value(functionalChart), before);
    QString error;
    QVERIFY2(m_window->editor()->setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic,
                                                     Amount::fromFen(46240000), &error), qPrintable(error));
    // The page in sight follows at once; the hidden one when it is shown.
    QCOMPARE(value(functionalChart), before + 10000000);
    QCOMPARE(value(overviewChart), before);
    m_window->showPage(MainWindow::Overview);
    QCOMPARE(value(overviewChart), before + 10000000);
    m_window->editor()->undoStack()->undo();
    QCOMPARE(value(overviewChart), before);
    m_window->showPage(MainWindow::Functional);
}

// Two people, one draft: a save over a version another connection saved since is refused, and
// the user keeps theirs (reload) or keeps their own edits as a copy. Nothing is overwritten.
void TestMainWindow::saveOverSomeoneElsesSave()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(m_window->newDraft(2026));
    const qint64 draftId = m_window->currentDocumentId();
    QString error;
    const auto amountOf = [this](qint64 id) {
        QString e;
        qint64 fen = 0;
        const auto doc = m_store->load(id, &e);
        for (const FunctionalLine &l : doc->schedules.functional)
            if (l.code == QLatin1String("2010350"))
                fen += l.amount.fen();
        return fen;
    };
    const auto someoneSaves = [&](qint64 fen) {
        DocumentStore other(QStringLiteral("colleague"));
        QVERIFY2(other.open(m_store->path(), &error), qPrintable(error));
        BudgetDocument theirs = *other.load(draftId, &error);
        for (FunctionalLine &l : theirs.schedules.functional)
            if (l.code == QLatin1String("2010350") && l.phase == Phase::Basic)
                l.amount = Amount::fromFen(fen);
        QVERIFY2(other.save(theirs, &error), qPrintable(error));
    };
    const auto answer = [this](const QString &button) {
        QTimer::singleShot(0, this, [button] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    QVERIFY2(box->text().contains(QStringLiteral("after you opened it")), qPrintable(box->text()));
                    for (QAbstractButton *b : box->buttons())
                        if (b->text() == button)
                            b->click();
                }
        });
    };
    const auto edit = [this](qint64 fen) {
        QString e;
        QVERIFY2(m_window->editor()->setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic,
                                                         Amount::fromFen(fen), &e), qPrintable(e));
    };

    // Reload: their version replaces these edits. First the differences, cell by cell: the
    // box stays, the dialog lists theirs against mine.
    edit(41000000);
    someoneSaves(42000000);
    const QList<AuditEntry> differences = m_window->conflictDifferences(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    bool shown = false;
    for (const AuditEntry &e : differences)
        if (e.rowKey == QLatin1String("2010350") && e.oldAmount && e.newAmount && e.oldAmount->fen() == 42000000
            && e.newAmount->fen() == 41000000)
            shown = true;
    QVERIFY(shown);
    // What a user does: Review Differences…, reads and closes the list, then Reload.
    int listed = -1;
    QTimer user;
    connect(&user, &QTimer::timeout, this, [this, &listed, &user] {
        if (auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("differences")); dialog && dialog->isVisible()) {
            listed = dialog->findChild<AuditTrailView *>()->rowCount();
            dialog->reject();
            return;
        }
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == (listed < 0 ? QStringLiteral("Review Differences…") : QStringLiteral("Reload Their Version"))) {
                        if (listed >= 0)
                            user.stop();
                        b->click();
                        return;
                    }
    });
    user.start(20);
    QVERIFY(!m_window->save());
    QCOMPARE(listed, int(differences.size()));
    QCOMPARE(amountOf(draftId), Q_INT64_C(42000000));
    QCOMPARE(m_window->currentDocumentId(), draftId);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->session()->document().schedules.functional, m_store->load(draftId, &error)->schedules.functional);

    // Save mine as a copy: theirs stays, mine becomes a draft of its own, opened.
    edit(43000000);
    someoneSaves(44000000);
    answer(QStringLiteral("Save Mine as a Copy"));
    QVERIFY(m_window->save());
    QCOMPARE(amountOf(draftId), Q_INT64_C(44000000));
    const qint64 copyId = m_window->currentDocumentId();
    QVERIFY(copyId != draftId);
    QCOMPARE(amountOf(copyId), Q_INT64_C(43000000));
    QVERIFY(!m_window->isWindowModified());
    // And the copy saves as any draft.
    edit(45000000);
    QVERIFY(m_window->save());
    QCOMPARE(amountOf(copyId), Q_INT64_C(45000000));
}

// 汇总 from the window: File › Consolidate offers the documents of the open one's family and
// year; the new draft opens on its 构成 page, which a document that is no consolidation lacks.
void TestMainWindow::consolidateFromTheWindow()
{
    QString error;
    QList<qint64> units;
    for (const char *name : {"putuo-commerce-unit-2025.txt", "putuo-govoffice-unit-2025.txt"}) {
        const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_TEST_DATA_DIR "/") + QLatin1String(name));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        BudgetDocument doc = *r.document;
        QVERIFY2(m_store->save(doc, &error), qPrintable(error));
        units.append(doc.id);
    }
    QVERIFY(m_window->openDocument(units[0]));
    QVERIFY(!m_window->pages()->isTabVisible(MainWindow::Composition));

    // The dialog: the family's documents of 2025 (the Putuo department budget and both units,
    // not Kizilsu's 2026), the open one ticked; OK once two are and a title is given.
    QAction *consolidate = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("&Consolidate…"))
            consolidate = a;
    QVERIFY(consolidate && consolidate->isEnabled());
    // What the dialog showed, checked after it closed (a failed check inside would leave it open).
    bool seen = false;
    QList<qint64> offered, tickedFirst;
    bool okAtFirst = true, okWithTwo = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ConsolidateDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        for (int i = 0; i < dialog->list()->count(); ++i)
            offered.append(dialog->list()->item(i)->data(Qt::UserRole).toLongLong());
        tickedFirst = dialog->members();
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        okAtFirst = ok->isEnabled();
        for (int i = 0; i < dialog->list()->count(); ++i)
            if (dialog->list()->item(i)->data(Qt::UserRole).toLongLong() == units[1])
                dialog->list()->item(i)->setCheckState(Qt::Checked);
        okWithTwo = ok->isEnabled();
        dialog->titleEdit()->setText(QStringLiteral("普陀区两单位汇总"));
        if (okWithTwo)
            ok->click();
        else
            dialog->reject();
    });
    consolidate->trigger();
    QVERIFY(seen);
    QVERIFY(offered.contains(units[0]) && offered.contains(units[1]) && offered.contains(m_putuo));
    QVERIFY(!offered.contains(m_kizilsu));
    QCOMPARE(tickedFirst, QList<qint64>{units[0]});
    QVERIFY(!okAtFirst);
    QVERIFY(okWithTwo);
    QCOMPARE(m_window->session()->document().department, QStringLiteral("普陀区两单位汇总"));
    QList<qint64> members = m_window->session()->document().members; // in the list's order
    std::sort(members.begin(), members.end());
    QCOMPARE(members, units);
    QCOMPARE(m_window->pages()->currentIndex(), int(MainWindow::Composition));
    QVERIFY(m_window->pages()->isTabVisible(MainWindow::Composition));
    CompositionModel *model = m_window->compositionModel();
    QTRY_VERIFY(model->rowCount() > 0);
    QStringList names = model->members();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("上海市普陀区人民政府办公室"), QStringLiteral("上海市普陀区商务委员会")}));
    // Its rows follow the selection as every page does.
    m_window->selectionHub()->setFunctionalCode(QStringLiteral("20113"));
    ClassificationPage *page = m_window->classificationPage(MainWindow::Composition);
    QVERIFY(!page); // not a classification page of the schedules…
    auto *view = m_window->pages()->currentWidget()->findChild<FrozenTreeView *>();
    QVERIFY(view);
    QCOMPARE(view->currentIndex().data(CodeRole).toString(), QStringLiteral("20113"));
    // Refused members are said: one of another family.
    QVERIFY(!m_window->consolidate(QStringLiteral("x"), {units[0], m_kizilsu}, &error));
    QVERIFY2(error.contains(QStringLiteral("another template family")), qPrintable(error));
    // Back on a document that is no consolidation, the page goes.
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(!m_window->pages()->isTabVisible(MainWindow::Composition));
    QVERIFY(m_window->pages()->currentIndex() != int(MainWindow::Composition));
}

// File › Connect to Server…: the window moves to another store (the PostgreSQL server of the
// suite's second run, else another file) and back; one it cannot open changes nothing.
void TestMainWindow::connectToAnotherStore()
{
    QString error;
    QString other = test::serverUrl();
    if (!other.isEmpty())
        QVERIFY2(test::resetServer(other, &error), qPrintable(error));
    else
        other = m_dir.filePath(QStringLiteral("team.sqlite"));
    {
        DocumentStore team(QStringLiteral("team"));
        QVERIFY2(team.open(other, &error), qPrintable(error));
        const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/putuo-commerce-2025.txt"));
        BudgetDocument doc = *r.document;
        doc.department = QStringLiteral("团队库中的部门");
        QVERIFY2(team.save(doc, &error), qPrintable(error));
    }
    const QString original = m_store->location();
    QVERIFY(m_window->openDocument(m_kizilsu));
    const int listed = m_window->documentBrowser()->model()->rowCount();
    QVERIFY(listed >= 2);

    // While it tries, the window says so with the wait cursor; after, neither stays.
    QStringList said;
    const auto listening = connect(m_window->statusBar(), &QStatusBar::messageChanged, this,
                                   [&said](const QString &m) { said.append(m); });
    QVERIFY(!m_window->connectToStore(QStringLiteral("postgresql://budget@%2Fnonexistent%2Fsocket:5999/budgets"), &error));
    disconnect(listening);
    QVERIFY2(said.contains(QStringLiteral("Connecting to postgresql://budget@/nonexistent/socket:5999/budgets…")), qPrintable(said.join(u'|')));
    QCOMPARE(QApplication::overrideCursor(), nullptr);
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QVERIFY2(error.contains(QStringLiteral("Cannot connect to postgresql://budget@/nonexistent/socket:5999/budgets")), qPrintable(error));
    QCOMPARE(m_store->location(), original);
    QCOMPARE(m_window->currentDocumentId(), m_kizilsu);

    QVERIFY2(m_window->connectToStore(other, &error), qPrintable(error));
    QCOMPARE(m_window->session()->document().department, QStringLiteral("团队库中的部门"));
    QCOMPARE(m_window->documentBrowser()->model()->rowCount(), 1);
    QCOMPARE(MainWindow::rememberedStore(), other);
    QCOMPARE(m_store->database().driverName(), test::serverUrl().isEmpty() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"));

    // A long list, read a page at a time: a document opened far down it is read up to, selected
    // and in sight, and stays in sight when the window is resized.
    {
        QSqlQuery fill(m_store->database());
        QVERIFY2(fill.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                     "INSERT INTO documents (id, department, year, template_id, status, title, publish_date, source_name, "
                     "modified, department_key) "
                     "SELECT 700000 + i, department || '分局' || (1000 + i), year, template_id, status, title, publish_date, "
                     "source_name, modified, department_key || '分局' || (1000 + i) FROM documents, n "
                     "WHERE documents.department = '团队库中的部门'")),
                 qPrintable(fill.lastError().text()));
        DocumentBrowser *browser = m_window->documentBrowser();
        browser->refresh();
        QVERIFY(browser->model()->rowCount() < 401);
        QVERIFY(m_window->openDocument(700400));
        auto *view = browser->findChild<QTableView *>();
        QCOMPARE(view->currentIndex().row(), 400);
        QCOMPARE(browser->model()->idAt(400), qint64(700400));
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));
        m_window->resize(900, 600);
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(view->currentIndex())));
        m_window->resize(1360, 860);
    }

    QVERIFY2(m_window->connectToStore(original, &error), qPrintable(error));
    QCOMPARE(m_window->documentBrowser()->model()->rowCount(), listed);
    QVERIFY(m_window->openDocument(m_kizilsu));
    QSettings().remove(QStringLiteral("store/location"));
}

// A window starts with the page in sight only; a page built later shows the document, the
// selected code and the division of its splitter as they are then.
void TestMainWindow::pagesAreBuiltWhenFirstShown()
{
    {
        // The last session ended on 功能分类, with 经济分类's table narrowed to a third.
        MainWindow previous(*m_store);
        previous.resize(1200, 800);
        previous.showPage(MainWindow::Economic);
        previous.show();
        QVERIFY(QTest::qWaitForWindowExposed(&previous));
        QSplitter *split = previous.classificationPage(MainWindow::Economic)->splitter();
        split->setSizes({300, 700});
        QVERIFY(split->sizes()[0] < split->sizes()[1] / 2);
        previous.showPage(MainWindow::Functional);
        QVERIFY(previous.close());
    }
    MainWindow window(*m_store);
    QVERIFY(window.openDocument(m_kizilsu));
    window.selectionHub()->setFunctionalCode(QStringLiteral("201"));
    for (int i = 0; i < MainWindow::PageCount; ++i)
        QVERIFY2(!window.isPageBuilt(MainWindow::Page(i)), qPrintable(window.pages()->tabText(i)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.pages()->currentIndex(), int(MainWindow::Functional));
    for (int i = 0; i < MainWindow::PageCount; ++i)
        QCOMPARE(window.isPageBuilt(MainWindow::Page(i)), i == MainWindow::Functional);
    QCOMPARE(window.expenditureChart()->currentCode(), QStringLiteral("201"));

    // Built when shown: the tables select the code chosen before they existed, the projects
    // page its projects, the splitter is as it was left.
    window.showPage(MainWindow::Tables);
    QVERIFY(window.isPageBuilt(MainWindow::Tables));
    window.tableBrowser()->showTable(3); // 一般公共预算支出表, by 功能分类
    QTableView *table = window.tableBrowser()->view();
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data(DisclosureTableModel::CodeRole).toString(), QStringLiteral("201"));
    QCOMPARE(window.classificationPage(MainWindow::Projects)->view()->selectionModel()->selectedRows().size(), 2);
    window.showPage(MainWindow::Economic);
    QSplitter *split = window.classificationPage(MainWindow::Economic)->splitter();
    QTRY_VERIFY2(split->sizes()[0] > 100 && split->sizes()[0] < split->sizes()[1] / 2,
                 qPrintable(QStringLiteral("%1 : %2").arg(split->sizes()[0]).arg(split->sizes()[1])));
    QVERIFY(!window.isPageBuilt(MainWindow::Overview));
    QVERIFY(!window.isPageBuilt(MainWindow::History));
}

void TestMainWindow::removeLineAsksAndSelectionFollows()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(m_window->newDraft(2026));
    m_window->showPage(MainWindow::Functional);
    FrozenTreeView *tree = functionalPage()->view();
    auto *model = qobject_cast<FunctionalTreeModel *>(tree->model());
    tree->expandAll();
    tree->setCurrentIndex(cell(model, "2010350", "basic"));
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("2010350"));
    QAction *remove = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == QLatin1String("Remove Functional Line"))
            remove = a;
    QVERIFY(remove);
    // Asked first: Cancel keeps the line.
    answerNextQuestion(QMessageBox::Cancel, QStringLiteral("2010350"));
    remove->trigger();
    QVERIFY(model->indexForCode(QStringLiteral("2010350")).isValid());
    // Yes removes it, and nothing goes on showing it: the selection moves up to 20103.
    answerNextQuestion(QMessageBox::Yes, QStringLiteral("2010350"));
    remove->trigger();
    QVERIFY(!model->indexForCode(QStringLiteral("2010350")).isValid());
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("20103"));
    QVERIFY(!m_window->breadcrumb()->parts().join(u' ').contains(QStringLiteral("2010350")));
    QCOMPARE(m_window->expenditureChart()->drilledCode(), QStringLiteral("20103"));
    QVERIFY(!m_window->expenditureChart()->slice(QStringLiteral("2010350")));
    m_window->editor()->undoStack()->undo();
    QVERIFY(model->indexForCode(QStringLiteral("2010350")).isValid());
    m_window->editor()->markSaved();
}

// File › Delete Document… (and Delete in the list) asks first, names the document, takes it out
// of the store with its unsaved edits, and the list's next document opens.
void TestMainWindow::deleteDocumentAsksFirst()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(m_window->newDraft(2026));
    const qint64 draft = m_window->session()->document().id;
    QVERIFY(draft != m_kizilsu);
    // An unsaved edit, whose recovery record must go with the document.
    QString error;
    QVERIFY2(m_window->editor()->setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic,
                                                     Amount::fromFen(4624000), &error),
             qPrintable(error));
    QVERIFY(m_window->editor()->isDirty());
    m_window->autoSaver()->flush();
    const auto recorded = [this, draft] {
        for (const RecoveryRecord &r : m_window->autoSaver()->store().pending())
            if (r.fromThisRun && r.documentId == draft)
                return true;
        return false;
    };
    QVERIFY(recorded());
    QAction *remove = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("&Delete Document…"))
            remove = a;
    QVERIFY(remove);
    QVERIFY(remove->isEnabled());
    QVERIFY(m_window->documentBrowser()->view()->actions().contains(remove));
    const int listed = m_window->documentBrowser()->model()->rowCount();
    answerNextQuestion(QMessageBox::Cancel, QStringLiteral("2026"), QStringLiteral("unsaved"));
    remove->trigger();
    QCOMPARE(m_window->session()->document().id, draft);
    QVERIFY(m_store->load(draft, nullptr));
    answerNextQuestion(QMessageBox::Yes, QStringLiteral("2026"), QStringLiteral("unsaved"));
    remove->trigger();
    QVERIFY(!m_store->load(draft, &error));
    QVERIFY2(error.contains(QStringLiteral("no such document")), qPrintable(error));
    QCOMPARE(m_window->documentBrowser()->model()->rowCount(), listed - 1);
    QVERIFY(m_window->session()->hasDocument());
    QVERIFY(m_window->session()->document().id != draft);
    QVERIFY(!m_window->editor()->isDirty());
    QVERIFY(!recorded());

    // The last document of a store deleted: the window is left empty, with nothing to delete.
    DocumentStore single(QStringLiteral("tst_mainwindow_single"));
    QVERIFY2(single.open(m_dir.filePath(QStringLiteral("single.sqlite")), &error), qPrintable(error));
    const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/putuo-commerce-2025.txt"));
    BudgetDocument only = *r.document;
    QVERIFY2(single.save(only, &error), qPrintable(error));
    MainWindow window(single);
    QVERIFY(window.openDocument(only.id));
    QAction *removeHere = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("&Delete Document…"))
            removeHere = a;
    QVERIFY(removeHere && removeHere->isEnabled());
    answerNextQuestion(QMessageBox::Yes, QStringLiteral("2025"));
    QVERIFY(window.deleteDocument());
    QVERIFY(!window.session()->hasDocument());
    QCOMPARE(window.documentBrowser()->model()->rowCount(), 0);
    QVERIFY(!removeHere->isEnabled());
    QCOMPARE(window.windowTitle(), QStringLiteral("BudgetDesk"));
}

// Edit › Find (Ctrl+F) opens the page's find line: typing goes to the first match, which the
// other pages follow; F3 goes on, wrapping; Esc closes. On the tables too.
void TestMainWindow::findOnAPage()
{
    // Chinese is typed through the input method, as a user's IME commits it.
    const auto type = [](QLineEdit *field, const QString &text) {
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(field, &commit);
    };
    QVERIFY(m_window->openDocument(m_kizilsu));
    m_window->showPage(MainWindow::Functional);
    QAction *find = nullptr, *next = nullptr, *previous = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Find))
            find = a;
        else if (a->shortcut() == QKeySequence(QKeySequence::FindNext))
            next = a;
        else if (a->shortcut() == QKeySequence(QKeySequence::FindPrevious))
            previous = a;
    }
    QVERIFY(find && next && previous);
    FindBar *bar = functionalPage()->findBar();
    QVERIFY(!bar->isVisible());
    find->trigger();
    QVERIFY(bar->isVisible());
    QCOMPARE(m_window->focusWidget(), bar->field()); // the window's focus, active or not
    type(bar->field(), QStringLiteral("行政"));
    // 2010301 行政运行, 20805 行政事业单位养老支出, 2080501 行政单位离退休, 21011 行政事业单位医疗,
    // 2101101 行政单位医疗, in view order, opening collapsed branches.
    QCOMPARE(treeCurrentCode(), QStringLiteral("2010301"));
    QCOMPARE(m_window->selectionHub()->functionalCode(), QStringLiteral("2010301"));
    QCOMPARE(bar->status(), QStringLiteral("1 of 5"));
    next->trigger();
    QCOMPARE(treeCurrentCode(), QStringLiteral("20805"));
    next->trigger();
    QCOMPARE(treeCurrentCode(), QStringLiteral("2080501"));
    QVERIFY(functionalPage()->view()->isExpanded(functionalPage()->view()->currentIndex().parent()));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(treeCurrentCode(), QStringLiteral("21011"));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(treeCurrentCode(), QStringLiteral("2101101"));
    QCOMPARE(bar->status(), QStringLiteral("5 of 5"));
    next->trigger(); // wraps
    QCOMPARE(treeCurrentCode(), QStringLiteral("2010301"));
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(treeCurrentCode(), QStringLiteral("2101101"));
    previous->trigger();
    QCOMPARE(treeCurrentCode(), QStringLiteral("21011"));
    // By code as well; nothing found leaves the selection where it was.
    bar->field()->clear();
    QTest::keyClicks(bar->field(), QStringLiteral("2080505"));
    QCOMPARE(treeCurrentCode(), QStringLiteral("2080505"));
    QTest::keyClicks(bar->field(), QStringLiteral("9"));
    QCOMPARE(bar->status(), QStringLiteral("No match"));
    QCOMPARE(treeCurrentCode(), QStringLiteral("2080505"));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());

    // The disclosure tables have theirs.
    m_window->showPage(MainWindow::Tables);
    QCOMPARE(m_window->currentFindBar(), m_window->tableBrowser()->findBar());
    m_window->tableBrowser()->showTable(1);
    find->trigger();
    type(m_window->tableBrowser()->findBar()->field(), QStringLiteral("社会保障"));
    QVERIFY2(m_window->tableBrowser()->view()->currentIndex().data().toString().contains(QStringLiteral("社会保障和就业支出")),
             qPrintable(m_window->tableBrowser()->view()->currentIndex().data().toString()));
    QTest::keyClick(m_window->tableBrowser()->findBar()->field(), Qt::Key_Escape);
    // A page without one: the document list's search.
    m_window->showPage(MainWindow::Overview);
    QCOMPARE(m_window->currentFindBar(), nullptr);
    find->trigger();
    QCOMPARE(m_window->focusWidget(), m_window->documentBrowser()->searchField());
    m_window->showPage(MainWindow::Functional);
}

// A right click on a page's tree (its frozen name column too) or on a disclosure table pops up
// what the Edit menu does there.
void TestMainWindow::rightClickOffersTheEditMenu()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    const auto popupTexts = [this](QWidget *view) {
        QStringList texts;
        QTimer::singleShot(0, this, [&texts] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions())
                    texts.append(a->isSeparator() ? QStringLiteral("|") : a->text());
                menu->close();
            }
        });
        emit view->customContextMenuRequested(QPoint(10, 10));
        return texts;
    };
    m_window->showPage(MainWindow::Functional);
    const QStringList functional{QStringLiteral("&Copy"), QStringLiteral("Copy with &Headers"), QStringLiteral("&Paste"),
                                 QStringLiteral("|"), QStringLiteral("Add Functional &Line…"),
                                 QStringLiteral("Remove Functional Line"), QStringLiteral("|"), QStringLiteral("F&ind…")};
    QCOMPARE(popupTexts(functionalPage()->view()), functional);
    QCOMPARE(popupTexts(functionalPage()->view()->frozenView()), functional);
    m_window->showPage(MainWindow::Projects);
    QVERIFY(popupTexts(m_window->classificationPage(MainWindow::Projects)->view()).contains(QStringLiteral("Add Pro&ject…")));
    m_window->showPage(MainWindow::Tables);
    QCOMPARE(popupTexts(m_window->tableBrowser()->view()),
             (QStringList{QStringLiteral("&Copy"), QStringLiteral("Copy with &Headers"), QStringLiteral("|"), QStringLiteral("F&ind…")}));
    m_window->showPage(MainWindow::Functional);
}

// Edit › Compare with Another Document…: a draft against the published document it was made
// from, cell by cell, in the window's differences list; documents of another template are not
// offered, and cannot be compared.
void TestMainWindow::compareWithAnotherDocument()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(m_window->newDraft(2026));
    const qint64 draft = m_window->currentDocumentId();
    QString error;
    QVERIFY2(m_window->editor()->setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic,
                                                     Amount::fromFen(46240000), &error),
             qPrintable(error));
    const auto differences = m_window->differencesFrom(m_kizilsu, &error);
    QVERIFY2(differences, qPrintable(error));
    bool shown = false;
    for (const AuditEntry &e : *differences) {
        QVERIFY2(e.rowKey != QLatin1String("2101101"), "an unchanged row"); // 卫生健康 is as published
        shown = shown || (e.rowKey == QLatin1String("2010350") && e.oldAmount && e.newAmount && e.oldAmount->fen() == 36240000
                          && e.newAmount->fen() == 46240000);
    }
    QVERIFY(shown);
    // Another template: refused with why.
    QVERIFY(!m_window->differencesFrom(m_putuo, &error));
    QVERIFY2(error.contains(QStringLiteral("template")), qPrintable(error));

    // From the menu: the choice offers the published original, not Putuo; the list shows the cells.
    QAction *compare = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == QStringLiteral("Co&mpare with Another Document…"))
            compare = a;
    QVERIFY(compare && compare->isEnabled());
    QStringList offered;
    int listed = -1;
    QTimer user;
    connect(&user, &QTimer::timeout, this, [&] {
        if (auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("differences")); dialog && dialog->isVisible()) {
            listed = dialog->findChild<AuditTrailView *>()->rowCount();
            dialog->reject();
            user.stop();
            return;
        }
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *input = qobject_cast<QInputDialog *>(w); input && input->isVisible()) {
                offered = input->comboBoxItems();
                const int published = int(offered.indexOf(QRegularExpression(QStringLiteral(".*\\(document %1\\)$").arg(m_kizilsu))));
                QVERIFY(published >= 0);
                input->setTextValue(offered[published]);
                input->accept();
            }
    });
    user.start(20);
    compare->trigger();
    QCOMPARE(listed, int(differences->size()));
    QVERIFY(!offered.join(u'|').contains(QStringLiteral("普陀")));
    m_window->editor()->markSaved();
    QString ignored;
    m_store->remove(draft, &ignored);
    m_window->documentBrowser()->refresh();
    QVERIFY(m_window->openDocument(m_kizilsu));
}

void TestMainWindow::recoveryAfterCrash()
{
    // A previous run left a record with unsaved edits of the draft (as a kill would).
    const BudgetDocument edited = writeRecoveryRecord(m_window.get());
    const RecoveryStore &records = m_window->autoSaver()->store();
    QVERIFY(m_window->openDocument(m_kizilsu)); // the user is elsewhere when it restarts
    answerYes(this);
    const qint64 draftId = edited.id;
    // offerRecovery() skips records this run wrote; offer this one as an earlier run's would be
    // (alone: the autosaver may have left records of the edits of earlier tests).
    const RecoveryRecord record = recordOf(records, edited);
    QVERIFY(QFile::exists(record.path));
    m_window->offerRecoveryFrom({record});
    QCOMPARE(m_window->currentDocumentId(), draftId);
    QVERIFY(m_window->isWindowModified());
    auto *model = qobject_cast<FunctionalTreeModel *>(functionalPage()->view()->model());
    QCOMPARE(cell(model, "2010301", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(300000000));
    m_window->editor()->undoStack()->undo(); // the recovered changes are one undoable step
    QCOMPARE(cell(model, "2010301", "basic").data(AmountFenRole).toLongLong(), Q_INT64_C(238570000));
    m_window->editor()->markSaved();
}

// Edits left behind on a version that is no longer the stored one (someone saved the document
// since; or a document of the same id in another database): they are not applied over it, they
// become a new draft beside it, and the stored document keeps what it holds.
void TestMainWindow::recoveryOfAChangedDocument()
{
    const qint64 draftId = m_window->currentDocumentId();
    const BudgetDocument edited = writeRecoveryRecord(m_window.get());
    const RecoveryStore &records = m_window->autoSaver()->store();
    // Someone else saves the draft meanwhile: its title changes.
    QString error;
    auto theirs = m_store->load(draftId, &error);
    QVERIFY2(theirs, qPrintable(error));
    theirs->title = QStringLiteral("另一人保存的标题");
    QVERIFY2(m_store->save(*theirs, &error), qPrintable(error));
    const int before = int(m_store->list(&error).size());
    answerYes(this);
    const RecoveryRecord record = recordOf(records, edited);
    QVERIFY(QFile::exists(record.path));
    m_window->offerRecoveryFrom({record});
    // A new draft with the recovered figures, saved; the stored one untouched.
    QCOMPARE(int(m_store->list(&error).size()), before + 1);
    const qint64 copyId = m_window->currentDocumentId();
    QVERIFY(copyId != draftId);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("new draft")), qPrintable(m_window->statusBar()->currentMessage()));
    const auto copy = m_store->load(copyId, &error);
    const auto stored = m_store->load(draftId, &error);
    QVERIFY(copy && stored);
    QCOMPARE(stored->title, QStringLiteral("另一人保存的标题"));
    QCOMPARE(stored->schedules, theirs->schedules);
    QCOMPARE(copy->schedules.functional, edited.schedules.functional);
    QVERIFY(!QFile::exists(record.path));
    // Back to the draft the next tests work on; the copy goes.
    QVERIFY(m_store->remove(copyId, &error));
    m_window->documentBrowser()->refresh();
    QVERIFY(m_window->openDocument(draftId));
}

void TestMainWindow::projectAmountsEditable()
{
    // The draft from draftEditUndoSave: a project's 302 amount is edited in place, undoably.
    QVERIFY(!m_window->editor()->isReadOnly());
    ClassificationPage *projects = m_window->classificationPage(MainWindow::Projects);
    QAbstractItemModel *model = projects->view()->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal, ColumnKeyRole).toString() == QLatin1String("econ:302"))
            column = c;
    QVERIFY(column >= 0);
    const QModelIndex cell = model->index(0, column);
    QVERIFY(cell.flags() & Qt::ItemIsEditable);
    // Under the list, its unit and what it adds up to, following the edit.
    QVERIFY2(projects->note().startsWith(QStringLiteral("Unit: 万元 · Projects listed: 2, totalling 50.01; ")), qPrintable(projects->note()));
    QVERIFY(model->setData(cell, QStringLiteral("25.00")));
    QCOMPARE(model->index(0, column).data(AmountFenRole).toLongLong(), Q_INT64_C(25000000));
    QVERIFY2(projects->note().startsWith(QStringLiteral("Unit: 万元 · Projects listed: 2, totalling 55.01; ")), qPrintable(projects->note()));
    // Table 7 follows: its total is the projects' sum.
    QCOMPARE(m_window->session()->derivedTable(7)->rows.first().cells[5].amount->fen(), Q_INT64_C(55010000));
    m_window->editor()->undoStack()->undo();
    QCOMPARE(model->index(0, column).data(AmountFenRole).toLongLong(), Q_INT64_C(20000000));
    QVERIFY(!model->setData(cell, QStringLiteral("-5")));
    m_window->editor()->markSaved();
}

void TestMainWindow::copyAsTsv()
{
    m_window->showPage(MainWindow::Functional);
    FrozenTreeView *tree = functionalPage()->view();
    auto *model = qobject_cast<FunctionalTreeModel *>(tree->model());
    tree->selectionModel()->clearSelection();
    tree->selectionModel()->select(cell(model, "201", "total"), QItemSelectionModel::Select);
    tree->selectionModel()->select(cell(model, "201", "basic"), QItemSelectionModel::Select);
    tree->selectionModel()->select(cell(model, "208", "total"), QItemSelectionModel::Select);
    // The draft saved above, with 2010350 at 46.24: 201 is 409.81, of which basic 284.81.
    QCOMPARE(functionalPage()->selectionAsTsv(false), QStringLiteral("409.81\t284.81\n74.85\t\n"));
    QCOMPARE(functionalPage()->selectionAsTsv(true).section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("Total\tBasic expenditure"));
}

void TestMainWindow::importFolder()
{
    QTemporaryDir folder;
    QDir(folder.path()).mkdir(QStringLiteral("sub"));
    QVERIFY(QFile::copy(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"), folder.filePath(QStringLiteral("a.txt"))));
    QVERIFY(QFile::copy(QStringLiteral(BD_SAMPLES_DIR "/putuo-commerce-2025.pdf"), folder.filePath(QStringLiteral("sub/b.pdf"))));
    QFile broken(folder.filePath(QStringLiteral("sub/c.txt")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("这不是预算公开文件\n");
    broken.close();
    const QStringList files = MainWindow::disclosureFilesIn(folder.path());
    QCOMPARE(files.size(), 3);
    QString error;
    const int before = int(m_store->list(&error).size());
    // a.txt is the Kizilsu sample, imported before: the window asks what to do with it. The
    // summary of failures is a message box too. Answer them as a user would.
    QString duplicateChoice = QStringLiteral("Keep Both");
    QStringList asked;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            const auto buttons = box->buttons();
            const auto choice = std::find_if(buttons.begin(), buttons.end(),
                                             [&](QAbstractButton *b) { return b->text() == duplicateChoice; });
            if (choice == buttons.end()) {
                box->accept();
                continue;
            }
            asked.append(box->text());
            (*choice)->click();
        }
    });
    closer.start(50);
    m_window->importFiles(files);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("a.txt")) && asked.first().contains(QStringLiteral("imported before")),
             qPrintable(asked.first()));
    QCOMPARE(int(m_store->list(&error).size()), before + 2); // kept both; the broken file left nothing
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("2 of 3")));
    // Again: now both a.txt and b.pdf were imported before, and the user skips them.
    duplicateChoice = QStringLiteral("Skip");
    asked.clear();
    m_window->importFiles(files);
    closer.stop();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(int(m_store->list(&error).size()), before + 2);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("0 of 3")));
}

// A final account with the stored budget of its year: the kind in the title, 执行情况 against the
// budget, the budget's 年初预算 that its 说明 states otherwise in the check, 历年对比 of both.
// Files dragged from the file manager onto the window are imported; what is not a local file
// is refused at the door.
void TestMainWindow::dropFilesToImport()
{
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("govoffice.txt"));
    QVERIFY(QFile::copy(QStringLiteral(BD_TEST_DATA_DIR "/putuo-govoffice-unit-2025.txt"), file));
    QString error;
    const int before = int(m_store->list(&error).size());

    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.org/budget.pdf"))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData local;
    local.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &local, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &local, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(int(m_store->list(&error).size()), before + 1);
    QCOMPARE(m_window->session()->document().department, QStringLiteral("上海市普陀区人民政府办公室"));
    QVERIFY(m_store->remove(m_window->session()->document().id, &error));
    m_window->documentBrowser()->refresh();
    QVERIFY(m_window->openDocument(m_kizilsu));
}

void TestMainWindow::finalAccountPages()
{
    const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_TEST_DATA_DIR "/putuo-planning-final-2024.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    BudgetDocument finalAccount = *r.document;
    BudgetDocument budget = bd::testing::budgetFromStatements(finalAccount);
    for (FunctionalLine &l : budget.schedules.functional)
        if (l.code == QLatin1String("2101101"))
            l.amount = Amount::fromFen(43730000); // 43.73 万元, where the 说明 states 42.73
    QString error;
    QVERIFY2(m_store->save(budget, &error), qPrintable(error));
    QVERIFY2(m_store->save(finalAccount, &error), qPrintable(error));
    QVERIFY(m_window->openDocument(finalAccount.id));
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("2024 Final accounts")), qPrintable(m_window->windowTitle()));
    const QList<ExecutionRow> &rows = m_window->executionModel()->rows();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().budgetSource, QStringLiteral("budget"));
    QCOMPARE(rows.first().actual.fen(), Q_INT64_C(9746500000));
    bool differs = false;
    m_window->validationPanel()->model()->flush();
    for (const Finding &f : m_window->validationPanel()->model()->findings())
        differs = differs || (f.rule == QLatin1String("C.budget-statement") && f.rowKey == QLatin1String("2101101"));
    QVERIFY(differs);
    // 历年对比 reads the department's documents when it is shown.
    QCOMPARE(m_window->historyModel()->rowCount(), 0);
    m_window->showPage(MainWindow::History);
    QCOMPARE(m_window->historyModel()->rowCount(), 2);
    m_window->showPage(MainWindow::Execution);
    QVERIFY(m_window->pages()->currentWidget()->isVisible());
    QVERIFY(m_window->openDocument(m_kizilsu));
    QCOMPARE(m_window->executionModel()->rowCount(), 0); // a budget without its final account
}

// 绩效目标 opens whole: the indicators, their values and bases are what the page is for (it
// opened on the targets alone, its columns as narrow as their headers).
void TestMainWindow::targetsShowTheirIndicators()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    m_window->showPage(MainWindow::Targets);
    ClassificationPage *page = m_window->classificationPage(MainWindow::Targets);
    QVERIFY(page);
    QTreeView *view = page->view();
    const QAbstractItemModel *model = view->model();
    int indicators = 0, closed = 0;
    QModelIndex meeting;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (model->hasChildren(i)) {
                closed += !view->isExpanded(i);
                walk(i);
            } else {
                ++indicators;
                if (i.data().toString().startsWith(QStringLiteral("开展对外会晤次数")))
                    meeting = i;
            }
        }
    };
    walk(QModelIndex());
    // Every indicator of the sample is a row in sight.
    const auto doc = m_store->load(m_kizilsu, nullptr);
    QVERIFY(doc);
    int stated = 0;
    for (const PerformanceTarget &t : doc->schedules.targets)
        stated += int(t.indicators.size());
    QCOMPARE(indicators, stated);
    QCOMPARE(closed, 0);
    // Its values carry their own units: no unit under it, as there is under the amounts.
    QCOMPARE(page->note(), QString());
    QCOMPARE(m_window->classificationPage(MainWindow::Functional)->note(), QStringLiteral("Unit: 万元"));
    QVERIFY(meeting.isValid());
    // Its value and basis are shown whole.
    for (int c : {1, 2}) {
        const QModelIndex cell = meeting.siblingAtColumn(c);
        QVERIFY2(view->columnWidth(c) >= view->fontMetrics().horizontalAdvance(cell.data().toString()),
                 qPrintable(cell.data().toString()));
    }
    QCOMPARE(meeting.siblingAtColumn(1).data().toString(), QStringLiteral("≥6 次"));
    QCOMPARE(meeting.siblingAtColumn(2).data().toString(), QStringLiteral("2026 年工作计划"));
    m_window->showPage(MainWindow::Functional);
}

// Without a saved geometry the window opens within the screen's free area, whatever its size
// (the offscreen screen is 800×600; a 1366×768 laptop kept the status bar off-screen).
void TestMainWindow::firstStartFitsTheScreen()
{
    QSettings().remove(QStringLiteral("window/geometry"));
    MainWindow window(*m_store);
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.width() < 1360 || available.height() < 860, "the test needs a screen smaller than the window's own size");
    QVERIFY2(available.contains(window.frameGeometry().adjusted(8, 8, -8, -8)) || available.contains(window.geometry()),
             qPrintable(QStringLiteral("%1×%2 at %3,%4 on %5×%6")
                            .arg(window.width()).arg(window.height()).arg(window.x()).arg(window.y())
                            .arg(available.width()).arg(available.height())));
    // In the narrow list a long department name keeps its end, which tells the departments of
    // one district apart ("…区商务委员会", not "上海市普陀…").
    QCOMPARE(window.documentBrowser()->view()->textElideMode(), Qt::ElideLeft);
}

// The audit trail names a row as its table prints it (公务接待费), not by its key
// (sangong:reception); a key the table repeats keeps its "#2".
void TestMainWindow::auditTrailNamesRowsAsPrinted()
{
    DocumentSession session;
    QString error;
    QVERIFY(session.setDocument(*m_store->load(m_kizilsu, &error), &error));
    AuditTrailView view(&session);
    AuditEntry reception;
    reception.tableNo = 10;
    reception.rowKey = QStringLiteral("sangong:reception");
    reception.columnKey = QStringLiteral("total");
    reception.oldAmount = Amount::fromFen(950000);
    reception.newAmount = Amount::fromFen(1000000);
    AuditEntry again = reception;
    again.rowKey += QStringLiteral("#2");
    view.setEntries({reception, again});
    QCOMPARE(view.rowCount(), 2);
    QCOMPARE(view.item(1, 3)->text(), QStringLiteral("公务接待费"));
    QCOMPARE(view.item(0, 3)->text(), QStringLiteral("公务接待费 #2"));
    QVERIFY2(view.item(1, 2)->text().startsWith(QStringLiteral("10 ")), qPrintable(view.item(1, 2)->text()));
    QVERIFY2(!view.item(1, 4)->text().contains(QStringLiteral("total")), qPrintable(view.item(1, 4)->text()));
}

// A line the editor refuses (or an amount it cannot read) is said in the dialog, which stays
// open with what was typed; a line it takes closes it.
void TestMainWindow::addLineDialogKeepsWhatWasTyped()
{
    AddLineDialog dialog(Unit::WanYuan, QStringLiteral("2010301"));
    QList<FunctionalLine> offered;
    bool refuse = true;
    dialog.setAdder([&](const FunctionalLine &line, QString *error) {
        offered.append(line);
        if (refuse)
            *error = QStringLiteral("2010301 already exists; change its amount instead.");
        return !refuse;
    });
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 3); // code, name, amount
    edits[2]->setText(QStringLiteral("12a"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("12a")), qPrintable(dialog.errorText()));
    QVERIFY(offered.isEmpty());
    edits[2]->setText(QStringLiteral("12.50"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.errorText().contains(QStringLiteral("already exists")));
    QCOMPARE(edits[2]->text(), QStringLiteral("12.50")); // nothing typed is lost
    refuse = false;
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(offered.size(), 2);
    QCOMPARE(offered.last().code, QStringLiteral("2010301"));
    QCOMPARE(offered.last().amount, Amount::fromFen(12500000)); // 12.50 万元 in 分
}

// File › Export has every format the command line has; each writes the open document, and the
// check's errors are a warning beside the result, not a refusal (Kizilsu has two).
void TestMainWindow::exportEveryFormatFromTheWindow()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    QMenu *file = m_window->menuBar()->actions().first()->menu();
    QMenu *exportMenu = nullptr;
    for (QAction *a : file->actions())
        if (a->menu() && a->text() == QStringLiteral("E&xport"))
            exportMenu = a->menu();
    QVERIFY(exportMenu);
    QStringList offered;
    for (QAction *a : exportMenu->actions())
        offered.append(a->data().toString());
    QCOMPARE(offered, DocumentExport::keys());
    QCOMPARE(offered, (QStringList{QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("fdp")}));
    for (const ExportFormat &f : DocumentExport::formats()) {
        const QString path = m_dir.filePath(QStringLiteral("export-") + f.key + (f.folder ? QString() : QLatin1Char('.') + f.suffix));
        QString message;
        QVERIFY2(m_window->exportDocument(f.key, path, &message), qPrintable(f.key + QStringLiteral(": ") + message));
        QVERIFY2(message.contains(QStringLiteral("finds 2 errors")), qPrintable(message));
        if (f.folder)
            QVERIFY2(!QDir(path).entryList(QDir::Files).isEmpty(), qPrintable(path));
        else
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
    }
    QString message;
    QVERIFY(!m_window->exportDocument(QStringLiteral("doc"), m_dir.filePath(QStringLiteral("x.doc")), &message));
    QVERIFY2(message.contains(QStringLiteral("unknown format")), qPrintable(message));
}

// Review from the window: the menu passes, publishes and comments as the store's role
// allows; on a server, an editor's window opens another department's draft read-only, with
// the reason, and offers no review.
void TestMainWindow::reviewFromTheWindow()
{
    QVERIFY(m_window->openDocument(m_kizilsu));
    QVERIFY(m_window->newDraft(2026));
    QVERIFY(m_window->save());
    const qint64 draft = m_window->currentDocumentId();
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(Draft)")));
    QVERIFY(m_window->review(MainWindow::ReviewStep::Pass));
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("Reviewed by")), qPrintable(m_window->windowTitle()));
    // The list says so too, and finds it by the word.
    DocumentListModel *list = m_window->documentBrowser()->model();
    const auto listedStatus = [list, draft] {
        const int row = list->rowOf(draft);
        return row < 0 ? QString() : list->index(row, DocumentListModel::StatusColumn).data().toString();
    };
    QCOMPARE(listedStatus(), QStringLiteral("Reviewed"));
    list->setSearchText(QStringLiteral("reviewed"));
    QCOMPARE(list->rowCount(), 1);
    list->setSearchText(QString());
    QVERIFY(m_window->addReviewComment(QStringLiteral("表7 已核对")));
    QString error;
    QCOMPARE(reviewComments(m_store->database(), draft, &error).size(), 1);
    QVERIFY(m_window->review(MainWindow::ReviewStep::Publish));
    QCOMPARE(m_window->currentDocumentId(), draft);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(Published)")));
    QCOMPARE(listedStatus(), QStringLiteral("Published"));
    QVERIFY(m_window->editor()->isReadOnly());
    // Passing what is published: refused, in a message box that names why.
    QString said;
    QTimer::singleShot(0, this, [&said] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                said = box->text();
                box->accept();
            }
    });
    QVERIFY(!m_window->review(MainWindow::ReviewStep::Pass));
    QVERIFY2(said.contains(QStringLiteral("only a draft")), qPrintable(said));

    const QString server = test::serverUrl();
    if (server.isEmpty())
        return;
    QVERIFY2(test::resetServer(server, &error), qPrintable(error));
    DocumentStore owner(QStringLiteral("review-owner"));
    QVERIFY2(owner.open(server, &error), qPrintable(error));
    qint64 ids[2] = {};
    for (int i = 0; i < 2; ++i) {
        const ImportResult r = DisclosureImporter().importFile(
            QStringLiteral(BD_SAMPLES_DIR "/") + (i ? QStringLiteral("putuo-commerce-2025.txt") : QStringLiteral("kizilsu-foreign-affairs-2026.txt")));
        BudgetDocument doc = *r.document;
        doc.status = DocumentStatus::Draft;
        QVERIFY2(owner.save(doc, &error), qPrintable(error));
        ids[i] = doc.id;
    }
    const QString kizilsu = owner.load(ids[0], &error)->department;
    const QString putuo = owner.load(ids[1], &error)->department;
    QVERIFY2(grantRole(owner.database(), QStringLiteral("alice"), StoreAccess::Role::Editor, kizilsu, &error), qPrintable(error));
    ServerAddress asAlice = *ServerAddress::parse(server);
    asAlice.user = QStringLiteral("alice");
    DocumentStore store(QStringLiteral("review-alice"));
    QVERIFY2(store.open(asAlice.url(), &error), qPrintable(error));
    MainWindow window(store);
    QVERIFY(window.openDocument(ids[1]));
    QVERIFY(window.editor()->isReadOnly());
    QVERIFY2(window.editor()->refusal().contains(putuo), qPrintable(window.editor()->refusal()));
    auto *label = window.findChild<QLabel *>(QStringLiteral("documentStatus"));
    QVERIFY2(label->text().contains(QStringLiteral("alice (editor)")), qPrintable(label->text()));
    QVERIFY(!window.editor()->setFunctionalAmount(QStringLiteral("2080505"), FundSource::GeneralBudget, Phase::Basic,
                                                  Amount::fromFen(100), &error));
    QVERIFY2(error.contains(putuo), qPrintable(error));
    QVERIFY(window.openDocument(ids[0]));
    QVERIFY(!window.editor()->isReadOnly()); // her department's draft
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QLatin1String("&Pass the Draft") || a->text() == QLatin1String("P&ublish"))
            QVERIFY(!a->isEnabled());
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_store.reset();
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
