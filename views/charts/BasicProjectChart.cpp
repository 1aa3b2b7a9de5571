#include "BasicProjectChart.h"

#include "editing/DocumentSession.h"

namespace bd {

BasicProjectChart::BasicProjectChart(QWidget *parent)
    : PieChartView(0.0, parent)
{
    rebuild();
}

QString BasicProjectChart::chartTitle() const
{
    return tr("Basic vs project expenditure");
}

void BasicProjectChart::setCodePrefix(const QString &prefix)
{
    if (prefix == m_prefix)
        return;
    m_prefix = prefix;
    refresh();
}

void BasicProjectChart::rebuild()
{
    if (!hasDocument()) {
        setChartTitle();
        setSlices({});
        setPlaceholderText(tr("No document"));
        return;
    }
    const BudgetDocument &doc = session()->document();
    setChartTitle(m_prefix.isEmpty() ? QString() : ChartData::functionalLabel(doc.schedules, doc.year, m_prefix));
    QList<ChartSlice> slices = ChartData::basicVsProject(doc.schedules, m_prefix);
    for (ChartSlice &s : slices) {
        if (s.key == QLatin1String("basic"))
            s.label = tr("Basic expenditure");
        else if (s.key == QLatin1String("project"))
            s.label = tr("Project expenditure");
    }
    setSlices(slices);
    if (!slices.isEmpty())
        setPlaceholderText(QString());
    else if (m_prefix.isEmpty())
        setPlaceholderText(tr("No expenditure in this document"));
    else
        setPlaceholderText(tr("No expenditure under %1").arg(m_prefix));
}

} // namespace bd
