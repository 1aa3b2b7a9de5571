// D. The narrative (说明) against the figures: every amount with 万元 next to something the
// tables hold (an income source, 基本支出/项目支出, a 类/款/项, a "三公" item, a figure the
// template knows), every share ("占 85.71%"), every change against last year ("比上年预算增加
// 2.15 万元") and growth ("增长 0.48%"), every year, and the names of 类/款/项.
//
// A sentence is read mention by mention. An amount names its subject just before it; a share,
// a change or a growth rate that follows is about the same subject. Last year's figure comes
// from the schedules (the importer recovers it from the same sentence, so an unedited import
// agrees by construction; after an edit this year's figure moves and last year's stays, and the
// stated change no longer holds).

#include "ValidationContext.h"
#include "narrative/SentenceReader.h"

#include "codes/CodeCatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace bd {

namespace {

enum class Scope { Other, All, Income, Expense, Fiscal, Gpb, GpbBasic, Fund, Capital, SanGong };

// The scope the family's description gives a heading or a lead-in (its "scopes").
Scope scopeOf(const TemplateDescription &tpl, const QString &text)
{
    static const QHash<QString, Scope> byKey{
        {QStringLiteral("all"), Scope::All},       {QStringLiteral("income"), Scope::Income},
        {QStringLiteral("expense"), Scope::Expense}, {QStringLiteral("fiscal"), Scope::Fiscal},
        {QStringLiteral("gpb"), Scope::Gpb},       {QStringLiteral("gpb_basic"), Scope::GpbBasic},
        {QStringLiteral("fund"), Scope::Fund},     {QStringLiteral("capital"), Scope::Capital},
        {QStringLiteral("sangong"), Scope::SanGong}};
    return byKey.value(tpl.scopeOf(text), Scope::Other);
}

QString sourceGroupOf(Scope s)
{
    switch (s) {
    case Scope::Fiscal: return QStringLiteral("@fiscal");
    case Scope::Gpb:
    case Scope::GpbBasic: return QStringLiteral("@gpb");
    case Scope::Fund: return QStringLiteral("@fund");
    case Scope::Capital: return QStringLiteral("@capital");
    default: return QStringLiteral("@all");
    }
}

Measure money(const QString &group, std::optional<Phase> phase = std::nullopt, const QString &prefix = QString(), bool income = false)
{
    Measure m;
    if (income)
        m.of = QStringLiteral("income");
    m.hasSources = true;
    m.sources = fundSourceGroup(group);
    m.phase = phase;
    m.codePrefix = prefix;
    return m;
}

Measure sanGong(const QStringList &items)
{
    Measure m;
    m.of = QStringLiteral("sangong");
    m.items = items;
    m.hasSources = true;
    m.sources = fundSourceGroup(QStringLiteral("@fiscal"));
    return m;
}

// What a sentence talks about.
struct Subject
{
    QString words;                  // as the text says it
    std::optional<Measure> measure; // money the tables hold
    QString figure;                 // or a figure outside the tables ("operating_cost")
    QString priorKey;               // where last year's figure is kept, when not found by its sentence
    bool atMost = false;            // the text states a part of the figure (projects with targets)
};

struct Mention
{
    enum Kind { Amount, Change, Flat, Growth, Share } kind;
    int pos = 0;       // start of the mention
    int end = 0;
    qint64 value = 0;  // Amount/Change: fen (signed); Growth/Share: hundredths of a percent (signed)
    int decimals = 2;
    Unit unit = Unit::WanYuan; // Amount: "万元", or "元"
};

struct ClassPath
{
    int start = 0, end = 0;  // the names and markers, "一般公共服务支出（类）…（项）"
    QStringList names;       // 类, 款, 项 as written
    QString code;            // resolved, empty when a name is not known
    int unresolvedLevel = 0; // the first level that could not be found
};

// a rounded to the stated precision: `decimals` places of 万元.
Amount roundWan(Amount a, int decimals)
{
    qint64 step = 1000000; // 1 万元 in 分
    for (int d = 0; d < std::min(decimals, 6); ++d)
        step /= 10;
    const qint64 q = a.fen() / step, r = a.fen() % step;
    qint64 n = q;
    if (2 * (r < 0 ? -r : r) >= step)
        n += a.fen() < 0 ? -1 : 1;
    return Amount::fromFen(n * step);
}

QString percentText(qint64 hundredths, int decimals)
{
    const QString full = formatPercent(hundredths);
    if (decimals >= 2)
        return full;
    return formatPercent(roundPercent(hundredths, decimals)).chopped(decimals == 1 ? 2 : 4) + QLatin1Char('%');
}

class NarrativeChecker
{
public:
    NarrativeChecker(const ValidationContext &ctx, QList<Finding> &out)
        : m_ctx(ctx)
        , m_out(out)
    {
        buildNames();
    }

    void run();

private:
    const ValidationContext &m_ctx;
    QList<Finding> &m_out;
    QHash<QString, QString> m_docNames; // code → name as the document prints it
    QSet<QString> m_docCodes;           // codes the document holds money under
    QRegularExpression m_classNames;    // the 类 the document holds money under, by name
    QHash<QString, QString> m_classCodes; // 类 name → code
    QList<QPair<const PatternSpec *, int>> m_figureAt; // this paragraph: where each figure's amount is
    QSet<int> m_paragraphLines;         // first lines of the narrative's paragraphs

    // The paragraph being read.
    const NarrativeSection *m_section = nullptr;
    QString m_text;    // as stored
    QString m_folded;  // brackets folded
    int m_line = 0;
    Scope m_scope = Scope::Other;
    QList<ClassPath> m_paths;
    QString m_project; // the project the section is about ("项目名称：…")

