#pragma once

#include "PieChartView.h"

namespace bd {

// 基本支出 vs 项目支出 as a pie, for the whole document or under a 功能分类 code (the main
// window follows the expenditure chart's drill-down with setCodePrefix).
class BasicProjectChart : public PieChartView
{
    Q_OBJECT

public:
    explicit BasicProjectChart(QWidget *parent = nullptr);

    QString chartKey() const override { return QStringLiteral("basic-vs-project"); }
    QString chartTitle() const override;
    void rebuild() override;

    QString codePrefix() const { return m_prefix; }

public slots:
    void setCodePrefix(const QString &prefix); // "" = all

private:
    QString m_prefix;
};

} // namespace bd
