// A. Completeness: every table of the template present; an empty table carries its note and
// the note does not contradict the data; the narrative sections present; 功能分类 down to 项,
// 经济分类 down to 款; codes well-formed, nested, known to the year's catalogue, and named as
// the catalogue names them.

#include "ValidationContext.h"

#include "codes/CodeCatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <tuple>

namespace bd {

namespace {

bool isCode(const QString &key)
{
    return !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); });
}

QString classificationName(Classification c)
{
    return c == Classification::Functional ? QCoreApplication::translate("bd::Validator", "功能分类")
                                           : QCoreApplication::translate("bd::Validator", "经济分类");
}

// Where a code was seen: a row of a table under check, or a schedule line of a draft.
struct CodeSeen
{
    Classification cls = Classification::Functional;
    QString code;
    QString name;      // as printed or stored; empty when unknown
    QString where;     // translated place
    int table = 0;
    int line = 0;
    bool leaf = false; // nothing below it where it was seen
    bool aggregate = false; // a 类/款 total row that does not need a level of its own
};

Finding codeFinding(const QString &rule, Severity severity, const CodeSeen &s, const QString &message)
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.table = s.table;
    f.rowKey = s.code;
    f.rowLabel = (s.code + QLatin1Char(' ') + s.name).trimmed();
    f.line = s.line;
    f.message = message;
    return f;
}

QString nameColumnText(const DisclosureTable &t, const TableRow &row)
{
    const int c = t.columnIndex(QStringLiteral("name"));
    return c >= 0 ? row.cells.value(c).text.trimmed() : QString();
}

QString projectCode(const DisclosureTable &t, const TableRow &row)
{
    QString code;
    for (const QString key : {QStringLiteral("code1"), QStringLiteral("code2"), QStringLiteral("code3")}) {
        const int c = t.columnIndex(key);
        if (c >= 0)
            code += row.cells.value(c).text.trimmed();
    }
    return code;
}

QList<CodeSeen> codesInTables(const ValidationContext &ctx)
{
    QList<CodeSeen> out;
    for (const DisclosureTable *t : ctx.checkedTables()) {
        const TableSpec *spec = ctx.tpl.table(t->number);
        if (!spec)
            continue;
        const bool tree = spec->kind == TableKind::FunctionalTree || spec->kind == TableKind::EconomicTree;
        const Classification cls = spec->kind == TableKind::EconomicTree ? Classification::Economic : Classification::Functional;
        if (tree || spec->kind == TableKind::Projects || spec->kind == TableKind::CarryOver) {
            QSet<QString> codes;
            for (const TableRow &r : t->rows)
                if (isCode(r.key))
                    codes.insert(r.key);
            for (const TableRow &r : t->rows) {
                CodeSeen s;
                s.cls = cls;
                s.table = t->number;
                s.line = r.sourceLine;
                if (r.key.startsWith(QLatin1String("project:"))) {
                    s.code = projectCode(*t, r);
                    s.name = nameColumnText(*t, r);
                    s.leaf = true;
                } else if (isCode(r.key) || (!r.key.isEmpty() && r.key.front().isDigit())) {
                    s.code = r.key;
                    s.name = nameColumnText(*t, r);
                    bool hasChild = false;
                    for (const QString &c : codes)
                        hasChild = hasChild || (c != r.key && c.startsWith(r.key));
                    s.leaf = !hasChild && tree;
                    // Project tables print 类/款 rows over the projects; carry-over rows are free.
                    s.aggregate = !tree;
                } else {
                    continue;
                }
                s.where = QCoreApplication::translate("bd::Validator", "table %1 (%2), row %3")
                              .arg(t->number)
                              .arg(t->title, (s.code + QLatin1Char(' ') + s.name).trimmed());
                out.append(s);
            }
        } else if (spec->kind == TableKind::EconomicPairs) {
            for (const TableRow &r : t->rows) {
                for (const QString &code : {r.key, r.rightKey}) {
                    if (code.isEmpty() || !code.front().isDigit())
                        continue;
                    CodeSeen s;
                    s.cls = Classification::Economic;
                    s.code = code;
                    s.table = t->number;
                    s.line = r.sourceLine;
                    s.aggregate = true;
                    s.where = QCoreApplication::translate("bd::Validator", "table %1 (%2), row %3").arg(t->number).arg(t->title, code);
                    out.append(s);
                }
            }
        } else if (spec->kind == TableKind::TwoSided) {
            for (const TableRow &r : t->rows) {
                if (!isCode(r.rightKey))
                    continue;
                CodeSeen s;
                s.code = r.rightKey;
                s.table = t->number;
                s.line = r.sourceLine;
                s.aggregate = true;
                s.where = QCoreApplication::translate("bd::Validator", "table %1 (%2), row %3").arg(t->number).arg(t->title, r.rightKey);
                out.append(s);
            }
        }
    }
    return out;
}

