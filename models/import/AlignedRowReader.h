#pragma once

#include "import/TableParser.h"

#include <QMap>

namespace bd {

// Space-aligned rows (a PDF's text, pdftotext -layout): codes, names and figures told apart on
// each line, and each figure placed under the column whose header (or column number) it sits
// under; names the PDF broke onto the next line, or around their figures, mended.
class AlignedRowReader : public RowReader
{
public:
    using RowReader::RowReader;
    QList<SourceLine> prepare(const QList<SourceLine> &lines) const override;
    bool read(const SourceLine &line, ImportError *error) override;

private:
    QMap<int, double> m_columnCenter;        // column index → header centre
    bool m_numbered = false;                 // the centres come from the column-number row
    QList<QPair<int, int>> m_lastTextStarts; // where the last row's texts start → column
    void learnHeaderPositions(const QString &text);
};

} // namespace bd
