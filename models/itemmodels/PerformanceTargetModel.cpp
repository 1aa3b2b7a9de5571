#include "PerformanceTargetModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "editing/DocumentSession.h"

namespace bd {

namespace {

const QStringList kColumnKeys = {QStringLiteral("indicator"), QStringLiteral("value"), QStringLiteral("basis"),
                                 QStringLiteral("prior_value"), QStringLiteral("weight")};

} // namespace

bool PerformanceTargetModel::Node::sameContent(const Node &o) const
{
    return text == o.text && kind == o.kind && value == o.value && basis == o.basis
           && priorValue == o.priorValue && toolTip == o.toolTip && weight == o.weight;
}

PerformanceTargetModel::PerformanceTargetModel(DocumentSession *session, QObject *parent)
    : SessionModel(parent)
{
    setSession(session);
}

void PerformanceTargetModel::rebuild()
{
    m_tree = build();
}

// Content in place; structure (a new group, another number of indicators) by a reset
// (SessionModel::replaceTree).
void PerformanceTargetModel::update()
{
    Tree next = build();
    replaceTree(next.shape == m_tree.shape,
                [&](int id) { return !next.nodes[size_t(id)].sameContent(m_tree.nodes[size_t(id)]); },
                [&] { m_tree = std::move(next); });
}

PerformanceTargetModel::Tree PerformanceTargetModel::build() const
{
    Tree tree;
    if (!m_session || !m_session->hasDocument())
        return tree;
    const BudgetDocument &doc = m_session->document();
    const QList<PerformanceTarget> &targets = doc.schedules.targets;

    const auto add = [&](const QString &key, Node node, int parent) {
        tree.nodes.push_back(std::move(node));
        return tree.shape.add(key, parent);
    };

    for (int t = 0; t < targets.size(); ++t) {
        const PerformanceTarget &target = targets[t];
        const QString topKey = QString::number(t);
        Node top;
        top.level = 0;
        top.target = t;
        top.kind = target.kind;
        top.text = target.name.isEmpty() && target.kind == QLatin1String("overall") ? doc.department
                                                                                     : target.name;
        top.toolTip = target.goal;
        const int topId = add(topKey, top, -1);

        // 一级 and 二级 groups in the order the document first names them.
        QStringList level1;
        for (const Indicator &i : target.indicators)
            if (!level1.contains(i.level1))
                level1.append(i.level1);
        for (const QString &l1 : std::as_const(level1)) {
            const QString group1Key = topKey + QLatin1Char('/') + l1;
            Node group1;
            group1.level = 1;
            group1.target = t;
            group1.text = l1;
            const int group1Id = add(group1Key, group1, topId);
            QStringList level2;
            for (const Indicator &i : target.indicators)
                if (i.level1 == l1 && !level2.contains(i.level2))
                    level2.append(i.level2);
            for (const QString &l2 : std::as_const(level2)) {
                const QString group2Key = group1Key + QLatin1Char('/') + l2;
                Node group2;
                group2.level = 2;
                group2.target = t;
                group2.text = l2;
                const int group2Id = add(group2Key, group2, group1Id);
                for (int n = 0; n < target.indicators.size(); ++n) {
                    const Indicator &i = target.indicators[n];
                    if (i.level1 != l1 || i.level2 != l2)
                        continue;
                    Node leaf;
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
                    add(group2Key + QStringLiteral("/#") + QString::number(n), leaf, group2Id);
                }
            }
        }
    }

    // Weights of groups and targets: the sum below. Pre-order puts children after their
    // parent, so walking backwards sees them first.
    for (int id = tree.shape.size() - 1; id >= 0; --id) {
        const QList<int> &children = tree.shape.childrenOf(id);
        if (children.isEmpty())
            continue;
        std::optional<int> sum;
        for (int child : children)
            if (const std::optional<int> &w = tree.nodes[size_t(child)].weight)
                sum = sum.value_or(0) + *w;
        tree.nodes[size_t(id)].weight = sum;
    }
    return tree;
}

const PerformanceTargetModel::Node *PerformanceTargetModel::nodeOf(const QModelIndex &index) const
{
    const int id = nodeId(index);
    return id < 0 ? nullptr : &m_tree.nodes[size_t(id)];
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
    const QList<int> &targets = m_tree.shape.childrenOf(-1);
    if (target < 0 || target >= targets.size())
        return {};
    return nodeIndex(targets[target]);
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
    return int(kColumnKeys.indexOf(key));
}

QString PerformanceTargetModel::columnKey(int column) const
{
    return kColumnKeys.value(column);
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
        return column == WeightColumn ? numberAlignment() : QVariant();
    case Qt::FontRole:
        return levelFont(node.level);
    case CodeRole:
        return m_tree.shape.keyOf(int(index.internalId()));
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

bool PerformanceTargetModel::isEditableCell(const QModelIndex &index) const
{
    return indicatorAt(index) >= 0 && (index.column() == ValueColumn || index.column() == WeightColumn);
}

bool PerformanceTargetModel::edit(const QModelIndex &index, const QVariant &value, QString *error)
{
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
            *error = tr("\"%1\" is not a weight: type a whole number").arg(value.toString());
            return false;
        }
        weight = ok ? std::optional<int>(w) : std::nullopt;
    }
    return m_editor->setIndicator(target, indicator, text, weight, error);
}

} // namespace bd
