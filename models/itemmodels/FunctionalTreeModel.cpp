#include "FunctionalTreeModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "codes/CodeCatalogue.h"
#include "document/DocumentSession.h"

#include <QFont>
#include <QMap>

#include <algorithm>

namespace bd {

namespace {

// The source groups a document may have money in, in the order the income tables print them.
// The keys are ChartData::revenueStructure's, so a chart slice and a column name each other.
struct SourceGroup
{
    const char *key;
    const char *group; // fundSourceGroup() name
};
constexpr SourceGroup kSourceGroups[] = {
    {"general_budget", "@gpb"},
    {"gov_fund", "@fund"},
    {"state_capital", "@capital"},
    {"fiscal_special", "fiscal_special"},
    {"unit_funds", "@unit"},
    {"carry_over", "@carry"},
};

// The codes from the 类 down to code itself: "2010301" → 201, 20103, 2010301. A code that is
// not 3/5/7 digits still gets a row, under the 类/款 its leading digits name.
QStringList codeChain(const QString &code)
{
    QStringList chain;
    if (code.size() > 3)
        chain.append(code.left(3));
    if (code.size() > 5)
        chain.append(code.left(5));
    chain.append(code);
    return chain;
}

void addTo(std::optional<Amount> &slot, Amount a)
{
    slot = slot.value_or(Amount()) + a;
}

const DisclosureTable *publishedById(const BudgetDocument &doc, const QString &id)
{
    for (const DisclosureTable &t : doc.published)
        if (t.id == id)
            return &t;
    return nullptr;
}

// The published value of a row over some columns of a published table: the sum of those
// cells (an empty cell counts as zero, as printed). nullopt without the row or the columns.
std::optional<Amount> publishedSum(const DisclosureTable *table, const QString &rowKey,
                                   const QList<int> &columns)
{
    if (!table || columns.isEmpty())
        return std::nullopt;
    const TableRow *row = table->findRow(rowKey);
    if (!row)
        return std::nullopt;
    Amount sum;
    for (int c : columns)
        if (c >= 0 && c < row->cells.size())
            sum += row->cells[c].amount.value_or(Amount());
    return sum;
}

QVariant fenVariant(const std::optional<Amount> &a)
{
    return a ? QVariant::fromValue<qint64>(a->fen()) : QVariant();
}

} // namespace

bool FunctionalTreeModel::Node::sameFigures(const Node &o) const
{
    return name == o.name && values == o.values && published == o.published
           && prior == o.prior && change == o.change && changePercent == o.changePercent;
}

bool FunctionalTreeModel::Tree::sameStructure(const Tree &o) const
{
    if (columns != o.columns || nodes.size() != o.nodes.size())
        return false;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].code != o.nodes[i].code || nodes[i].parent != o.nodes[i].parent)
            return false;
    return true;
}

FunctionalTreeModel::FunctionalTreeModel(DocumentSession *session, QObject *parent)
    : QAbstractItemModel(parent)
{
    m_tree = build();
    setSession(session);
}

void FunctionalTreeModel::setSession(DocumentSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::documentReset, this, &FunctionalTreeModel::reset);
        connect(m_session, &DocumentSession::documentChanged, this, &FunctionalTreeModel::update);
        // The session going away leaves nothing to show.
        connect(m_session, &QObject::destroyed, this, &FunctionalTreeModel::reset);
    }
    reset();
}

void FunctionalTreeModel::reset()
{
    beginResetModel();
    m_tree = build();
    endResetModel();
}

// The same document's figures changed. When the rows and columns stay the same (an amount was
// edited) the figures are swapped in place and only the changed rows are announced; a new
// row, a vanished one or a new source column resets the model.
void FunctionalTreeModel::update()
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

    const int lastColumn = int(m_tree.columns.size()) - 1;
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
            emit dataChanged(index(first, 0, parent), index(last, lastColumn, parent));
    };
    announce(m_tree.roots, QModelIndex());
    for (size_t id = 0; id < m_tree.nodes.size(); ++id) {
        const Node &node = m_tree.nodes[id];
        if (!node.children.isEmpty())
            announce(node.children, createIndex(node.row, 0, quintptr(id)));
    }
}

