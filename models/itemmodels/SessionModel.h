#pragma once

#include "money/Amount.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace bd {

class BudgetDocument;
struct DisclosureTable;
class DocumentEditor;
class DocumentSession;

// The rows of a tree model: for every node its key (a code, or another stable key), its
// parent and its row under that parent. Nodes are numbered in the order they are added (the
// models add them in pre-order, a parent before its children), so two builds of the same
// structure number alike and an index's internal id (its node id) stays valid across an
// in-place update. The figures of a node live beside it, in the model's own vector, under the
// same id.
class NodeTree
{
public:
    // Appends a node under parent (-1: the top level) as its last child; returns its id.
    // A parent must have been added before its children.
    int add(const QString &key, int parent);

    int size() const { return int(m_nodes.size()); }
    bool isEmpty() const { return m_nodes.empty(); }
    const QString &keyOf(int id) const { return m_nodes[size_t(id)].key; }
    int parentOf(int id) const { return m_nodes[size_t(id)].parent; }
    int rowOf(int id) const { return m_nodes[size_t(id)].row; }
    // The children of a node in row order; the top-level nodes for -1.
    const QList<int> &childrenOf(int id) const { return id < 0 ? m_roots : m_nodes[size_t(id)].children; }
    // The id of the node with this key (the last added, were a key used twice); -1 when none.
    int find(const QString &key) const { return m_byKey.value(key, -1); }

    // The same keys under the same parents: the same rows, so figures can change in place.
    bool operator==(const NodeTree &o) const;

private:
    struct Node
    {
        QString key;
        int parent = -1;
        int row = 0;
        QList<int> children;
    };
    std::vector<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_byKey;
};

// Base of the tree models of the open document (FunctionalTreeModel, EconomicTreeModel,
// SanGongModel, PerformanceTargetModel). It holds what they share:
//  - the session: setSession() connects documentReset (another document, or none) and the
//    session's destruction to a reset, documentChanged (an edit) to update();
//  - the editor: flags() and setData() ask the model which cells are editable and how an edit
//    is applied, and announce a refused edit as editRefused();
//  - the rows: index(), parent() and rowCount() over the NodeTree the model returns from
//    nodeTree(), and replaceTree(), the in-place update policy of them all.
class SessionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    void setSession(DocumentSession *session);
    DocumentSession *session() const { return m_session; }

    // Editing (drafts) goes through the editor's undo stack; read-only without one.
    void setEditor(DocumentEditor *editor);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // An edit was refused (the message names the place); nothing changed. ClassificationPage
    // connects to it by signature, editRefused(QString), so that signature must stay.
    void editRefused(const QString &message);

protected:
    explicit SessionModel(QObject *parent = nullptr);

    // Rebuilds everything from the session (called between beginResetModel and endResetModel).
    // Not called from the constructor: a derived constructor calls setSession() itself.
    virtual void rebuild() = 0;
    // The same document's figures changed: rebuild and hand the result to replaceTree().
    virtual void update() = 0;
    // The rows shown now.
    virtual const NodeTree &nodeTree() const = 0;
    // Whether a cell takes an edit; asked only when an editor is set and writable.
    virtual bool isEditableCell(const QModelIndex &index) const = 0;
    // Applies an edit of an editable cell through m_editor; false with *error saying why.
    virtual bool edit(const QModelIndex &index, const QVariant &value, QString *error) = 0;

    void reset();
    // Installs a rebuilt tree. When its structure differs from the shown one (sameStructure
    // false) the model resets; otherwise install() swaps the figures in and, per run of
    // siblings, the rows from the first to the last for which nodeChanged(id) said so are
    // announced by one dataChanged over all columns. nodeChanged is asked before install().
    void replaceTree(bool sameStructure, const std::function<bool(int)> &nodeChanged,
                     const std::function<void()> &install);
    // The node of an index of this model; -1 for an invalid or foreign index.
    int nodeId(const QModelIndex &index) const;
    // Column 0 of a node's row.
    QModelIndex nodeIndex(int id) const { return createIndex(nodeTree().rowOf(id), 0, quintptr(id)); }
    // Column 0 of the row of a key; invalid when there is no such row.
    QModelIndex indexOfKey(const QString &key) const;
    // The key of an index's row (any column); empty for an invalid or foreign index.
    QString keyOf(const QModelIndex &index) const;

    QPointer<DocumentSession> m_session;
    QPointer<DocumentEditor> m_editor;
};

// Plain helpers for every model of the open document, ProjectsModel (a table model, not a
// SessionModel) included.

// Points current at session and connects the session to a model (documentReset and the
// session's destruction to reset, documentChanged to update), then resets. Nothing happens
// when current already is session.
void attachSession(QObject *model, QPointer<DocumentSession> &current, DocumentSession *session,
                   const std::function<void()> &reset, const std::function<void()> &update);
// The unit amounts are shown in: the document's, 万元 without a document.
Unit displayUnit(const DocumentSession *session);
// The published table of an id ("sangong", "gpb_projects"); nullptr when the document has none.
const DisclosureTable *publishedById(const BudgetDocument &doc, const QString &id);
// An amount as AmountFenRole and its kin carry it: qint64 分, invalid for an empty cell.
QVariant fenVariant(const std::optional<Amount> &a);
// DifferenceFenRole of a cell: published − shown (an empty cell counting as zero); invalid
// without a published figure.
QVariant differenceFen(const std::optional<Amount> &published, const std::optional<Amount> &value);
// Qt::ToolTipRole of an amount cell: text (the model's own tr("Published %1, derived %2"), so
// each model keeps its translation context) filled in when the shown figure differs from the
// published one; invalid when they agree or nothing was published.
QVariant differenceToolTip(const QString &text, const std::optional<Amount> &published,
                           const std::optional<Amount> &value, Unit unit);
// Qt::TextAlignmentRole of a number cell (an amount, a weight).
QVariant numberAlignment();
// Qt::FontRole of a row: bold for the top levels (a total, a 类, a target and its 一级指标).
QVariant levelFont(int level);

} // namespace bd
