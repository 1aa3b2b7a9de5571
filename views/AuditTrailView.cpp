#include "AuditTrailView.h"

#include "editing/DocumentSession.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace bd {

AuditTrailView::AuditTrailView(DocumentSession *session, QWidget *parent)
    : QTableWidget(0, 7, parent)
    , m_session(session)
{
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    retranslateHeader();
}

void AuditTrailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateHeader();
    QTableWidget::changeEvent(event);
}

void AuditTrailView::retranslateHeader()
{
    setHorizontalHeaderLabels({tr("Saved"), tr("By"), tr("Table"), tr("Row"), tr("Column"),
                               m_oldSide.isEmpty() ? tr("Old") : m_oldSide, m_newSide.isEmpty() ? tr("New") : m_newSide});
}

void AuditTrailView::setSides(const QString &oldSide, const QString &newSide)
{
    m_oldSide = oldSide;
    m_newSide = newSide;
    setColumnHidden(0, true);
    setColumnHidden(1, true);
    retranslateHeader();
}

void AuditTrailView::setEntries(const QList<AuditEntry> &entries)
{
    setRowCount(0);
    const Unit unit = m_session->hasDocument() ? m_session->unit() : Unit::WanYuan;
    setRowCount(int(entries.size()));
    // Newest first: what a reviewer asks about is usually the last change. Two versions side
    // by side read in table order.
    const bool sides = !m_oldSide.isEmpty();
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries[sides ? i : entries.size() - 1 - i];
        const auto amount = [unit](const std::optional<Amount> &a) { return a ? a->format(unit, true) : QString(); };
        QString table = QString::number(e.tableNo);
        QString row = e.rowKey;
        QString column = e.columnKey;
        if (m_session->hasDocument()) {
            if (const DisclosureTable *t = m_session->derivedTable(e.tableNo)) {
                table = QStringLiteral("%1 %2").arg(e.tableNo).arg(t->title);
                const int c = t->columnIndex(e.columnKey);
                if (c >= 0)
                    column = t->columns[c].header;
                // The row as the table prints it ("公务接待费", not "sangong:reception"); a
                // repeated key carries "#2".
                const QString key = e.rowKey.section(QLatin1Char('#'), 0, 0);
                for (int side : {0, 1})
                    if (const TableRow *r = t->findRow(key, side); r && row == e.rowKey) {
                        row = t->rowLabel(*r, side);
                        if (key != e.rowKey)
                            row += QLatin1Char(' ') + e.rowKey.mid(key.size());
                    }
            }
        }
        const QStringList cells{QLocale().toString(e.changedAt.toLocalTime(), QLocale::ShortFormat), e.osUser, table,
                                row, column, amount(e.oldAmount), amount(e.newAmount)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(i, c, item);
        }
    }
    resizeColumnsToContents();
}

} // namespace bd
