#include "PerformanceTargetModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "document/DocumentSession.h"

#include <QFont>

namespace bd {

namespace {

const char *const kColumnKeys[PerformanceTargetModel::ColumnCount] = {"indicator", "value", "basis",
                                                                       "prior_value", "weight"};

} // namespace

bool PerformanceTargetModel::Node::sameContent(const Node &o) const
{
    return text == o.text && kind == o.kind && value == o.value && basis == o.basis
           && priorValue == o.priorValue && toolTip == o.toolTip && weight == o.weight;
}

bool PerformanceTargetModel::Tree::sameStructure(const Tree &o) const
{
    if (nodes.size() != o.nodes.size())
        return false;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].key != o.nodes[i].key || nodes[i].parent != o.nodes[i].parent)
            return false;
    return true;
}

PerformanceTargetModel::PerformanceTargetModel(DocumentSession *session, QObject *parent)
    : QAbstractItemModel(parent)
{
    setSession(session);
}

void PerformanceTargetModel::setSession(DocumentSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::documentReset, this, &PerformanceTargetModel::reset);
        connect(m_session, &DocumentSession::documentChanged, this, &PerformanceTargetModel::update);
        connect(m_session, &QObject::destroyed, this, &PerformanceTargetModel::reset);
    }
    reset();
}

void PerformanceTargetModel::reset()
{
    beginResetModel();
    m_tree = build();
    endResetModel();
}

// Same policy as the other trees: content in place, structure (a new group, another number of
// indicators) by a reset.
void PerformanceTargetModel::update()
{
    Tree next = build();
    if (!next.sameStructure(m_tree)) {
        beginResetModel();
        m_tree = std::move(next);
        endResetModel();
        return;
    }
    std::vector<bool> changed(next.nodes.size());
    for (size_t i = 0; i < next.nodes.size(); ++i)
        changed[i] = !next.nodes[i].sameContent(m_tree.nodes[i]);
    m_tree = std::move(next);

    const auto announce = [&](const QList<int> &siblings, const QModelIndex &parent) {
        int first = -1, last = -1;
        for (int row = 0; row < siblings.size(); ++row) {
            if (!changed[size_t(siblings[row])])
                continue;
            if (first < 0)
                first = row;
            last = row;
        }
        if (first >= 0)
            emit dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
    };
    announce(m_tree.roots, QModelIndex());
    for (size_t id = 0; id < m_tree.nodes.size(); ++id) {
        const Node &node = m_tree.nodes[id];
        if (!node.children.isEmpty())
            announce(node.children, createIndex(node.row, 0, quintptr(id)));
    }
}

PerformanceTargetModel::Tree PerformanceTargetModel::build() const
{
    Tree tree;
    if (!m_session || !m_session->hasDocument())
        return tree;
    const BudgetDocument &doc = m_session->document();
    const QList<PerformanceTarget> &targets = doc.schedules.targets;

    const auto add = [&](Node node, int parent) {
        const int id = int(tree.nodes.size());
        node.parent = parent;
        QList<int> &siblings = parent < 0 ? tree.roots : tree.nodes[size_t(parent)].children;
        node.row = int(siblings.size());
        siblings.append(id);
        tree.nodes.push_back(std::move(node));
        return id;
    };

    for (int t = 0; t < targets.size(); ++t) {
        const PerformanceTarget &target = targets[t];
        Node top;
        top.key = QString::number(t);
        top.level = 0;
        top.target = t;
        top.kind = target.kind;
        top.text = target.name.isEmpty() && target.kind == QLatin1String("overall") ? doc.department
                                                                                     : target.name;
        top.toolTip = target.goal;
        const int topId = add(top, -1);

        // 一级 and 二级 groups in the order the document first names them.
        QStringList level1;
        for (const Indicator &i : target.indicators)
            if (!level1.contains(i.level1))
                level1.append(i.level1);
        for (const QString &l1 : std::as_const(level1)) {
            Node group1;
            group1.key = top.key + QLatin1Char('/') + l1;
            group1.level = 1;
            group1.target = t;
            group1.text = l1;
            const int group1Id = add(group1, topId);
            QStringList level2;
            for (const Indicator &i : target.indicators)
                if (i.level1 == l1 && !level2.contains(i.level2))
                    level2.append(i.level2);
            for (const QString &l2 : std::as_const(level2)) {
                Node group2;
                group2.key = group1.key + QLatin1Char('/') + l2;
                group2.level = 2;
                group2.target = t;
                group2.text = l2;
                const int group2Id = add(group2, group1Id);
                for (int n = 0; n < target.indicators.size(); ++n) {
                    const Indicator &i = target.indicators[n];
                    if (i.level1 != l1 || i.level2 != l2)
                        continue;
                    Node leaf;
                    leaf.key = group2.key + QStringLiteral("/#") + QString::number(n);
                    leaf.level = 3;
                    leaf.target = t;
                    leaf.indicator = n;
                    leaf.text = i.level3;
                    leaf.value = i.value;
                    leaf.basis = i.basis;
                    leaf.priorValue = i.priorValue;
                    leaf.weight = i.weight;
                    QStringList tip;
                    if (!i.scoringRule.isEmpty())
                        tip.append(tr("Scoring: %1").arg(i.scoringRule));
                    if (!i.evidence.isEmpty())
                        tip.append(tr("Evidence: %1").arg(i.evidence));
                    leaf.toolTip = tip.join(QLatin1Char('\n'));
                    add(leaf, group2Id);
                }
            }
        }
    }

    // Weights of groups and targets: the sum below. Pre-order puts children after their
    // parent, so walking backwards sees them first.
    for (auto it = tree.nodes.rbegin(); it != tree.nodes.rend(); ++it) {
        if (it->children.isEmpty())
            continue;
        std::optional<int> sum;
        for (int child : it->children)
            if (const std::optional<int> &w = tree.nodes[size_t(child)].weight)
                sum = sum.value_or(0) + *w;
        it->weight = sum;
    }
    return tree;
}

