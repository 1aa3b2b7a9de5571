#include "ValidationPanel.h"

#include "itemmodels/FindingsModel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace bd {

ValidationPanel::ValidationPanel(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(session, this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::LineColumn, QHeaderView::ResizeToContents);
    // Errors and warnings open; the many rounding notices stay folded.
    auto expand = [this] {
        for (int g = 0; g < m_model->rowCount(); ++g) {
            const QModelIndex group = m_model->index(g, 0);
            if (group.data(FindingsModel::SeverityRole).toInt() != int(Severity::Notice))
                m_view->expandRecursively(group);
        }
    };
    connect(m_model, &FindingsModel::checked, this, expand);
    expand();
    auto activate = [this](const QModelIndex &index) {
        if (const Finding *f = m_model->findingAt(index))
            emit findingActivated(*f);
    };
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::doubleClicked, this, activate);
}

} // namespace bd
