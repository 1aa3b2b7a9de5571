#pragma once

#include "tables/DisclosureTable.h"
#include "templates/TemplateDescription.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

class CodeCatalogue;

struct SourceLine
{
    int number = 0; // 1-based
    QString text;
};

// Why an import stopped: the line and what was expected there.
struct ImportError
{
    QString source; // file name, when known
    int line = 0;
    QString message;
    // "kizilsu.txt, line 168: table 3 (部门支出总体情况表), column \"合计\": …"
    QString toString() const;
};

// Reads one published table from the lines between its title and the next table, in the
// template's layout: tab-separated rows (one cell per column) or space-aligned rows of
// `pdftotext -layout` (amounts placed by their position under the header). Headers repeated
// over a page, names broken by the PDF and empty-table notes are handled here.
class TableParser
{
public:
    TableParser(const TemplateDescription &tpl, const TableSpec &spec, const CodeCatalogue &catalogue, bool tabLayout);

    std::optional<DisclosureTable> parse(const QList<SourceLine> &lines, int titleLine, ImportError *error);

    // "其他政府办公厅（室）及相 关机构事务支出" → "其他政府办公厅（室）及相关机构事务支出": the PDF's wrap
    // leaves a space between two Chinese characters.
    static QString mendName(const QString &text);
    // Two pieces of a text the PDF broke over lines, joined again: with a space between two
    // Latin words or figures ("2026 年" / "1.00"), none next to a Chinese character.
    static QString joinWrapped(const QString &a, const QString &b);
    // Labels compared without spaces and with full/half-width forms folded.
    static QString labelKey(const QString &text);

private:
    const TemplateDescription &m_tpl;
    const TableSpec &m_spec;
    const CodeCatalogue &m_catalogue;
    bool m_tabLayout;
    DisclosureTable m_table;
    int m_leftCursor = 0;
    QMap<int, double> m_columnCenter; // aligned layout: column index → header centre
    bool m_numbered = false;          // aligned layout: the centres come from the column-number row
    QList<QPair<int, int>> m_lastTextStarts; // aligned layout: where the last row's texts start → column

    static QList<SourceLine> mendLabelsAroundFigures(const QList<SourceLine> &lines);
    bool parseTabRow(const SourceLine &line, ImportError *error);
    bool parseAlignedRow(const SourceLine &line, ImportError *error);
    void learnHeaderPositions(const QString &text);
    bool setAmount(TableRow &row, int column, const QString &text, int line, ImportError *error) const;
    bool assignKeys(TableRow &row, const QString &leftLabel, const QString &rightLabel, int line, ImportError *error);
    QString leftKeyFor(const QString &label);
    std::optional<QString> rightKeyFor(const QString &label) const;
    std::optional<QString> fixedKeyFor(const QString &label);
    TableRow emptyRow(int line) const;
    int levelOf(const QString &key) const; // level of a template row (total 0)
};

} // namespace bd
