#include "ProjectsModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "itemmodels/SessionModel.h"

#include "codes/CodeCatalogue.h"
#include "editing/DocumentSession.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bd {

namespace {

const QString kClassPrefix = QStringLiteral("econ:");

} // namespace

ProjectsModel::ProjectsModel(DocumentSession *session, QObject *parent)
    : QAbstractTableModel(parent)
{
    setSession(session);
}

// A table model, so not a SessionModel; it attaches to the session the same way.
void ProjectsModel::setSession(DocumentSession *session)
{
    attachSession(this, m_session, session, [this] { reset(); }, [this] { update(); });
}

void ProjectsModel::reset()
{
    beginResetModel();
    m_table = build();
    endResetModel();
}

// Figures change in place; another number of projects or other columns reset the model.
void ProjectsModel::update()
{
    Table next = build();
    if (next.rows.size() != m_table.rows.size() || next.classes != m_table.classes || next.byUnit != m_table.byUnit) {
        beginResetModel();
        m_table = std::move(next);
        endResetModel();
        return;
    }
    int first = -1, last = -1;
    for (int r = 0; r < next.rows.size(); ++r) {
        if (next.rows[r] == m_table.rows[r])
            continue;
        if (first < 0)
            first = r;
        last = r;
    }
    const bool headersChanged = next.classNames != m_table.classNames;
    m_table = std::move(next);
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    if (headersChanged)
        emit headerDataChanged(Qt::Horizontal, FirstClassColumn, columnCount() - 1);
}

ProjectsModel::Table ProjectsModel::build() const
{
    Table table;
    if (!m_session || !m_session->hasDocument())
        return table;
    const BudgetDocument &doc = m_session->document();
    const QList<ProjectLine> &projects = doc.schedules.projects;
    const CodeCatalogue &catalogue = CodeCatalogue::forYear(doc.year);

    QSet<QString> used;
    for (const ProjectLine &p : projects)
        for (auto it = p.byEconomicClass.cbegin(); it != p.byEconomicClass.cend(); ++it)
            used.insert(it.key());
    table.classes = QStringList(used.cbegin(), used.cend());
    std::sort(table.classes.begin(), table.classes.end());
    for (const QString &cls : std::as_const(table.classes)) {
        const QString name = catalogue.name(Classification::Economic, cls);
        table.classNames.append(name.isEmpty() ? cls : name);
    }
    table.byUnit = !doc.schedules.projectUnits().isEmpty();
    const int columns = table.columnCount();

    // The published row of each project: the n-th project of a name pairs with the n-th
    // published row of that name (two projects may be printed with the same name).
    const DisclosureTable *published = publishedById(doc, QStringLiteral("gpb_projects"));
    QHash<QString, QList<const TableRow *>> publishedRows;
    if (published)
        for (const TableRow &row : published->rows)
            publishedRows[row.key].append(&row);
    QHash<QString, int> seen;

    for (const ProjectLine &p : projects) {
        Row row;
        row.name = p.name;
        row.functionalCode = p.functionalCode;
        QString functionalName = p.functionalName;
        if (functionalName.isEmpty())
            functionalName = catalogue.name(Classification::Functional, p.functionalCode);
        row.functionalLabel = functionalName.isEmpty() ? p.functionalCode
                                                       : p.functionalCode + QLatin1Char(' ') + functionalName;
        row.sourceName = fundSourceName(p.source);
        if (table.byUnit)
            row.unit = doc.schedules.projectUnit(p);
        row.values.resize(columns);
        row.published.resize(columns);
        row.values[TotalColumn] = p.total();
        for (int i = 0; i < table.classes.size(); ++i) {
            const auto it = p.byEconomicClass.constFind(table.classes[i]);
            if (it != p.byEconomicClass.cend())
                row.values[FirstClassColumn + i] = *it;
        }

        const QString key = QStringLiteral("project:") + p.name;
        const int occurrence = seen[key]++;
        const QList<const TableRow *> candidates = publishedRows.value(key);
        if (occurrence < candidates.size()) {
            const TableRow *pub = candidates[occurrence];
            const auto cell = [&](const QString &columnKey) -> std::optional<Amount> {
                const int c = published->columnIndex(columnKey);
                if (c < 0)
                    return std::nullopt;
                return c < pub->cells.size() ? pub->cells[c].amount.value_or(Amount()) : Amount();
            };
            row.published[TotalColumn] = cell(QStringLiteral("total"));
            for (int i = 0; i < table.classes.size(); ++i)
                row.published[FirstClassColumn + i] = cell(kClassPrefix + table.classes[i]);
        } else if (p.statedTotal) {
            // No published table (a draft), but the schedules remember the stated total.
            row.published[TotalColumn] = *p.statedTotal;
        }
        table.rows.append(row);
    }
    return table;
}

QList<int> ProjectsModel::rowsForCode(const QString &prefix) const
{
    QList<int> rows;
    for (int r = 0; r < m_table.rows.size(); ++r)
        if (m_table.rows[r].functionalCode.startsWith(prefix))
            rows.append(r);
    return rows;
}

