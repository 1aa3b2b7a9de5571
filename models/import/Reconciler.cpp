#include "Reconciler.h"

#include "codes/CodeCatalogue.h"

#include <QSet>

#include <algorithm>

namespace bd {

Reconciler::Reconciler(const TemplateDescription &tpl)
    : m_tpl(tpl)
{
}

static const DisclosureTable *findTable(const QList<DisclosureTable> &tables, int number)
{
    for (const DisclosureTable &t : tables)
        if (t.number == number)
            return &t;
    return nullptr;
}

static Amount cellAmount(const TableRow &row, int column)
{
    return column >= 0 ? row.cells.value(column).amount.value_or(Amount()) : Amount();
}

void Reconciler::fill(const QList<DisclosureTable> &published, Schedules &s) const
{
    fillFunctional(published, s);
    fillReceipts(published, s);
    fillBalances(published, s);
    for (const TableSpec &spec : m_tpl.tables) {
        const DisclosureTable *t = findTable(published, spec.number);
        if (!t)
            continue;
        switch (spec.kind) {
        case TableKind::EconomicTree: fillEconomic(*t, s); break;
        case TableKind::Projects: fillProjects(spec, *t, s); break;
        case TableKind::CarryOver: fillCarryOver(*t, s); break;
        case TableKind::Fixed:
            if (spec.reconcile == QLatin1String("sangong"))
                fillSanGong(spec, *t, s);
            break;
        case TableKind::TwoSided:
            if (spec.reconcile == QLatin1String("income_detail"))
                fillIncomeDetail(spec, *t, s);
            splitBasicByClass(spec, *t, s);
            break;
        case TableKind::EconomicPairs: fillEconomicPairs(spec, *t, s); break;
        case TableKind::FunctionalTree: break;
        }
    }
}

namespace {

// Leaf rows of a coded table: rows whose code is no other row's prefix.
QList<const TableRow *> leafRows(const DisclosureTable &t)
{
    QList<const TableRow *> coded;
    for (const TableRow &r : t.rows)
        if (!r.key.isEmpty() && r.key.front().isDigit())
            coded.append(&r);
    QList<const TableRow *> leaves;
    for (const TableRow *r : coded) {
        bool parent = false;
        for (const TableRow *o : coded)
            if (o != r && o->key.size() > r->key.size() && o->key.startsWith(r->key))
                parent = true;
        if (!parent)
            leaves.append(r);
    }
    return leaves;
}

QString rowName(const DisclosureTable &t, const TableRow &r)
{
    const int c = t.columnIndex(QStringLiteral("name"));
    return c >= 0 ? r.cells.value(c).text : QString();
}

bool isSubset(const QList<FundSource> &a, const QList<FundSource> &b)
{
    for (FundSource s : a)
        if (!b.contains(s))
            return false;
    return true;
}

struct Group
{
    QList<FundSource> sources;
    Amount amount;
};

struct PhaseCell
{
    QList<FundSource> sources;
    Phase phase;
    Amount amount;
};

// Greedy split of phase amounts over source groups in order: each phase takes from the first
// group with money left. Any split with these marginals reproduces every published table, as
// none shows sources crossed with phases more finely than these tables do.
void split(QList<QPair<Phase, Amount>> phases, QList<Group> groups, const QString &code, const QString &name,
           QList<FunctionalLine> &out)
{
    for (auto &[phase, need] : phases) {
        for (Group &g : groups) {
            if (need.isZero())
                break;
            if (g.amount <= Amount())
                continue;
            const Amount take = std::min(need, g.amount);
            out.append(FunctionalLine{code, name, g.sources.first(), phase, take});
            need -= take;
            g.amount -= take;
        }
        if (!need.isZero() && !groups.isEmpty()) // more spent than the sources give: keep it visible
            out.append(FunctionalLine{code, name, groups.first().sources.first(), phase, need});
    }
}

} // namespace

void Reconciler::fillFunctional(const QList<DisclosureTable> &published, Schedules &s) const
{
    // Per 项: source groups (from "sources" tables) and phase cells (from "phases" tables).
    QMap<QString, QList<Group>> groups;
    QMap<QString, QList<PhaseCell>> phases;
    QMap<QString, QString> names;
    const QList<FundSource> all = fundSourceGroup(QStringLiteral("@all"));
    // Whom the all-sources phase table's money beyond the narrower tables belongs to, when no
    // table gives sources: 一般公共预算 in a budget; a final account names it (非财政拨款).
    FundSource restSource = FundSource::GeneralBudget;
    for (const TableSpec &spec : m_tpl.tables)
        if (spec.remainder)
            restSource = *spec.remainder;

    for (const TableSpec &spec : m_tpl.tables) {
        if (spec.kind != TableKind::FunctionalTree)
            continue;
        const DisclosureTable *t = findTable(published, spec.number);
        if (!t)
            continue;
        const bool bySource = spec.reconcile == QLatin1String("sources");
        const bool byPhase = spec.reconcile == QLatin1String("phases");
        if (!bySource && !byPhase)
            continue;
        // Source columns that are not the union of other columns ("atomic" groups).
        QList<int> atomic;
        for (int c = 0; c < spec.columns.size(); ++c) {
            const ColumnSpec &col = spec.columns[c];
            if (!col.isAmount())
                continue;
            const QList<FundSource> src = col.measure.hasSources ? col.measure.sources : all;
            bool containsOther = false;
            for (int o = 0; o < spec.columns.size(); ++o) {
                const ColumnSpec &other = spec.columns[o];
                if (o == c || !other.isAmount() || !other.measure.hasSources)
                    continue;
                if (other.measure.sources.size() < src.size() && isSubset(other.measure.sources, src))
                    containsOther = true;
            }
            if (bySource && !containsOther)
                atomic.append(c);
            if (byPhase && col.measure.phase)
                atomic.append(c);
        }
        for (const TableRow *r : leafRows(*t)) {
            if (!names.contains(r->key) || names[r->key].isEmpty())
                names[r->key] = rowName(*t, *r);
            for (int c : atomic) {
                const ColumnSpec &col = spec.columns[c];
                const Amount a = cellAmount(*r, c);
                const QList<FundSource> src = col.measure.hasSources ? col.measure.sources : all;
                if (bySource) {
                    if (!a.isZero())
                        groups[r->key].append(Group{src, a});
                } else {
                    phases[r->key].append(PhaseCell{src, *col.measure.phase, a});
                }
            }
        }
    }

    QStringList codes = names.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString &code : codes) {
        const QString name = names.value(code);
        QList<Group> g = groups.value(code);
        const QList<PhaseCell> p = phases.value(code);
        // Phase tables restricted to some sources (一般公共预算, 政府性基金, 国有资本) come first;
        // whatever the all-sources table shows beyond them belongs to the remaining sources.
        QMap<Phase, Amount> restrictedSum;
        QList<QList<FundSource>> restrictedSets;
        for (const PhaseCell &c : p)
            if (c.sources.size() < all.size() && !restrictedSets.contains(c.sources))
                restrictedSets.append(c.sources);
        QList<FunctionalLine> lines;
        for (const QList<FundSource> &set : restrictedSets) {
            QList<QPair<Phase, Amount>> need;
            Amount setTotal;
            for (const PhaseCell &c : p) {
                if (c.sources == set && !c.amount.isZero()) {
                    need.append({c.phase, c.amount});
                    restrictedSum[isBasic(c.phase) ? Phase::Basic : c.phase] += c.amount;
                    setTotal += c.amount;
                }
            }
            if (need.isEmpty())
                continue;
            // Source groups inside this set; a wider group (Putuo's 财政拨款收入 = all three
            // fiscal funds) gives this set's share to the set's first source.
            QList<Group> inside;
            for (Group &gr : g) {
                if (isSubset(gr.sources, set)) {
                    inside.append(gr);
                    gr.amount = Amount();
                } else if (isSubset(set, gr.sources)) {
                    const Amount share = std::min(setTotal, gr.amount);
                    inside.append(Group{set, share});
                    gr.amount -= share;
                }
            }
            if (inside.isEmpty())
                inside.append(Group{set, setTotal});
            split(need, inside, code, name, lines);
        }
        // The rest of the all-sources phases over the remaining groups.
        QList<QPair<Phase, Amount>> rest;
        for (const PhaseCell &c : p) {
            if (c.sources.size() == all.size() && !c.amount.isZero()) {
                const Phase key = isBasic(c.phase) ? Phase::Basic : c.phase;
                const Amount remaining = c.amount - restrictedSum.value(key);
                if (!remaining.isZero())
                    rest.append({c.phase, remaining});
                restrictedSum[key] = std::max(Amount(), restrictedSum.value(key) - c.amount);
            }
        }
        QList<Group> remainingGroups;
        for (const Group &gr : g)
            if (gr.amount > Amount())
                remainingGroups.append(gr);
        if (p.isEmpty()) {
            // No phase table: the money is known by source only; count it as basic.
            for (const Group &gr : remainingGroups)
                lines.append(FunctionalLine{code, name, gr.sources.first(), Phase::Basic, gr.amount});
        } else if (!rest.isEmpty()) {
            if (remainingGroups.isEmpty())
                remainingGroups.append(Group{{restSource}, Amount()});
            split(rest, remainingGroups, code, name, lines);
        }
        s.functional.append(lines);
    }
}

