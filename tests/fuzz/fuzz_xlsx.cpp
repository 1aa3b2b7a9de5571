// libFuzzer harness: bd::XlsxTextExtractor::extract(bytes, "fuzz.xlsx").
//
// An input that is a zip ("PK…") goes in as it is, so the archive checks (damaged, encrypted,
// zip bomb, missing entries) are fuzzed too. Any other input is taken as the XML of the only
// worksheet of a minimal workbook, so that mutations reach the sheet parser instead of dying at
// the zip signature: the harness wraps it, uncompressed (stored), in a zip built in memory
// (MemoryZip.h), holding
//   [Content_Types].xml, xl/workbook.xml (one sheet "Sheet1", r:id rId1),
//   xl/_rels/workbook.xml.rels (rId1 → worksheets/sheet1.xml) and xl/worksheets/sheet1.xml = the input.
// The seeds in corpus/xlsx are such sheets (plus one whole small workbook).
//
// Properties beyond "no crash, no UB, no leak":
//  - a workbook read without error has lines (it has at least one disclosure table);
//  - every row of a sheet is as wide as the widest (XlsxSheet's contract).

#include "import/XlsxTextExtractor.h"

#include "FuzzHarness.h"
#include "MemoryZip.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// A one-sheet workbook whose sheet is `sheet`, every entry stored (not deflated); empty when
// minizip fails (it does not, in memory).
QByteArray workbookWithSheet(const QByteArray &sheet)
{
    static const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "</Types>";
    static const QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    static const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>";

    return bd::fuzz::storedZip({{"[Content_Types].xml", contentTypes},
                                {"xl/workbook.xml", workbook},
                                {"xl/_rels/workbook.xml.rels", rels},
                                {"xl/worksheets/sheet1.xml", sheet}});
}

} // namespace

BD_FUZZ_HARNESS("fuzz_xlsx")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: NUL-terminated like the bytes of a file the program reads.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray bytes = input;
    if (!bd::XlsxTextExtractor::isZip(input)) {
        bytes = workbookWithSheet(input);
        if (bytes.isEmpty())
            violated("minizip could not build the workbook in memory");
    }
    const bd::XlsxText text = bd::XlsxTextExtractor::extract(bytes, QStringLiteral("fuzz.xlsx"));
    if (qEnvironmentVariableIsSet("BD_FUZZ_VERBOSE")) // replaying one input: what the extractor said
        std::fprintf(stderr, "fuzz_xlsx: %d sheets, %d lines; %s\n", int(text.sheets.size()), int(text.lines.size()),
                     text.ok() ? "ok" : qPrintable(text.errorString()));
    if (text.ok() && text.lines.isEmpty())
        violated("a workbook is read without error but has no lines");
    for (const bd::XlsxSheet &sheet : text.sheets) {
        qsizetype width = 0;
        for (const QStringList &row : sheet.rows)
            width = std::max(width, row.size());
        for (const QStringList &row : sheet.rows)
            if (row.size() != width)
                violated("the rows of a sheet differ in width", sheet.name);
    }
    return 0;
}
