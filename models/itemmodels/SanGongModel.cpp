#include "SanGongModel.h"

#include "editing/DocumentEditor.h"
#include "itemmodels/AmountEdit.h"

#include "document/DocumentSession.h"

#include <QFont>

namespace bd {

namespace {

const char *const kItemKeys[] = {"total", "abroad", "reception", "vehicle", "vehicle_purchase", "vehicle_operation"};
const char *const kColumnKeys[SanGongModel::ColumnCount] = {"name", "current", "prior", "change", "change_percent"};

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
    : QAbstractItemModel(parent)
{
    setSession(session);
}

void SanGongModel::setSession(DocumentSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &DocumentSession::documentReset, this, &SanGongModel::reset);
        connect(m_session, &DocumentSession::documentChanged, this, &SanGongModel::update);
        connect(m_session, &QObject::destroyed, this, &SanGongModel::reset);
    }
    reset();
}

void SanGongModel::reset()
{
    beginResetModel();
    m_hasDocument = m_session && m_session->hasDocument();
    m_figures = build();
    endResetModel();
}

// The rows never change, so an edit only ever changes figures.
void SanGongModel::update()
{
    if (m_hasDocument != (m_session && m_session->hasDocument())) {
        reset();
        return;
    }
    const std::array<Figures, ItemCount> next = build();
    bool changed[ItemCount];
    for (int i = 0; i < ItemCount; ++i)
        changed[i] = !(next[size_t(i)] == m_figures[size_t(i)]);
    m_figures = next;
    if (!m_hasDocument)
        return;
    const auto announce = [&](int firstItem, int lastItem, const QModelIndex &parent) {
        int first = -1, last = -1;
        for (int i = firstItem; i <= lastItem; ++i) {
            if (!changed[i])
                continue;
            if (first < 0)
                first = rowOf(i);
            last = rowOf(i);
        }
        if (first >= 0)
            emit dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
    };
    announce(Total, Vehicle, QModelIndex());
    announce(VehiclePurchase, VehicleOperation, index(rowOf(Vehicle), 0));
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
            figures[size_t(i)].prior = line->prior;
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

int SanGongModel::parentItem(int item)
{
    return item == VehiclePurchase || item == VehicleOperation ? int(Vehicle) : -1;
}

int SanGongModel::rowOf(int item)
{
    return item >= VehiclePurchase ? item - VehiclePurchase : item;
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
    if (!m_hasDocument)
        return {};
    for (int i = 0; i < ItemCount; ++i)
        if (key == QLatin1String(kItemKeys[i]))
            return createIndex(rowOf(i), 0, quintptr(i));
    return {};
}

QString SanGongModel::keyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= ItemCount)
        return {};
    return QString::fromLatin1(kItemKeys[index.internalId()]);
}

int SanGongModel::columnForKey(const QString &key) const
{
    for (int c = 0; c < ColumnCount; ++c)
        if (key == QLatin1String(kColumnKeys[c]))
            return c;
    return -1;
}

QString SanGongModel::columnKey(int column) const
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kColumnKeys[column]) : QString();
}

QModelIndex SanGongModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(row)); // top-level items are numbered by row
    return createIndex(row, column, quintptr(VehiclePurchase + row)); // only the vehicle row has children
}

QModelIndex SanGongModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.model() != this || child.internalId() >= ItemCount)
        return {};
    const int parent = parentItem(int(child.internalId()));
    return parent < 0 ? QModelIndex() : createIndex(rowOf(parent), 0, quintptr(parent));
}

int SanGongModel::rowCount(const QModelIndex &parent) const
{
    if (!m_hasDocument)
        return 0;
    if (!parent.isValid())
        return Vehicle + 1;
    if (parent.column() > 0 || parent.model() != this)
        return 0;
    return parent.internalId() == Vehicle ? 2 : 0;
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
    const int level = item == Total ? 0 : (parentItem(item) < 0 ? 1 : 2);
    const Unit unit = m_session && m_session->hasDocument() ? m_session->unit() : Unit::WanYuan;

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
        if (published && *published != value.value_or(Amount()))
            return tr("Published %1, derived %2")
                .arg(published->format(unit, true), value.value_or(Amount()).format(unit, true));
        return {};
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (level <= 1) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
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
        return published ? QVariant::fromValue<qint64>((*published - value.value_or(Amount())).fen())
                         : QVariant();
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
        case CurrentColumn: return tr("This year");
        case PriorColumn: return tr("Last year");
        case ChangeColumn: return tr("Change");
        default: return tr("Change %");
        }
    case ColumnKeyRole:
        return columnKey(section);
    default:
        return QAbstractItemModel::headerData(section, orientation, role);
    }
}

Qt::ItemFlags SanGongModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editor && !m_editor->isReadOnly() && (index.column() == CurrentColumn && QStringList{QStringLiteral("abroad"), QStringLiteral("reception"), QStringLiteral("vehicle_purchase"), QStringLiteral("vehicle_operation")}.contains(keyAt(index))))
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> SanGongModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(budgetRoleNames());
    return names;
}


bool SanGongModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // The window edits the 一般公共预算 part, which is where "三公" money comes from in practice.
    QString error;
    const auto amount = amountFromEdit(value, m_session->unit(), &error);
    if (!amount || !m_editor->setSanGong(keyAt(index), FundSource::GeneralBudget, *amount, &error)) {
        emit editRefused(error);
        return false;
    }
    return true;
}

} // namespace bd

void bd::SanGongModel::setEditor(DocumentEditor *editor)
{
    m_editor = editor;
}
