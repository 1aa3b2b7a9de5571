#pragma once

#include "itemmodels/BudgetRoles.h"
#include "itemmodels/SessionModel.h"

#include <QString>

#include <optional>
#include <vector>

namespace bd {

// The performance targets of the open document (schedules.targets) as an indicator tree:
//
//   Overall: <department> / Project: <project>        level 0, one per PerformanceTarget
//     一级指标 (产出指标 …)                              level 1
//       二级指标 (数量指标 …)                            level 2
//         三级指标 with its 指标值, 依据, 上年完成值, 权重  level 3, one per Indicator
//
// Groups keep the order in which the document first names them. The weight of a group (and
// of a target) is the sum of the weights below it; empty when no indicator below has one.
// The goal and the amounts of a target are read from the session, not from this model.
//
// Editing (drafts, see SessionModel::setEditor): the 指标值 and 权重 of an indicator.
class PerformanceTargetModel : public SessionModel
{
    Q_OBJECT

public:
    explicit PerformanceTargetModel(DocumentSession *session = nullptr, QObject *parent = nullptr);

    enum Column { IndicatorColumn, ValueColumn, BasisColumn, PriorValueColumn, WeightColumn, ColumnCount };

    // Column 0 of a target's row (index into schedules.targets); invalid when out of range.
    QModelIndex indexForTarget(int target) const;
    // The target an index belongs to (any level), -1 for an invalid index.
    int targetAt(const QModelIndex &index) const;
    // The indicator (index into the target's indicators) of a leaf; -1 on a group row.
    int indicatorAt(const QModelIndex &index) const;
    // "indicator", "value", "basis", "prior_value", "weight"; -1 for an unknown key.
    int columnForKey(const QString &key) const;
    QString columnKey(int column) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The content of a row; its key and place are in Tree::shape, under the same id.
    struct Node
    {
        int level = 0;   // 0 target, 1 一级, 2 二级, 3 三级 (indicator)
        int target = -1;
        int indicator = -1; // leaves only
        QString text;    // target label, group name or 三级指标
        QString kind;    // targets: "overall" / "project"
        QString value, basis, priorValue, toolTip;
        std::optional<int> weight;
        bool sameContent(const Node &o) const;
    };

    struct Tree
    {
        // Keyed "0", "0/产出指标", "0/产出指标/数量指标", "0/产出指标/数量指标/#3".
        NodeTree shape;
        std::vector<Node> nodes; // by node id
    };

    void rebuild() override;
    void update() override;
    const NodeTree &nodeTree() const override { return m_tree.shape; }
    bool isEditableCell(const QModelIndex &index) const override;
    bool edit(const QModelIndex &index, const QVariant &value, QString *error) override;
    Tree build() const;
    const Node *nodeOf(const QModelIndex &index) const;
    QString targetLabel(const Node &node) const;

    Tree m_tree;
};

} // namespace bd
