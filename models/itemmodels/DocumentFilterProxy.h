#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace bd {

// The document browser's search over a DocumentListModel: a row stays when every word of the
// search text occurs (case-insensitively) in its department, its year or its status — as
// shown (草稿/Draft) or as stored ("draft"). Sorts by the stored values (Qt::EditRole), so
// years sort as numbers and times in time order.
class DocumentFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DocumentFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace bd