void Reconciler::fillEconomic(const DisclosureTable &t, Schedules &s) const
{
    const int personnel = t.columnIndex(QStringLiteral("personnel"));
    const int publicUse = t.columnIndex(QStringLiteral("public"));
    for (const TableRow *r : leafRows(t))
        s.economic.append(EconomicLine{r->key, rowName(t, *r), cellAmount(*r, personnel), cellAmount(*r, publicUse)});
}

void Reconciler::fillEconomicPairs(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const
{
    // Both sides' 款 (the codes no other code extends), 人员经费 for the left classes.
    QMap<QString, QPair<QString, Amount>> byCode;
    for (const TableRow &r : t.rows) {
        for (int side = 0; side < 2; ++side) {
            const QString &key = side == 0 ? r.key : r.rightKey;
            if (key.isEmpty() || !key.front().isDigit())
                continue;
            QString name;
            Amount amount;
            for (int c = 0; c < spec.columns.size(); ++c) {
                if (spec.columns[c].side != side)
                    continue;
                if (spec.columns[c].text == QLatin1String("name"))
                    name = r.cells.value(c).text;
                else if (spec.columns[c].isAmount())
                    amount = cellAmount(r, c);
            }
            byCode.insert(key, {name, amount});
        }
    }
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        const auto next = std::next(it);
        if (next != byCode.cend() && next.key().startsWith(it.key()))
            continue; // a 类 with its 款
        const bool personnel = spec.leftClasses.contains(it.key().left(3));
        s.economic.append(EconomicLine{it.key(), it->first, personnel ? it->second : Amount(), personnel ? Amount() : it->second});
    }
}

