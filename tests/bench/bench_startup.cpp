// Start-up: wall time from starting a process to its window's first paint (the process says
// so on standard output), the program against a bare Qt Widgets window with one QChartView pie
// (bare_chart_window, a program that links Qt Widgets and Qt Charts alone), with 1 and with
// 10,000 documents stored. Every run is a fresh process (libraries loaded,
// fonts found, the store opened, the last document read and shown), under the same
// QT_QPA_PLATFORM (offscreen unless set). Prints:
//
//   startup_ms bare median=… | budgetdesk docs=1 median=… ratio=… | budgetdesk docs=10000 …
//
// The 10,000 documents are the sample's catalogue row repeated for 1,000 departments × 10
// years (the list reads that table alone); the document opened is the real sample, as the last
// one open is reopened.
// Run by hand: bench_startup [runs] [--db postgresql://…] (an empty database on a server, such
// as scripts/pg.sh starts; it is left with the 10,000 documents).

#include "BenchSample.h"
#include "store/DocumentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bd;

namespace {

// Writes the sample's catalogue row again for more departments and years, as documents
// first + 1 … first + count (the list reads that table alone).
bool addCatalogueRows(const QString &location, qint64 sample, int first, int count, QString *error)
{
    if (count <= 0)
        return true;
    DocumentStore store(QStringLiteral("bench_startup_fill"));
    if (!store.open(location, error))
        return false;
    QSqlQuery q(store.database());
    const QString sql = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
        "INSERT INTO documents (id, department, year, template_id, status, title, publish_date, source_name, modified, "
        "department_key) "
        "SELECT 1000000 + i, department || '第' || (i / 10) || '分局', year - (i % 10), template_id, status, title, "
        "publish_date, source_name, modified, department_key || '第' || (i / 10) || '分局' FROM documents, n "
        "WHERE documents.id = %3")
                            .arg(first + 1)
                            .arg(first + count)
                            .arg(sample);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Median wall time from starting program with args to its "painted" line, in ms; -1 when a run
// fails. The process's tear-down after that is not counted, for either program.
double timeRuns(const QString &program, const QStringList &args, const QProcessEnvironment &env, int runs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        double painted = -1;
        while (painted < 0 && p.waitForReadyRead(60000))
            if (p.readAllStandardOutput().contains("painted"))
                painted = t.nsecsElapsed() / 1e6;
        if (!p.waitForFinished(60000) || p.exitCode() != 0 || painted < 0) {
            fprintf(stderr, "%s %s failed\n", qPrintable(program), qPrintable(args.join(u' ')));
            return -1;
        }
        ms.append(painted);
    }
    return medianOf(ms);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 9;
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The program's settings (last document, window state) live here, not in the user's.
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));

    const double bare = timeRuns(QStringLiteral(BD_BARE_PATH), {}, env, runs);
    printf("startup_ms bare median=%.0f\n", bare);
    fflush(stdout);
    // On a server, the one database grows from 1 to 10,000 documents.
    const QString server = argc > 3 && qstrcmp(argv[2], "--db") == 0 ? QString::fromLocal8Bit(argv[3]) : QString();
    qint64 id = 0;
    int stored = 0;
    for (const int documents : {1, 10000}) {
        const QString location = server.isEmpty() ? dir.filePath(QStringLiteral("store-%1.sqlite").arg(documents)) : server;
        QString error;
        if (!server.isEmpty() && stored == 0) {
            DocumentStore store(QStringLiteral("bench_startup_empty"));
            if (!store.open(location, &error) || !store.isEmpty(&error)) {
                fprintf(stderr, "%s\n", error.isEmpty() ? "the server's database is not empty" : qPrintable(error));
                return 1;
            }
        }
        if (server.isEmpty() || stored == 0) {
            id = bench::storeSample(location, &error);
            stored = 1;
        }
        if (!id || !addCatalogueRows(location, id, stored - 1, documents - stored, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        stored = server.isEmpty() ? 0 : documents;
        const double ms = timeRuns(QStringLiteral(BD_APP_PATH),
                                   {QStringLiteral("--db"), location, QStringLiteral("--document"), QString::number(id),
                                    QStringLiteral("--quit-after-paint")}, env, runs);
        if (ms < 0)
            return 1;
        printf("startup_ms budgetdesk docs=%d median=%.0f ratio=%.2f\n", documents, ms, ms / bare);
        fflush(stdout);
    }
    return 0;
}
