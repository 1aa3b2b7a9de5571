#include "BudgetDocument.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bd {

Amount ProjectLine::total() const
{
    Amount sum;
    for (const Amount &a : byEconomicClass)
        sum += a;
    return sum;
}

QStringList Schedules::projectUnits() const
{
    QStringList units;
    for (const ProjectLine &p : projects)
        if (!p.owner.isEmpty() && !units.contains(p.owner))
            units.append(p.owner);
    return units.size() >= 2 ? units : QStringList();
}

QString Schedules::projectUnit(const ProjectLine &p) const
{
    if (!p.owner.isEmpty())
        return p.owner;
    for (const ProjectLine &o : projects)
        if (!o.owner.isEmpty())
            return o.owner;
    return {};
}

Amount PerformanceTarget::statedSum() const
{
    return fiscalSuperior.value_or(Amount()) + fiscal.value_or(Amount()) + other.value_or(Amount());
}

Amount Schedules::functionalTotal() const
{
    Amount sum;
    for (const FunctionalLine &l : functional)
        sum += l.amount;
    return sum;
}

Amount Schedules::sourceTotal(FundSource s) const
{
    Amount sum;
    for (const FunctionalLine &l : functional)
        if (l.source == s)
            sum += l.amount;
    return sum;
}

std::optional<Amount> Schedules::figure(const QString &key) const
{
    for (const Figure &f : figures)
        if (f.key == key)
            return f.amount;
    return std::nullopt;
}

std::optional<Amount> Schedules::priorOf(const QString &key) const
{
    for (const PriorFigure &p : prior)
        if (p.key == key)
            return p.amount;
    return std::nullopt;
}

const SanGongLine *Schedules::sanGongLine(const QString &key) const
{
    for (const SanGongLine &l : sanGong)
        if (l.key == key)
            return &l;
    return nullptr;
}

QString statusKey(DocumentStatus s)
{
    return s == DocumentStatus::Draft ? QStringLiteral("draft") : QStringLiteral("published");
}

std::optional<DocumentStatus> statusFromKey(const QString &key)
{
    if (key == QLatin1String("draft"))
        return DocumentStatus::Draft;
    if (key == QLatin1String("published"))
        return DocumentStatus::Published;
    return std::nullopt;
}

const UnreadableTable *BudgetDocument::unreadableTable(int number) const
{
    for (const UnreadableTable &t : unreadable)
        if (t.number == number)
            return &t;
    return nullptr;
}

const DisclosureTable *BudgetDocument::publishedTable(int number) const
{
    for (const DisclosureTable &t : published)
        if (t.number == number)
            return &t;
    return nullptr;
}

// ---- JSON ----
// Amounts are integers of 分 (QJsonValue keeps qint64 exactly); absent optionals are omitted.

namespace {

QJsonValue amountJson(Amount a) { return QJsonValue(a.fen()); }
void putOpt(QJsonObject &o, const char *key, const std::optional<Amount> &a)
{
    if (a)
        o.insert(QLatin1String(key), amountJson(*a));
}
void putOptInt(QJsonObject &o, const char *key, const std::optional<qint64> &v)
{
    if (v)
        o.insert(QLatin1String(key), QJsonValue(*v));
}
void putStr(QJsonObject &o, const char *key, const QString &s)
{
    if (!s.isEmpty())
        o.insert(QLatin1String(key), s);
}

// Reader that remembers the first error with the path it happened at.
struct Reader
{
    QString error;
    QString path;

