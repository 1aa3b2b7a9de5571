#pragma once

#include "document/BudgetDocument.h"
#include "document/Finding.h"
#include "templates/TemplateDescription.h"

#include <QString>
#include <QStringList>

namespace bd {

// The whole disclosure as one Excel workbook (libxlsxwriter): one sheet per disclosure table in
// the published layout (the title as the template prints it, "2025年部门财务收支预算总表", 编制部门
// and 单位, the multi-row header with its groups merged, the rows, the empty-table note; codes
// as text, amounts as numbers in the table's unit with two decimals; panes frozen below the
// header and right of the name column; A4, one page wide, header rows repeated on each printed
// page), then the sheets 三公, 绩效目标 and 检查结果 (the findings passed in), and last 文档信息.
// Cells as CsvExporter::tablesFor / records lay them out.
class XlsxExporter
{
public:
    // A valid, unique Excel sheet name: at most 31 characters, none of []:*?/\ , not already
    // in taken (compared case-insensitively). Appends the name it returns to taken.
    static QString sheetName(const QString &wanted, QStringList *taken);

    // Writes path all or nothing (the workbook goes to a temporary file first); false and an
    // English message naming the path on failure.
    static bool exportWorkbook(const BudgetDocument &doc, const TemplateDescription &tpl, const ImportReport &findings,
                               const QString &path, QString *error);
};

} // namespace bd
