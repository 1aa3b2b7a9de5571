#include "ChartData.h"

#include "codes/CodeCatalogue.h"

#include <QMap>
#include <QSet>

namespace bd {

QString ChartData::functionalLabel(const Schedules &s, int year, const QString &code)
{
    QString name = CodeCatalogue::forYear(year).name(Classification::Functional, code);
    if (name.isEmpty())
        for (const FunctionalLine &l : s.functional)
            if (l.code == code)
                name = l.name;
    return name.isEmpty() ? code : code + QLatin1Char(' ') + name;
}

std::optional<qint64> KeyFigure::changePercent() const
{
    return prior ? percentHundredths(amount - *prior, *prior) : std::nullopt;
}

QList<KeyFigure> ChartData::keyFigures(const Schedules &s)
{
    Amount basic, project, fiscal;
    for (const FunctionalLine &l : s.functional) {
        (isBasic(l.phase) ? basic : project) += l.amount;
        if (isFiscalAppropriation(l.source))
            fiscal += l.amount;
    }
    Amount sanGong;
    std::optional<Amount> sanGongPrior = s.sanGong.isEmpty() ? std::nullopt : std::optional<Amount>(Amount());
    for (const SanGongLine &l : s.sanGong) {
        sanGong += l.total();
        if (l.prior && sanGongPrior)
            *sanGongPrior += *l.prior;
        else
            sanGongPrior.reset();
    }
    // Last year's 财政拨款: stated as such (Putuo), or as 一般公共预算 when that is all of it.
    std::optional<Amount> fiscalPrior = s.priorOf(QStringLiteral("income.fiscal"));
    Amount gpb;
    for (FundSource src : fundSourceGroup(QStringLiteral("@gpb")))
        gpb += s.sourceTotal(src);
    if (!fiscalPrior && gpb == fiscal)
        fiscalPrior = s.priorOf(QStringLiteral("income.general_budget"));
    // Last year's total: stated as such, or the sum of last year's 基本支出 and 项目支出 where
    // both are stated (Kizilsu), or last year's 财政拨款 where that is all the money (Putuo).
    std::optional<Amount> totalPrior = s.priorOf(QStringLiteral("income.total"));
    const auto basicPrior = s.priorOf(QStringLiteral("expense.basic")), projectPrior = s.priorOf(QStringLiteral("expense.project"));
    if (!totalPrior && basicPrior && projectPrior)
        totalPrior = *basicPrior + *projectPrior;
    if (!totalPrior && fiscal == s.functionalTotal())
        totalPrior = fiscalPrior;
    QList<KeyFigure> out{
        {QStringLiteral("total"), s.functionalTotal(), totalPrior},
        {QStringLiteral("basic"), basic, basicPrior},
        {QStringLiteral("project"), project, projectPrior},
        {QStringLiteral("fiscal"), fiscal, fiscalPrior},
        {QStringLiteral("sangong"), sanGong, sanGongPrior},
    };
    if (const auto cost = s.figure(QStringLiteral("operating_cost")))
        out.append({QStringLiteral("operating_cost"), *cost, s.priorOf(QStringLiteral("operating_cost"))});
    return out;
}

QList<ChartSlice> ChartData::revenueStructure(const Schedules &s)
{
    struct Group { const char *key; const char16_t *label; QString sources; };
    const Group groups[] = {
        {"general_budget", u"一般公共预算", QStringLiteral("@gpb")},
        {"gov_fund", u"政府性基金预算", QStringLiteral("@fund")},
        {"state_capital", u"国有资本经营预算", QStringLiteral("@capital")},
        {"fiscal_special", u"财政专户管理资金", QStringLiteral("fiscal_special")},
    };
    QList<ChartSlice> out;
    for (const Group &g : groups) {
        Amount sum;
        for (FundSource src : fundSourceGroup(g.sources))
            sum += s.sourceTotal(src);
        if (!sum.isZero())
            out.append({QLatin1String(g.key), QString::fromUtf16(g.label), sum, false});
    }
    // 单位资金: by sub-source where known (Putuo: 事业收入 …; Kizilsu: 单位资金 with detail).
    Amount unitUnspecified = s.sourceTotal(FundSource::UnitFunds);
    for (FundSource src : fundSourceGroup(QStringLiteral("@unit"))) {
        if (src == FundSource::UnitFunds)
            continue;
        const Amount detail = s.unitFundsDetail.value(src);
        const Amount sum = s.sourceTotal(src) + detail;
        unitUnspecified -= detail;
        if (!sum.isZero())
            out.append({fundSourceKey(src), fundSourceName(src), sum, false});
    }
    if (unitUnspecified > Amount())
        out.append({fundSourceKey(FundSource::UnitFunds), fundSourceName(FundSource::UnitFunds), unitUnspecified, false});
    Amount carry;
    for (FundSource src : fundSourceGroup(QStringLiteral("@carry")))
        carry += s.sourceTotal(src);
    if (!carry.isZero())
        out.append({QStringLiteral("carry_over"), QStringLiteral("上年结转结余"), carry, false});
    return out;
}

QList<ChartSlice> ChartData::expenditureByFunction(const Schedules &s, int year, const QString &parent)
{
    const int childLength = parent.isEmpty() ? 3 : parent.size() + 2;
    QMap<QString, Amount> sums;
    QSet<QString> hasChildren;
    for (const FunctionalLine &l : s.functional) {
        if (!l.code.startsWith(parent) || l.code.size() < childLength)
            continue;
        const QString child = l.code.left(childLength);
        sums[child] += l.amount;
        if (l.code.size() > childLength)
            hasChildren.insert(child);
    }
    QList<ChartSlice> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        if (!it.value().isZero())
            out.append({it.key(), functionalLabel(s, year, it.key()), it.value(), hasChildren.contains(it.key())});
    return out;
}

QList<ChartSlice> ChartData::basicVsProject(const Schedules &s, const QString &codePrefix)
{
    Amount basic, project;
    for (const FunctionalLine &l : s.functional) {
        if (!l.code.startsWith(codePrefix))
            continue;
        (isBasic(l.phase) ? basic : project) += l.amount;
    }
    QList<ChartSlice> out;
    if (!basic.isZero())
        out.append({QStringLiteral("basic"), QStringLiteral("基本支出"), basic, false});
    if (!project.isZero())
        out.append({QStringLiteral("project"), QStringLiteral("项目支出"), project, false});
    return out;
}

QList<ChartPair> ChartData::economicByClass(const Schedules &s, int year)
{
    QMap<QString, ChartPair> byClass;
    const CodeCatalogue &catalogue = CodeCatalogue::forYear(year);
    for (const EconomicLine &l : s.economic) {
        const QString cls = l.code.left(3);
        ChartPair &p = byClass[cls];
        if (p.key.isEmpty()) {
            p.key = cls;
            const QString name = catalogue.name(Classification::Economic, cls);
            p.label = name.isEmpty() ? cls : cls + QLatin1Char(' ') + name;
            p.second = Amount();
        }
        p.first += l.personnel;
        *p.second += l.publicUse;
    }
    return byClass.values();
}

QList<ChartPair> ChartData::sanGong(const Schedules &s)
{
    const QList<QPair<QString, QString>> items{{QStringLiteral("abroad"), QStringLiteral("因公出国（境）费")},
                                               {QStringLiteral("reception"), QStringLiteral("公务接待费")},
                                               {QStringLiteral("vehicle_purchase"), QStringLiteral("公务用车购置费")},
                                               {QStringLiteral("vehicle_operation"), QStringLiteral("公务用车运行费")}};
    QList<ChartPair> out;
    for (const auto &[key, label] : items) {
        const SanGongLine *l = s.sanGongLine(key);
        out.append({key, label, l ? l->total() : Amount(), l ? l->prior : std::nullopt});
    }
    return out;
}

QList<ChartPair> ChartData::yearOnYear(const Schedules &s, int year)
{
    // This year's 一般公共预算 by 项, and last year's where the narrative states it.
    const QList<FundSource> gpb = fundSourceGroup(QStringLiteral("@gpb"));
    QMap<QString, Amount> current;
    for (const FunctionalLine &l : s.functional)
        if (gpb.contains(l.source))
            current[l.code] += l.amount;
    QMap<QString, ChartPair> byClass;
    QSet<QString> incomplete;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const QString cls = it.key().left(3);
        ChartPair &p = byClass[cls];
        if (p.key.isEmpty()) {
            p.key = cls;
            p.label = functionalLabel(s, year, cls);
            p.second = Amount();
        }
        p.first += it.value();
        const auto prior = s.priorOf(QStringLiteral("functional.") + it.key());
        if (prior)
            *p.second += *prior;
        else
            incomplete.insert(cls);
    }
    QList<ChartPair> out;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it) {
        ChartPair p = it.value();
        if (incomplete.contains(it.key()))
            p.second.reset();
        out.append(p);
    }
    bool anyPrior = false;
    for (const ChartPair &p : out)
        anyPrior = anyPrior || p.second.has_value();
    return anyPrior ? out : QList<ChartPair>();
}

} // namespace bd
