// D rules on the narrative's own text, which need no table:
//  - the changes a sentence states between two figures it states itself ("2022年当年预算执行数为
//    11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%"): the rate follows from the
//    figures, nothing increases to zero or changes and stays 持平 at once, and each change gives
//    its reason;
//  - an item that states its amount twice; the 政府采购 shares reserved for 中小企业 and 小微企业;
//  - slips of the pen: words written twice, unfinished text.

#include "ValidationContext.h"

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
    static const QRegularExpression change(QStringLiteral("(增加|减少|增长|下降)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]"));
    const auto cm = current.match(sentence), rm = change.match(sentence);
    if (!cm.hasMatch() || !rm.hasMatch())
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
    const bool up = rm.captured(1) == QStringLiteral("增加") || rm.captured(1) == QStringLiteral("增长");
    const double stated = rm.captured(2).toDouble();
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
    f.statedText = rm.captured(2) + QStringLiteral("%");
    f.recomputedText = QString::number(std::abs(recomputed), 'f', 2) + QStringLiteral("%");
    f.message = QCoreApplication::translate("bd::Validator",
                                            "Narrative (%1), line %2: “%3” states %4 %5 from %6 to %7 万元, which is %8 %9")
                    .arg(p.heading)
                    .arg(p.line)
                    .arg(sentence.left(120), rm.captured(1), f.statedText, pm.captured(QStringLiteral("amount")),
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
    static const QRegularExpression re(QStringLiteral(
        "([\\d,]+(?:\\.\\d+)?)\\s*万元[，,]?\\s*(?:比|较)[^，,。；;]{0,24}?增加\\s*([\\d,]+(?:\\.\\d+)?)\\s*万元"));
    auto it = re.globalMatch(sentence);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto now = wan(m.captured(1)), delta = wan(m.captured(2));
        if (!now || !delta || !now->isZero() || delta->fen() <= 0)
            continue;
        Finding f = changeFinding("D.change-impossible", p, sentence);
        f.published = *now;
        f.message = QCoreApplication::translate("bd::Validator",
                                                "Narrative (%1), line %2: “%3” says a figure of 0 万元 increased by %4 万元: "
                                                "last year's would have been −%4 万元")
                        .arg(p.heading)
                        .arg(p.line)
                        .arg(m.captured(0), m.captured(2));
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
    f.message = QCoreApplication::translate("bd::Validator", "Narrative (%1), line %2: “%3” says “%4”: a change and no change at once")
                    .arg(p.heading)
                    .arg(p.line)
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
    f.message = QCoreApplication::translate("bd::Validator", "Narrative (%1), line %2: the item states %3 万元 (“…%4”) and then %5 万元 (“%6”)")
                    .arg(p.heading)
                    .arg(p.line)
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
        f.message = QCoreApplication::translate("bd::Validator", "Narrative (%1), line %2: %3 (%4 万元) is more than %5 (%6 万元)")
                        .arg(p.heading)
                        .arg(p.line)
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
// do not pair up. One finding of each per paragraph, quoting the place.
void textSlips(const QString &paragraph, const Place &p, QList<Finding> &out)
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
        f.message = QCoreApplication::translate("bd::Validator", "Narrative (%1), line %2: %3: “…%4…”")
                        .arg(p.heading)
                        .arg(p.line)
                        .arg(what, paragraph.mid(std::max<qsizetype>(0, at - 12), length + 24));
        out.append(f);
    };
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
    static const QRegularExpression change(QStringLiteral("(增加|减少|增长|下降)\\s*([\\d,]+(?:\\.\\d+)?)\\s*(万元|[%％])"));
    static const QRegularExpression reason(QStringLiteral("原因|由于|因为"));
    for (const NarrativeSection &sec : ctx.doc.schedules.narrative) {
        if (!explained.match(sec.heading).hasMatch())
            continue;
        QList<QPair<QString, int>> sentences; // with the line of their paragraph
        const QStringList paras = sec.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i)
            for (const QString &sentence : paras[i].split(QStringLiteral("。"), Qt::SkipEmptyParts))
                sentences.append({sentence, sec.paragraphLines.value(i, sec.sourceLine)});
        for (int k = 0; k < sentences.size(); ++k) {
            const auto m = change.match(sentences[k].first);
            if (!m.hasMatch() || QString(m.captured(2)).remove(QLatin1Char(',')).toDouble() == 0)
                continue;
            bool given = false;
            for (int j = k; j < std::min<qsizetype>(k + 4, sentences.size()) && !given; ++j)
                given = reason.match(sentences[j].first).hasMatch();
            if (given)
                continue;
            Finding f = changeFinding("D.change-reason", Place{sec.heading, sentences[k].second}, sentences[k].first);
            f.severity = Severity::Warning;
            f.statedText = m.captured();
            f.message = QCoreApplication::translate("bd::Validator", "Narrative (%1), line %2: “%3” states %4 but gives no reason (主要原因是…)")
                            .arg(sec.heading)
                            .arg(sentences[k].second)
                            .arg(sentences[k].first.left(120), m.captured());
            out.append(f);
        }
    }
}

void checkChanges(const ValidationContext &ctx, QList<Finding> &out)
{
    reasonsGiven(ctx, out);
    for (const NarrativeSection &sec : ctx.doc.schedules.narrative) {
        const QStringList paras = sec.text.split(QLatin1Char('\n'));
        for (int i = 0; i < paras.size(); ++i) {
            const Place place{sec.heading, sec.paragraphLines.value(i, sec.sourceLine)};
            for (const QString &sentence : paras[i].split(QStringLiteral("。"), Qt::SkipEmptyParts)) {
                rateFollows(sentence, place, out);
                increaseToZero(sentence, place, out);
                bothWays(sentence, place, out);
            }
            textSlips(paras[i], place, out);
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