namespace {

// The source a remainder belongs to: one its cell names that no narrower cell accounted for,
// the non-fiscal carry-over first (a final account's balances beyond its fiscal tables).
FundSource remainderSource(const QList<FundSource> &sources, const QList<FundSource> &covered)
{
    if (sources.contains(FundSource::CarryOverNonFiscal) && !covered.contains(FundSource::CarryOverNonFiscal)
        && sources.size() > 1)
        return FundSource::CarryOverNonFiscal;
    for (FundSource f : sources)
        if (!covered.contains(f))
            return f;
    return sources.value(0, FundSource::GeneralBudget);
}

// A published cell of a final account's receipts or balances: a code (empty for the whole
// document), a kind (balances) and the sources its column and row name.
struct Settled
{
    QString code;
    QString kind;
    QList<FundSource> sources; // of the cell; one source once settled
    Amount amount;
};

// Cells narrowest first: each adds what the narrower cells inside it do not account for, under
// a source they left uncovered. A 财政拨款收入 column of 21011 with a 政府性基金 table's receipts
// for it gives the rest to 一般公共预算; a summary's 年初结转和结余 beyond the fiscal table's
// goes to the non-fiscal carry-over.
QList<Settled> settle(QList<Settled> cells)
{
    // The cells of a code first (a fund table's 年初结转和结余 of 2120801), then the document's
    // own (a summary's), each group narrowest first: a summary's cell holds the codes' money too.
    std::stable_sort(cells.begin(), cells.end(), [](const Settled &a, const Settled &b) {
        if (a.code.isEmpty() != b.code.isEmpty())
            return !a.code.isEmpty();
        return a.sources.size() < b.sources.size();
    });
    QList<Settled> out;
    QHash<QString, QList<FundSource>> covered; // code|kind → sources accounted for
    for (const Settled &c : std::as_const(cells)) {
        const QString at = c.code + QLatin1Char('|') + c.kind;
        Amount known;
        for (const Settled &l : std::as_const(out))
            if ((c.code.isEmpty() || l.code == c.code) && l.kind == c.kind && c.sources.contains(l.sources.first()))
                known += l.amount;
        const Amount rest = c.amount - known;
        if (!rest.isZero())
            out.append(Settled{c.code, c.kind, {remainderSource(c.sources, covered.value(at))}, rest});
        for (const QString &key : {at, QLatin1Char('|') + c.kind}) // a code's sources are the document's too
            for (FundSource f : c.sources)
                if (!covered[key].contains(f))
                    covered[key].append(f);
    }
    return out;
}

} // namespace

