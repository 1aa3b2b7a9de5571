#pragma once

#include "document/BudgetDocument.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace bd {

class DocumentStore;

// Importing files into the store, the same way for the window and the command line.
class ImportBatch
{
public:
    // What to do with a file whose very bytes were imported before.
    enum class Duplicate { Skip, Replace, Keep };

    struct Outcome
    {
        QString file;
        qint64 id = 0;          // the stored document (0 when nothing was stored)
        qint64 duplicateOf = 0; // the document imported before from the same bytes, if any
        bool skipped = false;   // a duplicate left as it was
        QString error;          // why nothing was stored (the place in the file, not the file)
        QString department;
        int year = 0;
        bool ok() const { return error.isEmpty(); }
    };

    // The files the arguments name: files as they are, folders searched recursively for
    // *.txt, *.pdf, *.xlsx and *.docx in name order. A folder that cannot be read, or a match that is
    // no regular file (a broken link, a pipe), goes to *failures (path, reason), never silently.
    static QStringList collectFiles(const QStringList &paths, QList<QPair<QString, QString>> *failures);

    // Imports one file and saves it in its own transaction (a failure leaves nothing). When
    // the store already holds a document from the same bytes, decide says what to do with it;
    // Replace saves over that document (its audit trail records what changed).
    static Outcome importFile(DocumentStore &store, const QString &file,
                              const std::function<Duplicate(qint64 existing, const BudgetDocument &incoming)> &decide);
};

} // namespace bd
