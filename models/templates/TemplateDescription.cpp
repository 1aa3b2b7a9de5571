#include "TemplateDescription.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

static QString numberedKey(const QString &label);

int TableSpec::codeColumns() const
{
    int n = 0;
    for (const ColumnSpec &c : columns)
        if (c.text.startsWith(QLatin1String("code")))
            ++n;
    return n;
}

bool TableSpec::joinedCode() const
{
    return std::any_of(columns.begin(), columns.end(), [](const ColumnSpec &c) { return c.text == QLatin1String("code"); });
}

QString documentKindKey(DocumentKind k)
{
    return k == DocumentKind::Final ? QStringLiteral("final") : QStringLiteral("budget");
}

QString documentKindName(DocumentKind k)
{
    return k == DocumentKind::Final ? QCoreApplication::translate("bd::DocumentKind", "Final accounts")
                                    : QCoreApplication::translate("bd::DocumentKind", "Budget");
}

DocumentKind documentKindOf(const QString &templateId)
{
    const auto t = TemplateRegistry::instance().find(templateId);
    return t ? t->kind : DocumentKind::Budget;
}

int TableSpec::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == key)
            return i;
    return -1;
}

// The length of the numbering a table of contents puts before a title ("1. ", "3．", "表3 ",
// "附表 3：", "表一：", "三、"), 0 when the line has none. Written out rather than as a pattern: every
// line of a text is asked, for every table of every family.
static qsizetype numberingLength(QStringView t)
{
    qsizetype i = 0;
    auto spaces = [&] {
        while (i < t.size() && t[i].isSpace())
            ++i;
    };
    auto digits = [&] {
        const qsizetype from = i;
        while (i < t.size() && i - from < 2 && t[i].unicode() >= '0' && t[i].unicode() <= '9')
            ++i;
        return i > from;
    };
    auto oneOf = [&](QStringView marks) {
        if (i < t.size() && marks.contains(t[i])) {
            ++i;
            return true;
        }
        return false;
    };
    if (t.startsWith(u"附表") || t.startsWith(u'表')) {
        i = t.startsWith(u"附表") ? 2 : 1;
        spaces();
        const qsizetype numeral = i;
        while (i < t.size() && QStringView(u"一二三四五六七八九十").contains(t[i]))
            ++i;
        if (i == numeral && !digits())
            return 0;
        spaces();
        oneOf(u"：:.．、");
    } else if (digits()) {
        spaces();
        if (!oneOf(u".．、"))
            return 0;
    } else {
        while (i < t.size() && QStringView(u"一二三四五六七八九十").contains(t[i]))
            ++i;
        if (i == 0 || !oneOf(u"、"))
            return 0;
    }
    spaces();
    return i;
}

bool TableSpec::isTitle(const QString &line) const
{
    // A body title may be numbered as its table of contents numbers it; the pattern describes
    // the title itself.
    QString t = line.trimmed();
    // The table's designation after its title, in brackets or at the right of the line:
    // "（表1）", "（公开01表）", "公开01表".
    static const QRegularExpression designation(
        QStringLiteral("\\s*[（(]?\\s*(?:公开\\s*\\d{1,2}\\s*表|表\\s*[0-9一二三四五六七八九十]+)\\s*[）)]?$"));
    const bool namesTitle = !title.isEmpty() && t.contains(title);
    if (namesTitle)
        t.remove(designation);
    // A title stands alone on its line: a line of columns (two spaces or a tab apart) or of
    // prose is none. Most lines of a text end here, before any pattern is run.
    if (t.isEmpty() || t.size() > 80 || t.contains(QLatin1Char('\t')) || t.contains(QLatin1String("  ")))
        return false;
    if (titlePattern.match(t).hasMatch())
        return true;
    const qsizetype numbering = numberingLength(t);
    if (numbering > 0 && numbering < t.size() && titlePattern.match(QStringView(t).mid(numbering)).hasMatch())
        return true;
    // Departments of a family decorate a title as the samples do not: the year before it, or
    // the department's name and the year ("…外事办公室2026年部门收支总体情况表"), around the
    // title the template names. The name is of a unit (its last character says what kind): a
    // sentence that ends in a title ("详见2026年…表") is none.
    if (!namesTitle) // most lines: no pattern run
        return false;
    static const QRegularExpression decorated(QStringLiteral(
        "^(?:[\\p{Han}（）()]{3,40}[局委办室厅院会部所心站队处社馆校园司行]\\s*)?\\d{4}\\s*年度?\\s*(.+?)$"));
    const auto m = decorated.match(QStringView(t).mid(numbering < t.size() ? numbering : 0));
    return m.hasMatch() && titlePattern.match(m.capturedView(1)).hasMatch();
}

