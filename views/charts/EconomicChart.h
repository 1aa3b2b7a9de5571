#pragma once

#include "BarChartView.h"

namespace bd {

// Basic expenditure by 经济分类 类 as horizontal stacked bars: 人员经费 and 公用经费.
class EconomicChart : public BarChartView
{
    Q_OBJECT

public:
    explicit EconomicChart(QWidget *parent = nullptr);

    QString chartKey() const override { return QStringLiteral("economic-classes"); }
    QString chartTitle() const override;
    void rebuild() override;
};

} // namespace bd
