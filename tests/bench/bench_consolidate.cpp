// Consolidation (汇总) of many documents against the reference the issue names: SQLite grouping
// every stored document's 功能分类 lines by year × code × source × phase (the GROUP BY the
// sqlite3 shell runs, here through the same SQLite library in process; with the shell too when
// it is installed). For N = 1,000 and 10,000 stored documents, prints:
//
//   consolidate docs=N group_by_ms=… consolidate_ms=… (read … + sum …) ratio=…
//
// The documents are the Kizilsu sample's schedules copied for N departments of one family and
// year (documents, functional and economic lines, the figure parts); consolidate_ms reads them
// with DocumentStore::loadFigures and sums them with Consolidation::consolidate. Run by hand:
// bench_consolidate [runs]

#include "consolidation/Consolidation.h"
#include "BenchSample.h"
#include "store/DocumentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bd;

namespace {

const char *const kGroupBy = "SELECT d.year, f.code, f.source, f.phase, SUM(f.amount_fen) FROM functional_lines f "
                             "JOIN documents d ON d.id = f.document_id GROUP BY d.year, f.code, f.source, f.phase";

// N copies of the sample under other department names, written by SQL (as the rows save() writes).
bool makeStore(const QString &path, int documents, QString *error)
{
    const qint64 id = bench::storeSample(path, error);
    if (!id)
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench_consolidate_fill"));
    db.setDatabaseName(path);
    bool ok = db.open();
    const QString n = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ").arg(documents - 1);
    const QStringList statements{
        n + QStringLiteral("INSERT INTO documents (id, department, year, template_id, status, title, publish_date, source_name, "
                           "modified, department_key) SELECT 1000000 + i, department || '第' || i || '分局', year, template_id, "
                           "status, title, publish_date, source_name, modified, department_key || '第' || i || '分局' "
                           "FROM documents, n WHERE documents.id = %1").arg(id),
        n + QStringLiteral("INSERT INTO functional_lines SELECT 1000000 + i, seq, code, name, source, phase, amount_fen + i "
                           "FROM functional_lines, n WHERE document_id = %1").arg(id),
        n + QStringLiteral("INSERT INTO economic_lines SELECT 1000000 + i, seq, code, name, personnel_fen, public_fen "
                           "FROM economic_lines, n WHERE document_id = %1").arg(id),
        n + QStringLiteral("INSERT INTO document_parts SELECT 1000000 + i, part, packed FROM document_parts, n "
                           "WHERE document_id = %1 AND part NOT IN ('narrative', 'import_readings', 'outline', 'unreadable_tables')")
                .arg(id),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (ok && !q.exec(sql)) {
            *error = q.lastError().text();
            ok = false;
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench_consolidate_fill"));
    return ok;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTemporaryDir dir;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    for (const int documents : {1000, 10000}) {
        const QString path = dir.filePath(QStringLiteral("store-%1.sqlite").arg(documents));
        QString error;
        if (!makeStore(path, documents, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        DocumentStore store(QStringLiteral("bench_consolidate"));
        if (!store.open(path, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QList<qint64> ids;
        {
            QSqlQuery q(store.database());
            q.exec(QStringLiteral("SELECT id FROM documents ORDER BY id"));
            while (q.next())
                ids.append(q.value(0).toLongLong());
        }
        QList<double> groupBy, read, sum, shellMs;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            QSqlQuery q(store.database());
            q.setForwardOnly(true);
            q.exec(QString::fromLatin1(kGroupBy));
            int rows = 0;
            while (q.next())
                ++rows;
            groupBy.append(t.nsecsElapsed() / 1e6);
            q.finish();

            t.restart();
            const QList<BudgetDocument> members = store.loadFigures(ids, &error);
            read.append(t.nsecsElapsed() / 1e6);
            t.restart();
            const auto consolidated = Consolidation::consolidate(QStringLiteral("汇总"), members, &error);
            sum.append(t.nsecsElapsed() / 1e6);
            if (!consolidated || rows == 0) {
                fprintf(stderr, "consolidation failed: %s\n", qPrintable(error));
                return 1;
            }
            if (!shell.isEmpty()) {
                QProcess p;
                t.restart();
                p.start(shell, {path, QString::fromLatin1(kGroupBy)});
                p.waitForFinished(60000);
                shellMs.append(t.nsecsElapsed() / 1e6);
            }
        }
        const double reference = median(groupBy);
        const double total = median(read) + median(sum);
        printf("consolidate docs=%d group_by_ms=%.0f%s consolidate_ms=%.0f (read %.0f + sum %.0f) ratio=%.2f\n", documents,
               reference, shell.isEmpty() ? "" : qPrintable(QStringLiteral(" sqlite3_shell_ms=%1").arg(median(shellMs), 0, 'f', 0)),
               total, median(read), median(sum), total / reference);
        fflush(stdout);
    }
    return 0;
}
