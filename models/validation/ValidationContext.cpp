#include "ValidationContext.h"

#include "codes/CodeCatalogue.h"
#include "tables/TableDeriver.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd {

namespace {

bool isCode(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QList<int> sourceList(const Measure &m)
{
    QList<int> out;
    for (int i = 0; i < FundSourceCount; ++i)
        if (m.includesSource(FundSource(i)))
            out.append(i);
    return out;
}

QString joinInts(const QList<int> &list)
{
    QStringList parts;
    for (int i : list)
        parts.append(QString::number(i));
    return parts.join(QLatin1Char(','));
}

// Income measures add the 单位资金 sub-sources stated only in the summary; they differ from the
// functional lines only when they ask for such a sub-source without 单位资金 itself.
QString kindOf(const Measure &m)
{
    if (m.of.isEmpty() || m.of == QLatin1String("functional"))
        return QStringLiteral("money");
    if (m.of == QLatin1String("income")) {
        if (!m.includesSource(FundSource::UnitFunds))
            for (int s = int(FundSource::BusinessIncome); s <= int(FundSource::OtherIncome); ++s)
                if (m.includesSource(FundSource(s)))
                    return QStringLiteral("income");
        return QStringLiteral("money");
    }
    return m.of;
}

const QStringList &sanGongItems()
{
    static const QStringList items{QStringLiteral("abroad"), QStringLiteral("reception"), QStringLiteral("vehicle_operation"),
                                   QStringLiteral("vehicle_purchase")};
    return items;
}

QStringList itemsOf(const Measure &m)
{
    QStringList items = m.items.isEmpty() ? sanGongItems() : m.items;
    items.sort();
    items.removeDuplicates();
    return items;
}

QString sanGongGroups(const Measure &m)
{
    QString g;
    if (m.includesSource(FundSource::GeneralBudget) || m.includesSource(FundSource::GeneralBudgetTransfer))
        g += QLatin1Char('g');
    if (m.includesSource(FundSource::GovFund) || m.includesSource(FundSource::GovFundTransfer))
        g += QLatin1Char('f');
    if (m.includesSource(FundSource::StateCapital) || m.includesSource(FundSource::StateCapitalTransfer))
        g += QLatin1Char('c');
    return g;
}

QStringList phaseAtoms(const std::optional<Phase> &phase)
{
    if (!phase)
        return {QStringLiteral("b"), QStringLiteral("bp"), QStringLiteral("bq"), QStringLiteral("p"),
                QStringLiteral("r"), QStringLiteral("o"), QStringLiteral("s")};
    switch (*phase) {
    case Phase::Basic: return {QStringLiteral("b"), QStringLiteral("bp"), QStringLiteral("bq")};
    case Phase::Project: return {QStringLiteral("p")};
    case Phase::BasicPersonnel: return {QStringLiteral("bp")};
    case Phase::BasicPublic: return {QStringLiteral("bq")};
    case Phase::RemitSuperior: return {QStringLiteral("r")};
    case Phase::Operating: return {QStringLiteral("o")};
    case Phase::SubsidyAffiliated: return {QStringLiteral("s")};
    }
    return {};
}

QStringList carryAtoms(const QString &part)
{
    static const QStringList fiscal{QStringLiteral("fiscal_personnel"), QStringLiteral("fiscal_public"), QStringLiteral("fiscal_project")};
    static const QStringList nonFiscal{QStringLiteral("non_fiscal_personnel"), QStringLiteral("non_fiscal_public"),
                                       QStringLiteral("non_fiscal_project")};
    if (part.isEmpty() || part == QLatin1String("total"))
        return fiscal + nonFiscal;
    if (part == QLatin1String("fiscal"))
        return fiscal;
    if (part == QLatin1String("non_fiscal"))
        return nonFiscal;
    return {part};
}

} // namespace

int CheckedCell::line() const
{
    const TableRow &r = tableRow();
    const int l = r.cells.value(column).sourceLine;
    return l ? l : r.sourceLine;
}

ValidationContext::ValidationContext(const BudgetDocument &d, const TemplateDescription &t)
    : doc(d)
    , tpl(t)
    , catalogue(CodeCatalogue::forYear(d.year))
{
    m_derived = TableDeriver(tpl, doc).deriveAll();
    for (const TableSpec &spec : tpl.tables) {
        const DisclosureTable *table = checksPublished() ? doc.publishedTable(spec.number) : derivedTable(spec.number);
        if (table)
            m_checked.append(table);
    }
    indexCells();
}

const DisclosureTable *ValidationContext::checkedTable(int number) const
{
    for (const DisclosureTable *t : m_checked)
        if (t->number == number)
            return t;
    return nullptr;
}

const DisclosureTable *ValidationContext::derivedTable(int number) const
{
    for (const DisclosureTable &t : m_derived)
        if (t.number == number)
            return &t;
    return nullptr;
}

std::optional<Measure> ValidationContext::rowMeasure(const TableSpec &spec, const TableRow &row, int side, const QString &unit) const
{
    const QString &key = side == 0 ? row.key : row.rightKey;
    if (key.isEmpty())
        return std::nullopt;
    switch (spec.kind) {
    case TableKind::TwoSided:
        if (side == 0) {
            if (spec.total && key == spec.total->key)
                return spec.total->measure;
            for (const QList<RowSpec> *rows : {&spec.rows, &spec.tailLeft})
                for (const RowSpec &r : *rows)
                    if (r.key == key)
                        return r.measure;
            return std::nullopt;
        } else {
            Measure m = spec.rightMeasure;
            if (spec.totalRight && key == spec.totalRight->key)
                return m.overriddenBy(spec.totalRight->measure);
            for (const RowSpec &r : spec.tailRight)
                if (!r.key.isEmpty() && r.key == key)
                    return m.overriddenBy(r.measure);
            if (!isCode(key))
                return std::nullopt;
            m.codePrefix = key;
            return m;
        }
    case TableKind::FunctionalTree:
    case TableKind::EconomicTree:
    case TableKind::CarryOver:
    case TableKind::Projects: {
        if (spec.total && key == spec.total->key)
            return spec.total->measure;
        Measure m;
        if (spec.kind == TableKind::Projects)
            m.unit = unit;
        if (spec.kind == TableKind::Projects && key == QLatin1String("unit"))
            return m;
        if (spec.kind == TableKind::Projects && key.startsWith(QLatin1String("project:"))) {
            const QString name = key.mid(8);
            const Schedules &s = doc.schedules;
            for (int i = 0; i < s.projects.size(); ++i)
                if (s.projects[i].name == name && (unit.isEmpty() || s.projectUnit(s.projects[i]) == unit)) {
                    Measure p;
                    p.project = i;
                    return p;
                }
            return std::nullopt;
        }
        if (!isCode(key))
            return std::nullopt;
        m.codePrefix = key;
        return m;
    }
    case TableKind::Fixed:
        for (const RowSpec &r : spec.rows)
            if (r.key == key)
                return r.measure;
        return std::nullopt;
    case TableKind::EconomicPairs: {
        const std::optional<RowSpec> &total = side == 0 ? spec.total : spec.totalRight;
        if (total && key == total->key)
            return total->measure;
        if (!isCode(key))
            return std::nullopt;
        Measure m;
        m.codePrefix = key;
        return m;
    }
    }
    return std::nullopt;
}

void ValidationContext::indexCells()
{
    for (const DisclosureTable *t : m_checked) {
        const TableSpec *spec = tpl.table(t->number);
        if (!spec)
            continue;
        const int sides = spec->hasSides() ? 2 : 1;
        const QStringList units = spec->kind == TableKind::Projects ? t->unitOfRows() : QStringList();
        for (int r = 0; r < t->rows.size(); ++r) {
            for (int side = 0; side < sides; ++side) {
                const auto rm = rowMeasure(*spec, t->rows[r], side, units.value(r));
                if (!rm)
                    continue;
                for (int c = 0; c < t->columns.size(); ++c) {
                    const TableColumn &col = t->columns[c];
                    if (!col.isAmount || (sides == 2 && col.side != side))
                        continue;
                    const int sc = spec->columnIndex(col.key);
                    if (sc < 0)
                        continue;
                    CheckedCell cell;
                    cell.spec = spec;
                    cell.table = t;
                    cell.row = r;
                    cell.column = c;
                    cell.side = side;
                    cell.measure = spec->filter.overriddenBy(*rm).overriddenBy(spec->columns[sc].measure);
                    cell.signature = signatureOf(cell.measure);
                    cell.base = baseOf(cell.measure);
                    cell.atoms = atomsOf(cell.measure, spec);
                    if (!m_bySignature.contains(cell.signature))
                        m_bySignature.insert(cell.signature, int(m_cells.size()));
                    m_cells.append(cell);
                }
            }
        }
    }
}

std::optional<Amount> ValidationContext::derivedValue(const CheckedCell &c, int *terms) const
{
    // Straight from the schedules: also right for rows the derivation does not print.
    int n = 0;
    const auto v = c.measure.evaluate(doc.schedules, &n);
    if (terms)
        *terms = n;
    return v;
}

const CheckedCell *ValidationContext::cellFor(const Measure &m) const
{
    const auto it = m_bySignature.constFind(signatureOf(m.in(doc.schedules)));
    return it == m_bySignature.cend() ? nullptr : &m_cells[*it];
}

FigureValue ValidationContext::valueOf(const Measure &m) const
{
    FigureValue v;
    v.cell = cellFor(m);
    v.exact = m.evaluate(doc.schedules, &v.terms).value_or(Amount());
    v.unit = v.cell ? v.cell->table->unit : tpl.unit;
    if (v.cell && checksPublished())
        v.shown = v.cell->value().value_or(Amount());
    return v;
}

QString ValidationContext::signatureOf(const Measure &m)
{
    const QString kind = kindOf(m);
    if (kind == QLatin1String("money") || kind == QLatin1String("income"))
        return QStringLiteral("%1|%2|%3|%4").arg(kind, joinInts(sourceList(m)), m.phase ? phaseKey(*m.phase) : QStringLiteral("all"),
                                                 m.codePrefix);
    if (kind == QLatin1String("economic"))
        return QStringLiteral("economic|%1|%2").arg(m.part, m.codePrefix);
    if (kind == QLatin1String("project"))
        return QStringLiteral("project|%1|%2|%3|%4|%5").arg(joinInts(sourceList(m)), m.econClass, m.codePrefix).arg(m.project).arg(m.unit);
    if (kind == QLatin1String("sangong"))
        return QStringLiteral("sangong|%1|%2|%3").arg(itemsOf(m).join(QLatin1Char(',')), sanGongGroups(m), m.part);
    if (kind == QLatin1String("receipts"))
        return QStringLiteral("receipts|%1|%2").arg(joinInts(sourceList(m)), m.codePrefix);
    if (kind == QLatin1String("balance") || kind == QLatin1String("flow"))
        return QStringLiteral("%1|%2|%3").arg(kind, m.part, joinInts(sourceList(m)));
    if (kind == QLatin1String("carry"))
        return QStringLiteral("carry|%1|%2").arg(m.part.isEmpty() ? QStringLiteral("total") : m.part, m.codePrefix);
    return QStringLiteral("%1|%2").arg(kind, m.figure);
}

QString ValidationContext::baseOf(const Measure &m)
{
    const QString kind = kindOf(m);
    if (kind == QLatin1String("money") || kind == QLatin1String("income"))
        return QStringLiteral("money|") + m.codePrefix;
    if (kind == QLatin1String("economic") || kind == QLatin1String("carry"))
        return kind + QLatin1Char('|') + m.codePrefix;
    if (kind == QLatin1String("project"))
        return QStringLiteral("project|%1|%2|%3|%4").arg(joinInts(sourceList(m)), m.codePrefix).arg(m.project).arg(m.unit);
    if (kind == QLatin1String("sangong") || kind == QLatin1String("balance"))
        return kind + QLatin1Char('|') + m.part;
    if (kind == QLatin1String("receipts"))
        return kind + QLatin1Char('|') + m.codePrefix;
    return QString(); // figures and flows are single facts: no sums
}

Atoms ValidationContext::atomsOf(const Measure &m, const TableSpec *spec)
{
    Atoms atoms;
    const QString kind = kindOf(m);
    if (kind == QLatin1String("money") || kind == QLatin1String("income")) {
        // source × phase: 基本 (not split), 人员, 公用, 项目, and a 决算's 上缴上级, 经营, 对附属单位补助
        static const QStringList phases{QStringLiteral("b"), QStringLiteral("bp"), QStringLiteral("bq"), QStringLiteral("p"),
                                        QStringLiteral("r"), QStringLiteral("o"), QStringLiteral("s")};
        static_assert(FundSourceCount * 7 <= Atoms::Words * 64);
        const QStringList wanted = phaseAtoms(m.phase);
        for (int s : sourceList(m))
            for (const QString &p : wanted)
                atoms.set(s * int(phases.size()) + int(phases.indexOf(p)));
    } else if (kind == QLatin1String("receipts") || kind == QLatin1String("balance")) {
        for (int s : sourceList(m))
            atoms.set(s);
    } else if (kind == QLatin1String("economic")) {
        if (m.part != QLatin1String("public"))
            atoms.set(0);
        if (m.part != QLatin1String("personnel"))
            atoms.set(1);
    } else if (kind == QLatin1String("project")) {
        // Every class the table has a column for, and whatever else a project may hold.
        QStringList classes;
        if (spec)
            for (const ColumnSpec &c : spec->columns)
                if (!c.measure.econClass.isEmpty() && !classes.contains(c.measure.econClass))
                    classes.append(c.measure.econClass);
        if (!m.econClass.isEmpty()) {
            const int i = int(classes.indexOf(m.econClass));
            atoms.set(i >= 0 && i < 120 ? i : 121);
        } else {
            for (int i = 0; i < std::min<int>(int(classes.size()), 120); ++i)
                atoms.set(i);
            atoms.set(127); // the rest
        }
    } else if (kind == QLatin1String("sangong")) {
        const QString groups = sanGongGroups(m);
        for (const QString &item : itemsOf(m)) {
            const int i = int(sanGongItems().indexOf(item));
            if (i < 0)
                continue;
            for (QChar g : groups)
                atoms.set(i * 3 + int(QStringLiteral("gfc").indexOf(g)));
        }
    } else if (kind == QLatin1String("carry")) {
        static const QStringList parts{QStringLiteral("fiscal_personnel"), QStringLiteral("fiscal_public"), QStringLiteral("fiscal_project"),
                                       QStringLiteral("non_fiscal_personnel"), QStringLiteral("non_fiscal_public"),
                                       QStringLiteral("non_fiscal_project")};
        for (const QString &a : carryAtoms(m.part))
            if (const int i = int(parts.indexOf(a)); i >= 0)
                atoms.set(i);
    }
    return atoms;
}

QString ValidationContext::rowLabel(const DisclosureTable &t, const TableRow &row, int side)
{
    return t.rowLabel(row, side);
}

QString ValidationContext::withLine(const QString &name, int line)
{
    return line > 0 ? QCoreApplication::translate("bd::Validator", "%1 (line %2)").arg(name).arg(line) : name;
}

QString ValidationContext::narrativePlace(const QString &heading, int line)
{
    return line > 0 ? QCoreApplication::translate("bd::Validator", "Narrative (%1), line %2").arg(heading).arg(line)
                    : QCoreApplication::translate("bd::Validator", "Narrative (%1)").arg(heading);
}

QString ValidationContext::place(const DisclosureTable &t, const TableRow &row, int side, int column)
{
    return QCoreApplication::translate("bd::Validator", "table %1 (%2), row %3, column %4")
        .arg(t.number)
        .arg(t.title, rowLabel(t, row, side), t.columns.value(column).header);
}

qint64 ValidationContext::tolerance(Unit unit, int terms)
{
    return Amount::displayStep(unit) * std::max<qint64>(1, (terms + 1) / 2);
}

Agreement ValidationContext::agree(Amount stated, Amount recomputed, qint64 toleranceFen)
{
    if (stated == recomputed)
        return Agreement::Exact;
    const qint64 diff = (stated - recomputed).fen();
    return (diff < 0 ? -diff : diff) <= toleranceFen ? Agreement::Rounding : Agreement::Material;
}

Finding ValidationContext::cellFinding(const QString &rule, Severity severity, const CheckedCell &c)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.table = c.table->number;
    f.rowKey = c.rowKey();
    f.rowLabel = rowLabel(*c.table, c.tableRow(), c.side);
    f.column = c.columnKey();
    f.columnHeader = c.table->columns.value(c.column).header;
    f.unit = c.table->unit;
    f.line = c.line();
    return f;
}

} // namespace bd

