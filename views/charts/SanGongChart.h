#pragma once

#include "BarChartView.h"

namespace bd {

// The "三公" expenses, this year beside last year: 因公出国(境)费, 公务接待费, 公务用车购置费,
// 公务用车运行费. Without last year's figures only this year's bars. A final account shows its
// 预算数 beside its 决算数 instead.
class SanGongChart : public BarChartView
{
    Q_OBJECT

public:
    explicit SanGongChart(QWidget *parent = nullptr);

    QString chartKey() const override { return QStringLiteral("sangong"); }
    QString chartTitle() const override;
    void rebuild() override;

    // The translated name of a 三公 key ("abroad" → "Official trips abroad").
    static QString itemLabel(const QString &key, const QString &fallback);
};

} // namespace bd
