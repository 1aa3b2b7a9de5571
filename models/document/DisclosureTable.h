#pragma once

#include "money/Amount.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// A column of a disclosure table as the template describes it.
struct TableColumn
{
    QString key;      // stable id: "code1", "name", "total", "basic", "src:general_budget", …
    QString header;   // last header row's text, for display
    bool isAmount = false;
    int side = 0;     // two-sided tables (收入 | 支出): 0 left, 1 right; otherwise 0
    bool operator==(const TableColumn &) const = default;
};

struct TableCell
{
    QString text;                 // as printed (text columns) or as formatted (amount columns)
    std::optional<Amount> amount; // amount columns only; nullopt for an empty cell
    int sourceLine = 0;           // 1-based line in the imported text; 0 when derived
    int terms = 0;                // derived cells: how many schedule figures the amount adds up
    bool operator==(const TableCell &) const = default;
};

struct TableRow
{
    // Identity of the row, used to match published and derived rows: the code ("2010301"),
    // a label key ("total", "income:general_budget") or a project key. Two-sided tables
    // have one key per side.
    QString key;
    QString rightKey;
    int level = 0; // 0 total, 1 类, 2 款, 3 项 (or 4 project rows)
    QList<TableCell> cells;
    int sourceLine = 0;
    bool operator==(const TableRow &) const = default;
};

// One table of the disclosure, published (as parsed) or derived (from the schedules).
struct DisclosureTable
{
    int number = 0;             // the table's number in its template (1-based)
    QString id;                 // template table id: "income_expense_summary", …
    QString title;
    QString printedTitle;       // the title line as printed ("2025年部门财务收支预算总表"), if read from a text
    QString issuer;             // who compiled it, as printed ("编制部门：上海市普陀区商务委员会"), if printed
    Unit unit = Unit::WanYuan;
    bool thousands = false;     // amounts printed with thousands separators
    QList<QStringList> headerRows; // the published multi-row header, one QStringList per row
    QList<TableColumn> columns;
    QList<TableRow> rows;
    QString note;               // the empty-table note ("…为空表。"), if any
    int sourceLine = 0;         // line of the title
    bool operator==(const DisclosureTable &) const = default;

    int columnIndex(const QString &key) const;
    const TableRow *findRow(const QString &key, int side = 0) const;
    // A row as printed: its text cells on that side ("201 一般公共服务支出", "收入总计"), else its key.
    QString rowLabel(const TableRow &row, int side = 0) const;
    bool isEmpty() const; // no amount anywhere
    // A table of projects that lists its rows under two or more units (rows keyed "unit", each
    // naming its unit): for every row, the unit it stands under (the unit's own row: itself).
    // Empty when the table has fewer than two unit rows.
    QStringList unitOfRows() const;
    QString formatAmount(const std::optional<Amount> &a) const;
};

// The key of a row on one side of its table (two-sided tables: 0 left, 1 right).
inline const QString &rowKey(const TableRow &row, int side)
{
    return side == 1 ? row.rightKey : row.key;
}

// Two readings of a cell disagree: an empty cell stands for zero against a printed amount, and
// two empty cells agree.
inline bool amountsDiffer(const std::optional<Amount> &a, const std::optional<Amount> &b)
{
    return a.value_or(Amount()) != b.value_or(Amount());
}

// Pairs the rows of one table with the rows of another (published with derived) by key, per
// side: two-sided tables match their left and right halves separately. The n-th row with a key
// pairs with the n-th row with that key in the other table, so repeated keys (two projects
// printed with the same name) pair up in order. A row with an empty key pairs with nothing.
class RowMatch
{
public:
    RowMatch(const DisclosureTable &from, const DisclosureTable &to);
    // The row of `to` that row `row` of `from` pairs with on a side, or -1.
    int match(int row, int side) const { return m_match[side].value(row, -1); }

private:
    QList<int> m_match[2];
};

} // namespace bd
