#include "ImportBatch.h"

#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace bd {

QStringList ImportBatch::collectFiles(const QStringList &paths, QList<QPair<QString, QString>> *failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        const QStringList patterns{QStringLiteral("*.txt"), QStringLiteral("*.pdf"), QStringLiteral("*.xlsx"), QStringLiteral("*.docx")};
        QStringList folders{path};
        QDirIterator sub(path, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (sub.hasNext())
            folders.append(sub.next());
        for (const QString &folder : std::as_const(folders)) {
            const QFileInfo f(folder);
            if (!f.isReadable() || !f.isExecutable()) {
                failures->append({folder, QCoreApplication::translate("bd::Importer", "the folder cannot be read (permission denied); its files were not imported")});
                continue;
            }
            QDirIterator it(folder, patterns, QDir::Files | QDir::System | QDir::Hidden);
            while (it.hasNext()) {
                const QString file = it.next();
                // A broken link, a pipe or a device named *.txt is reported, not read.
                if (it.fileInfo().isFile())
                    found.append(file);
                else
                    failures->append({file, QCoreApplication::translate("bd::Importer", "not a regular file (a broken link, a pipe or a device)")});
            }
        }
        std::sort(found.begin(), found.end());
        files.append(found);
    }
    return files;
}

ImportBatch::Outcome ImportBatch::importFile(DocumentStore &store, const QString &file,
                                             const std::function<Duplicate(qint64, const BudgetDocument &)> &decide)
{
    Outcome out;
    out.file = file;
    const ImportResult r = DisclosureImporter().importFile(file);
    if (!r.ok()) {
        ImportError reason = r.error;
        reason.source.clear(); // the outcome names the file by its path
        out.error = reason.toString();
        return out;
    }
    BudgetDocument doc = *r.document;
    out.department = doc.department;
    out.year = doc.year;
    QString error;
    out.duplicateOf = store.findImport(doc.sourceHash, &error);
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }
    if (out.duplicateOf) {
        switch (decide(out.duplicateOf, doc)) {
        case Duplicate::Skip:
            out.skipped = true;
            out.id = out.duplicateOf;
            return out;
        case Duplicate::Replace:
            doc.id = out.duplicateOf;
            break;
        case Duplicate::Keep:
            break;
        }
    }
    if (!store.save(doc, &error)) {
        out.error = error;
        return out;
    }
    out.id = doc.id;
    return out;
}

} // namespace bd
