#pragma once

#include <QAbstractTableModel>
#include <QSqlError>

#include <optional>

namespace bd {

class DocumentStore;

// The documents of the store for the document browser: one row per document, ordered by
// department, year and id, with the columns 部门, 年度, 模板, 状态 (草稿/已发布) and 修改时间 (local
// time). The display role shows them for people; Qt::EditRole gives the stored values (the
// year as a number, the status key, the template id, the UTC ISO time). The department's
// tooltip says where the document came from and when it was imported or saved.
//
// Searching and sorting are the database's (WHERE and ORDER BY). Rows are read a page at a
// time (LIMIT and OFFSET) as the view scrolls to them (fetchMore), so a store of ten thousand
// documents opens as fast as one of ten on either backend: a server sends a result whole, and
// only a page is asked for. rowOf() asks the database where a document is listed and reads up
// to there.
//
// Reads the store's connection; call refresh() after a save or a removal. The store must
// outlive the model (or be replaced by setStore(nullptr) first).
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DepartmentColumn, YearColumn, KindColumn, TemplateColumn, StatusColumn, ModifiedColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 200, // qint64 store id, on every column
        StatusKeyRole,                       // QString "draft" / "published", on every column
    };
    Q_ENUM(Role)

    explicit DocumentListModel(DocumentStore *store = nullptr, QObject *parent = nullptr);

    void setStore(DocumentStore *store);
    DocumentStore *store() const { return m_store; }

    // Reads the first page again. False with lastError() set when the query fails; the model is
    // then empty.
    bool refresh();
    // Empties the model until the next refresh().
    void clear();
    QSqlError lastError() const { return m_error; }
    // The store id of a row; 0 when out of range.
    qint64 idAt(int row) const;
    // The row of a store id, reading rows up to it; -1 when not listed.
    int rowOf(qint64 id);

    // Keeps the rows in which every word of text occurs (case-insensitively) in the
    // department, the year or the status, as shown (草稿/Draft) or as stored ("draft").
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Orders by a column's stored values (years as numbers, times in time order), then by
    // department, year and id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "草稿" / "已审核" / "已发布" for a status key as the list shows it.
    QString statusText(const QString &key) const;
    // Those keys: draft, reviewed (a draft a reviewer has passed), published.
    static const QStringList &statusKeys();

private:
    struct Row {
        QString department;
        int year = 0;
        QString templateId;
        QString status; // as listed: draft, reviewed, published
        QString modified; // ISO 8601 UTC
        qint64 id = 0;
        QString source;
    };
    // Up to count rows from the database, after those read; nullopt with m_error set when the
    // query fails. Sets m_atEnd when fewer came.
    std::optional<QList<Row>> readRows(int count);
    // Reads up to count rows more and inserts them.
    void appendRows(int count);
    QString orderSql() const; // " ORDER BY …"

    DocumentStore *m_store = nullptr;
    QList<Row> m_rows; // those read so far, in order
    bool m_atEnd = true; // all are read
    QString m_where; // the search words' condition, or empty
    QVariantList m_values; // bound to m_where's placeholders
    QSqlError m_error;
    QString m_search;
    int m_sortColumn = -1; // -1: department, year, id
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace bd
