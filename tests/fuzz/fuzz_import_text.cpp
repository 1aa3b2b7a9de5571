// libFuzzer harness: the text import, bd::DisclosureImporter::importBytes(bytes, "fuzz.txt").
//
// Everything a text file goes through: encoding detection (UTF-8 ± BOM, UTF-16 with BOM,
// GB18030), template detection, the table parser in both layouts (tab-separated and aligned
// like `pdftotext -layout`), the narrative, schedules, derivation and the reconciler.
// Inputs starting like a PDF ("%PDF") or a zip ("PK") are left to fuzz_pdf and fuzz_xlsx.
//
// Properties beyond "no crash, no UB, no leak":
//  - an import either gives a document or says why not (never both, never neither);
//  - an imported document survives BudgetDocument::toJson → fromJson unchanged (toJson is
//    documented lossless);
//  - the check of an imported document (what `budgetdesk check FILE` runs on any text: every
//    rule, the sentence reader of the 说明) names only rules of its rule table.

#include "document/BudgetDocument.h"
#include "import/DisclosureImporter.h"
#include "validation/Validator.h"

#include "FuzzHarness.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

BD_FUZZ_HARNESS("fuzz_import_text")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: NUL-terminated like the bytes of a file the program reads.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("%PDF") || bytes.startsWith("PK"))
        return 0;
    const bd::ImportResult r = bd::DisclosureImporter().importBytes(bytes, QStringLiteral("fuzz.txt"));
    if (qEnvironmentVariableIsSet("BD_FUZZ_VERBOSE")) // replaying one input: what the importer said
        std::fprintf(stderr, "fuzz_import_text: %s\n", r.ok() ? "imported" : qPrintable(r.error.toString()));
    if (r.ok() == !r.error.message.isEmpty()) {
        std::fprintf(stderr, "fuzz_import_text: document %s and error \"%s\"\n", r.ok() ? "set" : "not set",
                     qPrintable(r.error.toString()));
        std::abort();
    }
    if (r.ok()) {
        QString error;
        const auto again = bd::BudgetDocument::fromJson(r.document->toJson(), &error);
        if (!again) {
            std::fprintf(stderr, "fuzz_import_text: an imported document's JSON does not read back: %s\n", qPrintable(error));
            std::abort();
        }
        if (!(*again == *r.document)) {
            std::fprintf(stderr, "fuzz_import_text: an imported document's JSON reads back as another document\n");
            std::abort();
        }
        static const QStringList rules = [] {
            QStringList ids;
            for (const bd::Validator::Rule &rule : bd::Validator::rules())
                ids.append(rule.id);
            return ids;
        }();
        for (const bd::Finding &f : bd::Validator::check(*r.document, *r.templ).findings)
            if (!rules.contains(f.rule)) {
                std::fprintf(stderr, "fuzz_import_text: the check reports a rule it does not list: %s\n", qPrintable(f.rule));
                std::abort();
            }
    }
    return 0;
}
