#include "SessionModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/BudgetRoles.h"

#include "editing/DocumentSession.h"

#include <QFont>

namespace bd {

int NodeTree::add(const QString &key, int parent)
{
    const int id = size();
    QList<int> &siblings = parent < 0 ? m_roots : m_nodes[size_t(parent)].children;
    const int row = int(siblings.size());
    siblings.append(id);
    m_nodes.push_back(Node{key, parent, row, {}}); // after the last use of siblings
    m_byKey.insert(key, id);
    return id;
}

bool NodeTree::operator==(const NodeTree &o) const
{
    if (m_nodes.size() != o.m_nodes.size())
        return false;
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].key != o.m_nodes[i].key || m_nodes[i].parent != o.m_nodes[i].parent)
            return false;
    return true;
}

SessionModel::SessionModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SessionModel::setSession(DocumentSession *session)
{
    attachSession(this, m_session, session, [this] { reset(); }, [this] { update(); });
}

void SessionModel::setEditor(DocumentEditor *editor)
{
    m_editor = editor;
}

void SessionModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

// Figures change in place and only the changed rows are announced, so selections, expanded
// rows and persistent indexes survive an edit; a new row, a vanished one or a new column
// resets the model.
void SessionModel::replaceTree(bool sameStructure, const std::function<bool(int)> &nodeChanged,
                               const std::function<void()> &install)
{
    if (!sameStructure) {
        beginResetModel();
        install();
        endResetModel();
        return;
    }
    const NodeTree &tree = nodeTree();
    std::vector<bool> changed(size_t(tree.size()));
    for (int id = 0; id < tree.size(); ++id)
        changed[size_t(id)] = nodeChanged(id);
    install();

    const int lastColumn = columnCount() - 1;
    const auto announce = [&](int parentId, const QModelIndex &parent) {
        const QList<int> &siblings = nodeTree().childrenOf(parentId);
        int first = -1, last = -1;
        for (int row = 0; row < siblings.size(); ++row) {
            if (!changed[size_t(siblings[row])])
                continue;
            if (first < 0)
                first = row;
            last = row;
        }
        if (first >= 0)
            emit dataChanged(index(first, 0, parent), index(last, lastColumn, parent));
    };
    announce(-1, QModelIndex());
    for (int id = 0; id < nodeTree().size(); ++id)
        if (!nodeTree().childrenOf(id).isEmpty())
            announce(id, nodeIndex(id));
}

int SessionModel::nodeId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(nodeTree().size()))
        return -1;
    return int(index.internalId());
}

QModelIndex SessionModel::indexOfKey(const QString &key) const
{
    const int id = nodeTree().find(key);
    return id < 0 ? QModelIndex() : nodeIndex(id);
}

QString SessionModel::keyOf(const QModelIndex &index) const
{
    const int id = nodeId(index);
    return id < 0 ? QString() : nodeTree().keyOf(id);
}

QModelIndex SessionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(nodeTree().childrenOf(-1)[row]));
    const int id = nodeId(parent);
    return id < 0 ? QModelIndex() : createIndex(row, column, quintptr(nodeTree().childrenOf(id)[row]));
}

QModelIndex SessionModel::parent(const QModelIndex &child) const
{
    const int id = nodeId(child);
    if (id < 0 || nodeTree().parentOf(id) < 0)
        return {};
    return nodeIndex(nodeTree().parentOf(id));
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(nodeTree().childrenOf(-1).size());
    if (parent.column() > 0)
        return 0;
    const int id = nodeId(parent);
    return id < 0 ? 0 : int(nodeTree().childrenOf(id).size());
}

Qt::ItemFlags SessionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor && !m_editor->isReadOnly() && isEditableCell(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool SessionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QString error;
    if (!edit(index, value, &error)) {
        emit editRefused(error);
        return false;
    }
    return true; // the session's documentChanged updates the cells
}

QHash<int, QByteArray> SessionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(budgetRoleNames());
    return names;
}

void attachSession(QObject *model, QPointer<DocumentSession> &current, DocumentSession *session,
                   const std::function<void()> &reset, const std::function<void()> &update)
{
    if (session == current)
        return;
    if (current)
        QObject::disconnect(current, nullptr, model, nullptr);
    current = session;
    if (current) {
        QObject::connect(current, &DocumentSession::documentReset, model, reset);
        QObject::connect(current, &DocumentSession::documentChanged, model, update);
        // The session going away leaves nothing to show.
        QObject::connect(current, &QObject::destroyed, model, reset);
    }
    reset();
}

Unit displayUnit(const DocumentSession *session)
{
    return session && session->hasDocument() ? session->unit() : Unit::WanYuan;
}

const DisclosureTable *publishedById(const BudgetDocument &doc, const QString &id)
{
    for (const DisclosureTable &t : doc.published)
        if (t.id == id)
            return &t;
    return nullptr;
}

QVariant fenVariant(const std::optional<Amount> &a)
{
    return a ? QVariant::fromValue<qint64>(a->fen()) : QVariant();
}

QVariant differenceFen(const std::optional<Amount> &published, const std::optional<Amount> &value)
{
    return published ? QVariant::fromValue<qint64>((*published - value.value_or(Amount())).fen()) : QVariant();
}

QVariant differenceToolTip(const QString &text, const std::optional<Amount> &published,
                           const std::optional<Amount> &value, Unit unit)
{
    if (!published || *published == value.value_or(Amount()))
        return {};
    return text.arg(published->format(unit, true), value.value_or(Amount()).format(unit, true));
}

QVariant numberAlignment()
{
    // An int, not Qt::Alignment: Qt 6.4's delegates read this role with toInt().
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

QVariant levelFont(int level)
{
    if (level > 1)
        return {};
    QFont font;
    font.setBold(true);
    return font;
}

} // namespace bd
