#pragma once

#include "money/Amount.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

enum class Severity { Notice, Warning, Error };
QString severityKey(Severity s); // "notice", "warning", "error"

// One thing the import noticed: a published cell that differs from the derivation, or a
// problem with the text that did not stop the import.
struct Finding
{
    Severity severity = Severity::Notice;
    QString rule;          // "difference.rounding", "difference", "code.unknown", "narrative.missing", …
    int table = 0;         // table number in the template, 0 when not about a table
    QString rowKey;        // row code or key
    QString rowLabel;      // row as printed
    QString column;        // column key
    QString columnHeader;  // column as printed
    std::optional<Amount> published;
    std::optional<Amount> derived;
    Unit unit = Unit::WanYuan;
    int line = 0;          // 1-based source line, 0 when unknown
    QString message;       // complete, names the place; translated when a translator is installed
    // The stated and the recomputed value as displayed, for values that are not amounts (a
    // share "85.71%", a sum of weights "90"); amounts are in published/derived.
    QString statedText;
    QString recomputedText;

    Amount difference() const { return published.value_or(Amount()) - derived.value_or(Amount()); }
    QJsonObject toJson() const;

    // Where a reviewer goes to fix it: the narrative and the performance targets are places of
    // their own even when the finding quotes a table's figure; else its table's cell, or the
    // document as a whole. The window jumps there; the check panel groups by it.
    enum class Place { Narrative, Targets, Table, Document };
    Place place() const;
    bool operator==(const Finding &) const = default;
};

// How sure the import is of one table: how its rows found the template's rows (the printed
// label word for word, the label after normalisation — numbering, widths, synonyms — the
// printed code, or the row's place in a one-row table), how its figures found their columns
// (under their header words or column numbers, in column order where the header gave no
// positions, or in their own tab-separated cell), and each line inside the table, after its
// first row, that went into no row.
struct TableReading
{
    struct Skipped
    {
        int line = 0;
        QString text;
        QString why; // "page number", "no row" (a repeated header, a stray line)
        bool operator==(const Skipped &) const = default;
    };
    int table = 0;
    QString title;
    int rows = 0;
    int exactLabel = 0, normalisedLabel = 0, byCode = 0, byPosition = 0; // a two-sided row counts each side
    int cellsByHeader = 0, cellsInOrder = 0, cellsByCell = 0;
    QList<Skipped> skipped;
    bool operator==(const TableReading &) const = default;
    QJsonObject toJson() const;
    // "table 1 (部门财务收支预算总表): 10 rows; labels 14 exact, 3 normalised, 0 by code, 0 by
    // position; 24 cells by header, 0 in column order, 0 by cell; 0 lines skipped", then one
    // line per skipped line.
    QString toText() const;
};

struct ImportReport
{
    QList<Finding> findings;
    QList<TableReading> readings; // how an import read each table (a document's readings, printed with its findings)
    int count(Severity s) const;
    Severity worst() const; // Notice when empty
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace bd