QSet<QString> TableSpec::schedulesRead() const
{
    // Each amount column against each kind of row: the rows the template fixes, the totals and
    // tails, and the rows generated from the schedules (the filter's).
    QList<Measure> rowMeasures{filter};
    for (const QList<RowSpec> *list : {&rows, &tailLeft, &tailRight})
        for (const RowSpec &r : *list)
            rowMeasures.append(r.measure);
    for (const std::optional<RowSpec> *r : {&total, &totalRight})
        if (*r)
            rowMeasures.append((*r)->measure);
    if (kind == TableKind::TwoSided)
        rowMeasures.append(rightMeasure);
    QSet<QString> out;
    for (const ColumnSpec &c : columns)
        if (c.isAmount())
            for (const Measure &r : std::as_const(rowMeasures)) {
                const QString of = filter.overriddenBy(r).overriddenBy(c.measure).of;
                out.insert(of == QLatin1String("carry") || of == QLatin1String("sangong") || of == QLatin1String("figure") ? of
                                                                                                                       : QStringLiteral("lines"));
            }
    return out;
}

const TableSpec *TemplateDescription::table(int number) const
{
    for (const TableSpec &t : tables)
        if (t.number == number)
            return &t;
    return nullptr;
}

const TableSpec *TemplateDescription::tableById(const QString &id) const
{
    for (const TableSpec &t : tables)
        if (t.id == id)
            return &t;
    return nullptr;
}

bool PrintOutline::isBeforeTables(const QString &part, const QString &heading) const
{
    if (beforeParts.contains(part))
        return true;
    return std::any_of(beforeHeadings.cbegin(), beforeHeadings.cend(),
                       [&heading](const QRegularExpression &re) { return re.match(heading.trimmed()).hasMatch(); });
}

QString TemplateDescription::scopeOf(const QString &text) const
{
    for (const auto &[scope, words] : scopes)
        if (std::all_of(words.begin(), words.end(), [&](const QString &w) { return text.contains(w); }))
            return scope;
    return QString();
}

QString TemplateDescription::printedTitle(const TableSpec &spec, int year) const
{
    QString title = tableTitle;
    title.replace(QLatin1String("{year}"), QString::number(year));
    return title.replace(QLatin1String("{title}"), spec.title);
}

namespace {

// Reads one description, remembering the first error with the path it happened at.
struct Loader
{
    QString error;
    QString path;
    bool deferred = false; // patterns not compiled now, nor the checks that need them compiled

