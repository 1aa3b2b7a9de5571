#pragma once

#include "document/BudgetDocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// A recovery record found on disk: what the start-up dialog offers to restore.
struct RecoveryRecord
{
    qint64 documentId = 0;   // store id of the document; 0 for a draft never saved
    QString department;
    int year = 0;
    QString title;
    QDateTime written;       // when the record was written (UTC)
    QString path;            // the record's file, for load() and discardFile()
    bool fromThisRun = false; // written by this process (not left behind by an earlier run)
    bool ownerRunning = false; // written by another copy of the program that is still running
};

// Unsaved edits on disk, so that a crash (or a kill -9) loses at most a few seconds of work.
//
// One file per document in <AppDataLocation>/recovery/: doc-<id>.json for a stored document,
// new-<hash of department and year>.json for a draft never saved. A file holds
// BudgetDocument::toJson() plus the store id, the document's modified time and the time of
// writing. Files are written with QSaveFile (a temporary file renamed over the old one), so a
// reader never sees a half-written record: after a kill at any moment the file is either the
// previous complete record or the new one.
class RecoveryStore
{
public:
    // dir empty: defaultDirectory().
    explicit RecoveryStore(const QString &dir = QString());

    static QString defaultDirectory(); // QStandardPaths::AppDataLocation + "/recovery"
    QString directory() const { return m_dir; }

    // The file the document's record goes to.
    QString pathFor(const BudgetDocument &doc) const;
    QString pathFor(qint64 documentId, const QString &department, int year) const;

    // Writes (replaces) the document's record atomically; false and a message when it cannot.
    bool write(const BudgetDocument &doc, QString *error = nullptr) const;

    // Every readable record in the folder, newest first. At start-up, those neither from this
    // run nor from another copy still running are the records a previous run left behind (it
    // crashed or was killed with unsaved edits). Unreadable files are skipped (with a warning
    // on the log) and stay where they are.
    QList<RecoveryRecord> pending() const;

    // The document of a record, with its store id and modified time as they were.
    std::optional<BudgetDocument> load(const QString &path, QString *error) const;

    // Removes the record of a stored document (after it was saved, or the user declined it).
    void discard(qint64 documentId) const;
    void discardFile(const QString &path) const;

private:
    QString m_dir;
};

} // namespace bd
