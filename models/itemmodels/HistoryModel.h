#pragma once

#include "tables/ExecutionTable.h"

#include <QAbstractTableModel>
#include <QList>

namespace bd {

// 历年对比: one department's stored documents, budgets and final accounts of any year, one row
// each (historyTable()), with their key figures. Read-only; Qt::EditRole of a figure is its
// 分, of the year the year, so that a proxy sorts by value.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { YearColumn, KindColumn, TotalColumn, BasicColumn, ProjectColumn, GeneralBudgetColumn, SanGongColumn, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    void setRows(const QList<HistoryRow> &rows);
    const QList<HistoryRow> &rows() const { return m_rows; }
    // The figure of a column for a row (TotalColumn … SanGongColumn).
    static Amount figure(const HistoryRow &row, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryRow> m_rows;
};

} // namespace bd
