#include "DisclosureTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace bd {

namespace {

int sideOf(const TableColumn &column)
{
    return column.side == 1 ? 1 : 0;
}

std::optional<Amount> amountAt(const DisclosureTable &table, int row, int column)
{
    if (row < 0 || column < 0 || row >= table.rows.size())
        return std::nullopt;
    const QList<TableCell> &cells = table.rows[row].cells;
    if (column >= cells.size())
        return std::nullopt;
    return cells[column].amount;
}

QVariant fenVariant(const std::optional<Amount> &a)
{
    return a ? QVariant::fromValue<qint64>(a->fen()) : QVariant();
}

// Soft amber: visible on both alternating row colours without hiding the text.
const QColor differenceColor(0xFF, 0xE8, 0xB0);

} // namespace

DisclosureTableModel::DisclosureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DisclosureTableModel::setTables(const DisclosureTable *published, const DisclosureTable &derived)
{
    beginResetModel();
    if (published)
        m_published = *published;
    else
        m_published.reset();
    m_derived = derived;
    rebuild();
    endResetModel();
}

void DisclosureTableModel::clear()
{
    beginResetModel();
    m_published.reset();
    m_derived = DisclosureTable();
    rebuild();
    endResetModel();
}

void DisclosureTableModel::setShowDerived(bool showDerived)
{
    if (showDerived == m_showDerived)
        return;
    if (!m_published) {
        // The derived table is shown either way; nothing a view could see changes.
        m_showDerived = showDerived;
        return;
    }
    beginResetModel();
    m_showDerived = showDerived;
    rebuild();
    endResetModel();
}

const DisclosureTable &DisclosureTableModel::shownTable() const
{
    return isShowingDerived() ? m_derived : *m_published;
}

QString DisclosureTableModel::columnKey(int column) const
{
    const DisclosureTable &shown = shownTable();
    return column >= 0 && column < shown.columns.size() ? shown.columns[column].key : QString();
}

void DisclosureTableModel::rebuild()
{
    m_cells.clear();
    m_differenceCount = 0;
    const DisclosureTable &shown = shownTable();
    m_cells.resize(shown.rows.size());
    for (QList<CellState> &row : m_cells)
        row.resize(shown.columns.size());

    if (!m_published) {
        for (int r = 0; r < shown.rows.size(); ++r)
            for (int c = 0; c < shown.columns.size(); ++c)
                if (shown.columns[c].isAmount)
                    m_cells[r][c].derived = amountAt(shown, r, c);
        return;
    }

    const bool shownIsDerived = isShowingDerived();
    const DisclosureTable &other = shownIsDerived ? *m_published : m_derived;

    // Every shown amount cell against its counterpart.
    const RowMatch toOther(shown, other);
    for (int r = 0; r < shown.rows.size(); ++r) {
        for (int c = 0; c < shown.columns.size(); ++c) {
            const TableColumn &column = shown.columns[c];
            if (!column.isAmount)
                continue;
            const std::optional<Amount> here = amountAt(shown, r, c);
            const std::optional<Amount> there =
                amountAt(other, toOther.match(r, sideOf(column)), other.columnIndex(column.key));
            CellState &state = m_cells[r][c];
            state.published = shownIsDerived ? there : here;
            state.derived = shownIsDerived ? here : there;
            state.differs = amountsDiffer(here, there);
            if (state.differs)
                ++m_differenceCount;
        }
    }

    // Cells of the other table with no counterpart among the shown ones (a row or column
    // only one side has) differ too when they hold an amount; count them so that the count
    // is the same whichever table is shown.
    const RowMatch toShown(other, shown);
    for (int r = 0; r < other.rows.size(); ++r) {
        for (int c = 0; c < other.columns.size(); ++c) {
            const TableColumn &column = other.columns[c];
            if (!column.isAmount)
                continue;
            const int shownColumn = shown.columnIndex(column.key);
            const bool hasCounterpart = shownColumn >= 0 && shown.columns[shownColumn].isAmount
                                        && toShown.match(r, sideOf(column)) >= 0;
            if (!hasCounterpart && amountsDiffer(amountAt(other, r, c), std::nullopt))
                ++m_differenceCount;
        }
    }
}

