#include "EconomicTreeModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "codes/CodeCatalogue.h"
#include "document/DocumentSession.h"

#include <QFont>
#include <QMap>

namespace bd {

namespace {

const char *const kColumnKeys[EconomicTreeModel::ColumnCount] = {"name", "total", "personnel", "public"};

QVariant fenVariant(const std::optional<Amount> &a)
{
    return a ? QVariant::fromValue<qint64>(a->fen()) : QVariant();
}

const DisclosureTable *publishedById(const BudgetDocument &doc, const QString &id)
{
    for (const DisclosureTable &t : doc.published)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace

std::optional<Amount> EconomicTreeModel::Node::value(int column) const
{
    switch (column) {
    case TotalColumn:
        return total();
    case PersonnelColumn:
        return personnel.isZero() ? std::nullopt : std::optional<Amount>(personnel);
    case PublicColumn:
        return publicUse.isZero() ? std::nullopt : std::optional<Amount>(publicUse);
    default:
        return std::nullopt;
    }
}

bool EconomicTreeModel::Node::sameFigures(const Node &o) const
{
    return name == o.name && personnel == o.personnel && publicUse == o.publicUse && published == o.published;
}

bool EconomicTreeModel::Tree::sameStructure(const Tree &o) const
{
    if (nodes.size() != o.nodes.size())
        return false;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].code != o.nodes[i].code || nodes[i].parent != o.nodes[i].parent)
            return false;
    return true;
}

EconomicTreeModel::EconomicTreeModel(DocumentSession *session, QObject *parent)
    : QAbstractItemModel(parent)
{
    setSession(session);
}

void EconomicTreeModel::setSession(DocumentSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::documentReset, this, &EconomicTreeModel::reset);
        connect(m_session, &DocumentSession::documentChanged, this, &EconomicTreeModel::update);
        connect(m_session, &QObject::destroyed, this, &EconomicTreeModel::reset);
    }
    reset();
}

void EconomicTreeModel::reset()
{
    beginResetModel();
    m_tree = build();
    endResetModel();
}

// Same policy as FunctionalTreeModel::update: figures in place, structure by a reset.
void EconomicTreeModel::update()
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
        changed[i] = !next.nodes[i].sameFigures(m_tree.nodes[i]);
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

EconomicTreeModel::Tree EconomicTreeModel::build() const
{
    Tree tree;
    if (!m_session || !m_session->hasDocument())
        return tree;
    const BudgetDocument &doc = m_session->document();

    // 类 (the first three digits) and the lines' own codes, in code order = pre-order.
    struct Draft
    {
        QString parent;
        QString lineName;
        Amount personnel, publicUse;
    };
    QMap<QString, Draft> drafts;
    for (const EconomicLine &line : doc.schedules.economic) {
        QStringList chain;
        if (line.code.size() > 3)
            chain.append(line.code.left(3));
        chain.append(line.code);
        for (int i = 0; i < chain.size(); ++i) {
            Draft &d = drafts[chain[i]];
            d.parent = i > 0 ? chain[i - 1] : QString();
            if (chain[i] == line.code && d.lineName.isEmpty())
                d.lineName = line.name;
            d.personnel += line.personnel;
            d.publicUse += line.publicUse;
        }
    }

    const CodeCatalogue &catalogue = CodeCatalogue::forYear(doc.year);
    const DisclosureTable *published = publishedById(doc, QStringLiteral("gpb_basic_economic"));
    for (auto it = drafts.cbegin(); it != drafts.cend(); ++it) {
        const Draft &d = it.value();
        Node node;
        node.code = it.key();
        node.level = d.parent.isEmpty() ? 1 : 2;
        // 类 by the year's catalogue; 款 as the document prints it.
        const QString catalogueName = catalogue.name(Classification::Economic, node.code);
        node.name = node.level == 1 ? (catalogueName.isEmpty() ? d.lineName : catalogueName)
                                    : (d.lineName.isEmpty() ? catalogueName : d.lineName);
        node.personnel = d.personnel;
        node.publicUse = d.publicUse;
        if (const TableRow *row = published ? published->findRow(node.code) : nullptr) {
            for (int c = TotalColumn; c < ColumnCount; ++c) {
                const int index = published->columnIndex(QLatin1String(kColumnKeys[c]));
                if (index >= 0)
                    node.published[size_t(c)] = index < row->cells.size()
                        ? row->cells[index].amount.value_or(Amount()) : Amount();
            }
        }
        const int id = int(tree.nodes.size());
        if (d.parent.isEmpty()) {
            node.row = int(tree.roots.size());
            tree.roots.append(id);
        } else {
            node.parent = tree.byCode.value(d.parent);
            Node &parent = tree.nodes[size_t(node.parent)];
            node.row = int(parent.children.size());
            parent.children.append(id);
        }
        tree.byCode.insert(node.code, id);
        tree.nodes.push_back(std::move(node));
    }
    return tree;
}

