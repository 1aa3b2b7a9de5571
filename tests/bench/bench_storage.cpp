// Storage at 1,000 and 10,000 documents: what each stored document costs on disk, what a save
// costs, and what listing costs as the store grows. The documents are synthetic and consistent:
// the Kizilsu sample as imported (schedules, published tables, 说明, import record), saved
// under N department names, each with a source hash of its own, through DocumentStore::save
// (what an import does), one transaction each. Prints, per N:
//
//   storage docs=N bytes_per_doc=… save_ms_per_doc=… list_ms=… [sqlite3_shell_ms_per_doc=… ratio=…]
//
// bytes_per_doc is the SQLite file's growth over the empty schema, divided by N, after a WAL
// checkpoint. The reference is the sqlite3 shell (when installed) replaying the same rows into a
// new file: the store's .dump, data rows only, one transaction per document as save() has it.
// Run by hand: bench_storage [N ...] (default 1000 10000); the store is kept with --keep DIR.
//
// On a PostgreSQL server, bench_storage --db postgresql://… [N ...] fills the (empty) database
// up to each N in turn and prints, per N:
//
//   storage server docs=N bytes_per_doc=… save_ms_per_doc=… list_ms=…
//
// bytes_per_doc being the growth of the schema's tables with their indexes and TOAST over the
// empty schema (pg_total_relation_size), divided by N. scripts/pg.sh starts a throwaway server.

#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bd;

namespace {

qint64 checkpointedSize(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench_storage_size"));
        db.setDatabaseName(path);
        if (db.open())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench_storage_size"));
    return QFileInfo(path).size();
}

// The rows of the store as INSERT statements, one transaction per document: the shell's .dump,
// its schema and transaction lines dropped, cut where the next document's row begins.
QByteArray perDocumentInserts(const QString &shell, const QString &path)
{
    QProcess p;
    p.start(shell, {path, QStringLiteral(".dump")});
    p.waitForFinished(-1);
    QByteArray out;
    int documents = 0;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("INSERT INTO ") || line.startsWith("INSERT INTO schema_version")
            || line.startsWith("INSERT INTO id_counters"))
            continue;
        if (line.startsWith("INSERT INTO documents ")) {
            out += documents++ ? "COMMIT;\nBEGIN;\n" : "BEGIN;\n";
        }
        out += line + '\n';
    }
    if (documents)
        out += "COMMIT;\n";
    return out;
}

// The schema's tables with their indexes and TOAST, in bytes.
qint64 serverBytes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                          "JOIN pg_namespace s ON s.oid = c.relnamespace WHERE c.relkind = 'r' AND s.nspname = current_schema()"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

BudgetDocument synthetic(const BudgetDocument &sample, int i)
{
    BudgetDocument doc = sample;
    doc.department += QStringLiteral("第%1分局").arg(i);
    doc.sourceHash = QString::number(i);
    return doc;
}

// Saves the synthetic documents from to to (as an import saves each), adding the time the saves
// took to *saveNs.
bool saveSynthetic(DocumentStore &store, const BudgetDocument &sample, int from, int to, qint64 *saveNs)
{
    QElapsedTimer t;
    for (int i = from; i < to; ++i) {
        BudgetDocument doc = synthetic(sample, i);
        QString error;
        t.restart();
        if (!store.save(doc, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
        *saveNs += t.nsecsElapsed();
    }
    return true;
}

int serverRun(const QString &url, QList<int> counts, const BudgetDocument &sample)
{
    QString error;
    DocumentStore store(QStringLiteral("bench_storage"));
    if (!store.open(url, &error) || !store.isEmpty(&error)) {
        fprintf(stderr, "%s\n", error.isEmpty() ? "the database must be empty" : qPrintable(error));
        return 1;
    }
    std::sort(counts.begin(), counts.end());
    const qint64 empty = serverBytes(store.database());
    int saved = 0;
    qint64 saveNs = 0;
    QElapsedTimer t;
    for (const int n : std::as_const(counts)) {
        if (!saveSynthetic(store, sample, saved, n, &saveNs))
            return 1;
        saved = std::max(saved, n);
        t.restart();
        const int listed = int(store.list(&error).size());
        const double listMs = t.nsecsElapsed() / 1e6;
        printf("storage server docs=%d bytes_per_doc=%lld save_ms_per_doc=%.2f list_ms=%.1f (listed %d)\n", n,
               (serverBytes(store.database()) - empty) / n, saveNs / 1e6 / n, listMs, listed);
        fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> counts;
    QString keep, server;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--keep") == 0 && i + 1 < argc)
            keep = QString::fromLocal8Bit(argv[++i]);
        else if (qstrcmp(argv[i], "--db") == 0 && i + 1 < argc)
            server = QString::fromLocal8Bit(argv[++i]);
        else
            counts.append(QByteArray(argv[i]).toInt());
    }
    if (counts.isEmpty())
        counts = {1000, 10000};
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(dir);
    const ImportResult sample = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    if (!sample.ok()) {
        fprintf(stderr, "%s\n", qPrintable(sample.error.toString()));
        return 1;
    }
    if (!server.isEmpty())
        return serverRun(server, counts, *sample.document);
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    for (const int n : counts) {
        const QString path = QDir(dir).filePath(QStringLiteral("storage-%1.sqlite").arg(n));
        QFile::remove(path);
        QString error;
        DocumentStore store(QStringLiteral("bench_storage"));
        if (!store.open(path, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const qint64 empty = checkpointedSize(path);
        qint64 saveNs = 0;
        if (!saveSynthetic(store, *sample.document, 0, n, &saveNs))
            return 1;
        QElapsedTimer t;
        t.restart();
        const int listed = int(store.list(&error).size());
        const double listMs = t.nsecsElapsed() / 1e6;
        store.close();
        const qint64 bytes = checkpointedSize(path) - empty;
        const double saveMs = saveNs / 1e6 / n;
        QString reference;
        if (!shell.isEmpty()) {
            const QString sqlPath = path + QStringLiteral(".inserts.sql");
            QFile sql(sqlPath);
            if (!sql.open(QIODevice::WriteOnly) || sql.write(perDocumentInserts(shell, path)) < 0)
                return 1;
            sql.close();
            // The same schema, empty, then the rows.
            const QString replay = path + QStringLiteral(".replay.sqlite");
            QFile::remove(replay);
            DocumentStore fresh(QStringLiteral("bench_storage_fresh"));
            if (!fresh.open(replay, &error))
                return 1;
            fresh.close();
            QProcess p;
            p.setStandardInputFile(sqlPath);
            t.restart();
            p.start(shell, {replay});
            p.waitForFinished(-1);
            const double shellMs = t.nsecsElapsed() / 1e6 / n;
            reference = QStringLiteral(" sqlite3_shell_ms_per_doc=%1 ratio=%2").arg(shellMs, 0, 'f', 2).arg(saveMs / shellMs, 0, 'f', 2);
        }
        printf("storage docs=%d bytes_per_doc=%lld save_ms_per_doc=%.2f list_ms=%.1f (listed %d)%s\n", n, bytes / n, saveMs,
               listMs, listed, qPrintable(reference));
        fflush(stdout);
    }
    return 0;
}
