#include "SanGongChart.h"

#include "charts/ChartData.h"
#include "editing/DocumentSession.h"

namespace bd {

SanGongChart::SanGongChart(QWidget *parent)
    : BarChartView(Qt::Vertical, false, parent)
{
    rebuild();
}

QString SanGongChart::chartTitle() const
{
    return tr("Official trips abroad, receptions and vehicles");
}

QString SanGongChart::itemLabel(const QString &key, const QString &fallback)
{
    if (key == QLatin1String("abroad"))
        return tr("Official trips abroad");
    if (key == QLatin1String("reception"))
        return tr("Official reception");
    if (key == QLatin1String("vehicle_purchase"))
        return tr("Vehicle purchase");
    if (key == QLatin1String("vehicle_operation"))
        return tr("Vehicle operation");
    return fallback;
}

void SanGongChart::rebuild()
{
    setChartTitle();
    if (!hasDocument()) {
        clearBars();
        setPlaceholderText(tr("No document"));
        return;
    }
    const BudgetDocument &doc = session()->document();
    const QList<ChartPair> items = ChartData::sanGong(doc.schedules);
    QStringList categories;
    BarSetData lastYear{QStringLiteral("last_year"), tr("%1 budget").arg(doc.year - 1), {}, {}, QColor(0xa9, 0xbf, 0xd8)};
    BarSetData thisYear{QStringLiteral("this_year"), tr("%1 budget").arg(doc.year), {}, {}, QColor(0x2f, 0x6d, 0xb5)};
    bool anyPrior = false;
    for (const ChartPair &p : items) {
        categories.append(itemLabel(p.key, p.label));
        thisYear.values.append(p.first);
        lastYear.values.append(p.second);
        anyPrior = anyPrior || p.second.has_value();
    }
    setPlaceholderText(QString());
    // Last year first: the bars read from left to right in time.
    if (anyPrior)
        setBars(categories, {lastYear, thisYear});
    else
        setBars(categories, {thisYear});
}

} // namespace bd
