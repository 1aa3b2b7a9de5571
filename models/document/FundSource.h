#pragma once

#include <QString>
#include <QList>
#include <QStringList>

#include <optional>

namespace bd {

// Where money comes from. The published tables group these differently per template
// (e.g. 单位资金 = 事业收入 + 上级补助收入 + … + 其他收入), so the schedules keep the finest
// source the published tables give, and templates sum them.
enum class FundSource {
    GeneralBudget,          // 一般公共预算 (本级, 一般财力)
    GeneralBudgetTransfer,  // 上级一般公共预算安排的转移支付
    GovFund,                // 政府性基金预算
    GovFundTransfer,        // 上级政府性基金安排的转移支付
    StateCapital,           // 国有资本经营预算
    StateCapitalTransfer,   // 上级国有资本经营预算安排的转移支付
    FiscalSpecial,          // 财政专户管理资金 (教育收费)
    UnitFunds,              // 单位资金 without a finer breakdown
    BusinessIncome,         // 事业收入
    SuperiorSubsidy,        // 上级补助收入
    AffiliatedRemit,        // 附属单位上缴收入
    OperatingIncome,        // 事业单位经营收入
    OtherIncome,            // 其他收入
    CarryOverFiscal,        // 财政拨款结转 without a finer breakdown
    CarryOverGeneralBudget, // 财政拨款结转: 一般公共预算拨款
    CarryOverGovFund,       // 财政拨款结转: 政府性基金预算拨款
    CarryOverStateCapital,  // 财政拨款结转: 国有资本经营预算拨款
    CarryOverNonFiscal,     // 非财政拨款结转结余 without a finer breakdown
    CarryOverFiscalSpecial, // 非财政拨款结转结余: 财政专户核拨
    CarryOverUnitFunds,     // 非财政拨款结转结余: 单位资金
};

inline constexpr int FundSourceCount = int(FundSource::CarryOverUnitFunds) + 1;

// Named groups of sources used by template descriptions: "@all", "@current" (all but
// carry-over), "@fiscal", "@gpb", "@fund", "@capital", "@unit", "@carry", "@carry_fiscal",
// "@carry_non_fiscal"; a plain key names one source. Empty on an unknown name.
QList<FundSource> fundSourceGroup(const QString &name);

QString fundSourceKey(FundSource s);                       // stable key: "general_budget", …
std::optional<FundSource> fundSourceFromKey(const QString &key);
QString fundSourceName(FundSource s);                      // Chinese name as published
bool isFiscalAppropriation(FundSource s);                  // 财政拨款: 一般公共/基金/国资 (and transfers)
bool isUnitFunds(FundSource s);                            // 单位资金 and its sub-sources
bool isCarryOver(FundSource s);

// 基本支出 / 项目支出. Tables that split 基本支出 into 人员经费 / 公用经费 by fund (the
// 政府性基金 and 国有资本 tables of some templates) give the finer phases. A final account
// (决算) spends in three more ways: 上缴上级支出, 经营支出, 对附属单位补助支出.
enum class Phase { Basic, Project, BasicPersonnel, BasicPublic, RemitSuperior, Operating, SubsidyAffiliated };
inline bool isBasic(Phase p) { return p == Phase::Basic || p == Phase::BasicPersonnel || p == Phase::BasicPublic; }
QString phaseKey(Phase p);
std::optional<Phase> phaseFromKey(const QString &key);

} // namespace bd
