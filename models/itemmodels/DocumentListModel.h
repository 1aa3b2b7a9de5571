#pragma once

#include <QSqlQueryModel>

namespace bd {

class DocumentStore;

// The documents of the store for the document browser: one row per document, ordered by
// department, year and id, with the columns 部门, 年度, 模板, 状态 (草稿/已发布) and 修改时间 (local
// time). The display role shows them for people; Qt::EditRole gives the stored values (the
// year as a number, the status key, the template id, the UTC ISO time). The department's
// tooltip says where the document came from and when it was imported or saved.
//
// Searching and sorting are the database's (WHERE and ORDER BY), and rows are fetched as the
// view scrolls to them, so a store of ten thousand documents opens as fast as one of ten.
//
// Reads the store's connection; call refresh() after a save or a removal. The store must
// outlive the model (or be replaced by setStore(nullptr) first).
class DocumentListModel : public QSqlQueryModel
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

    // Runs the query again (rows are fetched as they are needed: rowCount() is what has been
    // fetched so far). False with lastError() set when the query fails; the model is then empty.
    bool refresh();
    // The store id of a row; 0 when out of range.
    qint64 idAt(int row) const;
    // The row of a store id, fetching further rows until it comes; -1 when not listed.
    int rowOf(qint64 id);

    // Keeps the rows in which every word of text occurs (case-insensitively) in the
    // department, the year or the status, as shown (草稿/Draft) or as stored ("draft").
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Orders by a column's stored values (years as numbers, times in time order), then by
    // department, year and id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

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

    DocumentStore *m_store = nullptr;
    QString m_search;
    int m_sortColumn = -1; // -1: department, year, id
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace bd
