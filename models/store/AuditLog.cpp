#include "AuditLog.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include "tables/TableDeriver.h"

#include <QHash>
#include <QMap>

namespace bd {

namespace {

// A table's amount cells by (row key, column key), plus the keys in the table's own order.
struct CellMap
{
    QList<std::pair<QString, QString>> order;
    QHash<std::pair<QString, QString>, std::optional<Amount>> cells;
};

CellMap cellsOf(const DisclosureTable &t, bool twoSided)
{
    CellMap out;
    QHash<QString, int> seen; // row key → occurrences so far, to tell repeated keys apart
    auto unique = [&](const QString &key, int side) {
        const QString slot = QString::number(side) + u'|' + key;
        const int n = ++seen[slot];
        return n == 1 ? key : key + QStringLiteral("#%1").arg(n);
    };
    for (const TableRow &row : t.rows) {
        const QString left = row.key.isEmpty() ? QString() : unique(row.key, 0);
        const QString right = !twoSided || row.rightKey.isEmpty() ? QString() : unique(row.rightKey, 1);
        for (int c = 0; c < t.columns.size() && c < row.cells.size(); ++c) {
            const TableColumn &col = t.columns.at(c);
            if (!col.isAmount)
                continue;
            const QString &rowKey = twoSided && col.side == 1 ? right : left;
            if (rowKey.isEmpty())
                continue;
            const std::pair<QString, QString> key{rowKey, col.key};
            if (!out.cells.contains(key))
                out.order.append(key);
            out.cells.insert(key, row.cells.at(c).amount);
        }
    }
    return out;
}

} // namespace

QList<AuditEntry> AuditLog::diff(const BudgetDocument &before, const BudgetDocument &after, const TemplateDescription &tpl)
{
    const QList<DisclosureTable> oldTables = TableDeriver(tpl, before).deriveAll();
    const QList<DisclosureTable> newTables = TableDeriver(tpl, after).deriveAll();
    QMap<int, const DisclosureTable *> oldByNumber, newByNumber;
    for (const DisclosureTable &t : oldTables)
        oldByNumber.insert(t.number, &t);
    for (const DisclosureTable &t : newTables)
        newByNumber.insert(t.number, &t);
    QList<int> numbers = oldByNumber.keys();
    for (int n : newByNumber.keys())
        if (!numbers.contains(n))
            numbers.append(n);
    std::sort(numbers.begin(), numbers.end());

    QList<AuditEntry> out;
    for (int number : numbers) {
        const TableSpec *spec = tpl.table(number);
        const bool twoSided = spec && spec->hasSides();
        const CellMap oldCells = oldByNumber.contains(number) ? cellsOf(*oldByNumber[number], twoSided) : CellMap();
        const CellMap newCells = newByNumber.contains(number) ? cellsOf(*newByNumber[number], twoSided) : CellMap();
        auto emitIfChanged = [&](const std::pair<QString, QString> &key) {
            const std::optional<Amount> o = oldCells.cells.value(key);
            const std::optional<Amount> n = newCells.cells.value(key);
            if (o == n)
                return;
            AuditEntry e;
            e.tableNo = number;
            e.rowKey = key.first;
            e.columnKey = key.second;
            e.oldAmount = o;
            e.newAmount = n;
            out.append(e);
        };
        // The new table's order, then the cells of rows that are gone.
        for (const auto &key : newCells.order)
            emitIfChanged(key);
        for (const auto &key : oldCells.order)
            if (!newCells.cells.contains(key))
                emitIfChanged(key);
    }
    return out;
}

QString AuditLog::currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    // Services and some terminals run without USER: ask the system for the account.
    if (user.isEmpty())
        if (const passwd *pw = getpwuid(getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
#endif
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace bd
