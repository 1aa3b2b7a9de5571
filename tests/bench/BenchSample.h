#pragma once

// What the store benchmarks start from: a new database at path holding the Kizilsu sample, as
// imported and saved; more documents are then written beside it by SQL.

#include "import/DisclosureImporter.h"
#include "store/DocumentStore.h"

namespace bd::bench {

// The sample's id; 0 and *error when the store or the sample cannot be written.
inline qint64 storeSample(const QString &path, QString *error)
{
    DocumentStore store(QStringLiteral("bench_sample"));
    if (!store.open(path, error))
        return 0;
    const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    if (!r.ok()) {
        *error = r.error.toString();
        return 0;
    }
    BudgetDocument doc = *r.document;
    return store.save(doc, error) ? doc.id : 0;
}

} // namespace bd::bench
