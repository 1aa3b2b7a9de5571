#include "Validator.h"

#include "ValidationContext.h"
#include "codes/CodeCatalogue.h"
#include "tables/ExecutionTable.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace bd {

namespace {

struct RuleEntry
{
    const char *id;
    Severity severity;
    const char *what;
};

// The rule table. Ids are stable: tests, the validation panel and scripts refer to them.
const RuleEntry kRules[] = {
    {"A.table-missing", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "every table of the template is in the document")},
    {"A.table-unreadable", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "every table printed can be read (one that cannot is kept as printed)")},
    {"A.empty-table-note", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "an empty table carries its note, worded as the template words it")},
    {"A.note-contradicts-data", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a table said to be empty (by its note or the narrative) holds no money")},
    {"A.title-year", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "the titles of the tables, the parts and the contents carry the document's year, where they carry one")},
    {"A.title-repeated", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "a table's title is printed once in the body")},
    {"A.contents", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "the contents list every table the document prints, once")},
    {"A.issuer-wording", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "every table says who compiled it, 编制部门 in a department's disclosure, 编制单位 in a unit's")},
    {"A.issuer-name", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "every table is compiled by the document's department, named as the document names it")},
    {"A.narrative-section-missing", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "the narrative has every section the template requires")},
    {"A.functional-depth", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "功能分类 is shown down to the 项")},
    {"A.economic-depth", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "经济分类 is shown down to the 款")},
    {"A.code-malformed", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "codes have 3, 5 or 7 digits")},
    {"A.code-nesting", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "every 款/项 row sits under the row of its parent code")},
    {"A.code-unknown", Severity::Notice, QT_TRANSLATE_NOOP("bd::Validator", "codes are in the year's catalogue")}, // warning under an unknown 类
    {"A.code-name", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "codes are named as the year's catalogue names them")},
    {"A.placeholder", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "no template text is left unfilled (XX, ××, {单位}, 待填写)")},
    {"A.leftover-mark", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "no mark of unfinished editing is left (TBD, N/A, （略）, ……)")},
    {"B.income-equals-expense", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "收入总计 = 支出总计")},
    {"B.final-total", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a final account's 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, and 本年支出合计 + 结余分配 + 年末结转和结余")},
    {"B.parent-sum", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a row is the sum of the rows under it; a total of the rows it totals")},
    {"B.column-sum", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a column is the sum of the columns it splits into (合计 = Σ sources, 项目支出合计 = Σ 经济分类)")},
    {"B.total-basic-project", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "合计 = 基本支出 + 项目支出")},
    {"B.total-personnel-public", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "合计 = 人员经费 + 公用经费")},
    {"B.sangong-sum", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费")},
    {"B.sangong-vehicle", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "公务用车购置及运行费 = 购置费 + 运行费")},
    {"B.procurement-sum", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "政府采购预算 = 货物 + 工程 + 服务")},
    {"C.fund-totals", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a total printed in several tables (per fund, 基本/项目) is the same everywhere")},
    {"C.row-agreement", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a 类/款/项 printed in several tables has the same figure everywhere")},
    {"C.basic-equals-economic", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "一般公共预算基本支出 = the total of the 经济分类 table")},
    {"C.project-equals-projects", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "一般公共预算项目支出 = the projects table, per 类/款 and in total")},
    {"C.operating-cost-equals-public", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "机关运行经费 = 公用经费 (less is a warning: units that are not administrative)")},
    {"C.budget-statement", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "the 年初预算 a final account's 说明 states is the stored budget's")},
    {"C.targets-equal-budget", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "performance targets' funds equal their parts and the budget")},
    {"D.narrative-amount", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "an amount in the narrative is the figure of the tables")},
    {"D.amount-unit", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "an amount of the narrative is in the unit of the tables' figure (万元, not 元)")},
    {"D.narrative-share", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a share (占 x%) is the part over the right whole")},
    {"D.narrative-change", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "增加/减少 X = this year − last year")},
    {"D.narrative-growth", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "增长/下降 x% = change / last year")},
    {"D.change-rate", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a rate of change follows from the two figures its sentence states (上年预算执行数 or 上年预算, and this year's)")},
    {"D.change-impossible", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "nothing increases to zero")},
    {"D.change-direction", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a budget's income and expenditure change in the same direction")},
    {"D.change-reason", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "every change in the 预算编制说明 and the 三公 说明 gives its reason")},
    {"D.item-amount-twice", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "an item of the 说明 states its amount once, or the same twice")},
    {"D.procurement-share", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "the 中小企业 share of 政府采购 is within the 政府采购预算, the 小微 share within that")},
    {"D.execution-rate", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a completion rate (完成年初预算的 x%) is the 决算 over the budget it names")},
    {"D.execution-actual", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "a 决算 stated in the 说明 is the tables' figure")},
    {"D.execution-budget", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "the 三公 年初预算 stated in the 说明 is the table's 预算数")},
    {"D.execution-sum", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "the 项 of the execution statements add up to their total, budget and 决算")},
    {"D.execution-reason", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "a 决算 that differs from its budget gives the reason")},
    {"D.execution-item", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "an execution statement names a 项 of the tables")},
    {"D.doubled-word", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "no word is written twice (预算预算)")},
    {"D.unfinished-text", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "no text is left unfinished: doubled punctuation, an empty reason, 增加（减少）, brackets that do not pair up, a paragraph without its full stop")},
    {"D.repeated-text", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "no passage of the narrative is printed twice")},
    {"D.former-class-name", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "a 类 is called by the year's name, not the one it had before (医疗卫生与计划生育支出)")},
    {"D.needs-rewrite", Severity::Error, QT_TRANSLATE_NOOP("bd::Validator", "no paragraph a new year's draft carried over from the old year's text (marked 【待改写】) is left unrewritten")},
    {"D.halfwidth-comma", Severity::Notice, QT_TRANSLATE_NOOP("bd::Validator", "a comma between Chinese text and a figure is the full-width ，")},
    {"D.narrative-year", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "years are the budget year, or last year where the text says so")},
    {"D.narrative-name", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "类/款/项 named in the narrative exist in the catalogue and the document")},
    {"E.indicator-hierarchy", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "every indicator has its 一级/二级/三级指标")},
    {"E.indicator-value", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "every indicator has its 指标值")},
    {"E.weights-sum", Severity::Warning, QT_TRANSLATE_NOOP("bd::Validator", "the weights of a target table add up to 100")},
};

