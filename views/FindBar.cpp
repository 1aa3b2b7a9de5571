#include "FindBar.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>

#include <functional>

namespace bd {

FindBar::FindBar(QAbstractItemView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_field->setClearButtonEnabled(true);
    m_field->setMaximumWidth(360);
    m_field->installEventFilter(this);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_field, &QLineEdit::textEdited, this, [this] { go(false, true); });
    retranslate();
    hide();
}

void FindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find a code or a name (Enter: next, Esc: close)"));
    if (m_total == 0 && !m_field->text().trimmed().isEmpty())
        m_status->setText(tr("No match"));
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool FindBar::find(bool backwards)
{
    return go(backwards, false);
}

QString FindBar::status() const
{
    return m_status->text();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            go(key->modifiers() & Qt::ShiftModifier, false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QModelIndexList FindBar::cells() const
{
    QModelIndexList out;
    const QAbstractItemModel *model = m_view->model();
    if (!model)
        return out;
    auto *tree = qobject_cast<QTreeView *>(m_view);
    auto *table = qobject_cast<QTableView *>(m_view);
    const auto hidden = [&](int column) {
        return (tree && tree->isColumnHidden(column)) || (table && table->isColumnHidden(column));
    };
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        const int columns = model->columnCount(parent);
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < columns; ++c)
                if (!hidden(c))
                    out.append(model->index(r, c, parent));
            const QModelIndex first = model->index(r, 0, parent);
            if (tree && model->hasChildren(first))
                walk(first);
        }
    };
    walk(m_view->rootIndex());
    return out;
}

bool FindBar::go(bool backwards, bool includeCurrent)
{
    const QString text = m_field->text().trimmed();
    m_found = -1;
    m_total = 0;
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    const QModelIndexList all = cells();
    QList<int> hits;
    for (int i = 0; i < all.size(); ++i)
        if (all[i].data().toString().contains(text, Qt::CaseInsensitive))
            hits.append(i);
    m_total = int(hits.size());
    if (hits.isEmpty()) {
        m_status->setText(tr("No match"));
        return false;
    }
    const int at = int(all.indexOf(m_view->currentIndex()));
    int chosen = -1;
    if (backwards) {
        for (int h = int(hits.size()) - 1; h >= 0 && chosen < 0; --h)
            if (hits[h] < at)
                chosen = h;
        if (chosen < 0)
            chosen = int(hits.size()) - 1;
    } else {
        for (int h = 0; h < hits.size() && chosen < 0; ++h)
            if (includeCurrent ? hits[h] >= at : hits[h] > at)
                chosen = h;
        if (chosen < 0)
            chosen = 0;
    }
    m_found = chosen;
    const QModelIndex found = all[hits[chosen]];
    if (auto *tree = qobject_cast<QTreeView *>(m_view))
        for (QModelIndex p = found.parent(); p.isValid(); p = p.parent())
            tree->expand(p);
    m_view->setCurrentIndex(found);
    m_view->scrollTo(found, QAbstractItemView::PositionAtCenter);
    m_status->setText(tr("%1 of %2").arg(chosen + 1).arg(m_total));
    return true;
}

} // namespace bd
