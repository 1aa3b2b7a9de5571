#include "DocumentListModel.h"

#include "itemmodels/BudgetRoles.h"
#include "store/DocumentStore.h"
#include "store/StoreAccess.h"
#include "templates/TemplateDescription.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bd {

namespace {

// The shown columns first, in Column order; the id and the source last, read by idAt() and the
// tooltip but not shown. The kind (预算 / 决算) is the template's: its id is read for that
// column too.
// The status as the list shows it: a draft a reviewer has passed is 已审核 (schema 12).
const QString kStatus = QStringLiteral("(CASE WHEN status = 'draft' AND %1 THEN 'reviewed' ELSE status END)").arg(reviewedSql());
const QString kSelect = QStringLiteral("SELECT department, year, template_id, template_id, %1, modified, id, source_name "
                                       "FROM documents").arg(kStatus);
constexpr int kIdField = DocumentListModel::ColumnCount;
constexpr int kSourceField = kIdField + 1;
// ORDER BY per column; a kind sorts with its template.
const char *const kOrderBy[DocumentListModel::ColumnCount] = {"department", "year", "template_id", "template_id",
                                                               "status", "modified"};

// A LIKE pattern that finds text anywhere, with the pattern characters taken literally.
QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

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
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = m_search.split(space, Qt::SkipEmptyParts);
    QStringList where;
    QVariantList values;
    for (const QString &word : words) {
        // The statuses whose shown name contains the word ("草稿" finds drafts).
        QStringList statuses;
        for (const QString &key : statusKeys())
            if (statusText(key).contains(word, Qt::CaseInsensitive))
                statuses.append(QLatin1Char('\'') + key + QLatin1Char('\''));
        QString clause = QStringLiteral("(department LIKE ? ESCAPE '\\' OR CAST(year AS TEXT) LIKE ? ESCAPE '\\' "
                                        "OR status LIKE ? ESCAPE '\\'");
        if (!statuses.isEmpty())
            clause += QStringLiteral(" OR %1 IN (%2)").arg(kStatus, statuses.join(QLatin1Char(',')));
        where.append(clause + QLatin1Char(')'));
        for (int i = 0; i < 3; ++i)
            values.append(containsPattern(word));
    }
    QString sql = kSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ");
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount)
        sql += QLatin1String(kOrderBy[m_sortColumn]) + (m_sortOrder == Qt::AscendingOrder ? QLatin1String(" ASC, ") : QLatin1String(" DESC, "));
    sql += QStringLiteral("department, year, id");

    QSqlQuery query(m_store->database());
    if (!query.prepare(sql)) {
        clear();
        return false;
    }
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    query.exec();
    setQuery(std::move(query)); // rows are fetched as the view needs them
    if (lastError().isValid()) {
        clear();
        return false;
    }
    return true;
}

void DocumentListModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

void DocumentListModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh(); // a reset: the rows are those of another query
}

qint64 DocumentListModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return QSqlQueryModel::data(createIndex(row, kIdField), Qt::EditRole).toLongLong();
}

int DocumentListModel::rowOf(qint64 id)
{
    for (int row = 0;; ++row) {
        if (row == rowCount()) {
            if (!canFetchMore())
                return -1;
            fetchMore();
            if (row == rowCount())
                return -1;
        }
        if (idAt(row) == id)
            return row;
    }
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    // The id is fetched but not a column.
    if (parent.isValid())
        return 0;
    const int fields = QSqlQueryModel::columnCount();
    return fields > kIdField ? int(ColumnCount) : fields;
}

const QStringList &DocumentListModel::statusKeys()
{
    static const QStringList keys{QStringLiteral("draft"), QStringLiteral("reviewed"), QStringLiteral("published")};
    return keys;
}

QString DocumentListModel::statusText(const QString &key) const
{
    if (key == QLatin1String("draft"))
        return tr("Draft");
    if (key == QLatin1String("reviewed"))
        return tr("Reviewed");
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
        if (index.column() == DepartmentColumn) {
            // Which of two alike documents this is: where it came from, and when.
            const QString source = QSqlQueryModel::data(createIndex(index.row(), kSourceField), Qt::EditRole).toString();
            const QString modified = data(this->index(index.row(), ModifiedColumn), Qt::DisplayRole).toString();
            return source.isEmpty() ? tr("Saved %1").arg(modified) : tr("From %1, saved %2").arg(source, modified);
        }
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
