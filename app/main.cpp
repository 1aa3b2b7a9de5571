#include "CommandLine.h"
#include "DocumentSeeder.h"
#include "MainWindow.h"
#include "store/DocumentStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include "TableBrowser.h"
#include <QTranslator>

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

    if (CommandLine::isCommand(args)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return CommandLine::run(args);
    }

    QApplication app(argc, argv);
    setIdentity();

    // Chinese under a Chinese locale (or when chosen), English otherwise.
    const QString language = QSettings().value(QStringLiteral("ui/language"), QLocale::system().name()).toString();
    QTranslator appTranslator, qtTranslator;
    const QString lang = language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (appTranslator.load(QStringLiteral(":/i18n/budgetdesk_%1.qm").arg(lang)))
        app.installTranslator(&appTranslator);
    if (qtTranslator.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Department budget disclosures"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "Database file"), QStringLiteral("path"));
    QCommandLineOption docOption(QStringLiteral("document"), QCoreApplication::translate("main", "Document to open"), QStringLiteral("id"));
    QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a picture of the window to a file and quit"),
                                  QStringLiteral("file"));
    QCommandLineOption tableOption(QStringLiteral("table"), QCoreApplication::translate("main", "Table to show"), QStringLiteral("n"));
    parser.addOption(dbOption);
    parser.addOption(docOption);
    parser.addOption(shotOption);
    parser.addOption(tableOption);
    parser.process(app);

    DocumentStore store;
    QString error;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : DocumentStore::defaultPath();
    if (!store.open(path, &error) || !DocumentSeeder::seedIfEmpty(store, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "BudgetDesk"),
                              QCoreApplication::translate("main", "The document database could not be opened:\n%1").arg(error));
        return 3;
    }

    MainWindow window(store);
    qint64 id = parser.isSet(docOption) ? parser.value(docOption).toLongLong()
                                        : QSettings().value(QStringLiteral("document/last"), 0).toLongLong();
    if (!id || !window.openDocument(id)) {
        // First run: the bundled default sample, else whatever the store holds first.
        const auto docs = store.list(&error);
        for (const DocumentSummary &d : docs)
            if (d.sourceName == DocumentSeeder::defaultSampleName() && !id)
                id = d.id;
        if (!id && !docs.isEmpty())
            id = docs.first().id;
        if (id)
            window.openDocument(id);
    }
    if (parser.isSet(tableOption))
        window.tableBrowser()->showTable(parser.value(tableOption).toInt());
    window.show();
    if (parser.isSet(shotOption)) {
        // For documentation and visual checks: the window as the user sees it.
        const QString file = parser.value(shotOption);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