    void buildNames();
    void readParagraph();
    QList<Mention> mentions() const;
    QList<ClassPath> classPaths() const;
    std::optional<Subject> subjectBefore(int from, int pos, bool change) const;
    std::optional<Subject> figureAt(int pos) const;
    std::optional<Amount> priorFor(int pos, const Subject &s) const;
    QString excerpt(int pos, int end) const;
    QString where() const;
    Finding finding(const QString &rule, Severity severity, const Subject &s, const FigureValue *v) const;

    void checkAmount(const Subject &s, const Mention &m);
    void checkShare(const Subject &s, const Mention &m);
    void checkChange(const Subject &s, const Mention &m, Amount prior);
    void checkGrowth(const Subject &s, const Mention &m, Amount prior);
    void checkYears(const QString &text, int line, const QString &placeText);
    void checkNames();

    FigureValue valueOfSubject(const Subject &s) const;
    std::optional<Measure> wholeOf(const Subject &s) const;
};

void NarrativeChecker::buildNames()
{
    for (const DisclosureTable *t : m_ctx.checkedTables()) {
        const int name = t->columnIndex(QStringLiteral("name"));
        for (const TableRow &r : t->rows)
            if (!r.key.isEmpty() && r.key.front().isDigit() && name >= 0 && !r.cells.value(name).text.isEmpty())
                m_docNames.insert(r.key, r.cells.value(name).text);
    }
    for (const FunctionalLine &l : m_ctx.doc.schedules.functional) {
        if (!l.name.isEmpty() && !m_docNames.contains(l.code))
            m_docNames.insert(l.code, l.name);
        if (!l.amount.isZero())
            for (QString c = l.code; !c.isEmpty(); c = CodeCatalogue::parentOf(c))
                m_docCodes.insert(c);
    }
    for (const NarrativeSection &sec : m_ctx.doc.schedules.narrative)
        for (int line : sec.paragraphLines)
            m_paragraphLines.insert(line);
    QStringList names;
    for (const CodeEntry &e : m_ctx.catalogue.entries(Classification::Functional, 1)) {
        if (!m_docCodes.contains(e.code))
            continue;
        m_classCodes.insert(e.name, e.code);
        names.append(QRegularExpression::escape(e.name));
    }
    if (!names.isEmpty())
        m_classNames = QRegularExpression(names.join(QLatin1Char('|')));
}

QString NarrativeChecker::where() const
{
    return ValidationContext::narrativePlace(m_section->heading, m_line);
}

QString NarrativeChecker::excerpt(int pos, int end) const
{
    // The clause around the mention, as the reader sees it.
    static const QString stops = QStringLiteral("。；;");
    int from = pos;
    while (from > 0 && !stops.contains(m_text.at(from - 1)) && pos - from < 60)
        --from;
    int to = end;
    while (to < m_text.size() && !stops.contains(m_text.at(to)) && to - end < 20 && m_text.at(to) != QChar(0xFF0C))
        ++to;
    QString s = m_text.mid(from, to - from).trimmed();
    if (from > 0 && !stops.contains(m_text.at(from - 1)))
        s.prepend(QStringLiteral("…"));
    return s;
}

QList<Mention> NarrativeChecker::mentions() const
{
    QList<Mention> out;
    for (const SentenceMention &m : SentenceReader::read(m_text)) {
        if (!m.valid)
            continue;
        switch (m.kind) {
        case SentenceMention::Amount:
            out.append({Mention::Amount, m.pos, m.end, m.value, m.decimals, m.unit});
            break;
        case SentenceMention::Change:
            out.append({Mention::Change, m.pos, m.end, m.signedValue(), m.decimals, m.unit});
            break;
        case SentenceMention::Flat:
            out.append({Mention::Flat, m.pos, m.end, 0, 2});
            break;
        case SentenceMention::Rate:
            out.append({Mention::Growth, m.pos, m.end, m.signedValue(), m.decimals});
            break;
        case SentenceMention::Share:
            out.append({Mention::Share, m.pos, m.end, m.value, m.decimals});
            break;
        case SentenceMention::Percent:
            break; // no rule reads a percentage of nothing named
        }
    }
    return out;
}

QList<ClassPath> NarrativeChecker::classPaths() const
{
    QList<ClassPath> out;
    for (const SentenceReader::ClassPath &read : SentenceReader::classPaths(m_text)) {
        ClassPath p;
        p.start = read.start;
        p.end = read.end;
        p.names = read.names;
        // Resolve each level under the previous one: the catalogue first, then the document.
        QString code;
        for (int level = 1; level <= p.names.size(); ++level) {
            const QString &name = p.names[level - 1];
            std::optional<QString> found = m_ctx.catalogue.codeForName(Classification::Functional, name, level, code);
            if (!found) {
                for (auto it = m_docNames.cbegin(); it != m_docNames.cend() && !found; ++it)
                    if (CodeCatalogue::levelOf(Classification::Functional, it.key()) == level && it.key().startsWith(code)
                        && CodeCatalogue::normalizedName(it.value()) == CodeCatalogue::normalizedName(name))
                        found = it.key();
            }
            if (!found) {
                code.clear();
                p.unresolvedLevel = level;
                break;
            }
            code = *found;
        }
        p.code = code;
        out.append(p);
    }
    return out;
}

std::optional<Subject> NarrativeChecker::figureAt(int pos) const
{
    for (const auto &[specPointer, at] : m_figureAt) {
        if (at != pos)
            continue;
        const PatternSpec &spec = *specPointer;
        // A figure a table states (Putuo's 机关运行经费) is repeated by the narrative anywhere.
        bool ours = true;
        for (const Figure &f : m_ctx.doc.schedules.figures)
            if (f.key == spec.key)
                ours = f.sourceLine == 0 || f.sourceLine == m_line || !m_paragraphLines.contains(f.sourceLine);
        if (!ours)
            continue;
        Subject s;
        s.words = spec.label;
        s.figure = spec.key;
        s.priorKey = spec.key;
        if (spec.key == QLatin1String("performance.overall_amount"))
            s.measure = money(QStringLiteral("@all"));
        else if (spec.key == QLatin1String("performance.fiscal_projects"))
            s.measure = money(QStringLiteral("@fiscal"), Phase::Project);
        else if (spec.key == QLatin1String("performance.non_fiscal_projects")) {
            Measure nonFiscal = money(QStringLiteral("@all"), Phase::Project);
            nonFiscal.sources.clear();
            for (FundSource src : fundSourceGroup(QStringLiteral("@all")))
                if (!isFiscalAppropriation(src))
                    nonFiscal.sources.append(src);
            s.measure = nonFiscal;
        } else if (spec.key == QLatin1String("performance.projects_amount")) {
            s.measure = money(QStringLiteral("@all"), Phase::Project);
            s.atMost = true;
        }
        return s;
    }
    return std::nullopt;
}

std::optional<Subject> NarrativeChecker::subjectBefore(int from, int pos, bool change) const
{
    struct Candidate
    {
        int start, end;
        Subject subject;
    };
    QList<Candidate> found;
    const QString window = m_folded.mid(from, pos - from);
    const Scope scope = m_scope;
    const QString group = sourceGroupOf(scope);
    const bool income = scope == Scope::Income;
    auto add = [&](const QRegularExpression &re, const std::function<std::optional<Subject>(const QRegularExpressionMatch &)> &make) {
        for (auto it = re.globalMatch(window); it.hasNext();) {
            const auto m = it.next();
            if (auto s = make(m)) {
                s->words = m.captured(0);
                found.append({from + int(m.capturedStart(0)), from + int(m.capturedEnd(0)), *s});
            }
        }
    };
    auto fixed = [](const Measure &m, const QString &prior = QString()) {
        return [m, prior](const QRegularExpressionMatch &) -> std::optional<Subject> {
            Subject s;
            s.measure = m;
            s.priorKey = prior;
            return s;
        };
    };
    static const QRegularExpression allTotal(QStringLiteral("收支总预算|收支预算总额|收支总额"));
    static const QRegularExpression fiscalTotal(QStringLiteral("财政拨款收支总预算|财政拨款收支预算总额|财政拨款收支总额"));
    static const QRegularExpression incomeTotal(QStringLiteral("收入预算(?:总额)?"));
    static const QRegularExpression expenseTotal(QStringLiteral("支出预算(?:总额)?"));
    static const QRegularExpression fiscalIncome(QStringLiteral("财政拨款(?:（补助）)?收入"));
    static const QRegularExpression fiscalExpense(QStringLiteral("财政拨款(?:（补助）)?支出(?:预算)?"));
    static const QRegularExpression gpb(QStringLiteral("一般公共预算(?:财政)?(?:拨款|资金)?(?:收入|支出)?(?:预算)?(?:合计)?"));
    static const QRegularExpression fund(QStringLiteral("政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出)?(?:预算)?(?:合计)?"));
    static const QRegularExpression capital(QStringLiteral("国有资本经营(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出)?(?:预算)?(?:合计)?"));
    static const QRegularExpression fiscalSpecial(QStringLiteral("财政专户(?:管理资金|核拨)?"));
    static const QRegularExpression unit(QStringLiteral("单位资金"));
    static const QRegularExpression business(QStringLiteral("(?<!单位)事业收入"));
    static const QRegularExpression operating(QStringLiteral("事业单位经营收入"));
    static const QRegularExpression other(QStringLiteral("(?<!除上述)其他收入"));
    static const QRegularExpression carry(QStringLiteral("上年结转(?:结余)?"));
    static const QRegularExpression basic(QStringLiteral("(一般公共预算)?基本支出(?:预算)?"));
    static const QRegularExpression project(QStringLiteral("(一般公共预算)?项目支出(?:预算)?"));
    static const QRegularExpression personnel(QStringLiteral("人员经费"));
    static const QRegularExpression publicUse(QStringLiteral("公用经费"));
    static const QRegularExpression sanGongTotal(QStringLiteral("[“\"]三公[”\"]经费(?:预算)?"));
    static const QRegularExpression abroad(QStringLiteral("因公出国（境）费(?:用)?"));
    static const QRegularExpression reception(QStringLiteral("公务接待费"));
    static const QRegularExpression vehicle(QStringLiteral("公务用车购置及运行(?:维护)?费"));
    static const QRegularExpression vehiclePurchase(QStringLiteral("公务用车购置费"));
    static const QRegularExpression vehicleOperation(QStringLiteral("公务用车运行(?:维护)?费"));
    static const QRegularExpression projectScale(QStringLiteral("预算安排规模"));

    add(allTotal, fixed(money(scope == Scope::Fiscal ? QStringLiteral("@fiscal") : QStringLiteral("@all"))));
    add(fiscalTotal, fixed(money(QStringLiteral("@fiscal"))));
    add(incomeTotal, fixed(money(group, std::nullopt, QString(), true)));
    add(expenseTotal, fixed(money(group)));
    add(fiscalIncome, fixed(money(QStringLiteral("@fiscal"), std::nullopt, QString(), true)));
    add(fiscalExpense, fixed(money(QStringLiteral("@fiscal"))));
    add(gpb, fixed(money(QStringLiteral("@gpb"), std::nullopt, QString(), income)));
    add(fund, fixed(money(QStringLiteral("@fund"), std::nullopt, QString(), income)));
    add(capital, fixed(money(QStringLiteral("@capital"), std::nullopt, QString(), income)));
    add(fiscalSpecial, fixed(money(QStringLiteral("fiscal_special"), std::nullopt, QString(), true)));
    add(unit, fixed(money(QStringLiteral("@unit"), std::nullopt, QString(), true)));
    add(business, fixed(money(QStringLiteral("business_income"), std::nullopt, QString(), true)));
    add(operating, fixed(money(QStringLiteral("operating_income"), std::nullopt, QString(), true)));
    add(other, fixed(money(QStringLiteral("other_income"), std::nullopt, QString(), true)));
    add(carry, fixed(money(QStringLiteral("@carry"), std::nullopt, QString(), true)));
    add(basic, [&](const QRegularExpressionMatch &m) -> std::optional<Subject> {
        Subject s;
        s.measure = money(m.captured(1).isEmpty() ? group : QStringLiteral("@gpb"), Phase::Basic);
        return s;
    });
    add(project, [&](const QRegularExpressionMatch &m) -> std::optional<Subject> {
        Subject s;
        s.measure = money(m.captured(1).isEmpty() ? group : QStringLiteral("@gpb"), Phase::Project);
        return s;
    });
    Measure econ;
    econ.of = QStringLiteral("economic");
    econ.part = QStringLiteral("personnel");
    add(personnel, fixed(econ));
    econ.part = QStringLiteral("public");
    add(publicUse, fixed(econ));
    add(sanGongTotal, fixed(sanGong({}), QStringLiteral("sangong.total")));
    add(abroad, fixed(sanGong({QStringLiteral("abroad")}), QStringLiteral("sangong.abroad")));
    add(reception, fixed(sanGong({QStringLiteral("reception")}), QStringLiteral("sangong.reception")));
    add(vehicle, fixed(sanGong({QStringLiteral("vehicle_purchase"), QStringLiteral("vehicle_operation")}), QStringLiteral("sangong.vehicle")));
    add(vehiclePurchase, fixed(sanGong({QStringLiteral("vehicle_purchase")}), QStringLiteral("sangong.vehicle_purchase")));
    add(vehicleOperation, fixed(sanGong({QStringLiteral("vehicle_operation")}), QStringLiteral("sangong.vehicle_operation")));
    add(projectScale, [&](const QRegularExpressionMatch &) -> std::optional<Subject> {
        const QList<ProjectLine> &projects = m_ctx.doc.schedules.projects;
        for (int i = 0; i < projects.size(); ++i)
            if (!m_project.isEmpty() && CodeCatalogue::normalizedName(projects[i].name) == CodeCatalogue::normalizedName(m_project)) {
                Measure m;
                m.of = QStringLiteral("project");
                m.project = i;
                // As the projects table prints it (its filter: the sources it shows).
                for (const TableSpec &spec : m_ctx.tpl.tables)
                    if (spec.kind == TableKind::Projects && spec.filter.includesSource(projects[i].source)) {
                        m = spec.filter.overriddenBy(m);
                        break;
                    }
                Subject s;
                s.measure = m;
                return s;
            }
        return std::nullopt;
    });
    // 类 named bare ("一般公共服务支出 324.81 万元") when the document has money under it.
    if (m_classNames.isValid() && !m_classNames.pattern().isEmpty())
        add(m_classNames, [&](const QRegularExpressionMatch &m) -> std::optional<Subject> {
            const QString code = m_classCodes.value(m.captured(0));
            Subject s;
            s.measure = money(group, std::nullopt, code);
            s.priorKey = QStringLiteral("functional.") + code;
            return s;
        });
    for (const ClassPath &p : m_paths) {
        if (p.start < from || p.end > pos || p.code.isEmpty())
            continue;
        Subject s;
        s.words = m_folded.mid(p.start, p.end - p.start);
        s.measure = money(group, std::nullopt, p.code);
        s.priorKey = QStringLiteral("functional.") + p.code;
        found.append({p.start, p.end, s});
    }
    if (found.isEmpty())
        return std::nullopt;
    // The subject is the one named last; of two ending together, the longer.
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        return a.end != b.end ? a.end > b.end : a.start < b.start;
    });
    const Candidate &best = found.first();
    // Only words that do not change the subject may stand between it and the figure.
    static const QRegularExpression amountFiller(QStringLiteral(
        "^[\\s“”\"'‘’：:]*(?:\\d{4}\\s*年度?)?\\s*(?:的)?\\s*(?:预算)?(?:数|总额|合计|金额|规模)?\\s*(?:为|是|共|计)?[\\s：:]*$"));
    static const QRegularExpression changeFiller(QStringLiteral(
        "^[\\s“”\"]*(?:预算)?(?:数)?\\s*(?:(?:比|较|与)\\s*(?:上年|上一年|去年|\\d{4}\\s*年)度?\\s*(?:预算|决算)?(?:执行数)?(?:相比)?)?[\\s，,]*$"));
    const QString gap = m_folded.mid(best.end, pos - best.end);
    if (!(change ? changeFiller : amountFiller).match(gap).hasMatch())
        return std::nullopt;
    return best.subject;
}

