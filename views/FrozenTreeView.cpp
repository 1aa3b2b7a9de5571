#include "FrozenTreeView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace bd {

FrozenTreeView::FrozenTreeView(QWidget *parent)
    : QTreeView(parent)
    , m_frozen(new QTreeView(this))
{
    init();
}

FrozenTreeView::~FrozenTreeView() = default;

void FrozenTreeView::init()
{
    m_frozen->setObjectName(QStringLiteral("frozenColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->header()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setUniformRowHeights(true);
    setUniformRowHeights(true);
    setHorizontalScrollMode(ScrollPerPixel);
    m_frozen->setHorizontalScrollMode(ScrollPerPixel);
    m_frozen->setStyleSheet(QStringLiteral("QTreeView#frozenColumn { border: none; border-right: 1px solid palette(mid); }"));
    viewport()->stackUnder(m_frozen);

    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(), &QAbstractSlider::setValue);
    connect(this, &QTreeView::expanded, m_frozen, &QTreeView::expand);
    connect(this, &QTreeView::collapsed, m_frozen, &QTreeView::collapse);
    connect(m_frozen, &QTreeView::expanded, this, &QTreeView::expand);
    connect(m_frozen, &QTreeView::collapsed, this, &QTreeView::collapse);
    connect(header(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (logical == 0) {
            m_frozen->setColumnWidth(0, size);
            updateFrozenGeometry();
        }
    });
    // A click on the frozen column acts on the main view.
    connect(m_frozen, &QTreeView::clicked, this, &QTreeView::clicked);
    connect(m_frozen, &QTreeView::doubleClicked, this, &QTreeView::doubleClicked);
}

void FrozenTreeView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FrozenTreeView::syncColumns);
        connect(model, &QAbstractItemModel::columnsInserted, this, &FrozenTreeView::syncColumns);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &FrozenTreeView::syncColumns);
    }
    syncColumns();
}

void FrozenTreeView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    QTreeView::setSelectionModel(selectionModel);
    // QTreeView::setModel() calls this before the frozen view has the model: it follows in setModel.
    if (selectionModel && m_frozen->model() == selectionModel->model())
        m_frozen->setSelectionModel(selectionModel);
}

void FrozenTreeView::syncColumns()
{
    if (!model())
        return;
    for (int c = 1; c < model()->columnCount(); ++c)
        m_frozen->setColumnHidden(c, true);
    m_frozen->setColumnWidth(0, columnWidth(0));
    updateFrozenGeometry();
}

void FrozenTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    updateFrozenGeometry();
}

void FrozenTreeView::updateGeometries()
{
    QTreeView::updateGeometries();
    updateFrozenGeometry();
}

void FrozenTreeView::updateFrozenGeometry()
{
    m_frozen->setGeometry(frameWidth(), frameWidth(), columnWidth(0),
                          viewport()->height() + header()->height());
    m_frozen->header()->setFixedHeight(header()->height());
    // Only worth showing once the amounts scroll under it.
    m_frozen->setVisible(horizontalScrollBar()->value() > 0 || horizontalScrollBar()->maximum() > 0);
}

QModelIndex FrozenTreeView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTreeView::moveCursor(cursorAction, modifiers);
    // Keep the current cell out from under the frozen column when moving left.
    if (cursorAction == MoveLeft && current.column() > 0
        && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int newValue = horizontalScrollBar()->value() + visualRect(current).topLeft().x() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(newValue);
    }
    return current;
}

void FrozenTreeView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (index.column() > 0)
        QTreeView::scrollTo(index, hint);
    else
        QTreeView::scrollTo(index.siblingAtColumn(0), hint);
}

} // namespace bd
