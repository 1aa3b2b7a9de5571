#pragma once

// A budget for tests of a final account (决算) against its budget: none of the samples has the
// budget of its year, so one is made from what the 决算's 说明 states.

#include "document/BudgetDocument.h"

namespace bd::testing {

// The budget of the final account's department and year as its 说明 states it: each 项's
// 年初预算 as 一般公共预算 基本支出, in a draft of the Shanghai budget family.
inline BudgetDocument budgetFromStatements(const BudgetDocument &finalAccount)
{
    BudgetDocument b;
    b.department = finalAccount.department;
    b.year = finalAccount.year;
    b.templateId = QStringLiteral("sh-district-9");
    b.status = DocumentStatus::Draft;
    for (const ExecutionLine &l : finalAccount.schedules.execution)
        if (!l.key.isEmpty() && l.key.front().isDigit() && l.budgeted)
            b.schedules.functional.append(FunctionalLine{l.key, QString(), FundSource::GeneralBudget, Phase::Basic, *l.budgeted});
    return b;
}

} // namespace bd::testing