std::optional<Amount> NarrativeChecker::priorFor(int pos, const Subject &s) const
{
    // Last year's figure recovered from this very sentence, if the importer read one here.
    for (const PriorFigure &p : m_ctx.doc.schedules.prior) {
        if (p.sourceLine != m_line || p.evidence.isEmpty())
            continue;
        for (int i = int(m_text.indexOf(p.evidence)); i >= 0; i = int(m_text.indexOf(p.evidence, i + 1)))
            if (i <= pos && pos < i + p.evidence.size())
                return p.amount;
    }
    // Otherwise whatever the document knows of last year's figure for the subject.
    if (!s.priorKey.isEmpty()) {
        if (const auto p = m_ctx.doc.schedules.priorOf(s.priorKey))
            return p;
        if (s.priorKey.startsWith(QLatin1String("sangong.")))
            if (const SanGongLine *l = m_ctx.doc.schedules.sanGongLine(s.priorKey.mid(8)); l && l->prior)
                return l->prior;
    }
    return std::nullopt;
}

FigureValue NarrativeChecker::valueOfSubject(const Subject &s) const
{
    if (s.measure)
        return m_ctx.valueOf(*s.measure);
    FigureValue v;
    v.exact = m_ctx.doc.schedules.figure(s.figure).value_or(Amount());
    v.unit = Unit::WanYuan;
    return v;
}

