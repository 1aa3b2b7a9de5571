#pragma once

// What the round-trip tests compare: two readings of one disclosure (text and PDF, document
// and its export read back) must have the same published tables cell by cell and the same
// schedules. Each function returns the first difference in words, or an empty string.

#include "document/BudgetDocument.h"
#include "document/DisclosureTable.h"

#include <QString>

namespace bd::testing {

// Amount cells compare by amount, their text without thousands separators (a workbook holds the
// number, not the printed "371,514,655.00"); text cells compare exactly.
inline QString tableDifference(const DisclosureTable &a, const DisclosureTable &b)
{
    const QString table = QStringLiteral("table %1").arg(a.number);
    if (a.number != b.number || a.title != b.title)
        return QStringLiteral("%1: title \"%2\" vs table %3 \"%4\"").arg(table, a.title).arg(b.number).arg(b.title);
    if (a.unit != b.unit)
        return table + QStringLiteral(": units differ");
    if (a.columns.size() != b.columns.size())
        return QStringLiteral("%1: %2 vs %3 columns").arg(table).arg(a.columns.size()).arg(b.columns.size());
    if (a.note != b.note)
        return QStringLiteral("%1: note \"%2\" vs \"%3\"").arg(table, a.note, b.note);
    if (a.rows.size() != b.rows.size())
        return QStringLiteral("%1: %2 vs %3 rows").arg(table).arg(a.rows.size()).arg(b.rows.size());
    for (int i = 0; i < a.rows.size(); ++i) {
        const TableRow &x = a.rows[i];
        const TableRow &y = b.rows[i];
        const QString row = QStringLiteral("%1, row %2 (%3, line %4)").arg(table).arg(i + 1).arg(x.key).arg(x.sourceLine);
        if (x.key != y.key || x.rightKey != y.rightKey)
            return QStringLiteral("%1: key %2/%3 vs %4/%5").arg(row, x.key, x.rightKey, y.key, y.rightKey);
        if (x.level != y.level)
            return QStringLiteral("%1: level %2 vs %3").arg(row).arg(x.level).arg(y.level);
        if (x.cells.size() != y.cells.size())
            return QStringLiteral("%1: %2 vs %3 cells").arg(row).arg(x.cells.size()).arg(y.cells.size());
        for (int c = 0; c < x.cells.size(); ++c) {
            const TableCell &p = x.cells[c];
            const TableCell &q = y.cells[c];
            const bool amount = a.columns.value(c).isAmount;
            if (p.amount != q.amount)
                return QStringLiteral("%1, column %2: amount %3 vs %4")
                    .arg(row, a.columns.value(c).key, a.formatAmount(p.amount), b.formatAmount(q.amount));
            const QString pt = amount ? QString(p.text).remove(QLatin1Char(',')) : p.text;
            const QString qt = amount ? QString(q.text).remove(QLatin1Char(',')) : q.text;
            if (pt != qt)
                return QStringLiteral("%1, column %2: \"%3\" vs \"%4\"").arg(row, a.columns.value(c).key, p.text, q.text);
        }
    }
    return {};
}

inline QString publishedDifference(const BudgetDocument &a, const BudgetDocument &b)
{
    if (a.published.size() != b.published.size())
        return QStringLiteral("%1 vs %2 published tables").arg(a.published.size()).arg(b.published.size());
    for (int i = 0; i < a.published.size(); ++i)
        if (const QString d = tableDifference(a.published[i], b.published[i]); !d.isEmpty())
            return d;
    return {};
}

enum class Prior { Compared, Ignored };

// The schedules the tables are derived from: functional and economic lines, projects, 三公,
// carry-over and 单位资金's detail. 三公's last-year figures come from the narrative: a source
// without one (a workbook) is compared with Prior::Ignored. (Narrative, targets and figures in
// words are compared by the tests that carry them.)
inline QString tableSchedulesDifference(const Schedules &a, const Schedules &b, Prior prior = Prior::Compared)
{
    if (a.functional != b.functional)
        return QStringLiteral("functional lines differ (%1 vs %2 lines)").arg(a.functional.size()).arg(b.functional.size());
    if (a.economic != b.economic)
        return QStringLiteral("economic lines differ (%1 vs %2 lines)").arg(a.economic.size()).arg(b.economic.size());
    if (a.projects != b.projects)
        return QStringLiteral("projects differ (%1 vs %2)").arg(a.projects.size()).arg(b.projects.size());
    if (a.carryOver != b.carryOver)
        return QStringLiteral("carry-over lines differ");
    if (a.unitFundsDetail != b.unitFundsDetail)
        return QStringLiteral("单位资金 detail differs");
    if (a.sanGong.size() != b.sanGong.size())
        return QStringLiteral("%1 vs %2 三公 lines").arg(a.sanGong.size()).arg(b.sanGong.size());
    for (int i = 0; i < a.sanGong.size(); ++i) {
        const SanGongLine &x = a.sanGong[i];
        const SanGongLine &y = b.sanGong[i];
        if (x.key != y.key || x.generalBudget != y.generalBudget || x.govFund != y.govFund || x.stateCapital != y.stateCapital)
            return QStringLiteral("三公 line %1 differs").arg(x.key);
        if (prior == Prior::Compared && x.prior != y.prior)
            return QStringLiteral("三公 line %1: last year %2 vs %3").arg(x.key, x.prior ? x.prior->format(Unit::WanYuan) : QStringLiteral("none"),
                                                                          y.prior ? y.prior->format(Unit::WanYuan) : QStringLiteral("none"));
    }
    return {};
}

} // namespace bd::testing
