// D rules on the narrative's own text, which need no table:
//  - the changes a sentence states between two figures it states itself ("2022年当年预算执行数为
//    11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%"): the rate follows from the
//    figures, nothing increases to zero or changes and stays 持平 at once, and each change gives
//    its reason;
//  - an item that states its amount twice; the 政府采购 shares reserved for 中小企业 and 小微企业;
//  - slips of the pen: words written twice, unfinished text.

#include "ValidationContext.h"
#include "codes/CodeCatalogue.h"
#include "narrative/SentenceReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace bd {

namespace {

std::optional<Amount> wan(const QString &text)
{
    const AmountParse p = parseAmount(text, Unit::WanYuan);
    return p.ok() ? std::optional<Amount>(p.amount) : std::nullopt;
}

// Percent from 分 amounts.
double rate(Amount from, Amount to)
{
    return double(to.fen() - from.fen()) * 100.0 / double(from.fen());
}

struct Place
{
    QString heading;
    int line = 0;
};

Finding changeFinding(const char *rule, const Place &p, const QString &sentence)
{
    Finding f;
    f.rule = QLatin1String(rule);
    f.severity = Severity::Error;
    f.line = p.line;
    f.unit = Unit::WanYuan;
    f.rowLabel = sentence;
    return f;
}

// "…执行数为 X 万元，…预算安排 Y 万元，比…增加 r%": r within what the printed X and Y allow
// (each rounded to 0.01 万元), else an error naming both rates.
void rateFollows(const QString &sentence, const Place &p, QList<Finding> &out)
{
    // Last year's figure: 上年, or an earlier year than this year's figure names.
    static const QRegularExpression prior(QStringLiteral(
        "(?:上年|(?<year>\\d{4})\\s*年(?:度)?(?:当年)?)预算(?:执行数|数)?为\\s*(?<amount>[\\d,]+(?:\\.\\d+)?)\\s*万元"));
    static const QRegularExpression current(QStringLiteral(
        "(?<year>\\d{4})\\s*年(?:度)?(?:预算安排|预算数为|预算为)\\s*(?<amount>[\\d,]+(?:\\.\\d+)?)\\s*万元"));
    const auto cm = current.match(sentence);
    const QList<SentenceMention> mentions = SentenceReader::read(sentence);
    const auto rm = std::find_if(mentions.begin(), mentions.end(), [](const SentenceMention &m) { return m.kind == SentenceMention::Rate; });
    if (!cm.hasMatch() || rm == mentions.end())
        return;
    QRegularExpressionMatch pm;
    for (auto it = prior.globalMatch(sentence); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(QStringLiteral("year")).isEmpty()
            || m.captured(QStringLiteral("year")).toInt() < cm.captured(QStringLiteral("year")).toInt()) {
            pm = m;
            break;
        }
    }
    if (!pm.hasMatch())
        return;
    const auto from = wan(pm.captured(QStringLiteral("amount"))), to = wan(cm.captured(QStringLiteral("amount")));
    if (!from || !to || from->fen() <= 0) // from zero no rate can be computed
        return;
    const bool up = !rm->down;
    const double stated = double(rm->value) / 100.0;
    // The printed figures are rounded to 0.01 万元 (100 分 each way): the rate may lie anywhere
    // their true values allow, and is printed to 0.01%.
    const Amount half = Amount::fromFen(50 * 100);
    double lo = rate(*from + half, *to - half), hi = rate(*from - half, *to + half);
    if (!up) {
        lo = -rate(*from - half, *to + half);
        hi = -rate(*from + half, *to - half);
    }
    if (stated >= lo - 0.005 && stated <= hi + 0.005)
        return;
    const double recomputed = rate(*from, *to);
    Finding f = changeFinding("D.change-rate", p, sentence);
    f.statedText = rm->number + QStringLiteral("%");
    f.recomputedText = QString::number(std::abs(recomputed), 'f', 2) + QStringLiteral("%");
    f.message = QCoreApplication::translate("bd::Validator",
                                            "%1: “%2” states %3 %4 from %5 to %6 万元, which is %7 %8")
                    .arg(ValidationContext::narrativePlace(p.heading, p.line))
                    .arg(sentence.left(120), sentence.mid(rm->pos, 2), f.statedText, pm.captured(QStringLiteral("amount")),
                         cm.captured(QStringLiteral("amount")),
                         recomputed >= 0 ? QCoreApplication::translate("bd::Validator", "an increase of")
                                         : QCoreApplication::translate("bd::Validator", "a decrease of"),
                         f.recomputedText);
    out.append(f);
}