QList<CodeSeen> codesInSchedules(const ValidationContext &ctx)
{
    QList<CodeSeen> out;
    const Schedules &s = ctx.doc.schedules;
    auto add = [&](Classification cls, const QString &code, const QString &name, const QString &where) {
        CodeSeen seen;
        seen.cls = cls;
        seen.code = code;
        seen.name = name;
        seen.leaf = true;
        seen.where = where;
        out.append(seen);
    };
    for (const FunctionalLine &l : s.functional)
        if (!l.amount.isZero())
            add(Classification::Functional, l.code, l.name,
                QCoreApplication::translate("bd::Validator", "the 功能分类 line %1 %2 (%3, %4)")
                    .arg(l.code, l.name, fundSourceName(l.source),
                         isBasic(l.phase) ? QCoreApplication::translate("bd::Validator", "基本支出")
                                          : QCoreApplication::translate("bd::Validator", "项目支出")));
    for (const EconomicLine &l : s.economic)
        if (!(l.personnel + l.publicUse).isZero())
            add(Classification::Economic, l.code, l.name,
                QCoreApplication::translate("bd::Validator", "the 经济分类 line %1 %2").arg(l.code, l.name));
    for (const ProjectLine &p : s.projects)
        add(Classification::Functional, p.functionalCode, p.functionalName,
            QCoreApplication::translate("bd::Validator", "the project %1").arg(p.name));
    return out;
}

