#pragma once

#include "document/BudgetDocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

// 执行情况: how a final account (决算) carried out its budget, by 功能分类 of the
// 一般公共预算财政拨款 (what its 说明 accounts for, line by line).
//
// The first row is the total ("gpb.total"); then the 类, 款 and 项 in code order. The 决算 is
// the final account's: as its 一般公共预算 table prints it, else the sum of its schedules. The 年初预算 is the linked budget's, when one is
// given; otherwise the final account's own statement of it (its 说明, an ExecutionLine). A 类
// or 款 has a budget when each 项 under it has one. The 全年预算 (the budget as adjusted) is the
// final account's statement, where it makes one. Completion is the 决算 over the 全年预算 where
// stated, else over the 年初预算; the difference likewise.
struct ExecutionRow
{
    QString key;          // "gpb.total" or the code
    QString name;
    int level = 0;        // 0 the total, 1 类, 2 款, 3 项
    std::optional<Amount> budgeted;   // 年初预算
    std::optional<Amount> adjusted;   // 全年预算
    Amount actual;                    // 决算
    std::optional<qint64> statedRate; // as the 说明 states it (hundredths of a percent)
    QString budgetSource;             // "budget" (the linked budget), "statement" (the 说明), empty
    std::optional<Amount> statedBudget; // the 说明's 年初预算, where the linked budget differs from it
    QString reason;

    std::optional<Amount> plan() const { return adjusted ? adjusted : budgeted; }
    std::optional<Amount> difference() const;  // 决算 − plan
    std::optional<qint64> completion() const;  // 决算 / plan, hundredths of a percent
    bool operator==(const ExecutionRow &) const = default;
};

// The rows for a final account, with the budget of the same department and year if stored.
QList<ExecutionRow> executionTable(const BudgetDocument &finalAccount, const BudgetDocument *budget = nullptr);

// 历年对比: one department's documents, budgets and final accounts of any year, by their key
// figures. Rows in year order, a budget before the final account of its year.
struct HistoryRow
{
    qint64 id = 0;
    int year = 0;
    bool finalAccount = false;
    QString department;
    Amount total;      // 支出 of all funds (a final account's: 本年支出合计)
    Amount basic;      // 基本支出
    Amount project;    // 项目支出
    Amount generalBudget; // 一般公共预算财政拨款
    Amount sanGong;    // “三公” (a final account's: 决算数)
    bool operator==(const HistoryRow &) const = default;
};
QList<HistoryRow> historyTable(const QList<BudgetDocument> &documents);

} // namespace bd