    bool ok() const { return error.isEmpty(); }
    void fail(const QString &what)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
    }
    QString str(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString())
            fail(QStringLiteral("\"%1\" is not a string").arg(QLatin1String(key)));
        return v.toString();
    }
    Amount amount(const QJsonObject &o, const char *key)
    {
        return optAmount(o, key).value_or(Amount());
    }
    std::optional<Amount> optAmount(const QJsonObject &o, const char *key)
    {
        const auto v = optInt(o, key);
        return v ? std::optional<Amount>(Amount::fromFen(*v)) : std::nullopt;
    }
    std::optional<qint64> optInt(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(QStringLiteral("\"%1\" is not a number").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return v.toInteger();
    }
    FundSource source(const QJsonObject &o, const char *key)
    {
        const QString k = str(o, key);
        const auto s = fundSourceFromKey(k);
        if (!s)
            fail(QStringLiteral("unknown funding source \"%1\"").arg(k));
        return s.value_or(FundSource::GeneralBudget);
    }
    QJsonArray array(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(QStringLiteral("\"%1\" is not an array").arg(QLatin1String(key)));
        return v.toArray();
    }
    template<typename T, typename F>
    QList<T> list(const QJsonObject &o, const char *key, F read)
    {
        QList<T> out;
        const QJsonArray a = array(o, key);
        const QString saved = path;
        for (int i = 0; i < a.size() && ok(); ++i) {
            path = saved + QStringLiteral("/%1[%2]").arg(QLatin1String(key)).arg(i);
            if (!a[i].isObject()) {
                fail(QStringLiteral("not an object"));
                break;
            }
            out.append(read(a[i].toObject()));
        }
        path = saved;
        return out;
    }
};

QJsonObject indicatorJson(const Indicator &i)
{
    QJsonObject o;
    putStr(o, "level1", i.level1);
    putStr(o, "level2", i.level2);
    putStr(o, "level3", i.level3);
    putStr(o, "value", i.value);
    putStr(o, "basis", i.basis);
    putStr(o, "prior_value", i.priorValue);
    putStr(o, "scoring_rule", i.scoringRule);
    putStr(o, "evidence", i.evidence);
    if (i.weight)
        o.insert(QStringLiteral("weight"), *i.weight);
    if (i.sourceLine)
        o.insert(QStringLiteral("line"), i.sourceLine);
    return o;
}

} // namespace

QJsonObject tableToJson(const DisclosureTable &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("number"), t.number);
    o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("title"), t.title);
    o.insert(QStringLiteral("unit"), t.unit == Unit::Yuan ? QStringLiteral("yuan") : QStringLiteral("wanyuan"));
    o.insert(QStringLiteral("thousands"), t.thousands);
    putStr(o, "note", t.note);
    putStr(o, "printedTitle", t.printedTitle);
    putStr(o, "issuer", t.issuer);
    if (t.sourceLine)
        o.insert(QStringLiteral("line"), t.sourceLine);
    QJsonArray header;
    for (const QStringList &h : t.headerRows)
        header.append(QJsonArray::fromStringList(h));
    o.insert(QStringLiteral("header"), header);
    QJsonArray cols;
    for (const TableColumn &c : t.columns) {
        QJsonObject co;
        co.insert(QStringLiteral("key"), c.key);
        co.insert(QStringLiteral("header"), c.header);
        co.insert(QStringLiteral("amount"), c.isAmount);
        if (c.side)
            co.insert(QStringLiteral("side"), c.side);
        cols.append(co);
    }
    o.insert(QStringLiteral("columns"), cols);
    QJsonArray rows;
    for (const TableRow &r : t.rows) {
        QJsonObject ro;
        ro.insert(QStringLiteral("key"), r.key);
        putStr(ro, "right_key", r.rightKey);
        ro.insert(QStringLiteral("level"), r.level);
        if (r.sourceLine)
            ro.insert(QStringLiteral("line"), r.sourceLine);
        QJsonArray cells;
        for (const TableCell &c : r.cells) {
            QJsonObject cell;
            putStr(cell, "text", c.text);
            putOpt(cell, "fen", c.amount);
            if (c.sourceLine)
                cell.insert(QStringLiteral("line"), c.sourceLine);
            cells.append(cell);
        }
        ro.insert(QStringLiteral("cells"), cells);
        rows.append(ro);
    }
    o.insert(QStringLiteral("rows"), rows);
    return o;
}