void checkCodes(const ValidationContext &ctx, QList<Finding> &out)
{
    QList<CodeSeen> seen = codesInTables(ctx);
    // A draft's tables are derived from its schedules: look at the lines themselves, which say
    // more (the source and phase of a line that is not at 项 level).
    if (!ctx.checksPublished())
        seen = codesInSchedules(ctx);
    QSet<QString> reported;
    auto once = [&](const QString &rule, const QString &code) {
        const QString key = rule + QLatin1Char('|') + code;
        if (reported.contains(key))
            return false;
        reported.insert(key);
        return true;
    };
    for (const CodeSeen &s : seen) {
        const int level = CodeCatalogue::levelOf(s.cls, s.code);
        if (level == 0) {
            if (once(QStringLiteral("A.code-malformed"), s.code))
                out.append(codeFinding(QStringLiteral("A.code-malformed"), Severity::Error, s,
                                       QCoreApplication::translate("bd::Validator",
                                                                   "%1: \"%2\" is not a %3 code (类 3 digits, 款 5, 项 7%4)")
                                           .arg(s.where, s.code, classificationName(s.cls),
                                                s.cls == Classification::Functional ? QString()
                                                                                    : QCoreApplication::translate("bd::Validator", "; 经济分类 has no 项"))));
            continue;
        }
        if (!s.aggregate && s.leaf) {
            const int wanted = s.cls == Classification::Functional ? 3 : 2;
            const QString rule = s.cls == Classification::Functional ? QStringLiteral("A.functional-depth") : QStringLiteral("A.economic-depth");
            if (level < wanted && once(rule, s.code))
                out.append(codeFinding(rule, Severity::Error, s,
                                       QCoreApplication::translate("bd::Validator", "%1: %2 %3 stops at the %4 level; %5 must be shown down to the %6")
                                           .arg(s.where, s.code, s.name,
                                                level == 1 ? QCoreApplication::translate("bd::Validator", "类")
                                                           : QCoreApplication::translate("bd::Validator", "款"),
                                                classificationName(s.cls),
                                                wanted == 3 ? QCoreApplication::translate("bd::Validator", "项")
                                                            : QCoreApplication::translate("bd::Validator", "款"))));
        }
        if (!ctx.catalogue.contains(s.cls, s.code)) {
            // The bundled catalogue holds every 类 but not every 款 and 项: a well-formed code under
            // a known 类 is most likely a standard one it lacks (2010506 统计管理), a notice; a
            // code under an unknown 类 is worth a look.
            const QString cls = s.code.left(3);
            const bool knownClass = ctx.catalogue.contains(s.cls, cls);
            if (once(QStringLiteral("A.code-unknown"), s.code))
                out.append(codeFinding(QStringLiteral("A.code-unknown"), knownClass ? Severity::Notice : Severity::Warning, s,
                                       knownClass ? QCoreApplication::translate("bd::Validator",
                                                                                "%1: code %2 is not in the bundled %3 catalogue of %4; "
                                                                                "it is well formed and lies under %5 %6, so it is kept as printed")
                                                        .arg(s.where, s.code, classificationName(s.cls))
                                                        .arg(ctx.catalogue.year())
                                                        .arg(cls, ctx.catalogue.name(s.cls, cls))
                                                  : QCoreApplication::translate("bd::Validator", "%1: code %2 is not in the %3 catalogue of %4")
                                                        .arg(s.where, s.code, classificationName(s.cls))
                                                        .arg(ctx.catalogue.year())));
            continue;
        }
        const QString official = ctx.catalogue.name(s.cls, s.code);
        if (!s.name.isEmpty() && CodeCatalogue::normalizedName(s.name) != CodeCatalogue::normalizedName(official)
            && once(QStringLiteral("A.code-name"), s.code + QLatin1Char('|') + s.name)) {
            Finding f = codeFinding(QStringLiteral("A.code-name"), Severity::Warning, s,
                                    QCoreApplication::translate("bd::Validator", "%1: %2 is named \"%3\", but the %4 catalogue of %5 names it \"%6\"")
                                        .arg(s.where, s.code, s.name, classificationName(s.cls))
                                        .arg(ctx.catalogue.year())
                                        .arg(official));
            f.statedText = s.name;
            f.recomputedText = official;
            out.append(f);
        }
    }

    // Nesting: in a published tree every 款/项 row sits under the row of its parent code.
    for (const DisclosureTable *t : ctx.checkedTables()) {
        const TableSpec *spec = ctx.tpl.table(t->number);
        if (!spec || !(spec->kind == TableKind::FunctionalTree || spec->kind == TableKind::EconomicTree || spec->kind == TableKind::Projects))
            continue;
        QSet<QString> codes;
        for (const TableRow &r : t->rows)
            if (isCode(r.key))
                codes.insert(r.key);
        for (const TableRow &r : t->rows) {
            QString code;
            bool project = false;
            if (r.key.startsWith(QLatin1String("project:"))) {
                code = projectCode(*t, r);
                project = true;
            } else if (isCode(r.key)) {
                code = r.key;
            } else {
                continue;
            }
            // A project hangs under the 款 of its 项; a 款/项 row under its parent.
            const QString parent = CodeCatalogue::parentOf(code);
            if (parent.isEmpty() || codes.contains(parent) || (project && codes.contains(code)))
                continue;
            CodeSeen s;
            s.code = code;
            s.name = nameColumnText(*t, r);
            s.table = t->number;
            s.line = r.sourceLine;
            if (once(QStringLiteral("A.code-nesting"), QString::number(t->number) + QLatin1Char('|') + code))
                out.append(codeFinding(QStringLiteral("A.code-nesting"), Severity::Error, s,
                                       QCoreApplication::translate("bd::Validator", "table %1 (%2), row %3 %4: the table has no row %5 for it to sit under")
                                           .arg(t->number)
                                           .arg(t->title, code, s.name, parent)));
        }
    }
}

QString expectedNote(const ValidationContext &ctx, const TableSpec &spec)
{
    QString note = spec.emptyNote;
    note.replace(QStringLiteral("{department}"), ctx.doc.department);
    note.replace(QStringLiteral("{year}"), QString::number(ctx.doc.year));
    return note;
}

// What the schedules hold for a table: its first amount column over every row.
Amount scheduleTotal(const ValidationContext &ctx, const TableSpec &spec)
{
    for (const ColumnSpec &c : spec.columns)
        if (c.isAmount())
            return spec.filter.overriddenBy(c.measure).evaluate(ctx.doc.schedules).value_or(Amount());
    return Amount();
}