using RuleGroup = void (*)(const ValidationContext &, QList<Finding> &);
const RuleGroup kGroups[] = {checkCompleteness, checkArithmetic, checkCrossTable, checkNarrative, checkChanges, checkExecution, checkTargets};

} // namespace

QList<Validator::Rule> Validator::rules()
{
    QList<Rule> out;
    for (const RuleEntry &e : kRules)
        out.append({QString::fromLatin1(e.id), e.severity, QCoreApplication::translate("bd::Validator", e.what)});
    return out;
}

ImportReport Validator::check(const BudgetDocument &doc, const TemplateDescription &tpl)
{
    const ValidationContext ctx(doc, tpl);
    ImportReport report;
    for (RuleGroup group : kGroups)
        group(ctx, report.findings);
    // A passage printed twice is reported once (D.repeated-text), not each finding in it again.
    const QHash<int, int> copies = repeatedParagraphs(doc);
    QList<Finding> &all = report.findings;
    QList<bool> again(all.size(), false);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto original = copies.constFind(all[i].line);
        if (original == copies.constEnd() || all[i].rule == QLatin1String("D.repeated-text"))
            continue;
        again[i] = std::any_of(all.begin(), all.end(), [&](const Finding &g) {
            return g.line == *original && g.rule == all[i].rule && g.statedText == all[i].statedText;
        });
    }
    for (qsizetype i = all.size() - 1; i >= 0; --i)
        if (again[i])
            all.removeAt(i);
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return report;
}

bool Validator::supersedes(const QString &importRule)
{
    static const QStringList rules{QStringLiteral("code.unknown"), QStringLiteral("code.malformed"), QStringLiteral("narrative.missing"),
                                   QStringLiteral("narrative.unknown_class")};
    return rules.contains(importRule);
}

namespace {

// Figures printed in 万元 to two decimals: a difference of the last digit is their rounding (a
// notice), a larger one a warning.
Severity wanRoundingSeverity(Amount stated, Amount computed)
{
    return std::abs((stated - computed).fen()) <= Amount::displayStep(Unit::WanYuan) ? Severity::Notice : Severity::Warning;
}

} // namespace

