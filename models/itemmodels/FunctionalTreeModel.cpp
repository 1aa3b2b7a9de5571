#include "FunctionalTreeModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "codes/CodeCatalogue.h"
#include "editing/DocumentSession.h"

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

} // namespace

bool FunctionalTreeModel::Node::sameFigures(const Node &o) const
{
    return name == o.name && values == o.values && published == o.published
           && prior == o.prior && change == o.change && changePercent == o.changePercent;
}

FunctionalTreeModel::FunctionalTreeModel(DocumentSession *session, QObject *parent)
    : SessionModel(parent)
{
    // Without a session setSession() does not reset, and the name and amount columns are
    // shown even then.
    m_tree = build();
    setSession(session);
}

void FunctionalTreeModel::rebuild()
{
    m_tree = build();
}

// An edited amount changes figures in place; a new row, a vanished one or a new source
// column resets the model (SessionModel::replaceTree).
void FunctionalTreeModel::update()
{
    Tree next = build();
    replaceTree(next.sameStructure(m_tree),
                [&](int id) { return !next.nodes[size_t(id)].sameFigures(m_tree.nodes[size_t(id)]); },
                [&] { m_tree = std::move(next); });
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
        node.level = d.level;
        // 类 and 款 are named by the year's catalogue; a 项 as the document prints it.
        const QString catalogueName = catalogue.name(Classification::Functional, it.key());
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
        // A parent's code sorts before its children's, so it is in the tree already.
        tree.shape.add(it.key(), d.parent.isEmpty() ? -1 : tree.shape.find(d.parent));
        tree.nodes.push_back(std::move(node));
    }

    // Last year's figures: stated per 项; a 款 or 类 has one only when all its children do
    // (a partial sum would be a wrong figure, not a smaller one). Children come after their
    // parent in pre-order, so walking backwards sees them first.
    bool anyPrior = false;
    for (int id = tree.shape.size() - 1; id >= 0; --id) {
        Node &node = tree.nodes[size_t(id)];
        const QList<int> &children = tree.shape.childrenOf(id);
        if (children.isEmpty()) {
            node.prior = s.priorOf(QStringLiteral("functional.") + tree.shape.keyOf(id));
        } else {
            Amount sum;
            bool complete = true;
            for (int child : children) {
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
    for (int id = 0; id < tree.shape.size(); ++id) {
        Node &node = tree.nodes[size_t(id)];
        node.values.resize(tree.columns.size());
        node.published.resize(tree.columns.size());
        for (int c = 0; c < tree.columns.size(); ++c) {
            switch (tree.columns[c].kind) {
            case Column::Prior: node.values[c] = node.prior; break;
            case Column::Change: node.values[c] = node.change; break;
            default: break;
            }
            node.published[c] = publishedSum(publishedTables[c], tree.shape.keyOf(id), publishedColumns[c]);
        }
    }
    return tree;
}

const FunctionalTreeModel::Node *FunctionalTreeModel::nodeOf(const QModelIndex &index) const
{
    const int id = nodeId(index);
    return id < 0 ? nullptr : &m_tree.nodes[size_t(id)];
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

int FunctionalTreeModel::columnCount(const QModelIndex &) const
{
    return int(m_tree.columns.size());
}

QVariant FunctionalTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_tree.nodes[size_t(index.internalId())];
    const QString &code = m_tree.shape.keyOf(int(index.internalId()));
    const Column &column = m_tree.columns[index.column()];
    const std::optional<Amount> &value = node.values[index.column()];
    const std::optional<Amount> &published = node.published[index.column()];
    const Unit unit = displayUnit(m_session);
    const bool numeric = column.kind != Column::Name;

    switch (role) {
    case Qt::EditRole:
        if (numeric && column.kind != Column::ChangePercent)
            return value ? value->format(unit) : QString();
        [[fallthrough]];
    case Qt::DisplayRole:
        if (column.kind == Column::Name)
            return node.name.isEmpty() ? code : code + QLatin1Char(' ') + node.name;
        if (column.kind == Column::ChangePercent)
            return node.changePercent ? formatPercent(*node.changePercent) : QString();
        return value ? value->format(unit, true) : QString();
    case Qt::ToolTipRole:
        return differenceToolTip(tr("Published %1, derived %2"), published, value, unit);
    case Qt::TextAlignmentRole:
        return numeric ? numberAlignment() : QVariant();
    case Qt::FontRole:
        return levelFont(node.level);
    case CodeRole:
        return code;
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
        return differenceFen(published, value);
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

bool FunctionalTreeModel::isEditableCell(const QModelIndex &index) const
{
    return editTarget(index).has_value();
}

std::optional<FunctionalTreeModel::LineKey> FunctionalTreeModel::editTarget(const QModelIndex &index) const
{
    if (!index.isValid() || !m_session || !m_session->hasDocument())
        return std::nullopt;
    const Node &node = m_tree.nodes[size_t(index.internalId())];
    const QString &code = m_tree.shape.keyOf(int(index.internalId()));
    const Column &column = m_tree.columns[index.column()];
    if (node.level != 3 || (column.kind != Column::Basic && column.kind != Column::Project && column.kind != Column::Source))
        return std::nullopt;
    // The lines this cell adds up; editable only when that is one line (or, for a cell with no
    // line yet, when the 项 leaves no doubt which line it would be).
    QList<const FunctionalLine *> lines;
    QList<FundSource> sources;
    QList<Phase> phases;
    for (const FunctionalLine &l : m_session->schedules().functional) {
        if (l.code != code)
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
        return LineKey{code, lines.first()->source, lines.first()->phase};
    if (!lines.isEmpty())
        return std::nullopt;
    if (column.kind == Column::Source)
        return phases.size() <= 1 ? std::optional(LineKey{code, column.sources.first(), phases.value(0, Phase::Basic)})
                                  : std::nullopt;
    const Phase phase = column.kind == Column::Basic ? Phase::Basic : Phase::Project;
    return sources.size() <= 1 ? std::optional(LineKey{code, sources.value(0, FundSource::GeneralBudget), phase})
                               : std::nullopt;
}

bool FunctionalTreeModel::edit(const QModelIndex &index, const QVariant &value, QString *error)
{
    const auto target = editTarget(index);
    const auto amount = amountFromEdit(value, m_session->unit(), error);
    return amount && m_editor->setFunctionalAmount(target->code, target->source, target->phase, *amount, error);
}

} // namespace bd