void checkTablesAndNotes(const ValidationContext &ctx, QList<Finding> &out)
{
    for (const TableSpec &spec : ctx.tpl.tables) {
        const DisclosureTable *t = ctx.checkedTable(spec.number);
        Finding f;
        f.table = spec.number;
        if (!t && ctx.checksPublished() && ctx.doc.unreadableTable(spec.number)) {
            const UnreadableTable &u = *ctx.doc.unreadableTable(spec.number);
            f.rule = QStringLiteral("A.table-unreadable");
            f.severity = Severity::Error;
            f.line = u.line;
            f.message = QCoreApplication::translate("bd::Validator", "Table %1 (%2) is printed but could not be read (line %3: %4); "
                                                                    "it is kept as printed, and the checks that need it are left out")
                            .arg(spec.number)
                            .arg(spec.title)
                            .arg(u.line)
                            .arg(u.reason);
            out.append(f);
            continue;
        }
        if (!t) {
            f.rule = QStringLiteral("A.table-missing");
            f.severity = Severity::Error;
            f.message = QCoreApplication::translate("bd::Validator", "Table %1 (%2) of the template %3 is missing from the document")
                            .arg(spec.number)
                            .arg(spec.title, ctx.tpl.name);
            out.append(f);
            continue;
        }
        f.line = t->sourceLine;
        const bool empty = t->isEmpty();
        if (empty && t->note.trimmed().isEmpty()) {
            f.rule = QStringLiteral("A.empty-table-note");
            f.severity = Severity::Warning;
            f.message = ctx.checksPublished()
                            ? QCoreApplication::translate("bd::Validator", "Table %1 (%2) is empty and carries no note saying why")
                                  .arg(spec.number)
                                  .arg(spec.title)
                            : QCoreApplication::translate("bd::Validator", "Table %1 (%2) is empty and the template gives no note for it: add one saying why")
                                  .arg(spec.number)
                                  .arg(spec.title);
            out.append(f);
        }
        if (!t->note.trimmed().isEmpty()) {
            const Amount held = scheduleTotal(ctx, spec);
            if (!empty || !held.isZero()) {
                f.rule = QStringLiteral("A.note-contradicts-data");
                f.severity = Severity::Error;
                f.derived = held;
                f.unit = t->unit;
                f.message = QCoreApplication::translate("bd::Validator", "Table %1 (%2) carries the note \"%3\", but %4")
                                .arg(spec.number)
                                .arg(spec.title, t->note,
                                     !empty ? QCoreApplication::translate("bd::Validator", "the table has figures")
                                            : QCoreApplication::translate("bd::Validator", "the other tables hold %1 %2 for it")
                                                  .arg(held.format(t->unit, t->thousands), unitSuffix(t->unit)));
                out.append(f);
            } else if (!spec.emptyNote.isEmpty() // "注：" and "注:" are one note: widths folded
                       && TemplateDescription::labelKey(t->note) != TemplateDescription::labelKey(expectedNote(ctx, spec))) {
                f.rule = QStringLiteral("A.empty-table-note");
                f.severity = Severity::Notice;
                f.statedText = t->note;
                f.recomputedText = expectedNote(ctx, spec);
                f.message = QCoreApplication::translate("bd::Validator", "Table %1 (%2): the note reads \"%3\"; the template words it \"%4\"")
                                .arg(spec.number)
                                .arg(spec.title, t->note, expectedNote(ctx, spec));
                // Another table's note, copied from the page before (the 国有资本经营 table saying
                // it has no 政府性基金 money): it says nothing true of this table.
                for (const TableSpec &other : ctx.tpl.tables) {
                    if (other.number == spec.number || other.emptyNote.isEmpty()
                        || TemplateDescription::labelKey(t->note) != TemplateDescription::labelKey(expectedNote(ctx, other)))
                        continue;
                    f.severity = Severity::Error;
                    f.message = QCoreApplication::translate("bd::Validator", "Table %1 (%2) carries the note of table %3 (%4), \"%5\"; its own reads \"%6\"")
                                    .arg(spec.number)
                                    .arg(spec.title)
                                    .arg(other.number)
                                    .arg(other.title, t->note, expectedNote(ctx, spec));
                }
                out.append(f);
            }
        }
    }

    // The narrative repeats the notes ("…政府性基金预算支出情况表为空表。"): the table must be empty.
    static const QRegularExpression emptySentence(QStringLiteral("([^，。；,;\\s]{2,60}?表)\\s*为空表"));
    for (const NarrativeSection &sec : ctx.doc.schedules.narrative) {
        const QStringList paras = sec.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i) {
            auto it = emptySentence.globalMatch(paras[i]);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString named = CodeCatalogue::normalizedName(m.captured(1));
                for (const TableSpec &spec : ctx.tpl.tables) {
                    if (!named.endsWith(CodeCatalogue::normalizedName(spec.title)))
                        continue;
                    const DisclosureTable *t = ctx.checkedTable(spec.number);
                    const Amount held = scheduleTotal(ctx, spec);
                    if ((t && !t->isEmpty()) || !held.isZero()) {
                        Finding f;
                        f.rule = QStringLiteral("A.note-contradicts-data");
                        f.severity = Severity::Error;
                        f.table = spec.number;
                        f.line = sec.paragraphLines.value(i, sec.sourceLine);
                        f.derived = held;
                        f.unit = t ? t->unit : ctx.tpl.unit;
                        f.message = QCoreApplication::translate("bd::Validator", "%1: says table %2 (%3) is empty, but it holds %4 %5")
                                        .arg(ValidationContext::narrativePlace(sec.heading, f.line))
                                        .arg(spec.number)
                                        .arg(spec.title, held.format(f.unit), unitSuffix(f.unit));
                        out.append(f);
                    }
                    break;
                }
            }
        }
    }
}