std::optional<Measure> NarrativeChecker::wholeOf(const Subject &s) const
{
    if (s.measure && s.measure->of == QLatin1String("sangong"))
        return sanGong({});
    if (s.measure && s.measure->of == QLatin1String("economic")) {
        Measure m;
        m.of = QStringLiteral("economic");
        return m;
    }
    switch (m_scope) {
    case Scope::Income: return money(QStringLiteral("@all"), std::nullopt, QString(), true);
    case Scope::All:
    case Scope::Expense: return money(QStringLiteral("@all"));
    case Scope::Fiscal:
    case Scope::Gpb:
    case Scope::Fund:
    case Scope::Capital: return money(sourceGroupOf(m_scope));
    case Scope::GpbBasic: return money(QStringLiteral("@gpb"), Phase::Basic);
    case Scope::SanGong: return sanGong({});
    case Scope::Other: break;
    }
    return std::nullopt;
}

Finding NarrativeChecker::finding(const QString &rule, Severity severity, const Subject &s, const FigureValue *v) const
{
    Finding f;
    if (v && v->cell)
        f = ValidationContext::cellFinding(rule, severity, *v->cell);
    f.rule = rule;
    f.severity = severity;
    if (f.rowKey.isEmpty())
        f.rowKey = s.figure;
    if (f.rowLabel.isEmpty())
        f.rowLabel = s.words;
    f.unit = Unit::WanYuan;
    f.line = m_line;
    return f;
}

