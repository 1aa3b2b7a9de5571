#pragma once

#include "document/FundSource.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

struct Schedules;
class Amount;

// What a cell of a derived table adds up, as a template describes it. A cell's measure is
// its row's measure overridden by its column's: a row of a 功能分类 tree gives the code, the
// column gives the funding sources and the phase.
struct Measure
{
    QString of;                 // "functional" (default), "income", "economic", "project",
                                // "sangong", "carry", "figure"; a final account's "receipts"
                                // (本年收入), "balance" (part: opening/closing/used/allocated)
                                // and "flow" (part: in/out, 总计 of each side)
    QList<FundSource> sources;  // empty = all
    bool hasSources = false;
    std::optional<Phase> phase; // functional: basic (incl. personnel/public), project, …
    QString codePrefix;         // functional / economic / carry: restrict to codes with this prefix
    QStringList items;          // sangong items
    QString part;               // economic: "personnel"/"public"; carry: "fiscal_personnel", …;
                                // sangong: "budgeted" for a final account's 预算数
    QString econClass;          // project: 经济分类 类 code
    int project = -1;           // project: index into Schedules::projects (-1 = all)
    QString unit;               // project: only the projects of this unit (Schedules::projectUnit); empty = all
    QString figure;             // figure key

    static std::optional<Measure> fromJson(const QJsonObject &o, QString *error);
    // This measure with every field that `over` sets replaced by over's.
    Measure overriddenBy(const Measure &over) const;
    bool includesSource(FundSource s) const { return !hasSources || sources.contains(s); }

    // The value over the schedules; nullopt for a figure that is not known. When terms is
    // given it receives the number of nonzero schedule figures added up.
    std::optional<Amount> evaluate(const Schedules &s, int *terms = nullptr) const;
    // The money this measure counts in these schedules: a final account states what came in
    // (its receipts) apart from what it spent, so its "income" is its receipts; a budget's
    // income by source is what it spends from that source.
    Measure in(const Schedules &s) const;
};

} // namespace bd
