#include "CommandLine.h"
#include "DocumentSeeder.h"
#include "Language.h"
#include "MainWindow.h"
#include "SelectionHub.h"
#include "store/DocumentStore.h"
#include "StartupProbe.h"
#include "templates/TemplateDescription.h"

#include "TableBrowser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>

#include <future>
#include <memory>

using namespace bd;

static void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BudgetDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("BudgetDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUDGETDESK_VERSION));
}

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (CommandLine::needsWidgets(args)) {
        // Charts are drawn with widgets, though no window opens: without a display, draw
        // off screen (unless the user chose a platform).
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        // Messages and exported charts speak the interface language, as the window does.
        Language::apply(Language::saved());
        return CommandLine::run(args);
    }
    if (CommandLine::isCommand(args)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        // Messages in the interface language: the one chosen in the window, else the system's.
        Language::apply(Language::saved());
        return CommandLine::run(args);
    }

    QApplication app(argc, argv);
    setIdentity();
    // The window opens a document: its template is read on the second core meanwhile. (After
    // the application object: Qt takes the thread of the first QObject for its main thread.
    // The registry is made once, whichever thread asks first; the other waits for it.)
    const auto templatesRead = std::async(std::launch::async, [] { TemplateRegistry::instance(); });

    Language::apply(Language::saved());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Department budget disclosures"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Database file"), QStringLiteral("path"));
    QCommandLineOption docOption(QStringLiteral("document"), QCoreApplication::translate("main", "Document to open"), QStringLiteral("id"));
    QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a picture of the window to a file and quit"),
                                  QStringLiteral("file"));
    QCommandLineOption pageOption(QStringLiteral("page"), QCoreApplication::translate("main", "Page to show (1–8)"), QStringLiteral("n"));
    QCommandLineOption tableOption(QStringLiteral("table"), QCoreApplication::translate("main", "Disclosure table to show"), QStringLiteral("n"));
    QCommandLineOption codeOption(QStringLiteral("select"), QCoreApplication::translate("main", "Functional classification code to select"), QStringLiteral("code"));
    // For start-up timing (tests/bench/bench_startup): quit once the window has painted.
    QCommandLineOption paintedOption(QStringLiteral("quit-after-paint"));
    paintedOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(paintedOption);
    parser.addOption(dbOption);
    parser.addOption(docOption);
    parser.addOption(shotOption);
    parser.addOption(pageOption);
    parser.addOption(tableOption);
    parser.addOption(codeOption);
    parser.process(app);

    DocumentStore store;
    // Upgrading a store of many documents to a new schema rewrites each of them: say so.
    std::unique_ptr<QProgressDialog> upgrading;
    store.setMigrationProgress([&upgrading](int done, int total) {
        if (!upgrading) {
            upgrading = std::make_unique<QProgressDialog>(
                QCoreApplication::translate("main", "Upgrading the document database for this version of BudgetDesk…"), QString(), 0,
                total);
            upgrading->setWindowTitle(QCoreApplication::translate("main", "BudgetDesk"));
            upgrading->setWindowModality(Qt::ApplicationModal);
            upgrading->setMinimumDuration(500);
        }
        upgrading->setValue(done);
    });
    QString error;
    // --db, else the store last connected to (File › Connect to Server…), else the local one.
    const QString remembered = parser.isSet(dbOption) ? QString() : MainWindow::rememberedStore();
    QString unreachable;
    if (!remembered.isEmpty() && !store.open(remembered, &unreachable))
        unreachable = QCoreApplication::translate("main", "%1 Working on the local database.").arg(unreachable);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : DocumentStore::defaultPath();
    // A new local database starts with the bundled samples; a team's server is never seeded.
    if ((!store.isOpen() && !store.open(path, &error))
        || (!ServerAddress::parse(store.location()) && !DocumentSeeder::seedIfEmpty(store, &error))) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "BudgetDesk"),
                              QCoreApplication::translate("main", "The document database could not be opened:\n%1").arg(error));
        return 3;
    }

    store.setMigrationProgress({});
    upgrading.reset();

    MainWindow window(store);
    if (!unreachable.isEmpty())
        QTimer::singleShot(0, &window, [&window, unreachable] { QMessageBox::warning(&window, QCoreApplication::translate("main", "BudgetDesk"), unreachable); });
    qint64 id = parser.isSet(docOption) ? parser.value(docOption).toLongLong()
                                        : QSettings().value(QStringLiteral("document/last"), 0).toLongLong();
    if (!id || !window.openDocument(id)) {
        // First run: the bundled default sample, else whatever the store holds first.
        id = store.firstDocument(DocumentSeeder::defaultSampleName(), &error);
        if (id)
            window.openDocument(id);
    }
    if (parser.isSet(pageOption))
        window.showPage(MainWindow::Page(std::clamp(parser.value(pageOption).toInt(), 1, int(MainWindow::PageCount)) - 1));
    if (parser.isSet(tableOption)) {
        window.showPage(MainWindow::Tables);
        window.tableBrowser()->showTable(parser.value(tableOption).toInt());
    }
    if (parser.isSet(codeOption))
        window.selectionHub()->setFunctionalCode(parser.value(codeOption));
    window.show();
    if (parser.isSet(paintedOption)) {
        quitAfterFirstPaint(&window);
        return app.exec();
    }
    if (!parser.isSet(shotOption))
        QTimer::singleShot(0, &window, &MainWindow::offerRecovery); // edits a crash left behind
    if (parser.isSet(shotOption)) {
        // For documentation and visual checks: the window as the user sees it.
        const QString file = parser.value(shotOption);
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
