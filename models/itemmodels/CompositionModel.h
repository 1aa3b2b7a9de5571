#pragma once

#include "consolidation/Consolidation.h"

#include <QAbstractTableModel>

namespace bd {

// 构成 of a consolidated document: a row for every 功能分类 code its members spend on (类, 款,
// 项, in code order), the consolidated total, and for each member its amount and its share of
// the row. Read-only; Qt::EditRole of an amount is its 分 and of a share its hundredths of a
// percent, so that a proxy sorts by value; CodeRole on every column drives the selection.
class CompositionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CodeColumn, NameColumn, TotalColumn, FirstMemberColumn };

    explicit CompositionModel(QObject *parent = nullptr);

    // members: the members' names, in the order of each row's byMember.
    void setComposition(const QStringList &members, const QList<Consolidation::ShareRow> &rows);
    QStringList members() const { return m_members; }
    const QList<Consolidation::ShareRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_members;
    QList<Consolidation::ShareRow> m_rows;
};

} // namespace bd