static DisclosureTable readTable(Reader &r, const QJsonObject &o)
{
    DisclosureTable t;
    t.number = int(r.optInt(o, "number").value_or(0));
    t.id = r.str(o, "id");
    t.title = r.str(o, "title");
    const QString unit = r.str(o, "unit");
    if (unit == QLatin1String("yuan"))
        t.unit = Unit::Yuan;
    else if (unit == QLatin1String("wanyuan"))
        t.unit = Unit::WanYuan;
    else
        r.fail(QStringLiteral("unknown unit \"%1\"").arg(unit));
    t.thousands = o.value(QStringLiteral("thousands")).toBool();
    t.note = r.str(o, "note");
    t.printedTitle = r.str(o, "printedTitle");
    t.issuer = r.str(o, "issuer");
    t.sourceLine = int(r.optInt(o, "line").value_or(0));
    for (const QJsonValue &h : r.array(o, "header")) {
        QStringList row;
        for (const QJsonValue &v : h.toArray())
            row.append(v.toString());
        t.headerRows.append(row);
    }
    t.columns = r.list<TableColumn>(o, "columns", [&](const QJsonObject &c) {
        TableColumn col;
        col.key = r.str(c, "key");
        col.header = r.str(c, "header");
        col.isAmount = c.value(QStringLiteral("amount")).toBool();
        col.side = int(r.optInt(c, "side").value_or(0));
        return col;
    });
    t.rows = r.list<TableRow>(o, "rows", [&](const QJsonObject &ro) {
        TableRow row;
        row.key = r.str(ro, "key");
        row.rightKey = r.str(ro, "right_key");
        row.level = int(r.optInt(ro, "level").value_or(0));
        row.sourceLine = int(r.optInt(ro, "line").value_or(0));
        row.cells = r.list<TableCell>(ro, "cells", [&](const QJsonObject &c) {
            TableCell cell;
            cell.text = r.str(c, "text");
            cell.amount = r.optAmount(c, "fen");
            cell.sourceLine = int(r.optInt(c, "line").value_or(0));
            return cell;
        });
        if (row.cells.size() != t.columns.size())
            r.fail(QStringLiteral("row has %1 cells for %2 columns").arg(row.cells.size()).arg(t.columns.size()));
        return row;
    });
    return t;
}

std::optional<DisclosureTable> tableFromJson(const QJsonObject &o, QString *error)
{
    Reader r;
    DisclosureTable t = readTable(r, o);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return t;
}

QString rewriteMarker()
{
    return QStringLiteral("【待改写】");
}

QString departmentKey(const QString &department)
{
    QString key = department.normalized(QString::NormalizationForm_KC);
    key.remove(QRegularExpression(QStringLiteral("\\s")));
    key.remove(QStringLiteral("(本级)"));
    return key;
}