QString sourceOfValue(const FigureValue &v)
{
    return v.cell ? ValidationContext::place(*v.cell) : QCoreApplication::translate("bd::Validator", "the schedules");
}

void NarrativeChecker::checkAmount(const Subject &s, const Mention &m)
{
    if (!s.measure && !m_ctx.doc.schedules.figure(s.figure))
        return; // a figure the document does not hold: nothing to compare with
    const FigureValue v = valueOfSubject(s);
    const Amount stated = Amount::fromFen(m.value);
    const Amount shown = v.value();
    // The right number in the wrong unit: "476.50元" where the table prints 476.50 万元, or
    // "9,389,913.00万元" where it prints 9,389,913.00 元.
    constexpr qint64 perWan = 10000; // 元 in a 万元
    const bool wrongUnit = !shown.isZero()
                           && (m.unit == Unit::Yuan ? stated.fen() * perWan == shown.fen()
                                                    : shown.fen() * perWan == stated.fen());
    if (wrongUnit) {
        Finding f = finding(QStringLiteral("D.amount-unit"), Severity::Error, s, &v);
        f.published = stated;
        f.derived = shown;
        const Unit other = m.unit == Unit::Yuan ? Unit::WanYuan : Unit::Yuan;
        f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” states %3 %4 for %5, but the figure in %6 is %7 %8: the number is right, the unit wrong")
                        .arg(where(), excerpt(m.pos, m.end), stated.format(m.unit), unitSuffix(m.unit), s.words, sourceOfValue(v),
                             shown.format(other, true), unitSuffix(other));
        m_out.append(f);
        return;
    }
    if (m.unit == Unit::Yuan) {
        // Stated to the 元 (or finer): equal to the figure within the rounding of the printed 万元.
        const qint64 tolerance = ValidationContext::tolerance(Unit::WanYuan, std::max(v.terms, 1));
        if (std::abs((stated - shown).fen()) <= tolerance || std::abs((stated - v.exact).fen()) <= tolerance)
            return;
        Finding f = finding(QStringLiteral("D.narrative-amount"), Severity::Error, s, &v);
        f.published = stated;
        f.derived = shown;
        f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” states %3 %4 for %5, but the figure in %6 is %7 %8 (difference %9)")
                        .arg(where(), excerpt(m.pos, m.end), stated.format(Unit::Yuan, true), unitSuffix(Unit::Yuan), s.words, sourceOfValue(v),
                             shown.format(v.unit), unitSuffix(v.unit), differenceText(stated, shown, v.unit));
        m_out.append(f);
        return;
    }
    if (s.atMost) {
        if (stated <= v.exact || stated <= shown)
            return;
    } else if (roundWan(shown, m.decimals) == stated || roundWan(v.exact, m.decimals) == stated) {
        return;
    }
    // The printed figures carry rounding, and so does a figure stated with fewer decimals.
    qint64 statedStep = 1000000;
    for (int d = 0; d < std::min(m.decimals, 6); ++d)
        statedStep /= 10;
    const qint64 tolerance = ValidationContext::tolerance(Unit::WanYuan, std::max(v.terms, 1)) + statedStep / 2;
    const Agreement a = s.atMost ? Agreement::Material : ValidationContext::agree(stated, v.exact, tolerance);
    Finding f = finding(QStringLiteral("D.narrative-amount"), severityOf(a, Severity::Error), s, &v);
    f.published = stated;
    f.derived = shown;
    // Where the stated figure is one the tables print for other money (the 基本支出 of all funds
    // for that of 一般公共预算), say so: the words, not the figure, are likely what slipped.
    QString elsewhere;
    if (a != Agreement::Rounding && !s.atMost)
        for (const CheckedCell &c : m_ctx.cells())
            if (c.value() == stated && (!v.cell || c.signature != v.cell->signature)) {
                elsewhere = QCoreApplication::translate("bd::Validator", "; %1 万元 is what %2 prints").arg(stated.format(Unit::WanYuan), ValidationContext::place(c));
                break;
            }
    f.message = (s.atMost ? QCoreApplication::translate("bd::Validator", "%1: “%2” states %3 万元 for %4, more than the %5 万元 in %6%7%8")
                          : QCoreApplication::translate("bd::Validator", "%1: “%2” states %3 万元 for %4, but the figure in %6 is %5 万元%7%8"))
                    .arg(where(), excerpt(m.pos, m.end), stated.format(Unit::WanYuan), s.words, shown.format(Unit::WanYuan), sourceOfValue(v),
                         s.atMost ? QString()
                                  : QCoreApplication::translate("bd::Validator", " (difference %1)").arg(differenceText(stated, shown, Unit::WanYuan)),
                         a == Agreement::Rounding ? roundingNote(v.terms + 1) : elsewhere);
    m_out.append(f);
}