    bool ok() const { return error.isEmpty(); }
    void fail(const QString &what)
    {
        if (error.isEmpty())
            error = path + QStringLiteral(": ") + what;
    }
    QRegularExpression regex(const QString &pattern)
    {
        QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!deferred && !re.isValid()) // else compiled at its first use
            fail(QStringLiteral("bad pattern \"%1\": %2").arg(pattern, re.errorString()));
        return re;
    }
    Measure measure(const QJsonValue &v)
    {
        if (v.isUndefined())
            return {};
        QString why;
        auto m = Measure::fromJson(v.toObject(), &why);
        if (!m) {
            fail(why);
            return {};
        }
        return *m;
    }
    RowSpec row(const QJsonObject &o)
    {
        RowSpec r;
        r.key = o.value(QStringLiteral("key")).toString();
        r.label = o.value(QStringLiteral("label")).toString();
        r.level = o.value(QStringLiteral("level")).toInt(1);
        r.measure = measure(o.value(QStringLiteral("measure")));
        if (r.key.isEmpty())
            fail(QStringLiteral("row without a key"));
        return r;
    }
    PatternSpec pattern(const QJsonObject &o)
    {
        PatternSpec p;
        p.key = o.value(QStringLiteral("key")).toString();
        p.label = o.value(QStringLiteral("label")).toString();
        p.section = o.value(QStringLiteral("section")).toString();
        p.pattern = regex(o.value(QStringLiteral("pattern")).toString());
        if (o.contains(QStringLiteral("current")))
            p.current = measure(o.value(QStringLiteral("current")));
        return p;
    }
    TableSpec table(const QJsonObject &o)
    {
        TableSpec t;
        t.number = o.value(QStringLiteral("number")).toInt();
        t.id = o.value(QStringLiteral("id")).toString();
        t.title = o.value(QStringLiteral("title")).toString();
        t.titlePattern = regex(o.value(QStringLiteral("titlePattern")).toString());
        const QString kind = o.value(QStringLiteral("kind")).toString();
        static const QMap<QString, TableKind> kinds{
            {QStringLiteral("two_sided"), TableKind::TwoSided},
            {QStringLiteral("functional_tree"), TableKind::FunctionalTree},
            {QStringLiteral("economic_tree"), TableKind::EconomicTree},
            {QStringLiteral("projects"), TableKind::Projects},
            {QStringLiteral("fixed"), TableKind::Fixed},
            {QStringLiteral("carry_over"), TableKind::CarryOver},
            {QStringLiteral("economic_pairs"), TableKind::EconomicPairs}};
        if (!kinds.contains(kind))
            fail(QStringLiteral("unknown table kind \"%1\"").arg(kind));
        t.kind = kinds.value(kind);
        for (const QJsonValue &h : o.value(QStringLiteral("header")).toArray()) {
            QStringList row;
            for (const QJsonValue &c : h.toArray())
                row.append(c.toString());
            t.header.append(row);
        }
        const QString saved = path;
        const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
        for (int i = 0; i < cols.size() && ok(); ++i) {
            path = saved + QStringLiteral("/columns[%1]").arg(i);
            const QJsonObject c = cols[i].toObject();
            ColumnSpec col;
            col.key = c.value(QStringLiteral("key")).toString();
            col.header = c.value(QStringLiteral("header")).toString();
            col.text = c.value(QStringLiteral("text")).toString();
            col.measure = measure(c.value(QStringLiteral("measure")));
            col.side = c.value(QStringLiteral("side")).toInt();
            col.find = c.value(QStringLiteral("find")).toString();
            col.nth = c.value(QStringLiteral("nth")).toInt(1);
            if (col.key.isEmpty())
                fail(QStringLiteral("column without a key"));
            t.columns.append(col);
        }
        path = saved;
        t.filter = measure(o.value(QStringLiteral("filter")));
        const bool sided = t.hasSides();
        const QJsonArray rows = o.value(sided ? QStringLiteral("left") : QStringLiteral("rows")).toArray();
        for (int i = 0; i < rows.size() && ok(); ++i) {
            path = saved + QStringLiteral("/rows[%1]").arg(i);
            t.rows.append(row(rows[i].toObject()));
        }
        path = saved;
        const QJsonObject right = o.value(QStringLiteral("right")).toObject();
        t.rightInclude = right.value(QStringLiteral("include")).toString();
        t.rightLabel = right.value(QStringLiteral("label")).toString();
        t.rightMeasure = measure(right.value(QStringLiteral("measure")));
        const QJsonObject total = o.value(QStringLiteral("total")).toObject();
        if (sided) {
            if (!total.contains(QStringLiteral("left")) || !total.contains(QStringLiteral("right")))
                fail(QStringLiteral("a two-sided table needs total.left and total.right"));
            t.total = row(total.value(QStringLiteral("left")).toObject());
            t.totalRight = row(total.value(QStringLiteral("right")).toObject());
            const QJsonObject after = o.value(QStringLiteral("after")).toObject();
            for (const QString side : {QStringLiteral("left"), QStringLiteral("right")}) {
                const QJsonArray tail = after.value(side).toArray();
                for (int i = 0; i < tail.size() && ok(); ++i) {
                    path = saved + QStringLiteral("/after/%1[%2]").arg(side).arg(i);
                    (side == QLatin1String("left") ? t.tailLeft : t.tailRight)
                        .append(tail[i].isNull() ? RowSpec{} : row(tail[i].toObject()));
                }
            }
            path = saved;
            for (const QJsonValue &v : o.value(QStringLiteral("leftClasses")).toArray())
                t.leftClasses.append(v.toString());
        } else if (!total.isEmpty()) {
            t.total = row(total);
            t.total->level = 0;
            t.totalOnTop = total.value(QStringLiteral("position")).toString() != QLatin1String("bottom");
        }
        t.unitRow = o.value(QStringLiteral("unitRow")).toBool();
        t.emptyNote = o.value(QStringLiteral("emptyNote")).toString();
        t.reconcile = o.value(QStringLiteral("reconcile")).toString();
        if (o.contains(QStringLiteral("remainder"))) {
            t.remainder = fundSourceFromKey(o.value(QStringLiteral("remainder")).toString());
            if (!t.remainder)
                fail(QStringLiteral("unknown remainder source \"%1\"").arg(o.value(QStringLiteral("remainder")).toString()));
        }
        if (t.number <= 0)
            fail(QStringLiteral("table without a number"));
        return t;
    }
};

} // namespace