// "…预算0万元，比2022年预算增加1421.25万元": nothing increases to zero (last year's figure would
// be negative).
void increaseToZero(const QString &sentence, const Place &p, QList<Finding> &out)
{
    // The increase follows its figure in the same clause: "X万元，比…增加Y万元".
    static const QRegularExpression between(QStringLiteral("^[，,]?\\s*(?:比|较)[^，,。；;]{0,24}?$"));
    const QList<SentenceMention> mentions = SentenceReader::read(sentence);
    for (int i = 0; i + 1 < mentions.size(); ++i) {
        const SentenceMention &now = mentions[i], &delta = mentions[i + 1];
        if (now.kind != SentenceMention::Amount || delta.kind != SentenceMention::Change || delta.down || !now.valid || !delta.valid
            || now.unit != Unit::WanYuan || delta.unit != Unit::WanYuan || now.value != 0 || delta.value <= 0
            || !between.match(sentence.mid(now.end, delta.pos - now.end)).hasMatch()
            || sentence.mid(delta.pos, 2) != QStringLiteral("增加"))
            continue;
        Finding f = changeFinding("D.change-impossible", p, sentence);
        f.published = Amount();
        f.message = QCoreApplication::translate("bd::Validator",
                                                "%1: “%2” says a figure of 0 万元 increased by %3 万元: "
                                                "last year's would have been −%3 万元")
                        .arg(ValidationContext::narrativePlace(p.heading, p.line))
                        .arg(sentence.mid(now.numberPos, delta.end - now.numberPos), delta.number);
        out.append(f);
    }
}

// "比上年增加持平": a change and no change at once.
void bothWays(const QString &sentence, const Place &p, QList<Finding> &out)
{
    static const QRegularExpression re(QStringLiteral("(?:增加|减少|增长|下降)\\s*持平|持平\\s*(?:增加|减少|增长|下降)"));
    const auto m = re.match(sentence);
    if (!m.hasMatch())
        return;
    Finding f = changeFinding("D.change-impossible", p, sentence);
    f.statedText = m.captured();
    f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” says “%3”: a change and no change at once")
                    .arg(ValidationContext::narrativePlace(p.heading, p.line))
                    .arg(sentence.left(120), m.captured());
    out.append(f);
}

// An item that states its own amount twice, differently: "“…（项）”220.63万元，主要用于… 2023年
// 预算安排441.25万元" (万里街道 2023: the second copied from the item before).
void itemAmountOnce(const QString &paragraph, const Place &p, QList<Finding> &out)
{
    static const QRegularExpression head(QStringLiteral("（项）[”\"]?\\s*([\\d,]+(?:\\.\\d+)?)\\s*万元"));
    static const QRegularExpression again(QStringLiteral("(?:\\d{4}\\s*年|本年)预算安排\\s*([\\d,]+(?:\\.\\d+)?)\\s*万元"));
    const auto h = head.match(paragraph);
    if (!h.hasMatch())
        return;
    const auto a = again.match(paragraph, h.capturedEnd());
    if (!a.hasMatch())
        return;
    const auto first = wan(h.captured(1)), second = wan(a.captured(1));
    if (!first || !second || *first == *second)
        return;
    Finding f = changeFinding("D.item-amount-twice", p, paragraph);
    f.published = *first;
    f.derived = *second;
    f.message = QCoreApplication::translate("bd::Validator", "%1: the item states %2 万元 (“…%3”) and then %4 万元 (“%5”)")
                    .arg(ValidationContext::narrativePlace(p.heading, p.line))
                    .arg(h.captured(1), paragraph.mid(std::max<qsizetype>(0, h.capturedStart() - 20), h.capturedLength() + 20),
                         a.captured(1), a.captured());
    out.append(f);
}

