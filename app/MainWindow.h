#pragma once

#include "document/BudgetDocument.h"
#include "store/DocumentStore.h"

#include <QMainWindow>

#include <array>
#include <functional>
#include <optional>

class QAbstractItemView;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace bd {

class AuditTrailView;
class ValidationPanel;
struct Finding;
struct RecoveryRecord;
class AutoSaver;
class Breadcrumb;
class FindBar;
class DocumentEditor;
class ChartView;
class ClassificationPage;
class DocumentBrowser;
class DocumentSession;
class ExpenditureStructureChart;
class NarrativePage;
class OverviewPage;
class SelectionHub;
class TableBrowser;
class ExecutionModel;
class ExecutionChart;
class HistoryModel;
class HistoryChart;
class CompositionModel;
class LazyRefresh;
class LazyPage;

// The workbench: the document browser on the left, the pages of the open document in the
// middle (概览, 功能分类, 经济分类, 项目支出, 三公经费, 绩效目标, 公开表, 说明), a breadcrumb of
// the current 功能分类 code above them. Every page follows the selection hub, so selecting a
// code anywhere selects it everywhere and drills the charts into it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Overview, Functional, Economic, Projects, SanGong, Targets, Tables, Narrative, Execution, History, Composition, PageCount };

    explicit MainWindow(DocumentStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openDocument(qint64 id);
    qint64 currentDocumentId() const;
    DocumentEditor *editor() const { return m_editor; }
    AutoSaver *autoSaver() const { return m_autoSaver; }

    // Editing drafts: make a draft of the open document (same or next year), save it in one
    // transaction, or go back to the saved version. Unsaved edits are never lost silently:
    // closing or opening another document asks, and a recovery record is written as you edit.
    bool newDraft(int year);
    bool save();
    void revert();
    bool maybeSave(); // false when the user cancels
    // File › Delete Document…: the open document taken out of the store, after asking (its
    // unsaved edits go with it); the next one in the list opens. False when the user cancels
    // or the store refuses (said in a message).
    bool deleteDocument();
    // Review (Review menu): the open draft passed, its review withdrawn, published after its
    // review, or commented on, as the store's role allows; false and a message otherwise.
    using ReviewStep = bd::ReviewStep;
    bool review(ReviewStep step);
    bool addReviewComment(const QString &text);
    // After a refused save: every figure of the derived tables where the version saved since
    // (old) differs from this window's (new), cell by cell (differencesFrom the stored copy).
    QList<AuditEntry> conflictDifferences(QString *error) const;
    // Edit › Compare with Another Document…: every figure of the derived tables where another
    // stored document of the same template (old: last year's, the published original of a
    // draft) differs from the open one (new), cell by cell; nothing and why when they cannot
    // be compared.
    std::optional<QList<AuditEntry>> differencesFrom(qint64 otherId, QString *error) const;
    // Offers to restore edits a previous run left behind (after a crash or a kill).
    void offerRecovery();
    void offerRecoveryFrom(const QList<RecoveryRecord> &records);
    bool paste(const QString &tsv, QString *error);
    // Imports files (text, PDF, XLSX) with a cancellable progress dialog and a summary of what
    // failed and why; each file is saved in its own transaction, so a failure leaves nothing.
    void importFiles(const QStringList &files);
    // Files as they are and folders searched (File › Import Folder, a drop on the window); what
    // cannot be read is said before the rest is imported, and a folder without disclosures too.
    void importPaths(const QStringList &paths);
    // The disclosure files of a folder, recursively (*.txt, *.pdf, *.xlsx, in name order);
    // what cannot be read goes to *unreadable ("path: reason").
    static QStringList disclosureFilesIn(const QString &folder, QStringList *unreadable = nullptr);
    ValidationPanel *validationPanel() const { return m_check; }
    // Writes the open document in an export format (DocumentExport: pdf, xlsx, csv, json, fdp)
    // to path; *message is what the status bar says, with a warning, not a refusal, when the
    // check finds errors. False and why when it cannot be written.
    bool exportDocument(const QString &format, const QString &path, QString *message);
    ExecutionModel *executionModel() const { return m_executionModel; }
    HistoryModel *historyModel() const { return m_historyModel; }
    CompositionModel *compositionModel() const { return m_compositionModel; }
    // 汇总: sums the stored documents ids into a new draft titled title, saved and opened on
    // its 构成 page; false and why (also told to the user) when they do not add up.
    bool consolidate(const QString &title, const QList<qint64> &ids, QString *error);
    // Works on another store: a database file or postgresql://… (File › Connect to Server…).
    // The location is tried first; unsaved edits are offered to be saved; the new store's first
    // document opens and the location is remembered for the next start. False and why, with
    // the current store left as it was, when it cannot be opened (or the user cancels: *error
    // empty).
    bool connectToStore(const QString &location, QString *error);
    // The store the next start opens when none is given: the last one connected to.
    static QString rememberedStore();
    // Edit › Find: the find line of the current page's tree or table; on a page without one,
    // the document list's search.
    FindBar *currentFindBar() const;
    // What a right click on a page's tree or table offers (null for a separator): copying,
    // pasting, adding and removing lines where the page has them, finding.
    QList<QAction *> contextActions(Page page) const;
    // Shows the page and the cell a finding is about.
    void goToFinding(const Finding &finding);

    DocumentSession *session() const { return m_session; }
    SelectionHub *selectionHub() const { return m_hub; }
    QTabWidget *pages() const { return m_pages; }
    void showPage(Page page);
    // The pages are built when first shown; these build theirs when asked before that.
    ClassificationPage *classificationPage(Page page) const;
    TableBrowser *tableBrowser() const;
    OverviewPage *overviewPage() const;
    ExpenditureStructureChart *expenditureChart() const;
    bool isPageBuilt(Page page) const;
    Breadcrumb *breadcrumb() const { return m_breadcrumb; }
    DocumentBrowser *documentBrowser() const { return m_browser; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    QWidget *buildPage(Page page, QWidget *parent);
    void restoreSplitter(Page page);
    void createActions();
    void retranslateUi();
    void chooseAndImport();
    void chooseFolderAndImport();
    void exportCharts();
    void exportAs(const QString &format);
    void printPreview();
    void printDisclosure();
    void copySelection(bool withHeaders);
    void chooseDraftYear();
    void updateEditActions();
    void offerContextMenu(QAbstractItemView *view, Page page);
    void chooseAndCompare();
    std::pair<QStringList, QList<qint64>> documentChoices(const std::function<bool(const DocumentSummary &)> &offer,
                                                          QString *error) const;
    void showDifferences(const QList<AuditEntry> &differences, const QString &before, const QString &after,
                         const QString &summary);
    void addFunctionalLine();
    void removeFunctionalLine();
    void keepSelectionOnExistingCode();
    void addProject();
    void removeProject();
    void editFigures();
    void linkDocument();
    void unlinkDocument();
    void refreshAuditTrail();
    bool resolveConflict(const DocumentStore::SaveConflict &conflict);
    void reloadStored();
    void readAccess(); // the role's refusal and the review of the document just opened
    void showConflictDifferences();
    void setLanguage(const QString &language);
    void addRecentFile(const QString &file);
    void updateRecentMenu();
    void updateStatus();
    void selectInTableBrowser(const QString &code);
    void loadComparisons();
    void updateComparisons();
    void updateHistory();
    void updateComposition();
    void chooseAndConsolidate();
    void chooseServer();
    void restoreSettings();
    void saveSettings();

    DocumentStore &m_store;
    DocumentSession *m_session;
    SelectionHub *m_hub;
    DocumentBrowser *m_browser = nullptr;
    Breadcrumb *m_breadcrumb = nullptr;
    QTabWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    std::array<LazyPage *, PageCount> m_lazyPages{};
    std::array<ClassificationPage *, Targets - Functional + 1> m_classPages{}; // indexed by Page - Functional; null until built
    TableBrowser *m_tables = nullptr;
    NarrativePage *m_narrative = nullptr;
    ExecutionModel *m_executionModel = nullptr;
    ExecutionChart *m_executionChart = nullptr;
    HistoryModel *m_historyModel = nullptr;
    HistoryChart *m_historyChart = nullptr;
    CompositionModel *m_compositionModel = nullptr;
    LazyRefresh *m_compositionRefresh = nullptr;
    std::optional<BudgetDocument> m_linkedDocument;     // read by loadComparisons()
    std::optional<BudgetDocument> m_ownDocument;        // a consolidation's department's own document, likewise
    std::optional<QList<BudgetDocument>> m_departmentDocuments; // the department's other stored documents, once read
    LazyRefresh *m_historyRefresh = nullptr;
    ExpenditureStructureChart *m_expenditureChart = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QAction *m_passAction = nullptr;
    QAction *m_withdrawAction = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_commentAction = nullptr;
    std::optional<Review> m_review; // of the open document
    QMenu *m_languageMenu = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_importAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_exportChartsAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    QList<QAction *> m_exportActions; // one per DocumentExport format
    QAction *m_printPreviewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyHeadersAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newDraftAction = nullptr;
    QAction *m_consolidateAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_localStoreAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_addLineAction = nullptr;
    QAction *m_removeLineAction = nullptr;
    QAction *m_addProjectAction = nullptr;
    QAction *m_removeProjectAction = nullptr;
    QAction *m_figuresAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_unlinkAction = nullptr;
    QLabel *m_documentStatus = nullptr; // the open document's summary in the status bar
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_auditDock = nullptr;
    QDockWidget *m_checkDock = nullptr;
    ValidationPanel *m_check = nullptr;
    AuditTrailView *m_audit = nullptr;
    DocumentEditor *m_editor = nullptr;
    AutoSaver *m_autoSaver = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_zhAction = nullptr;
    QAction *m_enAction = nullptr;
};

} // namespace bd
