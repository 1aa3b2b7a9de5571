#include "MainWindow.h"

#include "AddLineDialog.h"
#include "AuditTrailView.h"
#include "FiguresDialog.h"
#include "Breadcrumb.h"
#include "ClassificationPage.h"
#include "DisclosureDocument.h"
#include "DocumentBrowser.h"
#include "FindBar.h"
#include "itemmodels/DocumentListModel.h"
#include "FrozenTreeView.h"
#include "Language.h"
#include "ConsolidateDialog.h"
#include "LazyPage.h"
#include "consolidation/Consolidation.h"
#include "itemmodels/CompositionModel.h"
#include "LazyRefresh.h"
#include "NarrativePage.h"
#include "OverviewPage.h"
#include "SelectionHub.h"
#include "SelectionTsv.h"
#include "TableBrowser.h"
#include "ValidationPanel.h"
#include "DocumentExport.h"
#include "itemmodels/FindingsModel.h"
#include "charts/BasicProjectChart.h"
#include "charts/ChartExporter.h"
#include "charts/EconomicChart.h"
#include "charts/ExecutionChart.h"
#include "charts/ExpenditureStructureChart.h"
#include "charts/SanGongChart.h"
#include "codes/CodeCatalogue.h"
#include "editing/DocumentSession.h"
#include "editing/AutoSaver.h"
#include "editing/DocumentEditor.h"
#include "editing/DraftFactory.h"
#include "editing/RecoveryStore.h"
#include "import/DisclosureImporter.h"
#include "import/ImportBatch.h"
#include "itemmodels/BudgetRoles.h"
#include "itemmodels/DisclosureTableModel.h"
#include "itemmodels/EconomicTreeModel.h"
#include "itemmodels/ExecutionModel.h"
#include "itemmodels/HistoryModel.h"
#include "itemmodels/FunctionalTreeModel.h"
#include "itemmodels/PerformanceTargetModel.h"
#include "itemmodels/ProjectsModel.h"
#include "itemmodels/SanGongModel.h"
#include "store/DocumentStore.h"
#include "tables/ExecutionTable.h"
#include "templates/TemplateDescription.h"
#include "validation/Validator.h"

#include <algorithm>

#include <QAction>
#include <QSortFilterProxyModel>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QScreen>
#include <QDockWidget>
#include <QDialogButtonBox>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QMenu>
#include <QScopeGuard>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoView>
#include <QVBoxLayout>

