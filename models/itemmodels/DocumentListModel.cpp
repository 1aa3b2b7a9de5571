#include "DocumentListModel.h"

#include "itemmodels/BudgetRoles.h"
#include "store/DocumentStore.h"
#include "templates/TemplateDescription.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlRecord>

namespace bd {

namespace {

// The shown columns first, in Column order; the id last, read by idAt() but not shown. The
// kind (预算 / 决算) is the template's: its id is read for that column too.
const QString kQuery = QStringLiteral(
    "SELECT department, year, template_id, template_id, status, modified, id FROM documents "
    "ORDER BY department, year, id");
constexpr int kIdField = DocumentListModel::ColumnCount;

const char *const kColumnKeys[DocumentListModel::ColumnCount] = {"department", "year", "kind", "template", "status",
                                                                  "modified"};

} // namespace

DocumentListModel::DocumentListModel(DocumentStore *store, QObject *parent)
    : QSqlQueryModel(parent)
{
    setStore(store);
}

void DocumentListModel::setStore(DocumentStore *store)
{
    m_store = store;
    refresh();
}

bool DocumentListModel::refresh()
{
    if (!m_store || !m_store->isOpen()) {
        clear();
        return m_store == nullptr;
    }
    setQuery(kQuery, m_store->database());
    if (lastError().isValid()) {
        clear();
        return false;
    }
    // SQLite cannot tell the size of a result: fetch it all, so that rowCount() is the number
    // of documents (a browser shows them all anyway).
    while (canFetchMore())
        fetchMore();
    return true;
}

qint64 DocumentListModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return QSqlQueryModel::data(createIndex(row, kIdField), Qt::EditRole).toLongLong();
}

int DocumentListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    // The id is fetched but not a column.
    if (parent.isValid())
        return 0;
    const int fields = QSqlQueryModel::columnCount();
    return fields > kIdField ? int(ColumnCount) : fields;
}

QString DocumentListModel::statusText(const QString &key) const
{
    if (key == QLatin1String("draft"))
        return tr("Draft");
    if (key == QLatin1String("published"))
        return tr("Published");
    return key;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    // The hidden id field: QSqlQueryModel::record() reads every field through data().
    if (index.column() >= ColumnCount)
        return QSqlQueryModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case DocumentIdRole:
        return idAt(index.row());
    case StatusKeyRole:
        return QSqlQueryModel::data(this->index(index.row(), StatusColumn), Qt::EditRole);
    case Qt::EditRole:
        if (index.column() == KindColumn)
            return documentKindKey(documentKindOf(QSqlQueryModel::data(index, Qt::EditRole).toString()));
        return QSqlQueryModel::data(index, Qt::EditRole);
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == TemplateColumn)
            return QSqlQueryModel::data(index, Qt::EditRole); // the template's id
        return {};
    default:
        return {};
    }

    const QVariant raw = QSqlQueryModel::data(index, Qt::EditRole);
    switch (index.column()) {
    case KindColumn:
        return documentKindName(documentKindOf(raw.toString()));
    case TemplateColumn:
        if (const auto templ = TemplateRegistry::instance().find(raw.toString()))
            return templ->name;
        return raw.toString();
    case StatusColumn:
        return statusText(raw.toString());
    case ModifiedColumn: {
        // Stored as ISO 8601 UTC; shown in the user's time zone and locale.
        const QDateTime utc = QDateTime::fromString(raw.toString(), Qt::ISODateWithMs);
        if (!utc.isValid())
            return raw.toString();
        return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
    }
    case YearColumn:
        return QString::number(raw.toInt());
    default:
        return raw.toString();
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case DepartmentColumn: return tr("Department");
        case YearColumn: return tr("Year");
        case KindColumn: return tr("Kind");
        case TemplateColumn: return tr("Template");
        case StatusColumn: return tr("Status");
        default: return tr("Modified");
        }
    case ColumnKeyRole:
        return QString::fromLatin1(kColumnKeys[section]);
    default:
        return QSqlQueryModel::headerData(section, orientation, role);
    }
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QSqlQueryModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(StatusKeyRole, "statusKey");
    return names;
}

} // namespace bd
