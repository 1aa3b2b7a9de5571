#include "DocumentBrowser.h"

#include "itemmodels/DocumentListModel.h"
#include "templates/TemplateDescription.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

DocumentBrowser::DocumentBrowser(DocumentStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new DocumentListModel(store, this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Department, year, id until a header is clicked: the model's own order, so enabling the
    // sort runs no query of its own (the model has run the one it needs).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    // A department's name says where first and who last (上海市普陀区 / 商务委员会): in a narrow
    // dock the end is what tells two apart, so a name too long is cut at its start.
    m_view->setTextElideMode(Qt::ElideLeft);
    // The dock is narrow: department, year and status say which document it is.
    m_view->setColumnHidden(DocumentListModel::TemplateColumn, true);
    m_view->setColumnHidden(DocumentListModel::ModifiedColumn, true);
    m_view->horizontalHeader()->setSectionResizeMode(DocumentListModel::DepartmentColumn, QHeaderView::Stretch);
    connect(m_search, &QLineEdit::textChanged, m_model, &DocumentListModel::setSearchText);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_keepCurrentInView = false; });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid()) {
            m_current = m_model->idAt(current.row());
            emit documentActivated(m_current);
        }
    });
    // A search or a sort runs another query: the open document stays selected when listed.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setCurrentDocument(m_current); });
    retranslate();
    fitColumns();
}

void DocumentBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search department, year, status…"));
}

void DocumentBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

void DocumentBrowser::refresh()
{
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->refresh();
    fitColumns();
}

// Year, kind and status are short words of known sets: their columns fit the widest possible
// value or the header, measured once, not by reading the rows (there may be thousands).
void DocumentBrowser::fitColumns()
{
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics header = m_view->horizontalHeader()->fontMetrics();
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 24; // and the sort arrow
    const auto fit = [&](int column, const QStringList &values) {
        int width = header.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &v : values)
            width = std::max(width, metrics.horizontalAdvance(v));
        m_view->setColumnWidth(column, width + padding);
    };
    fit(DocumentListModel::YearColumn, {QStringLiteral("0000")});
    fit(DocumentListModel::KindColumn, {documentKindName(DocumentKind::Budget), documentKindName(DocumentKind::Final)});
    QStringList statuses;
    for (const QString &key : DocumentListModel::statusKeys())
        statuses.append(m_model->statusText(key));
    fit(DocumentListModel::StatusColumn, statuses);
}

void DocumentBrowser::setCurrentDocument(qint64 id)
{
    m_current = id;
    const int row = id ? m_model->rowOf(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // The view's own scrolling to the current row listens to the signals blocked above; rows
    // just read up to it are laid out first (the view would do so later, and repaint), or the
    // scroll bar would not reach them.
    m_view->doItemsLayout();
    bringCurrentIntoSight();
    m_keepCurrentInView = true;
}

void DocumentBrowser::bringCurrentIntoSight()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid() && !m_view->viewport()->rect().contains(m_view->visualRect(current)))
        m_view->scrollTo(current, QAbstractItemView::PositionAtCenter);
}

bool DocumentBrowser::eventFilter(QObject *watched, QEvent *event)
{
    // Until the user scrolls, the open document stays in sight when the view is resized (at
    // start-up the view has its size only after the document was chosen), once the view has
    // taken in its new size.
    if (event->type() == QEvent::Resize && m_keepCurrentInView && watched == m_view->viewport()) {
        QMetaObject::invokeMethod(this, [this] {
            if (m_keepCurrentInView)
                bringCurrentIntoSight();
        }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bd