const PerformanceTargetModel::Node *PerformanceTargetModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_tree.nodes.size())
        return nullptr;
    return &m_tree.nodes[size_t(index.internalId())];
}

QString PerformanceTargetModel::targetLabel(const Node &node) const
{
    if (node.kind == QLatin1String("overall"))
        return tr("Overall: %1").arg(node.text);
    if (node.kind == QLatin1String("project"))
        return tr("Project: %1").arg(node.text);
    return node.text;
}

QModelIndex PerformanceTargetModel::indexForTarget(int target) const
{
    if (target < 0 || target >= m_tree.roots.size())
        return {};
    return createIndex(target, 0, quintptr(m_tree.roots[target]));
}

int PerformanceTargetModel::targetAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->target : -1;
}

int PerformanceTargetModel::indicatorAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->indicator : -1;
}

int PerformanceTargetModel::columnForKey(const QString &key) const
{
    for (int c = 0; c < ColumnCount; ++c)
        if (key == QLatin1String(kColumnKeys[c]))
            return c;
    return -1;
}

QString PerformanceTargetModel::columnKey(int column) const
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kColumnKeys[column]) : QString();
}

QModelIndex PerformanceTargetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(m_tree.roots[row]));
    const Node *node = nodeOf(parent);
    return node ? createIndex(row, column, quintptr(node->children[row])) : QModelIndex();
}

QModelIndex PerformanceTargetModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_tree.nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int PerformanceTargetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tree.roots.size());
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int PerformanceTargetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PerformanceTargetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_tree.nodes[size_t(index.internalId())];
    const int column = index.column();

    switch (role) {
    case Qt::EditRole:
    case Qt::DisplayRole:
        switch (column) {
        case IndicatorColumn: return node.level == 0 ? targetLabel(node) : node.text;
        case ValueColumn: return node.value;
        case BasisColumn: return node.basis;
        case PriorValueColumn: return node.priorValue;
        default: return node.weight ? QString::number(*node.weight) : QString();
        }
    case Qt::ToolTipRole:
        return node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip);
    case Qt::TextAlignmentRole:
        return column == WeightColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::FontRole:
        if (node.level <= 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CodeRole:
        return node.key;
    case LevelRole:
        return node.level;
    case WeightRole:
        return node.weight ? QVariant(*node.weight) : QVariant();
    default:
        return {};
    }
}

QVariant PerformanceTargetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case IndicatorColumn: return tr("Indicator");
        case ValueColumn: return tr("Target value");
        case BasisColumn: return tr("Basis");
        case PriorValueColumn: return tr("Last year's result");
        default: return tr("Weight");
        }
    case ColumnKeyRole:
        return columnKey(section);
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags PerformanceTargetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor && !m_editor->isReadOnly() && (indicatorAt(index) >= 0 && (index.column() == ValueColumn || index.column() == WeightColumn)))
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> PerformanceTargetModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(budgetRoleNames());
    return names;
}


bool PerformanceTargetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int target = targetAt(index);
    const int indicator = indicatorAt(index);
    const Indicator &current = m_session->schedules().targets[target].indicators[indicator];
    QString text = current.value;
    std::optional<int> weight = current.weight;
    if (index.column() == ValueColumn) {
        text = value.toString().trimmed();
    } else {
        bool ok = false;
        const int w = value.toString().trimmed().toInt(&ok);
        if (!ok && !value.toString().trimmed().isEmpty()) {
            emit editRefused(tr("\"%1\" is not a weight: type a whole number").arg(value.toString()));
            return false;
        }
        weight = ok ? std::optional<int>(w) : std::nullopt;
    }
    QString error;
    if (!m_editor->setIndicator(target, indicator, text, weight, &error)) {
        emit editRefused(error);
        return false;
    }
    return true;
}

} // namespace bd

void bd::PerformanceTargetModel::setEditor(DocumentEditor *editor)
{
    m_editor = editor;
}
