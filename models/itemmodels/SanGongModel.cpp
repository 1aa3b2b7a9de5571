#include "SanGongModel.h"

#include "templates/TemplateDescription.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "editing/DocumentSession.h"

namespace bd {

namespace {

const char *const kItemKeys[] = {"total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation"};
const QStringList kColumnKeys = {QStringLiteral("name"), QStringLiteral("current"), QStringLiteral("prior"),
                                 QStringLiteral("change"), QStringLiteral("change_percent")};

// This year's figure of an item as published. Templates print the 三公 table either with one
// row per item ("sangong:abroad" × "total") or as one row with a column per item
// ("sangong" × "abroad").
std::optional<Amount> publishedFigure(const DisclosureTable *table, const QString &key)
{
    if (!table)
        return std::nullopt;
    const auto cell = [&](const QString &rowKey, const QString &columnKey) -> std::optional<Amount> {
        const TableRow *row = table->findRow(rowKey);
        const int c = table->columnIndex(columnKey);
        if (!row || c < 0)
            return std::nullopt;
        return c < row->cells.size() ? row->cells[c].amount.value_or(Amount()) : Amount();
    };
    if (const auto a = cell(QStringLiteral("sangong:") + key, QStringLiteral("total")))
        return a;
    return cell(QStringLiteral("sangong"), key);
}

} // namespace

SanGongModel::SanGongModel(DocumentSession *session, QObject *parent)
    : SessionModel(parent)
{
    setSession(session);
}

NodeTree SanGongModel::rowsFor(const DocumentSession *session)
{
    NodeTree rows;
    if (session && session->hasDocument())
        for (int i = 0; i < ItemCount; ++i)
            rows.add(QLatin1String(kItemKeys[i]), i == VehiclePurchase || i == VehicleOperation ? int(Vehicle) : -1);
    return rows;
}

void SanGongModel::rebuild()
{
    m_rows = rowsFor(m_session);
    m_figures = build();
}

// The rows are fixed while there is a document, so an edit only ever changes figures
// (SessionModel::replaceTree).
void SanGongModel::update()
{
    NodeTree rows = rowsFor(m_session);
    const std::array<Figures, ItemCount> next = build();
    replaceTree(rows == m_rows, [&](int item) { return !(next[size_t(item)] == m_figures[size_t(item)]); },
                [&] {
                    m_rows = std::move(rows);
                    m_figures = next;
                });
}

bool SanGongModel::isFinal() const
{
    return m_session && m_session->hasDocument() && documentKindOf(m_session->document().templateId) == DocumentKind::Final;
}

std::array<SanGongModel::Figures, SanGongModel::ItemCount> SanGongModel::build() const
{
    std::array<Figures, ItemCount> figures{};
    if (!m_session || !m_session->hasDocument())
        return figures;
    const BudgetDocument &doc = m_session->document();
    const Schedules &s = doc.schedules;

    for (int i = Abroad; i < ItemCount; ++i) {
        if (i == Vehicle)
            continue;
        if (const SanGongLine *line = s.sanGongLine(QLatin1String(kItemKeys[i]))) {
            figures[size_t(i)].current = line->total();
            // A final account compares its 决算数 with its 预算数, not with last year.
            figures[size_t(i)].prior = isFinal() ? line->budgeted : line->prior;
        }
    }
    // A sum of items knows last year only when every item does; failing that, the figure the
    // document states for the sum itself.
    const auto sum = [&](int item, std::initializer_list<int> parts) {
        Figures &f = figures[size_t(item)];
        bool complete = true;
        Amount prior;
        for (int part : parts) {
            f.current += figures[size_t(part)].current;
            complete = complete && figures[size_t(part)].prior.has_value();
            prior += figures[size_t(part)].prior.value_or(Amount());
        }
        if (complete)
            f.prior = prior;
        else
            f.prior = s.priorOf(QStringLiteral("sangong.") + QLatin1String(kItemKeys[item]));
    };
    sum(Vehicle, {VehiclePurchase, VehicleOperation});
    sum(Total, {Abroad, Reception, VehiclePurchase, VehicleOperation});

    const DisclosureTable *published = publishedById(doc, QStringLiteral("sangong"));
    for (int i = 0; i < ItemCount; ++i) {
        Figures &f = figures[size_t(i)];
        if (f.prior) {
            f.change = f.current - *f.prior;
            f.changePercent = percentHundredths(*f.change, *f.prior);
        }
        f.published = publishedFigure(published, QLatin1String(kItemKeys[i]));
    }
    return figures;
}

QString SanGongModel::label(int item) const
{
    switch (item) {
    case Total: return tr("Total");
    case Abroad: return tr("Official travel abroad");
    case Reception: return tr("Official reception");
    case Vehicle: return tr("Official vehicles: purchase and operation");
    case VehiclePurchase: return tr("Vehicle purchase");
    default: return tr("Vehicle operation");
    }
}

QModelIndex SanGongModel::indexForKey(const QString &key) const
{
    return indexOfKey(key);
}

QString SanGongModel::keyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= ItemCount)
        return {};
    return QString::fromLatin1(kItemKeys[index.internalId()]);
}