namespace bd {

namespace {

// A setting written only when it changes: reopening the last document at start must not
// rewrite (and flush to disk) the settings file before the window is painted.
void remember(const QString &key, const QVariant &value)
{
    QSettings settings;
    if (!settings.contains(key) || settings.value(key).toString() != value.toString())
        settings.setValue(key, value);
}

} // namespace

MainWindow::MainWindow(DocumentStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_session(new DocumentSession(this))
    , m_hub(new SelectionHub(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // disclosure files and folders dropped on it are imported
    m_editor = new DocumentEditor(m_session, this);
    m_autoSaver = new AutoSaver(m_session, m_editor, this);
    connect(m_editor, &DocumentEditor::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_autoSaver, &AutoSaver::writeFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The recovery copy could not be written: %1").arg(message), 8000);
    });
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
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(new QUndoView(m_editor->undoStack(), m_historyDock));
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_auditDock = new QDockWidget(this);
    m_auditDock->setObjectName(QStringLiteral("auditDock"));
    m_audit = new AuditTrailView(m_session, m_auditDock);
    m_auditDock->setWidget(m_audit);
    addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    m_auditDock->hide();
    m_checkDock = new QDockWidget(this);
    m_checkDock->setObjectName(QStringLiteral("checkDock"));
    m_check = new ValidationPanel(m_session, m_checkDock);
    m_checkDock->setWidget(m_check);
    addDockWidget(Qt::BottomDockWidgetArea, m_checkDock);
    tabifyDockWidget(m_checkDock, m_auditDock);
    m_checkDock->raise();
    connect(m_check, &ValidationPanel::findingActivated, this, &MainWindow::goToFinding);
    connect(m_check->model(), &FindingsModel::checked, this, &MainWindow::updateStatus);
    // The open document's summary stays at the right of the status bar; messages come and go
    // at its left.
    m_documentStatus = new QLabel(this);
    m_documentStatus->setObjectName(QStringLiteral("documentStatus"));
    statusBar()->addPermanentWidget(m_documentStatus);
    createActions();
    retranslateUi();
    // First: what the role allows decides what the other slots enable.
    connect(m_session, &DocumentSession::documentReset, this, &MainWindow::readAccess);
    connect(m_session, &DocumentSession::documentReset, this, &MainWindow::updateEditActions);
    updateEditActions();
    connect(m_session, &DocumentSession::documentReset, this, &MainWindow::updateStatus);
    connect(m_session, &DocumentSession::documentChanged, this, &MainWindow::updateStatus);
    connect(m_session, &DocumentSession::documentChanged, this, &MainWindow::keepSelectionOnExistingCode);
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

    // Each page is built when it is first shown or asked for (buildPage), from the document
    // and the selection as they are then: the window starts with the cost of one page.
    for (int i = 0; i < PageCount; ++i) {
        m_lazyPages[i] = new LazyPage(
            [this, i](QWidget *parent) {
                QWidget *page = buildPage(Page(i), parent);
                restoreSplitter(Page(i));
                return page;
            },
            m_pages);
        m_pages->addTab(m_lazyPages[i], QString());
    }

    // What does not wait for a page: the selection in the tables, the hub cleared when another
    // document opens, and the models of the comparison pages, which the check and the tests
    // read whether or not the pages were shown.
    connect(m_hub, &SelectionHub::functionalCodeChanged, this, &MainWindow::selectInTableBrowser);
    connect(m_session, &DocumentSession::documentReset, m_hub, &SelectionHub::clear);
    m_executionModel = new ExecutionModel(this);
    m_historyModel = new HistoryModel(this);
    // The store is read when another document opens (or links change); an edit recomputes the
    // pages from what was read. The department's other documents are read when 历年对比 is
    // first shown: opening a document costs the same with ten or ten thousand stored.
    m_historyRefresh = new LazyRefresh(m_lazyPages[History], [this] { updateHistory(); });
    connect(m_session, &DocumentSession::documentReset, this, &MainWindow::loadComparisons);
    connect(m_session, &DocumentSession::documentChanged, this, &MainWindow::updateComparisons);
    // 构成: only a consolidated document has one; its members are read when the page is shown.
    m_compositionModel = new CompositionModel(this);
    m_compositionRefresh = new LazyRefresh(m_lazyPages[Composition], [this] { updateComposition(); });
    connect(m_session, &DocumentSession::documentReset, this, [this] {
        const bool consolidated = m_session->hasDocument() && !m_session->document().members.isEmpty();
        if (!consolidated && m_pages->currentIndex() == Composition)
            showPage(Overview);
        m_pages->setTabVisible(Composition, consolidated);
        if (Composition < m_pageActions.size())
            m_pageActions[Composition]->setEnabled(consolidated);
        m_compositionModel->setComposition({}, {});
        m_compositionRefresh->request();
    });
    m_pages->setTabVisible(Composition, false);
}

QWidget *MainWindow::buildPage(Page page, QWidget *parent)
{
    // The execution, history and composition tables sort by value, and show code order until a
    // header is clicked.
    const auto sortedByValue = [this](QAbstractItemModel *source) {
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(source);
        proxy->setSortRole(Qt::EditRole);
        return proxy;
    };
    const auto sortablePage = [this, parent, &sortedByValue](QAbstractItemModel *source) {
        auto *p = new ClassificationPage(sortedByValue(source), CodeRole, ClassificationPage::Link::Exact, m_hub, parent);
        p->view()->setSortingEnabled(true);
        p->view()->sortByColumn(-1, Qt::AscendingOrder);
        return p;
    };
    const auto addClassificationPage = [this, page, parent](QAbstractItemModel *model, ClassificationPage::Link link) {
        auto *p = new ClassificationPage(model, CodeRole, link, m_hub, parent);
        connect(p, &ClassificationPage::editRefused, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        m_classPages[int(page) - int(Functional)] = p;
        // A right click offers what the Edit menu does here (the click has chosen the cell).
        offerContextMenu(p->view(), page);
        offerContextMenu(p->view()->frozenView(), page);
        // Under the amounts, their unit (绩效目标's values carry their own), and under the
        // projects what they add up to against the 项目支出.
        if (page != Targets) {
            auto *projects = qobject_cast<ProjectsModel *>(model);
            const auto note = [this, p, projects] {
                if (!m_session->hasDocument())
                    return p->setNote(QString());
                const QString unit = tr("Unit: %1").arg(unitSuffix(m_session->unit()));
                p->setNote(projects ? tr("%1 · %2").arg(unit, projects->summary()) : unit);
            };
            connect(m_session, &DocumentSession::documentReset, p, note);
            connect(m_session, &DocumentSession::documentChanged, p, note);
            note();
        }
        return p;
    };
    switch (page) {
    case Overview:
        return m_overview = new OverviewPage(m_session, parent);
    case Functional: {
        // 功能分类: the tree with the drill-down chart and 基本/项目 beside it.
        auto *model = new FunctionalTreeModel(m_session, this);
        model->setEditor(m_editor);
        auto *functional = addClassificationPage(model, ClassificationPage::Link::Exact);
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
        const auto follow = [this, basicProject](const QString &code) {
            m_expenditureChart->drillTo(code);
            basicProject->setCodePrefix(code);
        };
        connect(m_hub, &SelectionHub::functionalCodeChanged, functional, follow);
        follow(m_hub->functionalCode());
        return functional;
    }
    case Economic: {
        auto *model = new EconomicTreeModel(m_session, this);
        model->setEditor(m_editor);
        auto *economic = addClassificationPage(model, ClassificationPage::Link::None);
        auto *chart = new EconomicChart(economic);
        chart->setSession(m_session);
        economic->setSideWidget(chart);
        return economic;
    }
    case Projects: {
        auto *model = new ProjectsModel(m_session, this);
        model->setEditor(m_editor);
        auto *projects = addClassificationPage(model, ClassificationPage::Link::Prefix);
        projects->view()->setRootIsDecorated(false);
        return projects;
    }
    case SanGong: {
        auto *model = new SanGongModel(m_session, this);
        model->setEditor(m_editor);
        auto *sanGong = addClassificationPage(model, ClassificationPage::Link::None);
        auto *chart = new SanGongChart(sanGong);
        chart->setSession(m_session);
        sanGong->setSideWidget(chart);
        return sanGong;
    }
    case Targets: {
        auto *model = new PerformanceTargetModel(m_session, this);
        model->setEditor(m_editor);
        auto *targets = addClassificationPage(model, ClassificationPage::Link::None);
        targets->setOpenDepth(-1);
        return targets;
    }
    case Tables: {
        m_tables = new TableBrowser(parent);
        offerContextMenu(m_tables->view(), Tables);
        connect(m_tables->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            const QString code = current.siblingAtColumn(0).data(DisclosureTableModel::CodeRole).toString();
            if (!code.isEmpty() && code.front().isDigit())
                m_hub->setFunctionalCode(code);
        });
        // Another table shows the selected code too, where it has it.
        connect(m_tables, &TableBrowser::currentTableChanged, this, [this] { selectInTableBrowser(m_hub->functionalCode()); });
        // The tables follow an edit when the page is shown (and then select the current code).
        auto *refresh = new LazyRefresh(m_tables, [this] {
            if (!m_session->hasDocument())
                return;
            m_tables->setTables(m_session->document().published, m_session->derivedTables());
            selectInTableBrowser(m_hub->functionalCode());
        });
        const auto reset = [this, refresh] {
            if (m_session->hasDocument())
                m_tables->setImportRecord(m_session->document().unreadable, m_session->document().readings);
            refresh->request();
        };
        connect(m_session, &DocumentSession::documentReset, m_tables, reset);
        connect(m_session, &DocumentSession::documentChanged, refresh, &LazyRefresh::request);
        reset();
        return m_tables;
    }
    case Narrative:
        return m_narrative = new NarrativePage(m_session, parent);
    case Execution: {
        // 执行情况: a final account against its budget, by 功能分类, sortable; the chart drills
        // into a 类 as the 功能分类 chart does.
        auto *execution = sortablePage(m_executionModel);
        m_executionChart = new ExecutionChart(execution);
        execution->setSideWidget(m_executionChart);
        connect(m_executionChart, &ExecutionChart::barActivated, m_hub, &SelectionHub::setFunctionalCode);
        connect(m_hub, &SelectionHub::functionalCodeChanged, m_executionChart, &ExecutionChart::drillTo);
        m_executionChart->setRows(m_executionModel->rows());
        m_executionChart->drillTo(m_hub->functionalCode());
        return execution;
    }
    case History: {
        // 历年对比: the department's stored documents over the years.
        auto *history = new QSplitter(Qt::Vertical, parent);
        auto *view = new QTableView(history);
        view->setObjectName(QStringLiteral("historyTable"));
        view->setModel(sortedByValue(m_historyModel));
        view->setSortingEnabled(true);
        view->sortByColumn(-1, Qt::AscendingOrder);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_historyChart = new HistoryChart(history);
        history->addWidget(view);
        history->addWidget(m_historyChart);
        history->setStretchFactor(1, 1);
        m_historyChart->setRows(m_historyModel->rows(), m_session->hasDocument() ? m_session->document().department : QString());
        return history;
    }
    case Composition: {
        auto *composition = sortablePage(m_compositionModel);
        composition->view()->setRootIsDecorated(false);
        return composition;
    }
    case PageCount:
        break;
    }
    Q_UNREACHABLE();
}

// The linked budget or final account of the open document's year, which the 执行情况 page and
// the check compare it with.
void MainWindow::loadComparisons()
{
    m_linkedDocument.reset();
    m_ownDocument.reset();
    m_departmentDocuments.reset();
    if (m_session->hasDocument() && m_store.isOpen() && m_session->document().id) {
        QString error;
        if (const qint64 linked = m_store.linkedDocument(m_session->document().id, &error))
            m_linkedDocument = m_store.load(linked, &error);
        // A consolidation of units is checked against the department's own document.
        if (!m_session->document().members.isEmpty())
            if (const qint64 own = m_store.ownDocumentOf(m_session->document().id, &error))
                m_ownDocument = m_store.load(own, &error);
        if (!error.isEmpty())
            statusBar()->showMessage(error, 8000);
    }
    updateComparisons();
}

// The two pages, and the check against the linked budget, for the open document as it is now.
void MainWindow::updateComparisons()
{
    if (!m_session->hasDocument()) {
        m_executionModel->setRows({});
        if (m_executionChart)
            m_executionChart->setRows({});
        m_check->model()->setExternalFindings({});
        m_historyRefresh->request();
        return;
    }
    const BudgetDocument &doc = m_session->document();
    const BudgetDocument *other = m_linkedDocument ? &*m_linkedDocument : nullptr;
    const bool isFinal = documentKindOf(doc.templateId) == DocumentKind::Final;
    QList<ExecutionRow> rows;
    if (isFinal)
        rows = executionTable(doc, other);
    else if (other)
        rows = executionTable(*other, &doc);
    QList<Finding> external = isFinal && other ? Validator::checkAgainstBudget(doc, *other) : QList<Finding>();
    if (m_ownDocument)
        external += Validator::checkAgainstDepartment(doc, *m_ownDocument);
    m_check->model()->setExternalFindings(external);
    m_executionModel->setRows(rows);
    if (m_executionChart)
        m_executionChart->setRows(rows);
    m_historyRefresh->request();
}

// 历年对比: every stored document of the open one's department, read once per opened document.
void MainWindow::updateHistory()
{
    if (!m_session->hasDocument()) {
        m_historyModel->setRows({});
        if (m_historyChart)
            m_historyChart->setRows({}, QString());
        return;
    }
    const BudgetDocument &doc = m_session->document();
    if (!m_departmentDocuments) {
        m_departmentDocuments.emplace();
        QString error;
        if (m_store.isOpen())
            for (const DocumentSummary &d : m_store.listDepartment(doc.department, &error))
                if (d.id != doc.id)
                    if (auto loaded = m_store.load(d.id, &error))
                        m_departmentDocuments->append(std::move(*loaded));
        if (!error.isEmpty())
            statusBar()->showMessage(error, 8000);
    }
    const QList<HistoryRow> history = historyTable(*m_departmentDocuments + QList<BudgetDocument>{doc});
    m_historyModel->setRows(history);
    if (m_historyChart)
        m_historyChart->setRows(history, doc.department);
}

// 构成: each member's part of every 功能分类 code, the members read from the store.
void MainWindow::updateComposition()
{
    if (!m_session->hasDocument() || m_session->document().members.isEmpty()) {
        m_compositionModel->setComposition({}, {});
        return;
    }
    QString error;
    const QList<BudgetDocument> members = m_store.loadFigures(m_session->document().members, &error);
    if (members.isEmpty())
        statusBar()->showMessage(tr("The members of this consolidated document cannot be read: %1").arg(error), 8000);
    QStringList names;
    for (const BudgetDocument &m : members)
        names.append(m.department);
    m_compositionModel->setComposition(names, Consolidation::composition(members));
}

void MainWindow::chooseAndConsolidate()
{
    if (!m_session->hasDocument())
        return;
    const BudgetDocument &doc = m_session->document();
    const auto tpl = TemplateRegistry::instance().find(doc.templateId);
    QString error;
    QList<DocumentSummary> candidates;
    for (const DocumentSummary &d : m_store.listYear(doc.year, &error)) {
        const auto other = TemplateRegistry::instance().find(d.templateId);
        if (tpl && other && other->family == tpl->family)
            candidates.append(d);
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Consolidate"), error);
        return;
    }
    ConsolidateDialog dialog(candidates, doc.id, tr("%1 (consolidated)").arg(doc.department), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!consolidate(dialog.title(), dialog.members(), &error))
        QMessageBox::warning(this, tr("Consolidate"), error);
}

bool MainWindow::consolidate(const QString &title, const QList<qint64> &ids, QString *error)
{
    const QList<BudgetDocument> members = m_store.loadFigures(ids, error);
    if (members.isEmpty())
        return false;
    auto doc = Consolidation::consolidate(title, members, error);
    if (!doc)
        return false;
    doc->members = ids;
    if (!m_store.save(*doc, error))
        return false;
    m_browser->refresh();
    if (!openDocument(doc->id))
        return true; // stored; the user kept the open document's unsaved edits
    showPage(Composition);
    statusBar()->showMessage(tr("Consolidated %n document(s) into %1 (document %2).", nullptr, int(ids.size()))
                                 .arg(doc->department).arg(doc->id),
                             8000);
    return true;
}

QString MainWindow::rememberedStore()
{
    return QSettings().value(QStringLiteral("store/location")).toString();
}

void MainWindow::chooseServer()
{
    const QString remembered = rememberedStore();
    bool ok = false;
    const QString location = QInputDialog::getText(
        this, tr("Connect to Server"),
        tr("The team's PostgreSQL server, as postgresql://user@host:port/database (or a database file):"), QLineEdit::Normal,
        remembered.startsWith(QLatin1String("postgres")) ? remembered : QStringLiteral("postgresql://user@host:5432/budgetdesk"), &ok);
    if (!ok || location.trimmed().isEmpty())
        return;
    QString error;
    if (!connectToStore(location.trimmed(), &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Connect to Server"), error);
}

bool MainWindow::connectToStore(const QString &location, QString *error)
{
    error->clear();
    const auto server = ServerAddress::parse(location); // shown and remembered without a password
    {
        // A server that does not answer keeps the window waiting (up to the connect timeout):
        // it says so, with the wait cursor, until then.
        statusBar()->showMessage(tr("Connecting to %1…").arg(server ? server->shown() : QDir::toNativeSeparators(location)));
        statusBar()->repaint();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([this] {
            QApplication::restoreOverrideCursor();
            statusBar()->clearMessage();
        });
        // Tried on a connection of its own: a location that cannot be opened changes nothing.
        DocumentStore probe(QStringLiteral("budgetdesk-probe"));
        if (!probe.open(location, error))
            return false;
    }
    if (!maybeSave())
        return false;
    m_editor->markSaved(); // saved, or discarded by the user's choice
    const QString previous = m_store.location();
    m_browser->model()->clear(); // lets go of its query on the connection that is closed now
    if (!m_store.open(location, error)) {
        QString ignored;
        m_store.open(previous, &ignored); // gone meanwhile: back to where we were
        return false;
    }
    // Remembered without a password (libpq finds one in ~/.pgpass).
    remember(QStringLiteral("store/location"), server ? server->url() : location);
    m_session->clear();
    m_editor->clearHistory();
    m_browser->refresh();
    if (const qint64 first = m_store.firstDocument(QString(), error))
        openDocument(first);
    statusBar()->showMessage(tr("Working on %1.").arg(m_store.path()), 8000);
    return true;
}

void MainWindow::selectInTableBrowser(const QString &code)
{
    if (!m_tables) // built with the current code selected
        return;
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
    m_importFolderAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseFolderAndImport);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_newDraftAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDraftYear);
    m_newDraftAction->setShortcut(QKeySequence::New);
    m_consolidateAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndConsolidate);
    m_fileMenu->addSeparator();
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseServer);
    m_localStoreAction = m_fileMenu->addAction(QString(), this, [this] {
        QString error;
        if (!connectToStore(DocumentStore::defaultPath(), &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Connect"), error);
    });
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_revertAction = m_fileMenu->addAction(QString(), this, &MainWindow::revert);
    m_deleteAction = m_fileMenu->addAction(QString(), this, &MainWindow::deleteDocument);
    // The Delete key deletes a document where documents are listed, not in the pages' tables.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_browser->view()->addAction(m_deleteAction);
    m_browser->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_fileMenu->addSeparator();
    m_exportChartsAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCharts);
    m_exportChartsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportMenu = m_fileMenu->addMenu(QString());
    for (const ExportFormat &f : DocumentExport::formats()) {
        QAction *a = m_exportMenu->addAction(QString(), this, [this, key = f.key] { exportAs(key); });
        a->setData(f.key);
        m_exportActions.append(a);
    }
    m_printPreviewAction = m_fileMenu->addAction(QString(), this, &MainWindow::printPreview);
    m_printAction = m_fileMenu->addAction(QString(), this, &MainWindow::printDisclosure);
    m_printAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editor->undoStack()->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editor->undoStack()->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_copyAction = m_editMenu->addAction(QString(), this, [this] { copySelection(false); });
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyHeadersAction = m_editMenu->addAction(QString(), this, [this] { copySelection(true); });
    m_copyHeadersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_pasteAction = m_editMenu->addAction(QString(), this, [this] {
        QString error;
        if (!paste(QApplication::clipboard()->text(), &error))
            QMessageBox::warning(this, tr("Paste"), error);
    });
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        if (FindBar *bar = currentFindBar()) {
            bar->activate();
        } else {
            m_browser->parentWidget()->show();
            m_browser->searchField()->setFocus(Qt::ShortcutFocusReason);
            m_browser->searchField()->selectAll();
        }
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_findNextAction = m_editMenu->addAction(QString(), this, [this] {
        if (FindBar *bar = currentFindBar(); bar && bar->isVisible())
            bar->find(false);
    });
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findPreviousAction = m_editMenu->addAction(QString(), this, [this] {
        if (FindBar *bar = currentFindBar(); bar && bar->isVisible())
            bar->find(true);
    });
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_editMenu->addSeparator();
    m_addLineAction = m_editMenu->addAction(QString(), this, &MainWindow::addFunctionalLine);
    m_removeLineAction = m_editMenu->addAction(QString(), this, &MainWindow::removeFunctionalLine);
    m_addProjectAction = m_editMenu->addAction(QString(), this, &MainWindow::addProject);
    m_removeProjectAction = m_editMenu->addAction(QString(), this, &MainWindow::removeProject);
    m_figuresAction = m_editMenu->addAction(QString(), this, &MainWindow::editFigures);
    m_editMenu->addSeparator();
    m_compareAction = m_editMenu->addAction(QString(), this, &MainWindow::chooseAndCompare);
    m_linkAction = m_editMenu->addAction(QString(), this, &MainWindow::linkDocument);
    m_unlinkAction = m_editMenu->addAction(QString(), this, &MainWindow::unlinkDocument);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = m_viewMenu->addAction(QString(), this, [this, i] { showPage(Page(i)); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions.append(a);
    }
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_zhAction = m_languageMenu->addAction(QStringLiteral("中文"), this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    m_enAction = m_languageMenu->addAction(QStringLiteral("English"), this, [this] { setLanguage(QStringLiteral("en")); });
    for (QAction *a : {m_zhAction, m_enAction}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (Language::current() == QLatin1String("en") ? m_enAction : m_zhAction)->setChecked(true);

    m_reviewMenu = menuBar()->addMenu(QString());
    m_passAction = m_reviewMenu->addAction(QString(), this, [this] { review(ReviewStep::Pass); });
    m_withdrawAction = m_reviewMenu->addAction(QString(), this, [this] { review(ReviewStep::Withdraw); });
    m_publishAction = m_reviewMenu->addAction(QString(), this, [this] { review(ReviewStep::Publish); });
    m_reviewMenu->addSeparator();
    m_commentAction = m_reviewMenu->addAction(QString(), this, [this] {
        QString error;
        QStringList earlier;
        for (const ReviewComment &c : reviewComments(m_store.database(), currentDocumentId(), &error))
            earlier.append(tr("%1, %2: %3").arg(c.author, QLocale().toString(c.written.toLocalTime(), QLocale::ShortFormat),
                                                c.body));
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            this, tr("Review Comment"),
            earlier.isEmpty() ? tr("Your comment:") : tr("Comments so far:\n%1\n\nYour comment:").arg(earlier.join(u'\n')),
            QString(), &ok);
        if (ok)
            addReviewComment(text);
    });

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
                                 tr("Disclosure tables"), tr("Narrative"), tr("Execution"), tr("Over the years"),
                                 tr("Composition")};
    for (int i = 0; i < PageCount; ++i) {
        m_pages->setTabText(i, pageTitles[i]);
        if (i < m_pageActions.size())
            m_pageActions[i]->setText(pageTitles[i]);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import Disclosure…"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_exportChartsAction->setText(tr("&Export All Charts…"));
    m_exportMenu->setTitle(tr("E&xport"));
    for (QAction *a : std::as_const(m_exportActions))
        a->setText(DocumentExport::name(a->data().toString()) + QStringLiteral("…"));
    m_printPreviewAction->setText(tr("Print Pre&view…"));
    m_printAction->setText(tr("&Print…"));
    m_newDraftAction->setText(tr("&New Draft…"));
    m_consolidateAction->setText(tr("&Consolidate…"));
    m_connectAction->setText(tr("Connect to &Server…"));
    m_localStoreAction->setText(tr("Use &Local Database"));
    m_saveAction->setText(tr("&Save"));
    m_revertAction->setText(tr("Re&vert to Saved"));
    m_deleteAction->setText(tr("&Delete Document…"));
    m_copyHeadersAction->setText(tr("Copy with &Headers"));
    m_pasteAction->setText(tr("&Paste"));
    m_findAction->setText(tr("F&ind…"));
    m_findNextAction->setText(tr("Find &Next"));
    m_findPreviousAction->setText(tr("Find Pre&vious"));
    m_undoAction->setText(tr("&Undo"));
    m_addLineAction->setText(tr("Add Functional &Line…"));
    m_removeLineAction->setText(tr("Remove Functional Line"));
    m_addProjectAction->setText(tr("Add Pro&ject…"));
    m_removeProjectAction->setText(tr("Remove Project"));
    m_figuresAction->setText(tr("&Figures Outside the Tables…"));
    m_linkAction->setText(tr("&Link with a Budget or Final Accounts…"));
    m_compareAction->setText(tr("Co&mpare with Another Document…"));
    m_unlinkAction->setText(tr("&Unlink"));
    m_redoAction->setText(tr("&Redo"));
    m_historyDock->setWindowTitle(tr("Edit History"));
    m_auditDock->setWindowTitle(tr("Audit Trail"));
    m_checkDock->setWindowTitle(tr("Disclosure Check"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_copyAction->setText(tr("&Copy"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_reviewMenu->setTitle(tr("Re&view"));
    m_passAction->setText(tr("&Pass the Draft"));
    m_withdrawAction->setText(tr("&Withdraw the Review"));
    m_publishAction->setText(tr("P&ublish"));
    m_commentAction->setText(tr("&Comment…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About BudgetDesk"));
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("documentsDock")))
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
    if (i < 0 || i >= int(m_classPages.size()))
        return nullptr;
    m_lazyPages[page]->content();
    return m_classPages[i];
}

TableBrowser *MainWindow::tableBrowser() const
{
    m_lazyPages[Tables]->content();
    return m_tables;
}

OverviewPage *MainWindow::overviewPage() const
{
    m_lazyPages[Overview]->content();
    return m_overview;
}

ExpenditureStructureChart *MainWindow::expenditureChart() const
{
    m_lazyPages[Functional]->content();
    return m_expenditureChart;
}

bool MainWindow::isPageBuilt(Page page) const
{
    return m_lazyPages[page]->isBuilt();
}

bool MainWindow::openDocument(qint64 id)
{
    if (m_session->hasDocument() && id != currentDocumentId() && !maybeSave()) {
        m_browser->setCurrentDocument(currentDocumentId());
        return false;
    }
    QString error;
    const auto doc = m_store.load(id, &error);
    if (!doc || !m_session->setDocument(*doc, &error)) {
        QMessageBox::warning(this, tr("BudgetDesk"), tr("The document could not be opened:\n%1").arg(error));
        return false;
    }
    m_editor->clearHistory();
    refreshAuditTrail();
    m_browser->setCurrentDocument(id);
    remember(QStringLiteral("document/last"), id);
    return true;
}

FindBar *MainWindow::currentFindBar() const
{
    if (ClassificationPage *p = classificationPage(Page(m_pages->currentIndex())))
        return p->findBar();
    if (m_pages->currentIndex() == Tables && m_tables)
        return m_tables->findBar();
    return nullptr;
}

QList<QAction *> MainWindow::contextActions(Page page) const
{
    QList<QAction *> actions{m_copyAction, m_copyHeadersAction};
    if (page != Tables)
        actions << m_pasteAction;
    if (page == Functional)
        actions << nullptr << m_addLineAction << m_removeLineAction;
    else if (page == Projects)
        actions << nullptr << m_addProjectAction << m_removeProjectAction;
    actions << nullptr << m_findAction;
    return actions;
}

void MainWindow::offerContextMenu(QAbstractItemView *view, Page page)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, page](const QPoint &at) {
        QMenu menu(view);
        for (QAction *a : contextActions(page)) {
            if (a)
                menu.addAction(a);
            else
                menu.addSeparator();
        }
        menu.exec(view->viewport()->mapToGlobal(at));
    });
}

void MainWindow::goToFinding(const Finding &finding)
{
    switch (finding.place()) {
    case Finding::Place::Narrative:
        showPage(Narrative);
        return;
    case Finding::Place::Targets:
        showPage(Targets);
        return;
    case Finding::Place::Document:
        return;
    case Finding::Place::Table:
        showPage(Tables);
        tableBrowser()->showCell(finding.table, finding.rowKey, finding.column);
        return;
    }
}

void MainWindow::addFunctionalLine()
{
    if (m_editor->isReadOnly())
        return;
    const QString code = m_hub->functionalCode();
    AddLineDialog dialog(m_session->unit(), code.size() == 7 ? code : code.leftJustified(7, QLatin1Char('0')).left(7), this);
    dialog.setAdder([this](const FunctionalLine &line, QString *error) { return m_editor->addFunctionalLine(line, error); });
    dialog.exec();
}

void MainWindow::removeFunctionalLine()
{
    // The line behind the current cell of the 功能分类 tree.
    ClassificationPage *page = classificationPage(Functional);
    auto *model = qobject_cast<FunctionalTreeModel *>(page->view()->model());
    const auto target = model->editTarget(page->view()->currentIndex());
    QString error;
    if (!target) {
        QMessageBox::information(this, tr("Remove Functional Line"),
                                 tr("Choose the 基本支出, 项目支出 or source cell of a 项 in the functional classification first."));
        return;
    }
    const QString name = page->view()->currentIndex().siblingAtColumn(0).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Remove Functional Line"),
        tr("Remove the line %1 (%2, %3) from the draft? Undo (Ctrl+Z) brings it back.")
            .arg(name, fundSourceName(target->source),
                 model->headerData(page->view()->currentIndex().column(), Qt::Horizontal).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_editor->removeFunctionalLine(target->code, target->source, target->phase, &error))
        QMessageBox::warning(this, tr("Remove Functional Line"), error);
}

// After an edit the selected code may be gone (its last line removed, an undo of an added
// line): the selection moves up to the nearest code still there, and the breadcrumb, the
// charts and the tables with it.
void MainWindow::keepSelectionOnExistingCode()
{
    QString code = m_hub->functionalCode();
    if (code.isEmpty() || !m_session->hasDocument())
        return;
    const auto exists = [this](const QString &c) {
        const QList<FunctionalLine> &lines = m_session->schedules().functional;
        return std::any_of(lines.cbegin(), lines.cend(), [&c](const FunctionalLine &l) { return l.code.startsWith(c); });
    };
    while (!code.isEmpty() && !exists(code))
        code = CodeCatalogue::parentOf(code);
    if (code != m_hub->functionalCode())
        m_hub->setFunctionalCode(code);
}

void MainWindow::addProject()
{
    const QString code = m_hub->functionalCode();
    if (m_editor->isReadOnly())
        return;
    if (code.size() != 7) {
        QMessageBox::information(this, tr("Add Project"), tr("Select the 项 the project belongs to first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Project"), tr("Project name (under %1):").arg(code),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    ProjectLine p;
    p.name = name.trimmed();
    p.functionalCode = code;
    p.source = FundSource::GeneralBudget;
    p.byEconomicClass.insert(QStringLiteral("302"), Amount());
    QString error;
    if (!m_editor->addProject(p, &error))
        QMessageBox::warning(this, tr("Add Project"), error);
    else
        showPage(Projects);
}

void MainWindow::removeProject()
{
    ClassificationPage *page = classificationPage(Projects);
    const QModelIndex current = page->view()->currentIndex();
    QString error;
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Remove Project"), tr("Select the project on the Projects page first."));
        return;
    }
    if (!m_editor->removeProject(current.row(), &error))
        QMessageBox::warning(this, tr("Remove Project"), error);
}

void MainWindow::editFigures()
{
    if (m_editor->isReadOnly())
        return;
    QMap<QString, std::optional<Amount>> figures;
    for (const QString &key : FiguresDialog::keys())
        figures.insert(key, m_session->schedules().figure(key));
    FiguresDialog dialog(figures, Unit::WanYuan, this); // the narrative states these in 万元
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto changes = dialog.changes(&error);
    if (!changes) {
        QMessageBox::warning(this, tr("Figures Outside the Tables"), error);
        return;
    }
    m_editor->beginBatch(tr("Edit figures"));
    bool ok = true;
    for (auto it = changes->cbegin(); it != changes->cend() && ok; ++it)
        ok = m_editor->setFigure(it.key(), it.value(), &error);
    if (ok)
        ok = m_editor->commitBatch(&error);
    else
        m_editor->cancelBatch(); // all or nothing
    if (!ok)
        QMessageBox::warning(this, tr("Figures Outside the Tables"), error);
}

void MainWindow::refreshAuditTrail()
{
    QString error;
    m_audit->setEntries(currentDocumentId() ? m_store.auditTrail(currentDocumentId(), &error) : QList<AuditEntry>());
}

void MainWindow::updateEditActions()
{
    const bool editable = !m_editor->isReadOnly();
    m_pasteAction->setEnabled(editable);
    for (QAction *a : {m_addLineAction, m_removeLineAction, m_addProjectAction, m_removeProjectAction, m_figuresAction})
        a->setEnabled(editable);
    m_saveAction->setEnabled(editable);
    m_revertAction->setEnabled(editable);
    m_newDraftAction->setEnabled(m_session->hasDocument());
    // Deleting is writing: as the role allows (on a server, an editor's own drafts before review).
    m_deleteAction->setEnabled(currentDocumentId() != 0 && !m_store.isReadOnly()
                               && m_store.access().refusal(m_session->document(), m_review.has_value()).isEmpty()
                               && (m_store.access().role != StoreAccess::Role::Editor
                                   || m_session->document().status == DocumentStatus::Draft));
    m_consolidateAction->setEnabled(currentDocumentId() != 0);
    m_compareAction->setEnabled(currentDocumentId() != 0);
    m_linkAction->setEnabled(currentDocumentId() != 0);
    m_unlinkAction->setEnabled(currentDocumentId() != 0);
    const bool draft = currentDocumentId() && m_session->document().status == DocumentStatus::Draft;
    const bool reviewer = m_store.access().mayReview();
    m_passAction->setEnabled(reviewer && draft && !m_review);
    m_withdrawAction->setEnabled(reviewer && draft && m_review);
    m_publishAction->setEnabled(reviewer && draft && m_review);
    m_commentAction->setEnabled(reviewer && currentDocumentId());
}

void MainWindow::readAccess()
{
    m_review.reset();
    QString error;
    if (currentDocumentId())
        m_review = reviewOf(m_store.database(), currentDocumentId(), &error);
    m_editor->setRefusal(m_session->hasDocument() ? m_store.access().refusal(m_session->document(), m_review.has_value())
                                                  : QString());
}

bool MainWindow::review(ReviewStep step)
{
    const qint64 id = currentDocumentId();
    if (!id || !maybeSave())
        return false;
    QString error;
    if (!applyReviewStep(m_store.database(), id, step, &error)) {
        QMessageBox::warning(this, tr("Review"), error);
        return false;
    }
    reloadStored(); // its status, and what the role may do with it now
    m_browser->refresh();
    return true;
}

bool MainWindow::addReviewComment(const QString &text)
{
    QString error;
    if (!bd::addReviewComment(m_store.database(), currentDocumentId(), text, &error)) {
        QMessageBox::warning(this, tr("Review Comment"), error);
        return false;
    }
    statusBar()->showMessage(tr("Comment saved."), 5000);
    return true;
}

// The stored documents a choice offers, as "department year kind status (document id)", with
// their ids in the same order.
std::pair<QStringList, QList<qint64>> MainWindow::documentChoices(const std::function<bool(const DocumentSummary &)> &offer,
                                                                  QString *error) const
{
    QStringList labels;
    QList<qint64> ids;
    for (const DocumentSummary &d : m_store.list(error)) {
        if (!offer(d))
            continue;
        labels.append(tr("%1 %2 %3 %4 (document %5)")
                          .arg(d.department)
                          .arg(d.year)
                          .arg(documentKindName(documentKindOf(d.templateId)), m_browser->model()->statusText(statusKey(d.status)))
                          .arg(d.id));
        ids.append(d.id);
    }
    return {labels, ids};
}

// A budget and a final account linked by hand: their departments named otherwise, or two of
// one department and year to choose between. The choice is of the stored documents of the
// other kind.
void MainWindow::linkDocument()
{
    const qint64 id = currentDocumentId();
    if (!id)
        return;
    QString error;
    const DocumentKind kind = documentKindOf(m_session->document().templateId);
    const auto [labels, ids] = documentChoices([kind](const DocumentSummary &d) { return documentKindOf(d.templateId) != kind; }, &error);
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Link"), kind == DocumentKind::Final ? tr("No budget is stored to link with.")
                                                                              : tr("No final accounts are stored to link with."));
        return;
    }
    const qint64 current = m_store.linkedDocument(id, &error);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Link"), tr("Compare this document with:"), labels,
                                                 std::max<qsizetype>(0, ids.indexOf(current)), false, &ok);
    if (!ok)
        return;
    if (!m_store.link(id, ids[labels.indexOf(choice)], &error)) {
        QMessageBox::warning(this, tr("Link"), error);
        return;
    }
    loadComparisons();
}

