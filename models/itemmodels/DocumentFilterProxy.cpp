#include "DocumentFilterProxy.h"

#include "itemmodels/DocumentListModel.h"

#include <QRegularExpression>

namespace bd {

DocumentFilterProxy::DocumentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

void DocumentFilterProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    m_words = text.split(space, Qt::SkipEmptyParts);
    invalidateFilter();
}

bool DocumentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return true;
    QStringList fields;
    for (int column : {int(DocumentListModel::DepartmentColumn), int(DocumentListModel::YearColumn),
                       int(DocumentListModel::StatusColumn)}) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        fields.append(index.data(Qt::DisplayRole).toString());
        if (column == DocumentListModel::StatusColumn)
            fields.append(index.data(Qt::EditRole).toString()); // "draft" / "published"
    }
    for (const QString &word : m_words) {
        bool found = false;
        for (const QString &field : std::as_const(fields))
            found = found || field.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

} // namespace bd
