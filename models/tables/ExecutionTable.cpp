#include "ExecutionTable.h"

#include "codes/CodeCatalogue.h"
#include "templates/TemplateDescription.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace bd {

std::optional<Amount> ExecutionRow::difference() const
{
    const auto p = plan();
    return p ? std::optional<Amount>(actual - *p) : std::nullopt;
}

std::optional<qint64> ExecutionRow::completion() const
{
    const auto p = plan();
    return p ? percentHundredths(actual, *p) : std::nullopt;
}

namespace {

const QList<FundSource> &gpbSources()
{
    static const QList<FundSource> gpb = fundSourceGroup(QStringLiteral("@gpb"));
    return gpb;
}

// 一般公共预算 under a code (all of it for ""), from the schedules.
Amount gpbOf(const Schedules &s, const QString &prefix)
{
    Measure m;
    m.hasSources = true;
    m.sources = gpbSources();
    m.codePrefix = prefix;
    return m.evaluate(s).value_or(Amount());
}

// The 一般公共预算 figures the document prints: the total column of its table of 一般公共预算
// by 功能分类. Printed figures carry the document's rounding, and the 说明 states them, not
// their exact sums.
struct PrintedGpb
{
    const DisclosureTable *table = nullptr;
    int column = -1;
    QString totalKey;

    explicit PrintedGpb(const BudgetDocument &doc)
    {
        const auto tpl = TemplateRegistry::instance().find(doc.templateId);
        if (!tpl)
            return;
        for (const TableSpec &spec : tpl->tables) {
            const DisclosureTable *t = doc.publishedTable(spec.number);
            if (spec.kind != TableKind::FunctionalTree || !t)
                continue;
            for (int c = 0; c < spec.columns.size(); ++c) {
                const Measure &m = spec.columns[c].measure;
                if (spec.columns[c].isAmount() && m.of.isEmpty() && !m.phase && m.hasSources && m.sources == gpbSources()) {
                    table = t;
                    column = c;
                    totalKey = spec.total ? spec.total->key : QString();
                    return;
                }
            }
        }
    }
    // The figure of a code (the total for ""); nullopt when the table prints no such row.
    std::optional<Amount> of(const QString &code) const
    {
        const TableRow *r = table ? table->findRow(code.isEmpty() ? totalKey : code) : nullptr;
        return r ? std::optional<Amount>(r->cells.value(column).amount.value_or(Amount())) : std::nullopt;
    }
};

} // namespace