// 政府采购: what is reserved for 中小企业 is part of the 政府采购预算, and what is reserved for 小型
// 和微型企业 part of that.
void procurementShares(const QString &text, const Place &p, QList<Finding> &out)
{
    static const QRegularExpression total(QStringLiteral("政府采购预算\\s*([\\d,]+(?:\\.\\d+)?)\\s*万元"));
    static const QRegularExpression sme(QStringLiteral("面向中小企业预留[^。；]*?([\\d,]+(?:\\.\\d+)?)\\s*万元"));
    static const QRegularExpression small(QStringLiteral("预留给小型和微型企业[^。；]*?([\\d,]+(?:\\.\\d+)?)\\s*万元"));
    const auto t = total.match(text), m = sme.match(text), s = small.match(text);
    auto exceeds = [&](const QRegularExpressionMatch &part, const QRegularExpressionMatch &whole, const QString &partName,
                       const QString &wholeName) {
        if (!part.hasMatch() || !whole.hasMatch())
            return;
        const auto a = wan(part.captured(1)), b = wan(whole.captured(1));
        if (!a || !b || *a <= *b)
            return;
        Finding f = changeFinding("D.procurement-share", p, text);
        f.published = *a;
        f.derived = *b;
        f.message = QCoreApplication::translate("bd::Validator", "%1: %2 (%3 万元) is more than %4 (%5 万元)")
                        .arg(ValidationContext::narrativePlace(p.heading, p.line))
                        .arg(partName, part.captured(1), wholeName, whole.captured(1));
        out.append(f);
    };
    exceeds(m, t, QCoreApplication::translate("bd::Validator", "the share reserved for 中小企业"),
            QCoreApplication::translate("bd::Validator", "the 政府采购预算"));
    exceeds(s, m, QCoreApplication::translate("bd::Validator", "the share reserved for 小型和微型企业"),
            QCoreApplication::translate("bd::Validator", "the share reserved for 中小企业"));
}

// Slips of the pen in a paragraph: a word written twice (预算预算: D.doubled-word), and text left
// unfinished (D.unfinished-text): doubled punctuation, a reason left empty ("主要原因是。"), the
// template's alternatives left in ("增加（减少）", "增加/减少"), brackets or quotation marks that
// do not pair up, a paragraph that ends a part without its full stop. One finding of each per
// paragraph, quoting the place.
void textSlips(const QString &paragraph, bool endsPart, const Place &p, QList<Finding> &out)
{
    static const QRegularExpression doubled(QStringLiteral("(\\p{Han}{2,4})\\1"));
    static const QRegularExpression unfinished(QStringLiteral(
        "([。，；：、！？])\\1|原因(?:是|为)?[：:]?\\s*[。；]|(?:增加|增长)\\s*[（(/]\\s*(?:减少|下降)|(?:减少|下降)\\s*[（(/]\\s*(?:增加|增长)"));
    auto report = [&](const char *rule, const QString &what, qsizetype at, qsizetype length) {
        Finding f;
        f.rule = QLatin1String(rule);
        f.severity = Severity::Warning;
        f.line = p.line;
        f.statedText = paragraph.mid(at, length);
        f.message = QCoreApplication::translate("bd::Validator", "%1: %2: “…%3…”")
                        .arg(ValidationContext::narrativePlace(p.heading, p.line))
                        .arg(what, paragraph.mid(std::max<qsizetype>(0, at - 12), length + 24));
        out.append(f);
    };
    // A paragraph a new year's draft carried over for a person to rewrite: an error, so that it
    // is never published as it stands.
    if (paragraph.startsWith(rewriteMarker())) {
        report("D.needs-rewrite",
               QCoreApplication::translate("bd::Validator", "the paragraph is another year's text and still needs rewriting"), 0,
               rewriteMarker().size());
        out.last().severity = Severity::Error;
    }
    // A half-width comma between Chinese text and a figure ("支出,15.24万元"): a notice.
    static const QRegularExpression halfComma(QStringLiteral("[\\x{4e00}-\\x{9fff}],\\s*\\d|\\d,[\\x{4e00}-\\x{9fff}]"));
    if (const auto m = halfComma.match(paragraph); m.hasMatch()) {
        report("D.halfwidth-comma", QCoreApplication::translate("bd::Validator", "a half-width comma where the text writes ，"),
               m.capturedStart(), m.capturedLength());
        out.last().severity = Severity::Notice;
    }
    // A paragraph of sentences that ends without its full stop where the next part begins (a
    // heading, a list of figures or a line ending in a colon is no such paragraph; a paragraph
    // the text goes on from, over a page or a column, is not ended).
    static const QRegularExpression unended(QStringLiteral("[\\x{4e00}-\\x{9fff}\\d%％]$"));
    if (endsPart && paragraph.size() >= 30 && paragraph.contains(QStringLiteral("，")) && unended.match(paragraph).hasMatch())
        report("D.unfinished-text", QCoreApplication::translate("bd::Validator", "the paragraph ends without its full stop"),
               paragraph.size() - 1, 1);
    if (const auto m = doubled.match(paragraph); m.hasMatch())
        report("D.doubled-word", QCoreApplication::translate("bd::Validator", "“%1” is written twice").arg(m.captured(1)),
               m.capturedStart(), m.capturedLength());
    if (const auto m = unfinished.match(paragraph); m.hasMatch())
        report("D.unfinished-text", QCoreApplication::translate("bd::Validator", "the text is unfinished at “%1”").arg(m.captured()),
               m.capturedStart(), m.capturedLength());
    // Brackets of either width pair up with each other ("（款)" is printed too); quotation marks.
    struct Pair { QString open, close; };
    for (const Pair &pair : {Pair{QStringLiteral("（("), QStringLiteral("）)")}, Pair{QStringLiteral("“"), QStringLiteral("”")}}) {
        qsizetype opened = 0, closed = 0, last = -1;
        for (qsizetype k = 0; k < paragraph.size(); ++k) {
            if (pair.open.contains(paragraph[k]))
                ++opened, last = k;
            else if (pair.close.contains(paragraph[k]))
                ++closed, last = k;
        }
        if (opened != closed)
            report("D.unfinished-text",
                   QCoreApplication::translate("bd::Validator", "%1 and %2 do not pair up (%3 against %4)")
                       .arg(pair.open.front())
                       .arg(pair.close.front())
                       .arg(opened)
                       .arg(closed),
                   last, 1);
    }
}

} // namespace