void Reconciler::fillReceipts(const QList<DisclosureTable> &published, Schedules &s) const
{
    // Per 项, the receipts columns that are no union of other receipts columns of their table.
    QList<Settled> cells;
    QMap<QString, QString> names;
    const QList<FundSource> all = fundSourceGroup(QStringLiteral("@all"));
    for (const TableSpec &spec : m_tpl.tables) {
        const DisclosureTable *t = findTable(published, spec.number);
        if (spec.kind != TableKind::FunctionalTree || !t)
            continue;
        QList<int> atomic;
        for (int c = 0; c < spec.columns.size(); ++c) {
            const Measure &m = spec.columns[c].measure;
            if (!spec.columns[c].isAmount() || m.of != QLatin1String("receipts"))
                continue;
            const QList<FundSource> src = m.hasSources ? m.sources : all;
            bool union_ = false;
            for (const ColumnSpec &o : spec.columns)
                if (&o != &spec.columns[c] && o.measure.of == m.of && o.measure.hasSources && o.measure.sources.size() < src.size()
                    && isSubset(o.measure.sources, src))
                    union_ = true;
            if (!union_)
                atomic.append(c);
        }
        for (const TableRow *r : leafRows(*t)) {
            for (int c : atomic) {
                const Amount a = cellAmount(*r, c);
                if (a.isZero())
                    continue;
                const Measure &m = spec.columns[c].measure;
                cells.append(Settled{r->key, QString(), m.hasSources ? m.sources : all, a});
                if (names.value(r->key).isEmpty())
                    names[r->key] = rowName(*t, *r);
            }
        }
    }
    for (const Settled &l : settle(cells))
        s.receipts.append(FunctionalLine{l.code, names.value(l.code), l.sources.first(), Phase::Basic, l.amount});
    std::stable_sort(s.receipts.begin(), s.receipts.end(), [](const FunctionalLine &a, const FunctionalLine &b) { return a.code < b.code; });
}

void Reconciler::fillBalances(const QList<DisclosureTable> &published, Schedules &s) const
{
    // By code from the tables that print them per 项, then the summaries' rows.
    QList<Settled> cells;
    const QList<FundSource> all = fundSourceGroup(QStringLiteral("@all"));
    for (const TableSpec &spec : m_tpl.tables) {
        const DisclosureTable *t = findTable(published, spec.number);
        if (!t)
            continue;
        if (spec.kind == TableKind::FunctionalTree) {
            for (const TableRow *r : leafRows(*t))
                for (int c = 0; c < spec.columns.size(); ++c) {
                    const Measure m = spec.filter.overriddenBy(spec.columns[c].measure);
                    if (m.of == QLatin1String("balance") && !cellAmount(*r, c).isZero())
                        cells.append(Settled{r->key, m.part, m.hasSources ? m.sources : all, cellAmount(*r, c)});
                }
            continue;
        }
        if (spec.kind != TableKind::TwoSided)
            continue;
        QList<QPair<const RowSpec *, bool>> rows; // the row, on the right
        for (const RowSpec &r : spec.rows)
            rows.append({&r, false});
        for (const RowSpec &r : spec.tailLeft)
            rows.append({&r, false});
        for (const RowSpec &r : spec.tailRight)
            rows.append({&r, true});
        for (const TableRow &r : t->rows) {
            for (const auto &[rs, right] : std::as_const(rows)) {
                if (rs->key.isEmpty() || rs->key != (right ? r.rightKey : r.key))
                    continue;
                for (int c = 0; c < spec.columns.size(); ++c) {
                    const ColumnSpec &col = spec.columns[c];
                    if (!col.isAmount() || col.side != (right ? 1 : 0))
                        continue;
                    const Measure base = right ? spec.rightMeasure.overriddenBy(rs->measure) : rs->measure;
                    const Measure m = base.overriddenBy(col.measure);
                    if (m.of == QLatin1String("balance"))
                        cells.append(Settled{QString(), m.part, m.hasSources ? m.sources : all, cellAmount(r, c)});
                }
            }
        }
    }
    for (const Settled &l : settle(cells))
        s.balances.append(BalanceLine{l.kind, l.code, l.sources.first(), l.amount});
}

