#pragma once

#include "BarChartView.h"
#include "tables/ExecutionTable.h"

namespace bd {

// 执行情况 as bars: for each 类 (or, drilled into one, its 款 and 项) the budget beside the
// 决算, the completion rate written on the 决算 bar. Clicking a bar drills into its code.
class ExecutionChart : public BarChartView
{
    Q_OBJECT

public:
    explicit ExecutionChart(QWidget *parent = nullptr);

    QString chartKey() const override { return QStringLiteral("execution"); }
    QString chartTitle() const override;
    void rebuild() override;

    void setRows(const QList<ExecutionRow> &rows);
    // Shows the children of a code ("" = the 类); a code without children shows its parent's.
    void drillTo(const QString &code);
    QString drilledCode() const { return m_code; }

signals:
    void barActivated(const QString &code);

private:
    QList<ExecutionRow> m_rows;
    QString m_code;
    QStringList m_shownKeys;
};

// 历年对比 as lines: one department's 支出合计, 基本支出, 项目支出 and “三公”经费 over its stored
// documents, a point each (a budget and a final account of one year side by side).
class HistoryChart : public ChartView
{
    Q_OBJECT

public:
    explicit HistoryChart(QWidget *parent = nullptr);

    QString chartKey() const override { return QStringLiteral("history"); }
    QString chartTitle() const override;
    void rebuild() override;

    void setRows(const QList<HistoryRow> &rows, const QString &department);
    // The category of each point ("2024 预算", "2024 决算").
    QStringList categories() const;

private:
    QList<HistoryRow> m_rows;
    QString m_department;
};

} // namespace bd
