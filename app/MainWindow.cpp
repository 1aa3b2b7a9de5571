#include "MainWindow.h"

#include "Breadcrumb.h"
#include "ClassificationPage.h"
#include "DocumentBrowser.h"
#include "FrozenTreeView.h"
#include "Language.h"
#include "NarrativePage.h"
#include "OverviewPage.h"
#include "SelectionHub.h"
#include "TableBrowser.h"
#include "charts/BasicProjectChart.h"
#include "charts/ChartExporter.h"
#include "charts/EconomicChart.h"
#include "charts/ExpenditureStructureChart.h"
#include "charts/SanGongChart.h"
#include "document/DocumentSession.h"
#include "import/DisclosureImporter.h"
#include "itemmodels/BudgetRoles.h"
#include "itemmodels/DisclosureTableModel.h"
#include "itemmodels/EconomicTreeModel.h"
#include "itemmodels/FunctionalTreeModel.h"
#include "itemmodels/PerformanceTargetModel.h"
#include "itemmodels/ProjectsModel.h"
#include "itemmodels/SanGongModel.h"
#include "store/DocumentStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

MainWindow::MainWindow(DocumentStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_session(new DocumentSession(this))
    , m_hub(new SelectionHub(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *dock = new QDockWidget(this);
    dock->setObjectName(QStringLiteral("documentsDock"));
    m_browser = new DocumentBrowser(&m_store, dock);
    dock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_browser, &DocumentBrowser::documentActivated, this, [this](qint64 id) {
        if (id != currentDocumentId())
            openDocument(id);
    });

    createPages();
    createActions();
    retranslateUi();
    connect(m_session, &DocumentSession::documentReset, this, &MainWindow::updateStatus);
    connect(m_session, &DocumentSession::documentChanged, this, &MainWindow::updateStatus);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Children go in creation order: the session before the pages. Nothing may answer its
    // going away by selecting codes in pages that are being torn down.
    m_hub->blockSignals(true);
}

qint64 MainWindow::currentDocumentId() const
{
    return m_session->hasDocument() ? m_session->document().id : 0;
}

void MainWindow::createPages()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    m_breadcrumb = new Breadcrumb(m_session, m_hub, central);
    layout->addWidget(m_breadcrumb);
    m_pages = new QTabWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_overview = new OverviewPage(m_session, m_pages);
    m_pages->addTab(m_overview, QString());

    // 功能分类: the tree with the drill-down chart and 基本/项目 beside it.
    auto *functional = new ClassificationPage(new FunctionalTreeModel(m_session, this), CodeRole,
                                              ClassificationPage::Link::Exact, m_hub, m_pages);
    auto *charts = new QSplitter(Qt::Vertical, functional);
    m_expenditureChart = new ExpenditureStructureChart(charts);
    m_expenditureChart->setSession(m_session);
    auto *basicProject = new BasicProjectChart(charts);
    basicProject->setSession(m_session);
    charts->addWidget(m_expenditureChart);
    charts->addWidget(basicProject);
    functional->setSideWidget(charts);
    connect(m_expenditureChart, &ExpenditureStructureChart::sliceActivated, m_hub, &SelectionHub::setFunctionalCode);
    connect(m_expenditureChart, &ExpenditureStructureChart::drilledTo, m_hub, &SelectionHub::setFunctionalCode);
    connect(m_hub, &SelectionHub::functionalCodeChanged, this, [this, basicProject](const QString &code) {
        m_expenditureChart->drillTo(code);
        basicProject->setCodePrefix(code);
        selectInTableBrowser(code);
    });

    auto *economic = new ClassificationPage(new EconomicTreeModel(m_session, this), CodeRole, ClassificationPage::Link::None,
                                            m_hub, m_pages);
    auto *economicChart = new EconomicChart(economic);
    economicChart->setSession(m_session);
    economic->setSideWidget(economicChart);

    auto *projects = new ClassificationPage(new ProjectsModel(m_session, this), CodeRole, ClassificationPage::Link::Prefix,
                                            m_hub, m_pages);
    projects->view()->setRootIsDecorated(false);

    auto *sanGong = new ClassificationPage(new SanGongModel(m_session, this), CodeRole, ClassificationPage::Link::None,
                                           m_hub, m_pages);
    auto *sanGongChart = new SanGongChart(sanGong);
    sanGongChart->setSession(m_session);
    sanGong->setSideWidget(sanGongChart);

    auto *targets = new ClassificationPage(new PerformanceTargetModel(m_session, this), CodeRole,
                                           ClassificationPage::Link::None, m_hub, m_pages);
    m_classPages = {functional, economic, projects, sanGong, targets};
    for (ClassificationPage *p : m_classPages)
        m_pages->addTab(p, QString());

    m_tables = new TableBrowser(m_pages);
    m_pages->addTab(m_tables, QString());
    connect(m_tables->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString code = current.siblingAtColumn(0).data(DisclosureTableModel::CodeRole).toString();
        if (!code.isEmpty() && code.front().isDigit())
            m_hub->setFunctionalCode(code);
    });
    connect(m_session, &DocumentSession::documentReset, this, [this] {
        if (m_session->hasDocument())
            m_tables->setTables(m_session->document().published, m_session->derivedTables());
        m_hub->clear();
    });
    connect(m_session, &DocumentSession::documentChanged, this, [this] {
        m_tables->setTables(m_session->document().published, m_session->derivedTables());
    });

    m_narrative = new NarrativePage(m_session, m_pages);
    m_pages->addTab(m_narrative, QString());
}