// Every change of a non-zero amount in the 预算编制说明 and the 三公 说明 gives its reason
// (原因, 由于, 因为) in its sentence or one of the next three: Shanghai documents state the
// income and the expenditure change, then one reason for both.
void reasonsGiven(const ValidationContext &ctx, QList<Finding> &out)
{
    static const QRegularExpression explained(QStringLiteral("编制说明|三公"));
    for (const NarrativeSection &sec : ctx.doc.schedules.narrative) {
        if (!explained.match(sec.heading).hasMatch())
            continue;
        QList<QPair<QString, int>> sentences; // with the line of their paragraph
        const QStringList paras = sec.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i)
            for (const QString &sentence : SentenceReader::sentences(paras[i]))
                sentences.append({sentence, sec.paragraphLines.value(i, sec.sourceLine)});
        for (int k = 0; k < sentences.size(); ++k) {
            // The first change the sentence states, of an amount or a rate.
            const QList<SentenceMention> mentions = SentenceReader::read(sentences[k].first);
            const auto m = std::find_if(mentions.begin(), mentions.end(), [](const SentenceMention &s) {
                return s.kind == SentenceMention::Change || s.kind == SentenceMention::Rate;
            });
            if (m == mentions.end() || m->value == 0)
                continue;
            bool given = false;
            for (int j = k; j < std::min<qsizetype>(k + 4, sentences.size()) && !given; ++j)
                given = SentenceReader::givesReason(sentences[j].first);
            if (given)
                continue;
            Finding f = changeFinding("D.change-reason", Place{sec.heading, sentences[k].second}, sentences[k].first);
            f.severity = Severity::Warning;
            f.statedText = sentences[k].first.mid(m->pos, m->end - m->pos);
            f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” states %3 but gives no reason (主要原因是…)")
                            .arg(ValidationContext::narrativePlace(sec.heading, sentences[k].second))
                            .arg(sentences[k].first.left(120), f.statedText);
            out.append(f);
        }
    }
}

namespace {

struct Paragraph
{
    const NarrativeSection *section;
    QString text;
    int line;
};

QList<Paragraph> paragraphsOf(const BudgetDocument &doc)
{
    QList<Paragraph> out;
    for (const NarrativeSection &sec : doc.schedules.narrative) {
        const QStringList paras = sec.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i)
            out.append({&sec, paras[i], sec.paragraphLines.value(i, sec.sourceLine)});
    }
    return out;
}

// For each paragraph, the index of the earlier paragraph it repeats, or -1.
QList<int> repeatsOf(const QList<Paragraph> &paras)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QHash<QString, int> first;
    QList<int> out;
    QString previousOriginalsNext; // what the paragraph after the last copy's original says
    for (int i = 0; i < paras.size(); ++i) {
        const QString key = QString(paras[i].text).remove(space);
        // Within a copied passage every paragraph counts, sentence or not ("9、…供应" cut by a page).
        if (!previousOriginalsNext.isEmpty() && key == previousOriginalsNext) {
            out.append(out.last() + 1);
            previousOriginalsNext = out.last() + 1 < i ? QString(paras[out.last() + 1].text).remove(space) : QString();
            continue;
        }
        int repeated = -1;
        // Sentences, not a form's lines (a project's 主管部门 / 一级指标 rows print alike).
        if (key.size() >= 20 && paras[i].text.contains(QStringLiteral("。")) && !paras[i].text.contains(QStringLiteral("   "))) {
            const auto it = first.constFind(key);
            if (it != first.constEnd())
                repeated = *it;
            else
                first.insert(key, i);
        }
        out.append(repeated);
        previousOriginalsNext = repeated >= 0 && repeated + 1 < i ? QString(paras[repeated + 1].text).remove(space) : QString();
    }
    return out;
}

