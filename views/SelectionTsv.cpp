#include "SelectionTsv.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

#include <algorithm>
#include <map>

namespace bd {

QString selectionToTsv(const QAbstractItemView *view, bool withHeaders)
{
    if (!view->selectionModel() || !view->model())
        return {};
    std::map<int, std::map<int, QString>> grid; // view y → column → text
    QList<int> columns;
    for (const QModelIndex &i : view->selectionModel()->selectedIndexes()) {
        grid[view->visualRect(i).y()][i.column()] = i.data().toString();
        if (!columns.contains(i.column()))
            columns.append(i.column());
    }
    std::sort(columns.begin(), columns.end());
    QString out;
    auto line = [&](const QStringList &cells) { out += cells.join(QLatin1Char('\t')) + QLatin1Char('\n'); };
    if (withHeaders && !grid.empty()) {
        QStringList header;
        for (int c : columns)
            header.append(view->model()->headerData(c, Qt::Horizontal).toString());
        line(header);
    }
    for (const auto &[y, cells] : grid) {
        QStringList row;
        for (int c : columns)
            row.append(cells.count(c) ? cells.at(c) : QString());
        line(row);
    }
    return out;
}

} // namespace bd