int ProjectsModel::columnForKey(const QString &key) const
{
    for (int c = 0; c < columnCount(); ++c)
        if (columnKey(c) == key)
            return c;
    return -1;
}

int ProjectsModel::unitColumn() const
{
    return m_table.byUnit ? FirstClassColumn + int(m_table.classes.size()) : -1;
}

QString ProjectsModel::columnKey(int column) const
{
    if (column >= 0 && column == unitColumn())
        return QStringLiteral("unit");
    switch (column) {
    case NameColumn: return QStringLiteral("name");
    case FunctionalColumn: return QStringLiteral("functional");
    case SourceColumn: return QStringLiteral("source");
    case TotalColumn: return QStringLiteral("total");
    default:
        if (column > TotalColumn && column < columnCount())
            return kClassPrefix + m_table.classes[column - FirstClassColumn];
        return {};
    }
}

int ProjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ProjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant ProjectsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_table.rows[index.row()];
    const int column = index.column();
    const bool isUnit = column == unitColumn();
    const bool isAmount = column >= TotalColumn && !isUnit;
    const std::optional<Amount> &value = row.values[column];
    const std::optional<Amount> &published = row.published[column];
    const Unit unit = displayUnit(m_session);

    switch (role) {
    case Qt::EditRole:
        if (isAmount && column >= FirstClassColumn)
            return value ? value->format(unit) : QString();
        [[fallthrough]];
    case Qt::DisplayRole:
        if (isUnit)
            return row.unit;
        switch (column) {
        case NameColumn: return row.name;
        case FunctionalColumn: return row.functionalLabel;
        case SourceColumn: return row.sourceName;
        default: return value ? value->format(unit, true) : QString();
        }
    case Qt::ToolTipRole:
        return differenceToolTip(tr("Published %1, derived %2"), published, value, unit);
    case Qt::TextAlignmentRole:
        return isAmount ? numberAlignment() : QVariant();
    case CodeRole:
        return row.functionalCode;
    case LevelRole:
        return 4; // a project row, below the 项 (as DisclosureTableModel numbers it)
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

QString ProjectsModel::summary() const
{
    if (!m_session || !m_session->hasDocument())
        return QString();
    const BudgetDocument &doc = m_session->document();
    const Unit unit = displayUnit(m_session);
    Amount listed;
    QList<FundSource> sources;
    for (const ProjectLine &p : doc.schedules.projects) {
        listed += p.total();
        if (!sources.contains(p.source))
            sources.append(p.source);
    }
    Amount spent;
    QMap<FundSource, Amount> bySource;
    for (const FunctionalLine &l : doc.schedules.functional)
        if (!isBasic(l.phase)) { // as the 功能分类 tree's 项目支出 column counts it
            spent += l.amount;
            bySource[l.source] += l.amount;
        }
    if (doc.schedules.projects.isEmpty())
        return tr("No project is listed; project expenditure %1").arg(spent.format(unit, true));
    QString text = tr("Projects listed: %1, totalling %2; project expenditure %3")
                       .arg(doc.schedules.projects.size())
                       .arg(listed.format(unit, true), spent.format(unit, true));
    std::sort(sources.begin(), sources.end());
    QStringList parts;
    Amount fromThem;
    for (FundSource s : std::as_const(sources)) {
        parts.append(tr("%1 %2").arg(fundSourceName(s), bySource.value(s).format(unit, true)));
        fromThem += bySource.value(s);
    }
    if (!parts.isEmpty() && fromThem != spent)
        text += tr(", of which %1").arg(parts.join(tr(", ")));
    return text;
}

QVariant ProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool isUnit = section == unitColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (isUnit)
            return tr("Unit");
        switch (section) {
        case NameColumn: return tr("Project");
        case FunctionalColumn: return tr("Functional classification");
        case SourceColumn: return tr("Funding source");
        case TotalColumn: return tr("Total");
        default: return m_table.classNames[section - FirstClassColumn];
        }
    case Qt::ToolTipRole:
        if (section >= FirstClassColumn && !isUnit)
            return m_table.classes[section - FirstClassColumn];
        return {};
    case ColumnKeyRole:
        return columnKey(section);
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags ProjectsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor && !m_editor->isReadOnly() && index.column() >= FirstClassColumn && index.column() != unitColumn())
        f |= Qt::ItemIsEditable;
    return f;
}

void ProjectsModel::setEditor(DocumentEditor *editor)
{
    m_editor = editor;
}

bool ProjectsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QString error;
    const auto amount = amountFromEdit(value, m_session->unit(), &error);
    // Rows are the schedule's projects in order.
    if (!amount || !m_editor->setProjectAmount(index.row(), m_table.classes.value(index.column() - FirstClassColumn), *amount, &error)) {
        emit editRefused(error);
        return false;
    }
    return true;
}

QHash<int, QByteArray> ProjectsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(budgetRoleNames());
    return names;
}

} // namespace bd
