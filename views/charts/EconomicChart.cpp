#include "EconomicChart.h"

#include "charts/ChartData.h"
#include "editing/DocumentSession.h"

namespace bd {

EconomicChart::EconomicChart(QWidget *parent)
    : BarChartView(Qt::Horizontal, true, parent)
{
    rebuild();
}

QString EconomicChart::chartTitle() const
{
    return tr("Basic expenditure by economic class");
}

void EconomicChart::rebuild()
{
    setChartTitle();
    if (!hasDocument()) {
        clearBars();
        setPlaceholderText(tr("No document"));
        return;
    }
    const BudgetDocument &doc = session()->document();
    const QList<ChartPair> pairs = ChartData::economicByClass(doc.schedules, doc.year);
    if (pairs.isEmpty()) {
        clearBars();
        setPlaceholderText(tr("No basic expenditure by economic class in this document"));
        return;
    }
    QStringList categories;
    BarSetData personnel{QStringLiteral("personnel"), tr("Personnel expenses"), {}, {}, QColor(0x2f, 0x6d, 0xb5)};
    BarSetData publicUse{QStringLiteral("public"), tr("Public expenses"), {}, {}, QColor(0xf0, 0xa0, 0x30)};
    for (const ChartPair &p : pairs) {
        categories.append(p.label);
        personnel.values.append(p.first);
        publicUse.values.append(p.second.value_or(Amount()));
    }
    setPlaceholderText(QString());
    setBars(categories, {personnel, publicUse});
}

} // namespace bd
