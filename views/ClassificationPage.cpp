#include "ClassificationPage.h"

#include "AmountDelegate.h"
#include "FindBar.h"
#include "FrozenTreeView.h"
#include "LazyRefresh.h"
#include "SelectionTsv.h"
#include "SelectionHub.h"

#include "editing/DocumentEditor.h"
#include "money/Amount.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QToolTip>
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
    , m_note(new QLabel(this))
    , m_find(new FindBar(m_view, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_find);
    layout->addWidget(m_splitter);
    // The tree with its note under it, the side widget (a chart) beside both.
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(m_view);
    leftLayout->addWidget(m_note);
    m_note->setObjectName(QStringLiteral("pageNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(4, 0, 4, 2);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    m_splitter->addWidget(left);
    m_splitter->setChildrenCollapsible(false);

    m_view->setModel(model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setDefaultAlignment(Qt::AlignCenter);
    m_view->setAllColumnsShowFocus(true);
    // Columns fit what they hold when the page is in sight (a document opened while another
    // page is shown costs this page nothing until it is shown).
    auto *fit = new LazyRefresh(this, [this] { resizeToContents(); });
    connect(model, &QAbstractItemModel::modelReset, fit, &LazyRefresh::request);
    resizeToContents();

    // Amount cells of drafts are edited in place; what the model refuses is said at the cell.
    m_view->setItemDelegate(new AmountDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    if (model->metaObject()->indexOfSignal("editRefused(QString)") >= 0)
        connect(model, SIGNAL(editRefused(QString)), this, SLOT(showRefusal(QString)));

    if (m_link != Link::None && hub) {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClassificationPage::onCurrentChanged);
        connect(hub, &SelectionHub::functionalCodeChanged, this, &ClassificationPage::onHubChanged);
        connect(model, &QAbstractItemModel::modelReset, this, [this] { onHubChanged(m_hub->functionalCode()); });
        // A page made after a code was selected (pages are built when first shown) starts with it.
        if (!hub->functionalCode().isEmpty())
            onHubChanged(hub->functionalCode());
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

void ClassificationPage::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString ClassificationPage::note() const
{
    return m_note->text();
}

void ClassificationPage::setOpenDepth(int depth)
{
    m_openDepth = depth;
    resizeToContents();
}

void ClassificationPage::resizeToContents()
{
    if (m_openDepth < 0)
        m_view->expandAll();
    else
        m_view->expandToDepth(m_openDepth);
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
        // The current cell stays where it is when it is on a row of the code (the click that
        // chose the code chose the cell too: a paste or a deletion acts on it).
        const QModelIndex current = sel->currentIndex();
        const bool onHit = std::any_of(hits.cbegin(), hits.cend(), [&](const QModelIndex &hit) {
            return current.isValid() && current.row() == hit.row() && current.parent() == hit.parent();
        });
        if (!hits.isEmpty() && !onHit) {
            sel->setCurrentIndex(hits.first(), QItemSelectionModel::NoUpdate);
            m_view->scrollTo(hits.first());
        }
    } else {
        sel->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_syncing = false;
}

void ClassificationPage::showRefusal(const QString &message)
{
    const QRect cell = m_view->visualRect(m_view->currentIndex());
    QToolTip::showText(m_view->viewport()->mapToGlobal(cell.bottomLeft()), message, m_view->viewport());
    emit editRefused(message);
}

QString ClassificationPage::selectionAsTsv(bool withHeaders) const
{
    return selectionToTsv(m_view, withHeaders);
}

bool ClassificationPage::pasteTsv(const QString &tsv, DocumentEditor *editor, QString *error)
{
    QModelIndex start = m_view->currentIndex();
    if (!start.isValid()) {
        *error = tr("Choose the cell where the pasted figures should start.");
        return false;
    }
    QStringList lines = tsv.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    // Check every cell before changing any.
    QList<QPair<QPersistentModelIndex, QString>> cells;
    QModelIndex rowIndex = start;
    for (int r = 0; r < lines.size(); ++r) {
        if (!rowIndex.isValid()) {
            *error = tr("The pasted range has %n row(s), more than there are below the current cell.", nullptr, int(lines.size()));
            return false;
        }
        const QStringList values = lines[r].split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const QModelIndex target = rowIndex.siblingAtColumn(start.column() + c);
            const QString name = rowIndex.siblingAtColumn(0).data().toString();
            const QString header = m_model->headerData(start.column() + c, Qt::Horizontal).toString();
            if (!target.isValid() || !(target.flags() & Qt::ItemIsEditable)) {
                *error = tr("Row \"%1\", column \"%2\" cannot be edited here.").arg(name, header);
                return false;
            }
            if (parseAmount(values[c], Unit::WanYuan).isInvalid()) {
                *error = tr("Row \"%1\", column \"%2\": \"%3\" is not an amount.").arg(name, header, values[c]);
                return false;
            }
            cells.append({QPersistentModelIndex(target), values[c].trimmed()});
        }
        rowIndex = m_view->indexBelow(rowIndex);
    }
    // Then apply them as one step through the editor (the tables, charts and check follow
    // once), or not at all.
    QString refusal;
    const auto conn = connect(this, &ClassificationPage::editRefused, this, [&refusal](const QString &m) { refusal = m; });
    editor->beginBatch(tr("Paste %n cell(s)", nullptr, int(cells.size())));
    bool ok = true;
    for (const auto &[index, text] : cells) {
        if (index.data(Qt::EditRole).toString() == text)
            continue;
        if (!m_model->setData(index, text, Qt::EditRole)) {
            ok = false;
            break;
        }
    }
    disconnect(conn);
    if (!ok) {
        editor->cancelBatch();
        *error = refusal.isEmpty() ? tr("The paste was refused.") : refusal;
        return false;
    }
    ok = editor->commitBatch(error);
    return ok;
}

} // namespace bd
