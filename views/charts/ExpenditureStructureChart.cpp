#include "ExpenditureStructureChart.h"

#include "editing/DocumentSession.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace bd {

ExpenditureStructureChart::ExpenditureStructureChart(QWidget *parent)
    : PieChartView(0.55, parent)
{
    setFocusPolicy(Qt::StrongFocus); // Backspace goes up
    rebuild();
}

QString ExpenditureStructureChart::chartTitle() const
{
    return tr("Expenditure by function");
}

QString ExpenditureStructureChart::parentCode(const QString &code)
{
    return code.size() <= 3 ? QString() : code.left(code.size() - 2);
}

bool ExpenditureStructureChart::hasChildren(const QString &code) const
{
    if (!hasDocument())
        return false;
    const BudgetDocument &doc = session()->document();
    return !ChartData::expenditureByFunction(doc.schedules, doc.year, code).isEmpty();
}

void ExpenditureStructureChart::drillTo(const QString &code)
{
    QString level = code.trimmed();
    QString highlight;
    if (!hasDocument()) {
        setLevel(level, highlight);
        return;
    }
    if (!level.isEmpty() && !hasChildren(level)) {
        highlight = level; // a 项 (or a code without lines): show it among its siblings
        level = parentCode(level);
    }
    while (!level.isEmpty() && !hasChildren(level))
        level = parentCode(level);
    setLevel(level, highlight);
}

void ExpenditureStructureChart::drillUp()
{
    if (!m_code.isEmpty())
        drillTo(parentCode(m_code));
}

QString ExpenditureStructureChart::drilledCode() const
{
    return highlighted().isEmpty() ? m_code : highlighted();
}

void ExpenditureStructureChart::setLevel(const QString &code, const QString &highlight)
{
    const QString before = drilledCode();
    const bool levelChanged = code != m_code;
    m_code = code;
    setHighlighted(highlight);
    if (levelChanged)
        refresh();
    if (drilledCode() != before)
        emit drilledTo(drilledCode());
}

void ExpenditureStructureChart::resetState()
{
    // Another document: start at the top.
    const bool changed = !drilledCode().isEmpty();
    m_code.clear();
    setHighlighted(QString());
    if (changed)
        emit drilledTo(QString());
}

void ExpenditureStructureChart::rebuild()
{
    if (!hasDocument()) {
        setChartTitle();
        setSlices({});
        setCenterText(QString());
        setPlaceholderText(tr("No document"));
        return;
    }
    const BudgetDocument &doc = session()->document();
    // After an edit the level may have lost its lines: go up to one that has some.
    QString level = m_code;
    while (!level.isEmpty() && !hasChildren(level))
        level = parentCode(level);
    const bool moved = level != m_code;
    m_code = level;
    if (moved)
        setHighlighted(QString());

    const QList<ChartSlice> slices = ChartData::expenditureByFunction(doc.schedules, doc.year, m_code);
    setChartTitle(m_code.isEmpty() ? QString() : ChartData::functionalLabel(doc.schedules, doc.year, m_code));
    setSlices(slices);
    setPlaceholderText(slices.isEmpty() ? tr("No expenditure in this document") : QString());
    const QString amount = QStringLiteral("<b>") + total().format(unit(), true).toHtmlEscaped() + QStringLiteral("</b><br>")
                           + unitSuffix(unit());
    if (slices.isEmpty())
        setCenterText(QString());
    else if (m_code.isEmpty())
        setCenterText(tr("Total") + QStringLiteral("<br>") + amount);
    else // the arrow says that a click here goes back up
        setCenterText(QStringLiteral("▲ ") + m_code + QStringLiteral("<br>") + amount);
    setToolTip(m_code.isEmpty() ? QString() : tr("Click the centre of the chart to go up one level"));
    if (moved)
        emit drilledTo(m_code);
}

void ExpenditureStructureChart::handleSliceClick(const QString &key)
{
    emit sliceActivated(key);
    if (hasChildren(key))
        drillTo(key);
    else
        setLevel(m_code, key); // selected: pulled out
}

void ExpenditureStructureChart::addContextMenuActions(QMenu *menu)
{
    menu->addSeparator();
    QAction *up = menu->addAction(tr("Up One Level"), this, &ExpenditureStructureChart::drillUp);
    up->setEnabled(canDrillUp());
    QAction *top = menu->addAction(tr("Top Level"), this, [this] { drillTo(QString()); });
    top->setEnabled(canDrillUp());
}

void ExpenditureStructureChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && canDrillUp() && isInHole(event->position().toPoint())) {
        drillUp();
        event->accept();
        return;
    }
    PieChartView::mousePressEvent(event);
}

void ExpenditureStructureChart::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Escape) && canDrillUp()) {
        drillUp();
        event->accept();
        return;
    }
    PieChartView::keyPressEvent(event);
}

} // namespace bd