FunctionalTreeModel::Tree FunctionalTreeModel::build() const
{
    Tree tree;
    tree.columns = {{Column::Name, QStringLiteral("name"), {}},
                    {Column::Total, QStringLiteral("total"), {}},
                    {Column::Basic, QStringLiteral("basic"), {}},
                    {Column::Project, QStringLiteral("project"), {}}};
    if (!m_session || !m_session->hasDocument())
        return tree;

    const BudgetDocument &doc = m_session->document();
    const Schedules &s = doc.schedules;

    for (const SourceGroup &g : kSourceGroups) {
        const QList<FundSource> sources = fundSourceGroup(QLatin1String(g.group));
        Amount sum;
        for (FundSource src : sources)
            sum += s.sourceTotal(src);
        if (!sum.isZero())
            tree.columns.append({Column::Source, QLatin1String(g.key), sources});
    }

    // Every code and its ancestors; a QMap keeps them in code order, which is the tree's
    // pre-order (a parent's code is a prefix of its children's, so it sorts first).
    struct Draft
    {
        int level = 0;
        QString parent;
        QString lineName;
        std::optional<Amount> total, basic, project;
        QList<std::optional<Amount>> sources;
        Amount generalBudget;
    };
    const QList<FundSource> gpb = fundSourceGroup(QStringLiteral("@gpb"));
    QMap<QString, Draft> drafts;
    for (const FunctionalLine &line : s.functional) {
        const QStringList chain = codeChain(line.code);
        for (int i = 0; i < chain.size(); ++i) {
            Draft &d = drafts[chain[i]];
            d.level = i + 1;
            d.parent = i > 0 ? chain[i - 1] : QString();
            if (d.sources.isEmpty())
                d.sources.resize(tree.columns.size());
            if (chain[i] == line.code && d.lineName.isEmpty())
                d.lineName = line.name;
            addTo(d.total, line.amount);
            addTo(isBasic(line.phase) ? d.basic : d.project, line.amount);
            for (int c = 0; c < tree.columns.size(); ++c)
                if (tree.columns[c].kind == Column::Source && tree.columns[c].sources.contains(line.source))
                    addTo(d.sources[c], line.amount);
            if (gpb.contains(line.source))
                d.generalBudget += line.amount;
        }
    }

    const CodeCatalogue &catalogue = CodeCatalogue::forYear(doc.year);
    tree.nodes.reserve(size_t(drafts.size()));
    for (auto it = drafts.cbegin(); it != drafts.cend(); ++it) {
        const Draft &d = it.value();
        Node node;
        node.code = it.key();
        node.level = d.level;
        // 类 and 款 are named by the year's catalogue; a 项 as the document prints it.
        const QString catalogueName = catalogue.name(Classification::Functional, node.code);
        node.name = d.level >= 3 ? (d.lineName.isEmpty() ? catalogueName : d.lineName)
                                 : (catalogueName.isEmpty() ? d.lineName : catalogueName);
        node.values = d.sources;
        node.values.resize(tree.columns.size());
        for (int c = 0; c < tree.columns.size(); ++c) {
            switch (tree.columns[c].kind) {
            case Column::Total: node.values[c] = d.total; break;
            case Column::Basic: node.values[c] = d.basic; break;
            case Column::Project: node.values[c] = d.project; break;
            default: break;
            }
        }
        node.generalBudget = d.generalBudget;
        const int id = int(tree.nodes.size());
        if (d.parent.isEmpty()) {
            node.parent = -1;
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

    // Last year's figures: stated per 项; a 款 or 类 has one only when all its children do
    // (a partial sum would be a wrong figure, not a smaller one). Children come after their
    // parent in pre-order, so walking backwards sees them first.
    bool anyPrior = false;
    for (auto it = tree.nodes.rbegin(); it != tree.nodes.rend(); ++it) {
        Node &node = *it;
        if (node.children.isEmpty()) {
            node.prior = s.priorOf(QStringLiteral("functional.") + node.code);
        } else {
            Amount sum;
            bool complete = true;
            for (int child : node.children) {
                const std::optional<Amount> &p = tree.nodes[size_t(child)].prior;
                complete = complete && p.has_value();
                if (p)
                    sum += *p;
            }
            if (complete)
                node.prior = sum;
        }
        if (node.prior) {
            anyPrior = true;
            node.change = node.generalBudget - *node.prior;
            node.changePercent = percentHundredths(*node.change, *node.prior);
        }
    }
    if (anyPrior) {
        tree.columns.append({Column::Prior, QStringLiteral("prior"), {}});
        tree.columns.append({Column::Change, QStringLiteral("change"), {}});
        tree.columns.append({Column::ChangePercent, QStringLiteral("change_percent"), {}});
    }

    // Published counterparts: the expenditure table for 合计/基本/项目, the income table for
    // the source groups (the template says which of its columns belong to which group).
    const DisclosureTable *expense = publishedById(doc, QStringLiteral("expense_by_function"));
    const DisclosureTable *income = publishedById(doc, QStringLiteral("income_by_function"));
    const TableSpec *incomeSpec = m_session->templ().tableById(QStringLiteral("income_by_function"));
    QList<QList<int>> publishedColumns(tree.columns.size());
    QList<const DisclosureTable *> publishedTables(tree.columns.size(), nullptr);
    for (int c = 0; c < tree.columns.size(); ++c) {
        const Column &column = tree.columns[c];
        if (column.kind == Column::Total || column.kind == Column::Basic || column.kind == Column::Project) {
            if (expense && expense->columnIndex(column.key) >= 0) {
                publishedTables[c] = expense;
                publishedColumns[c].append(expense->columnIndex(column.key));
            }
        } else if (column.kind == Column::Source && income && incomeSpec) {
            for (const ColumnSpec &spec : incomeSpec->columns) {
                if (!spec.isAmount() || !spec.measure.hasSources || spec.measure.sources.isEmpty())
                    continue;
                const bool inGroup = std::all_of(spec.measure.sources.cbegin(), spec.measure.sources.cend(),
                                                 [&](FundSource src) { return column.sources.contains(src); });
                const int index = income->columnIndex(spec.key);
                if (inGroup && index >= 0)
                    publishedColumns[c].append(index);
            }
            if (!publishedColumns[c].isEmpty())
                publishedTables[c] = income;
        }
    }
    for (Node &node : tree.nodes) {
        node.values.resize(tree.columns.size());
        node.published.resize(tree.columns.size());
        for (int c = 0; c < tree.columns.size(); ++c) {
            switch (tree.columns[c].kind) {
            case Column::Prior: node.values[c] = node.prior; break;
            case Column::Change: node.values[c] = node.change; break;
            default: break;
            }
            node.published[c] = publishedSum(publishedTables[c], node.code, publishedColumns[c]);
        }
    }
    return tree;
}

const FunctionalTreeModel::Node *FunctionalTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_tree.nodes.size())
        return nullptr;
    return &m_tree.nodes[size_t(index.internalId())];
}