void MainWindow::selectInTableBrowser(const QString &code)
{
    QTableView *view = m_tables->view();
    QAbstractItemModel *model = view->model();
    if (!model || code.isEmpty())
        return;
    // Avoid answering our own selection: only move when the current row is another code.
    if (view->currentIndex().siblingAtColumn(0).data(DisclosureTableModel::CodeRole).toString() == code)
        return;
    for (int c = 0; c < model->columnCount(); ++c) {
        const QModelIndexList hits = model->match(model->index(0, c), DisclosureTableModel::CodeRole, code, 1, Qt::MatchExactly);
        if (!hits.isEmpty()) {
            const QSignalBlocker blocker(view->selectionModel());
            view->selectionModel()->setCurrentIndex(hits.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(hits.first());
            view->viewport()->update();
            return;
        }
    }
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndImport);
    m_importAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_exportChartsAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCharts);
    m_exportChartsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_copyAction = m_editMenu->addAction(QString(), this, &MainWindow::copySelection);
    m_copyAction->setShortcut(QKeySequence::Copy);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = m_viewMenu->addAction(QString(), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions.append(a);
    }
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_zhAction = m_languageMenu->addAction(QStringLiteral("中文"), this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    m_enAction = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { setLanguage(QStringLiteral("en")); });
    for (QAction *a : {m_zhAction, m_enAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (Language::current() == QLatin1String("en") ? m_enAction : m_zhAction)->setChecked(true);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About BudgetDesk"),
                           tr("<b>BudgetDesk %1</b><p>Department budget disclosures: open, browse, check and export.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    updateRecentMenu();
}

void MainWindow::retranslateUi()
{
    const QStringList pageTitles{tr("Overview"), tr("Functional classification"), tr("Economic classification"),
                                 tr("Projects"), tr("\"Three public\" expenses"), tr("Performance targets"),
                                 tr("Disclosure tables"), tr("Narrative")};
    for (int i = 0; i < PageCount; ++i) {
        m_pages->setTabText(i, pageTitles[i]);
        if (i < m_pageActions.size())
            m_pageActions[i]->setText(pageTitles[i]);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import Disclosure…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_exportChartsAction->setText(tr("&Export All Charts…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About BudgetDesk"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setWindowTitle(tr("Documents"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

ClassificationPage *MainWindow::classificationPage(Page page) const
{
    const int i = int(page) - int(Functional);
    return i >= 0 && i < m_classPages.size() ? m_classPages[i] : nullptr;
}

bool MainWindow::openDocument(qint64 id)
{
    QString error;
    const auto doc = m_store.load(id, &error);
    if (!doc || !m_session->setDocument(*doc, &error)) {
        QMessageBox::warning(this, tr("BudgetDesk"), tr("The document could not be opened:\n%1").arg(error));
        return false;
    }
    m_browser->setCurrentDocument(id);
    QSettings().setValue(QStringLiteral("document/last"), id);
    return true;
}

void MainWindow::updateStatus()
{
    if (!m_session->hasDocument()) {
        setWindowTitle(tr("BudgetDesk"));
        statusBar()->clearMessage();
        return;
    }
    const BudgetDocument &doc = m_session->document();
    setWindowTitle(tr("%1 %2 — BudgetDesk").arg(doc.department).arg(doc.year));
    const Unit unit = m_session->unit();
    const ImportReport &diffs = m_session->differences();
    const int rounding = diffs.count(Severity::Notice);
    const int material = diffs.findings.size() - rounding;
    QString check;
    if (doc.published.isEmpty())
        check = tr("draft: all tables derived");
    else if (diffs.findings.isEmpty())
        check = tr("published tables agree with the derivation");
    else
        check = tr("%1 material and %2 rounding differences from the derivation").arg(material).arg(rounding);
    statusBar()->showMessage(tr("%1 %2 · total %3 %4 · %5")
                                 .arg(doc.department)
                                 .arg(doc.year)
                                 .arg(doc.schedules.functionalTotal().format(unit, true), unitSuffix(unit), check));
}

void MainWindow::chooseAndImport()
{
    const QString dir = QSettings().value(QStringLiteral("import/lastDir")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Disclosure"), dir,
                                                            tr("Disclosure text (*.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(files.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    qint64 last = 0;
    QStringList failures;
    for (int i = 0; i < files.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(files[i]).fileName()));
        const ImportResult r = DisclosureImporter().importFile(files[i]);
        if (!r.ok()) {
            failures.append(r.error.toString());
            continue;
        }
        BudgetDocument doc = *r.document;
        QString error;
        if (!m_store.save(doc, &error)) {
            failures.append(files[i] + QStringLiteral(": ") + error);
            continue;
        }
        last = doc.id;
        addRecentFile(files[i]);
    }
    progress.setValue(int(files.size()));
    m_browser->refresh();
    if (last)
        openDocument(last);
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Import"), tr("These files were not imported:\n\n%1").arg(failures.join(QStringLiteral("\n\n"))));
}

void MainWindow::exportCharts()
{
    if (!m_session->hasDocument())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export All Charts"),
                                                          QSettings().value(QStringLiteral("export/lastDir")).toString());
    if (dir.isEmpty())
        return;
    bool ok = false;
    const QStringList formats{QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("PDF")};
    const QString format = QInputDialog::getItem(this, tr("Export All Charts"), tr("Format:"), formats, 0, false, &ok);
    if (!ok)
        return;
    QSettings().setValue(QStringLiteral("export/lastDir"), dir);
    QStringList written;
    QString error;
    if (!ChartExporter::exportAll(m_session, dir, *ChartExporter::formatFromName(format), ChartExporter::DefaultSize,
                                  ChartExporter::DefaultDpi, &written, &error))
        QMessageBox::warning(this, tr("Export All Charts"), tr("The charts could not all be written:\n%1").arg(error));
    else
        statusBar()->showMessage(tr("%n chart(s) written to %1", nullptr, int(written.size())).arg(dir), 5000);
}

void MainWindow::copySelection()
{
    // Copies the selected cells of the current page's table as tab-separated text.
    QAbstractItemView *view = nullptr;
    if (ClassificationPage *p = classificationPage(Page(m_pages->currentIndex())))
        view = p->view();
    else if (m_pages->currentWidget() == m_tables)
        view = m_tables->view();
    if (!view || !view->selectionModel())
        return;
    QModelIndexList indexes = view->selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    std::sort(indexes.begin(), indexes.end(), [view](const QModelIndex &a, const QModelIndex &b) {
        const int ya = view->visualRect(a).y(), yb = view->visualRect(b).y();
        return ya != yb ? ya < yb : a.column() < b.column();
    });
    QString text;
    int lastY = view->visualRect(indexes.first()).y();
    QStringList row;
    for (const QModelIndex &i : indexes) {
        if (view->visualRect(i).y() != lastY) {
            text += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
            row.clear();
            lastY = view->visualRect(i).y();
        }
        row.append(i.data().toString());
    }
    text += row.join(QLatin1Char('\t')) + QLatin1Char('\n');
    QApplication::clipboard()->setText(text);
}

void MainWindow::setLanguage(const QString &language)
{
    Language::save(language);
    Language::apply(language);
    // Models translate their headers when they build: reopen the document to rebuild them.
    if (m_session->hasDocument()) {
        const qint64 id = currentDocumentId();
        const QString code = m_hub->functionalCode();
        openDocument(id);
        m_hub->setFunctionalCode(code);
    }
}

void MainWindow::addRecentFile(const QString &file)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(file);
    recent.prepend(file);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString file = recent[i];
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this,
                                [this, file] { importFiles({file}); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (int i = 0; i < m_classPages.size(); ++i)
        m_classPages[i]->splitter()->restoreState(settings.value(QStringLiteral("window/splitter%1").arg(i)).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (int i = 0; i < m_classPages.size(); ++i)
        settings.setValue(QStringLiteral("window/splitter%1").arg(i), m_classPages[i]->splitter()->saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace bd
