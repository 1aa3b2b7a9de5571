#include "FundSource.h"

#include <array>

namespace bd {

namespace {
struct SourceInfo
{
    FundSource source;
    const char *key;
    const char16_t *name;
};
constexpr std::array<SourceInfo, FundSourceCount> kSources{{
    {FundSource::GeneralBudget, "general_budget", u"一般公共预算"},
    {FundSource::GeneralBudgetTransfer, "general_budget_transfer", u"上级一般公共预算安排的转移支付"},
    {FundSource::GovFund, "gov_fund", u"政府性基金预算"},
    {FundSource::GovFundTransfer, "gov_fund_transfer", u"上级政府性基金安排的转移支付"},
    {FundSource::StateCapital, "state_capital", u"国有资本经营预算"},
    {FundSource::StateCapitalTransfer, "state_capital_transfer", u"上级国有资本经营预算安排的转移支付"},
    {FundSource::FiscalSpecial, "fiscal_special", u"财政专户管理资金"},
    {FundSource::UnitFunds, "unit_funds", u"单位资金"},
    {FundSource::BusinessIncome, "business_income", u"事业收入"},
    {FundSource::SuperiorSubsidy, "superior_subsidy", u"上级补助收入"},
    {FundSource::AffiliatedRemit, "affiliated_remit", u"附属单位上缴收入"},
    {FundSource::OperatingIncome, "operating_income", u"事业单位经营收入"},
    {FundSource::OtherIncome, "other_income", u"其他收入"},
    {FundSource::CarryOverFiscal, "carry_over_fiscal", u"财政拨款结转"},
    {FundSource::CarryOverGeneralBudget, "carry_over_general_budget", u"财政拨款结转（一般公共预算拨款）"},
    {FundSource::CarryOverGovFund, "carry_over_gov_fund", u"财政拨款结转（政府性基金预算拨款）"},
    {FundSource::CarryOverStateCapital, "carry_over_state_capital", u"财政拨款结转（国有资本经营预算拨款）"},
    {FundSource::CarryOverNonFiscal, "carry_over_non_fiscal", u"非财政拨款结转结余"},
    {FundSource::CarryOverFiscalSpecial, "carry_over_fiscal_special", u"非财政拨款结转结余（财政专户核拨）"},
    {FundSource::CarryOverUnitFunds, "carry_over_unit_funds", u"非财政拨款结转结余（单位资金）"},
}};
} // namespace

QString fundSourceKey(FundSource s)
{
    return QString::fromLatin1(kSources[size_t(s)].key);
}

std::optional<FundSource> fundSourceFromKey(const QString &key)
{
    for (const auto &info : kSources)
        if (key == QLatin1String(info.key))
            return info.source;
    return std::nullopt;
}

QString fundSourceName(FundSource s)
{
    return QString::fromUtf16(kSources[size_t(s)].name);
}

bool isFiscalAppropriation(FundSource s)
{
    return s <= FundSource::StateCapitalTransfer;
}

bool isUnitFunds(FundSource s)
{
    return s >= FundSource::UnitFunds && s <= FundSource::OtherIncome;
}

bool isCarryOver(FundSource s)
{
    return s >= FundSource::CarryOverFiscal;
}

QList<FundSource> fundSourceGroup(const QString &name)
{
    QList<FundSource> out;
    auto range = [&](FundSource from, FundSource to) {
        for (int i = int(from); i <= int(to); ++i)
            out.append(FundSource(i));
    };
    if (name == QLatin1String("@all"))
        range(FundSource::GeneralBudget, FundSource::CarryOverUnitFunds);
    else if (name == QLatin1String("@current"))
        range(FundSource::GeneralBudget, FundSource::OtherIncome);
    else if (name == QLatin1String("@fiscal"))
        range(FundSource::GeneralBudget, FundSource::StateCapitalTransfer);
    else if (name == QLatin1String("@gpb"))
        range(FundSource::GeneralBudget, FundSource::GeneralBudgetTransfer);
    else if (name == QLatin1String("@fund"))
        range(FundSource::GovFund, FundSource::GovFundTransfer);
    else if (name == QLatin1String("@capital"))
        range(FundSource::StateCapital, FundSource::StateCapitalTransfer);
    else if (name == QLatin1String("@unit"))
        range(FundSource::UnitFunds, FundSource::OtherIncome);
    else if (name == QLatin1String("@carry"))
        range(FundSource::CarryOverFiscal, FundSource::CarryOverUnitFunds);
    else if (name == QLatin1String("@carry_fiscal"))
        range(FundSource::CarryOverFiscal, FundSource::CarryOverStateCapital);
    else if (name == QLatin1String("@carry_non_fiscal"))
        range(FundSource::CarryOverNonFiscal, FundSource::CarryOverUnitFunds);
    else if (const auto s = fundSourceFromKey(name))
        out.append(*s);
    return out;
}

QString phaseKey(Phase p)
{
    switch (p) {
    case Phase::Basic: return QStringLiteral("basic");
    case Phase::Project: return QStringLiteral("project");
    case Phase::BasicPersonnel: return QStringLiteral("basic_personnel");
    case Phase::BasicPublic: return QStringLiteral("basic_public");
    case Phase::RemitSuperior: return QStringLiteral("remit_superior");
    case Phase::Operating: return QStringLiteral("operating");
    case Phase::SubsidyAffiliated: return QStringLiteral("subsidy_affiliated");
    }
    return {};
}

std::optional<Phase> phaseFromKey(const QString &key)
{
    if (key == QLatin1String("basic"))
        return Phase::Basic;
    if (key == QLatin1String("project"))
        return Phase::Project;
    if (key == QLatin1String("basic_personnel"))
        return Phase::BasicPersonnel;
    if (key == QLatin1String("basic_public"))
        return Phase::BasicPublic;
    if (key == QLatin1String("remit_superior"))
        return Phase::RemitSuperior;
    if (key == QLatin1String("operating"))
        return Phase::Operating;
    if (key == QLatin1String("subsidy_affiliated"))
        return Phase::SubsidyAffiliated;
    return std::nullopt;
}

} // namespace bd
