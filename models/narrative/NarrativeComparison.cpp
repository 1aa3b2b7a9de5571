#include "NarrativeComparison.h"

#include "SentenceReader.h"

#include <QRegularExpression>
#include <QSet>

namespace bd {

namespace {

// Text as compared for finding: no spaces (the PDF breaks lines anywhere), no quotes, one
// kind of bracket and colon (templates mix full- and half-width: "（款)").
QString normalized(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'“' || c == u'”' || c == u'"' || c == u'‘' || c == u'’')
            continue;
        if (c == u'(')
            out += u'（';
        else if (c == u')')
            out += u'）';
        else if (c == u':')
            out += u'：';
        else
            out += c;
    }
    return out;
}

// A paragraph without its list marker: "- 1、", "1. ", "（一）", "一、".
QString withoutListMarker(const QString &normalizedText)
{
    static const QRegularExpression marker(
        QStringLiteral("^(?:[-–•·*])?(?:\\d+[、.．]|（[一二三四五六七八九十\\d]+）|[一二三四五六七八九十]+、)?"));
    const QRegularExpressionMatch m = marker.match(normalizedText);
    return normalizedText.mid(m.capturedLength());
}

// The items of a paragraph that holds a whole list: the importer joins list lines that no
// blank line separates ("- 1、一般公共服务支出（类）…。- 2、社会保障和就业支出（类）…").
QStringList listItems(const QString &paragraph)
{
    static const QRegularExpression boundary(
        QStringLiteral("(?<=[。；;])\\s*(?=[-–•·*]?\\s*(?:\\d+\\s*[、．]|\\d+\\.(?!\\d)|[（(][一二三四五六七八九十\\d]+[）)]))"));
    QStringList items;
    for (const QString &item : paragraph.split(boundary, Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

} // namespace

QList<NumberToken> NarrativeComparison::numbers(const QString &text)
{
    // An amount is a number before 万元 or 元 (years, list numbers and codes are not); a
    // percentage ends in %. Percentages compare like 元 amounts: two decimals are hundredths.
    QList<NumberToken> out;
    for (const SentenceMention &m : SentenceReader::read(text)) {
        if (m.kind == SentenceMention::Flat)
            continue;
        NumberToken t;
        t.percent = m.isPercent();
        t.text = t.percent ? m.number + QLatin1Char('%') : m.number;
        t.position = m.numberPos;
        t.length = m.numberLength;
        const AmountParse a = parseAmount(m.number, t.percent ? Unit::Yuan : m.unit);
        t.valid = a.ok();
        t.value = a.ok() ? a.amount.fen() : 0;
        out.append(t);
    }
    return out;
}

bool NarrativeComparison::findParagraph(const GeneratedSentence &sentence, const QList<NarrativeSection> &narrative,
                                        QString *paragraph, int *line)
{
    // The sections: those of the first heading fragment any section has, 说明 sections first.
    QList<const NarrativeSection *> sections;
    for (const QString &fragment : sentence.section.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QString f = normalized(fragment);
        for (int pass = 0; pass < 2; ++pass)
            for (const NarrativeSection &s : narrative)
                if ((s.part == QLatin1String("explanation")) == (pass == 0) && normalized(s.heading).contains(f))
                    sections.append(&s);
        if (!sections.isEmpty())
            break;
    }
    // The anchor, and for a 项 named under its 款 the 项 alone (a 款 named differently).
    QStringList anchors{normalized(sentence.anchor)};
    const int kuan = anchors.first().lastIndexOf(QStringLiteral("（款）"));
    if (kuan >= 0 && kuan + 3 < anchors.first().size())
        anchors.append(anchors.first().mid(kuan + 3));
    for (const QString &anchor : anchors) {
        if (anchor.isEmpty())
            continue;
        for (int pass = 0; pass < 2; ++pass) { // starting with the anchor, then containing it
            for (const NarrativeSection *s : sections) {
                const QStringList paras = s->text.split(QLatin1Char('\n'));
                int index = 0;
                for (const QString &p : paras) {
                    if (p.trimmed().isEmpty())
                        continue;
                    for (const QString &item : listItems(p.trimmed())) {
                        const QString n = normalized(item);
                        const bool hit = pass == 0 ? withoutListMarker(n).startsWith(anchor) : n.contains(anchor);
                        if (hit) {
                            if (paragraph)
                                *paragraph = item;
                            if (line)
                                *line = s->paragraphLines.value(index, s->sourceLine);
                            return true;
                        }
                    }
                    ++index;
                }
            }
        }
    }
    return false;
}

QList<ComparedSentence> NarrativeComparison::compare(const QList<GeneratedSentence> &sentences,
                                                     const QList<NarrativeSection> &narrative)
{
    QList<ComparedSentence> out;
    out.reserve(sentences.size());
    for (const GeneratedSentence &g : sentences) {
        ComparedSentence c;
        c.generated = g;
        if (findParagraph(g, narrative, &c.published, &c.publishedLine)) {
            const QList<NumberToken> gen = numbers(g.text);
            const QList<NumberToken> pub = numbers(c.published);
            auto missing = [](const QList<NumberToken> &from, const QList<NumberToken> &in, bool zerosAgree) {
                QStringList list;
                for (const NumberToken &t : from) {
                    if (zerosAgree && t.valid && t.value == 0)
                        continue;
                    bool present = false;
                    for (const NumberToken &o : in)
                        present = present || t.sameNumber(o);
                    if (!present && !list.contains(t.text))
                        list.append(t.text);
                }
                return list;
            };
            // "与上年预算持平" says what "增加 0.00 万元，增长 0.00%" says.
            const bool flat = g.text.contains(QStringLiteral("持平"));
            c.onlyGenerated = missing(gen, pub, false);
            c.onlyPublished = missing(pub, gen, flat);
            c.differs = !c.onlyGenerated.isEmpty() || !c.onlyPublished.isEmpty();
        }
        out.append(c);
    }
    return out;
}

QList<ComparedSentence> NarrativeComparison::compare(const BudgetDocument &doc)
{
    return compare(NarrativeGenerator::generate(doc), doc.schedules.narrative);
}

} // namespace bd