// A passage printed twice: one finding per run of repeated paragraphs, at the copy.
void repeatedText(const QList<Paragraph> &paras, QList<Finding> &out)
{
    const QList<int> repeats = repeatsOf(paras);
    for (int i = 0; i < paras.size(); ++i) {
        if (repeats[i] < 0)
            continue;
        int last = i;
        while (last + 1 < paras.size() && repeats[last + 1] == repeats[last] + 1 && paras[last + 1].section == paras[i].section)
            ++last;
        const Paragraph &copy = paras[i];
        const Paragraph &original = paras[repeats[i]];
        Finding f = changeFinding("D.repeated-text", Place{copy.section->heading, copy.line}, copy.text);
        f.severity = Severity::Warning;
        f.statedText = copy.text.left(40);
        const int count = last - i + 1;
        f.message = count == 1 ? QCoreApplication::translate("bd::Validator", "Narrative (%1), line %2: the paragraph of line %3 is printed again: “%4…”")
                                     .arg(copy.section->heading)
                                     .arg(copy.line)
                                     .arg(original.line)
                                     .arg(copy.text.left(40))
                               : QCoreApplication::translate("bd::Validator", "Narrative (%1), lines %2–%3: the %4 paragraphs of lines %5–%6 are printed again, from “%7…”")
                                     .arg(copy.section->heading)
                                     .arg(copy.line)
                                     .arg(paras[last].line)
                                     .arg(count)
                                     .arg(original.line)
                                     .arg(paras[repeats[last]].line)
                                     .arg(copy.text.left(40));
        out.append(f);
        i = last;
    }
}

// A 类 under the name it had before the classification was revised ("医疗卫生与计划生育支出",
// 卫生健康支出 since 2019), in the narrative or a table: once per name, at its first use.
void formerClassNames(const ValidationContext &ctx, const QList<Paragraph> &paras, QList<Finding> &out)
{
    for (const CodeEntry &former : ctx.catalogue.formerNames()) {
        const QString current = ctx.catalogue.name(Classification::Functional, former.code);
        std::optional<Place> at;
        for (const Paragraph &p : paras)
            if (!at && p.text.contains(former.name))
                at = Place{ValidationContext::narrativePlace(p.section->heading, p.line), p.line};
        for (const DisclosureTable *t : ctx.checkedTables())
            for (const TableRow &row : t->rows)
                for (int side : {0, 1})
                    if (!at && ValidationContext::rowLabel(*t, row, side).contains(former.name))
                        at = Place{QCoreApplication::translate("bd::Validator", "table %1 (%2), row %3")
                                       .arg(t->number)
                                       .arg(t->title, ValidationContext::rowLabel(*t, row, side)),
                                   row.sourceLine};
        if (!at)
            continue;
        Finding f;
        f.rule = QStringLiteral("D.former-class-name");
        f.severity = Severity::Warning;
        f.line = at->line;
        f.rowKey = former.code;
        f.statedText = former.name;
        f.recomputedText = current;
        f.message = QCoreApplication::translate("bd::Validator", "%1: “%2” is the former name of 类 %3, which the %4 catalogue calls “%5”")
                        .arg(at->heading, former.name, former.code)
                        .arg(ctx.catalogue.year())
                        .arg(current);
        out.append(f);
    }
}

