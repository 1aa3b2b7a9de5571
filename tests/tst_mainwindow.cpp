// The workbench window, driven as a user would on an offscreen screen: pages, linked
// selection between the tree, the tables, the charts and the breadcrumb, keyboard
// navigation, and switching the language.
#include "Breadcrumb.h"
#include "ClassificationPage.h"
#include "FrozenTreeView.h"
#include "MainWindow.h"
#include "SelectionHub.h"
#include "TableBrowser.h"
#include "charts/ExpenditureStructureChart.h"
#include "document/DocumentSession.h"
#include "import/DisclosureImporter.h"
#include "itemmodels/BudgetRoles.h"
#include "itemmodels/DisclosureTableModel.h"
#include "itemmodels/FunctionalTreeModel.h"
#include "store/DocumentStore.h"
#include "Language.h"

#include <QAction>
#include <QApplication>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
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
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_kizilsu = 0;
    qint64 m_putuo = 0;

    ClassificationPage *functionalPage() const { return m_window->classificationPage(MainWindow::Functional); }
    QString treeCurrentCode() const
    {
        return functionalPage()->view()->currentIndex().siblingAtColumn(0).data(CodeRole).toString();
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings of this test never touch the user's
    QCoreApplication::setOrganizationName(QStringLiteral("BudgetDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
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
    english->trigger();
    QTRY_COMPARE(m_window->pages()->tabText(MainWindow::Overview), QStringLiteral("Overview"));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_store.reset();
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