QModelIndex FunctionalTreeModel::indexForCode(const QString &code) const
{
    const auto it = m_tree.byCode.constFind(code);
    if (it == m_tree.byCode.cend())
        return {};
    return createIndex(m_tree.nodes[size_t(*it)].row, 0, quintptr(*it));
}

QString FunctionalTreeModel::codeAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->code : QString();
}

int FunctionalTreeModel::columnForKey(const QString &key) const
{
    for (int c = 0; c < m_tree.columns.size(); ++c)
        if (m_tree.columns[c].key == key)
            return c;
    return -1;
}

QString FunctionalTreeModel::columnKey(int column) const
{
    return column >= 0 && column < m_tree.columns.size() ? m_tree.columns[column].key : QString();
}

QModelIndex FunctionalTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(m_tree.roots[row]));
    const Node *node = nodeOf(parent);
    if (!node)
        return {};
    return createIndex(row, column, quintptr(node->children[row]));
}

QModelIndex FunctionalTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_tree.nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int FunctionalTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tree.roots.size());
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int FunctionalTreeModel::columnCount(const QModelIndex &) const
{
    return int(m_tree.columns.size());
}

QVariant FunctionalTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_tree.nodes[size_t(index.internalId())];
    const Column &column = m_tree.columns[index.column()];
    const std::optional<Amount> &value = node.values[index.column()];
    const std::optional<Amount> &published = node.published[index.column()];
    const Unit unit = m_session && m_session->hasDocument() ? m_session->unit() : Unit::WanYuan;
    const bool numeric = column.kind != Column::Name;

    switch (role) {
    case Qt::EditRole:
        if (numeric && column.kind != Column::ChangePercent)
            return value ? value->format(unit) : QString();
        [[fallthrough]];
    case Qt::DisplayRole:
        if (column.kind == Column::Name)
            return node.name.isEmpty() ? node.code : node.code + QLatin1Char(' ') + node.name;
        if (column.kind == Column::ChangePercent)
            return node.changePercent ? formatPercent(*node.changePercent) : QString();
        return value ? value->format(unit, true) : QString();
    case Qt::ToolTipRole:
        if (published && *published != value.value_or(Amount()))
            return tr("Published %1, derived %2")
                .arg(published->format(unit, true), value.value_or(Amount()).format(unit, true));
        return {};
    case Qt::TextAlignmentRole:
        // An int, not Qt::Alignment: Qt 6.4's delegates read this role with toInt().
        return numeric ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
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
    case PriorFenRole:
        return fenVariant(node.prior);
    case ChangeFenRole:
        return fenVariant(node.change);
    case ChangePercentRole:
        return node.changePercent ? QVariant::fromValue<qint64>(*node.changePercent) : QVariant();
    case PublishedFenRole:
        return fenVariant(published);
    case DifferenceFenRole:
        return published ? QVariant::fromValue<qint64>((*published - value.value_or(Amount())).fen())
                         : QVariant();
    default:
        return {};
    }
}

