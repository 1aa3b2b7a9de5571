#include "SanGongChart.h"

#include "charts/ChartData.h"
#include "editing/DocumentSession.h"
#include "templates/TemplateDescription.h"

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
    // A final account: its 预算数 beside its 决算数, the year's budget against what was spent.
    if (documentKindOf(doc.templateId) == DocumentKind::Final) {
        QStringList categories;
        BarSetData budgeted{QStringLiteral("budgeted"), tr("%1 budget").arg(doc.year), {}, {}, QColor(0xa9, 0xbf, 0xd8)};
        BarSetData actual{QStringLiteral("actual"), tr("%1 final accounts").arg(doc.year), {}, {}, QColor(0x2f, 0x6d, 0xb5)};
        for (const ChartPair &p : items) {
            categories.append(itemLabel(p.key, p.label));
            const SanGongLine *line = doc.schedules.sanGongLine(p.key);
            budgeted.values.append(line ? line->budgeted : std::nullopt);
            actual.values.append(p.first);
        }
        setPlaceholderText(QString());
        setBars(categories, {budgeted, actual});
        return;
    }
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
