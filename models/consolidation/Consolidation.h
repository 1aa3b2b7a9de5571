#pragma once

#include "document/BudgetDocument.h"

#include <optional>

namespace bd {

// 汇总: the budgets (or final accounts) of several departments or units of one template family
// and year, summed into one document. Its schedules are the sums: functional and economic
// lines, receipts and balances by code and source, 三公 by item, 机关运行经费 and the other
// figures, carry-over and staffing; projects are listed, each with its owner. Last year's
// figures are summed where every member states them. It is a draft of the family's department
// template, with no published tables (every table is derived); its 说明 has the standard
// sentences written from the sums (NarrativeGenerator), and the check says what a person still
// has to write (the overview, the reasons, the projects, the glossary).
struct Consolidation
{
    // Refused, with why, for fewer than two members, a document twice (by id or department),
    // or members of different families or years (a family prints budgets or final accounts,
    // never both, so a 预算 and a 决算 never add up).
    static std::optional<BudgetDocument> consolidate(const QString &title, const QList<BudgetDocument> &members,
                                                     QString *error);

    // 构成: every 功能分类 code the members spend on (类, 款 and 项, in code order), with the
    // consolidated total and each member's part of it, in the order of members.
    struct ShareRow
    {
        QString code;
        QString name;
        Amount total;
        QList<Amount> byMember;
    };
    static QList<ShareRow> composition(const QList<BudgetDocument> &members);
};

} // namespace bd
