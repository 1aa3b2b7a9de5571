#include "RecoveryStore.h"
#include "store/StoredTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace bd {

namespace {

const QString kFormat = QStringLiteral("budgetdesk-recovery");
constexpr int kVersion = 1;

// Tells this run's records from those an earlier run left behind (a pid can be reused).
const QString &runId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

QString runLockPath(const QString &dir, const QString &run)
{
    return dir + QStringLiteral("/run-%1.lock").arg(run);
}

// While this run has records in a folder it holds a lock there, until it ends (or dies, when
// the system releases it): another copy of the program started meanwhile must not offer this
// run's records as left behind.
void holdRunLock(const QString &dir)
{
    static QHash<QString, QLockFile *> held; // for the life of the process
    if (held.contains(dir))
        return;
    auto *lock = new QLockFile(runLockPath(dir, runId()));
    lock->setStaleLockTime(0); // held as long as the process lives
    if (!lock->tryLock(0)) {
        delete lock;
        return;
    }
    if (held.isEmpty())
        qAddPostRoutine([] {
            // Unlocking removes the lock file. A folder already gone (a test's) has no file to
            // remove, and QLockFile would warn that it cannot remove it: give it one to remove,
            // then take away the folders made for that.
            for (auto it = held.cbegin(); it != held.cend(); ++it) {
                QString made; // the outermost folder that has to be made again, if any
                for (QDir d(it.key()); !d.exists(); d.setPath(QFileInfo(d.path()).path()))
                    made = d.path();
                if (!made.isEmpty() && QDir().mkpath(it.key())) {
                    QFile(it.value()->fileName()).open(QIODevice::WriteOnly);
                    delete it.value();
                    QDir(made).removeRecursively();
                } else {
                    delete it.value();
                }
            }
            held.clear();
        });
    held.insert(dir, lock);
}

// Whether the run that wrote a record is still going: its lock is held by a live process.
bool isRunning(const QString &dir, const QString &run)
{
    if (run.isEmpty())
        return false; // a record from before runs held locks
    QLockFile lock(runLockPath(dir, run));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock(); // the run is over: its lock goes with it
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

std::optional<QJsonObject> readRecord(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "Cannot read the recovery file \"%1\": %2").arg(shown, f.errorString()));
        return std::nullopt;
    }
    QJsonParseError perr;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError || !d.isObject()) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "The recovery file \"%1\" is damaged: %2")
                            .arg(shown, perr.error != QJsonParseError::NoError ? perr.errorString()
                                                                               : QStringLiteral("not a JSON object")));
        return std::nullopt;
    }
    const QJsonObject o = d.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "\"%1\" is not a BudgetDesk recovery file").arg(shown));
        return std::nullopt;
    }
    if (o.value(QStringLiteral("version")).toInt() != kVersion) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "The recovery file \"%1\" has version %2, which this version cannot read")
                            .arg(shown)
                            .arg(o.value(QStringLiteral("version")).toInt()));
        return std::nullopt;
    }
    if (!o.value(QStringLiteral("document")).isObject()) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "The recovery file \"%1\" holds no document").arg(shown));
        return std::nullopt;
    }
    return o;
}

} // namespace

RecoveryStore::RecoveryStore(const QString &dir)
    : m_dir(dir.isEmpty() ? defaultDirectory() : dir)
{
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::pathFor(qint64 documentId, const QString &department, int year) const
{
    if (documentId != 0)
        return m_dir + QStringLiteral("/doc-%1.json").arg(documentId);
    // A draft never saved has no id yet; one such draft per department and year is what the
    // program edits at a time.
    const QByteArray key = department.toUtf8() + '\n' + QByteArray::number(year);
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    return m_dir + QStringLiteral("/new-%1.json").arg(hash);
}

QString RecoveryStore::pathFor(const BudgetDocument &doc) const
{
    return pathFor(doc.id, doc.department, doc.year);
}

bool RecoveryStore::write(const BudgetDocument &doc, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "Cannot create the recovery folder \"%1\"").arg(QDir::toNativeSeparators(m_dir)));
        return false;
    }
    holdRunLock(m_dir);
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("document_id"), QJsonValue(qint64(doc.id)));
    o.insert(QStringLiteral("written"), isoUtc(QDateTime::currentDateTimeUtc()));
    o.insert(QStringLiteral("run"), runId());
    o.insert(QStringLiteral("pid"), QJsonValue(qint64(QCoreApplication::applicationPid())));
    if (doc.modified.isValid())
        o.insert(QStringLiteral("modified"), isoUtc(doc.modified));
    o.insert(QStringLiteral("department"), doc.department);
    o.insert(QStringLiteral("year"), doc.year);
    o.insert(QStringLiteral("title"), doc.title);
    o.insert(QStringLiteral("document"), doc.toJson());

    const QString path = pathFor(doc);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (f.write(bytes) != bytes.size() || !f.flush()) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        f.cancelWriting();
        return false;
    }
#ifdef Q_OS_UNIX
    // On disk before the rename, so that even a power cut leaves the old or the new record
    // (a killed process needs no fsync: the kernel has the data already).
    ::fsync(f.handle());
#endif
    if (!f.commit()) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    return true;
}

QList<RecoveryRecord> RecoveryStore::pending() const
{
    QList<RecoveryRecord> out;
    const QFileInfoList files = QDir(m_dir).entryInfoList({QStringLiteral("doc-*.json"), QStringLiteral("new-*.json")},
                                                          QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QString problem;
        const auto o = readRecord(fi.absoluteFilePath(), &problem);
        if (!o) {
            qWarning("%s", qPrintable(problem));
            continue;
        }
        RecoveryRecord r;
        r.documentId = o->value(QStringLiteral("document_id")).toInteger();
        r.department = o->value(QStringLiteral("department")).toString();
        r.year = o->value(QStringLiteral("year")).toInt();
        r.title = o->value(QStringLiteral("title")).toString();
        r.written = fromIsoUtc(o->value(QStringLiteral("written")).toString());
        r.path = fi.absoluteFilePath();
        const QString run = o->value(QStringLiteral("run")).toString();
        r.fromThisRun = run == runId();
        r.ownerRunning = !r.fromThisRun && isRunning(m_dir, run);
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RecoveryRecord &a, const RecoveryRecord &b) { return a.written > b.written; });
    return out;
}

std::optional<BudgetDocument> RecoveryStore::load(const QString &path, QString *error) const
{
    const auto o = readRecord(path, error);
    if (!o)
        return std::nullopt;
    QString problem;
    auto doc = BudgetDocument::fromJson(o->value(QStringLiteral("document")).toObject(), &problem);
    if (!doc) {
        setError(error, QCoreApplication::translate("bd::RecoveryStore", "The recovery file \"%1\" holds an invalid document: %2")
                            .arg(QDir::toNativeSeparators(path), problem));
        return std::nullopt;
    }
    doc->id = o->value(QStringLiteral("document_id")).toInteger();
    if (o->contains(QStringLiteral("modified")))
        doc->modified = fromIsoUtc(o->value(QStringLiteral("modified")).toString());
    return doc;
}

void RecoveryStore::discard(qint64 documentId) const
{
    if (documentId != 0)
        discardFile(pathFor(documentId, QString(), 0));
}

void RecoveryStore::discardFile(const QString &path) const
{
    if (!path.isEmpty())
        QFile::remove(path);
}

} // namespace bd