QList<std::shared_ptr<const TemplateDescription>> TemplateDescription::familyFromJson(const QByteArray &json, QString *error,
                                                                                      Checks checks)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (doc.isNull() || !doc.isObject()) {
        *error = QStringLiteral("not valid JSON at offset %1: %2").arg(perr.offset).arg(perr.errorString());
        return {};
    }
    QJsonObject base = doc.object();
    const QJsonArray variants = base.take(QStringLiteral("variants")).toArray();
    const QString familyId = base.value(QStringLiteral("id")).toString();
    QList<std::shared_ptr<const TemplateDescription>> out;
    auto t = fromObject(base, familyId, error, checks);
    if (!t)
        return {};
    out.append(t);
    // A variant names what it prints differently; the rest is the family's. Its tables are
    // merged into the family's by number, key by key.
    for (int i = 0; i < variants.size(); ++i) {
        const QJsonObject v = variants[i].toObject();
        QJsonObject merged = base;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (it.key() != QLatin1String("tables")) {
                merged.insert(it.key(), it.value());
                continue;
            }
            QJsonArray tables = merged.value(QStringLiteral("tables")).toArray();
            for (const QJsonValue &vt : it.value().toArray()) {
                const QJsonObject over = vt.toObject();
                const int number = over.value(QStringLiteral("number")).toInt();
                int at = -1;
                for (int k = 0; k < tables.size(); ++k)
                    if (tables[k].toObject().value(QStringLiteral("number")).toInt() == number)
                        at = k;
                if (at < 0) {
                    *error = QStringLiteral("%1/variants[%2]: table %3 is not one of the family's tables").arg(familyId).arg(i).arg(number);
                    return {};
                }
                QJsonObject table = tables[at].toObject();
                for (auto o = over.begin(); o != over.end(); ++o)
                    table.insert(o.key(), o.value());
                tables[at] = table;
            }
            merged.insert(QStringLiteral("tables"), tables);
        }
        if (merged.value(QStringLiteral("id")).toString() == familyId) {
            *error = QStringLiteral("%1/variants[%2]: a variant needs an id of its own").arg(familyId).arg(i);
            return {};
        }
        auto vt = fromObject(merged, familyId, error, checks);
        if (!vt)
            return {};
        out.append(vt);
    }
    return out;
}

