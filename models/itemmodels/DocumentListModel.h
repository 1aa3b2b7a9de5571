#pragma once

#include <QSqlQueryModel>

namespace bd {

class DocumentStore;

// The documents of the store for the document browser: one row per document, ordered by
// department, year and id, with the columns 部门, 年度, 模板, 状态 (草稿/已发布) and 修改时间 (local
// time). The display role shows them for people; Qt::EditRole gives the stored values (the
// year as a number, the status key, the template id, the UTC ISO time), which sort right.
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

    // Runs the query again (and fetches every row, so rowCount() is the number of documents).
    // False with lastError() set when the query fails; the model is then empty.
    bool refresh();
    // The store id of a row; 0 when out of range.
    qint64 idAt(int row) const;
    // The row of a store id; -1 when not listed.
    int rowOf(qint64 id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString statusText(const QString &key) const;

    DocumentStore *m_store = nullptr;
};

} // namespace bd
