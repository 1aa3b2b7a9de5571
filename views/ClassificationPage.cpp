#include "ClassificationPage.h"

#include "FrozenTreeView.h"
#include "SelectionHub.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace bd {

ClassificationPage::ClassificationPage(QAbstractItemModel *model, int codeRole, Link link, SelectionHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_codeRole(codeRole)
    , m_link(link)
    , m_hub(hub)
    , m_view(new FrozenTreeView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->setChildrenCollapsible(false);

    m_view->setModel(model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setDefaultAlignment(Qt::AlignCenter);
    m_view->setAllColumnsShowFocus(true);
    connect(model, &QAbstractItemModel::modelReset, this, &ClassificationPage::resizeToContents);
    resizeToContents();

    if (m_link != Link::None && hub) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClassificationPage::onCurrentChanged);
        connect(hub, &SelectionHub::functionalCodeChanged, this, &ClassificationPage::onHubChanged);
        connect(model, &QAbstractItemModel::modelReset, this, [this] { onHubChanged(m_hub->functionalCode()); });
    }
}

void ClassificationPage::setSideWidget(QWidget *widget)
{
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Charts need room for their legends: start with the two halves nearly even.
    m_splitter->setSizes({540, 500});
}

void ClassificationPage::resizeToContents()
{
    m_view->expandToDepth(0);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
}

void ClassificationPage::onCurrentChanged()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString code = current.siblingAtColumn(0).data(m_codeRole).toString();
    // Only 功能分类 codes drive the other pages (a total row or a project name does not).
    if (!code.isEmpty() && code.front().isDigit())
        m_hub->setFunctionalCode(code);
}

void ClassificationPage::onHubChanged(const QString &code)
{
    m_syncing = true;
    QItemSelectionModel *sel = m_view->selectionModel();
    sel->clearSelection();
    if (!code.isEmpty()) {
        const QModelIndexList hits = m_model->match(m_model->index(0, 0), m_codeRole, code, -1,
                                                    Qt::MatchRecursive | (m_link == Link::Prefix ? Qt::MatchStartsWith : Qt::MatchExactly));
        QItemSelection selection;
        for (const QModelIndex &hit : hits) {
            for (QModelIndex p = hit.parent(); p.isValid(); p = p.parent())
                m_view->expand(p);
            selection.select(hit, hit.siblingAtColumn(m_model->columnCount(hit.parent()) - 1));
        }
        sel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (!hits.isEmpty()) {
            sel->setCurrentIndex(hits.first(), QItemSelectionModel::NoUpdate);
            m_view->scrollTo(hits.first());
        }
    } else {
        sel->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_syncing = false;
}

} // namespace bd