std::shared_ptr<const TemplateDescription> TemplateDescription::fromObject(const QJsonObject &o, const QString &family,
                                                                           QString *error, Checks checks)
{
    auto t = std::make_shared<TemplateDescription>();
    Loader l;
    l.deferred = checks == Checks::Deferred;
    t->id = o.value(QStringLiteral("id")).toString();
    t->family = family;
    l.path = t->id.isEmpty() ? QStringLiteral("template") : t->id;
    t->name = o.value(QStringLiteral("name")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("budget"));
    if (kind != QLatin1String("budget") && kind != QLatin1String("final"))
        l.fail(QStringLiteral("unknown kind \"%1\" (budget or final)").arg(kind));
    t->kind = kind == QLatin1String("final") ? DocumentKind::Final : DocumentKind::Budget;
    t->tableCaption = l.regex(o.value(QStringLiteral("tableCaption")).toString());
    t->tableTitle = o.value(QStringLiteral("tableTitle")).toString(QStringLiteral("{title}"));
    if (!t->tableTitle.contains(QLatin1String("{title}")))
        l.fail(QStringLiteral("tableTitle must contain {title}"));
    t->issuer = o.value(QStringLiteral("issuer")).toString();
    t->unit = o.value(QStringLiteral("unit")).toString() == QLatin1String("yuan") ? Unit::Yuan : Unit::WanYuan;
    t->thousands = o.value(QStringLiteral("thousands")).toBool();
    const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
    t->yearPattern = l.regex(meta.value(QStringLiteral("year")).toString());
    t->departmentPattern = l.regex(meta.value(QStringLiteral("department")).toString());
    t->datePattern = l.regex(meta.value(QStringLiteral("date")).toString());
    t->titlePattern = l.regex(meta.value(QStringLiteral("title")).toString());
    t->bodyStart = l.regex(o.value(QStringLiteral("bodyStart")).toString());
    for (const QJsonValue &v : o.value(QStringLiteral("labelSynonyms")).toArray()) {
        QStringList group;
        for (const QJsonValue &w : v.toArray())
            group.append(w.toString());
        if (group.size() < 2 || group.contains(QString()))
            l.fail(QStringLiteral("labelSynonyms: each group needs two or more labels"));
        t->labelSynonyms.append(group);
        // Keyed once here: rowKey runs for every row of every table.
        for (const QString &variant : std::as_const(group))
            t->m_synonymKeys.insert(numberedKey(variant), numberedKey(group.first()));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("tablesEnd")).toArray())
        t->tablesEnd.append(l.regex(v.toString()));
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        const QJsonObject so = v.toObject();
        SectionSpec s;
        s.part = so.value(QStringLiteral("part")).toString();
        s.start = l.regex(so.value(QStringLiteral("start")).toString());
        if (so.contains(QStringLiteral("split")))
            s.split = l.regex(so.value(QStringLiteral("split")).toString());
        else
            s.split = QRegularExpression(); // empty pattern: never used
        s.repeat = so.value(QStringLiteral("repeat")).toBool();
        t->sections.append(s);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("skipInText")).toArray())
        t->skipInText.append(l.regex(v.toString()));
    for (const QJsonValue &v : o.value(QStringLiteral("requiredSections")).toArray()) {
        const QJsonObject ro = v.toObject();
        const QString name = ro.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            l.fail(QStringLiteral("requiredSections: a section without a name"));
        t->requiredSections.append({name, l.regex(ro.value(QStringLiteral("heading")).toString())});
    }
    static const QStringList scopeKeys{QStringLiteral("all"), QStringLiteral("income"), QStringLiteral("expense"),
                                       QStringLiteral("fiscal"), QStringLiteral("gpb"), QStringLiteral("gpb_basic"),
                                       QStringLiteral("fund"), QStringLiteral("capital"), QStringLiteral("sangong")};
    for (const QJsonValue &v : o.value(QStringLiteral("scopes")).toArray()) {
        const QJsonObject so = v.toObject();
        const QString scope = so.value(QStringLiteral("scope")).toString();
        QStringList words;
        for (const QJsonValue &w : so.value(QStringLiteral("words")).toArray())
            if (!w.toString().isEmpty())
                words.append(w.toString());
        if (!scopeKeys.contains(scope) || words.isEmpty())
            l.fail(QStringLiteral("scopes: \"%1\" needs one of %2 and its words").arg(scope, scopeKeys.join(QStringLiteral(", "))));
        t->scopes.append({scope, words});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("namedIn")).toArray()) {
        const QRegularExpression re = l.regex(v.toString());
        if (!l.deferred && re.isValid() && re.captureCount() < 1)
            l.fail(QStringLiteral("namedIn: \"%1\" captures no name").arg(v.toString()));
        t->namedIn.append(re);
    }
    const QJsonObject staffing = o.value(QStringLiteral("staffing")).toObject();
    for (auto it = staffing.begin(); it != staffing.end(); ++it)
        t->staffing.insert(it.key(), l.regex(it.value().toString()));
    for (const QJsonValue &v : o.value(QStringLiteral("prior")).toArray())
        t->prior.append(l.pattern(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("figures")).toArray())
        t->figures.append(l.pattern(v.toObject()));
    for (const QJsonValue &v : o.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject to = v.toObject();
        TargetSpec ts;
        ts.kind = to.value(QStringLiteral("kind")).toString();
        ts.start = l.regex(to.value(QStringLiteral("start")).toString());
        ts.end = l.regex(to.value(QStringLiteral("end")).toString());
        const QJsonObject fields = to.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            ts.fields.insert(it.key(), it.value().toString());
        t->targets.append(ts);
    }
    const QJsonObject execution = o.value(QStringLiteral("execution")).toObject();
    if (!execution.isEmpty()) {
        t->execution.statement = l.regex(execution.value(QStringLiteral("statement")).toString());
        t->execution.reason = l.regex(execution.value(QStringLiteral("reason")).toString());
        for (const QJsonValue &v : execution.value(QStringLiteral("subjects")).toArray()) {
            const QJsonObject so = v.toObject();
            t->execution.subjects.append({so.value(QStringLiteral("key")).toString(), l.regex(so.value(QStringLiteral("pattern")).toString())});
        }
        if (!l.deferred) {
            const QStringList groups = t->execution.statement.namedCaptureGroups();
            if (!groups.contains(QStringLiteral("actual"))
                || !(groups.contains(QStringLiteral("budgeted")) || groups.contains(QStringLiteral("adjusted"))))
                l.fail(QStringLiteral("execution.statement needs the groups (?<actual>…) and (?<budgeted>…) or (?<adjusted>…)"));
        }
    }
    const QJsonObject print = o.value(QStringLiteral("print")).toObject();
    for (const QJsonValue &v : print.value(QStringLiteral("before")).toArray()) {
        const QJsonObject b = v.toObject();
        if (b.contains(QStringLiteral("part")))
            t->print.beforeParts.append(b.value(QStringLiteral("part")).toString());
        else
            t->print.beforeHeadings.append(l.regex(b.value(QStringLiteral("heading")).toString()));
    }
    const QJsonObject headings = print.value(QStringLiteral("headings")).toObject();
    t->print.beforeHeading = headings.value(QStringLiteral("before")).toString();
    t->print.tablesHeading = headings.value(QStringLiteral("tables")).toString();
    t->print.afterHeading = headings.value(QStringLiteral("after")).toString();
    const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
    const QString base = l.path;
    for (int i = 0; i < tables.size() && l.ok(); ++i) {
        l.path = base + QStringLiteral("/tables[%1]").arg(i);
        t->tables.append(l.table(tables[i].toObject()));
    }
    l.path = base;
    if (t->id.isEmpty())
        l.fail(QStringLiteral("missing \"id\""));
    if (t->tables.isEmpty())
        l.fail(QStringLiteral("no tables"));
    // What the program prints it must read back.
    for (const TableSpec &spec : t->tables)
        if (l.ok() && !l.deferred && !spec.titlePattern.match(t->printedTitle(spec, 2026)).hasMatch())
            l.fail(QStringLiteral("table %1: its printed title \"%2\" does not match its titlePattern")
                       .arg(spec.number).arg(t->printedTitle(spec, 2026)));
    if (!l.ok()) {
        *error = l.error;
        return nullptr;
    }
    return t;
}

