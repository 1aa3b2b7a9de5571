#pragma once

#include "itemmodels/BudgetRoles.h"
#include "money/Amount.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace bd {

class DocumentEditor;
class DocumentSession;

// 一般公共预算基本支出 by 部门预算支出经济分类: 类 at the top level, 款 below, from
// schedules.economic. Columns: name ("301 工资福利支出"), 合计, 人员经费, 公用经费.
//
// A 类's figures are the sums of its 款 (so 301 may read 328.28 where the published table
// rounded its own total to 328.27; PublishedFenRole/DifferenceFenRole carry the published
// figure). A 人员经费 or 公用经费 cell of zero is empty, as in the published table.
class EconomicTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit EconomicTreeModel(DocumentSession *session = nullptr, QObject *parent = nullptr);

    void setSession(DocumentSession *session);
    DocumentSession *session() const { return m_session; }

    // Column 0 of a 类 or 款 row; invalid when the tree has no such row.
    QModelIndex indexForCode(const QString &code) const;
    QString codeAt(const QModelIndex &index) const;
    // "name", "total", "personnel", "public"; -1 for an unknown key.
    int columnForKey(const QString &key) const;
    QString columnKey(int column) const;

    enum Column { NameColumn, TotalColumn, PersonnelColumn, PublicColumn, ColumnCount };

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Editing (drafts) goes through the editor's undo stack; read-only without one.
    void setEditor(DocumentEditor *editor);
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Node
    {
        QString code;
        QString name;
        int level = 0;   // 1 类, 2 款
        int parent = -1; // node id, -1 at the top level
        int row = 0;
        QList<int> children;
        Amount personnel;
        Amount publicUse;
        std::array<std::optional<Amount>, ColumnCount> published; // per column; nullopt = none
        Amount total() const { return personnel + publicUse; }
        std::optional<Amount> value(int column) const;
        bool sameFigures(const Node &o) const;
    };

    // Nodes in pre-order, so identical structures number alike (see FunctionalTreeModel).
    struct Tree
    {
        std::vector<Node> nodes;
        QList<int> roots;
        QHash<QString, int> byCode;
        bool sameStructure(const Tree &o) const;
    };

    void reset();
    void update();
    Tree build() const;
    const Node *nodeOf(const QModelIndex &index) const;

    QPointer<DocumentSession> m_session;
    QPointer<DocumentEditor> m_editor;
    Tree m_tree;

signals:
    // An edit was refused (the message names the place); nothing changed.
    void editRefused(const QString &message);
};

} // namespace bd