const EconomicTreeModel::Node *EconomicTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_tree.nodes.size())
        return nullptr;
    return &m_tree.nodes[size_t(index.internalId())];
}

QModelIndex EconomicTreeModel::indexForCode(const QString &code) const
{
    const auto it = m_tree.byCode.constFind(code);
    if (it == m_tree.byCode.cend())
        return {};
    return createIndex(m_tree.nodes[size_t(*it)].row, 0, quintptr(*it));
}

QString EconomicTreeModel::codeAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->code : QString();
}

int EconomicTreeModel::columnForKey(const QString &key) const
{
    for (int c = 0; c < ColumnCount; ++c)
        if (key == QLatin1String(kColumnKeys[c]))
            return c;
    return -1;
}

QString EconomicTreeModel::columnKey(int column) const
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kColumnKeys[column]) : QString();
}

QModelIndex EconomicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(m_tree.roots[row]));
    const Node *node = nodeOf(parent);
    return node ? createIndex(row, column, quintptr(node->children[row])) : QModelIndex();
}

QModelIndex EconomicTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_tree.nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int EconomicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tree.roots.size());
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int EconomicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EconomicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_tree.nodes[size_t(index.internalId())];
    const int column = index.column();
    const std::optional<Amount> value = node.value(column);
    const std::optional<Amount> &published = node.published[size_t(column)];
    const Unit unit = m_session && m_session->hasDocument() ? m_session->unit() : Unit::WanYuan;

    switch (role) {
    case Qt::EditRole:
        if (column != NameColumn)
            return value ? value->format(unit) : QString();
        [[fallthrough]];
    case Qt::DisplayRole:
        if (column == NameColumn)
            return node.name.isEmpty() ? node.code : node.code + QLatin1Char(' ') + node.name;
        return value ? value->format(unit, true) : QString();
    case Qt::ToolTipRole:
        if (published && *published != value.value_or(Amount()))
            return tr("Published %1, derived %2")
                .arg(published->format(unit, true), value.value_or(Amount()).format(unit, true));
        return {};
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (node.level <= 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case CodeRole:
        return node.code;
    case LevelRole:
        return node.level;
    case AmountFenRole:
        return fenVariant(value);
    case PublishedFenRole:
        return fenVariant(published);
    case DifferenceFenRole:
        return published ? QVariant::fromValue<qint64>((*published - value.value_or(Amount())).fen())
                         : QVariant();
    default:
        return {};
    }
}

QVariant EconomicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case NameColumn: return tr("Economic classification");
        case TotalColumn: return tr("Total");
        case PersonnelColumn: return tr("Personnel expenses");
        default: return tr("Public expenses");
        }
    case ColumnKeyRole:
        return columnKey(section);
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags EconomicTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor && !m_editor->isReadOnly() && (nodeOf(index) && nodeOf(index)->level == 2 && (index.column() == PersonnelColumn || index.column() == PublicColumn)))
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> EconomicTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(budgetRoleNames());
    return names;
}


bool EconomicTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QString error;
    const auto amount = amountFromEdit(value, m_session->unit(), &error);
    if (!amount || !m_editor->setEconomicAmount(nodeOf(index)->code, index.column() == PersonnelColumn, *amount, &error)) {
        emit editRefused(error);
        return false;
    }
    return true;
}

} // namespace bd

void bd::EconomicTreeModel::setEditor(DocumentEditor *editor)
{
    m_editor = editor;
}
