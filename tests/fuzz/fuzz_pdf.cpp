// libFuzzer harness: bd::PdfTextExtractor::extract(bytes, "fuzz.pdf").
//
// Poppler (through its Qt 6 binding) parses the PDF; our code lays the words of each page out in
// character columns like `pdftotext -layout`. Poppler and Qt are not instrumented, so coverage
// guidance only sees our side, and a fault inside Poppler is reported with Poppler frames on top.
// Poppler's text extraction needs no QGuiApplication (nothing is rendered); a QCoreApplication is
// made all the same, as in the program.
//
// Property beyond "no crash, no UB, no leak": a PDF is either read (lines, at least one page) or
// refused with a message, never both.

#include "import/PdfTextExtractor.h"

#include "FuzzHarness.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

BD_FUZZ_HARNESS("fuzz_pdf")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: NUL-terminated like the bytes of a file the program reads.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bd::PdfText text = bd::PdfTextExtractor::extract(bytes, QStringLiteral("fuzz.pdf"));
    if (qEnvironmentVariableIsSet("BD_FUZZ_VERBOSE")) // replaying one input: what the extractor said
        std::fprintf(stderr, "fuzz_pdf: %d pages, %d lines; %s\n", text.pages, int(text.lines.size()),
                     text.ok() ? "ok" : qPrintable(text.errorString()));
    if (text.ok() && (text.pages <= 0 || text.lines.isEmpty())) {
        std::fprintf(stderr, "fuzz_pdf: read without error but %d pages, %d lines\n", text.pages, int(text.lines.size()));
        std::abort();
    }
    if (!text.ok() && !text.lines.isEmpty()) {
        std::fprintf(stderr, "fuzz_pdf: refused (%s) but %d lines returned\n", qPrintable(text.message), int(text.lines.size()));
        std::abort();
    }
    return 0;
}
