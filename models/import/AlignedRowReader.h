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
    QStringList m_headerLines;               // the header lines since the last row of figures
    void learnHeaderPositions(const QString &text);
    void learnWrappedHeaders();

    // Economic pairs (a final account's 基本支出 by 经济分类): two entries a line, each code,
    // name and amount, that the PDF breaks over lines in every way; read as a stream of entries.
    struct PairEntry
    {
        QString code;       // empty for a total
        QString totalKey;   // the total's key, for 人员经费合计 / 公用经费合计
        QString name;       // printed on the code's line or the next
        QString amount;
        int line = 0;
        int column = 0;     // where the code starts
        bool side = false;  // right (公用经费)
    };
    struct Fragment
    {
        QString text;
        int line = 0;
        int column = 0;
    };
    QList<PairEntry> m_entries;
    QList<Fragment> m_fragments;
    bool readPairs(const SourceLine &line, ImportError *error);
    bool rebuildPairs(ImportError *error);
};

} // namespace bd
