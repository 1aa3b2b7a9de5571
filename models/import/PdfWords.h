#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace bd {

// The words Poppler finds on the pages of a PDF, with their boxes. Poppler is called in a module
// of its own (budgetdesk_pdf, models/import/poppler), loaded when the first PDF is read: linked
// into the program, Poppler and the 16 libraries it brings (NSS, OpenJPEG, LCMS, libtiff, …)
// were loaded and relocated at every start, 4.7 ms of it, for the few sessions that import a PDF.
struct PdfWord
{
    QRectF box;
    QString text;
    bool spaceAfter = false;
};

struct PdfWords
{
    enum Status { Read, Damaged, Locked, NoPages, PageUnreadable };
    Status status = Read;
    int pages = 0;
    int badPage = 0; // PageUnreadable: the page, from 1
    QList<QList<PdfWord>> words; // of each page
};

// The module's one entry point: fills *out from the PDF in bytes.
using ReadPdfWords = void (*)(const QByteArray &bytes, PdfWords *out);
inline constexpr char ReadPdfWordsSymbol[] = "bd_read_pdf_words";

} // namespace bd