QList<Finding> Validator::checkAgainstBudget(const BudgetDocument &finalAccount, const BudgetDocument &budget)
{
    QList<Finding> out;
    for (const ExecutionRow &r : executionTable(finalAccount, &budget)) {
        if (!r.statedBudget || !r.budgeted)
            continue;
        Finding f;
        f.rule = QStringLiteral("C.budget-statement");
        f.severity = wanRoundingSeverity(*r.statedBudget, *r.budgeted);
        f.rowKey = r.key;
        f.rowLabel = r.name;
        f.unit = Unit::WanYuan;
        f.published = r.statedBudget;
        f.derived = r.budgeted;
        for (const ExecutionLine &l : finalAccount.schedules.execution)
            if (l.key == r.key)
                f.line = l.sourceLine;
        f.message = QCoreApplication::translate("bd::Validator",
                                                "%1: the 说明 states a 年初预算 of %2 万元, but the stored budget of %3 (document %4) has %5 万元 "
                                                "(difference %6)")
                        .arg(r.level == 0 ? r.name : r.key + QLatin1Char(' ') + r.name, r.statedBudget->format(Unit::WanYuan))
                        .arg(budget.year)
                        .arg(budget.id)
                        .arg(r.budgeted->format(Unit::WanYuan), differenceText(*r.statedBudget, *r.budgeted, Unit::WanYuan));
        out.append(f);
    }
    return out;
}

QList<Finding> Validator::checkAgainstDepartment(const BudgetDocument &units, const BudgetDocument &department)
{
    struct Line
    {
        QString key, label;
        Amount units, department;
    };
    const auto byKind = [](const BudgetDocument &doc) {
        QMap<QString, Amount> sums; // 类 → Σ, in code order
        for (const FunctionalLine &l : doc.schedules.functional)
            sums[l.code.left(3)] += l.amount;
        return sums;
    };
    const auto sanGong = [](const BudgetDocument &doc) {
        Amount sum;
        for (const SanGongLine &l : doc.schedules.sanGong)
            sum += l.total();
        return sum;
    };
    QList<Line> lines{{QStringLiteral("total"), QCoreApplication::translate("bd::Validator", "Total expenditure"),
                       units.schedules.functionalTotal(), department.schedules.functionalTotal()}};
    const QMap<QString, Amount> unitKinds = byKind(units), departmentKinds = byKind(department);
    QStringList kinds = unitKinds.keys() + departmentKinds.keys();
    kinds.sort();
    kinds.removeDuplicates();
    for (const QString &kind : std::as_const(kinds))
        lines.append({kind, kind + QLatin1Char(' ') + CodeCatalogue::forYear(department.year).name(Classification::Functional, kind),
                      unitKinds.value(kind), departmentKinds.value(kind)});
    lines.append({QStringLiteral("sangong"), QCoreApplication::translate("bd::Validator", "\"Three public\" expenses"),
                  sanGong(units), sanGong(department)});
    const auto unitsCost = units.schedules.figure(QStringLiteral("operating_cost"));
    const auto departmentCost = department.schedules.figure(QStringLiteral("operating_cost"));
    if (unitsCost && departmentCost)
        lines.append({QStringLiteral("operating_cost"), QCoreApplication::translate("bd::Validator", "Operating costs (机关运行经费)"),
                      *unitsCost, *departmentCost});
    QList<Finding> out;
    for (const Line &l : std::as_const(lines)) {
        if (l.units == l.department)
            continue;
        Finding f;
        f.rule = QStringLiteral("C.units-sum");
        f.severity = wanRoundingSeverity(l.department, l.units);
        f.rowKey = l.key;
        f.rowLabel = l.label;
        f.unit = Unit::WanYuan;
        f.published = l.department;
        f.derived = l.units;
        f.message = QCoreApplication::translate("bd::Validator",
                                                "%1: the department's own budget (document %2) has %3 万元, but its units add up to "
                                                "%4 万元 (difference %5)")
                        .arg(l.label)
                        .arg(department.id)
                        .arg(l.department.format(Unit::WanYuan), l.units.format(Unit::WanYuan),
                             differenceText(l.department, l.units, Unit::WanYuan));
        out.append(f);
    }
    return out;
}

} // namespace bd
