// How long one edit takes to reach the screen in the real window: a draft of the Kizilsu
// sample is open, one page shown (概览, 功能分类, 公开表), and a 功能分类 amount is set through
// the editor as a typed cell would; the time runs until the events the edit posted are handled
// and the window has painted what changed. Prints, per page:
//
//   edit_refresh_ms page=功能分类 median=… p95=… max=…
//
// and likewise for a paste of two cells (one undoable step). Run by hand:
//   QT_QPA_PLATFORM=offscreen bench_edit [rounds]

#include "MainWindow.h"
#include "FrozenTreeView.h"
#include "Language.h"
#include "ClassificationPage.h"
#include "ValidationPanel.h"
#include "itemmodels/FindingsModel.h"
#include "editing/DocumentEditor.h"
#include "editing/DocumentSession.h"
#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace bd;

namespace {

struct Figures
{
    double median = 0, p95 = 0, max = 0;
};

Figures summarise(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    if (ms.isEmpty())
        return f;
    f.median = ms[ms.size() / 2];
    f.p95 = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95))];
    f.max = ms.last();
    return f;
}

// Lets the window handle what the edit posted (deferred rebuilds, update requests) and paint.
void settle(QWidget *window)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    window->repaint(); // what is still marked dirty is painted now, not at the next vsync
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BudgetDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_edit"));
    Language::apply(QStringLiteral("zh_CN"));
    const int rounds = argc > 1 ? std::max(5, atoi(argv[1])) : 41;

    QTemporaryDir dir;
    DocumentStore store(QStringLiteral("bench_edit"));
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    if (!r.ok()) {
        fprintf(stderr, "%s\n", qPrintable(r.error.toString()));
        return 1;
    }
    BudgetDocument doc = *r.document;
    if (!store.save(doc, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(store);
    window.resize(1366, 740);
    window.openDocument(doc.id);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.newDraft(2026)) {
        fprintf(stderr, "the window or the draft could not be made\n");
        return 1;
    }
    DocumentEditor *editor = window.editor();

    const struct
    {
        MainWindow::Page page;
        const char *name;
    } pages[] = {{MainWindow::Overview, "概览"}, {MainWindow::Functional, "功能分类"}, {MainWindow::Tables, "公开表"}};
    for (const auto &p : pages) {
        window.showPage(p.page);
        settle(&window);
        QTest::qWait(50);
        QList<double> edit, paste;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            const Amount a = Amount::fromFen(36240000 + (i % 2 ? 1000000 : 0) + i);
            if (!editor->setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, a, &error)) {
                fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            settle(&window);
            edit.append(t.nsecsElapsed() / 1e6);
        }
        // A paste of two cells (基本支出, 项目支出) on the 功能分类 page: one step through the editor.
        window.showPage(MainWindow::Functional);
        ClassificationPage *functional = window.classificationPage(MainWindow::Functional);
        QTreeView *view = functional->view();
        const QModelIndex start = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("2010350"), 1,
                                                       Qt::MatchStartsWith | Qt::MatchRecursive).value(0);
        window.showPage(p.page);
        settle(&window);
        for (int i = 0; i < rounds && start.isValid(); ++i) {
            const QString v = QString::number(36 + i % 2);
            const QString tsv = v + QStringLiteral(".24\t1\n");
            QElapsedTimer t;
            t.start();
            view->setCurrentIndex(start.siblingAtColumn(2));
            if (!functional->pasteTsv(tsv, editor, &error)) {
                fprintf(stderr, "paste: %s\n", qPrintable(error));
                break;
            }
            settle(&window);
            paste.append(t.nsecsElapsed() / 1e6);
        }
        const Figures e = summarise(edit), q = summarise(paste);
        printf("edit_refresh_ms page=%s median=%.1f p95=%.1f max=%.1f\n", p.name, e.median, e.p95, e.max);
        if (!paste.isEmpty())
            printf("paste_refresh_ms page=%s median=%.1f p95=%.1f max=%.1f\n", p.name, q.median, q.p95, q.max);
        fflush(stdout);
    }
    // The check, which runs once the edits pause (FindingsModel::RecheckDelayMs), on its own.
    FindingsModel *findings = window.validationPanel()->model();
    QList<double> check;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        findings->recheck();
        check.append(t.nsecsElapsed() / 1e6);
    }
    const Figures c = summarise(check);
    printf("recheck_ms median=%.1f p95=%.1f max=%.1f (after the edits pause, not in the edit's frame)\n", c.median, c.p95, c.max);
    editor->undoStack()->clear();
    editor->markSaved();
    return 0;
}
