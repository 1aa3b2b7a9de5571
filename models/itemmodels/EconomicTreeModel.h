#pragma once

#include "itemmodels/BudgetRoles.h"
#include "itemmodels/SessionModel.h"
#include "money/Amount.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace bd {

// 一般公共预算基本支出 by 部门预算支出经济分类: 类 at the top level, 款 below, from
// schedules.economic. Columns: name ("301 工资福利支出"), 合计, 人员经费, 公用经费.
//
// A 类's figures are the sums of its 款 (so 301 may read 328.28 where the published table
// rounded its own total to 328.27; PublishedFenRole/DifferenceFenRole carry the published
// figure). A 人员经费 or 公用经费 cell of zero is empty, as in the published table.
//
// Editing (drafts, see SessionModel::setEditor): the 人员经费 and 公用经费 cells of a 款.
class EconomicTreeModel : public SessionModel
{
    Q_OBJECT

public:
    explicit EconomicTreeModel(DocumentSession *session = nullptr, QObject *parent = nullptr);

    // Column 0 of a 类 or 款 row; invalid when the tree has no such row.
    QModelIndex indexForCode(const QString &code) const { return indexOfKey(code); }
    QString codeAt(const QModelIndex &index) const { return keyOf(index); }
    // "name", "total", "personnel", "public"; -1 for an unknown key.
    int columnForKey(const QString &key) const;
    QString columnKey(int column) const;

    enum Column { NameColumn, TotalColumn, PersonnelColumn, PublicColumn, ColumnCount };

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // The figures of a row; its code (the key) and place are in Tree::shape, under the same id.
    struct Node
    {
        QString name;
        int level = 0;   // 1 类, 2 款
        Amount personnel;
        Amount publicUse;
        std::array<std::optional<Amount>, ColumnCount> published; // per column; nullopt = none
        Amount total() const { return personnel + publicUse; }
        std::optional<Amount> value(int column) const;
        bool sameFigures(const Node &o) const;
    };

    struct Tree
    {
        NodeTree shape;          // keyed by code
        std::vector<Node> nodes; // by node id
    };

    void rebuild() override;
    void update() override;
    const NodeTree &nodeTree() const override { return m_tree.shape; }
    bool isEditableCell(const QModelIndex &index) const override;
    bool edit(const QModelIndex &index, const QVariant &value, QString *error) override;
    Tree build() const;
    const Node *nodeOf(const QModelIndex &index) const;

    Tree m_tree;
};

} // namespace bd