void Reconciler::fillProjects(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const
{
    const int total = t.columnIndex(QStringLiteral("total"));
    const int project = t.columnIndex(QStringLiteral("project"));
    const FundSource source = spec.filter.hasSources && !spec.filter.sources.isEmpty() ? spec.filter.sources.first()
                                                                                       : FundSource::GeneralBudget;
    const QStringList units = t.unitOfRows(); // a department listing its projects by unit
    for (int i = 0; i < t.rows.size(); ++i) {
        const TableRow &r = t.rows[i];
        if (!r.key.startsWith(QLatin1String("project:")))
            continue;
        ProjectLine p;
        p.name = r.cells.value(project).text;
        p.owner = units.value(i);
        for (int c = 0; c < spec.columns.size(); ++c) {
            const QString &text = spec.columns[c].text;
            if (text.startsWith(QLatin1String("code")))
                p.functionalCode += r.cells.value(c).text;
        }
        p.functionalName = rowName(t, r);
        p.source = source;
        for (int c = 0; c < spec.columns.size(); ++c) {
            const QString econ = spec.columns[c].measure.econClass;
            if (!econ.isEmpty() && r.cells.value(c).amount)
                p.byEconomicClass.insert(econ, *r.cells.value(c).amount);
        }
        const Amount stated = cellAmount(r, total);
        if (stated != p.total())
            p.statedTotal = stated;
        s.projects.append(p);
    }
}

void Reconciler::fillSanGong(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const
{
    struct Cell { QString item; QList<FundSource> sources; Amount amount; };
    QList<Cell> cells;
    QMap<QString, Amount> budgeted; // a final account's 预算数 per item
    for (const TableRow &r : t.rows) {
        const RowSpec *rowSpec = nullptr;
        for (const RowSpec &rs : spec.rows)
            if (rs.key == r.key)
                rowSpec = &rs;
        if (!rowSpec)
            continue;
        for (int c = 0; c < spec.columns.size(); ++c) {
            const ColumnSpec &col = spec.columns[c];
            if (!col.isAmount() || !r.cells.value(c).amount)
                continue;
            const Measure m = rowSpec->measure.overriddenBy(col.measure);
            if (m.of == QLatin1String("figure")) {
                s.figures.append(Figure{m.figure, col.header, r.cells[c].amount, std::nullopt, QString(), r.cells[c].sourceLine});
                continue;
            }
            if (m.of == QLatin1String("sangong") && m.items.size() == 1 && m.part == QLatin1String("budgeted"))
                budgeted[m.items.first()] += *r.cells[c].amount;
            else if (m.of == QLatin1String("sangong") && m.items.size() == 1)
                cells.append(Cell{m.items.first(), m.hasSources ? m.sources : fundSourceGroup(QStringLiteral("@fiscal")),
                                  *r.cells[c].amount});
        }
    }
    const QList<FundSource> gpb = fundSourceGroup(QStringLiteral("@gpb"));
    const QList<FundSource> fund = fundSourceGroup(QStringLiteral("@fund"));
    const QList<FundSource> capital = fundSourceGroup(QStringLiteral("@capital"));
    for (const QString item : {QStringLiteral("abroad"), QStringLiteral("reception"), QStringLiteral("vehicle_purchase"),
                               QStringLiteral("vehicle_operation")}) {
        SanGongLine line;
        line.key = item;
        bool narrow = false;
        for (const Cell &c : cells)
            if (c.item == item && (isSubset(c.sources, gpb) || isSubset(c.sources, fund) || isSubset(c.sources, capital)))
                narrow = true;
        for (const Cell &c : cells) {
            if (c.item != item)
                continue;
            if (isSubset(c.sources, gpb))
                line.generalBudget += c.amount;
            else if (isSubset(c.sources, fund))
                line.govFund += c.amount;
            else if (isSubset(c.sources, capital))
                line.stateCapital += c.amount;
            else if (!narrow)
                line.generalBudget += c.amount; // only a total is given: 三公 are 一般公共预算 in practice
        }
        if (budgeted.contains(item))
            line.budgeted = budgeted.value(item);
        s.sanGong.append(line);
    }
}

void Reconciler::fillIncomeDetail(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const
{
    const int amountCol = t.columnIndex(QStringLiteral("in_amount"));
    for (const TableRow &r : t.rows) {
        for (const RowSpec &rs : spec.rows) {
            if (rs.key != r.key || rs.measure.sources.size() != 1)
                continue;
            const FundSource src = rs.measure.sources.first();
            if (!isUnitFunds(src) || src == FundSource::UnitFunds)
                continue;
            const Amount a = cellAmount(r, amountCol);
            if (!a.isZero() && s.sourceTotal(src).isZero())
                s.unitFundsDetail.insert(src, a);
        }
    }
}

void Reconciler::splitBasicByClass(const TableSpec &spec, const DisclosureTable &t, Schedules &s) const
{
    // A summary whose expenditure side splits 基本支出 into 人员经费 / 公用经费 per 类 (the unit
    // budget's table 1) is the only place that split is published: each 类's 基本支出 lines
    // (项 × source) give 人员经费 first, in code order, and the rest is 公用经费. Any split with
    // these 类 totals reproduces every published table.
    int personnel = -1, publicUse = -1;
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns[c].side != 1 || !spec.columns[c].measure.phase)
            continue;
        if (*spec.columns[c].measure.phase == Phase::BasicPersonnel)
            personnel = c;
        if (*spec.columns[c].measure.phase == Phase::BasicPublic)
            publicUse = c;
    }
    if (personnel < 0 || publicUse < 0)
        return;
    for (const TableRow &r : t.rows) {
        if (r.rightKey.isEmpty() || !r.rightKey.front().isDigit())
            continue;
        Amount left = cellAmount(r, personnel);
        QList<FunctionalLine> split;
        for (FunctionalLine &l : s.functional) {
            if (l.phase != Phase::Basic || !l.code.startsWith(r.rightKey))
                continue;
            const Amount take = std::max(Amount(), std::min(left, l.amount));
            left -= take;
            if (take == l.amount) {
                l.phase = Phase::BasicPersonnel;
                continue;
            }
            if (!take.isZero())
                split.append(FunctionalLine{l.code, l.name, l.source, Phase::BasicPersonnel, take});
            l.phase = Phase::BasicPublic;
            l.amount -= take;
        }
        s.functional.append(split);
    }
    std::stable_sort(s.functional.begin(), s.functional.end(),
                     [](const FunctionalLine &a, const FunctionalLine &b) { return a.code < b.code; });
}

void Reconciler::fillCarryOver(const DisclosureTable &t, Schedules &s) const
{
    auto col = [&](const char *key) { return t.columnIndex(QLatin1String(key)); };
    // A 类 or 款 printed above its 项 is their sum, not money of its own.
    for (const TableRow *row : leafRows(t)) {
        const TableRow &r = *row;
        CarryOverLine l;
        l.code = r.key;
        const QString label = r.cells.value(col("label")).text;
        l.name = label.startsWith(r.key) ? label.mid(r.key.size()).trimmed() : label; // "2010301 行政运行", "2010301行政运行"
        l.fiscalPersonnel = cellAmount(r, col("fiscal_personnel"));
        l.fiscalPublic = cellAmount(r, col("fiscal_public"));
        l.fiscalProject = cellAmount(r, col("fiscal_project"));
        l.nonFiscalPersonnel = cellAmount(r, col("non_fiscal_personnel"));
        l.nonFiscalPublic = cellAmount(r, col("non_fiscal_public"));
        l.nonFiscalProject = cellAmount(r, col("non_fiscal_project"));
        s.carryOver.append(l);
    }
}

} // namespace bd
