#pragma once

#include "import/ExtractedText.h"

#include <QByteArray>

namespace bd {

// The text of a Word document (.docx, Office Open XML) as the lines the importer reads, in
// the order of the document's body: a paragraph is a line (a line break inside it starts
// another, a tab stays a tab), a table row is a line of its cells joined by tabs, as the
// tab-separated text of a disclosure has them. A cell spanning several grid columns is
// followed by empty cells for the others, and grid columns a row leaves out before its first
// cell are empty cells, so that figures stay under their headers; the paragraphs of one cell
// are joined. Deleted revisions and field codes are left out.
using DocxText = ExtractedText;

class DocxTextExtractor
{
public:
    // A ZIP archive with a Word document's main part (word/document.xml).
    static bool isDocx(const QByteArray &bytes);
    static DocxText extract(const QByteArray &bytes, const QString &sourceName);
};

} // namespace bd