void checkSections(const ValidationContext &ctx, QList<Finding> &out)
{
    const Schedules &s = ctx.doc.schedules;
    bool hasProjectMoney = !s.projects.isEmpty();
    for (const FunctionalLine &l : s.functional)
        hasProjectMoney = hasProjectMoney || (l.phase == Phase::Project && !l.amount.isZero());
    QStringList parts;
    for (const SectionSpec &spec : ctx.tpl.sections)
        if (!parts.contains(spec.part))
            parts.append(spec.part);
    for (const QString &part : parts) {
        bool present = false;
        for (const NarrativeSection &n : s.narrative)
            present = present || (n.part == part && !n.text.trimmed().isEmpty());
        // Project explanations are needed only where there are projects.
        if (present || (part == QLatin1String("projects") && !hasProjectMoney))
            continue;
        QString what;
        if (part == QLatin1String("overview"))
            what = QCoreApplication::translate("bd::Validator", "部门概况 (overview)");
        else if (part == QLatin1String("explanation"))
            what = QCoreApplication::translate("bd::Validator", "预算情况说明 (explanation of the tables)");
        else if (part == QLatin1String("glossary"))
            what = QCoreApplication::translate("bd::Validator", "名词解释 (glossary)");
        else if (part == QLatin1String("projects"))
            what = QCoreApplication::translate("bd::Validator", "项目经费情况说明 (project explanations)");
        else
            what = part;
        Finding f;
        f.rule = QStringLiteral("A.narrative-section-missing");
        f.severity = Severity::Warning;
        f.rowKey = part;
        f.message = QCoreApplication::translate("bd::Validator", "The narrative has no %1 section, which the template %2 requires")
                        .arg(what, ctx.tpl.name);
        out.append(f);
    }
    // The sections the family names, by their headings; where the narrative has none at all
    // the finding above says so once.
    if (s.narrative.isEmpty())
        return;
    for (const auto &required : ctx.tpl.requiredSections) {
        const QRegularExpression &heading = required.second;
        const bool present = std::any_of(s.narrative.begin(), s.narrative.end(),
                                         [&](const NarrativeSection &n) { return heading.match(n.heading).hasMatch(); });
        if (present)
            continue;
        Finding f;
        f.rule = QStringLiteral("A.narrative-section-missing");
        f.severity = Severity::Warning;
        f.rowKey = required.first;
        f.message = QCoreApplication::translate("bd::Validator", "The narrative has no section %1, which the template %2 requires")
                        .arg(required.first, ctx.tpl.name);
        out.append(f);
    }
}

} // namespace

