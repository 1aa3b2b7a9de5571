#include "TableDeriver.h"

#include "codes/CodeCatalogue.h"

#include <QSet>

#include <algorithm>

namespace bd {

QStringList splitCode(const QString &code)
{
    QStringList parts;
    if (code.size() >= 3)
        parts.append(code.left(3));
    for (int i = 3; i < code.size(); i += 2)
        parts.append(code.mid(i, 2));
    return parts;
}

QString TableDeriver::chineseOrdinal(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    QString s;
    if (n / 10 > 1)
        s += digits.at(n / 10);
    s += QStringLiteral("十");
    if (n % 10)
        s += digits.at(n % 10);
    return s;
}

TableDeriver::TableDeriver(const TemplateDescription &tpl, const BudgetDocument &doc)
    : m_tpl(tpl)
    , m_doc(doc)
    , m_catalogue(CodeCatalogue::forYear(doc.year))
{
}

QList<DisclosureTable> TableDeriver::deriveAll() const
{
    QList<DisclosureTable> out;
    for (const TableSpec &spec : m_tpl.tables)
        out.append(derive(spec));
    return out;
}

DisclosureTable TableDeriver::derive(int number) const
{
    const TableSpec *spec = m_tpl.table(number);
    Q_ASSERT(spec);
    return derive(*spec);
}

DisclosureTable TableDeriver::derive(const TableSpec &spec) const
{
    DisclosureTable t = skeleton(spec);
    switch (spec.kind) {
    case TableKind::FunctionalTree: deriveFunctionalTree(spec, t); break;
    case TableKind::EconomicTree: deriveEconomicTree(spec, t); break;
    case TableKind::Projects: deriveProjects(spec, t); break;
    case TableKind::TwoSided: deriveTwoSided(spec, t); break;
    case TableKind::Fixed: deriveFixed(spec, t); break;
    case TableKind::CarryOver: deriveCarryOver(spec, t); break;
    case TableKind::EconomicPairs: deriveEconomicPairs(spec, t); break;
    }
    if (!spec.emptyNote.isEmpty() && t.isEmpty()) {
        QString note = spec.emptyNote;
        note.replace(QStringLiteral("{department}"), m_doc.department);
        note.replace(QStringLiteral("{year}"), QString::number(m_doc.year));
        t.note = note;
    }
    return t;
}

DisclosureTable TableDeriver::skeleton(const TableSpec &spec) const
{
    DisclosureTable t;
    t.number = spec.number;
    t.id = spec.id;
    t.title = spec.title;
    // An imported document keeps each table's own unit (Putuo: 元, but 三公 in 万元).
    const DisclosureTable *published = m_doc.publishedTable(spec.number);
    t.unit = published ? published->unit : m_tpl.unit;
    t.thousands = published ? published->thousands : m_tpl.thousands;
    t.headerRows = spec.header;
    for (const ColumnSpec &c : spec.columns)
        t.columns.append(TableColumn{c.key, c.header, c.isAmount(), c.side});
    return t;
}

std::optional<Amount> TableDeriver::cellValue(const TableSpec &spec, const Measure &rowMeasure, const ColumnSpec &col,
                                              int *terms) const
{
    const Measure m = spec.filter.overriddenBy(rowMeasure).overriddenBy(col.measure);
    const std::optional<Amount> v = m.evaluate(m_doc.schedules, terms);
    // Published tables leave zero cells blank; so do derived ones.
    if (!v || v->isZero())
        return std::nullopt;
    return v;
}

TableRow TableDeriver::makeRow(const TableSpec &spec, const DisclosureTable &t, const QString &key, int level, const Measure &rowMeasure,
                               const QMap<QString, QString> &text) const
{
    TableRow row;
    row.key = key;
    row.level = level;
    for (const ColumnSpec &c : spec.columns) {
        TableCell cell;
        if (c.isAmount()) {
            if (c.side == 0 || spec.kind != TableKind::TwoSided)
                cell.amount = cellValue(spec, rowMeasure, c, &cell.terms);
        } else {
            cell.text = text.value(c.text);
        }
        if (cell.amount)
            cell.text = t.formatAmount(cell.amount);
        row.cells.append(cell);
    }
    return row;
}

QString TableDeriver::functionalName(const QString &code) const
{
    for (const QList<FunctionalLine> *lines : {&m_doc.schedules.functional, &m_doc.schedules.receipts})
        for (const FunctionalLine &l : *lines)
            if (l.code == code && !l.name.isEmpty())
                return l.name;
    for (const ProjectLine &p : m_doc.schedules.projects)
        if (p.functionalCode == code && !p.functionalName.isEmpty())
            return p.functionalName;
    return m_catalogue.name(Classification::Functional, code);
}

QString TableDeriver::economicName(const QString &code) const
{
    for (const EconomicLine &l : m_doc.schedules.economic)
        if (l.code == code && !l.name.isEmpty())
            return l.name;
    return m_catalogue.name(Classification::Economic, code);
}

static QMap<QString, QString> codeText(const QString &code, const QString &name)
{
    QMap<QString, QString> text;
    const QStringList parts = splitCode(code);
    for (int i = 0; i < parts.size(); ++i)
        text.insert(QStringLiteral("code%1").arg(i + 1), parts[i]);
    text.insert(QStringLiteral("code"), code);
    text.insert(QStringLiteral("name"), name);
    return text;
}

static Measure prefixMeasure(const QString &code)
{
    Measure m;
    m.codePrefix = code;
    return m;
}

// The union of the sources and phases the table's columns ask for: a row belongs to the
// table when a line in that scope has a nonzero amount.
static bool lineInScope(const TableSpec &spec, const FunctionalLine &l)
{
    if (l.amount.isZero() || !spec.filter.includesSource(l.source))
        return false;
    for (const ColumnSpec &c : spec.columns)
        if (c.isAmount() && c.measure.includesSource(l.source))
            return true;
    return false;
}

void TableDeriver::deriveFunctionalTree(const TableSpec &spec, DisclosureTable &t) const
{
    // The rows: every code with money in the table's scope, of the expenditure, of a final
    // account's receipts and of its balances, as the table's columns ask.
    QSet<QString> codes;
    auto add = [&](const QString &code) {
        for (QString c = code; !c.isEmpty(); c = CodeCatalogue::parentOf(c))
            codes.insert(c);
    };
    QSet<QString> kinds;
    for (const ColumnSpec &c : spec.columns)
        if (c.isAmount())
            kinds.insert(c.measure.of);
    if (kinds.contains(QString()) || kinds.contains(QStringLiteral("functional")) || kinds.contains(QStringLiteral("income")))
        for (const FunctionalLine &l : m_doc.schedules.functional)
            if (lineInScope(spec, l))
                add(l.code);
    if (kinds.contains(QStringLiteral("receipts")))
        for (const FunctionalLine &l : m_doc.schedules.receipts)
            if (lineInScope(spec, l))
                add(l.code);
    if (kinds.contains(QStringLiteral("balance")))
        for (const BalanceLine &l : m_doc.schedules.balances)
            if (!l.code.isEmpty() && !l.amount.isZero() && spec.filter.includesSource(l.source)
                && std::any_of(spec.columns.begin(), spec.columns.end(), [&](const ColumnSpec &c) {
                       return c.measure.of == QLatin1String("balance") && c.measure.includesSource(l.source);
                   }))
                add(l.code);
    QStringList sorted(codes.begin(), codes.end());
    std::sort(sorted.begin(), sorted.end());
    QList<TableRow> rows;
    for (const QString &code : sorted) {
        const int level = CodeCatalogue::levelOf(Classification::Functional, code);
        const QString name = level == 3 ? functionalName(code) : m_catalogue.name(Classification::Functional, code);
        rows.append(makeRow(spec, t, code, level ? level : 3, prefixMeasure(code),
                            codeText(code, name.isEmpty() ? functionalName(code) : name)));
    }
    if (spec.total && !rows.isEmpty()) { // an empty table prints its note alone
        TableRow total = makeRow(spec, t, spec.total->key, 0, spec.total->measure, {{QStringLiteral("name"), spec.total->label}});
        if (spec.totalOnTop)
            rows.prepend(total);
        else
            rows.append(total);
    }
    t.rows = rows;
}

void TableDeriver::deriveEconomicTree(const TableSpec &spec, DisclosureTable &t) const
{
    QSet<QString> codes;
    for (const EconomicLine &l : m_doc.schedules.economic) {
        if ((l.personnel + l.publicUse).isZero())
            continue;
        for (QString c = l.code; !c.isEmpty(); c = CodeCatalogue::parentOf(c))
            codes.insert(c);
    }
    QStringList sorted(codes.begin(), codes.end());
    std::sort(sorted.begin(), sorted.end());
    QList<TableRow> rows;
    for (const QString &code : sorted) {
        const int level = CodeCatalogue::levelOf(Classification::Economic, code);
        const QString name = level == 1 ? m_catalogue.name(Classification::Economic, code) : economicName(code);
        rows.append(makeRow(spec, t, code, level ? level : 2, prefixMeasure(code), codeText(code, name)));
    }
    if (spec.total) {
        TableRow total = makeRow(spec, t, spec.total->key, 0, spec.total->measure, {{QStringLiteral("name"), spec.total->label}});
        if (spec.totalOnTop)
            rows.prepend(total);
        else
            rows.append(total);
    }
    t.rows = rows;
}

// The projects under their 类 and 款; a department that lists them by unit (two or more) gets
// each unit's row with its projects under it, as it prints them.
void TableDeriver::deriveProjects(const TableSpec &spec, DisclosureTable &t) const
{
    const Schedules &s = m_doc.schedules;
    const QStringList units = spec.unitRow ? s.projectUnits() : QStringList();
    QList<TableRow> rows;
    if (spec.total)
        rows.append(makeRow(spec, t, spec.total->key, 0, spec.total->measure, {{QStringLiteral("name"), spec.total->label}}));
    for (const QString &unit : units.isEmpty() ? QStringList{QString()} : units) {
        auto inUnit = [&](const ProjectLine &p) { return spec.filter.includesSource(p.source) && (unit.isEmpty() || s.projectUnit(p) == unit); };
        Measure unitMeasure;
        unitMeasure.unit = unit;
        if (spec.unitRow)
            rows.append(makeRow(spec, t, QStringLiteral("unit"), 0, unitMeasure, {{QStringLiteral("name"), unit.isEmpty() ? m_doc.department : unit}}));
        QSet<QString> groups;
        for (const ProjectLine &p : s.projects)
            if (inUnit(p)) // projects hang under their 款; the 项 is printed on the project's own row
                for (QString c = CodeCatalogue::parentOf(p.functionalCode); !c.isEmpty(); c = CodeCatalogue::parentOf(c))
                    groups.insert(c);
        QStringList sorted(groups.begin(), groups.end());
        std::sort(sorted.begin(), sorted.end());
        for (const QString &code : sorted) {
            Measure group = prefixMeasure(code);
            group.unit = unit;
            rows.append(makeRow(spec, t, code, CodeCatalogue::levelOf(Classification::Functional, code), group,
                                codeText(code, m_catalogue.name(Classification::Functional, code))));
            for (int i = 0; i < s.projects.size(); ++i) {
                const ProjectLine &p = s.projects[i];
                if (!inUnit(p) || CodeCatalogue::parentOf(p.functionalCode) != code)
                    continue;
                Measure m;
                m.project = i;
                auto text = codeText(p.functionalCode, p.functionalName.isEmpty() ? functionalName(p.functionalCode) : p.functionalName);
                text.insert(QStringLiteral("project"), p.name);
                rows.append(makeRow(spec, t, QStringLiteral("project:") + p.name, 4, m, text));
            }
        }
    }
    if (spec.total && !spec.totalOnTop)
        rows.move(0, rows.size() - 1);
    t.rows = rows;
}

void TableDeriver::deriveTwoSided(const TableSpec &spec, DisclosureTable &t) const
{
    // Right side: 功能分类 类 from the catalogue, all or only those with money.
    struct Right { QString key; QString label; Measure measure; };
    QList<Right> right;
    int ordinal = 0;
    for (const CodeEntry &e : m_catalogue.entries(Classification::Functional, 1)) {
        Measure m = spec.rightMeasure;
        m.codePrefix = e.code;
        bool include = spec.rightInclude == QLatin1String("all");
        if (!include) {
            Measure probe = m;
            if (spec.rightInclude == QLatin1String("nonzero_fiscal")) {
                probe.hasSources = true;
                probe.sources = fundSourceGroup(QStringLiteral("@fiscal"));
            }
            const auto v = probe.evaluate(m_doc.schedules);
            include = v && !v->isZero();
        }
        if (!include)
            continue;
        QString label = spec.rightLabel;
        label.replace(QStringLiteral("{code}"), e.code);
        label.replace(QStringLiteral("{name}"), e.name);
        label.replace(QStringLiteral("{ordinal}"), chineseOrdinal(++ordinal));
        right.append({e.code, label, m});
    }
    // 类 the catalogue does not know are kept too, after the known ones.
    QStringList unknown;
    for (const FunctionalLine &l : m_doc.schedules.functional) {
        const QString cls = l.code.left(3);
        if (!l.amount.isZero() && !m_catalogue.contains(Classification::Functional, cls) && !unknown.contains(cls))
            unknown.append(cls);
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString &cls : unknown) {
        Measure m = spec.rightMeasure;
        m.codePrefix = cls;
        QString label = spec.rightLabel;
        label.replace(QStringLiteral("{code}"), cls);
        label.replace(QStringLiteral("{name}"), QString());
        label.replace(QStringLiteral("{ordinal}"), chineseOrdinal(++ordinal));
        right.append({cls, label.trimmed(), m});
    }

    const int rows = std::max<int>(spec.rows.size(), right.size());
    for (int i = 0; i < rows; ++i) {
        TableRow row;
        const RowSpec *left = i < spec.rows.size() ? &spec.rows[i] : nullptr;
        const Right *r = i < right.size() ? &right[i] : nullptr;
        row.key = left ? left->key : QString();
        row.rightKey = r ? r->key : QString();
        row.level = left ? left->level : 3;
        for (const ColumnSpec &c : spec.columns) {
            TableCell cell;
            if (c.side == 0 && left) {
                if (c.isAmount())
                    cell.amount = cellValue(spec, left->measure, c, &cell.terms);
                else
                    cell.text = left->label;
            } else if (c.side == 1 && r) {
                if (c.isAmount())
                    cell.amount = cellValue(spec, r->measure, c, &cell.terms);
                else
                    cell.text = r->label;
            }
            if (cell.amount)
                cell.text = t.formatAmount(cell.amount);
            row.cells.append(cell);
        }
        t.rows.append(row);
    }
    // The totals row (收入总计 | … | 支出总计 | …), then the rows under it (a final account's
    // 结转和结余 … 总计): each side a row of the template, or nothing in its place.
    auto sidedRow = [&](const RowSpec *left, const RowSpec *right, int level) {
        TableRow row;
        row.key = left ? left->key : QString();
        row.rightKey = right ? right->key : QString();
        row.level = level;
        for (const ColumnSpec &c : spec.columns) {
            TableCell cell;
            const RowSpec *side = c.side == 0 ? left : right;
            if (side && !side->key.isEmpty()) {
                if (c.isAmount()) {
                    const Measure m = c.side == 1 ? spec.rightMeasure.overriddenBy(side->measure) : side->measure;
                    cell.amount = cellValue(spec, m, c, &cell.terms);
                    if (cell.amount)
                        cell.text = t.formatAmount(cell.amount);
                } else {
                    cell.text = side->label;
                }
            }
            row.cells.append(cell);
        }
        return row;
    };
    t.rows.append(sidedRow(&*spec.total, &*spec.totalRight, 0));
    for (int i = 0; i < std::max(spec.tailLeft.size(), spec.tailRight.size()); ++i) {
        const RowSpec *left = i < spec.tailLeft.size() ? &spec.tailLeft[i] : nullptr;
        const RowSpec *right = i < spec.tailRight.size() ? &spec.tailRight[i] : nullptr;
        t.rows.append(sidedRow(left, right, left && !left->key.isEmpty() ? left->level : 1));
    }
}

void TableDeriver::deriveFixed(const TableSpec &spec, DisclosureTable &t) const
{
    for (const RowSpec &r : spec.rows)
        t.rows.append(makeRow(spec, t, r.key, r.level, r.measure, {{QStringLiteral("label"), r.label}}));
}

void TableDeriver::deriveEconomicPairs(const TableSpec &spec, DisclosureTable &t) const
{
    // Each side lists its 经济分类 类 with their 款, in code order, where there is money.
    QStringList sides[2];
    for (const EconomicLine &l : m_doc.schedules.economic) {
        if ((l.personnel + l.publicUse).isZero())
            continue;
        QStringList &list = sides[spec.leftClasses.contains(l.code.left(3)) ? 0 : 1];
        for (QString c = l.code; !c.isEmpty(); c = CodeCatalogue::parentOf(c))
            if (!list.contains(c))
                list.append(c);
    }
    for (QStringList &list : sides)
        std::sort(list.begin(), list.end());
    auto fill = [&](TableRow &row, int side, const QString &key, const Measure &m, const QMap<QString, QString> &text) {
        for (int c = 0; c < spec.columns.size(); ++c) {
            const ColumnSpec &col = spec.columns[c];
            if (col.side != side)
                continue;
            TableCell &cell = row.cells[c];
            if (col.isAmount()) {
                cell.amount = cellValue(spec, m, col, &cell.terms);
                cell.text = cell.amount ? t.formatAmount(cell.amount) : QString();
            } else {
                cell.text = text.value(col.text);
            }
        }
        (side == 0 ? row.key : row.rightKey) = key;
    };
    for (int i = 0; i < std::max(sides[0].size(), sides[1].size()); ++i) {
        TableRow row;
        row.cells.resize(spec.columns.size());
        for (int side = 0; side < 2; ++side) {
            if (i >= sides[side].size())
                continue;
            const QString &code = sides[side][i];
            const QString name = CodeCatalogue::levelOf(Classification::Economic, code) == 1 ? m_catalogue.name(Classification::Economic, code)
                                                                                           : economicName(code);
            fill(row, side, code, prefixMeasure(code), codeText(code, name));
        }
        row.level = CodeCatalogue::levelOf(Classification::Economic, row.key.isEmpty() ? row.rightKey : row.key);
        t.rows.append(row);
    }
    TableRow total;
    total.cells.resize(spec.columns.size());
    fill(total, 0, spec.total->key, spec.total->measure, {{QStringLiteral("name"), spec.total->label}});
    fill(total, 1, spec.totalRight->key, spec.totalRight->measure, {{QStringLiteral("name"), spec.totalRight->label}});
    total.level = 0;
    t.rows.append(total);
}

// Departments of one family print this table with their 项 alone or under their 类 and 款, with
// or without a total: a document keeps the levels and the total it printed, so that the two
// compare; a table never printed has them all.
void TableDeriver::deriveCarryOver(const TableSpec &spec, DisclosureTable &t) const
{
    const DisclosureTable *printed = m_doc.publishedTable(spec.number);
    const bool shaped = printed && !printed->rows.isEmpty();
    QSet<int> levels{1, 2, 3};
    bool total = spec.total.has_value();
    QString unit; // the unit's row under the total, as printed
    if (shaped) {
        levels.clear();
        total = false;
        for (const TableRow &r : printed->rows)
            if (spec.total && r.key == spec.total->key)
                total = true;
            else if (r.key == QLatin1String("unit"))
                unit = r.cells.value(printed->columnIndex(QStringLiteral("label"))).text;
            else
                levels.insert(CodeCatalogue::levelOf(Classification::Functional, r.key));
    }
    QMap<QString, QString> names; // code → name, in code order
    for (const CarryOverLine &l : m_doc.schedules.carryOver) {
        names.insert(l.code, l.name);
        for (QString c = CodeCatalogue::parentOf(l.code); !c.isEmpty(); c = CodeCatalogue::parentOf(c))
            if (levels.contains(CodeCatalogue::levelOf(Classification::Functional, c)) && !names.contains(c))
                names.insert(c, m_catalogue.name(Classification::Functional, c));
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        t.rows.append(makeRow(spec, t, it.key(), CodeCatalogue::levelOf(Classification::Functional, it.key()), prefixMeasure(it.key()),
                              {{QStringLiteral("label"), (it.key() + QLatin1Char(' ') + it.value()).trimmed()}}));
    if (!unit.isEmpty() && !t.rows.isEmpty() && spec.total)
        t.rows.prepend(makeRow(spec, t, QStringLiteral("unit"), 0, spec.total->measure, {{QStringLiteral("label"), unit}}));
    if (total && !t.rows.isEmpty())
        t.rows.prepend(makeRow(spec, t, spec.total->key, 0, spec.total->measure, {{QStringLiteral("label"), spec.total->label}}));
}

} // namespace bd