void MainWindow::unlinkDocument()
{
    QString error;
    if (currentDocumentId() && !m_store.unlink(currentDocumentId(), &error)) {
        QMessageBox::warning(this, tr("Unlink"), error);
        return;
    }
    loadComparisons();
}

void MainWindow::chooseDraftYear()
{
    if (!m_session->hasDocument())
        return;
    const int year = m_session->document().year;
    const QStringList choices{tr("Next year's draft (%1): this year's figures become last year's").arg(year + 1),
                              tr("Same year (%1): an editable copy").arg(year)};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("New Draft"), tr("Make a draft of this document for:"), choices, 0,
                                                 false, &ok);
    if (ok)
        newDraft(choice == choices.first() ? year + 1 : year);
}

bool MainWindow::newDraft(int year)
{
    if (!m_session->hasDocument() || !maybeSave())
        return false;
    BudgetDocument draft = DraftFactory::makeDraft(m_session->document(), year);
    QString error;
    if (!m_store.save(draft, &error)) {
        QMessageBox::warning(this, tr("New Draft"), tr("The draft could not be saved:\n%1").arg(error));
        return false;
    }
    m_browser->refresh();
    return openDocument(draft.id);
}

bool MainWindow::save()
{
    if (m_editor->isReadOnly())
        return false;
    BudgetDocument doc = m_session->document();
    QString error;
    DocumentStore::SaveConflict conflict;
    if (!m_store.save(doc, &error, &conflict)) {
        if (conflict.at.isValid())
            return resolveConflict(conflict);
        QMessageBox::critical(this, tr("Save"), tr("The document could not be saved; nothing was changed in the database:\n%1").arg(error));
        return false;
    }
    m_session->markStored(doc.id, doc.modified);
    m_editor->markSaved();
    refreshAuditTrail();
    m_browser->refresh();
    m_browser->setCurrentDocument(doc.id);
    statusBar()->showMessage(tr("Saved."), 3000);
    return true;
}