QString FunctionalTreeModel::headerText(const Column &column) const
{
    switch (column.kind) {
    case Column::Name: return tr("Functional classification");
    case Column::Total: return tr("Total");
    case Column::Basic: return tr("Basic expenditure");
    case Column::Project: return tr("Project expenditure");
    case Column::Prior: return tr("Last year's budget (general public budget)");
    case Column::Change: return tr("Change (general public budget)");
    case Column::ChangePercent: return tr("Change % (general public budget)");
    case Column::Source: break;
    }
    if (column.key == QLatin1String("general_budget"))
        return tr("General public budget");
    if (column.key == QLatin1String("gov_fund"))
        return tr("Government funds");
    if (column.key == QLatin1String("state_capital"))
        return tr("State capital operations");
    if (column.key == QLatin1String("fiscal_special"))
        return tr("Fiscal special accounts");
    if (column.key == QLatin1String("unit_funds"))
        return tr("Unit funds");
    return tr("Carried over from last year");
}

QVariant FunctionalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_tree.columns.size())
        return QAbstractItemModel::headerData(section, orientation, role);
    const Column &column = m_tree.columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return headerText(column);
    case Qt::ToolTipRole:
        if (column.kind == Column::Prior || column.kind == Column::Change || column.kind == Column::ChangePercent)
            return tr("Last year's figures are the general public budget figures stated in the "
                      "narrative; the change compares them with this year's general public budget.");
        return {};
    case ColumnKeyRole:
        return column.key;
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags FunctionalTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor && !m_editor->isReadOnly() && editTarget(index))
        f |= Qt::ItemIsEditable;
    return f;
}

void FunctionalTreeModel::setEditor(DocumentEditor *editor)
{
    m_editor = editor;
}

std::optional<FunctionalTreeModel::LineKey> FunctionalTreeModel::editTarget(const QModelIndex &index) const
{
    if (!index.isValid() || !m_session || !m_session->hasDocument())
        return std::nullopt;
    const Node &node = m_tree.nodes[size_t(index.internalId())];
    const Column &column = m_tree.columns[index.column()];
    if (node.level != 3 || (column.kind != Column::Basic && column.kind != Column::Project && column.kind != Column::Source))
        return std::nullopt;
    // The lines this cell adds up; editable only when that is one line (or, for a cell with no
    // line yet, when the 项 leaves no doubt which line it would be).
    QList<const FunctionalLine *> lines;
    QList<FundSource> sources;
    QList<Phase> phases;
    for (const FunctionalLine &l : m_session->schedules().functional) {
        if (l.code != node.code)
            continue;
        if (!sources.contains(l.source))
            sources.append(l.source);
        if (!phases.contains(l.phase))
            phases.append(l.phase);
        const bool inCell = column.kind == Column::Basic ? isBasic(l.phase)
                          : column.kind == Column::Project ? l.phase == Phase::Project
                                                           : column.sources.contains(l.source);
        if (inCell)
            lines.append(&l);
    }
    if (lines.size() == 1)
        return LineKey{node.code, lines.first()->source, lines.first()->phase};
    if (!lines.isEmpty())
        return std::nullopt;
    if (column.kind == Column::Source)
        return phases.size() <= 1 ? std::optional(LineKey{node.code, column.sources.first(), phases.value(0, Phase::Basic)})
                                  : std::nullopt;
    const Phase phase = column.kind == Column::Basic ? Phase::Basic : Phase::Project;
    return sources.size() <= 1 ? std::optional(LineKey{node.code, sources.value(0, FundSource::GeneralBudget), phase})
                               : std::nullopt;
}

bool FunctionalTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editor || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto target = editTarget(index);
    QString error;
    const auto amount = amountFromEdit(value, m_session->unit(), &error);
    if (!amount || !m_editor->setFunctionalAmount(target->code, target->source, target->phase, *amount, &error)) {
        emit editRefused(error);
        return false;
    }
    return true; // the session's documentChanged updates the cells
}

QHash<int, QByteArray> FunctionalTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(budgetRoleNames());
    return names;
}

} // namespace bd