void NarrativeChecker::checkShare(const Subject &s, const Mention &m)
{
    // A share of a named whole ("占本年支出合计的 99.86%"): all the money spent or received,
    // whatever the section is about.
    static const QRegularExpression namedWhole(QStringLiteral("^占本年(支出|收入)合计"));
    const auto named = namedWhole.match(m_text.mid(m.pos, m.end - m.pos));
    const auto wholeMeasure = named.hasMatch()
                                  ? std::optional<Measure>(named.captured(1) == QStringLiteral("收入")
                                                               ? money(QStringLiteral("@all"), std::nullopt, QString(), true)
                                                               : money(QStringLiteral("@all")))
                                  : wholeOf(s);
    if (!wholeMeasure || !s.measure)
        return;
    const FigureValue part = valueOfSubject(s);
    const FigureValue whole = m_ctx.valueOf(*wholeMeasure);
    const auto shown = percentHundredths(part.value(), whole.value());
    const auto exact = percentHundredths(part.exact, whole.exact);
    if (!shown || !exact)
        return;
    if (roundPercent(*shown, m.decimals) == m.value || roundPercent(*exact, m.decimals) == m.value)
        return;
    // Within the rounding of the part and the whole?
    const qint64 tp = ValidationContext::tolerance(part.unit, std::max(part.terms, 1));
    const qint64 tw = ValidationContext::tolerance(whole.unit, std::max(whole.terms, 1));
    const bool rounding = percentWithinRounding(m.value, m.decimals, part.exact, tp, whole.exact, tw);
    // Cut off rather than rounded (99.868% printed 99.86%): a slip of the last digit, no error.
    const bool truncated = !rounding && percentTruncated(part.value(), whole.value(), m.decimals) == m.value;
    Finding f = finding(QStringLiteral("D.narrative-share"), rounding || truncated ? Severity::Notice : Severity::Error, s, &part);
    f.statedText = percentText(m.value, m.decimals);
    f.recomputedText = percentText(*shown, 2);
    f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” states a share of %3 for %4, but %5 / %6 (%7) = %8%9")
                    .arg(where(), excerpt(m.pos, m.end), f.statedText, s.words, part.value().format(Unit::WanYuan),
                         whole.value().format(Unit::WanYuan), sourceOfValue(whole), f.recomputedText,
                         rounding    ? roundingNote(part.terms + whole.terms)
                         : truncated ? QCoreApplication::translate("bd::Validator", " (the printed share is cut off, not rounded)")
                                     : QString());
    m_out.append(f);
}

void NarrativeChecker::checkChange(const Subject &s, const Mention &m, Amount prior)
{
    const FigureValue v = valueOfSubject(s);
    const Amount stated = Amount::fromFen(m.value);
    const Amount change = v.value() - prior;
    if (roundWan(change, m.decimals) == stated || roundWan(v.exact - prior, m.decimals) == stated)
        return;
    const qint64 tolerance = ValidationContext::tolerance(Unit::WanYuan, std::max(v.terms, 1)) + Amount::displayStep(Unit::WanYuan);
    const Agreement a = ValidationContext::agree(stated, v.exact - prior, tolerance);
    Finding f = finding(QStringLiteral("D.narrative-change"), severityOf(a, Severity::Error), s, &v);
    f.published = stated;
    f.derived = change;
    auto signedText = [](Amount x) { return (x.fen() > 0 ? QStringLiteral("+") : QString()) + x.format(Unit::WanYuan); };
    f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” states a change of %3 万元 against last year for %4, but this year's %5 − last year's %6 = %7 万元%8")
                    .arg(where(), excerpt(m.pos, m.end), signedText(stated), s.words, v.value().format(Unit::WanYuan),
                         prior.format(Unit::WanYuan), signedText(change), a == Agreement::Rounding ? roundingNote(v.terms + 1) : QString());
    m_out.append(f);
}

