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

// The status as the list shows it: a draft a reviewer has passed is 已审核 (schema 12).
const QString kStatus = QStringLiteral("(CASE WHEN status = 'draft' AND %1 THEN 'reviewed' ELSE status END)").arg(reviewedSql());
// In Row's order.
const QString kSelect = QStringLiteral("SELECT department, year, template_id, %1, modified, id, source_name "
                                       "FROM documents").arg(kStatus);
// ORDER BY per column; a kind sorts with its template.
const char *const kOrderBy[DocumentListModel::ColumnCount] = {"department", "year", "template_id", "template_id",
                                                               "status", "modified"};
// Rows read at a time: a screenful or two.
constexpr int kPageSize = 128;

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
    : QAbstractTableModel(parent)
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
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    m_error = {};
    m_where.clear();
    m_values.clear();
    bool ok = m_store == nullptr;
    if (m_store && m_store->isOpen()) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QStringList words = m_search.split(space, Qt::SkipEmptyParts);
        QStringList where;
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
                m_values.append(containsPattern(word));
        }
        m_where = where.join(QStringLiteral(" AND "));
        if (auto rows = readRows(kPageSize)) {
            m_rows = std::move(*rows);
            ok = true;
        }
    }
    endResetModel();
    return ok;
}

void DocumentListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
}

QString DocumentListModel::orderSql() const
{
    QString sql = QStringLiteral(" ORDER BY ");
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount)
        sql += QLatin1String(kOrderBy[m_sortColumn]) + (m_sortOrder == Qt::AscendingOrder ? QLatin1String(" ASC, ") : QLatin1String(" DESC, "));
    return sql + QStringLiteral("department, year, id");
}

std::optional<QList<DocumentListModel::Row>> DocumentListModel::readRows(int count)
{
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    const QString sql = kSelect + (m_where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_where) + orderSql()
        + QStringLiteral(" LIMIT %1 OFFSET %2").arg(count).arg(m_rows.size());
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &v : std::as_const(m_values))
            query.addBindValue(v);
        ok = query.exec();
    }
    if (!ok) {
        m_error = query.lastError();
        m_atEnd = true;
        return std::nullopt;
    }
    QList<Row> rows;
    while (query.next())
        rows.append(Row{query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                        query.value(6).toString()});
    m_atEnd = rows.size() < count;
    return rows;
}

void DocumentListModel::appendRows(int count)
{
    const auto rows = readRows(count);
    if (!rows || rows->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows->size()) - 1);
    m_rows.append(*rows);
    endInsertRows();
}

bool DocumentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_store && m_store->isOpen();
}

void DocumentListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        appendRows(kPageSize);
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
    refresh(); // a reset: the rows are those of another order
}

qint64 DocumentListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DocumentListModel::rowOf(qint64 id)
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    if (!id || !canFetchMore())
        return -1;
    // Not read yet: the database counts the listed documents before it, in the list's order,
    // and the rows up to it are read at once.
    const QString listed = m_where.isEmpty() ? QString() : QStringLiteral(" AND ") + m_where;
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT department, year, template_id, status, modified FROM documents "
                                      "WHERE id = ?") + listed))
        return -1;
    query.addBindValue(qlonglong(id));
    for (const QVariant &v : std::as_const(m_values))
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return -1;
    // The order's columns and directions, with the document's value of each.
    QList<std::pair<QString, bool>> keys; // column, descending
    if (m_sortColumn >= 0 && m_sortColumn < ColumnCount)
        keys.append({QLatin1String(kOrderBy[m_sortColumn]), m_sortOrder == Qt::DescendingOrder});
    for (const char *column : {"department", "year", "id"})
        keys.append({QLatin1String(column), false});
    QVariantList values;
    QStringList before; // listed before it: equal on the first keys, then before on one
    QString equal;
    for (const auto &[column, descending] : keys) {
        values.append(column == QLatin1String("id") ? QVariant(qlonglong(id)) : query.record().value(column));
        before.append(QLatin1Char('(') + equal + column + (descending ? QLatin1String(" > ?)") : QLatin1String(" < ?)")));
        equal += column + QStringLiteral(" = ? AND ");
    }
    QSqlQuery count(m_store->database());
    count.setForwardOnly(true);
    if (!count.prepare(QStringLiteral("SELECT COUNT(*) FROM documents WHERE (%1)").arg(before.join(QStringLiteral(" OR ")))
                       + listed))
        return -1;
    for (int k = 0; k < values.size(); ++k)
        for (int j = 0; j <= k; ++j)
            count.addBindValue(values.at(j));
    for (const QVariant &v : std::as_const(m_values))
        count.addBindValue(v);
    if (!count.exec() || !count.next())
        return -1;
    const int row = count.value(0).toInt();
    if (row >= m_rows.size())
        appendRows(row + 1 - int(m_rows.size()));
    return idAt(row) == id ? row : -1; // -1 too when the list has changed since it was read
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = &m_rows.at(index.row());
    switch (role) {
    case DocumentIdRole:
        return row->id;
    case StatusKeyRole:
        return row->status;
    case Qt::EditRole:
        switch (index.column()) {
        case DepartmentColumn: return row->department;
        case YearColumn: return row->year;
        case KindColumn: return documentKindKey(documentKindOf(row->templateId));
        case TemplateColumn: return row->templateId;
        case StatusColumn: return row->status;
        default: return row->modified;
        }
    case Qt::ToolTipRole:
        if (index.column() == TemplateColumn)
            return row->templateId;
        if (index.column() == DepartmentColumn) {
            // Which of two alike documents this is: where it came from, and when.
            const QString modified = data(this->index(index.row(), ModifiedColumn), Qt::DisplayRole).toString();
            return row->source.isEmpty() ? tr("Saved %1").arg(modified) : tr("From %1, saved %2").arg(row->source, modified);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case DepartmentColumn:
        return row->department;
    case YearColumn:
        return QString::number(row->year);
    case KindColumn:
        return documentKindName(documentKindOf(row->templateId));
    case TemplateColumn:
        if (const auto templ = TemplateRegistry::instance().find(row->templateId))
            return templ->name;
        return row->templateId;
    case StatusColumn:
        return statusText(row->status);
    default: {
        // Stored as ISO 8601 UTC; shown in the user's time zone and locale.
        const QDateTime utc = QDateTime::fromString(row->modified, Qt::ISODateWithMs);
        if (!utc.isValid())
            return row->modified;
        return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
    }
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
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
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DocumentIdRole, "documentId");
    names.insert(StatusKeyRole, "statusKey");
    return names;
}

} // namespace bd
