// Pictures of three questions the window asks, for docs/, each over the window as the user sees
// it, in Chinese at 1366×740: the same file imported again (keep both, replace or skip) and the
// removal of a 功能分类 line (defects 6 and 12 of issue 13), and a draft's deletion. Run by
// hand, offscreen:
//
//   QT_QPA_PLATFORM=offscreen build/tests/screens/shoot_dialogs docs

#include "ClassificationPage.h"
#include "FrozenTreeView.h"
#include "Language.h"
#include "MainWindow.h"
#include "editing/DocumentEditor.h"
#include "editing/DocumentSession.h"
#include "../bench/BenchSample.h"
#include "itemmodels/FunctionalTreeModel.h"
#include "store/DocumentStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace bd;

namespace {

// Once the window asks, saves the window with the question over it as file, then presses the
// button whose role is answer.
void shootNextQuestion(QWidget *window, const QString &file, QMessageBox::ButtonRole answer, bool *saved)
{
    QTimer::singleShot(300, window, [=] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            QPixmap shot = window->grab();
            const QPixmap question = box->grab();
            QPainter p(&shot);
            const QPoint at((shot.width() - question.width()) / 2, (shot.height() - question.height()) / 3);
            p.fillRect(QRect(at, question.size()).adjusted(-1, -1, 1, 1), Qt::darkGray); // its frame
            p.drawPixmap(at, question);
            p.end();
            *saved = shot.save(file);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == answer) {
                    b->click();
                    return;
                }
            box->reject();
        }
    });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched
    QCoreApplication::setOrganizationName(QStringLiteral("BudgetDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("shoot_dialogs"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    Language::apply(QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    QString error;
    const qint64 id = bench::storeSample(path, &error);
    DocumentStore store;
    if (!id || !store.open(path, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString sample = QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt");
    MainWindow window(store);
    window.resize(1366, 740);
    window.openDocument(id);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // The sample again: imported before, the window asks what to do (and is told to skip it).
    bool duplicate = false;
    shootNextQuestion(&window, QDir(out).filePath(QStringLiteral("screenshot-duplicate-import.png")), QMessageBox::RejectRole,
                      &duplicate);
    window.importFiles({sample});

    // A draft's line removed: the window asks first (and is told no).
    bool removal = false;
    window.newDraft(2026); // the sample's year
    window.showPage(MainWindow::Functional);
    FrozenTreeView *tree = window.classificationPage(MainWindow::Functional)->view();
    auto *model = qobject_cast<FunctionalTreeModel *>(tree->model());
    tree->expandAll();
    tree->setCurrentIndex(model->indexForCode(QStringLiteral("2010350")).siblingAtColumn(model->columnForKey(QStringLiteral("basic"))));
    QTest::qWait(200);
    shootNextQuestion(&window, QDir(out).filePath(QStringLiteral("screenshot-remove-line.png")), QMessageBox::NoRole, &removal);
    const QString removeText = QCoreApplication::translate("bd::MainWindow", "Remove Functional Line");
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == removeText)
            a->trigger();
    window.editor()->markSaved();

    // The draft deleted: the window asks first, naming it (and is told no).
    bool deletion = false;
    shootNextQuestion(&window, QDir(out).filePath(QStringLiteral("screenshot-delete-document.png")), QMessageBox::RejectRole,
                      &deletion);
    window.deleteDocument();
    if (!duplicate || !removal || !deletion) {
        fprintf(stderr, "a question was not asked (import again: %d, remove: %d, delete: %d)\n", duplicate, removal, deletion);
        return 1;
    }
    return 0;
}
