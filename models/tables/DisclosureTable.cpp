#include "DisclosureTable.h"

namespace bd {

int DisclosureTable::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return i;
    return -1;
}

const TableRow *DisclosureTable::findRow(const QString &key, int side) const
{
    for (const TableRow &r : rows)
        if ((side == 0 ? r.key : r.rightKey) == key)
            return &r;
    return nullptr;
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

} // namespace bd
