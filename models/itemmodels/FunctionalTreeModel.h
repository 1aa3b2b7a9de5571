#pragma once

#include "document/FundSource.h"
#include "itemmodels/BudgetRoles.h"
#include "itemmodels/SessionModel.h"
#include "money/Amount.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace bd {

// The 支出功能分类 tree of the open document: 类 at the top level, 款 below, 项 below those,
// built from schedules.functional (so it can never disagree with the derived tables).
//
// Columns: the name ("201 一般公共服务支出"), 合计, 基本支出, 项目支出, one column per funding
// source group the document has money in (一般公共预算, 政府性基金, 国有资本经营, 财政专户,
// 单位资金, 上年结转结余), and — when the narrative states last year's figures — last year,
// change and change %. Last year's figures are 一般公共预算 figures (the narrative speaks of
// 一般公共预算当年拨款), so the change compares them with the row's 一般公共预算 amount, not
// with its 合计.
//
// An amount cell is empty when no functional line contributes to it (as the published tables
// leave it blank); an explicit 0.00 line shows 0.00.
//
// For an imported document every amount cell also carries its published counterpart (合计,
// 基本, 项目 from 部门支出总体情况表; source groups from 部门收入总体情况表) so a view can
// mark the differences.
class FunctionalTreeModel : public SessionModel
{
    Q_OBJECT

public:
    explicit FunctionalTreeModel(DocumentSession *session = nullptr, QObject *parent = nullptr);

    // Column 0 of the row of a code (类, 款 or 项); invalid when the tree has no such row.
    QModelIndex indexForCode(const QString &code) const { return indexOfKey(code); }
    // The code of an index's row (any column); empty for an invalid index.
    QString codeAt(const QModelIndex &index) const { return keyOf(index); }
    // Column of a stable key: "name", "total", "basic", "project", "general_budget",
    // "gov_fund", "state_capital", "fiscal_special", "unit_funds", "carry_over", "prior",
    // "change", "change_percent"; -1 when the column is not shown for this document.
    int columnForKey(const QString &key) const;
    QString columnKey(int column) const;
    // True when the prior/change/change % columns are shown.
    bool hasPriorColumns() const { return columnForKey(QStringLiteral("prior")) >= 0; }

    // Editing (drafts, see SessionModel::setEditor): a 项 cell is editable where it stands for
    // exactly one functional line (项 × source × 基本/项目). Without an editor, or for a
    // published document, the model is read-only.
    struct LineKey
    {
        QString code;
        FundSource source;
        Phase phase;
    };
    std::optional<LineKey> editTarget(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        enum Kind { Name, Total, Basic, Project, Source, Prior, Change, ChangePercent };
        Kind kind = Name;
        QString key;
        QList<FundSource> sources; // Source columns: the group's sources
        bool operator==(const Column &o) const { return kind == o.kind && key == o.key; }
    };

    // The figures of a row; its code (the key) and place are in Tree::shape, under the same id.
    struct Node
    {
        QString name;
        int level = 0;   // 1 类, 2 款, 3 项
        QList<std::optional<Amount>> values;    // per column; nullopt = empty cell
        QList<std::optional<Amount>> published; // per column; nullopt = no published cell
        Amount generalBudget;                   // Σ 一般公共预算 lines: what the prior compares with
        std::optional<Amount> prior;
        std::optional<Amount> change;
        std::optional<qint64> changePercent;
        bool sameFigures(const Node &o) const;
    };

    struct Tree
    {
        QList<Column> columns;
        NodeTree shape;          // keyed by code
        std::vector<Node> nodes; // by node id
        bool sameStructure(const Tree &o) const { return columns == o.columns && shape == o.shape; }
    };

    void rebuild() override;
    void update() override;
    const NodeTree &nodeTree() const override { return m_tree.shape; }
    bool isEditableCell(const QModelIndex &index) const override;
    bool edit(const QModelIndex &index, const QVariant &value, QString *error) override;
    Tree build() const;
    const Node *nodeOf(const QModelIndex &index) const;
    QString headerText(const Column &column) const;

    Tree m_tree;
};

} // namespace bd
