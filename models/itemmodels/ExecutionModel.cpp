#include "ExecutionModel.h"

#include "itemmodels/BudgetRoles.h"

namespace bd {

ExecutionModel::ExecutionModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    setRows({});
}

void ExecutionModel::setRows(const QList<ExecutionRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    // A row hangs under the nearest row before it whose key its code starts with; the 类 (and
    // whatever finds no such row) under the total.
    const int n = int(m_rows.size());
    m_parent = QList<int>(n, -1);
    m_children = QList<QList<int>>(n + 1);
    m_rowInParent = QList<int>(n, 0);
    int total = -1;
    for (int i = 0; i < n; ++i) {
        if (m_rows[i].level == 0) {
            total = i;
        } else {
            int parent = total;
            for (int j = i - 1; j >= 0; --j)
                if (m_rows[j].level > 0 && m_rows[j].level < m_rows[i].level && m_rows[i].key.startsWith(m_rows[j].key)) {
                    parent = j;
                    break;
                }
            m_parent[i] = parent;
        }
        QList<int> &siblings = m_children[m_parent[i] < 0 ? n : m_parent[i]];
        m_rowInParent[i] = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

const ExecutionRow *ExecutionModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(m_rows.size()))
        return nullptr;
    return &m_rows[int(index.internalId())];
}

QModelIndex ExecutionModel::indexForKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return createIndex(m_rowInParent[i], 0, quintptr(i));
    return {};
}

QModelIndex ExecutionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.model() != this))
        return {};
    const QList<int> &children = m_children[parent.isValid() ? int(parent.internalId()) : int(m_rows.size())];
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex ExecutionModel::parent(const QModelIndex &child) const
{
    const ExecutionRow *r = rowAt(child);
    if (!r)
        return {};
    const int p = m_parent[int(child.internalId())];
    return p < 0 ? QModelIndex() : createIndex(m_rowInParent[p], 0, quintptr(p));
}

int ExecutionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return parent.column() == 0 && parent.model() == this ? int(m_children[int(parent.internalId())].size()) : 0;
    return int(m_children[m_rows.size()].size());
}

int ExecutionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant ExecutionModel::data(const QModelIndex &index, int role) const
{
    const ExecutionRow *r = rowAt(index);
    if (!r)
        return {};
    if (role == CodeRole)
        return r->key;
    if (role == LevelRole)
        return r->level;
    std::optional<Amount> amount;
    std::optional<qint64> percent;
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return r->level == 0 ? r->name : r->key + QLatin1Char(' ') + r->name;
        if (role == Qt::ToolTipRole && !r->reason.isEmpty())
            return tr("Reason given: %1").arg(r->reason);
        return {};
    case BudgetColumn: amount = r->budgeted; break;
    case AdjustedColumn: amount = r->adjusted; break;
    case ActualColumn: amount = r->actual; break;
    case DifferenceColumn: amount = r->difference(); break;
    case CompletionColumn: percent = r->completion(); break;
    case StatedCompletionColumn: percent = r->statedRate; break;
    default: return {};
    }
    if (index.column() == BudgetColumn && role == Qt::ToolTipRole) {
        if (r->statedBudget)
            return tr("The stored budget's figure; the final account's 说明 states %1 万元").arg(r->statedBudget->format(Unit::WanYuan));
        return r->budgetSource == QLatin1String("budget")      ? tr("From the stored budget of the same department and year")
               : r->budgetSource == QLatin1String("statement") ? tr("As the final account's 说明 states it")
                                                                : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        if (amount)
            return amount->format(Unit::WanYuan);
        if (percent)
            return formatPercent(*percent);
        return QString();
    case Qt::EditRole:
        if (amount)
            return qint64(amount->fen());
        if (percent)
            return *percent;
        return {};
    case AmountFenRole:
        return amount ? QVariant(qint64(amount->fen())) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ExecutionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    static const char *const keys[ColumnCount] = {"name", "budgeted", "adjusted", "actual", "difference", "completion", "stated_completion"};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(keys[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Classification");
    case BudgetColumn: return tr("Budget at the start of the year");
    case AdjustedColumn: return tr("Adjusted budget");
    case ActualColumn: return tr("Final accounts");
    case DifferenceColumn: return tr("Difference");
    case CompletionColumn: return tr("Completion");
    default: return tr("Completion as stated");
    }
}

QHash<int, QByteArray> ExecutionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(budgetRoleNames());
    return names;
}

} // namespace bd
