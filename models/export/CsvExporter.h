#pragma once

#include "document/BudgetDocument.h"
#include "document/DisclosureTable.h"
#include "templates/TemplateDescription.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One CSV per disclosure table, in the published layout: the header rows, the rows, then the
// empty-table note if any. Amounts in the table's unit with two decimals and no thousands
// separators (so spreadsheets read numbers), codes and names as printed. UTF-8 with BOM,
// RFC 4180 quoting, CRLF line ends.
class CsvExporter
{
public:
    // The tables an export shows: for an imported document the published cells (derived
    // for a table it lacks), for a draft the derivation.
    static QList<DisclosureTable> tablesFor(const BudgetDocument &doc, const TemplateDescription &tpl);

    static QList<QStringList> records(const DisclosureTable &t);
    static QByteArray tableCsv(const DisclosureTable &t);
    // "table-01-部门收支总体情况表.csv"
    static QString fileName(const DisclosureTable &t);

    // Writes every table of the template into dir (created when missing); written receives
    // the path of each file written, error an English message naming the path on failure.
    static bool exportTables(const BudgetDocument &doc, const TemplateDescription &tpl, const QString &dir,
                             QStringList *written, QString *error);
};

} // namespace bd
