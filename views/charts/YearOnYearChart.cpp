#include "YearOnYearChart.h"

#include "charts/ChartData.h"
#include "editing/DocumentSession.h"

namespace bd {

YearOnYearChart::YearOnYearChart(QWidget *parent)
    : BarChartView(Qt::Horizontal, false, parent)
{
    rebuild();
}

QString YearOnYearChart::chartTitle() const
{
    return tr("General public budget expenditure, year on year");
}

void YearOnYearChart::rebuild()
{
    setChartTitle();
    if (!hasDocument()) {
        clearBars();
        setPlaceholderText(tr("No document"));
        return;
    }
    const BudgetDocument &doc = session()->document();
    QStringList categories;
    BarSetData lastYear{QStringLiteral("last_year"), tr("%1 budget").arg(doc.year - 1), {}, {}, QColor(0xa9, 0xbf, 0xd8)};
    BarSetData thisYear{QStringLiteral("this_year"), tr("%1 budget").arg(doc.year), {}, {}, QColor(0x2f, 0x6d, 0xb5)};
    const QList<ChartPair> pairs = ChartData::yearOnYear(doc.schedules, doc.year);
    for (const ChartPair &p : pairs) {
        if (!p.second)
            continue; // last year not known for every 项 of this 类
        categories.append(p.label);
        lastYear.values.append(p.second);
        thisYear.values.append(p.first);
        // "449.93 (+0.48%)": the change is what this chart is about.
        const Amount change = p.first - *p.second;
        const auto percent = percentHundredths(change, *p.second);
        QString text = p.first.format(unit(), true);
        if (percent)
            text = tr("%1 (%2%3)").arg(text, change > Amount() ? QStringLiteral("+") : QString(), formatPercent(*percent));
        else if (!p.first.isZero())
            text = tr("%1 (new)").arg(text); // nothing last year
        thisYear.valueLabels.append(text);
    }
    if (categories.isEmpty()) {
        clearBars();
        setPlaceholderText(tr("No prior-year figures in this document"));
        return;
    }
    setPlaceholderText(QString());
    setBars(categories, {lastYear, thisYear});
}

} // namespace bd
