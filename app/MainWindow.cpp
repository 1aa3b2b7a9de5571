#include "MainWindow.h"

#include "TableBrowser.h"
#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"
#include "tables/TableDeriver.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace bd {

MainWindow::MainWindow(DocumentStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setWindowTitle(tr("BudgetDesk"));
    m_browser = new TableBrowser(this);
    setCentralWidget(m_browser);

    auto *dock = new QDockWidget(tr("Documents"), this);
    dock->setObjectName(QStringLiteral("documentsDock"));
    m_documents = new QListWidget(dock);
    m_documents->setObjectName(QStringLiteral("documentList"));
    m_documents->setTextElideMode(Qt::ElideMiddle);
    dock->setWidget(m_documents);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {fontMetrics().horizontalAdvance(QStringLiteral("克孜勒苏柯尔克孜自治州人民政府外事办公室")) + 32},
                Qt::Horizontal);
    connect(m_documents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toLongLong() != currentDocumentId())
            openDocument(item->data(Qt::UserRole).toLongLong());
    });

    createActions();
    refreshDocumentList();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Disclosure…"), this, &MainWindow::importFiles);
    import->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About BudgetDesk"), this, &MainWindow::showAbout);
}

void MainWindow::refreshDocumentList()
{
    QString error;
    const auto docs = m_store.list(&error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("BudgetDesk"), tr("The document list could not be read:\n%1").arg(error));
        return;
    }
    const QSignalBlocker blocker(m_documents);
    m_documents->clear();
    for (const DocumentSummary &d : docs) {
        const QString status = d.status == DocumentStatus::Draft ? tr("Draft") : tr("Published");
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3").arg(d.department).arg(d.year).arg(status), m_documents);
        item->setData(Qt::UserRole, d.id);
        item->setSizeHint(QSize(0, 2 * m_documents->fontMetrics().lineSpacing() + 10));
        item->setToolTip(d.sourceName);
        if (d.id == currentDocumentId())
            m_documents->setCurrentItem(item);
    }
}

bool MainWindow::openDocument(qint64 id)
{
    QString error;
    auto doc = m_store.load(id, &error);
    if (!doc) {
        QMessageBox::warning(this, tr("BudgetDesk"), tr("The document could not be opened:\n%1").arg(error));
        return false;
    }
    const auto tpl = TemplateRegistry::instance().find(doc->templateId);
    if (!tpl) {
        QMessageBox::warning(this, tr("BudgetDesk"), tr("The document uses the template \"%1\", which this version does not know.").arg(doc->templateId));
        return false;
    }
    m_doc = std::move(doc);
    TableDeriver deriver(*tpl, *m_doc);
    const QList<DisclosureTable> derived = deriver.deriveAll();
    m_findingErrors = m_findingNotices = 0;
    for (const DisclosureTable &t : m_doc->published) {
        for (const Finding &f : compareTables(t, deriver.derive(t.number)))
            (f.severity == Severity::Notice ? m_findingNotices : m_findingErrors)++;
    }
    m_browser->setTables(m_doc->published, derived);
    setWindowTitle(tr("%1 %2 — BudgetDesk").arg(m_doc->department).arg(m_doc->year));
    QSettings().setValue(QStringLiteral("document/last"), m_doc->id);
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->data(Qt::UserRole).toLongLong() == id) {
            const QSignalBlocker blocker(m_documents);
            m_documents->setCurrentRow(i);
        }
    updateStatus();
    return true;
}

void MainWindow::updateStatus()
{
    if (!m_doc)
        return;
    const Amount total = m_doc->schedules.functionalTotal();
    statusBar()->showMessage(tr("%1 %2 · total expenditure %3 万元 · %4 differences from the derivation, %5 of them rounding")
                                 .arg(m_doc->department)
                                 .arg(m_doc->year)
                                 .arg(total.format(Unit::WanYuan, true))
                                 .arg(m_findingErrors + m_findingNotices)
                                 .arg(m_findingNotices));
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Disclosure"), QString(),
                                                            tr("Disclosure text (*.txt);;All files (*)"));
    qint64 last = 0;
    QStringList failures;
    for (const QString &file : files) {
        const ImportResult r = DisclosureImporter().importFile(file);
        if (!r.ok()) {
            failures.append(r.error.toString());
            continue;
        }
        BudgetDocument doc = *r.document;
        QString error;
        if (!m_store.save(doc, &error)) {
            failures.append(file + QStringLiteral(": ") + error);
            continue;
        }
        last = doc.id;
    }
    refreshDocumentList();
    if (last)
        openDocument(last);
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Import"), tr("These files were not imported:\n\n%1").arg(failures.join(QStringLiteral("\n\n"))));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BudgetDesk"),
                       tr("<b>BudgetDesk %1</b><p>Department budget disclosures: open, browse, check and export.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace bd
