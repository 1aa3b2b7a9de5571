#pragma once

#include "document/DisclosureTable.h"
#include "document/Finding.h"
#include "templates/TemplateDescription.h"
#include "text/WrappedText.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

class CodeCatalogue;

// Why an import stopped: the line and what was expected there.
struct ImportError
{
    QString source; // file name, when known
    int line = 0;
    QString message;
    // "kizilsu.txt, line 168: table 3 (部门支出总体情况表), column \"合计\": …"
    QString toString() const;
};

class TableParser;

// Reads the rows of one table in one layout: TabRowReader (tab-separated cells, one per
// template column) or AlignedRowReader (pdftotext -layout, figures placed by position). Both
// hand their rows to the TableParser, which matches labels to the template's keys.
class RowReader
{
public:
    explicit RowReader(TableParser &table) : m_t(table) {}
    virtual ~RowReader();
    // The table's lines as the reader wants them (the aligned reader mends labels the PDF
    // wrapped around their figures).
    virtual QList<SourceLine> prepare(const QList<SourceLine> &lines) const;
    // One line of the table: a row appended, a header learnt, or skipped; false and the error
    // on a line that cannot be read.
    virtual bool read(const SourceLine &line, ImportError *error) = 0;

protected:
    TableParser &m_t;
};

// Reads one published table from the lines between its title and the next table: the lines
// every layout has (unit, 编制部门, the empty-table note, page numbers) here, the rows by the
// layout's RowReader. What the readers share is here too: the table being read, and the
// assignment of printed labels and codes to the template's rows.
class TableParser
{
public:
    TableParser(const TemplateDescription &tpl, const TableSpec &spec, const CodeCatalogue &catalogue, bool tabLayout);

    std::optional<DisclosureTable> parse(const QList<SourceLine> &lines, int titleLine, ImportError *error);
    // How sure the last parse is of its table (the import report's per-table counts).
    const TableReading &reading() const { return m_reading; }

    // ---- For the row readers ----
    const TemplateDescription &tpl() const { return m_tpl; }
    const TableSpec &spec() const { return m_spec; }
    DisclosureTable &table() { return m_table; }
    TableRow emptyRow(int line) const;
    int levelOf(const QString &key) const; // level of a template row (total 0)
    // Parses text into the row's amount cell; false and the error (naming table and column).
    bool setAmount(TableRow &row, int column, const QString &text, int line, ImportError *error) const;
    // The key of a left-side or fixed row label (the template's, after normalisation and
    // synonyms; repeated labels in order); empty / nullopt when it is none of them.
    QString leftKeyFor(const QString &label);
    std::optional<QString> fixedKeyFor(const QString &label);
    // The key of a row of the carry-over table: the 功能分类 code its label starts with
    // ("2010301 行政运行", "201一般公共服务支出"), or the total ("合计"); empty when it is neither.
    QString carryOverKeyFor(const QString &label) const;
    // The key of a carry-over row as read: carryOverKeyFor's, or "unit" for the row of the unit
    // whose carry-over the rows below list (a name with figures, under the total and above the
    // codes, as the project table prints it). A table listing several units' carry-over is not
    // read; nor is a row of figures with neither code nor place. Empty, with *error, then.
    QString carryOverRowKey(const QString &label, int line, ImportError *error) const;
    // The key of a right-side label: a 功能分类 类 by code or name, or the total.
    std::optional<QString> rightKeyFor(const QString &label) const;
    // A row's code from its printed parts: "201", "03", "01" → "2010301". Parts of the wrong
    // length (a 类 "1" that lost its digits) are kept apart, "1 03 01", so that the code stays
    // malformed for the check to report and never passes for another code.
    static QString codeKey(const QStringList &parts);
    // A code printed whole ("2010301", "20103", "30101") as its 类, 款 and 项 parts ("201",
    // "03", "01"); empty when text is no such code or has more than parts levels.
    static QStringList codeParts(const QString &text, int parts);
    // A code printed in the name's cell: "2010301 行政运行", "2010301行政运行", "[201]一般公共
    // 服务支出" → the code ("2010301"), and in *nameStart where the name starts; else empty.
    // The name starts with a Chinese character: "1210070G" is a project's number, no code.
    static QString codeBeforeName(const QString &text, qsizetype *nameStart);
    // Both sides' keys for a row, or false and an error naming the label.
    bool assignKeys(TableRow &row, const QString &leftLabel, const QString &rightLabel, int line, ImportError *error);
    // Where the next left label is looked for first; a reader trying a label restores it.
    int leftCursor() const { return m_leftCursor; }
    void setLeftCursor(int cursor) { m_leftCursor = cursor; }
    // The aligned reader placed n figures under their header words or column numbers
    // (byHeader), or in column order where the header gave no positions.
    void countPlaced(int n, bool byHeader) { (byHeader ? m_reading.cellsByHeader : m_reading.cellsInOrder) += n; }

private:
    const TemplateDescription &m_tpl;
    const TableSpec &m_spec;
    const CodeCatalogue &m_catalogue;
    bool m_tabLayout;
    DisclosureTable m_table;
    int m_leftCursor = 0;
    TableReading m_reading;
    void countLabelMatches();
};

} // namespace bd
