#include "HistoryModel.h"

#include "itemmodels/BudgetRoles.h"
#include "templates/TemplateDescription.h"

namespace bd {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setRows(const QList<HistoryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

Amount HistoryModel::figure(const HistoryRow &row, int column)
{
    switch (column) {
    case TotalColumn: return row.total;
    case BasicColumn: return row.basic;
    case ProjectColumn: return row.project;
    case GeneralBudgetColumn: return row.generalBudget;
    case SanGongColumn: return row.sanGong;
    default: return {};
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &r = m_rows[index.row()];
    switch (index.column()) {
    case YearColumn:
        if (role == Qt::DisplayRole)
            return QString::number(r.year);
        if (role == Qt::EditRole)
            return r.year;
        return {};
    case KindColumn:
        if (role == Qt::DisplayRole)
            return documentKindName(r.finalAccount ? DocumentKind::Final : DocumentKind::Budget);
        if (role == Qt::EditRole)
            return r.finalAccount ? QStringLiteral("final") : QStringLiteral("budget");
        return {};
    default: {
        const Amount a = figure(r, index.column());
        switch (role) {
        case Qt::DisplayRole: return a.format(Unit::WanYuan);
        case Qt::EditRole:
        case AmountFenRole: return qint64(a.fen());
        case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const keys[ColumnCount] = {"year", "kind", "total", "basic", "project", "general_budget", "sangong"};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(keys[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case YearColumn: return tr("Year");
    case KindColumn: return tr("Kind");
    case TotalColumn: return tr("Total expenditure");
    case BasicColumn: return tr("Basic expenditure");
    case ProjectColumn: return tr("Project expenditure");
    case GeneralBudgetColumn: return tr("General public budget");
    default: return tr("“Three public” expenses");
    }
}

} // namespace bd
