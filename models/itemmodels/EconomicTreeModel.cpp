#include "EconomicTreeModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "codes/CodeCatalogue.h"
#include "editing/DocumentSession.h"

#include <QMap>

namespace bd {

namespace {

const QStringList kColumnKeys = {QStringLiteral("name"), QStringLiteral("total"),
                                 QStringLiteral("personnel"), QStringLiteral("public")};

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

EconomicTreeModel::EconomicTreeModel(DocumentSession *session, QObject *parent)
    : SessionModel(parent)
{
    setSession(session);
}

void EconomicTreeModel::rebuild()
{
    m_tree = build();
}

// Figures in place, a new or vanished row by a reset (SessionModel::replaceTree).
void EconomicTreeModel::update()
{
    Tree next = build();
    replaceTree(next.shape == m_tree.shape,
                [&](int id) { return !next.nodes[size_t(id)].sameFigures(m_tree.nodes[size_t(id)]); },
                [&] { m_tree = std::move(next); });
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
        node.level = d.parent.isEmpty() ? 1 : 2;
        // 类 by the year's catalogue; 款 as the document prints it.
        const QString catalogueName = catalogue.name(Classification::Economic, it.key());
        node.name = node.level == 1 ? (catalogueName.isEmpty() ? d.lineName : catalogueName)
                                    : (d.lineName.isEmpty() ? catalogueName : d.lineName);
        node.personnel = d.personnel;
        node.publicUse = d.publicUse;
        if (const TableRow *row = published ? published->findRow(it.key()) : nullptr) {
            for (int c = TotalColumn; c < ColumnCount; ++c) {
                const int index = published->columnIndex(kColumnKeys[c]);
                if (index >= 0)
                    node.published[size_t(c)] = index < row->cells.size()
                        ? row->cells[index].amount.value_or(Amount()) : Amount();
            }
        }
        // A 类 sorts before its 款, so it is in the tree already.
        tree.shape.add(it.key(), d.parent.isEmpty() ? -1 : tree.shape.find(d.parent));
        tree.nodes.push_back(std::move(node));
    }
    return tree;
}

const EconomicTreeModel::Node *EconomicTreeModel::nodeOf(const QModelIndex &index) const
{
    const int id = nodeId(index);
    return id < 0 ? nullptr : &m_tree.nodes[size_t(id)];
}

int EconomicTreeModel::columnForKey(const QString &key) const
{
    return int(kColumnKeys.indexOf(key));
}

QString EconomicTreeModel::columnKey(int column) const
{
    return kColumnKeys.value(column);
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
    const QString &code = m_tree.shape.keyOf(int(index.internalId()));
    const int column = index.column();
    const std::optional<Amount> value = node.value(column);
    const std::optional<Amount> &published = node.published[size_t(column)];
    const Unit unit = displayUnit(m_session);

    switch (role) {
    case Qt::EditRole:
        if (column != NameColumn)
            return value ? value->format(unit) : QString();
        [[fallthrough]];
    case Qt::DisplayRole:
        if (column == NameColumn)
            return node.name.isEmpty() ? code : code + QLatin1Char(' ') + node.name;
        return value ? value->format(unit, true) : QString();
    case Qt::ToolTipRole:
        return differenceToolTip(tr("Published %1, derived %2"), published, value, unit);
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : numberAlignment();
    case Qt::FontRole:
        return levelFont(node.level);
    case CodeRole:
        return code;
    case LevelRole:
        return node.level;
    case AmountFenRole:
        return fenVariant(value);
    case PublishedFenRole:
        return fenVariant(published);
    case DifferenceFenRole:
        return differenceFen(published, value);
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

bool EconomicTreeModel::isEditableCell(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->level == 2 && (index.column() == PersonnelColumn || index.column() == PublicColumn);
}

bool EconomicTreeModel::edit(const QModelIndex &index, const QVariant &value, QString *error)
{
    const auto amount = amountFromEdit(value, m_session->unit(), error);
    return amount && m_editor->setEconomicAmount(codeAt(index), index.column() == PersonnelColumn, *amount, error);
}

} // namespace bd
