#include "Measure.h"

#include "document/BudgetDocument.h"

#include <QJsonArray>

namespace bd {

std::optional<Measure> Measure::fromJson(const QJsonObject &o, QString *error)
{
    Measure m;
    m.of = o.value(QStringLiteral("of")).toString();
    if (o.contains(QStringLiteral("sources"))) {
        m.hasSources = true;
        for (const QJsonValue &v : o.value(QStringLiteral("sources")).toArray()) {
            const QList<FundSource> group = fundSourceGroup(v.toString());
            if (group.isEmpty()) {
                *error = QStringLiteral("unknown funding source \"%1\"").arg(v.toString());
                return std::nullopt;
            }
            for (FundSource s : group)
                if (!m.sources.contains(s))
                    m.sources.append(s);
        }
    }
    if (o.contains(QStringLiteral("phase"))) {
        m.phase = phaseFromKey(o.value(QStringLiteral("phase")).toString());
        if (!m.phase) {
            *error = QStringLiteral("unknown phase \"%1\"").arg(o.value(QStringLiteral("phase")).toString());
            return std::nullopt;
        }
    }
    for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
        m.items.append(v.toString());
    m.part = o.value(QStringLiteral("part")).toString();
    m.econClass = o.value(QStringLiteral("econ")).toString();
    m.figure = o.value(QStringLiteral("figure")).toString();
    static const QStringList kinds{QString(), QStringLiteral("functional"), QStringLiteral("income"),
                                   QStringLiteral("economic"), QStringLiteral("project"), QStringLiteral("sangong"),
                                   QStringLiteral("carry"), QStringLiteral("figure"), QStringLiteral("receipts"),
                                   QStringLiteral("balance"), QStringLiteral("flow")};
    if (!kinds.contains(m.of)) {
        *error = QStringLiteral("unknown measure \"%1\"").arg(m.of);
        return std::nullopt;
    }
    return m;
}

Measure Measure::overriddenBy(const Measure &over) const
{
    Measure m = *this;
    if (!over.of.isEmpty())
        m.of = over.of;
    if (over.hasSources) {
        m.hasSources = true;
        m.sources = over.sources;
    }
    if (over.phase)
        m.phase = over.phase;
    if (!over.codePrefix.isEmpty())
        m.codePrefix = over.codePrefix;
    if (!over.items.isEmpty())
        m.items = over.items;
    if (!over.part.isEmpty())
        m.part = over.part;
    if (!over.econClass.isEmpty())
        m.econClass = over.econClass;
    if (over.project >= 0)
        m.project = over.project;
    if (!over.unit.isEmpty())
        m.unit = over.unit;
    if (!over.figure.isEmpty())
        m.figure = over.figure;
    return m;
}

static bool phaseMatches(const std::optional<Phase> &wanted, Phase actual)
{
    if (!wanted)
        return true;
    if (*wanted == Phase::Basic)
        return isBasic(actual);
    return *wanted == actual;
}

Measure Measure::in(const Schedules &s) const
{
    if (of != QLatin1String("income") || s.receipts.isEmpty())
        return *this;
    Measure receipts = *this;
    receipts.of = QStringLiteral("receipts");
    receipts.phase.reset(); // receipts have none
    return receipts;
}

std::optional<Amount> Measure::evaluate(const Schedules &s, int *terms) const
{
    int count = 0;
    struct Sum
    {
        int *count;
        Amount value;
        void operator+=(Amount a)
        {
            if (!a.isZero())
                ++*count;
            value += a;
        }
    } sum{&count, {}};
    const auto result = [&]() -> std::optional<Amount> {
        if (terms)
            *terms = count;
        return sum.value;
    };
    if (of == QLatin1String("income") && !s.receipts.isEmpty())
        return in(s).evaluate(s, terms);
    if (of == QLatin1String("receipts")) {
        for (const FunctionalLine &l : s.receipts)
            if (includesSource(l.source) && l.code.startsWith(codePrefix))
                sum += l.amount;
        return result();
    }
    if (of.isEmpty() || of == QLatin1String("functional") || of == QLatin1String("income")) {
        for (const FunctionalLine &l : s.functional)
            if (includesSource(l.source) && phaseMatches(phase, l.phase) && l.code.startsWith(codePrefix))
                sum += l.amount;
        // The finer breakdown of 单位资金 refines UnitFunds lines; count it only where the
        // measure asks for a sub-source without asking for UnitFunds itself.
        if (of == QLatin1String("income") && !includesSource(FundSource::UnitFunds)) {
            for (auto it = s.unitFundsDetail.cbegin(); it != s.unitFundsDetail.cend(); ++it)
                if (includesSource(it.key()))
                    sum += it.value();
        }
        return result();
    }
    // A final account's flows: what came in (本年收入 + 年初结转和结余 + 使用非财政拨款结余) or
    // went out (本年支出 + 年末结转和结余 + 结余分配), each restricted to the measure's sources.
    if (of == QLatin1String("balance") || of == QLatin1String("flow")) {
        const bool in = part == QLatin1String("in");
        if (of == QLatin1String("flow")) {
            for (const FunctionalLine &l : in ? s.receipts : s.functional)
                if (includesSource(l.source))
                    sum += l.amount;
        }
        const QStringList kinds = of == QLatin1String("balance") ? QStringList{part}
                                  : in ? QStringList{QStringLiteral("opening"), QStringLiteral("used")}
                                       : QStringList{QStringLiteral("closing"), QStringLiteral("allocated")};
        for (const BalanceLine &l : s.balances)
            if (kinds.contains(l.kind) && includesSource(l.source) && (of == QLatin1String("flow") || l.code.startsWith(codePrefix)))
                sum += l.amount;
        return result();
    }
    if (of == QLatin1String("economic")) {
        for (const EconomicLine &l : s.economic) {
            if (!l.code.startsWith(codePrefix))
                continue;
            if (part != QLatin1String("public"))
                sum += l.personnel;
            if (part != QLatin1String("personnel"))
                sum += l.publicUse;
        }
        return result();
    }
    if (of == QLatin1String("project")) {
        for (int i = 0; i < s.projects.size(); ++i) {
            const ProjectLine &p = s.projects[i];
            if ((project >= 0 && i != project) || !includesSource(p.source) || !p.functionalCode.startsWith(codePrefix)
                || (!unit.isEmpty() && s.projectUnit(p) != unit))
                continue;
            if (econClass.isEmpty()) {
                for (const Amount &a : p.byEconomicClass)
                    sum += a;
            } else
                sum += p.byEconomicClass.value(econClass);
        }
        return result();
    }
    if (of == QLatin1String("sangong")) {
        for (const SanGongLine &l : s.sanGong) {
            if (!items.isEmpty() && !items.contains(l.key))
                continue;
            if (part == QLatin1String("budgeted")) { // a final account's 预算数 (一般公共预算 in practice)
                if (l.budgeted && includesSource(FundSource::GeneralBudget))
                    sum += *l.budgeted;
                continue;
            }
            if (includesSource(FundSource::GeneralBudget) || includesSource(FundSource::GeneralBudgetTransfer))
                sum += l.generalBudget;
            if (includesSource(FundSource::GovFund) || includesSource(FundSource::GovFundTransfer))
                sum += l.govFund;
            if (includesSource(FundSource::StateCapital) || includesSource(FundSource::StateCapitalTransfer))
                sum += l.stateCapital;
        }
        return result();
    }
    if (of == QLatin1String("carry")) {
        for (const CarryOverLine &l : s.carryOver) {
            if (!l.code.startsWith(codePrefix))
                continue;
            const Amount fiscal = l.fiscalPersonnel + l.fiscalPublic + l.fiscalProject;
            const Amount nonFiscal = l.nonFiscalPersonnel + l.nonFiscalPublic + l.nonFiscalProject;
            if (part == QLatin1String("fiscal")) sum += fiscal;
            else if (part == QLatin1String("non_fiscal")) sum += nonFiscal;
            else if (part.isEmpty()) { sum += fiscal; sum += nonFiscal; }
            else if (part == QLatin1String("fiscal_personnel")) sum += l.fiscalPersonnel;
            else if (part == QLatin1String("fiscal_public")) sum += l.fiscalPublic;
            else if (part == QLatin1String("fiscal_project")) sum += l.fiscalProject;
            else if (part == QLatin1String("non_fiscal_personnel")) sum += l.nonFiscalPersonnel;
            else if (part == QLatin1String("non_fiscal_public")) sum += l.nonFiscalPublic;
            else if (part == QLatin1String("non_fiscal_project")) sum += l.nonFiscalProject;
        }
        return result();
    }
    if (of == QLatin1String("figure")) {
        if (terms)
            *terms = 1;
        return s.figure(figure);
    }
    return std::nullopt;
}

} // namespace bd
