#pragma once

#include "document/BudgetDocument.h"
#include "import/ImportReport.h"
#include "templates/TemplateDescription.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>

namespace bd {

class CodeCatalogue;

// The smallest pieces of money a cell adds up (source × phase, 经济分类 part, "三公" item ×
// fund, …), as bits: a cell is the sum of others when their pieces partition its own.
struct Atoms
{
    static constexpr int Words = 3;
    std::array<quint64, Words> bits{};
    void set(int bit) { bits[size_t(bit / 64) % Words] |= quint64(1) << (bit % 64); }
    bool isEmpty() const { return std::all_of(bits.begin(), bits.end(), [](quint64 w) { return !w; }); }
    bool contains(const Atoms &o) const
    {
        for (int i = 0; i < Words; ++i)
            if ((bits[i] & o.bits[i]) != o.bits[i])
                return false;
        return true;
    }
    bool intersects(const Atoms &o) const
    {
        for (int i = 0; i < Words; ++i)
            if (bits[i] & o.bits[i])
                return true;
        return false;
    }
    Atoms &unite(const Atoms &o)
    {
        for (int i = 0; i < Words; ++i)
            bits[i] |= o.bits[i];
        return *this;
    }
    bool operator==(const Atoms &) const = default;
};

// One amount cell of a table under check, with what it adds up (its measure, as the template
// describes it) and where it came from.
struct CheckedCell
{
    const TableSpec *spec = nullptr;
    const DisclosureTable *table = nullptr; // the table under check: as published, or derived for a draft
    int row = -1;                           // index into table->rows
    int column = -1;                        // index into table->columns
    int side = 0;
    Measure measure;                        // filter, row and column measures combined
    QString signature;                      // measures that add up the same money have the same one
    QString base;                           // the part of the signature a sum relation keeps fixed
    Atoms atoms;                            // the smallest pieces of money the cell adds up

    const TableRow &tableRow() const { return table->rows[row]; }
    const QString &rowKey() const { return side == 0 ? tableRow().key : tableRow().rightKey; }
    const QString &columnKey() const { return table->columns[column].key; }
    std::optional<Amount> value() const { return tableRow().cells.value(column).amount; }
    int line() const;
};

// A figure the validator compares against: as the tables show it (published when the document
// has published tables) and as the schedules give it exactly.
struct FigureValue
{
    std::optional<Amount> shown;  // the printed cell (published document), nullopt otherwise
    Amount exact;                 // the derivation from the schedules
    int terms = 0;                // how many schedule figures `exact` adds up
    Unit unit = Unit::WanYuan;    // the unit the table prints it in
    const CheckedCell *cell = nullptr; // where it is printed, when a table prints it
    // What the document's reader sees: the printed figure, or the exact one for a draft.
    Amount value() const { return shown.value_or(exact); }
};

// Whether two figures agree, and if not whether the rounding of the printed figures explains it.
enum class Agreement { Exact, Rounding, Material };

// Everything the rules share: the document, its template and catalogue, the tables under check
// (the published tables of an imported document, the derived tables of a draft), the derived
// tables, and an index of every amount cell by what it adds up.
class ValidationContext
{
public:
    ValidationContext(const BudgetDocument &doc, const TemplateDescription &tpl);

    const BudgetDocument &doc;
    const TemplateDescription &tpl;
    const CodeCatalogue &catalogue;

    // True when the tables under check are the published ones.
    bool checksPublished() const { return !doc.published.isEmpty(); }
    const QList<const DisclosureTable *> &checkedTables() const { return m_checked; }
    const DisclosureTable *checkedTable(int number) const;
    const DisclosureTable *derivedTable(int number) const;
    const QList<CheckedCell> &cells() const { return m_cells; }

    // What a cell under check adds up, exactly, from the schedules (terms: how many figures).
    std::optional<Amount> derivedValue(const CheckedCell &c, int *terms = nullptr) const;

