// B. Arithmetic inside each table under check: 收入总计 = 支出总计, parent = Σ children,
// 合计 = 基本 + 项目, 合计 = 人员 + 公用, 三公 合计 = 出国 + 接待 + 车, 车 = 购置 + 运行, and
// 政府采购 = 货物 + 工程 + 服务.
//
// Which cells add up to which is not written down per template: every cell's measure says what
// money it holds (its "atoms": source × phase, 经济分类 part, 三公 item × fund, …), and a cell
// is the sum of the largest other cells of its row (or column) whose money it contains, when
// those do not overlap. Code rows (功能分类/经济分类 trees) add up by code.

#include "ValidationContext.h"

#include "codes/CodeCatalogue.h"

#include <QCoreApplication>

namespace bd {

namespace {

enum class Axis { Rows, Columns };

bool isCode(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString kindOfBase(const CheckedCell &c)
{
    return c.base.section(QLatin1Char('|'), 0, 0);
}

// The code a project row is filed under: its 类, 款 and 项 cells.
QString codeOfRow(const DisclosureTable &t, const TableRow &row)
{
    QString code;
    for (const QString key : {QStringLiteral("code1"), QStringLiteral("code2"), QStringLiteral("code3")}) {
        const int c = t.columnIndex(key);
        if (c >= 0)
            code += row.cells.value(c).text.trimmed();
    }
    return code;
}

QString labelOf(const CheckedCell &c, Axis axis)
{
    return axis == Axis::Rows ? ValidationContext::rowLabel(*c.table, c.tableRow(), c.side) : c.table->columns.value(c.column).header;
}

// Reports `parent` when it is not the sum of `parts` (plus `residual`, money of the parent's
// measure that no listed row or column holds, from the schedules).
void reportSum(const ValidationContext &ctx, QList<Finding> &out, const QString &rule, const CheckedCell &parent,
               const QList<const CheckedCell *> &parts, Amount residual, QString partsText)
{
    const std::optional<Amount> pv = parent.value();
    Amount sum = residual;
    int figures = 0;
    bool any = pv.has_value() || !residual.isZero();
    for (const CheckedCell *p : parts) {
        if (const auto v = p->value()) {
            sum += *v;
            any = true;
            if (!v->isZero())
                ++figures;
        }
    }
    if (!any)
        return;
    const Amount stated = pv.value_or(Amount());
    const Unit unit = parent.table->unit;
    const bool th = parent.table->thousands;
    // A draft's tables are exact sums: only a published table's figures carry rounding.
    const qint64 tolerance = ctx.checksPublished() ? ValidationContext::tolerance(unit, figures) : 0;
    const Agreement a = ValidationContext::agree(stated, sum, tolerance);
    if (a == Agreement::Exact)
        return;
    if (!residual.isZero())
        partsText += QCoreApplication::translate("bd::Validator", " and %1 %2 the table does not list")
                         .arg(residual.format(unit, th), unitSuffix(unit));
    Finding f = ValidationContext::cellFinding(rule, severityOf(a, Severity::Error), parent);
    f.published = stated;
    f.derived = sum;
    f.message = QCoreApplication::translate("bd::Validator", "%1: printed %2, but %3 add up to %4 (difference %5)%6")
                    .arg(ValidationContext::place(parent), stated.format(unit, th), partsText, sum.format(unit, th),
                         differenceText(stated, sum, unit, th), a == Agreement::Rounding ? roundingNote(figures + 1) : QString());
    out.append(f);
}

// Two cells of one table that hold the same money must print the same figure.
void reportSame(const ValidationContext &ctx, QList<Finding> &out, const QString &rule, const CheckedCell &a, const CheckedCell &b,
                Axis axis)
{
    const std::optional<Amount> av = a.value(), bv = b.value();
    if (!av && !bv)
        return;
    const Amount x = av.value_or(Amount()), y = bv.value_or(Amount());
    const Unit unit = a.table->unit;
    const bool th = a.table->thousands;
    const Agreement agreement = ValidationContext::agree(x, y, ctx.checksPublished() ? ValidationContext::tolerance(unit, 1) : 0);
    if (agreement == Agreement::Exact)
        return;
    Finding f = ValidationContext::cellFinding(rule, severityOf(agreement, Severity::Error), a);
    f.published = x;
    f.derived = y;
    f.message = QCoreApplication::translate("bd::Validator", "%1: printed %2, but %3, which holds the same money, is %4 (difference %5)%6")
                    .arg(ValidationContext::place(a), x.format(unit, th), labelOf(b, axis), y.format(unit, th),
                         differenceText(x, y, unit, th), agreement == Agreement::Rounding ? roundingNote(2) : QString());
    out.append(f);
}

QStringList itemsOfCell(const CheckedCell &c)
{
    QStringList items = c.measure.items;
    items.sort();
    return items;
}

QList<int> sourcesOfCell(const CheckedCell &c)
{
    QList<int> out;
    for (int i = 0; i < FundSourceCount; ++i)
        if (c.measure.includesSource(FundSource(i)))
            out.append(i);
    return out;
}

QString ruleFor(const CheckedCell &parent, const QList<const CheckedCell *> &parts, Axis axis)
{
    const QString kind = kindOfBase(parent);
    if (kind == QLatin1String("economic"))
        return QStringLiteral("B.total-personnel-public");
    if (kind == QLatin1String("sangong")) {
        bool itemSplit = false;
        for (const CheckedCell *p : parts)
            itemSplit = itemSplit || itemsOfCell(*p) != itemsOfCell(parent);
        if (!itemSplit)
            return QStringLiteral("B.column-sum"); // 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算
        const QStringList vehicle{QStringLiteral("vehicle_operation"), QStringLiteral("vehicle_purchase")};
        return itemsOfCell(parent) == vehicle ? QStringLiteral("B.sangong-vehicle") : QStringLiteral("B.sangong-sum");
    }
    if (kind == QLatin1String("money") && !parent.measure.phase) {
        bool samesources = true;
        for (const CheckedCell *p : parts)
            samesources = samesources && sourcesOfCell(*p) == sourcesOfCell(parent) && p->measure.phase;
        if (samesources)
            return QStringLiteral("B.total-basic-project");
    }
    return axis == Axis::Rows ? QStringLiteral("B.parent-sum") : QStringLiteral("B.column-sum");
}

// Sums among the cells of one row (axis Columns) or one column (axis Rows).
void atomRelations(const ValidationContext &ctx, QList<Finding> &out, const QList<const CheckedCell *> &line, Axis axis)
{
    QStringList bases;
    QHash<QString, QList<const CheckedCell *>> byBase;
    for (const CheckedCell *c : line) {
        if (c->base.isEmpty() || c->atoms.isEmpty())
            continue;
        if (!byBase.contains(c->base))
            bases.append(c->base);
        byBase[c->base].append(c);
    }
    for (const QString &base : bases) {
        const QList<const CheckedCell *> &g = byBase[base];
        for (int i = 0; i < g.size(); ++i) {
            const CheckedCell *parent = g[i];
            QList<const CheckedCell *> candidates;
            for (int j = 0; j < g.size(); ++j) {
                if (j == i)
                    continue;
                if (g[j]->atoms == parent->atoms) {
                    if (j > i)
                        reportSame(ctx, out, axis == Axis::Rows ? QStringLiteral("B.parent-sum") : QStringLiteral("B.column-sum"), *parent,
                                   *g[j], axis);
                    continue;
                }
                if (parent->atoms.contains(g[j]->atoms))
                    candidates.append(g[j]);
            }
            // The largest parts: those no other part contains (one of each kind of money).
            QList<const CheckedCell *> parts;
            for (const CheckedCell *q : candidates) {
                bool inner = false;
                for (const CheckedCell *r : candidates)
                    inner = inner || (r->atoms != q->atoms && r->atoms.contains(q->atoms));
                bool duplicate = false;
                for (const CheckedCell *p : parts)
                    duplicate = duplicate || p->atoms == q->atoms;
                if (!inner && !duplicate)
                    parts.append(q);
            }
            if (parts.isEmpty())
                continue;
            Atoms covered;
            bool disjoint = true;
            for (const CheckedCell *p : parts) {
                disjoint = disjoint && !covered.intersects(p->atoms);
                covered.unite(p->atoms);
            }
            if (!disjoint)
                continue;
            Amount residual;
            if (covered != parent->atoms) {
                residual = ctx.derivedValue(*parent).value_or(Amount());
                for (const CheckedCell *p : parts)
                    residual -= ctx.derivedValue(*p).value_or(Amount());
            }
            // Name the parts that print a figure; all of them when none does.
            QStringList labels;
            for (const CheckedCell *p : parts)
                if (p->value())
                    labels.append(labelOf(*p, axis));
            if (labels.isEmpty())
                for (const CheckedCell *p : parts)
                    labels.append(labelOf(*p, axis));
            reportSum(ctx, out, ruleFor(*parent, parts, axis), *parent, parts, residual, labels.join(QStringLiteral(" + ")));
        }
    }
}

// How many of the rows print a figure (a two-sided table lists every 类, most of them blank).
int printedRows(const QList<const CheckedCell *> &rows)
{
    int n = 0;
    for (const CheckedCell *c : rows)
        n += c->value() ? 1 : 0;
    return n ? n : int(rows.size());
}

// Code rows of one hierarchy: a 类/款 row is the sum of the rows filed under it, `top` (the
// total, or a unit's row) the sum of the 类 rows.
void codeTree(const ValidationContext &ctx, QList<Finding> &out, const QList<const CheckedCell *> &cells, const CheckedCell *top,
              const QString &topWords)
{
    QMap<QString, const CheckedCell *> byCode;
    QList<QPair<QString, const CheckedCell *>> projects;
    for (const CheckedCell *c : cells) {
        const QString &key = c->rowKey();
        if (key.startsWith(QLatin1String("project:")))
            projects.append({codeOfRow(*c->table, c->tableRow()), c});
        else if (isCode(key) && !byCode.contains(key))
            byCode.insert(key, c);
    }
    QMap<QString, QList<const CheckedCell *>> children;
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        const QString parent = CodeCatalogue::parentOf(it.key());
        if (!parent.isEmpty() && byCode.contains(parent))
            children[parent].append(it.value());
    }
    for (const auto &[code, cell] : projects) {
        const QString parent = CodeCatalogue::parentOf(code);
        if (byCode.contains(parent))
            children[parent].append(cell);
    }
    for (auto it = children.cbegin(); it != children.cend(); ++it)
        reportSum(ctx, out, QStringLiteral("B.parent-sum"), *byCode.value(it.key()), it.value(), Amount(),
                  QCoreApplication::translate("bd::Validator", "the %1 rows under it").arg(printedRows(it.value())));
    if (!top)
        return;
    QList<const CheckedCell *> classes;
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it)
        if (it.key().size() == 3)
            classes.append(it.value());
    if (!classes.isEmpty())
        reportSum(ctx, out, QStringLiteral("B.parent-sum"), *top, classes, Amount(), topWords.arg(printedRows(classes)));
}

// Code rows: a 类/款 row is the sum of the rows filed under it, the total of the 类 rows. A
// table of projects under its units' rows: each unit's rows apart, the total of the units.
void codeRelations(const ValidationContext &ctx, QList<Finding> &out, const QList<const CheckedCell *> &column)
{
    if (column.isEmpty())
        return;
    const TableSpec &spec = *column.first()->spec;
    const Schedules &s = ctx.doc.schedules;
    const CheckedCell *total = nullptr;
    QList<const CheckedCell *> unitRows, rest;
    for (const CheckedCell *c : column) {
        const QString &key = c->rowKey();
        if ((c->side == 0 && spec.total && key == spec.total->key) || (c->side == 1 && spec.totalRight && key == spec.totalRight->key))
            total = c;
        else if (spec.kind == TableKind::Projects && key == QLatin1String("unit"))
            unitRows.append(c);
        else
            rest.append(c);
    }
    const QString totals = QCoreApplication::translate("bd::Validator", "the %1 rows it totals");
    if (unitRows.size() < 2) {
        codeTree(ctx, out, rest, total, totals);
        if (total && !unitRows.isEmpty())
            reportSame(ctx, out, QStringLiteral("B.parent-sum"), *unitRows.first(), *total, Axis::Rows);
        return;
    }
    auto unitOf = [&](const CheckedCell *c) {
        return c->measure.project >= 0 && c->measure.project < s.projects.size() ? s.projectUnit(s.projects[c->measure.project])
                                                                                 : c->measure.unit;
    };
    for (const CheckedCell *unit : unitRows) {
        QList<const CheckedCell *> cells;
        for (const CheckedCell *c : rest)
            if (unitOf(c) == unit->measure.unit)
                cells.append(c);
        codeTree(ctx, out, cells, unit, totals);
    }
    if (total)
        reportSum(ctx, out, QStringLiteral("B.parent-sum"), *total, unitRows, Amount(), totals.arg(unitRows.size()));
}

void incomeEqualsExpense(const ValidationContext &ctx, QList<Finding> &out, const QList<const CheckedCell *> &totalRow)
{
    for (const CheckedCell *in : totalRow) {
        if (in->side != 0)
            continue;
        for (const CheckedCell *outCell : totalRow) {
            if (outCell->side != 1 || outCell->atoms != in->atoms)
                continue;
            const Amount x = in->value().value_or(Amount()), y = outCell->value().value_or(Amount());
            const Unit unit = in->table->unit;
            const bool th = in->table->thousands;
            const Agreement a = ValidationContext::agree(x, y, ctx.checksPublished() ? ValidationContext::tolerance(unit, 1) : 0);
            if (a == Agreement::Exact)
                continue;
            Finding f = ValidationContext::cellFinding(QStringLiteral("B.income-equals-expense"), severityOf(a, Severity::Error), *in);
            f.published = x;
            f.derived = y;
            f.message = QCoreApplication::translate("bd::Validator", "%1: income total %2, but the expenditure total (%3) is %4 (difference %5)%6")
                            .arg(ValidationContext::place(*in), x.format(unit, th), ValidationContext::place(*outCell), y.format(unit, th),
                                 differenceText(x, y, unit, th), a == Agreement::Rounding ? roundingNote(2) : QString());
            out.append(f);
        }
    }
}

// A final account's 总计 on each side of a summary: 本年收入合计 + 使用非财政拨款结余 +
// 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余, the two sides alike.
void finalTotals(const ValidationContext &ctx, QList<Finding> &out, const QList<const CheckedCell *> &column)
{
    const CheckedCell *sum = nullptr;
    for (const CheckedCell *c : column)
        if (c->measure.of == QLatin1String("flow"))
            sum = c;
    if (!sum)
        return;
    const TableSpec &spec = *sum->spec;
    const std::optional<RowSpec> &total = sum->side == 0 ? spec.total : spec.totalRight;
    const QList<RowSpec> &tail = sum->side == 0 ? spec.tailLeft : spec.tailRight;
    QList<const CheckedCell *> parts;
    QStringList labels;
    for (const CheckedCell *c : column) {
        if (c == sum)
            continue;
        const bool top = total && c->rowKey() == total->key;
        const bool tailRow = std::any_of(tail.begin(), tail.end(), [&](const RowSpec &r) {
            return !r.key.isEmpty() && r.key == c->rowKey() && r.level == 1 && r.measure.of != QLatin1String("flow");
        });
        if (top || tailRow) {
            parts.append(c);
            labels.append(labelOf(*c, Axis::Rows));
        }
    }
    if (!parts.isEmpty())
        reportSum(ctx, out, QStringLiteral("B.final-total"), *sum, parts, Amount(), labels.join(QStringLiteral(" + ")));
}

void finalSidesAgree(const ValidationContext &ctx, QList<Finding> &out)
{
    QList<const CheckedCell *> flows;
    for (const CheckedCell &c : ctx.cells())
        if (c.measure.of == QLatin1String("flow"))
            flows.append(&c);
    for (const CheckedCell *in : flows) {
        if (in->measure.part != QLatin1String("in"))
            continue;
        for (const CheckedCell *outCell : flows) {
            if (outCell->table != in->table || outCell->measure.part != QLatin1String("out") || sourcesOfCell(*outCell) != sourcesOfCell(*in))
                continue;
            reportSame(ctx, out, QStringLiteral("B.income-equals-expense"), *in, *outCell, Axis::Rows);
        }
    }
}

void procurementSum(const ValidationContext &ctx, QList<Finding> &out)
{
    const Schedules &s = ctx.doc.schedules;
    const Figure *total = nullptr;
    for (const Figure &f : s.figures)
        if (f.key == QLatin1String("procurement.total") && f.amount)
            total = &f;
    if (!total)
        return;
    Amount sum;
    int parts = 0;
    QStringList labels;
    for (const QString key : {QStringLiteral("procurement.goods"), QStringLiteral("procurement.works"), QStringLiteral("procurement.services")}) {
        for (const Figure &f : s.figures)
            if (f.key == key && f.amount) {
                sum += *f.amount;
                ++parts;
                labels.append(f.label);
            }
    }
    if (!parts)
        return;
    const Unit unit = Unit::WanYuan; // the narrative states them in 万元
    const Agreement a = ValidationContext::agree(*total->amount, sum, ValidationContext::tolerance(unit, parts));
    if (a == Agreement::Exact)
        return;
    Finding f;
    f.rule = QStringLiteral("B.procurement-sum");
    f.severity = severityOf(a, Severity::Error);
    f.rowKey = total->key;
    f.rowLabel = total->label;
    f.published = *total->amount;
    f.derived = sum;
    f.unit = unit;
    f.line = total->sourceLine;
    f.message = QCoreApplication::translate("bd::Validator", "Narrative, line %1: %2 %3 %4, but %5 add up to %6 (difference %7)%8")
                    .arg(total->sourceLine)
                    .arg(total->label, total->amount->format(unit), unitSuffix(unit), labels.join(QStringLiteral(" + ")), sum.format(unit),
                         differenceText(*total->amount, sum, unit), a == Agreement::Rounding ? roundingNote(parts + 1) : QString());
    out.append(f);
}

} // namespace

