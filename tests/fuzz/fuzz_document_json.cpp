// libFuzzer harness: bd::BudgetDocument::fromJson on arbitrary bytes parsed as JSON, as the store,
// the recovery files and a JSON import read a document.
//
// Properties beyond "no crash, no UB, no leak":
//  - a refused document says why (a non-empty error);
//  - a document that reads survives the trip back unchanged, both as the object
//    (fromJson(toJson(d)) == d: toJson is documented lossless) and as the compact bytes
//    RecoveryStore writes (QJsonDocument(toJson(d)).toJson(Compact) parsed again).

#include "document/BudgetDocument.h"

#include "FuzzHarness.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

BD_FUZZ_HARNESS("fuzz_document_json")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: NUL-terminated like the bytes of a file the program reads.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto doc = bd::BudgetDocument::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
    if (qEnvironmentVariableIsSet("BD_FUZZ_VERBOSE")) // replaying one input: what fromJson said
        std::fprintf(stderr, "fuzz_document_json: %s\n", doc ? "read" : qPrintable(error));
    if (!doc) {
        if (error.isEmpty())
            violated("a document is refused without a reason");
        return 0;
    }

    const QJsonObject json = doc->toJson();
    const auto again = bd::BudgetDocument::fromJson(json, &error);
    if (!again)
        violated("toJson() of a document does not read back", error);
    if (!(*again == *doc))
        violated("toJson() of a document reads back as another document");

    const QByteArray compact = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QJsonParseError perr;
    const QJsonDocument reparsed = QJsonDocument::fromJson(compact, &perr);
    if (reparsed.isNull())
        violated("the compact JSON of a document is not JSON", perr.errorString());
    const auto fromBytes = bd::BudgetDocument::fromJson(reparsed.object(), &error);
    if (!fromBytes)
        violated("the compact JSON of a document does not read back", error);
    if (!(*fromBytes == *doc))
        violated("the compact JSON of a document reads back as another document");
    return 0;
}