QList<ExecutionRow> executionTable(const BudgetDocument &finalAccount, const BudgetDocument *budget)
{
    const Schedules &s = finalAccount.schedules;
    QMap<QString, const ExecutionLine *> stated;
    for (const ExecutionLine &l : s.execution)
        stated.insert(l.key, &l);

    // The codes: every 项 either document spends 一般公共预算 on, or the 说明 names, with their
    // 类 and 款.
    QSet<QString> codes;
    auto addCode = [&](const QString &code) {
        if (code.isEmpty() || !code.front().isDigit())
            return;
        for (QString c = code; !c.isEmpty(); c = CodeCatalogue::parentOf(c))
            codes.insert(c);
    };
    QMap<QString, QString> names;
    for (const BudgetDocument *doc : {&finalAccount, budget}) {
        if (!doc)
            continue;
        for (const FunctionalLine &l : doc->schedules.functional) {
            if (!gpbSources().contains(l.source) || l.amount.isZero())
                continue;
            addCode(l.code);
            if (!names.contains(l.code) && !l.name.isEmpty())
                names.insert(l.code, l.name);
        }
    }
    for (const ExecutionLine &l : s.execution)
        addCode(l.key);
    // 类 and 款 are named as the final account's tables name them, else as the catalogue does.
    for (const DisclosureTable &t : finalAccount.published) {
        const int name = t.columnIndex(QStringLiteral("name"));
        if (name < 0)
            continue;
        for (const TableRow &r : t.rows)
            if (codes.contains(r.key) && !names.contains(r.key) && !r.cells.value(name).text.isEmpty())
                names.insert(r.key, r.cells.value(name).text);
    }
    const CodeCatalogue &catalogue = CodeCatalogue::forYear(finalAccount.year);
    QStringList sorted(codes.begin(), codes.end());
    std::sort(sorted.begin(), sorted.end());

    auto budgetOf = [&](const QString &key, const QString &prefix, ExecutionRow &row) {
        const ExecutionLine *line = stated.value(key);
        if (line) {
            row.adjusted = line->adjusted;
            row.statedRate = line->statedRate;
            row.reason = line->reason;
        }
        if (budget) {
            row.budgeted = gpbOf(budget->schedules, prefix);
            row.budgetSource = QStringLiteral("budget");
            if (line && line->budgeted && *line->budgeted != *row.budgeted)
                row.statedBudget = line->budgeted;
        } else if (line && line->budgeted) {
            row.budgeted = line->budgeted;
            row.budgetSource = QStringLiteral("statement");
        }
    };

    const PrintedGpb printed(finalAccount);
    QList<ExecutionRow> rows;
    ExecutionRow total;
    total.key = QStringLiteral("gpb.total");
    total.name = QStringLiteral("一般公共预算财政拨款支出");
    total.actual = printed.of(QString()).value_or(gpbOf(s, QString()));
    budgetOf(total.key, QString(), total);
    rows.append(total);
    for (const QString &code : std::as_const(sorted)) {
        ExecutionRow row;
        row.key = code;
        row.level = CodeCatalogue::levelOf(Classification::Functional, code);
        if (row.level == 0)
            row.level = code.size() <= 3 ? 1 : code.size() <= 5 ? 2 : 3;
        row.name = names.value(code, catalogue.name(Classification::Functional, code));
        row.actual = printed.of(code).value_or(gpbOf(s, code));
        budgetOf(code, code, row);
        rows.append(row);
    }
    // A 类 or 款 the 说明 states no budget for: the sum of its 项, when each has one.
    for (int level = 2; level >= 1; --level) {
        for (ExecutionRow &row : rows) {
            if (row.level != level || row.budgeted)
                continue;
            Amount sum, adjustedSum;
            bool complete = true, anyAdjusted = false, allAdjusted = true;
            for (const ExecutionRow &child : std::as_const(rows)) {
                if (child.level != level + 1 || !child.key.startsWith(row.key))
                    continue;
                complete = complete && child.budgeted.has_value();
                sum += child.budgeted.value_or(Amount());
                anyAdjusted = anyAdjusted || child.adjusted.has_value();
                allAdjusted = allAdjusted && (child.adjusted || child.budgeted);
                adjustedSum += child.adjusted ? *child.adjusted : child.budgeted.value_or(Amount());
            }
            if (complete) {
                row.budgeted = sum;
                row.budgetSource = QStringLiteral("statement");
            }
            if (anyAdjusted && allAdjusted && !row.adjusted)
                row.adjusted = adjustedSum;
        }
    }
    return rows;
}

QList<HistoryRow> historyTable(const QList<BudgetDocument> &documents)
{
    QList<HistoryRow> rows;
    for (const BudgetDocument &d : documents) {
        HistoryRow r;
        r.id = d.id;
        r.year = d.year;
        r.finalAccount = documentKindOf(d.templateId) == DocumentKind::Final;
        r.department = d.department;
        for (const FunctionalLine &l : d.schedules.functional) {
            r.total += l.amount;
            if (isBasic(l.phase))
                r.basic += l.amount;
            else if (l.phase == Phase::Project)
                r.project += l.amount;
            if (gpbSources().contains(l.source))
                r.generalBudget += l.amount;
        }
        for (const SanGongLine &l : d.schedules.sanGong)
            r.sanGong += l.total();
        rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const HistoryRow &a, const HistoryRow &b) {
        return a.year != b.year ? a.year < b.year : (!a.finalAccount && b.finalAccount);
    });
    return rows;
}

} // namespace bd