QList<AuditEntry> MainWindow::conflictDifferences(QString *error) const
{
    return differencesFrom(currentDocumentId(), error).value_or(QList<AuditEntry>());
}

void MainWindow::showConflictDifferences()
{
    QString error;
    const QList<AuditEntry> differences = conflictDifferences(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Differences"), error);
        return;
    }
    showDifferences(differences, tr("Saved version"), tr("Yours"),
                    differences.isEmpty() ? tr("The saved version has the same figures as yours: the two differ in text only.")
                                          : tr("%n figure(s) of the tables differ between the saved version and yours.", nullptr,
                                               int(differences.size())));
}

void MainWindow::showDifferences(const QList<AuditEntry> &differences, const QString &before, const QString &after,
                                 const QString &summary)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("differences"));
    dialog.setWindowTitle(tr("Differences"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(summary, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *view = new AuditTrailView(m_session, &dialog);
    view->setSides(before, after);
    view->setEntries(differences);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(980, 460);
    dialog.exec();
}

std::optional<QList<AuditEntry>> MainWindow::differencesFrom(qint64 otherId, QString *error) const
{
    const auto other = m_store.load(otherId, error);
    if (!other)
        return std::nullopt;
    const auto tpl = TemplateRegistry::instance().find(other->templateId);
    if (!tpl) {
        *error = tr("The template %1 of this document is not known.").arg(other->templateId);
        return std::nullopt;
    }
    if (other->templateId != m_session->document().templateId) {
        *error = tr("Only documents of one template compare table by table.");
        return std::nullopt;
    }
    return AuditLog::diff(*other, m_session->document(), *tpl);
}

void MainWindow::chooseAndCompare()
{
    if (!m_session->hasDocument())
        return;
    const BudgetDocument &doc = m_session->document();
    QString error;
    const auto [labels, ids] = documentChoices(
        [&doc](const DocumentSummary &d) { return d.templateId == doc.templateId && d.id != doc.id; }, &error);
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Compare"), error.isEmpty() ? tr("No other document of this template is stored.") : error);
        return;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Compare"), tr("Compare this document with:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const qint64 other = ids[labels.indexOf(choice)];
    const auto differences = differencesFrom(other, &error);
    if (!differences) {
        QMessageBox::warning(this, tr("Compare"), error);
        return;
    }
    showDifferences(*differences, choice, tr("This document"),
                    differences->isEmpty() ? tr("The two documents have the same figures in every table.")
                                           : tr("%n figure(s) of the tables differ.", nullptr, int(differences->size())));
}

// Someone else saved the open document after it was read: keep theirs and drop these edits, or
// keep these edits as a document of their own. Nothing is overwritten either way. Reviewing the
// differences keeps the choice open: the question comes back after it.
bool MainWindow::resolveConflict(const DocumentStore::SaveConflict &conflict)
{
    QMessageBox box(QMessageBox::Warning, tr("Save"),
                    tr("%1 saved this document at %2, after you opened it. Your changes were not saved.")
                        .arg(conflict.by.isEmpty() ? tr("Someone") : conflict.by,
                             QLocale().toString(conflict.at.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Review the differences cell by cell, then reload their version (your changes are "
                              "discarded) or save your version as a new draft beside it."));
    QPushButton *differences = box.addButton(tr("Review Differences…"), QMessageBox::ActionRole);
    QPushButton *reload = box.addButton(tr("Reload Their Version"), QMessageBox::DestructiveRole);
    QPushButton *copy = box.addButton(tr("Save Mine as a Copy"), QMessageBox::AcceptRole);
    box.setDefaultButton(copy);
    for (box.exec(); box.clickedButton() == differences; box.exec())
        showConflictDifferences();
    if (box.clickedButton() == reload) {
        reloadStored(); // their version replaces these edits
        return false;
    }
    QString error;
    if (box.clickedButton() != copy)
        return false;
    BudgetDocument mine = m_session->document();
    mine.id = 0;
    mine.modified = QDateTime();
    mine.status = DocumentStatus::Draft;
    if (!m_store.save(mine, &error)) {
        QMessageBox::critical(this, tr("Save"), tr("The document could not be saved; nothing was changed in the database:\n%1").arg(error));
        return false;
    }
    m_editor->markSaved(); // kept in the copy
    m_browser->refresh();
    openDocument(mine.id);
    statusBar()->showMessage(tr("Saved as a copy: %1 %2 (document %3).").arg(mine.department).arg(mine.year).arg(mine.id), 8000);
    return true;
}

void MainWindow::revert()
{
    if (!m_editor->isDirty())
        return;
    const auto answer = QMessageBox::question(this, tr("Revert to Saved"),
                                              tr("Discard every change since the last save?"),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    reloadStored();
}

// The open document as stored now, its unsaved edits (and their recovery record) dropped.
void MainWindow::reloadStored()
{
    m_editor->markSaved(); // so that reopening does not ask again; the record goes too
    QString error;
    const auto doc = m_store.load(currentDocumentId(), &error);
    if (doc && m_session->setDocument(*doc, &error)) {
        m_editor->clearHistory();
        refreshAuditTrail();
    }
}

bool MainWindow::maybeSave()
{
    if (!m_editor->isDirty())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("%1 %2 has unsaved changes. Save them?").arg(m_session->document().department).arg(m_session->document().year),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_editor->markSaved(); // drops the recovery record too
        return true;
    }
    return false;
}

bool MainWindow::deleteDocument()
{
    const qint64 id = currentDocumentId();
    if (!id)
        return false;
    const BudgetDocument &doc = m_session->document();
    // The status too: a department's draft and its published document share name and year.
    const QString name = tr("%1 %2 (%3)").arg(doc.department).arg(doc.year).arg(m_browser->model()->statusText(statusKey(doc.status)));
    QMessageBox box(QMessageBox::Warning, tr("Delete Document"), tr("Delete \"%1\" from the database?").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(m_editor->isDirty() ? tr("Its figures, tables, 说明, review and audit trail go with it, and so do its "
                                                    "unsaved changes. This cannot be undone.")
                                               : tr("Its figures, tables, 说明, review and audit trail go with it. This cannot be "
                                                    "undone."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;
    const int row = m_browser->model()->rowOf(id);
    QString error;
    if (!m_store.remove(id, &error)) {
        QMessageBox::warning(this, tr("Delete Document"), error);
        return false;
    }
    m_editor->markSaved(); // its unsaved edits, and their recovery record, go with it
    m_browser->refresh();
    const int rows = m_browser->model()->rowCount();
    if (rows > 0) {
        openDocument(m_browser->model()->idAt(std::clamp(row, 0, rows - 1)));
    } else {
        m_session->clear();
        m_editor->clearHistory();
    }
    statusBar()->showMessage(tr("\"%1\" was deleted.").arg(name), 8000);
    return true;
}

void MainWindow::offerRecovery()
{
    QList<RecoveryRecord> earlier;
    for (const RecoveryRecord &r : m_autoSaver->store().pending())
        if (!r.fromThisRun && !r.ownerRunning) // another copy still running keeps its own
            earlier.append(r);
    offerRecoveryFrom(earlier);
}

void MainWindow::offerRecoveryFrom(const QList<RecoveryRecord> &pending)
{
    const RecoveryStore &records = m_autoSaver->store();
    for (const RecoveryRecord &r : pending) {
        const auto answer = QMessageBox::question(
            this, tr("Recover Unsaved Changes"),
            tr("BudgetDesk was closed without saving changes to %1 %2 (recovered from %3). Restore them?")
                .arg(r.department).arg(r.year).arg(QLocale().toString(r.written.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            records.discardFile(r.path);
            continue;
        }
        QString error;
        const auto recovered = records.load(r.path, &error);
        if (!recovered) {
            QMessageBox::warning(this, tr("Recover Unsaved Changes"), tr("The recovery copy could not be read:\n%1").arg(error));
            continue;
        }
        // Open the stored version, then apply the recovered figures as one undoable, unsaved step:
        // only onto the version they were made on. A document saved since (by someone else), gone,
        // or of another database (ids are each database's own) keeps what it holds, and the
        // recovered copy becomes a new draft beside it.
        if (recovered->id && openDocument(recovered->id) && m_session->document().modified == recovered->modified) {
            m_autoSaver->adopt(r.path);
            if (!m_editor->applySchedules(recovered->schedules, tr("Recovered changes"), &error))
                QMessageBox::warning(this, tr("Recover Unsaved Changes"), error);
            continue;
        }
        BudgetDocument doc = *recovered;
        doc.id = 0;
        doc.modified = QDateTime();
        doc.status = DocumentStatus::Draft;
        if (!m_store.save(doc, &error)) {
            QMessageBox::warning(this, tr("Recover Unsaved Changes"), tr("The recovered changes could not be saved:\n%1").arg(error));
            continue;
        }
        records.discardFile(r.path);
        m_browser->refresh();
        openDocument(doc.id);
        if (recovered->id)
            statusBar()->showMessage(tr("The recovered changes are kept as a new draft: the document they were made on "
                                        "has changed since, or is not in this database."),
                                     15000);
    }
}

bool MainWindow::paste(const QString &tsv, QString *error)
{
    ClassificationPage *page = classificationPage(Page(m_pages->currentIndex()));
    if (m_editor->isReadOnly()) {
        *error = tr("A published document is read-only: make a draft first (File › New Draft).");
        return false;
    }
    if (!page) {
        *error = tr("Paste into the figures of a classification page.");
        return false;
    }
    return page->pasteTsv(tsv, m_editor, error);
}

void MainWindow::updateStatus()
{
    if (!m_session->hasDocument()) {
        setWindowTitle(tr("BudgetDesk"));
        m_documentStatus->clear();
        return;
    }
    const BudgetDocument &doc = m_session->document();
    const QString status = doc.status == DocumentStatus::Published ? tr("Published")
                           : m_review                               ? tr("Reviewed by %1").arg(m_review->by)
                                                                    : tr("Draft");
    const QString kind = documentKindName(documentKindOf(doc.templateId));
    setWindowTitle(tr("%1 %2 %3 (%4)[*] — BudgetDesk").arg(doc.department).arg(doc.year).arg(kind, status));
    const Unit unit = m_session->unit();
    QString check;
    if (m_check) {
        const FindingsModel *f = m_check->model();
        check = f->isPending() ? tr("checking…")
                               : tr("check: %1 errors, %2 warnings, %3 notices")
                                     .arg(f->count(Severity::Error))
                                     .arg(f->count(Severity::Warning))
                                     .arg(f->count(Severity::Notice));
    }
    QString text = tr("%1 %2 · total %3 %4 · %5")
                       .arg(doc.department)
                       .arg(doc.year)
                       .arg(doc.schedules.functionalTotal().format(unit, true), unitSuffix(unit), check);
    // On a server: who is connected, and as what.
    const StoreAccess &access = m_store.access();
    if (access.role != StoreAccess::Role::Owner)
        text += tr(" · %1 (%2)").arg(access.login, StoreAccess::roleName(access.role));
    if (!m_editor->refusal().isEmpty())
        text += tr(" · read-only for you"); // why: the tooltip
    m_documentStatus->setText(text);
    m_documentStatus->setToolTip(m_editor->refusal());
}

void MainWindow::chooseAndImport()
{
    const QString dir = QSettings().value(QStringLiteral("import/lastDir")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Disclosure"), dir,
                                                            tr("Disclosures (*.txt *.pdf *.xlsx *.docx);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

QStringList MainWindow::disclosureFilesIn(const QString &folder, QStringList *unreadable)
{
    QList<QPair<QString, QString>> failures;
    const QStringList files = ImportBatch::collectFiles({folder}, &failures);
    if (unreadable)
        for (const auto &[path, reason] : std::as_const(failures))
            unreadable->append(tr("%1: %2").arg(path, reason));
    return files;
}

// Files and folders dropped on the window are imported as File › Import would (folders
// searched for disclosure files); anything but local files is refused at the door.
void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: the program the files came from waits on it meanwhile.
    QTimer::singleShot(0, this, [this, paths] { importPaths(paths); });
}

void MainWindow::importPaths(const QStringList &paths)
{
    QStringList unreadable;
    QStringList files;
    for (const QString &path : paths)
        files += QFileInfo(path).isDir() ? disclosureFilesIn(path, &unreadable) : QStringList{path};
    if (!unreadable.isEmpty())
        QMessageBox::warning(this, tr("Import"),
                             tr("These could not be read; their files are not imported:\n\n%1").arg(unreadable.join(QStringLiteral("\n\n"))));
    if (files.isEmpty()) {
        if (unreadable.isEmpty())
            QMessageBox::information(this, tr("Import"), tr("The folder holds no disclosure files (.txt, .pdf, .xlsx, .docx)."));
        return;
    }
    importFiles(files);
}

void MainWindow::chooseFolderAndImport()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"),
                                                          QSettings().value(QStringLiteral("import/lastDir")).toString());
    if (dir.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastDir"), dir);
    importPaths({dir});
}

void MainWindow::importFiles(const QStringList &files)
{
    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(files.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    qint64 last = 0;
    int imported = 0;
    QStringList failures;
    // A file imported before (the same bytes): the user says whether it replaces that document,
    // is kept beside it or is skipped; once for the rest of the batch if asked to.
    std::optional<ImportBatch::Duplicate> forAll;
    const auto decide = [this, &forAll](qint64 existing, const BudgetDocument &incoming) {
        if (forAll)
            return *forAll;
        QMessageBox box(QMessageBox::Question, tr("Import"),
                        tr("%1 was imported before, as document %2 (%3 %4).\n\nReplace that document with this import, keep "
                           "both, or skip this file?")
                            .arg(incoming.sourceName)
                            .arg(existing)
                            .arg(incoming.department)
                            .arg(incoming.year),
                        QMessageBox::NoButton, this);
        QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("Keep Both"), QMessageBox::AcceptRole);
        QPushButton *skip = box.addButton(tr("Skip"), QMessageBox::RejectRole);
        box.setDefaultButton(skip);
        box.setCheckBox(new QCheckBox(tr("Do the same for the other files imported before"), &box));
        box.exec();
        const ImportBatch::Duplicate choice = box.clickedButton() == replace ? ImportBatch::Duplicate::Replace
                                              : box.clickedButton() == keep  ? ImportBatch::Duplicate::Keep
                                                                             : ImportBatch::Duplicate::Skip;
        if (box.checkBox()->isChecked())
            forAll = choice;
        return choice;
    };
    for (int i = 0; i < files.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        progress.setLabelText(tr("Importing %1…").arg(QFileInfo(files[i]).fileName()));
        const ImportBatch::Outcome r = ImportBatch::importFile(m_store, files[i], decide);
        if (!r.ok()) {
            failures.append(files[i] + QStringLiteral(": ") + r.error);
            continue;
        }
        if (r.skipped)
            continue;
        last = r.id;
        ++imported;
        addRecentFile(files[i]);
    }
    const bool cancelled = progress.wasCanceled();
    progress.setValue(int(files.size()));
    m_browser->refresh();
    if (last)
        openDocument(last);
    statusBar()->showMessage(tr("Imported %1 of %2 files%3").arg(imported).arg(files.size())
                                 .arg(cancelled ? tr(" (cancelled)") : QString()), 8000);
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

void MainWindow::exportAs(const QString &format)
{
    const ExportFormat *f = DocumentExport::format(format);
    if (!m_session->hasDocument() || !f)
        return;
    const BudgetDocument &doc = m_session->document();
    const QString lastDir = QSettings().value(QStringLiteral("export/lastDir")).toString();
    const QString base = QStringLiteral("%1-%2").arg(doc.department).arg(doc.year);
    const QString title = DocumentExport::name(format);
    const QString path = f->folder ? QFileDialog::getExistingDirectory(this, title, lastDir)
                                   : QFileDialog::getSaveFileName(this, title, QDir(lastDir).filePath(base + QLatin1Char('.') + f->suffix),
                                                                  tr("%1 files (*.%2)").arg(f->suffix.toUpper(), f->suffix));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("export/lastDir"), f->folder ? path : QFileInfo(path).absolutePath());
    // A folder format writes into a folder of its own, named for the document.
    const QString target = f->folder ? QDir(path).filePath(base + QLatin1Char('-') + format) : path;
    QString message;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportDocument(format, target, &message);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, title, tr("The document could not be exported:\n%1").arg(message));
    else
        statusBar()->showMessage(message, 10000);
}

bool MainWindow::exportDocument(const QString &format, const QString &path, QString *message)
{
    if (!m_session->hasDocument()) {
        *message = tr("No document is open.");
        return false;
    }
    QString error;
    if (!DocumentExport::write(format, m_session->document(), m_session->templ(), m_session->derivedTables(), path, nullptr, &error)) {
        *message = error;
        return false;
    }
    *message = tr("Written to %1").arg(QDir::toNativeSeparators(path));
    m_check->model()->flush(); // the last edit's check, if it has not run yet
    if (const int errors = m_check->model()->count(Severity::Error))
        *message += QStringLiteral(" — ") + tr("the check finds %n error(s) in this document: see the Disclosure Check", nullptr, errors);
    return true;
}

// Print and preview on A4 portrait by default; the print dialog may change it.
static void setUpPrinter(QPrinter &printer)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                      QPageLayout::Millimeter));
}

void MainWindow::printPreview()
{
    if (!m_session->hasDocument())
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        DisclosureDocument::print(m_session->document(), m_session->templ(), m_session->derivedTables(), p);
    });
    dialog.exec();
}

void MainWindow::printDisclosure()
{
    if (!m_session->hasDocument())
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Disclosure"));
    if (dialog.exec() == QDialog::Accepted)
        DisclosureDocument::print(m_session->document(), m_session->templ(), m_session->derivedTables(), &printer);
}

void MainWindow::copySelection(bool withHeaders)
{
    // The selected cells of the current page's table as tab-separated text.
    if (ClassificationPage *p = classificationPage(Page(m_pages->currentIndex())))
        QApplication::clipboard()->setText(p->selectionAsTsv(withHeaders));
    else if (m_pages->currentIndex() == Tables)
        QApplication::clipboard()->setText(selectionToTsv(tableBrowser()->view(), withHeaders));
}

void MainWindow::setLanguage(const QString &language)
{
    Language::save(language);
    Language::apply(language);
    // Models translate at the time they are asked: have the views ask again. (The document is
    // not reopened, so unsaved edits and the undo history stay.)
    for (ClassificationPage *page : m_classPages) {
        if (!page) // built later, in the language of the time
            continue;
        QAbstractItemModel *model = page->view()->model();
        if (model->columnCount() > 0)
            emit model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        page->view()->viewport()->update();
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start: the size the pages are laid out for, within the screen (a 1366×768
        // laptop keeps the status bar and the check dock on it), centred.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1360, 860).boundedTo(available.size() - QSize(24, 48)));
        move(available.center() - QPoint(width() / 2, height() / 2));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
}

// A classification page's division between its table and its chart, as the user left it.
void MainWindow::restoreSplitter(Page page)
{
    const int i = int(page) - int(Functional);
    if (i >= 0 && i < int(m_classPages.size()) && m_classPages[i])
        m_classPages[i]->splitter()->restoreState(QSettings().value(QStringLiteral("window/splitter%1").arg(i)).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // A page not shown this time keeps the division it had.
    for (int i = 0; i < int(m_classPages.size()); ++i)
        if (m_classPages[i])
            settings.setValue(QStringLiteral("window/splitter%1").arg(i), m_classPages[i]->splitter()->saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace bd