void checkArithmetic(const ValidationContext &ctx, QList<Finding> &out)
{
    // Group the cells of each table by row and by column.
    QMap<QPair<const DisclosureTable *, int>, QList<const CheckedCell *>> byRow;      // (table, row*2+side)
    QMap<QPair<const DisclosureTable *, int>, QList<const CheckedCell *>> byColumn;   // (table, column)
    QList<QPair<const DisclosureTable *, int>> rowOrder, columnOrder;
    for (const CheckedCell &c : ctx.cells()) {
        const auto rk = qMakePair(c.table, c.row * 2 + c.side);
        const auto ck = qMakePair(c.table, c.column);
        if (!byRow.contains(rk))
            rowOrder.append(rk);
        if (!byColumn.contains(ck))
            columnOrder.append(ck);
        byRow[rk].append(&c);
        byColumn[ck].append(&c);
    }
    for (const auto &k : columnOrder) {
        atomRelations(ctx, out, byColumn[k], Axis::Rows);
        codeRelations(ctx, out, byColumn[k]);
        finalTotals(ctx, out, byColumn[k]);
    }
    finalSidesAgree(ctx, out);
    for (const auto &k : rowOrder)
        atomRelations(ctx, out, byRow[k], Axis::Columns);
    // 收入总计 = 支出总计 on the totals row of each two-sided table.
    for (const DisclosureTable *t : ctx.checkedTables()) {
        const TableSpec *spec = ctx.tpl.table(t->number);
        if (!spec || spec->kind != TableKind::TwoSided || !spec->total)
            continue;
        for (int r = 0; r < t->rows.size(); ++r) {
            if (t->rows[r].key != spec->total->key)
                continue;
            QList<const CheckedCell *> row = byRow.value(qMakePair(t, r * 2)) + byRow.value(qMakePair(t, r * 2 + 1));
            incomeEqualsExpense(ctx, out, row);
        }
    }
    procurementSum(ctx, out);
}

} // namespace bd
