#include "CompositionModel.h"

#include "codes/CodeCatalogue.h"
#include "itemmodels/BudgetRoles.h"

#include <QFont>

namespace bd {

CompositionModel::CompositionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompositionModel::setComposition(const QStringList &members, const QList<Consolidation::ShareRow> &rows)
{
    beginResetModel();
    m_members = members;
    m_rows = rows;
    endResetModel();
}

int CompositionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompositionModel::columnCount(const QModelIndex &parent) const
{
    // Each member: its amount, then its share.
    return parent.isValid() ? 0 : FirstMemberColumn + 2 * int(m_members.size());
}

QVariant CompositionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Consolidation::ShareRow &r = m_rows[index.row()];
    if (role == CodeRole)
        return r.code;
    if (role == LevelRole)
        return CodeCatalogue::levelOf(Classification::Functional, r.code);
    if (role == Qt::FontRole && CodeCatalogue::levelOf(Classification::Functional, r.code) == 1) {
        QFont bold; // 类 rows stand out, as in the other pages
        bold.setBold(true);
        return bold;
    }
    const int column = index.column();
    if (column == CodeColumn)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(r.code) : QVariant();
    if (column == NameColumn)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(r.name) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const int member = (column - FirstMemberColumn) / 2;
    const bool share = column >= FirstMemberColumn && (column - FirstMemberColumn) % 2 == 1;
    const Amount amount = column == TotalColumn ? r.total : r.byMember.value(member);
    if (share) {
        const auto hundredths = percentHundredths(amount, r.total);
        switch (role) {
        case Qt::DisplayRole: return hundredths ? formatPercent(*hundredths) : QString();
        case Qt::EditRole: return hundredths ? QVariant(*hundredths) : QVariant();
        case Qt::ToolTipRole:
            return hundredths ? tr("%1 spends %2 of %3 %4").arg(m_members.value(member), formatPercent(*hundredths), r.code, r.name)
                              : QVariant();
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole: return amount.format(Unit::WanYuan);
    case Qt::EditRole:
    case AmountFenRole: return qint64(amount.fen());
    default: return {};
    }
}

QVariant CompositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int member = (section - FirstMemberColumn) / 2;
    const bool share = section >= FirstMemberColumn && (section - FirstMemberColumn) % 2 == 1;
    if (role == ColumnKeyRole) {
        switch (section) {
        case CodeColumn: return QStringLiteral("code");
        case NameColumn: return QStringLiteral("name");
        case TotalColumn: return QStringLiteral("total");
        default: return (share ? QStringLiteral("share:%1") : QStringLiteral("member:%1")).arg(member);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Functional classification");
    case TotalColumn: return tr("Consolidated (10k yuan)");
    default: return share ? tr("Share") : tr("%1 (10k yuan)").arg(m_members.value(member));
    }
}

} // namespace bd
