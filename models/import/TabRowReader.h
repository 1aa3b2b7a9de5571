#pragma once

#include "import/TableParser.h"

namespace bd {

// Tab-separated rows (a converted text, a workbook): one cell per template column.
class TabRowReader : public RowReader
{
public:
    using RowReader::RowReader;
    bool read(const SourceLine &line, ImportError *error) override;

private:
    void splitCodes(QStringList &cells) const;
};

} // namespace bd
