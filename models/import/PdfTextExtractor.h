#pragma once

#include "import/ExtractedText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bd {

// The text of a PDF as lines laid out like `pdftotext -layout`: on every page the words are
// grouped into lines by their vertical centre and each word is placed at the character column of
// its x position, so that the figures of a table stand under their header words and the
// aligned-layout table parser can read them. Pages follow one another without a separator.
struct PdfText : ExtractedText
{
    int pages = 0;
};

class PdfTextExtractor
{
public:
    // True when the bytes start with the PDF header "%PDF".
    static bool isPdf(const QByteArray &bytes);

    // Reads a PDF held in memory; sourceName (the file name) is used in the error message.
    static PdfText extract(const QByteArray &bytes, const QString &sourceName);
    static PdfText extractFile(const QString &path);
};

} // namespace bd