void NarrativeChecker::checkGrowth(const Subject &s, const Mention &m, Amount prior)
{
    if (prior.isZero())
        return; // growth from nothing has no rate ("增长 100.00%" is a convention, not a figure)
    const FigureValue v = valueOfSubject(s);
    const auto shown = percentHundredths(v.value() - prior, prior);
    const auto exact = percentHundredths(v.exact - prior, prior);
    if (!shown || !exact)
        return;
    if (roundPercent(*shown, m.decimals) == m.value || roundPercent(*exact, m.decimals) == m.value)
        return;
    const qint64 t = ValidationContext::tolerance(Unit::WanYuan, std::max(v.terms, 1));
    const qint64 step = Amount::displayStep(Unit::WanYuan);
    auto rate = [&](qint64 dCurrent, qint64 dPrior) {
        return percentHundredths(v.exact + Amount::fromFen(dCurrent) - (prior + Amount::fromFen(dPrior)), prior + Amount::fromFen(dPrior));
    };
    QList<qint64> bounds;
    for (qint64 dc : {-t, t})
        for (qint64 dp : {-step, step})
            if (const auto r = rate(dc, dp))
                bounds.append(roundPercent(*r, m.decimals));
    const bool rounding = !bounds.isEmpty() && *std::min_element(bounds.cbegin(), bounds.cend()) <= m.value
                          && m.value <= *std::max_element(bounds.cbegin(), bounds.cend());
    Finding f = finding(QStringLiteral("D.narrative-growth"), rounding ? Severity::Notice : Severity::Error, s, &v);
    f.statedText = percentText(m.value, m.decimals);
    f.recomputedText = percentText(*shown, 2);
    f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” states a growth of %3 for %4, but (%5 − %6) / %6 = %7%8")
                    .arg(where(), excerpt(m.pos, m.end), f.statedText, s.words, v.value().format(Unit::WanYuan),
                         prior.format(Unit::WanYuan), f.recomputedText, rounding ? roundingNote(v.terms + 1) : QString());
    m_out.append(f);
}

void NarrativeChecker::checkYears(const QString &text, int line, const QString &placeText)
{
    static const QRegularExpression yearRe(QStringLiteral("(\\d{4})\\s*年"));
    static const QRegularExpression lastYearWords(QStringLiteral("上年|上一年|去年|比|较|与|截至|截止|执行|决算|同期|年底|年末"));
    static const QRegularExpression upToWords(QStringLiteral("截至|截止"));
    const int year = m_ctx.doc.year;
    for (auto it = yearRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int pos = int(m.capturedStart(0));
        // Titles of documents (《2024年…要点》) and document numbers (〔2024〕) are not about the budget.
        const int open = int(text.lastIndexOf(QChar(0x300A), pos)), close = int(text.lastIndexOf(QChar(0x300B), pos));
        if (open >= 0 && open > close)
            continue;
        const int y = m.captured(1).toInt();
        if (y == year)
            continue;
        // The sentence the year is in.
        static const QString stops = QStringLiteral("。；;");
        int from = pos, to = pos;
        while (from > 0 && !stops.contains(text.at(from - 1)))
            --from;
        while (to < text.size() && !stops.contains(text.at(to)))
            ++to;
        const QString sentence = text.mid(from, to - from);
        const QString before = text.mid(from, pos - from);
        if (y == year - 1 && lastYearWords.match(sentence).hasMatch())
            continue;
        if (y == year - 2 && upToWords.match(before).hasMatch())
            continue; // "截至2024年底": the latest closed accounts
        QString why;
        if (y == year - 1)
            why = QCoreApplication::translate("bd::Validator", "; last year (%1) belongs in a comparison (比上年…, 比 %1 年…)").arg(y);
        else if (y < year)
            why = QCoreApplication::translate("bd::Validator", "; last year is %1, and only a date of the accounts (截至…) may be earlier").arg(year - 1);
        Finding f;
        f.rule = QStringLiteral("D.narrative-year");
        f.severity = Severity::Warning;
        f.line = line;
        f.statedText = QString::number(y);
        f.recomputedText = QString::number(year);
        QString quote = sentence.trimmed();
        if (quote.size() > 80)
            quote = quote.left(80) + QStringLiteral("…");
        f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” names the year %3 in the %4 budget%5")
                        .arg(placeText, quote)
                        .arg(y)
                        .arg(year)
                        .arg(why);
        m_out.append(f);
    }
}

