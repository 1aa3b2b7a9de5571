// D rules on a final account's statements of execution ("年初预算为 X 万元，支出决算为 Y 万元，
// 完成年初预算的 Z%。决算数小于预算数的主要原因：…"), each read into an ExecutionLine:
//  - the completion rate is Y over the budget it says it is of, within the rounding of the
//    printed figures (a rate cut off rather than rounded is a notice; a rate of the other budget
//    than the sentence names is a warning);
//  - Y is what the tables print for the line (一般公共预算财政拨款 of the 项, in total, or the
//    三公 决算数), and a 三公 年初预算 is the table's 预算数;
//  - the lines add up to the total statement;
//  - a 决算 that differs from its budget says why;
//  - the 类/款/项 a statement names is one of the tables'.

#include "ValidationContext.h"

#include <QCoreApplication>
#include <QSet>

namespace bd {

namespace {

Measure gpbMeasure(const QString &prefix)
{
    Measure m;
    m.hasSources = true;
    m.sources = fundSourceGroup(QStringLiteral("@gpb"));
    m.codePrefix = prefix;
    return m;
}

Measure sanGongMeasure(bool budgeted)
{
    Measure m;
    m.of = QStringLiteral("sangong");
    if (budgeted)
        m.part = QStringLiteral("budgeted");
    return m;
}

// What the tables say the line spent; nullopt for a line no table prints.
std::optional<Measure> actualMeasure(const ExecutionLine &l)
{
    if (l.key == QLatin1String("gpb.total"))
        return gpbMeasure(QString());
    if (l.key == QLatin1String("sangong.total"))
        return sanGongMeasure(false);
    if (!l.key.isEmpty() && l.key.front().isDigit())
        return gpbMeasure(l.key);
    return std::nullopt;
}

Finding lineFinding(const char *rule, Severity severity, const ExecutionLine &l)
{
    Finding f;
    f.rule = QLatin1String(rule);
    f.severity = severity;
    f.line = l.sourceLine;
    f.unit = Unit::WanYuan;
    f.rowKey = l.key;
    f.rowLabel = l.name;
    return f;
}

QString where(const ExecutionLine &l)
{
    return QCoreApplication::translate("bd::Validator", "Narrative, line %1: “%2”").arg(l.sourceLine).arg(l.name);
}

QString wan(Amount a)
{
    return a.format(Unit::WanYuan) + QStringLiteral(" 万元");
}

// Whether a rate printed with two decimals is part / whole, allowing for both figures being
// rounded to 0.01 万元.
bool rateWithinRounding(qint64 stated, Amount part, Amount whole)
{
    const qint64 halfStep = Amount::displayStep(Unit::WanYuan) / 2;
    return percentWithinRounding(stated, 2, part, halfStep, whole, halfStep);
}

void checkRate(const ExecutionLine &l, QList<Finding> &out)
{
    if (!l.statedRate)
        return;
    const std::optional<Amount> named = l.rateBase == QLatin1String("initial")    ? l.budgeted
                                        : l.rateBase == QLatin1String("adjusted") ? l.adjusted
                                                                                  : l.plan();
    const std::optional<Amount> other = l.rateBase == QLatin1String("initial") ? l.adjusted
                                        : l.rateBase == QLatin1String("adjusted") ? l.budgeted
                                                                                  : std::nullopt;
    const qint64 stated = *l.statedRate;
    auto exact = [&](Amount base) { return percentHundredths(l.actual, base); };
    if (named && exact(*named) == stated)
        return;
    const bool rounding = named && rateWithinRounding(stated, l.actual, *named);
    const bool truncated = named && !rounding && percentTruncated(l.actual, *named, 2) == stated;
    const bool ofOther = !rounding && !truncated && other && (exact(*other) == stated || rateWithinRounding(stated, l.actual, *other));
    const Severity severity = rounding || truncated ? Severity::Notice : ofOther ? Severity::Warning : Severity::Error;
    Finding f = lineFinding("D.execution-rate", severity, l);
    f.statedText = formatPercent(stated);
    const QString base = named ? wan(*named) : QStringLiteral("0");
    const auto recomputed = named ? exact(*named) : std::nullopt;
    f.recomputedText = recomputed ? formatPercent(*recomputed) : QString();
    QString why;
    if (rounding)
        why = QCoreApplication::translate("bd::Validator", " (within the rounding of the printed figures)");
    else if (truncated)
        why = QCoreApplication::translate("bd::Validator", " (the printed rate is cut off, not rounded)");
    else if (ofOther)
        why = QCoreApplication::translate("bd::Validator", "; %1 is the rate of the %2 of %3")
                  .arg(f.statedText,
                       l.rateBase == QLatin1String("initial") ? QCoreApplication::translate("bd::Validator", "budget as adjusted (全年预算)")
                                                              : QCoreApplication::translate("bd::Validator", "budget at the start of the year (年初预算)"),
                       wan(*other));
    f.message = recomputed ? QCoreApplication::translate("bd::Validator", "%1 states a completion of %2, but %3 / %4 = %5%6")
                                 .arg(where(l), f.statedText, wan(l.actual), base, f.recomputedText, why)
                           : QCoreApplication::translate("bd::Validator", "%1 states a completion of %2 of a budget of 0%3")
                                 .arg(where(l), f.statedText, why);
    out.append(f);
}

void checkActual(const ValidationContext &ctx, const ExecutionLine &l, QList<Finding> &out)
{
    const auto measure = actualMeasure(l);
    if (!measure)
        return;
    const FigureValue v = ctx.valueOf(*measure);
    const Amount shown = v.value();
    if (shown == l.actual)
        return;
    const Agreement a = ValidationContext::agree(l.actual, v.exact, ValidationContext::tolerance(Unit::WanYuan, std::max(v.terms, 1)));
    if (a == Agreement::Exact)
        return;
    Finding f = v.cell ? ValidationContext::cellFinding(QStringLiteral("D.execution-actual"), severityOf(a, Severity::Error), *v.cell)
                       : lineFinding("D.execution-actual", severityOf(a, Severity::Error), l);
    f.line = l.sourceLine;
    f.published = l.actual;
    f.derived = shown;
    f.message = QCoreApplication::translate("bd::Validator", "%1 states a 决算 of %2, but %3 prints %4 (difference %5)%6")
                    .arg(where(l), wan(l.actual),
                         v.cell ? ValidationContext::place(*v.cell) : QCoreApplication::translate("bd::Validator", "the schedules"),
                         wan(shown), differenceText(l.actual, shown, Unit::WanYuan),
                         a == Agreement::Rounding ? roundingNote(v.terms + 1) : QString());
    out.append(f);
}

void checkSanGongBudget(const ValidationContext &ctx, const ExecutionLine &l, QList<Finding> &out)
{
    if (l.key != QLatin1String("sangong.total") || !l.budgeted)
        return;
    const FigureValue v = ctx.valueOf(sanGongMeasure(true));
    if (!v.cell)
        return; // no table prints the 预算数
    const Amount shown = v.value();
    const Agreement a = ValidationContext::agree(*l.budgeted, shown, ValidationContext::tolerance(Unit::WanYuan, 1));
    if (a == Agreement::Exact)
        return;
    Finding f = ValidationContext::cellFinding(QStringLiteral("D.execution-budget"), severityOf(a, Severity::Error), *v.cell);
    f.line = l.sourceLine;
    f.published = *l.budgeted;
    f.derived = shown;
    f.message = QCoreApplication::translate("bd::Validator", "%1 states a 年初预算 of %2, but %3 prints %4 (difference %5)")
                    .arg(where(l), wan(*l.budgeted), ValidationContext::place(*v.cell), wan(shown),
                         differenceText(*l.budgeted, shown, Unit::WanYuan));
    out.append(f);
}

void checkReason(const ExecutionLine &l, QList<Finding> &out)
{
    const auto plan = l.plan();
    if (!plan || *plan == l.actual || !l.reason.isEmpty())
        return;
    Finding f = lineFinding("D.execution-reason", Severity::Warning, l);
    f.published = l.actual;
    f.derived = *plan;
    f.message = QCoreApplication::translate("bd::Validator", "%1: the 决算 (%2) differs from the budget (%3), but no reason is given")
                    .arg(where(l), wan(l.actual), wan(*plan));
    out.append(f);
}

// The 项 lines add up to the total statement, both their budgets and their 决算, when they are
// every 项 of the tables.
void checkSum(const ValidationContext &ctx, const QList<ExecutionLine> &lines, QList<Finding> &out)
{
    const ExecutionLine *total = nullptr;
    QList<const ExecutionLine *> items;
    for (const ExecutionLine &l : lines) {
        if (l.key == QLatin1String("gpb.total"))
            total = &l;
        else if (!l.key.isEmpty() && (l.key.front().isDigit() || l.key.startsWith(QLatin1String("item:"))))
            items.append(&l);
    }
    if (!total || items.isEmpty())
        return;
    // Only a 说明 that states every 项 the tables spend 一般公共预算 on adds up to its total; one
    // that names the main 项 only does not.
    QSet<QString> spent;
    for (const FunctionalLine &l : ctx.doc.schedules.functional)
        if (!l.amount.isZero() && (l.source == FundSource::GeneralBudget || l.source == FundSource::GeneralBudgetTransfer))
            spent.insert(l.code);
    if (items.size() < spent.size())
        return;
    auto compare = [&](const char *what, std::optional<Amount> stated, auto part) {
        if (!stated)
            return;
        Amount sum;
        for (const ExecutionLine *l : items) {
            const std::optional<Amount> v = part(*l);
            if (!v)
                return; // a line without that figure: no sum to compare
            sum += *v;
        }
        const Agreement a = ValidationContext::agree(*stated, sum, ValidationContext::tolerance(Unit::WanYuan, int(items.size())));
        if (a == Agreement::Exact)
            return;
        Finding f = lineFinding("D.execution-sum", severityOf(a, Severity::Error), *total);
        f.published = *stated;
        f.derived = sum;
        f.message = QCoreApplication::translate("bd::Validator", "%1 states a %2 of %3, but the %4 lines under it add up to %5 (difference %6)%7")
                        .arg(where(*total), QString::fromUtf8(what), wan(*stated)).arg(items.size())
                        .arg(wan(sum), differenceText(*stated, sum, Unit::WanYuan), a == Agreement::Rounding ? roundingNote(int(items.size()) + 1) : QString());
        out.append(f);
    };
    compare("年初预算", total->budgeted, [](const ExecutionLine &l) { return l.budgeted; });
    compare("全年预算", total->adjusted, [](const ExecutionLine &l) { return l.adjusted; });
    compare("决算", std::optional<Amount>(total->actual), [](const ExecutionLine &l) { return std::optional<Amount>(l.actual); });
}

void checkItem(const ExecutionLine &l, QList<Finding> &out)
{
    if (!l.key.startsWith(QLatin1String("item:")))
        return;
    Finding f = lineFinding("D.execution-item", Severity::Warning, l);
    f.message = QCoreApplication::translate("bd::Validator", "%1 names no 项 of the tables, and its 决算 of %2 is none of theirs under that 类")
                    .arg(where(l), wan(l.actual));
    out.append(f);
}

} // namespace

void checkExecution(const ValidationContext &ctx, QList<Finding> &out)
{
    const QList<ExecutionLine> &lines = ctx.doc.schedules.execution;
    for (const ExecutionLine &l : lines) {
        checkRate(l, out);
        checkActual(ctx, l, out);
        checkSanGongBudget(ctx, l, out);
        checkReason(l, out);
        checkItem(l, out);
    }
    checkSum(ctx, lines, out);
}

} // namespace bd
