#include "DocumentSeeder.h"

#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"

#include <QDir>
#include <QFile>

namespace bd {

bool DocumentSeeder::seedIfEmpty(DocumentStore &store, QString *error)
{
    const bool empty = store.isEmpty(error);
    if (!error->isEmpty())
        return false;
    if (!empty)
        return true;
    const QDir samples(QStringLiteral(":/samples"));
    // The default sample first, so it gets the lowest id.
    QStringList names = samples.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    names.removeAll(defaultSampleName());
    names.prepend(defaultSampleName());
    for (const QString &name : names) {
        QFile f(samples.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const ImportResult r = DisclosureImporter().importBytes(f.readAll(), name);
        if (!r.ok()) {
            *error = r.error.toString();
            return false;
        }
        BudgetDocument doc = *r.document;
        if (!store.save(doc, error))
            return false;
    }
    return true;
}

} // namespace bd
