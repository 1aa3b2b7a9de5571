#include "RevenueStructureChart.h"

#include "editing/DocumentSession.h"

namespace bd {

RevenueStructureChart::RevenueStructureChart(QWidget *parent)
    : PieChartView(0.55, parent)
{
    rebuild();
}

QString RevenueStructureChart::chartTitle() const
{
    return tr("Revenue by source");
}

QString RevenueStructureChart::sourceLabel(const QString &key, const QString &fallback)
{
    if (key == QLatin1String("general_budget"))
        return tr("General public budget");
    if (key == QLatin1String("gov_fund"))
        return tr("Government funds");
    if (key == QLatin1String("state_capital"))
        return tr("State capital operations");
    if (key == QLatin1String("fiscal_special"))
        return tr("Fiscal special accounts");
    if (key == QLatin1String("unit_funds"))
        return tr("Unit funds");
    if (key == QLatin1String("business_income"))
        return tr("Business income");
    if (key == QLatin1String("superior_subsidy"))
        return tr("Subsidies from higher authorities");
    if (key == QLatin1String("affiliated_remit"))
        return tr("Remittances from affiliated units");
    if (key == QLatin1String("operating_income"))
        return tr("Operating income");
    if (key == QLatin1String("other_income"))
        return tr("Other income");
    if (key == QLatin1String("carry_over"))
        return tr("Carried over from last year");
    return fallback;
}

void RevenueStructureChart::rebuild()
{
    setChartTitle();
    if (!hasDocument()) {
        setSlices({});
        setCenterText(QString());
        setPlaceholderText(tr("No document"));
        return;
    }
    QList<ChartSlice> slices = ChartData::revenueStructure(session()->schedules());
    for (ChartSlice &s : slices)
        s.label = sourceLabel(s.key, s.label);
    setSlices(slices);
    setPlaceholderText(slices.isEmpty() ? tr("No revenue in this document") : QString());
    setCenterText(slices.isEmpty() ? QString()
                                   : tr("Total") + QStringLiteral("<br><b>") + total().format(unit(), true).toHtmlEscaped()
                                         + QStringLiteral("</b><br>") + unitSuffix(unit()));
}

} // namespace bd
