#include "DraftFactory.h"

#include "narrative/NarrativeComparison.h"
#include "narrative/NarrativeGenerator.h"
#include "templates/Measure.h"
#include "templates/TemplateDescription.h"

#include <QRegularExpression>
#include <QSet>

namespace bd {

namespace {

// The keys every draft gets (when computable), whatever its template's narrative mentions:
// the year-on-year figures both shipped templates state.
const QStringList &standardKeys()
{
    static const QStringList keys{
        QStringLiteral("income.general_budget"), QStringLiteral("income.unit_funds"), QStringLiteral("income.fiscal"),
        QStringLiteral("expense.basic"),         QStringLiteral("expense.project"),   QStringLiteral("expense.fiscal"),
        QStringLiteral("gpb.basic"),             QStringLiteral("gpb.project"),       QStringLiteral("gpb.total"),
        QStringLiteral("fund.total"),            QStringLiteral("capital.total"),     QStringLiteral("sangong.total"),
        QStringLiteral("sangong.abroad"),        QStringLiteral("sangong.reception"), QStringLiteral("sangong.vehicle"),
        QStringLiteral("sangong.vehicle_purchase"), QStringLiteral("sangong.vehicle_operation"),
        QStringLiteral("operating_cost"),
    };
    return keys;
}

Amount functionalSum(const Schedules &s, const QString &group, std::optional<Phase> phase, const QString &codePrefix = {})
{
    Measure m;
    m.of = QStringLiteral("functional");
    if (!group.isEmpty()) {
        m.sources = fundSourceGroup(group);
        m.hasSources = true;
    }
    m.phase = phase;
    m.codePrefix = codePrefix;
    return m.evaluate(s).value_or(Amount());
}

Amount sanGongSum(const Schedules &s, const QStringList &items)
{
    Amount sum;
    for (const SanGongLine &l : s.sanGong)
        if (items.isEmpty() || items.contains(l.key))
            sum += l.total();
    return sum;
}

// This year's value of a prior-figure key, as next year's document will call it "上年预算":
// the exact sums of the schedules (a published total may differ by a rounding 0.01).
std::optional<Amount> currentValue(const Schedules &s, const QString &key)
{
    static const QHash<QString, std::pair<QString, std::optional<Phase>>> functional{
        {QStringLiteral("income.general_budget"), {QStringLiteral("@gpb"), std::nullopt}},
        {QStringLiteral("income.unit_funds"), {QStringLiteral("@unit"), std::nullopt}},
        {QStringLiteral("income.fiscal"), {QStringLiteral("@fiscal"), std::nullopt}},
        {QStringLiteral("expense.basic"), {QString(), Phase::Basic}},
        {QStringLiteral("expense.project"), {QString(), Phase::Project}},
        {QStringLiteral("expense.fiscal"), {QStringLiteral("@fiscal"), std::nullopt}},
        {QStringLiteral("gpb.basic"), {QStringLiteral("@gpb"), Phase::Basic}},
        {QStringLiteral("gpb.project"), {QStringLiteral("@gpb"), Phase::Project}},
        {QStringLiteral("gpb.total"), {QStringLiteral("@gpb"), std::nullopt}},
        {QStringLiteral("fund.total"), {QStringLiteral("@fund"), std::nullopt}},
        {QStringLiteral("capital.total"), {QStringLiteral("@capital"), std::nullopt}},
    };
    if (const auto it = functional.constFind(key); it != functional.cend())
        return functionalSum(s, it->first, it->second);
    // 一般公共预算 of one 功能分类 (项, or 类/款 should a template name one).
    static const QRegularExpression functionalKey(QStringLiteral("^functional\\.(\\d{3}|\\d{5}|\\d{7})$"));
    if (const auto m = functionalKey.match(key); m.hasMatch())
        return functionalSum(s, QStringLiteral("@gpb"), std::nullopt, m.captured(1));
    if (key == QLatin1String("sangong.total"))
        return sanGongSum(s, {});
    if (key == QLatin1String("sangong.vehicle"))
        return sanGongSum(s, {QStringLiteral("vehicle_purchase"), QStringLiteral("vehicle_operation")});
    if (key.startsWith(QLatin1String("sangong."))) {
        const QString item = key.mid(8);
        if (item == QLatin1String("abroad") || item == QLatin1String("reception") || item == QLatin1String("vehicle_purchase")
            || item == QLatin1String("vehicle_operation"))
            return sanGongSum(s, {item});
        return std::nullopt;
    }
    // 机关运行经费, 政府采购 … : a named figure of the document, when it states one.
    return s.figure(key);
}

// A year written as a number of its own ("2026", not part of "20260").
QRegularExpression yearPattern(int year)
{
    return QRegularExpression(QStringLiteral("(?<!\\d)%1(?!\\d)").arg(year));
}

} // namespace

QList<PriorFigure> DraftFactory::priorsFrom(const BudgetDocument &current)
{
    const Schedules &s = current.schedules;
    QStringList keys = standardKeys();
    auto add = [&](const QString &key) {
        if (!keys.contains(key))
            keys.append(key);
    };
    QStringList functionalCodes;
    for (const FunctionalLine &l : s.functional)
        if (fundSourceGroup(QStringLiteral("@gpb")).contains(l.source) && l.code.size() == 7 && !functionalCodes.contains(l.code))
            functionalCodes.append(l.code);
    std::sort(functionalCodes.begin(), functionalCodes.end());

    if (const auto tpl = TemplateRegistry::instance().find(current.templateId)) {
        for (const PatternSpec &spec : tpl->prior) {
            if (spec.key.contains(QLatin1String("{code}"))) {
                for (const QString &code : functionalCodes)
                    add(QString(spec.key).replace(QLatin1String("{code}"), code));
            } else {
                add(spec.key);
            }
        }
    } else {
        for (const QString &code : functionalCodes)
            add(QStringLiteral("functional.") + code);
    }
    for (const PriorFigure &p : s.prior)
        add(p.key);

    const QString evidence = QStringLiteral("%1 年预算数（由 %1 年预算各明细计算）").arg(current.year);
    QList<PriorFigure> out;
    for (const QString &key : keys)
        if (const auto value = currentValue(s, key))
            out.append(PriorFigure{key, *value, evidence, 0});
    return out;
}

BudgetDocument DraftFactory::makeDraft(const BudgetDocument &source, int year)
{
    BudgetDocument d = source;
    d.id = 0;
    d.status = DocumentStatus::Draft;
    d.published.clear();
    d.outline.clear(); // the printed contents and headings are the published document's
    d.sourceHash.clear(); // its figures are the draft's, not the file's
    d.publishDate.clear();
    d.modified = QDateTime();
    // A total printed apart from its project's amounts belongs to the published tables.
    for (ProjectLine &p : d.schedules.projects)
        p.statedTotal.reset();
    if (year == source.year)
        return d;

    d.year = year;
    d.sourceName.clear(); // not the figures of that file any more
    d.title.replace(yearPattern(source.year), QString::number(year));
    if (year == source.year + 1) {
        d.schedules.prior = priorsFrom(source);
        for (SanGongLine &l : d.schedules.sanGong)
            l.prior = l.total();
    } else {
        d.schedules.prior.clear();
        for (SanGongLine &l : d.schedules.sanGong)
            l.prior.reset();
    }
    rewriteNarrative(d, source.year);
    return d;
}

void DraftFactory::rewriteNarrative(BudgetDocument &draft, int oldYear)
{
    QList<NarrativeSection> &sections = draft.schedules.narrative;
    // Each standard sentence takes the place of the paragraph (or list item) that stated it.
    QSet<QPair<int, int>> rewritten; // (section, paragraph)
    for (const GeneratedSentence &sentence : NarrativeGenerator::generate(draft)) {
        QString old;
        if (!NarrativeComparison::findParagraph(sentence, sections, &old, nullptr))
            continue;
        for (int i = 0; i < sections.size(); ++i) {
            QStringList paras = sections[i].text.split(QLatin1Char('\n'));
            const auto hit = std::find_if(paras.begin(), paras.end(), [&](const QString &p) { return p.contains(old); });
            if (hit == paras.end())
                continue;
            // The generated sentence has no full stop; the reasons that followed it are the
            // old year's, and need a person.
            QString text = sentence.text;
            if (!text.endsWith(QStringLiteral("。")) && !text.endsWith(QStringLiteral("：")) && old.trimmed().endsWith(QStringLiteral("。")))
                text += QStringLiteral("。");
            hit->replace(old, text);
            rewritten.insert({i, int(hit - paras.begin())});
            sections[i].text = paras.join(QLatin1Char('\n'));
            break;
        }
    }
    // Headings name the year of the document; what is left of the old year's figures, years
    // (its own and the two before it: a 2026 budget states assets "截至2024年底") and reasons
    // is marked for a person.
    const QRegularExpression oldYearRe = yearPattern(oldYear);
    static const QRegularExpression anyYear(QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)(?=\\s*年)"));
    const auto statesOldYear = [&](const QString &p) {
        for (auto it = anyYear.globalMatch(p); it.hasNext();) {
            const int y = it.next().captured(1).toInt();
            if (y >= oldYear - 2 && y <= oldYear)
                return true;
        }
        return false;
    };
    for (int i = 0; i < sections.size(); ++i) {
        sections[i].heading.replace(oldYearRe, QString::number(draft.year));
        QStringList paras = sections[i].text.split(QLatin1Char('\n'));
        for (int k = 0; k < paras.size(); ++k) {
            QString &p = paras[k];
            if (p.trimmed().isEmpty() || p.startsWith(rewriteMarker()))
                continue;
            const bool oldFigures = !rewritten.contains({i, k}) && !NarrativeComparison::numbers(p).isEmpty();
            const bool reasons = p.contains(QStringLiteral("原因"));
            if (statesOldYear(p) || oldFigures || reasons)
                p.prepend(rewriteMarker());
        }
        sections[i].text = paras.join(QLatin1Char('\n'));
    }
}

} // namespace bd