int SanGongModel::columnForKey(const QString &key) const
{
    return int(kColumnKeys.indexOf(key));
}

QString SanGongModel::columnKey(int column) const
{
    return kColumnKeys.value(column);
}

int SanGongModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SanGongModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int item = int(index.internalId());
    const Figures &f = m_figures[size_t(item)];
    const int column = index.column();
    const int level = item == Total ? 0 : (m_rows.parentOf(item) < 0 ? 1 : 2);
    const Unit unit = displayUnit(m_session);

    std::optional<Amount> value;
    if (column == CurrentColumn)
        value = f.current;
    else if (column == PriorColumn)
        value = f.prior;
    else if (column == ChangeColumn)
        value = f.change;
    const std::optional<Amount> published = column == CurrentColumn ? f.published : std::nullopt;

    switch (role) {
    case Qt::EditRole:
        if (column == CurrentColumn)
            return value ? value->format(unit) : QString();
        [[fallthrough]];
    case Qt::DisplayRole:
        if (column == NameColumn)
            return label(item);
        if (column == ChangePercentColumn)
            return f.changePercent ? formatPercent(*f.changePercent) : QString();
        return value ? value->format(unit, true) : QString();
    case Qt::ToolTipRole:
        return differenceToolTip(tr("Published %1, derived %2"), published, value, unit);
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : numberAlignment();
    case Qt::FontRole:
        return levelFont(level);
    case CodeRole:
        return QString::fromLatin1(kItemKeys[item]);
    case LevelRole:
        return level;
    case AmountFenRole:
        return fenVariant(value);
    case PriorFenRole:
        return fenVariant(f.prior);
    case ChangeFenRole:
        return fenVariant(f.change);
    case ChangePercentRole:
        return f.changePercent ? QVariant::fromValue<qint64>(*f.changePercent) : QVariant();
    case PublishedFenRole:
        return fenVariant(published);
    case DifferenceFenRole:
        return differenceFen(published, value);
    default:
        return {};
    }
}

QVariant SanGongModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case NameColumn: return tr("Item");
        case CurrentColumn: return isFinal() ? tr("Final accounts") : tr("This year");
        case PriorColumn: return isFinal() ? tr("Budget") : tr("Last year");
        case ChangeColumn: return isFinal() ? tr("Difference") : tr("Change");
        default: return isFinal() ? tr("Difference %") : tr("Change %");
        }
    case ColumnKeyRole:
        return columnKey(section);
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}

bool SanGongModel::isEditableCell(const QModelIndex &index) const
{
    return index.column() == CurrentColumn
           && QStringList{QStringLiteral("abroad"), QStringLiteral("reception"), QStringLiteral("vehicle_purchase"),
                          QStringLiteral("vehicle_operation")}.contains(keyAt(index));
}

bool SanGongModel::edit(const QModelIndex &index, const QVariant &value, QString *error)
{
    // The window edits the 一般公共预算 part, which is where "三公" money comes from in practice.
    const auto amount = amountFromEdit(value, m_session->unit(), error);
    return amount && m_editor->setSanGong(keyAt(index), FundSource::GeneralBudget, *amount, error);
}

} // namespace bd