QJsonObject BudgetDocument::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("budgetdesk-document"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("department"), department);
    o.insert(QStringLiteral("year"), year);
    o.insert(QStringLiteral("template"), templateId);
    o.insert(QStringLiteral("status"), statusKey(status));
    putStr(o, "title", title);
    putStr(o, "publish_date", publishDate);
    putStr(o, "source_name", sourceName);
    putStr(o, "source_hash", sourceHash);

    const Schedules &s = schedules;
    QJsonArray functional;
    for (const FunctionalLine &l : s.functional)
        functional.append(QJsonObject{{QStringLiteral("code"), l.code},
                                      {QStringLiteral("name"), l.name},
                                      {QStringLiteral("source"), fundSourceKey(l.source)},
                                      {QStringLiteral("phase"), phaseKey(l.phase)},
                                      {QStringLiteral("fen"), amountJson(l.amount)}});
    o.insert(QStringLiteral("functional"), functional);
    QJsonArray receipts;
    for (const FunctionalLine &l : s.receipts)
        receipts.append(QJsonObject{{QStringLiteral("code"), l.code},
                                    {QStringLiteral("name"), l.name},
                                    {QStringLiteral("source"), fundSourceKey(l.source)},
                                    {QStringLiteral("fen"), amountJson(l.amount)}});
    o.insert(QStringLiteral("receipts"), receipts);
    QJsonArray balances;
    for (const BalanceLine &l : s.balances)
        balances.append(QJsonObject{{QStringLiteral("kind"), l.kind},
                                    {QStringLiteral("code"), l.code},
                                    {QStringLiteral("source"), fundSourceKey(l.source)},
                                    {QStringLiteral("fen"), amountJson(l.amount)}});
    o.insert(QStringLiteral("balances"), balances);
    QJsonArray execution;
    for (const ExecutionLine &l : s.execution) {
        QJsonObject lo{{QStringLiteral("key"), l.key}, {QStringLiteral("actual"), amountJson(l.actual)}};
        putOpt(lo, "budgeted", l.budgeted);
        putOpt(lo, "adjusted", l.adjusted);
        putStr(lo, "name", l.name);
        putOptInt(lo, "stated_rate", l.statedRate);
        putStr(lo, "rate_base", l.rateBase);
        putStr(lo, "reason", l.reason);
        putStr(lo, "evidence", l.evidence);
        if (l.sourceLine)
            lo.insert(QStringLiteral("line"), l.sourceLine);
        execution.append(lo);
    }
    o.insert(QStringLiteral("execution"), execution);

    QJsonObject detail;
    for (auto it = s.unitFundsDetail.cbegin(); it != s.unitFundsDetail.cend(); ++it)
        detail.insert(fundSourceKey(it.key()), amountJson(it.value()));
    o.insert(QStringLiteral("unit_funds_detail"), detail);

    QJsonArray economic;
    for (const EconomicLine &l : s.economic)
        economic.append(QJsonObject{{QStringLiteral("code"), l.code},
                                    {QStringLiteral("name"), l.name},
                                    {QStringLiteral("personnel"), amountJson(l.personnel)},
                                    {QStringLiteral("public"), amountJson(l.publicUse)}});
    o.insert(QStringLiteral("economic"), economic);

    QJsonArray projects;
    for (const ProjectLine &p : s.projects) {
        QJsonObject po{{QStringLiteral("name"), p.name},
                       {QStringLiteral("functional_code"), p.functionalCode},
                       {QStringLiteral("functional_name"), p.functionalName},
                       {QStringLiteral("source"), fundSourceKey(p.source)}};
        QJsonObject by;
        for (auto it = p.byEconomicClass.cbegin(); it != p.byEconomicClass.cend(); ++it)
            by.insert(it.key(), amountJson(it.value()));
        po.insert(QStringLiteral("by_economic_class"), by);
        putOpt(po, "stated_total", p.statedTotal);
        if (!p.owner.isEmpty())
            po.insert(QStringLiteral("owner"), p.owner);
        projects.append(po);
    }
    o.insert(QStringLiteral("projects"), projects);

    QJsonArray sanGong;
    for (const SanGongLine &l : s.sanGong) {
        QJsonObject lo{{QStringLiteral("key"), l.key},
                       {QStringLiteral("general_budget"), amountJson(l.generalBudget)},
                       {QStringLiteral("gov_fund"), amountJson(l.govFund)},
                       {QStringLiteral("state_capital"), amountJson(l.stateCapital)}};
        putOpt(lo, "prior", l.prior);
        putOpt(lo, "budgeted", l.budgeted);
        sanGong.append(lo);
    }
    o.insert(QStringLiteral("san_gong"), sanGong);

    QJsonArray carry;
    for (const CarryOverLine &l : s.carryOver)
        carry.append(QJsonObject{{QStringLiteral("code"), l.code},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("fiscal_personnel"), amountJson(l.fiscalPersonnel)},
                                 {QStringLiteral("fiscal_public"), amountJson(l.fiscalPublic)},
                                 {QStringLiteral("fiscal_project"), amountJson(l.fiscalProject)},
                                 {QStringLiteral("non_fiscal_personnel"), amountJson(l.nonFiscalPersonnel)},
                                 {QStringLiteral("non_fiscal_public"), amountJson(l.nonFiscalPublic)},
                                 {QStringLiteral("non_fiscal_project"), amountJson(l.nonFiscalProject)}});
    o.insert(QStringLiteral("carry_over"), carry);

    QJsonArray figures;
    for (const Figure &f : s.figures) {
        QJsonObject fo{{QStringLiteral("key"), f.key}};
        putStr(fo, "label", f.label);
        putOpt(fo, "fen", f.amount);
        putOptInt(fo, "quantity", f.quantity);
        putStr(fo, "quantity_unit", f.quantityUnit);
        if (f.sourceLine)
            fo.insert(QStringLiteral("line"), f.sourceLine);
        figures.append(fo);
    }
    o.insert(QStringLiteral("figures"), figures);

    QJsonArray prior;
    for (const PriorFigure &p : s.prior) {
        QJsonObject po{{QStringLiteral("key"), p.key}, {QStringLiteral("fen"), amountJson(p.amount)}};
        putStr(po, "evidence", p.evidence);
        if (p.sourceLine)
            po.insert(QStringLiteral("line"), p.sourceLine);
        prior.append(po);
    }
    o.insert(QStringLiteral("prior"), prior);

    QJsonArray targets;
    for (const PerformanceTarget &t : s.targets) {
        QJsonObject to{{QStringLiteral("kind"), t.kind}};
        putStr(to, "name", t.name);
        putStr(to, "owner", t.owner);
        putStr(to, "phone", t.phone);
        putStr(to, "goal", t.goal);
        putOpt(to, "total", t.total);
        putOpt(to, "fiscal_superior", t.fiscalSuperior);
        putOpt(to, "fiscal", t.fiscal);
        putOpt(to, "other", t.other);
        if (t.sourceLine)
            to.insert(QStringLiteral("line"), t.sourceLine);
        QJsonArray ind;
        for (const Indicator &i : t.indicators)
            ind.append(indicatorJson(i));
        to.insert(QStringLiteral("indicators"), ind);
        targets.append(to);
    }
    o.insert(QStringLiteral("targets"), targets);

    QJsonArray narrative;
    for (const NarrativeSection &n : s.narrative) {
        QJsonObject no{{QStringLiteral("part"), n.part}, {QStringLiteral("heading"), n.heading},
                       {QStringLiteral("text"), n.text}};
        if (n.sourceLine)
            no.insert(QStringLiteral("line"), n.sourceLine);
        QJsonArray lines;
        for (int l : n.paragraphLines)
            lines.append(l);
        if (!lines.isEmpty())
            no.insert(QStringLiteral("paragraph_lines"), lines);
        narrative.append(no);
    }
    o.insert(QStringLiteral("narrative"), narrative);

    QJsonObject staffing;
    auto putStaff = [&](const char *k, const std::optional<int> &v) {
        if (v)
            staffing.insert(QLatin1String(k), *v);
    };
    putStaff("quota", s.staffing.quota);
    putStaff("actual", s.staffing.actual);
    putStaff("in_service", s.staffing.inService);
    putStaff("retired", s.staffing.retired);
    putStaff("retired_cadre", s.staffing.retiredCadre);
    o.insert(QStringLiteral("staffing"), staffing);

    QJsonArray tables;
    for (const DisclosureTable &t : published)
        tables.append(tableToJson(t));
    o.insert(QStringLiteral("published"), tables);

    QJsonArray unread;
    for (const UnreadableTable &t : unreadable)
        unread.append(QJsonObject{{QStringLiteral("number"), t.number},
                                  {QStringLiteral("line"), t.line},
                                  {QStringLiteral("reason"), t.reason},
                                  {QStringLiteral("lines"), QJsonArray::fromStringList(t.lines)}});
    o.insert(QStringLiteral("unreadable_tables"), unread);

    QJsonArray readingsJson;
    for (const TableReading &t : readings)
        readingsJson.append(t.toJson());
    o.insert(QStringLiteral("import_readings"), readingsJson);

    QJsonArray outlineJson;
    for (const OutlineLine &l : outline) {
        QJsonObject lo{{QStringLiteral("line"), l.line}, {QStringLiteral("text"), l.text}};
        if (l.table)
            lo.insert(QStringLiteral("table"), l.table);
        if (l.again)
            lo.insert(QStringLiteral("again"), true);
        outlineJson.append(lo);
    }
    o.insert(QStringLiteral("outline"), outlineJson);
    if (!members.isEmpty()) {
        QJsonArray membersJson;
        for (const qint64 id : members)
            membersJson.append(id);
        o.insert(QStringLiteral("members"), membersJson);
    }
    return o;
}