// Template text left unfilled (XX, ××, {单位}, 待填写: errors) and marks of unfinished editing
// (TBD, N/A, （略）, a run of …… or 。。。 that leads to no page number: warnings), in the
// title, the department's name, the tables' notes and the narrative.
void checkPlaceholders(const ValidationContext &ctx, QList<Finding> &out)
{
    static const QRegularExpression placeholder(
        QStringLiteral("(?<![A-Za-z])(?:[Xx]{2,}|×{2,})(?![A-Za-z])|[{｛][^{}｛｝]{1,12}[}｝]|待填写|请填写|待补充|此处填写"));
    static const QRegularExpression leftover(
        QStringLiteral("(?<![A-Za-z])(?:TBD|N/A)(?![A-Za-z])|[（(]\\s*略\\s*[)）]|(?:…{2,}+|\\.{6,}+|。{3,}+)(?!\\s*\\d+\\s*$)"));
    auto scan = [&](const QString &text, const QString &where, int line, int table) {
        for (const auto &[re, rule, severity] : {std::tuple{&placeholder, "A.placeholder", Severity::Error},
                                                 std::tuple{&leftover, "A.leftover-mark", Severity::Warning}}) {
            const auto m = re->match(text);
            if (!m.hasMatch())
                continue;
            Finding f;
            f.rule = QLatin1String(rule);
            f.severity = severity;
            f.table = table;
            f.line = line;
            const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 12);
            f.statedText = m.captured();
            f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” holds %3 where the text should be: “…%4…”")
                            .arg(where, m.captured(), severity == Severity::Error
                                                          ? QCoreApplication::translate("bd::Validator", "a placeholder")
                                                          : QCoreApplication::translate("bd::Validator", "a mark of unfinished editing"),
                                 text.mid(from, m.capturedLength() + 24).trimmed());
            out.append(f);
        }
    };
    scan(ctx.doc.title, QCoreApplication::translate("bd::Validator", "The title"), 0, 0);
    scan(ctx.doc.department, QCoreApplication::translate("bd::Validator", "The department's name"), 0, 0);
    for (const DisclosureTable &t : ctx.doc.published)
        if (!t.note.isEmpty())
            scan(t.note, QCoreApplication::translate("bd::Validator", "Table %1 (%2), its note").arg(t.number).arg(t.title), t.sourceLine,
                 t.number);
    for (const NarrativeSection &sec : ctx.doc.schedules.narrative) {
        const QStringList paras = sec.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i) {
            const int line = sec.paragraphLines.value(i, sec.sourceLine);
            scan(paras[i], ValidationContext::narrativePlace(sec.heading, line), line, 0);
        }
    }
}