void NarrativeChecker::checkNames()
{
    for (const ClassPath &p : m_paths) {
        const QString written = m_folded.mid(p.start, p.end - p.start);
        Finding f;
        f.rule = QStringLiteral("D.narrative-name");
        f.severity = Severity::Warning;
        f.line = m_line;
        f.rowLabel = written;
        if (p.code.isEmpty()) {
            static const QStringList levels{QStringLiteral("类"), QStringLiteral("款"), QStringLiteral("项")};
            f.statedText = p.names.value(p.unresolvedLevel - 1);
            f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” names the %3 “%4”, which neither the 功能分类 catalogue of %5 nor the document's tables know%6")
                            .arg(where(), written, levels.value(p.unresolvedLevel - 1), f.statedText)
                            .arg(m_ctx.catalogue.year())
                            .arg(p.unresolvedLevel > 1 ? QCoreApplication::translate("bd::Validator", " under %1").arg(p.names.value(p.unresolvedLevel - 2))
                                                       : QString());
            m_out.append(f);
        } else if (!m_docCodes.contains(p.code)) {
            f.rowKey = p.code;
            f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” names %3, under which the document's tables hold no money")
                            .arg(where(), written, p.code);
            m_out.append(f);
        }
    }
    // Codes quoted in brackets ("行政运行（2013601）"): the name before them is the catalogue's.
    static const QRegularExpression quoted(QStringLiteral("([^\\s，。；、：:“”\"（]{2,30})（(\\d{3}|\\d{5}|\\d{7})）"));
    for (auto it = quoted.globalMatch(m_folded); it.hasNext();) {
        const auto m = it.next();
        const QString code = m.captured(2);
        const QString official = m_ctx.catalogue.name(Classification::Functional, code);
        if (official.isEmpty())
            continue; // the shipped catalogue is not complete: say nothing of codes it lacks
        const QString name = CodeCatalogue::normalizedName(m.captured(1));
        if (name.endsWith(CodeCatalogue::normalizedName(official)))
            continue;
        Finding f;
        f.rule = QStringLiteral("D.narrative-name");
        f.severity = Severity::Warning;
        f.line = m_line;
        f.rowKey = code;
        f.statedText = m.captured(1);
        f.recomputedText = official;
        f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” quotes code %3, which the 功能分类 catalogue of %4 names “%5”")
                        .arg(where(), m.captured(0), code)
                        .arg(m_ctx.catalogue.year())
                        .arg(official);
        m_out.append(f);
    }
}

void NarrativeChecker::readParagraph()
{
    m_folded = SentenceReader::foldBrackets(m_text);
    m_paths = classPaths();
    // The figure is what the importer read: the first match, in the paragraph it came from.
    // Later matches are other things worded alike ("其他车辆0辆,价值0.00万元").
    m_figureAt.clear();
    if (m_text.contains(QStringLiteral("万元")))
        for (const PatternSpec &spec : m_ctx.tpl.figures)
            if (const auto m = spec.pattern.match(m_text); m.hasMatch())
                m_figureAt.append({&spec, int(m.capturedStart(QStringLiteral("amount")))});
    static const QRegularExpression projectName(QStringLiteral("项目名称[：:]\\s*(.+)$"));
    if (const auto pm = projectName.match(m_text); pm.hasMatch())
        m_project = pm.captured(1).trimmed();
    const QList<Mention> list = mentions();
    std::optional<Subject> current;
    std::optional<Amount> currentPrior;
    static const QString clauseStops = QStringLiteral("，。；;,、");
    auto clauseStart = [&](int pos) {
        int from = pos;
        while (from > 0 && !clauseStops.contains(m_folded.at(from - 1)))
            --from;
        return from;
    };
    for (const Mention &m : list) {
        switch (m.kind) {
        case Mention::Amount: {
            current = figureAt(m.pos);
            if (!current)
                current = subjectBefore(clauseStart(m.pos), m.pos, false);
            currentPrior.reset();
            if (current)
                checkAmount(*current, m);
            break;
        }
        case Mention::Change:
        case Mention::Flat: {
            // "因公出国（境）费增加 4.40 万元" names its own subject; "比上年预算增加" does not.
            if (const auto own = subjectBefore(clauseStart(m.pos), m.pos, true))
                current = own;
            if (!current)
                break;
            currentPrior = priorFor(m.pos, *current);
            if (currentPrior)
                checkChange(*current, m, *currentPrior);
            break;
        }
        case Mention::Growth:
            if (!current)
                break;
            if (!currentPrior)
                currentPrior = priorFor(m.pos, *current);
            if (currentPrior)
                checkGrowth(*current, m, *currentPrior);
            break;
        case Mention::Share:
            if (current)
                checkShare(*current, m);
            break;
        }
    }
    checkNames();
}

void NarrativeChecker::run()
{
    for (const NarrativeSection &sec : m_ctx.doc.schedules.narrative) {
        if (sec.part == QLatin1String("glossary"))
            continue;
        m_section = &sec;
        m_scope = scopeOf(m_ctx.tpl, sec.heading);
        m_project.clear();
        const Scope sectionScope = m_scope;
        const QStringList paras = sec.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i) {
            m_text = paras[i];
            m_line = sec.paragraphLines.value(i, sec.sourceLine);
            // A short lead-in ("财政拨款支出主要内容如下：", "（二）一般公共预算当年拨款结构情况")
            // narrows what the paragraphs after it talk about.
            static const QRegularExpression leadIn(QStringLiteral("^(?:[（(][一二三四五六七八九十]+[)）]|.{0,30}[：:]$)"));
            if (m_text.size() <= 40 && !m_text.contains(QStringLiteral("万元")) && leadIn.match(m_text).hasMatch()) {
                const Scope narrowed = scopeOf(m_ctx.tpl, m_text);
                m_scope = narrowed == Scope::Other ? sectionScope : narrowed;
            }
            readParagraph();
            if (sec.part == QLatin1String("explanation") || sec.part == QLatin1String("projects"))
                checkYears(m_text, m_line, where());
        }
    }
    // The notes of empty tables name the year too.
    for (const DisclosureTable *t : m_ctx.checkedTables())
        if (!t->note.isEmpty())
            checkYears(t->note, t->sourceLine,
                       QCoreApplication::translate("bd::Validator", "Table %1 (%2), note").arg(t->number).arg(t->title));
}

} // namespace

void checkNarrative(const ValidationContext &ctx, QList<Finding> &out)
{
    NarrativeChecker(ctx, out).run();
}

} // namespace bd
