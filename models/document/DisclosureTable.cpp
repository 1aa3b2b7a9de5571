#include "DisclosureTable.h"

#include "text/WrappedText.h"

#include <QHash>

#include <algorithm>

namespace bd {

int DisclosureTable::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return i;
    return -1;
}

QString DisclosureTable::rowLabel(const TableRow &row, int side) const
{
    QStringList parts;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns[c].isAmount || columns[c].side != side)
            continue;
        const QString text = row.cells.value(c).text.trimmed();
        if (!text.isEmpty())
            parts.append(text);
    }
    const QString label = parts.join(QLatin1Char(' '));
    return label.isEmpty() ? rowKey(row, side) : label;
}

const TableRow *DisclosureTable::findRow(const QString &key, int side) const
{
    for (const TableRow &r : rows)
        if ((side == 0 ? r.key : r.rightKey) == key)
            return &r;
    return nullptr;
}

QStringList DisclosureTable::unitOfRows() const
{
    const int name = columnIndex(QStringLiteral("name"));
    if (name < 0 || std::count_if(rows.cbegin(), rows.cend(), [](const TableRow &r) { return r.key == QLatin1String("unit"); }) < 2)
        return {};
    QStringList out;
    QString unit;
    for (const TableRow &r : rows) {
        if (r.key == QLatin1String("unit"))
            unit = mendName(r.cells.value(name).text);
        out.append(unit);
    }
    return out;
}

bool DisclosureTable::isEmpty() const
{
    for (const TableRow &r : rows)
        for (const TableCell &c : r.cells)
            if (c.amount && !c.amount->isZero())
                return false;
    return true;
}

QString DisclosureTable::formatAmount(const std::optional<Amount> &a) const
{
    return a ? a->format(unit, thousands) : QString();
}

RowMatch::RowMatch(const DisclosureTable &from, const DisclosureTable &to)
{
    for (int side = 0; side < 2; ++side) {
        QHash<QString, QList<int>> toRows;
        for (int i = 0; i < to.rows.size(); ++i) {
            const QString &key = rowKey(to.rows[i], side);
            if (!key.isEmpty())
                toRows[key].append(i);
        }
        QHash<QString, int> seen;
        m_match[side].fill(-1, from.rows.size());
        for (int i = 0; i < from.rows.size(); ++i) {
            const QString &key = rowKey(from.rows[i], side);
            if (key.isEmpty())
                continue;
            const int occurrence = seen[key]++;
            const auto it = toRows.constFind(key);
            if (it != toRows.cend() && occurrence < it->size())
                m_match[side][i] = it->at(occurrence);
        }
    }
}

} // namespace bd
