#pragma once

// A published table as its golden file holds it (tests/golden/README.md): the table as
// `budgetdesk show ID --table N` prints it, and the first line where two such texts differ.

#include "document/DisclosureTable.h"

#include <QString>
#include <QStringList>

#include <algorithm>

namespace bd::testing {

// Header rows, rows (amounts in the table's unit and separators, text cells as they are),
// then the note.
inline QString renderTsv(const DisclosureTable &t)
{
    QString out;
    for (const QStringList &h : t.headerRows)
        out += h.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const TableRow &r : t.rows) {
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c) {
            const TableCell cell = r.cells.value(c);
            cells.append(t.columns[c].isAmount ? t.formatAmount(cell.amount) : cell.text);
        }
        out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    if (!t.note.isEmpty())
        out += t.note + QLatin1Char('\n');
    return out;
}

inline QString firstDifference(const QString &a, const QString &b)
{
    const QStringList la = a.split(QLatin1Char('\n'));
    const QStringList lb = b.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(la.size(), lb.size()); ++i)
        if (la.value(i) != lb.value(i))
            return QStringLiteral("line %1:\n  actual:   %2\n  expected: %3").arg(i + 1).arg(la.value(i), lb.value(i));
    return {};
}

} // namespace bd::testing
