#pragma once

#include "document/BudgetDocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

// The numbers behind the charts, computed from the schedules only (so a chart can never
// disagree with the tables). Views turn these into Qt Charts series; exports and tests read
// them directly.

struct ChartSlice
{
    QString key;   // code ("201", "20103") or a stable key ("general_budget", "basic")
    QString label; // as shown: "201 一般公共服务支出", "一般公共预算"
    Amount amount;
    bool drillable = false; // has children one level down (functional structure)
};

struct ChartPair
{
    QString key;
    QString label;
    Amount first;                 // e.g. this year / 人员经费
    std::optional<Amount> second; // e.g. last year (nullopt when unknown) / 公用经费
};

// A headline figure of the 概览 page with last year's, where the document states it.
struct KeyFigure
{
    QString key;                 // "total", "basic", "project", "fiscal", "sangong", "operating_cost"
    Amount amount;
    std::optional<Amount> prior;
    std::optional<Amount> change() const { return prior ? std::optional<Amount>(amount - *prior) : std::nullopt; }
    std::optional<qint64> changePercent() const; // hundredths of a percent of last year's
};

class ChartData
{
public:
    // Total budget, 基本支出, 项目支出, 财政拨款, "三公" and (when stated) 机关运行经费.
    static QList<KeyFigure> keyFigures(const Schedules &s);

    // Revenue by source group: 一般公共预算, 政府性基金, 国有资本经营, 财政专户, 单位资金 (or its
    // sub-sources where the document gives them), 上年结转结余. Zero groups are left out.
    static QList<ChartSlice> revenueStructure(const Schedules &s);

    // Expenditure by 功能分类 one level below parent ("" → 类, "201" → its 款, "20103" → its 项).
    // Labels are "code name" with names from the year's catalogue or the document.
    static QList<ChartSlice> expenditureByFunction(const Schedules &s, int year, const QString &parent = QString());

    // 基本支出 and 项目支出 under a code prefix ("" = all).
    static QList<ChartSlice> basicVsProject(const Schedules &s, const QString &codePrefix = QString());

    // 经济分类 类: first = 人员经费, second = 公用经费 (basic expenditure).
    static QList<ChartPair> economicByClass(const Schedules &s, int year);

    // "三公": 因公出国(境)费, 公务接待费, 公务用车购置费, 公务用车运行费; first = this year,
    // second = last year when known.
    static QList<ChartPair> sanGong(const Schedules &s);

    // Year-on-year change of the 类 totals where last year's figures are known (from the
    // narrative: 项 figures of 一般公共预算, summed per 类 when every 项 of the 类 has one).
    // first = this year, second = last year. Empty when nothing is known.
    static QList<ChartPair> yearOnYear(const Schedules &s, int year);

    static QString functionalLabel(const Schedules &s, int year, const QString &code);
};

} // namespace bd