namespace {

// A finding at a line of the text that is not a table's cell: "Line 14, “第二部分 …”: …".
Finding lineFinding(const char *rule, Severity severity, int line, const QString &text, const QString &stated, const QString &message)
{
    Finding f;
    f.rule = QLatin1String(rule);
    f.severity = severity;
    f.line = line;
    f.statedText = stated;
    f.message = QCoreApplication::translate("bd::Validator", "Line %1, “%2”: %3").arg(line).arg(text, message);
    return f;
}

// A title (of a table, a part, an entry of the contents) and the document's year: another year
// is an error; none, where the title names a table and the family's titles carry the year, a
// warning (A.title-year).
std::optional<Finding> titleYear(const ValidationContext &ctx, int line, const QString &title, const TableSpec *names)
{
    static const QRegularExpression yearRe(QStringLiteral("((?:19|20)\\d{2})\\s*年"));
    const auto m = yearRe.match(title);
    if (m.hasMatch() && m.captured(1).toInt() != ctx.doc.year)
        return lineFinding("A.title-year", Severity::Error, line, title, m.captured(1),
                           QCoreApplication::translate("bd::Validator", "names the year %1 in the document of %2").arg(m.captured(1)).arg(ctx.doc.year));
    if (!m.hasMatch() && names && ctx.tpl.tableTitle.contains(QLatin1String("{year}")))
        return lineFinding("A.title-year", Severity::Warning, line, title, title,
                           QCoreApplication::translate("bd::Validator", "names no year, where the template %1 titles the table “%2”")
                               .arg(ctx.tpl.name, ctx.tpl.printedTitle(*names, ctx.doc.year)));
    return std::nullopt;
}

// What each published table prints above its rows. Its title carries the document's year where
// the family's titles carry one ("2025年部门财务收支预算总表", A.title-year: another year is an
// error, none a warning). Who compiled it is worded as the family words it for this kind of
// disclosure (编制部门 for a department's, 编制单位 for a unit's) and is the document's
// department (A.issuer-wording, A.issuer-name), where the family prints it at all.
void checkTableHeads(const ValidationContext &ctx, QList<Finding> &out)
{
    const bool issuersPrinted = !ctx.tpl.issuer.isEmpty()
                                && std::any_of(ctx.doc.published.begin(), ctx.doc.published.end(),
                                               [](const DisclosureTable &t) { return !t.issuer.isEmpty(); });
    auto report = [&](const char *rule, Severity severity, const DisclosureTable &t, const QString &stated, const QString &message) {
        Finding f;
        f.rule = QLatin1String(rule);
        f.severity = severity;
        f.table = t.number;
        f.line = t.sourceLine;
        f.statedText = stated;
        f.message = QCoreApplication::translate("bd::Validator", "Table %1 (%2), line %3: %4").arg(t.number).arg(t.title).arg(t.sourceLine).arg(message);
        out.append(f);
    };
    for (const DisclosureTable &t : ctx.doc.published) {
        if (!t.printedTitle.isEmpty())
            if (auto f = titleYear(ctx, t.sourceLine, t.printedTitle, ctx.tpl.table(t.number))) {
                f->table = t.number;
                out.append(*f);
            }
        if (!issuersPrinted)
            continue;
        if (t.issuer.isEmpty()) {
            report("A.issuer-wording", Severity::Warning, t, QString(),
                   QCoreApplication::translate("bd::Validator", "the table does not say who compiled it (%1：…), as the other tables do")
                       .arg(ctx.tpl.issuer));
            continue;
        }
        const QString word = t.issuer.section(QStringLiteral("："), 0, 0);
        const QString name = t.issuer.section(QStringLiteral("："), 1);
        if (word != ctx.tpl.issuer)
            report("A.issuer-wording", Severity::Warning, t, word,
                   QCoreApplication::translate("bd::Validator", "it says “%1” where the template %2 says “%3”").arg(word, ctx.tpl.name, ctx.tpl.issuer));
        if (CodeCatalogue::normalizedName(name) != CodeCatalogue::normalizedName(ctx.doc.department))
            report("A.issuer-name", Severity::Error, t, name,
                   QCoreApplication::translate("bd::Validator", "it is compiled by “%1”, but the document is “%2”'s").arg(name, ctx.doc.department));
    }
}

// The outline: each part's heading and each entry of the contents names the document's year, if
// any (A.title-year), and the contents list the tables the document prints, each once
// (A.contents).
void checkOutline(const ValidationContext &ctx, QList<Finding> &out)
{
    if (!ctx.checksPublished())
        return; // a draft's outline is made when it is printed
    auto report = [&](const char *rule, Severity severity, const OutlineLine &l, const QString &stated, const QString &message) {
        Finding f = lineFinding(rule, severity, l.line, l.text, stated, message);
        f.table = l.table;
        out.append(f);
    };
    QList<int> listed;
    int contentsLine = 0;
    for (const OutlineLine &l : ctx.doc.outline) {
        if (l.again) {
            const DisclosureTable *t = ctx.doc.publishedTable(l.table);
            report("A.title-repeated", Severity::Warning, l, QString::number(l.table),
                   QCoreApplication::translate("bd::Validator", "the title of table %1 is printed again after the table (line %2); "
                                                               "what follows it up to the next table is not read")
                       .arg(l.table)
                       .arg(t ? t->sourceLine : 0));
            continue;
        }
        if (auto f = titleYear(ctx, l.line, l.text, l.table ? ctx.tpl.table(l.table) : nullptr)) {
            f->table = l.table;
            out.append(*f);
        }
        if (!l.table)
            continue;
        if (listed.contains(l.table))
            report("A.contents", Severity::Warning, l, QString::number(l.table),
                   QCoreApplication::translate("bd::Validator", "the contents list table %1 a second time").arg(l.table));
        else if (!ctx.doc.publishedTable(l.table) && !ctx.doc.unreadableTable(l.table))
            report("A.contents", Severity::Warning, l, QString::number(l.table),
                   QCoreApplication::translate("bd::Validator", "the contents list table %1, which the document does not print").arg(l.table));
        listed.append(l.table);
        contentsLine = contentsLine ? contentsLine : l.line;
    }
    if (listed.isEmpty())
        return; // no contents
    QList<int> printed;
    for (const DisclosureTable &t : ctx.doc.published)
        printed.append(t.number);
    for (const UnreadableTable &t : ctx.doc.unreadable)
        printed.append(t.number);
    std::sort(printed.begin(), printed.end());
    for (int number : printed) {
        if (listed.contains(number))
            continue;
        const TableSpec *spec = ctx.tpl.table(number);
        Finding f;
        f.rule = QStringLiteral("A.contents");
        f.severity = Severity::Warning;
        f.table = number;
        f.line = contentsLine;
        f.statedText = QString::number(number);
        f.message = QCoreApplication::translate("bd::Validator", "The contents (line %1) list %2 tables but not table %3 (%4), which the document prints")
                        .arg(f.line)
                        .arg(listed.size())
                        .arg(number)
                        .arg(spec ? spec->title : QString());
        out.append(f);
    }
}

// A department's disclosure speaks of its 部门 and a unit's of its 单位 (the family's issuer word
// says which): on the cover ("预算主管部门：…" / "预算单位：…", naming the document's department),
// in the title, the contents and the narrative's headings ("部门主要职能", "单位预算编制说明").
void checkDisclosureWording(const ValidationContext &ctx, QList<Finding> &out)
{
    if (!ctx.checksPublished() || !ctx.tpl.issuer.startsWith(QStringLiteral("编制")))
        return;
    const QString own = ctx.tpl.issuer.mid(2);
    static const QRegularExpression cover(QStringLiteral("^(预算主管部门|主管部门|预算单位)\\s*[：:]\\s*(.+)$"));
    static const QRegularExpression wording(
        QStringLiteral("(部门|单位)(?:主要职能|机构设置|预算编制说明|预算表|预算公开|概况)|(?:区级|市级|县级|年度?)(部门|单位)预算"));
    auto report = [&](const char *rule, Severity severity, int line, const QString &text, const QString &stated, const QString &message) {
        out.append(lineFinding(rule, severity, line, text, stated, message));
    };
    QList<QPair<int, QString>> texts{{0, ctx.doc.title}};
    for (const OutlineLine &l : ctx.doc.outline)
        if (!l.table)
            texts.append({l.line, l.text});
    for (const NarrativeSection &s : ctx.doc.schedules.narrative)
        texts.append({s.sourceLine, s.heading});
    for (const auto &[line, text] : texts) {
        if (const auto m = cover.match(text); m.hasMatch()) {
            const QString word = m.captured(1).contains(QStringLiteral("部门")) ? QStringLiteral("部门") : QStringLiteral("单位");
            if (word != own)
                report("A.issuer-wording", Severity::Warning, line, text, m.captured(1),
                       QCoreApplication::translate("bd::Validator", "it says %1 where the template %2 speaks of its %3").arg(word, ctx.tpl.name, own));
            if (CodeCatalogue::normalizedName(m.captured(2)) != CodeCatalogue::normalizedName(ctx.doc.department))
                report("A.issuer-name", Severity::Error, line, text, m.captured(2).trimmed(),
                       QCoreApplication::translate("bd::Validator", "the cover names “%1”, but the tables are compiled by “%2”")
                           .arg(m.captured(2).trimmed(), ctx.doc.department));
            continue;
        }
        const auto m = wording.match(text);
        const QString word = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (m.hasMatch() && word != own)
            report("A.issuer-wording", Severity::Warning, line, text, word,
                   QCoreApplication::translate("bd::Validator", "it says %1 where the template %2 speaks of its %3").arg(word, ctx.tpl.name, own));
    }
}

// The department's full name, wherever the text names it (the family's namedIn: "关于…2026 年
// 收支预算情况", "…主要职能", "2025年，…收入预算", "第二部分 …2024 年度部门决算"), is the
// document's, after normalisation.
void checkNameInText(const ValidationContext &ctx, QList<Finding> &out)
{
    if (ctx.tpl.namedIn.isEmpty() || ctx.doc.department.isEmpty())
        return;
    QList<QPair<int, QString>> texts;
    for (const OutlineLine &l : ctx.doc.outline)
        texts.append({l.line, l.text});
    for (const NarrativeSection &s : ctx.doc.schedules.narrative) {
        texts.append({s.sourceLine, s.heading});
        const QStringList paras = s.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i)
            texts.append({s.paragraphLines.value(i, s.sourceLine), paras[i]});
    }
    const QString department = CodeCatalogue::normalizedName(ctx.doc.department);
    QSet<QString> reported;
    for (const auto &[line, text] : texts) {
        for (const QRegularExpression &re : ctx.tpl.namedIn) {
            const auto m = re.match(text.trimmed());
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(1).trimmed();
            if (CodeCatalogue::normalizedName(name) == department || reported.contains(name))
                continue;
            reported.insert(name); // once per name, at its first place
            out.append(lineFinding("A.issuer-name", Severity::Error, line, text.trimmed().left(60), name,
                                   QCoreApplication::translate("bd::Validator", "the text names the department “%1”, but the document is “%2”'s")
                                       .arg(name, ctx.doc.department)));
        }
    }
}

} // namespace

void checkCompleteness(const ValidationContext &ctx, QList<Finding> &out)
{
    checkTablesAndNotes(ctx, out);
    checkSections(ctx, out);
    checkTableHeads(ctx, out);
    checkOutline(ctx, out);
    checkDisclosureWording(ctx, out);
    checkNameInText(ctx, out);
    checkCodes(ctx, out);
    checkPlaceholders(ctx, out);
}

} // namespace bd