std::optional<BudgetDocument> BudgetDocument::fromJson(const QJsonObject &o, QString *error)
{
    Reader r;
    BudgetDocument d;
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("budgetdesk-document")) {
        if (error)
            *error = QStringLiteral("not a BudgetDesk document (missing \"format\")");
        return std::nullopt;
    }
    const qint64 version = r.optInt(o, "version").value_or(0);
    if (version != 1) {
        if (error)
            *error = QStringLiteral("document format version %1 is not supported").arg(version);
        return std::nullopt;
    }
    d.department = r.str(o, "department");
    d.year = int(r.optInt(o, "year").value_or(0));
    d.templateId = r.str(o, "template");
    const auto status = statusFromKey(r.str(o, "status"));
    if (!status)
        r.fail(QStringLiteral("unknown status"));
    d.status = status.value_or(DocumentStatus::Draft);
    d.title = r.str(o, "title");
    d.publishDate = r.str(o, "publish_date");
    d.sourceName = r.str(o, "source_name");
    d.sourceHash = r.str(o, "source_hash");

    Schedules &s = d.schedules;
    s.functional = r.list<FunctionalLine>(o, "functional", [&](const QJsonObject &lo) {
        FunctionalLine l;
        l.code = r.str(lo, "code");
        l.name = r.str(lo, "name");
        l.source = r.source(lo, "source");
        const auto phase = phaseFromKey(r.str(lo, "phase"));
        if (!phase)
            r.fail(QStringLiteral("unknown phase"));
        l.phase = phase.value_or(Phase::Basic);
        l.amount = r.amount(lo, "fen");
        return l;
    });
    s.receipts = r.list<FunctionalLine>(o, "receipts", [&](const QJsonObject &lo) {
        FunctionalLine l;
        l.code = r.str(lo, "code");
        l.name = r.str(lo, "name");
        l.source = r.source(lo, "source");
        l.amount = r.amount(lo, "fen");
        return l;
    });
    s.balances = r.list<BalanceLine>(o, "balances", [&](const QJsonObject &lo) {
        BalanceLine l;
        l.kind = r.str(lo, "kind");
        if (!QStringList{QStringLiteral("opening"), QStringLiteral("closing"), QStringLiteral("used"), QStringLiteral("allocated")}
                 .contains(l.kind))
            r.fail(QStringLiteral("unknown balance \"%1\"").arg(l.kind));
        l.code = r.str(lo, "code");
        l.source = r.source(lo, "source");
        l.amount = r.amount(lo, "fen");
        return l;
    });
    s.execution = r.list<ExecutionLine>(o, "execution", [&](const QJsonObject &lo) {
        ExecutionLine l;
        l.key = r.str(lo, "key");
        l.name = r.str(lo, "name");
        l.budgeted = r.optAmount(lo, "budgeted");
        l.adjusted = r.optAmount(lo, "adjusted");
        l.actual = r.amount(lo, "actual");
        l.statedRate = r.optInt(lo, "stated_rate");
        l.rateBase = r.str(lo, "rate_base");
        l.reason = r.str(lo, "reason");
        l.evidence = r.str(lo, "evidence");
        l.sourceLine = int(r.optInt(lo, "line").value_or(0));
        return l;
    });
    const QJsonObject detail = o.value(QStringLiteral("unit_funds_detail")).toObject();
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        const auto src = fundSourceFromKey(it.key());
        if (!src || !it.value().isDouble()) {
            r.fail(QStringLiteral("unit_funds_detail: bad entry \"%1\"").arg(it.key()));
            break;
        }
        s.unitFundsDetail.insert(*src, Amount::fromFen(it.value().toInteger()));
    }
    s.economic = r.list<EconomicLine>(o, "economic", [&](const QJsonObject &lo) {
        EconomicLine l;
        l.code = r.str(lo, "code");
        l.name = r.str(lo, "name");
        l.personnel = r.amount(lo, "personnel");
        l.publicUse = r.amount(lo, "public");
        return l;
    });
    s.projects = r.list<ProjectLine>(o, "projects", [&](const QJsonObject &po) {
        ProjectLine p;
        p.name = r.str(po, "name");
        p.functionalCode = r.str(po, "functional_code");
        p.functionalName = r.str(po, "functional_name");
        p.source = r.source(po, "source");
        const QJsonObject by = po.value(QStringLiteral("by_economic_class")).toObject();
        for (auto it = by.begin(); it != by.end(); ++it) {
            if (!it.value().isDouble())
                r.fail(QStringLiteral("by_economic_class \"%1\" is not a number").arg(it.key()));
            p.byEconomicClass.insert(it.key(), Amount::fromFen(it.value().toInteger()));
        }
        p.statedTotal = r.optAmount(po, "stated_total");
        p.owner = po.value(QStringLiteral("owner")).toString();
        return p;
    });
    s.sanGong = r.list<SanGongLine>(o, "san_gong", [&](const QJsonObject &lo) {
        SanGongLine l;
        l.key = r.str(lo, "key");
        l.generalBudget = r.amount(lo, "general_budget");
        l.govFund = r.amount(lo, "gov_fund");
        l.stateCapital = r.amount(lo, "state_capital");
        l.prior = r.optAmount(lo, "prior");
        l.budgeted = r.optAmount(lo, "budgeted");
        return l;
    });
    s.carryOver = r.list<CarryOverLine>(o, "carry_over", [&](const QJsonObject &lo) {
        CarryOverLine l;
        l.code = r.str(lo, "code");
        l.name = r.str(lo, "name");
        l.fiscalPersonnel = r.amount(lo, "fiscal_personnel");
        l.fiscalPublic = r.amount(lo, "fiscal_public");
        l.fiscalProject = r.amount(lo, "fiscal_project");
        l.nonFiscalPersonnel = r.amount(lo, "non_fiscal_personnel");
        l.nonFiscalPublic = r.amount(lo, "non_fiscal_public");
        l.nonFiscalProject = r.amount(lo, "non_fiscal_project");
        return l;
    });
    s.figures = r.list<Figure>(o, "figures", [&](const QJsonObject &fo) {
        Figure f;
        f.key = r.str(fo, "key");
        f.label = r.str(fo, "label");
        f.amount = r.optAmount(fo, "fen");
        f.quantity = r.optInt(fo, "quantity");
        f.quantityUnit = r.str(fo, "quantity_unit");
        f.sourceLine = int(r.optInt(fo, "line").value_or(0));
        return f;
    });
    s.prior = r.list<PriorFigure>(o, "prior", [&](const QJsonObject &po) {
        PriorFigure p;
        p.key = r.str(po, "key");
        p.amount = r.amount(po, "fen");
        p.evidence = r.str(po, "evidence");
        p.sourceLine = int(r.optInt(po, "line").value_or(0));
        return p;
    });
    s.targets = r.list<PerformanceTarget>(o, "targets", [&](const QJsonObject &to) {
        PerformanceTarget t;
        t.kind = r.str(to, "kind");
        t.name = r.str(to, "name");
        t.owner = r.str(to, "owner");
        t.phone = r.str(to, "phone");
        t.goal = r.str(to, "goal");
        t.total = r.optAmount(to, "total");
        t.fiscalSuperior = r.optAmount(to, "fiscal_superior");
        t.fiscal = r.optAmount(to, "fiscal");
        t.other = r.optAmount(to, "other");
        t.sourceLine = int(r.optInt(to, "line").value_or(0));
        t.indicators = r.list<Indicator>(to, "indicators", [&](const QJsonObject &io) {
            Indicator i;
            i.level1 = r.str(io, "level1");
            i.level2 = r.str(io, "level2");
            i.level3 = r.str(io, "level3");
            i.value = r.str(io, "value");
            i.basis = r.str(io, "basis");
            i.priorValue = r.str(io, "prior_value");
            i.scoringRule = r.str(io, "scoring_rule");
            i.evidence = r.str(io, "evidence");
            const auto w = r.optInt(io, "weight");
            if (w)
                i.weight = int(*w);
            i.sourceLine = int(r.optInt(io, "line").value_or(0));
            return i;
        });
        return t;
    });
    s.narrative = r.list<NarrativeSection>(o, "narrative", [&](const QJsonObject &no) {
        NarrativeSection n;
        n.part = r.str(no, "part");
        n.heading = r.str(no, "heading");
        n.text = r.str(no, "text");
        n.sourceLine = int(r.optInt(no, "line").value_or(0));
        for (const QJsonValue &v : r.array(no, "paragraph_lines"))
            n.paragraphLines.append(v.toInt());
        return n;
    });
    const QJsonObject staffing = o.value(QStringLiteral("staffing")).toObject();
    auto staff = [&](const char *k) -> std::optional<int> {
        const auto v = r.optInt(staffing, k);
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    };
    s.staffing.quota = staff("quota");
    s.staffing.actual = staff("actual");
    s.staffing.inService = staff("in_service");
    s.staffing.retired = staff("retired");
    s.staffing.retiredCadre = staff("retired_cadre");

    d.published = r.list<DisclosureTable>(o, "published", [&](const QJsonObject &to) { return readTable(r, to); });
    // Documents written before unreadable tables were kept have none.
    d.unreadable = r.list<UnreadableTable>(o, "unreadable_tables", [&](const QJsonObject &uo) {
        UnreadableTable t;
        t.number = int(r.optInt(uo, "number").value_or(0));
        t.line = int(r.optInt(uo, "line").value_or(0));
        t.reason = r.str(uo, "reason");
        for (const QJsonValue &l : r.array(uo, "lines"))
            t.lines.append(l.toString());
        return t;
    });
    // Documents imported before the import said how sure it was have no readings.
    d.readings = r.list<TableReading>(o, "import_readings", [&](const QJsonObject &ro) {
        TableReading t;
        auto count = [&](const QJsonObject &in, const char *key) { return int(r.optInt(in, key).value_or(0)); };
        t.table = count(ro, "table");
        t.title = r.str(ro, "title");
        t.rows = count(ro, "rows");
        const QJsonObject labels = ro.value(QStringLiteral("labels")).toObject();
        t.exactLabel = count(labels, "exact");
        t.normalisedLabel = count(labels, "normalised");
        t.byCode = count(labels, "code");
        t.byPosition = count(labels, "position");
        const QJsonObject cells = ro.value(QStringLiteral("cells")).toObject();
        t.cellsByHeader = count(cells, "header");
        t.cellsInOrder = count(cells, "column_order");
        t.cellsByCell = count(cells, "cell");
        for (const QJsonValue &v : r.array(ro, "skipped")) {
            const QJsonObject so = v.toObject();
            t.skipped.append({count(so, "line"), r.str(so, "text"), r.str(so, "why")});
        }
        return t;
    });
    // Documents imported before the outline was kept have none.
    d.outline = r.list<OutlineLine>(o, "outline", [&](const QJsonObject &lo) {
        return OutlineLine{int(r.optInt(lo, "line").value_or(0)), r.str(lo, "text"), int(r.optInt(lo, "table").value_or(0)),
                           lo.value(QStringLiteral("again")).toBool()};
    });
    for (const QJsonValue &v : o.value(QStringLiteral("members")).toArray()) {
        if (!v.isDouble() || v.toInteger() <= 0)
            r.fail(QStringLiteral("members: \"%1\" is not a document id").arg(v.toVariant().toString()));
        d.members.append(v.toInteger());
    }
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return d;
}

} // namespace bd
