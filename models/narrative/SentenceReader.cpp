#include "SentenceReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace bd {

namespace {

int decimalsOf(const QString &number)
{
    const int dot = int(number.indexOf(QLatin1Char('.')));
    return dot < 0 ? 0 : int(number.size()) - dot - 1;
}

// What the comparison of a clause is against: the words after its last 比/较/与/同.
SentenceMention::Base baseOf(const QString &text, int pos)
{
    static const QString clauseStops = QStringLiteral("，。；;,");
    int from = pos;
    while (from > 0 && !clauseStops.contains(text.at(from - 1)))
        --from;
    static const QRegularExpression comparison(QStringLiteral("(?:比|较|与|同)([^比较与同]*)$"));
    const auto m = comparison.match(text.mid(from, pos - from));
    if (!m.hasMatch())
        return SentenceMention::Base::None;
    static const QRegularExpression lastYear(QStringLiteral("上年|上一年|去年|\\d{4}\\s*年"));
    const QString against = m.captured(1);
    if (against.contains(QStringLiteral("执行")))
        return SentenceMention::Base::LastYearExecution;
    if (against.contains(QStringLiteral("预算")))
        return SentenceMention::Base::LastYearBudget;
    if (lastYear.match(against).hasMatch())
        return SentenceMention::Base::LastYear;
    return SentenceMention::Base::None;
}

} // namespace

QList<SentenceMention> SentenceReader::read(const QString &text)
{
    // A number before 万元/元 or a % sign; years, list numbers and codes are none.
    static const QRegularExpression number(QStringLiteral(
        "(?<![\\d.,])(?<num>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?:(?<pct>\\s*[%％])|\\s*(?<unit>万\\s*元|元))"));
    static const QRegularExpression direction(QStringLiteral("(增加|减少|增长|下降)\\s*$"));
    static const QRegularExpression share(QStringLiteral("占[^，。；,;%％\\d]{0,12}?\\s*$"));
    static const QRegularExpression flat(QStringLiteral("(?<!基本)持平"));

    QList<SentenceMention> out;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        SentenceMention s;
        s.number = m.captured(QStringLiteral("num"));
        s.numberPos = int(m.capturedStart(QStringLiteral("num")));
        s.pos = s.numberPos;
        s.end = int(m.capturedEnd());
        s.decimals = decimalsOf(s.number);
        const bool percent = m.hasCaptured(QStringLiteral("pct"));
        s.numberLength = percent ? s.end - s.numberPos : int(m.capturedLength(QStringLiteral("num")));
        const int lookBack = std::max(0, s.numberPos - 24);
        const QString before = text.mid(lookBack, s.numberPos - lookBack);
        const auto dir = direction.match(before);
        if (dir.hasMatch()) {
            s.pos = lookBack + int(dir.capturedStart());
            s.down = dir.captured(1) == QStringLiteral("减少") || dir.captured(1) == QStringLiteral("下降");
        }
        if (percent) {
            s.value = percentHundredths(s.number, &s.decimals);
            if (dir.hasMatch()) {
                s.kind = SentenceMention::Rate;
            } else if (const auto sm = share.match(before); sm.hasMatch()) {
                s.kind = SentenceMention::Share;
                s.pos = lookBack + int(sm.capturedStart());
            } else {
                s.kind = SentenceMention::Percent;
            }
        } else {
            s.unit = m.captured(QStringLiteral("unit")).startsWith(QChar(0x4E07)) ? Unit::WanYuan : Unit::Yuan; // 万
            const AmountParse a = parseAmount(s.number, s.unit);
            s.valid = a.ok();
            s.value = a.ok() ? a.amount.fen() : 0;
            s.kind = dir.hasMatch() ? SentenceMention::Change : SentenceMention::Amount;
        }
        out.append(s);
    }
    for (auto it = flat.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        SentenceMention s;
        s.kind = SentenceMention::Flat;
        s.pos = s.numberPos = int(m.capturedStart());
        s.end = int(m.capturedEnd());
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const SentenceMention &a, const SentenceMention &b) { return a.pos < b.pos; });
    // What each change is against; a rate that names nothing is against what the change before
    // it in its sentence is ("比上年预算增加2.15万元，增长0.48%").
    SentenceMention::Base previous = SentenceMention::Base::None;
    int previousEnd = 0;
    for (SentenceMention &s : out) {
        if (s.kind != SentenceMention::Change && s.kind != SentenceMention::Rate && s.kind != SentenceMention::Flat)
            continue;
        s.base = baseOf(text, s.pos);
        if (s.base == SentenceMention::Base::None && s.kind == SentenceMention::Rate
            && !text.mid(previousEnd, s.pos - previousEnd).contains(QStringLiteral("。")))
            s.base = previous;
        previous = s.base;
        previousEnd = s.end;
    }
    return out;
}

QList<SentenceReader::ClassPath> SentenceReader::classPaths(const QString &text)
{
    const QString folded = foldBrackets(text);
    static const QString classMark = QStringLiteral("（类）"), itemMark = QStringLiteral("（款）"), subMark = QStringLiteral("（项）");
    static const QString stops = QStringLiteral("，。；;、：:“”\"‘’ \t\n,");
    QList<ClassPath> out;
    int from = 0;
    while (true) {
        const int c = int(folded.indexOf(classMark, from));
        if (c < 0)
            break;
        ClassPath p;
        int s = c;
        while (s > 0 && !stops.contains(folded.at(s - 1)) && !folded.at(s - 1).isDigit() && folded.at(s - 1) != QLatin1Char('.')
               && folded.at(s - 1) != QChar(0xFF09))
            --s;
        p.start = s;
        p.names.append(folded.mid(s, c - s).trimmed());
        int end = c + int(classMark.size());
        // 款 and 项 follow directly: their names may hold brackets of their own ("（室）"), and a
        // PDF may have broken the line inside them.
        for (const QString &mark : {itemMark, subMark}) {
            const int m = int(folded.indexOf(mark, end));
            if (m < 0)
                break;
            QString name = folded.mid(end, m - end);
            name.remove(QLatin1Char('\n'));
            bool clean = !name.isEmpty();
            for (QChar ch : name)
                clean = clean && !stops.contains(ch);
            if (!clean || name.contains(classMark) || name.contains(itemMark))
                break;
            p.names.append(name);
            end = m + int(mark.size());
        }
        p.end = end;
        out.append(p);
        from = end;
    }
    return out;
}

QStringList SentenceReader::sentences(const QString &paragraph)
{
    return paragraph.split(QStringLiteral("。"), Qt::SkipEmptyParts);
}

bool SentenceReader::givesReason(const QString &text)
{
    static const QRegularExpression reason(QStringLiteral("原因|由于|因为"));
    return reason.match(text).hasMatch();
}

qint64 SentenceReader::percentHundredths(const QString &number, int *decimals)
{
    const int dot = int(number.indexOf(QLatin1Char('.')));
    *decimals = dot < 0 ? 0 : int(number.size()) - dot - 1;
    QString digits = number;
    digits.remove(QLatin1Char('.'));
    qint64 v = digits.toLongLong();
    for (int d = *decimals; d < 2; ++d)
        v *= 10;
    for (int d = *decimals; d > 2; --d)
        v /= 10;
    return v;
}

QString SentenceReader::foldBrackets(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('('))
            c = QChar(0xFF08);
        else if (c == QLatin1Char(')'))
            c = QChar(0xFF09);
    }
    return text;
}

} // namespace bd