const TableCell *DisclosureTableModel::shownCell(int row, int column) const
{
    const DisclosureTable &shown = shownTable();
    if (row < 0 || row >= shown.rows.size())
        return nullptr;
    const QList<TableCell> &cells = shown.rows[row].cells;
    return column >= 0 && column < cells.size() ? &cells[column] : nullptr;
}

QString DisclosureTableModel::toolTip(const CellState &state) const
{
    const DisclosureTable &shown = shownTable();
    const auto text = [&](const std::optional<Amount> &a) {
        return a ? shown.formatAmount(a) : tr("empty");
    };
    const Amount difference = state.published.value_or(Amount()) - state.derived.value_or(Amount());
    return tr("Published %1, derived %2, difference %3")
        .arg(text(state.published), text(state.derived), shown.formatAmount(difference));
}

int DisclosureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shownTable().rows.size());
}

int DisclosureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shownTable().columns.size());
}

QVariant DisclosureTableModel::data(const QModelIndex &index, int role) const
{
    // Views ask about the invalid index (the root) too; anything else must be one of ours.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisclosureTable &shown = shownTable();
    const TableRow &row = shown.rows[index.row()];
    const TableColumn &column = shown.columns[index.column()];
    const TableCell *cell = shownCell(index.row(), index.column());
    const CellState &state = m_cells[index.row()][index.column()];

    switch (role) {
    case Qt::DisplayRole:
        if (!cell)
            return QString();
        // Amounts in the table's own unit and style; anything else (a text column, or a
        // placeholder such as "—" in an amount column) exactly as printed.
        if (column.isAmount && cell->amount)
            return shown.formatAmount(cell->amount);
        return cell->text;
    case Qt::TextAlignmentRole:
        // An int, not Qt::Alignment: Qt 6.4's delegates read this role with toInt().
        if (column.isAmount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (row.level <= 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return state.differs ? QVariant(QBrush(differenceColor)) : QVariant();
    case Qt::ToolTipRole:
        return state.differs ? QVariant(toolTip(state)) : QVariant();
    case AmountFenRole:
        return column.isAmount && cell ? fenVariant(cell->amount) : QVariant();
    case PublishedFenRole:
        return fenVariant(state.published);
    case DerivedFenRole:
        return fenVariant(state.derived);
    case DifferenceFenRole:
        if (!m_published || (!state.published && !state.derived))
            return {};
        return QVariant::fromValue<qint64>(
            (state.published.value_or(Amount()) - state.derived.value_or(Amount())).fen());
    case DiffersRole:
        return state.differs;
    case CodeRole:
        return rowKey(row, sideOf(column));
    case LevelRole:
        return row.level;
    case IsAmountColumnRole:
        return column.isAmount;
    case SourceLineRole:
        return cell && cell->sourceLine > 0 ? cell->sourceLine : row.sourceLine;
    default:
        return {};
    }
}

QVariant DisclosureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const DisclosureTable &shown = shownTable();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= shown.columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return shown.columns[section].header;
        if (role == HeaderRowsRole) {
            // The header as printed: the published one when there is one.
            const DisclosureTable &printed = m_published ? *m_published : m_derived;
            return QVariant::fromValue<QList<QStringList>>(printed.headerRows);
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= shown.rows.size())
        return {};
    if (role == Qt::DisplayRole)
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags DisclosureTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> DisclosureTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AmountFenRole, "amountFen");
    names.insert(PublishedFenRole, "publishedFen");
    names.insert(DerivedFenRole, "derivedFen");
    names.insert(DifferenceFenRole, "differenceFen");
    names.insert(DiffersRole, "differs");
    names.insert(CodeRole, "code");
    names.insert(LevelRole, "level");
    names.insert(IsAmountColumnRole, "isAmountColumn");
    names.insert(SourceLineRole, "sourceLine");
    names.insert(HeaderRowsRole, "headerRows");
    return names;
}

} // namespace bd