namespace bd {

QString roundingNote(int figures)
{
    return QCoreApplication::translate("bd::Validator", " (within the rounding of the %1 printed figures involved)")
        .arg(std::max(1, figures));
}

QString differenceText(Amount stated, Amount recomputed, Unit unit, bool thousands)
{
    return (stated - recomputed).format(unit, thousands) + QLatin1Char(' ') + unitSuffix(unit);
}

Severity severityOf(Agreement a, Severity material)
{
    return a == Agreement::Rounding ? Severity::Notice : material;
}

qint64 roundPercent(qint64 hundredths, int decimals)
{
    if (decimals >= 2)
        return hundredths;
    const qint64 step = decimals == 1 ? 10 : 100;
    const qint64 q = hundredths / step, r = hundredths % step;
    qint64 n = q;
    if (2 * (r < 0 ? -r : r) >= step)
        n += hundredths < 0 ? -1 : 1;
    return n * step;
}

bool percentWithinRounding(qint64 stated, int decimals, Amount part, qint64 partTolerance, Amount whole, qint64 wholeTolerance)
{
    const auto lo = percentHundredths(part - Amount::fromFen(partTolerance), whole + Amount::fromFen(wholeTolerance));
    const auto hi = percentHundredths(part + Amount::fromFen(partTolerance), whole - Amount::fromFen(wholeTolerance));
    return lo && hi && roundPercent(*lo, decimals) <= stated && stated <= roundPercent(*hi, decimals);
}

} // namespace bd
