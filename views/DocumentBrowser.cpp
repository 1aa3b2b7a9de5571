#include "DocumentBrowser.h"

#include "itemmodels/DocumentFilterProxy.h"
#include "itemmodels/DocumentListModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

DocumentBrowser::DocumentBrowser(DocumentStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new DocumentListModel(store, this))
    , m_proxy(new DocumentFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setPlaceholderText(tr("Search department, year, status…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    // The dock is narrow: department, year and status say which document it is.
    m_view->setColumnHidden(DocumentListModel::TemplateColumn, true);
    m_view->setColumnHidden(DocumentListModel::ModifiedColumn, true);
    m_view->horizontalHeader()->setSectionResizeMode(DocumentListModel::DepartmentColumn, QHeaderView::Stretch);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DocumentFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit documentActivated(m_model->idAt(m_proxy->mapToSource(current).row()));
    });
    refresh();
}

void DocumentBrowser::refresh()
{
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->refresh();
    m_view->resizeColumnToContents(DocumentListModel::YearColumn);
    m_view->resizeColumnToContents(DocumentListModel::KindColumn);
    m_view->resizeColumnToContents(DocumentListModel::StatusColumn);
}

void DocumentBrowser::setCurrentDocument(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace bd
