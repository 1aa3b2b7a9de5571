#include "ValidationPanel.h"

#include "editing/DocumentSession.h"
#include "itemmodels/FindingsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace bd {

ValidationPanel::ValidationPanel(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(session, this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    // A clean document says so: an empty list could as well mean the check did not run.
    auto showState = [this, session] {
        const bool none = m_model->rowCount() == 0;
        m_view->setHidden(none);
        m_empty->setVisible(none);
        m_empty->setText(!session->hasDocument() ? tr("No document is open.")
                         : m_model->isPending()  ? tr("Checking…")
                                                 : tr("No problems found: the document passes every rule of the check."));
    };
    connect(m_model, &FindingsModel::checked, this, showState);
    connect(m_model, &QAbstractItemModel::modelReset, this, showState);
    showState();
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
