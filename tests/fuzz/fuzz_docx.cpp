// libFuzzer harness: bd::DocxTextExtractor::extract(bytes, "fuzz.docx").
//
// An input that is a zip ("PK…") goes in as it is, so the archive checks are fuzzed too. Any
// other input is taken as word/document.xml, the body of a Word document, and wrapped,
// stored, in a zip built in memory (MemoryZip.h), so that mutations reach the body's reader
// (paragraphs, tables and their spans, runs, text boxes and their fallbacks). The seeds in
// corpus/docx are such bodies.
//
// Property beyond "no crash, no UB, no leak": every line read is one line (no line break in
// it), as the importer's line numbers count them.

#include "import/DocxTextExtractor.h"

#include "FuzzHarness.h"
#include "MemoryZip.h"

#include <cstdint>
#include <cstdio>

BD_FUZZ_HARNESS("fuzz_docx")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: NUL-terminated like the bytes of a file the program reads.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray bytes = input;
    if (!input.startsWith("PK")) {
        bytes = bd::fuzz::storedZip({{"word/document.xml", input}});
        if (bytes.isEmpty())
            violated("minizip could not build the document in memory");
    }
    const bd::DocxText text = bd::DocxTextExtractor::extract(bytes, QStringLiteral("fuzz.docx"));
    if (qEnvironmentVariableIsSet("BD_FUZZ_VERBOSE")) // replaying one input: what the extractor said
        std::fprintf(stderr, "fuzz_docx: %d lines; %s\n", int(text.lines.size()), text.ok() ? "ok" : qPrintable(text.errorString()));
    for (const QString &line : text.lines)
        if (line.contains(QLatin1Char('\n')))
            violated("a line read holds a line break", line.left(80));
    return 0;
}
