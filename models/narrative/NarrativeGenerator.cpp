#include "NarrativeGenerator.h"

#include "codes/CodeCatalogue.h"

#include <QMap>
#include <QRegularExpression>
#include <QStringList>

namespace bd {

namespace {

const QString Wan = QStringLiteral(" 万元");

Amount sumOf(const Schedules &s, const QList<FundSource> &sources)
{
    Amount sum;
    for (FundSource src : sources)
        sum += s.sourceTotal(src);
    return sum;
}

QList<FundSource> group(const char *name)
{
    return fundSourceGroup(QString::fromLatin1(name));
}

// Names of 类/款/项: the year's catalogue first (the names the 说明 must use), then the
// document's own line names for a 项 the catalogue does not know, then the code itself.
class Names
{
public:
    Names(const Schedules &s, int year) : m_s(s), m_catalogue(CodeCatalogue::forYear(year)) {}

    QString of(const QString &code) const
    {
        QString name = m_catalogue.name(Classification::Functional, code);
        if (name.isEmpty())
            for (const FunctionalLine &l : m_s.functional)
                if (l.code == code && !l.name.isEmpty())
                    return QString(l.name).remove(QRegularExpression(QStringLiteral("\\s+"))); // spaces where the PDF wrapped
        return name.isEmpty() ? code : name;
    }

private:
    const Schedules &m_s;
    const CodeCatalogue &m_catalogue;
};

// Amounts of a set of sources by functional code, cut to `length` digits (3 = 类, 7 = 项).
QMap<QString, Amount> byCode(const Schedules &s, const QList<FundSource> &sources, int length)
{
    QMap<QString, Amount> out;
    for (const FunctionalLine &l : s.functional)
        if (sources.contains(l.source) && l.code.size() >= length)
            out[l.code.left(length)] += l.amount;
    return out;
}

Amount phaseSum(const Schedules &s, const QList<FundSource> &sources, bool basic)
{
    Amount sum;
    for (const FunctionalLine &l : s.functional)
        if (sources.contains(l.source) && isBasic(l.phase) == basic)
            sum += l.amount;
    return sum;
}

} // namespace

QString NarrativeGenerator::wan(Amount a)
{
    return a.format(Unit::WanYuan);
}

QString NarrativeGenerator::changeClause(Amount current, Amount prior, bool withBasis)
{
    const Amount delta = current - prior;
    if (delta.isZero())
        return QStringLiteral("与上年预算持平");
    const bool up = delta > Amount();
    const Amount magnitude = up ? delta : -delta;
    // Last year's figure 0: the published 说明 write a new figure as "增长 100.00%".
    const qint64 pct = prior.isZero() ? 10000 : percentHundredths(magnitude, prior < Amount() ? -prior : prior).value_or(0);
    return QStringLiteral("%1%2 %3 万元，%4 %5")
        .arg(withBasis ? QStringLiteral("比上年预算") : QString(), up ? QStringLiteral("增加") : QStringLiteral("减少"), wan(magnitude),
             up ? QStringLiteral("增长") : QStringLiteral("下降"), formatPercent(pct));
}

QString NarrativeGenerator::shareClause(Amount part, Amount whole)
{
    const auto pct = percentHundredths(part, whole);
    return pct ? QStringLiteral("，占 %1").arg(formatPercent(*pct)) : QString();
}

QList<GeneratedSentence> NarrativeGenerator::generate(const BudgetDocument &doc)
{
    const Schedules &s = doc.schedules;
    const QString dept = doc.department;
    const QString year = QString::number(doc.year);
    const Names names(s, doc.year);
    QList<GeneratedSentence> out;
    auto add = [&out](const QString &key, const QString &section, const QString &text, const QString &anchor) {
        out.append(GeneratedSentence{key, section, text, anchor});
    };
    // ", 比上年预算…" when last year's figure is known, else nothing.
    auto change = [&s](const QString &priorKey, Amount current) -> QString {
        const auto prior = s.priorOf(priorKey);
        return prior ? QStringLiteral("，") + changeClause(current, *prior) : QString();
    };

    const Amount total = s.functionalTotal();
    const QMap<QString, Amount> classesAll = byCode(s, group("@all"), 3);

    // ---- 收支预算情况总体说明 ----
    struct IncomeGroup { QString key; QString name; QList<FundSource> sources; bool alwaysStated; };
    const QList<IncomeGroup> incomeGroups{
        {QStringLiteral("general_budget"), QStringLiteral("一般公共预算"), {FundSource::GeneralBudget}, true},
        {QStringLiteral("general_budget_transfer"), QStringLiteral("上级一般公共预算安排的转移支付资金"), {FundSource::GeneralBudgetTransfer}, true},
        {QStringLiteral("gov_fund"), QStringLiteral("政府性基金预算"), {FundSource::GovFund}, true},
        {QStringLiteral("gov_fund_transfer"), QStringLiteral("上级政府性基金安排的转移支付资金"), {FundSource::GovFundTransfer}, true},
        {QStringLiteral("state_capital"), QStringLiteral("国有资本经营预算"), {FundSource::StateCapital}, true},
        {QStringLiteral("state_capital_transfer"), QStringLiteral("上级国有资本经营预算安排的转移支付资金"), {FundSource::StateCapitalTransfer}, true},
        {QStringLiteral("fiscal_special"), QStringLiteral("财政专户管理资金"), {FundSource::FiscalSpecial}, false},
        {QStringLiteral("unit_funds"), QStringLiteral("单位资金"), group("@unit"), false},
        {QStringLiteral("carry_over"), QStringLiteral("上年结转结余"), group("@carry"), false},
    };
    {
        const QString section = QStringLiteral("收支预算情况总体说明");
        add(QStringLiteral("summary.total"), section,
            QStringLiteral("按照全口径预算的原则，%1 %2 年所有收入和支出均纳入部门预算管理。收支总预算 %3 万元。")
                .arg(dept, year, wan(total)),
            QStringLiteral("收支总预算"));
        QStringList incomeNames;
        for (const IncomeGroup &g : incomeGroups)
            if (!sumOf(s, g.sources).isZero())
                incomeNames.append(g.name);
        if (!incomeNames.isEmpty())
            add(QStringLiteral("summary.income_sources"), section,
                QStringLiteral("收入预算包括：%1。").arg(incomeNames.join(QStringLiteral("、"))), QStringLiteral("收入预算包括"));
        QStringList classNames;
        for (auto it = classesAll.cbegin(); it != classesAll.cend(); ++it)
            if (!it.value().isZero())
                classNames.append(names.of(it.key()));
        if (!classNames.isEmpty())
            add(QStringLiteral("summary.expense_classes"), section,
                QStringLiteral("支出预算包括：%1。").arg(classNames.join(QStringLiteral("、"))), QStringLiteral("支出预算包括"));
    }

    // ---- 收入预算情况说明 ----
    {
        const QString section = QStringLiteral("收入预算情况说明");
        add(QStringLiteral("income.total"), section,
            QStringLiteral("%1部门收入预算 %2 万元，其中：").arg(dept, wan(total)), QStringLiteral("部门收入预算"));
        for (const IncomeGroup &g : incomeGroups) {
            const Amount amount = sumOf(s, g.sources);
            const QString key = QStringLiteral("income.") + g.key;
            QString text;
            if (!amount.isZero())
                text = g.name + QLatin1Char(' ') + wan(amount) + QStringLiteral(" 万元") + shareClause(amount, total)
                       + change(key, amount) + QStringLiteral("。");
            else if (g.alwaysStated || s.priorOf(key))
                text = g.name + QStringLiteral("未安排") + change(key, amount) + QStringLiteral("。");
            if (!text.isEmpty())
                add(key, section, text, g.name);
        }
    }

    // ---- 支出预算情况说明 ----
    {
        const QString section = QStringLiteral("支出预算情况说明");
        const QList<FundSource> all = group("@all");
        add(QStringLiteral("expense.total"), section,
            QStringLiteral("%1 %2 年支出预算 %3 万元，其中：").arg(dept, year, wan(total)), QStringLiteral("支出预算"));
        const Amount basic = phaseSum(s, all, true);
        const Amount project = phaseSum(s, all, false);
        add(QStringLiteral("expense.basic"), section,
            QStringLiteral("基本支出 %1 万元").arg(wan(basic)) + shareClause(basic, total) + change(QStringLiteral("expense.basic"), basic)
                + QStringLiteral("。"),
            QStringLiteral("基本支出"));
        add(QStringLiteral("expense.project"), section,
            QStringLiteral("项目支出 %1 万元").arg(wan(project)) + shareClause(project, total)
                + change(QStringLiteral("expense.project"), project) + QStringLiteral("。"),
            QStringLiteral("项目支出"));
    }

    // ---- 财政拨款收支预算情况的总体说明 ----
    {
        const QString section = QStringLiteral("财政拨款收支预算情况");
        const Amount fiscal = sumOf(s, group("@fiscal"));
        add(QStringLiteral("fiscal.total"), section,
            QStringLiteral("%1 年财政拨款收支总预算 %2 万元").arg(year, wan(fiscal)) + change(QStringLiteral("income.fiscal"), fiscal)
                + QStringLiteral("。"),
            QStringLiteral("财政拨款收支总预算"));
        struct FiscalGroup { const char *key; QString income; QString expense; };
        const QList<FiscalGroup> fiscalGroups{
            {"@gpb", QStringLiteral("一般公共预算拨款"), QStringLiteral("一般公共预算支出")},
            {"@fund", QStringLiteral("政府性基金预算拨款"), QStringLiteral("政府性基金预算支出")},
            {"@capital", QStringLiteral("国有资本经营预算拨款"), QStringLiteral("国有资本经营预算支出")},
        };
        QStringList incomeParts;
        for (const FiscalGroup &g : fiscalGroups) {
            const Amount a = sumOf(s, group(g.key));
            if (!a.isZero())
                incomeParts.append(g.income + QLatin1Char(' ') + wan(a) + Wan);
        }
        if (!incomeParts.isEmpty())
            add(QStringLiteral("fiscal.income"), section,
                QStringLiteral("收入预算包括：%1。").arg(incomeParts.join(QStringLiteral("，"))), QStringLiteral("收入预算包括"));
        for (const FiscalGroup &g : fiscalGroups) {
            const QMap<QString, Amount> classes = byCode(s, group(g.key), 3);
            QStringList parts;
            for (auto it = classes.cbegin(); it != classes.cend(); ++it)
                if (!it.value().isZero())
                    parts.append(names.of(it.key()) + QLatin1Char(' ') + wan(it.value()) + Wan);
            if (!parts.isEmpty())
                add(QStringLiteral("fiscal.classes.") + QString::fromLatin1(g.key + 1), section,
                    QStringLiteral("%1包括：%2。").arg(g.expense, parts.join(QStringLiteral("；"))), g.expense + QStringLiteral("包括"));
        }
    }

    // ---- 一般公共预算当年拨款情况说明: scale, structure by 类, use by 项 ----
    {
        const QString section = QStringLiteral("一般公共预算当年拨款情况说明");
        const QList<FundSource> gpb = group("@gpb");
        const Amount gpbTotal = sumOf(s, gpb);
        add(QStringLiteral("gpb.total"), section,
            QStringLiteral("%1 %2 年一般公共预算拨款合计 %3 万元").arg(dept, year, wan(gpbTotal))
                + change(QStringLiteral("gpb.total"), gpbTotal) + QStringLiteral("，其中："),
            QStringLiteral("一般公共预算拨款合计"));
        const Amount basic = phaseSum(s, gpb, true);
        const Amount project = phaseSum(s, gpb, false);
        add(QStringLiteral("gpb.basic"), section,
            QStringLiteral("基本支出 %1 万元").arg(wan(basic)) + change(QStringLiteral("gpb.basic"), basic) + QStringLiteral("。"),
            QStringLiteral("基本支出"));
        add(QStringLiteral("gpb.project"), section,
            QStringLiteral("项目支出 %1 万元").arg(wan(project)) + change(QStringLiteral("gpb.project"), project) + QStringLiteral("。"),
            QStringLiteral("项目支出"));

        int n = 0;
        const QMap<QString, Amount> classes = byCode(s, gpb, 3);
        for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
            if (it.value().isZero())
                continue;
            const QString name = names.of(it.key()) + QStringLiteral("（类）");
            add(QStringLiteral("gpb.class.") + it.key(), section,
                QStringLiteral("%1、%2%3 万元").arg(++n).arg(name, wan(it.value())) + shareClause(it.value(), gpbTotal)
                    + QStringLiteral("。"),
                name);
        }

        n = 0;
        const QMap<QString, Amount> items = byCode(s, gpb, 7);
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            const QString key = QStringLiteral("functional.") + it.key();
            const auto prior = s.priorOf(key);
            if (it.value().isZero() && (!prior || prior->isZero()))
                continue;
            const QString cls = it.key().left(3), kuan = it.key().left(5);
            const QString anchor = names.of(kuan) + QStringLiteral("（款）") + names.of(it.key()) + QStringLiteral("（项）");
            add(key, section + QStringLiteral("|部门预算编制说明"),
                QStringLiteral("%1、%2（类）%3：%4 年预算数为 %5 万元").arg(++n).arg(names.of(cls), anchor, year, wan(it.value()))
                    + change(key, it.value()) + QStringLiteral("。"),
                anchor);
        }
    }

    // ---- 一般公共预算基本支出情况说明: 人员经费 / 公用经费 ----
    if (!s.economic.isEmpty()) {
        const QString section = QStringLiteral("一般公共预算基本支出情况说明");
        Amount personnel, publicUse;
        for (const EconomicLine &l : s.economic) {
            personnel += l.personnel;
            publicUse += l.publicUse;
        }
        add(QStringLiteral("gpb.basic_economic"), section,
            QStringLiteral("%1 %2 年一般公共预算基本支出 %3 万元，其中：").arg(dept, year, wan(personnel + publicUse)),
            QStringLiteral("一般公共预算基本支出"));
        add(QStringLiteral("gpb.personnel"), section, QStringLiteral("人员经费 %1 万元。").arg(wan(personnel)),
            QStringLiteral("人员经费"));
        add(QStringLiteral("gpb.public_use"), section, QStringLiteral("公用经费 %1 万元。").arg(wan(publicUse)),
            QStringLiteral("公用经费"));
    }

    // ---- 财政拨款"三公"经费预算情况说明 ----
    if (!s.sanGong.isEmpty()) {
        const QString section = QStringLiteral("“三公”经费预算情况说明");
        const QList<QPair<QString, QString>> items{{QStringLiteral("abroad"), QStringLiteral("因公出国（境）费")},
                                                   {QStringLiteral("vehicle_purchase"), QStringLiteral("公务用车购置费")},
                                                   {QStringLiteral("vehicle_operation"), QStringLiteral("公务用车运行费")},
                                                   {QStringLiteral("reception"), QStringLiteral("公务接待费")}};
        Amount sgTotal;
        QStringList parts;
        std::optional<Amount> priorSum = Amount();
        for (const auto &[key, name] : items) {
            const SanGongLine *l = s.sanGongLine(key);
            const Amount a = l ? l->total() : Amount();
            sgTotal += a;
            parts.append(name + QLatin1Char(' ') + wan(a) + Wan);
            const auto prior = l && l->prior ? l->prior : s.priorOf(QStringLiteral("sangong.") + key);
            if (prior && priorSum)
                *priorSum += *prior;
            else
                priorSum.reset();
        }
        add(QStringLiteral("sangong.total"), section,
            QStringLiteral("%1 %2 年财政拨款“三公”经费数为 %3 万元，其中：%4。")
                .arg(dept, year, wan(sgTotal), parts.join(QStringLiteral("，"))),
            QStringLiteral("“三公”经费数为"));
        // The change: the total's stated prior, else the sum of the items' when all are known.
        std::optional<Amount> priorTotal = s.priorOf(QStringLiteral("sangong.total"));
        if (!priorTotal)
            priorTotal = priorSum;
        QStringList changes;
        for (const auto &[key, name] : items) {
            const SanGongLine *l = s.sanGongLine(key);
            const auto prior = l && l->prior ? l->prior : s.priorOf(QStringLiteral("sangong.") + key);
            if (prior)
                changes.append(name + changeClause(l ? l->total() : Amount(), *prior, false));
        }
        if (priorTotal) {
            QString text = QStringLiteral("%1 年财政拨款“三公”经费预算").arg(year) + changeClause(sgTotal, *priorTotal);
            if (!changes.isEmpty())
                text += QStringLiteral("，其中：") + changes.join(QStringLiteral("；"));
            add(QStringLiteral("sangong.change"), section, text + QStringLiteral("。"), QStringLiteral("“三公”经费预算比上年预算"));
        }
    }

    // ---- 其他重要事项: 机关运行经费, 政府采购 ----
    if (const auto cost = s.figure(QStringLiteral("operating_cost"))) {
        add(QStringLiteral("operating_cost"), QStringLiteral("其他重要事项|机关运行经费"),
            QStringLiteral("%1 %2 年的机关运行经费财政拨款预算 %3 万元").arg(dept, year, wan(*cost))
                + change(QStringLiteral("operating_cost"), *cost) + QStringLiteral("。"),
            QStringLiteral("机关运行经费"));
    }
    {
        const auto goods = s.figure(QStringLiteral("procurement.goods"));
        const auto works = s.figure(QStringLiteral("procurement.works"));
        const auto services = s.figure(QStringLiteral("procurement.services"));
        // The total is the sum of its parts when all three are stated (so a wrong published
        // total shows), else the stated total.
        std::optional<Amount> ptotal = s.figure(QStringLiteral("procurement.total"));
        if (goods && works && services)
            ptotal = *goods + *works + *services;
        if (ptotal) {
            QStringList parts;
            const QList<QPair<QString, std::optional<Amount>>> partList{{QStringLiteral("政府采购货物预算"), goods},
                                                                         {QStringLiteral("政府采购工程预算"), works},
                                                                         {QStringLiteral("政府采购服务预算"), services}};
            for (const auto &[name, a] : partList)
                if (a)
                    parts.append(name + QLatin1Char(' ') + wan(*a) + Wan);
            QString text = QStringLiteral("%1 年，%2政府采购预算 %3 万元").arg(year, dept, wan(*ptotal));
            if (!parts.isEmpty())
                text += QStringLiteral("，其中：") + parts.join(QStringLiteral("，"));
            add(QStringLiteral("procurement"), QStringLiteral("其他重要事项|政府采购"), text + QStringLiteral("。"),
                QStringLiteral("政府采购预算"));
        }
    }
    return out;
}

} // namespace bd
