#pragma once

#include "document/BudgetDocument.h"
#include "templates/TemplateDescription.h"

namespace bd {

// Fills the schedules from the most detailed published tables: functional lines from the
// income-by-source and the expenditure-by-phase tables (split across sources and phases so
// that every published marginal is kept), 经济分类 from the basic-expenditure table, projects,
// "三公" and carry-over from theirs, 单位资金's sub-sources from the summary, and 基本支出's
// 人员经费 / 公用经费 per 类 from a summary that publishes them. A final account's receipts
// (本年收入) and balances (结转和结余) come from the tables that print them.
class Reconciler
{
public:
    explicit Reconciler(const TemplateDescription &tpl);
    void fill(const QList<DisclosureTable> &published, Schedules &s) const;

private:
    const TemplateDescription &m_tpl;
    void fillFunctional(const QList<DisclosureTable> &published, Schedules &s) const;
    void fillEconomic(const DisclosureTable &t, Schedules &s) const;
    void fillEconomicPairs(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const;
    void fillReceipts(const QList<DisclosureTable> &published, Schedules &s) const;
    void fillBalances(const QList<DisclosureTable> &published, Schedules &s) const;
    void fillProjects(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const;
    void fillSanGong(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const;
    void fillIncomeDetail(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const;
    void fillCarryOver(const DisclosureTable &t, Schedules &s) const;
    void splitBasicByClass(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const;
};

} // namespace bd