// A budget's income and expenditure are one sum: said to change in opposite directions against
// last year ("收入预算…比上年增加…；支出预算…比上年减少…"), one of the two is wrong.
void oppositeDirections(const ValidationContext &ctx, const QList<Paragraph> &paras, QList<Finding> &out)
{
    if (ctx.tpl.kind != DocumentKind::Budget)
        return; // a final account's income and expenditure differ by its balances
    static const QRegularExpression side(QStringLiteral("收入|支出"));
    // The first change of each, in a section: Shanghai states them in two paragraphs.
    struct Stated
    {
        SentenceMention mention;
        const Paragraph *paragraph;
    };
    std::optional<Stated> income, expense;
    for (int i = 0; i < paras.size(); ++i) {
        const Paragraph &p = paras[i];
        if (i > 0 && p.section != paras[i - 1].section)
            income.reset(), expense.reset();
        const bool bothBefore = income && expense;
        for (const SentenceMention &m : SentenceReader::read(p.text)) {
            if (m.kind != SentenceMention::Change || m.value == 0)
                continue;
            // What changes: the last 收入 or 支出 before it, in its sentence.
            const int sentence = int(p.text.lastIndexOf(QStringLiteral("。"), m.pos)) + 1;
            QRegularExpressionMatch last;
            for (auto it = side.globalMatch(p.text.mid(sentence, m.pos - sentence)); it.hasNext();)
                last = it.next();
            if (!last.hasMatch())
                continue;
            auto &first = last.captured() == QStringLiteral("收入") ? income : expense;
            if (!first)
                first = Stated{m, &p};
        }
        if (bothBefore || !income || !expense || income->mention.down == expense->mention.down)
            continue;
        auto quote = [](const Stated &s) { return s.paragraph->text.mid(s.mention.pos, s.mention.end - s.mention.pos); };
        const Stated &later = income->paragraph->line > expense->paragraph->line ? *income : *expense;
        Finding f = changeFinding("D.change-direction", Place{p.section->heading, later.paragraph->line}, later.paragraph->text);
        f.statedText = quote(later);
        f.message = QCoreApplication::translate("bd::Validator",
                                                "Narrative (%1), line %2: income is said to change by “%3” (line %4) and expenditure by "
                                                "“%5” (line %6), though a budget's income and expenditure are one sum")
                        .arg(p.section->heading)
                        .arg(later.paragraph->line)
                        .arg(quote(*income))
                        .arg(income->paragraph->line)
                        .arg(quote(*expense))
                        .arg(expense->paragraph->line);
        out.append(f);
    }
}

} // namespace

QHash<int, int> repeatedParagraphs(const BudgetDocument &doc)
{
    const QList<Paragraph> paras = paragraphsOf(doc);
    const QList<int> repeats = repeatsOf(paras);
    QHash<int, int> out;
    for (int i = 0; i < paras.size(); ++i)
        if (repeats[i] >= 0)
            out.insert(paras[i].line, paras[repeats[i]].line);
    return out;
}

void checkChanges(const ValidationContext &ctx, QList<Finding> &out)
{
    const QList<Paragraph> paras = paragraphsOf(ctx.doc);
    repeatedText(paras, out);
    formerClassNames(ctx, paras, out);
    oppositeDirections(ctx, paras, out);
    reasonsGiven(ctx, out);
    for (const NarrativeSection &sec : ctx.doc.schedules.narrative) {
        const QStringList paras = sec.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i) {
            const Place place{sec.heading, sec.paragraphLines.value(i, sec.sourceLine)};
            for (const QString &sentence : SentenceReader::sentences(paras[i])) {
                rateFollows(sentence, place, out);
                increaseToZero(sentence, place, out);
                bothWays(sentence, place, out);
            }
            // The paragraph ends a part when a numbered heading or the section's end follows.
            static const QRegularExpression numbered(
                QStringLiteral("^\\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、．.](?!\\d))"));
            textSlips(paras[i], i + 1 == paras.size() || numbered.match(paras[i + 1]).hasMatch(), place, out);
            itemAmountOnce(paras[i], place, out);
        }
        procurementShares(QString(sec.text).replace(QLatin1Char('\n'), QLatin1Char(' ')), Place{sec.heading, sec.sourceLine}, out);
    }
    // Last year's figures recovered from a stated change ("X万元，比上年增加Y万元": X − Y) that
    // come out below zero, unless the sentence was already reported.
    for (const PriorFigure &prior : ctx.doc.schedules.prior) {
        if (prior.amount.fen() >= 0)
            continue;
        const bool reported = std::any_of(out.begin(), out.end(), [&](const Finding &f) {
            return f.rule == QLatin1String("D.change-impossible") && f.line == prior.sourceLine;
        });
        if (reported)
            continue;
        Finding f = changeFinding("D.change-impossible", Place{QString(), prior.sourceLine}, prior.evidence);
        f.derived = prior.amount;
        f.message = QCoreApplication::translate("bd::Validator", "Line %1: “%2” makes last year's figure %3 万元, below zero")
                        .arg(prior.sourceLine)
                        .arg(prior.evidence.left(120), prior.amount.format(Unit::WanYuan));
        out.append(f);
    }
}

} // namespace bd