    // What a measure adds up in this document: the first table cell that prints exactly that
    // money (in template order), or the schedules alone when no table prints it.
    FigureValue valueOf(const Measure &m) const;
    const CheckedCell *cellFor(const Measure &m) const;

    // The measure of a row of a table under check (nullopt for rows the template does not
    // describe, such as the blank left half of a two-sided table's row).
    // unit: the unit a row of a table of projects listed by unit stands under (else empty).
    std::optional<Measure> rowMeasure(const TableSpec &spec, const TableRow &row, int side, const QString &unit = QString()) const;

    static QString signatureOf(const Measure &m);
    static QString baseOf(const Measure &m);
    static Atoms atomsOf(const Measure &m, const TableSpec *spec = nullptr);

    // Printed label of a row ("201 一般公共服务支出", "收入总计").
    static QString rowLabel(const DisclosureTable &t, const TableRow &row, int side);
    // "机关运行经费 (line 412)", translated; the name alone where there is no line to name (a
    // figure of a draft, a consolidated document's).
    static QString withLine(const QString &name, int line);
    // "Narrative (五、“三公”经费预算情况说明), line 412", translated; without the line where the
    // text has none (a 说明 written by the program, for a consolidated document).
    static QString narrativePlace(const QString &heading, int line);
    // "table 5 (一般公共预算支出情况表), row 总计, column 合计", translated.
    static QString place(const DisclosureTable &t, const TableRow &row, int side, int column);
    static QString place(const CheckedCell &c) { return place(*c.table, c.tableRow(), c.side, c.column); }

    // Tolerance of a comparison of figures each rounded to the last printed digit: n summed
    // figures may be off by n/2 steps, and the rounded total by half a step (as compareTables).
    static qint64 tolerance(Unit unit, int terms);
    static Agreement agree(Amount stated, Amount recomputed, qint64 toleranceFen);

    // A finding with its place filled in from a cell (table, row, column, line, unit).
    static Finding cellFinding(const QString &rule, Severity severity, const CheckedCell &c);

private:
    QList<DisclosureTable> m_derived;
    QList<const DisclosureTable *> m_checked;
    QList<CheckedCell> m_cells;
    QHash<QString, int> m_bySignature; // first cell of each signature

    void indexCells();
};

// The rule groups (DESIGN §5 A–E), each appending its findings.
void checkCompleteness(const ValidationContext &c, QList<Finding> &out);   // A
void checkArithmetic(const ValidationContext &c, QList<Finding> &out);     // B
void checkCrossTable(const ValidationContext &c, QList<Finding> &out);     // C
void checkNarrative(const ValidationContext &c, QList<Finding> &out);      // D
void checkChanges(const ValidationContext &c, QList<Finding> &out);        // D: changes a sentence states
void checkTargets(const ValidationContext &c, QList<Finding> &out);        // E
void checkExecution(const ValidationContext &c, QList<Finding> &out);      // D: a final account's execution statements

// The paragraphs of the narrative printed again (sentences of 20 characters or more, whitespace
// aside): the line of each copy → the line of the paragraph it repeats. What a rule finds in a copy it has
// found in the first print; D.repeated-text reports the copy.
QHash<int, int> repeatedParagraphs(const BudgetDocument &doc);

// Pieces every rule's messages share, translated in the context "bd::Validator".
QString roundingNote(int figures);                    // " (within the rounding of the 3 printed figures involved)"
QString differenceText(Amount stated, Amount recomputed, Unit unit, bool thousands = false); // "-0.01 万元"
Severity severityOf(Agreement a, Severity material);  // Rounding → notice
// A percentage in hundredths rounded to `decimals` places (half away from zero).
qint64 roundPercent(qint64 hundredths, int decimals);
// Whether a percentage printed with `decimals` places lies between the shares part / whole
// can give when each is off by its tolerance (分): the printed figures' rounding.
bool percentWithinRounding(qint64 stated, int decimals, Amount part, qint64 partTolerance, Amount whole, qint64 wholeTolerance);

} // namespace bd
