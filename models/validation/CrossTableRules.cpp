// C. Across tables: every figure printed in two tables agrees (fund totals across the summary,
// income, fiscal and per-fund tables; each 类/款/项 wherever it is printed); the 一般公共预算
// 基本支出 equals the 经济分类 table's total; the 项目支出 equals the projects table; 机关运行经费
// equals the 公用经费; the performance targets' funds equal the budget.

#include "ValidationContext.h"

#include "codes/CodeCatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace bd {

namespace {

Unit coarser(Unit a, Unit b)
{
    return Amount::displayStep(a) >= Amount::displayStep(b) ? a : b;
}

int termsOf(const ValidationContext &ctx, const CheckedCell &c)
{
    int terms = 0;
    ctx.derivedValue(c, &terms);
    return terms;
}

QString amountText(Amount a, const DisclosureTable &t)
{
    return a.format(t.unit, t.thousands) + QLatin1Char(' ') + unitSuffix(t.unit);
}

void reportPair(const ValidationContext &ctx, QList<Finding> &out, const QString &rule, const CheckedCell &c, const CheckedCell &ref,
                int terms)
{
    const Amount x = c.value().value_or(Amount()), y = ref.value().value_or(Amount());
    const Unit unit = coarser(c.table->unit, ref.table->unit);
    const Agreement a = ValidationContext::agree(x, y, ValidationContext::tolerance(unit, terms));
    if (a == Agreement::Exact)
        return;
    Finding f = ValidationContext::cellFinding(rule, severityOf(a, Severity::Error), c);
    f.published = x;
    f.derived = y;
    f.message = QCoreApplication::translate("bd::Validator", "%1: printed %2, but %3 prints %4 for the same money (difference %5)%6")
                    .arg(ValidationContext::place(c), amountText(x, *c.table), ValidationContext::place(ref), amountText(y, *ref.table),
                         differenceText(x, y, c.table->unit, c.table->thousands),
                         a == Agreement::Rounding ? roundingNote(terms) : QString());
    out.append(f);
}

bool phaseMatches(const std::optional<Phase> &wanted, Phase actual)
{
    return !wanted || (*wanted == Phase::Basic ? isBasic(actual) : *wanted == actual);
}

// Which facts of the schedules a cell adds up. Two cells that add up the same facts print the
// same figure, whatever their columns are called: table 5's 一般公共预算 and table 3's 合计 of a
// 项 that has only 一般公共预算 money are the same money. Empty when the cell holds nothing.
QString factsOf(const ValidationContext &ctx, const CheckedCell &c)
{
    const Measure &m = c.measure;
    const QString kind = c.base.section(QLatin1Char('|'), 0, 0);
    if (kind != QLatin1String("money"))
        return c.signature; // other schedules: the same measure
    QStringList facts;
    const Schedules &s = ctx.doc.schedules;
    for (int i = 0; i < s.functional.size(); ++i) {
        const FunctionalLine &l = s.functional[i];
        if (!l.amount.isZero() && m.includesSource(l.source) && phaseMatches(m.phase, l.phase) && l.code.startsWith(m.codePrefix))
            facts.append(QString::number(i));
    }
    if (m.of == QLatin1String("income") && !m.includesSource(FundSource::UnitFunds))
        for (auto it = s.unitFundsDetail.cbegin(); it != s.unitFundsDetail.cend(); ++it)
            if (m.includesSource(it.key()) && !it.value().isZero())
                facts.append(QStringLiteral("detail:") + fundSourceKey(it.key()));
    return facts.isEmpty() ? QString() : QStringLiteral("facts|") + facts.join(QLatin1Char(','));
}

// Every figure printed by more than one table: all of them print the same figure.
void sameFigureEverywhere(const ValidationContext &ctx, QList<Finding> &out)
{
    QStringList order;
    QHash<QString, QList<const CheckedCell *>> groups;
    for (const CheckedCell &c : ctx.cells()) {
        if (c.base.isEmpty() || c.measure.project >= 0)
            continue;
        const QString facts = factsOf(ctx, c);
        if (facts.isEmpty())
            continue;
        if (!groups.contains(facts))
            order.append(facts);
        groups[facts].append(&c);
    }
    for (const QString &sig : order) {
        const QList<const CheckedCell *> &g = groups[sig];
        QSet<int> tables;
        for (const CheckedCell *c : g)
            tables.insert(c->table->number);
        if (tables.size() < 2)
            continue;
        // The figure most tables print is the reference; ties go to the earlier table.
        QList<qint64> values;
        for (const CheckedCell *c : g)
            values.append(c->value().value_or(Amount()).fen());
        qint64 reference = values.first();
        int best = 0;
        for (qint64 v : values) {
            const int n = int(std::count(values.cbegin(), values.cend(), v));
            if (n > best) {
                best = n;
                reference = v;
            }
        }
        for (int i = 0; i < g.size(); ++i) {
            if (values[i] == reference)
                continue;
            const CheckedCell *ref = nullptr;
            for (int j = 0; j < g.size() && !ref; ++j)
                if (values[j] == reference && g[j]->table != g[i]->table)
                    ref = g[j];
            if (!ref)
                continue; // only the same table disagrees with itself: arithmetic (B) says so
            const int terms = std::max(termsOf(ctx, *g[i]), 1);
            reportPair(ctx, out, g[i]->measure.codePrefix.isEmpty() ? QStringLiteral("C.fund-totals") : QStringLiteral("C.row-agreement"),
                       *g[i], *ref, terms);
        }
    }
}

Measure fundMeasure(const QString &group, std::optional<Phase> phase = std::nullopt, const QString &prefix = QString())
{
    Measure m;
    m.hasSources = true;
    m.sources = fundSourceGroup(group);
    m.phase = phase;
    m.codePrefix = prefix;
    return m;
}

void compareFigures(const ValidationContext &ctx, QList<Finding> &out, const QString &rule, const FigureValue &a, const FigureValue &b)
{
    if (!a.cell || !b.cell)
        return;
    const int terms = std::max({a.terms, b.terms, 1});
    reportPair(ctx, out, rule, *a.cell, *b.cell, terms);
}

void basicEqualsEconomic(const ValidationContext &ctx, QList<Finding> &out)
{
    Measure economic;
    economic.of = QStringLiteral("economic");
    const FigureValue econ = ctx.valueOf(economic);
    const FigureValue gpbBasic = ctx.valueOf(fundMeasure(QStringLiteral("@gpb"), Phase::Basic));
    compareFigures(ctx, out, QStringLiteral("C.basic-equals-economic"), gpbBasic, econ);
    // Table 3's 基本支出 is the same money when all of it is 一般公共预算; compared only when it
    // prints another figure than table 5 (else the comparison above already said it).
    const FigureValue allBasic = ctx.valueOf(fundMeasure(QStringLiteral("@all"), Phase::Basic));
    if (allBasic.cell && allBasic.exact == gpbBasic.exact && allBasic.value() != gpbBasic.value())
        compareFigures(ctx, out, QStringLiteral("C.basic-equals-economic"), allBasic, econ);
}

void projectEqualsProjects(const ValidationContext &ctx, QList<Finding> &out)
{
    for (const CheckedCell &c : ctx.cells()) {
        // A unit's rows hold part of the 功能分类's money (a department listing its projects by
        // unit): their sum is compared, in the total.
        if (c.spec->kind != TableKind::Projects || !c.measure.econClass.isEmpty() || c.measure.project >= 0
            || c.rowKey() == QLatin1String("unit") || !c.measure.unit.isEmpty())
            continue;
        Measure m;
        m.hasSources = c.measure.hasSources;
        m.sources = c.measure.sources;
        m.phase = Phase::Project;
        m.codePrefix = c.measure.codePrefix;
        const FigureValue functional = ctx.valueOf(m);
        if (!functional.cell)
            continue;
        int terms = 0;
        ctx.derivedValue(c, &terms);
        reportPair(ctx, out, QStringLiteral("C.project-equals-projects"), *functional.cell, c, std::max({terms, functional.terms, 1}));
    }
}

const Figure *figureOf(const Schedules &s, const QString &key)
{
    for (const Figure &f : s.figures)
        if (f.key == key && f.amount)
            return &f;
    return nullptr;
}

void operatingCost(const ValidationContext &ctx, QList<Finding> &out)
{
    const Figure *cost = figureOf(ctx.doc.schedules, QStringLiteral("operating_cost"));
    if (!cost)
        return;
    Measure publicUse;
    publicUse.of = QStringLiteral("economic");
    publicUse.part = QStringLiteral("public");
    const FigureValue pub = ctx.valueOf(publicUse);
    if (!pub.cell && pub.exact.isZero())
        return;
    const Amount stated = *cost->amount;
    const Amount recomputed = pub.value();
    // The figure is stated in 万元; a table in 元 is compared at the figure's precision.
    const Unit unit = Unit::WanYuan;
    Agreement a = ValidationContext::agree(stated, recomputed, ValidationContext::tolerance(unit, std::max(pub.terms, 1)));
    if (stated == recomputed.roundedTo(unit))
        a = Agreement::Exact;
    if (a == Agreement::Exact)
        return;
    // 机关运行经费 is the 公用经费 of the administrative units: it may be less (事业单位 are not
    // counted), never more.
    const Severity severity = a == Agreement::Rounding ? Severity::Notice : (stated > recomputed ? Severity::Error : Severity::Warning);
    // Less is what a document whose units include 事业单位 ("下属1家机关和1家参公事业单位", a
    // list of units marked "（下属事业单位）") must print: nothing to say.
    static const QRegularExpression publicInstitutions(QStringLiteral("(?:\\d+\\s*家[^，,。；;]*|下属[^，,。；;）)]*)事业单位"));
    if (severity == Severity::Warning
        && std::any_of(ctx.doc.schedules.narrative.begin(), ctx.doc.schedules.narrative.end(),
                       [](const NarrativeSection &n) { return publicInstitutions.match(n.text).hasMatch(); }))
        return;
    Finding f = pub.cell ? ValidationContext::cellFinding(QStringLiteral("C.operating-cost-equals-public"), severity, *pub.cell) : Finding();
    f.rule = QStringLiteral("C.operating-cost-equals-public");
    f.severity = severity;
    if (!pub.cell) {
        f.rowKey = cost->key;
        f.rowLabel = cost->label;
    }
    f.published = stated;
    f.derived = recomputed;
    f.unit = unit;
    f.line = cost->sourceLine;
    const QString where = pub.cell ? ValidationContext::place(*pub.cell) : QCoreApplication::translate("bd::Validator", "the 经济分类 schedule");
    f.message = QCoreApplication::translate("bd::Validator", "%1: stated %2 万元, but the 公用经费 in %3 is %4 万元 (difference %5)%6%7")
                    .arg(ValidationContext::withLine(cost->label, cost->sourceLine),
                         stated.format(unit), where, recomputed.format(unit), differenceText(stated, recomputed, unit),
                         a == Agreement::Rounding ? roundingNote(pub.terms + 1) : QString(),
                         f.severity == Severity::Warning
                             ? QCoreApplication::translate("bd::Validator", "; less is possible only when some units are not administrative")
                             : QString());
    out.append(f);
}

QString targetName(const PerformanceTarget &t)
{
    return t.kind == QLatin1String("overall")
               ? QCoreApplication::translate("bd::Validator", "部门整体绩效目标表 (overall performance targets)")
               : QCoreApplication::translate("bd::Validator", "项目支出绩效目标表 %1 (project performance targets)").arg(t.name);
}

void targetsEqualBudget(const ValidationContext &ctx, QList<Finding> &out)
{
    const Unit unit = Unit::WanYuan;
    const FigureValue budget = ctx.valueOf(fundMeasure(QStringLiteral("@all")));
    const FigureValue fiscal = ctx.valueOf(fundMeasure(QStringLiteral("@fiscal")));
    for (const PerformanceTarget &t : ctx.doc.schedules.targets) {
        QStringList parts;
        int figures = 0;
        auto part = [&](const std::optional<Amount> &a, const QString &label) {
            if (!a)
                return;
            parts.append(label + QLatin1Char(' ') + a->format(unit));
            ++figures;
        };
        part(t.fiscalSuperior, QCoreApplication::translate("bd::Validator", "上级安排"));
        part(t.fiscal, t.kind == QLatin1String("overall") ? QCoreApplication::translate("bd::Validator", "本级安排")
                                                            : QCoreApplication::translate("bd::Validator", "财政拨款"));
        part(t.other, QCoreApplication::translate("bd::Validator", "其他资金"));
        Finding f;
        f.rule = QStringLiteral("C.targets-equal-budget");
        f.rowKey = t.kind;
        f.rowLabel = t.name;
        f.unit = unit;
        f.line = t.sourceLine;
        // A stated 资金总额 must be its parts.
        if (t.total && figures) {
            const Agreement a = ValidationContext::agree(*t.total, t.statedSum(), ValidationContext::tolerance(unit, figures));
            if (a != Agreement::Exact) {
                Finding g = f;
                g.severity = severityOf(a, Severity::Error);
                g.published = *t.total;
                g.derived = t.statedSum();
                g.message = QCoreApplication::translate("bd::Validator", "%1: 资金总额 %2 万元, but its sources add up to %3 万元 (%4; difference %5)%6")
                                .arg(ValidationContext::withLine(targetName(t), t.sourceLine),
                                     t.total->format(unit), t.statedSum().format(unit), parts.join(QStringLiteral(" + ")),
                                     differenceText(*t.total, t.statedSum(), unit), a == Agreement::Rounding ? roundingNote(figures + 1) : QString());
                out.append(g);
            }
        }
        const Amount stated = t.total.value_or(t.statedSum());
        if (!t.total && !figures)
            continue;
        if (t.kind == QLatin1String("overall")) {
            // The department's whole budget: 财政拨款 from the fiscal sources, the rest from its own.
            const Amount whole = budget.value();
            const Amount fiscalPart = fiscal.value();
            const Agreement a = ValidationContext::agree(stated, whole, ValidationContext::tolerance(unit, std::max(figures, 1)));
            if (a == Agreement::Exact)
                continue;
            // Placed at the budget's cell, with the line of the target table.
            if (budget.cell)
                f = ValidationContext::cellFinding(f.rule, f.severity, *budget.cell);
            f.severity = severityOf(a, Severity::Error);
            f.published = stated;
            f.derived = whole;
            f.unit = unit;
            f.line = t.sourceLine;
            const Amount statedFiscal = t.fiscalSuperior.value_or(Amount()) + t.fiscal.value_or(Amount());
            f.message = QCoreApplication::translate("bd::Validator", "%1: its funds add up to %2 万元 (%3), but the department's budget is %4 万元 (财政拨款 %5 + 其他 %6) in %7 (difference %8)%9")
                            .arg(ValidationContext::withLine(targetName(t), t.sourceLine),
                                 stated.format(unit), parts.join(QStringLiteral(" + ")), whole.format(unit), fiscalPart.format(unit),
                                 (whole - fiscalPart).format(unit),
                                 budget.cell ? ValidationContext::place(*budget.cell) : QCoreApplication::translate("bd::Validator", "the schedules"),
                                 differenceText(stated, whole, unit),
                                 a == Agreement::Rounding
                                     ? roundingNote(figures + 1)
                                     : (statedFiscal != fiscalPart && (t.fiscal || t.fiscalSuperior)
                                            ? QCoreApplication::translate("bd::Validator", "; its 财政资金 %1 万元 is not the 财政拨款 %2 万元")
                                                  .arg(statedFiscal.format(unit), fiscalPart.format(unit))
                                            : QString()));
            out.append(f);
        } else {
            // A project's target against the project of the same name, where there is one.
            for (const ProjectLine &p : ctx.doc.schedules.projects) {
                if (CodeCatalogue::normalizedName(p.name) != CodeCatalogue::normalizedName(t.name))
                    continue;
                const Amount total = p.statedTotal.value_or(p.total());
                const Agreement a = ValidationContext::agree(stated, total, ValidationContext::tolerance(unit, std::max(figures, 1)));
                if (a != Agreement::Exact) {
                    f.severity = severityOf(a, Severity::Error);
                    f.published = stated;
                    f.derived = total;
                    f.message = QCoreApplication::translate("bd::Validator", "%1: its funds add up to %2 万元, but the project's budget is %3 万元 (difference %4)%5")
                                    .arg(ValidationContext::withLine(targetName(t), t.sourceLine),
                                         stated.format(unit), total.format(unit), differenceText(stated, total, unit),
                                         a == Agreement::Rounding ? roundingNote(figures + 1) : QString());
                    out.append(f);
                }
                break;
            }
        }
    }
}

} // namespace

void checkCrossTable(const ValidationContext &ctx, QList<Finding> &out)
{
    sameFigureEverywhere(ctx, out);
    basicEqualsEconomic(ctx, out);
    projectEqualsProjects(ctx, out);
    operatingCost(ctx, out);
    targetsEqualBudget(ctx, out);
}

} // namespace bd
