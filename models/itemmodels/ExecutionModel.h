#pragma once

#include "tables/ExecutionTable.h"

#include <QAbstractItemModel>
#include <QList>

namespace bd {

// 执行情况 as a tree: the 一般公共预算财政拨款 total on top, its 类, their 款 and 项 (the
// rows of executionTable()). Columns: 科目, 年初预算, 全年预算, 决算, 差额, 完成率, the rate
// the 说明 states. Read-only. Amount cells carry AmountFenRole; Qt::EditRole of every figure
// is a number (分, or hundredths of a percent) so that a proxy sorts by value.
class ExecutionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BudgetColumn, AdjustedColumn, ActualColumn, DifferenceColumn, CompletionColumn,
                  StatedCompletionColumn, ColumnCount };

    explicit ExecutionModel(QObject *parent = nullptr);

    void setRows(const QList<ExecutionRow> &rows);
    const QList<ExecutionRow> &rows() const { return m_rows; }
    const ExecutionRow *rowAt(const QModelIndex &index) const;
    QModelIndex indexForKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ExecutionRow> m_rows;
    QList<int> m_parent;          // per row: the row it hangs under, -1 for the total
    QList<QList<int>> m_children; // per row; the last entry: the top level
    QList<int> m_rowInParent;
};

} // namespace bd
