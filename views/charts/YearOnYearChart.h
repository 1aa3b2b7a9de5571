#pragma once

#include "BarChartView.h"

namespace bd {

// This year's 一般公共预算 expenditure per 功能分类 类 beside last year's, for the 类 whose
// prior-year figures the document states; the change is written after this year's amount.
// A document without any prior-year figure gets a sentence instead of an empty chart.
class YearOnYearChart : public BarChartView
{
    Q_OBJECT

public:
    explicit YearOnYearChart(QWidget *parent = nullptr);

    QString chartKey() const override { return QStringLiteral("year-on-year"); }
    QString chartTitle() const override;
    void rebuild() override;
};

} // namespace bd
