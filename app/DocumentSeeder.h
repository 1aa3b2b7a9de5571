#pragma once

#include <QString>

namespace bd {

class DocumentStore;

// Fills a new, empty store with the sample disclosures bundled in :/samples, so that the
// program opens on a real document the first time it runs.
class DocumentSeeder
{
public:
    // Imports every bundled sample when the store has no documents; false and a message when
    // a sample fails (the store is left as it was for that sample).
    static bool seedIfEmpty(DocumentStore &store, QString *error);
    static QString defaultSampleName() { return QStringLiteral("kizilsu-foreign-affairs-2026.txt"); }
};

} // namespace bd