TemplateRegistry::TemplateRegistry()
{
    // Checked by the tests with every check (loadErrors): start-up compiles no pattern.
    m_errors = load(TemplateDescription::Checks::Deferred);
}

QString TemplateRegistry::load(TemplateDescription::Checks checks)
{
    QString errors;
    const QDir dir(QStringLiteral(":/templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            errors += QStringLiteral("%1: cannot be read\n").arg(name);
            continue;
        }
        QString error;
        const auto family = TemplateDescription::familyFromJson(f.readAll(), &error, checks);
        if (family.isEmpty())
            errors += QStringLiteral("%1: %2\n").arg(name, error);
        m_templates.append(family);
    }
    return errors;
}

QString TemplateRegistry::loadErrors() const
{
    if (!m_fullyChecked) {
        m_fullyChecked = true;
        TemplateRegistry checked(Full{});
        m_errors = checked.m_errors;
    }
    return m_errors;
}

const TemplateRegistry &TemplateRegistry::instance()
{
    static const TemplateRegistry registry;
    return registry;
}

std::shared_ptr<const TemplateDescription> TemplateRegistry::find(const QString &id) const
{
    for (const auto &t : m_templates)
        if (t->id == id)
            return t;
    return nullptr;
}

QString TemplateDescription::labelKey(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace())
            continue;
        // Quotes and brackets vary between documents of the same template.
        if (c == QChar(0x201C) || c == QChar(0x201D) || c == QLatin1Char('"'))
            continue;
        out += c;
    }
    return out;
}

static QString numberedKey(const QString &label)
{
    // Numbering: "（一）" "一、" "1." "1、" "1．" "(1)" (labelKey makes the full-width forms plain).
    static const QRegularExpression numbering(
        QStringLiteral("^(?:\\(?[一二三四五六七八九十]+\\)[、.]?|[一二三四五六七八九十]+[、.]|\\(?\\d{1,2}\\)[、.]?|\\d{1,2}[、.](?!\\d))"));
    return TemplateDescription::labelKey(label).remove(numbering);
}

QString TemplateDescription::headerKey(const QString &word) const
{
    const QString k = labelKey(word);
    return m_synonymKeys.value(k, k);
}

QString TemplateDescription::rowKey(const QString &label) const
{
    const QString k = numberedKey(label);
    return m_synonymKeys.value(k, k);
}

} // namespace bd
