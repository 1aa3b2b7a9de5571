#pragma once

#include "PieChartView.h"

namespace bd {

// Revenue by source as a donut: 一般公共预算, 政府性基金, … 单位资金, 上年结转结余, each with
// its amount and share; the total in the hole.
class RevenueStructureChart : public PieChartView
{
    Q_OBJECT

public:
    explicit RevenueStructureChart(QWidget *parent = nullptr);

    QString chartKey() const override { return QStringLiteral("revenue-structure"); }
    QString chartTitle() const override;
    void rebuild() override;

    // The translated name of a revenue key of ChartData::revenueStructure ("general_budget"
    // → "General public budget"); fallback for a key it does not know.
    static QString sourceLabel(const QString &key, const QString &fallback);
};

} // namespace bd
