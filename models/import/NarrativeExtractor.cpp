#include "NarrativeExtractor.h"

#include "codes/CodeCatalogue.h"
#include "templates/Measure.h"
#include "text/TextWidth.h"

#include "narrative/SentenceReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace bd {

namespace {

struct Paragraph
{
    QString heading;
    QString text;
    int line = 0;
};

bool endsSentence(const QString &s)
{
    static const QString enders = QStringLiteral("。；;：:！？!?”）)%");
    return !s.isEmpty() && enders.contains(s.back());
}

bool startsListItem(const QString &s)
{
    static const QRegularExpression marker(
        QStringLiteral("^([-•]\\s|[（(]?[一二三四五六七八九十]+[、)）]|[（(]?\\d{1,2}[、.．)）](?!\\d)|第[一二三四五六七八九十]+部分)"));
    return marker.match(s).hasMatch();
}

QString stripTags(QString s)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    s.remove(tag);
    return s.trimmed();
}

} // namespace

QStringList NarrativeExtractor::paragraphs(const QList<SourceLine> &lines, bool tabLayout, QList<int> *firstLines)
{
    QStringList out;
    QList<int> starts;
    bool blankBefore = true;
    // Page numbers a PDF prints at the foot of its pages.
    static const QRegularExpression pageNumber(QStringLiteral("^(第\\s*\\d+\\s*页(\\s*/\\s*共\\s*\\d+\\s*页)?|[-—]\\s*\\d+\\s*[-—])$"));
    // How wide a line of the page is: a line as wide as the widest was broken by the page, not
    // by its writer, whatever punctuation it ends with ("……缴费支出（项）：" / "2026 年预算数为……").
    int widest = 0;
    for (const SourceLine &l : lines)
        widest = std::max(widest, textColumns(l.text.trimmed()) + int(l.text.size() - l.text.trimmed().size()));
    // A double-spaced page (a final account's) puts a blank line under nearly every line. Its
    // paragraphs start indented, and the lines that go on from a line above stand flush left
    // after a blank: text that shows both is double-spaced (a text of one-line paragraphs, each
    // after a blank, is not).
    static const QString stopMarks = QStringLiteral("。！？!?");
    int textLines = 0, followedByBlank = 0, indentedStarts = 0, flushAfterBlank = 0;
    QString lastText;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].text.trimmed();
        if (trimmed.isEmpty() || (!tabLayout && pageNumber.match(trimmed).hasMatch()))
            continue;
        ++textLines;
        const bool blankAbove = i > 0 && lines[i - 1].text.trimmed().isEmpty();
        const bool blankBelow = i + 1 < lines.size() && lines[i + 1].text.trimmed().isEmpty();
        followedByBlank += blankBelow ? 1 : 0;
        const qsizetype indent = lines[i].text.indexOf(trimmed.front());
        indentedStarts += indent >= 2 ? 1 : 0;
        flushAfterBlank += indent < 2 && blankAbove && !lastText.isEmpty() && !stopMarks.contains(lastText.back()) ? 1 : 0;
        lastText = trimmed;
    }
    const bool doubleSpaced = textLines >= 4 && followedByBlank * 10 >= textLines * 7 && indentedStarts > 0 && flushAfterBlank > 0;
    bool previousFull = false, previousNearlyFull = false;
    for (const SourceLine &l : lines) {
        const QString trimmed = l.text.trimmed();
        if (!tabLayout && pageNumber.match(trimmed).hasMatch())
            continue;
        if (trimmed.isEmpty()) {
            blankBefore = true;
            continue;
        }
        bool join = false;
        if (!out.isEmpty()) {
            const QString &prev = out.last();
            if (tabLayout) {
                // Paragraphs are separated by blank lines; a sentence the PDF broke across a
                // blank line ("比上年预算减" / "少 0.51 万元") is mended.
                join = !blankBefore
                       || (prev.size() >= 40 && !endsSentence(prev) && !startsListItem(trimmed));
            } else {
                // pdftotext -layout: a new paragraph is indented; other lines continue it. On a
                // double-spaced page a line goes on past the blank under it, unless it ends a
                // sentence: new paragraphs are indented there too. So does a line the page
                // broke: nearly as wide as the page (a line may not end before a closing mark,
                // so it stops a few columns short), its sentence unfinished, the next flush left.
                const int indent = int(l.text.indexOf(trimmed.front()));
                static const QString stops = QStringLiteral("。！？!?");
                // No line of Chinese text starts with a closing mark ("、“事业收入”" set on a line
                // of its own), nor with the unit of a figure ("货物采购金额 122.43" / "万元、…"):
                // it goes on from the line above, wherever it stands.
                static const QString closing = QStringLiteral("、，。；：！？”’）》,;:)");
                static const QRegularExpression unitFirst(QStringLiteral("^万?元(?!旦)"));
                const bool brokenByPage = previousFull && !stops.contains(prev.back());
                join = closing.contains(trimmed.front()) || (prev.back().isDigit() && unitFirst.match(trimmed).hasMatch())
                       || (indent < 2 && !startsListItem(trimmed)
                           && (blankBefore ? (doubleSpaced && !stops.contains(prev.back())) || (previousNearlyFull && !endsSentence(prev))
                                           : (!endsSentence(prev) || brokenByPage)));
            }
        }
        if (join) {
            out.last() = joinWrapped(out.last(), trimmed);
        } else {
            out.append(trimmed);
            starts.append(l.number);
        }
        blankBefore = false;
        previousFull = widest >= 40 && textColumns(l.text) >= widest - 4;
        // Only on a page of full lines (pdftotext's ~120 columns): a short form's widest line
        // says nothing of the page.
        previousNearlyFull = widest >= 100 && textColumns(l.text) >= widest - 8;
    }
    if (firstLines)
        *firstLines = starts;
    return out;
}

NarrativeExtractor::NarrativeExtractor(const TemplateDescription &tpl, const QList<SourceLine> &lines, int bodyStart,
                                       const QList<QPair<int, int>> &tableRanges, bool tabLayout)
    : m_tpl(tpl)
    , m_lines(lines)
    , m_bodyStart(bodyStart)
    , m_tabLayout(tabLayout)
    , m_tableRanges(tableRanges)
{
}

bool NarrativeExtractor::inTable(int index) const
{
    for (const auto &[first, last] : m_tableRanges)
        if (index >= first && index <= last)
            return true;
    return false;
}

void NarrativeExtractor::extract(BudgetDocument &doc, QList<Finding> &findings) const
{
    extractSections(doc);
    extractStaffing(doc);
    extractFigures(doc);
    extractTargets(doc);
    extractPrior(doc, findings);
    extractExecution(doc);
}

void NarrativeExtractor::extractSections(BudgetDocument &doc) const
{
    struct Start { int index; const SectionSpec *spec; };
    QList<Start> starts;
    for (const SectionSpec &spec : m_tpl.sections) {
        QList<int> found;
        for (int i = m_bodyStart; i < m_lines.size(); ++i)
            if (!inTable(i) && spec.start.match(m_lines[i].text.trimmed()).hasMatch())
                found.append(i);
        if (found.isEmpty())
            continue;
        if (spec.repeat) {
            for (int i : found)
                starts.append({i, &spec});
        } else {
            starts.append({found.last(), &spec}); // the table of contents names it first
        }
    }
    std::sort(starts.begin(), starts.end(), [](const Start &a, const Start &b) { return a.index < b.index; });
    static const QRegularExpression partHeading(QStringLiteral("^第[一二三四五六七八九十]+部分"));
    static const QRegularExpression tableNumber(QStringLiteral("^表\\s*\\d+$"));

    for (int k = 0; k < starts.size(); ++k) {
        const int from = starts[k].index;
        const int limit = k + 1 < starts.size() ? starts[k + 1].index : int(m_lines.size());
        const SectionSpec &spec = *starts[k].spec;
        // Collect the section's lines, stopping at a table or the next 第…部分.
        struct Sub { QString heading; int line; QList<SourceLine> body; };
        // A heading as long as the page is wide wrapped in the PDF: the short line right under it
        // ends it ("十、关于……“三公”经费预" / "算情况说明").
        auto headingAt = [&](int &i) {
            QString heading = m_lines[i].text.trimmed();
            if (!m_tabLayout && heading.size() >= 25 && i + 1 < limit && !inTable(i + 1)
                && m_lines[i + 1].number == m_lines[i].number + 1) {
                const QString next = m_lines[i + 1].text.trimmed();
                if (!next.isEmpty() && next.size() <= 20 && !endsSentence(next) && !startsListItem(next)) {
                    heading += next;
                    ++i;
                }
            }
            return heading;
        };
        int first = from;
        QList<Sub> subs{{headingAt(first), m_lines[from].number, {}}};
        for (int i = first + 1; i < limit; ++i) {
            if (inTable(i))
                break;
            const QString trimmed = m_lines[i].text.trimmed();
            if (partHeading.match(trimmed).hasMatch() || tableNumber.match(trimmed).hasMatch()
                || startsTarget(trimmed) || trimmed == chartsHeading())
                break;
            bool skip = false;
            for (const QRegularExpression &re : m_tpl.skipInText)
                skip = skip || re.match(m_lines[i].text).hasMatch();
            if (skip)
                continue;
            if (!spec.split.pattern().isEmpty() && spec.split.match(trimmed).hasMatch()) {
                const int line = m_lines[i].number;
                subs.append({headingAt(i), line, {}});
                continue;
            }
            subs.last().body.append(m_lines[i]);
        }
        for (int k2 = 0; k2 < subs.size(); ++k2) {
            QList<int> firstLines;
            const QStringList paras = paragraphs(subs[k2].body, m_tabLayout, &firstLines);
            if (paras.isEmpty() && k2 == 0 && subs.size() > 1)
                continue; // a part heading directly followed by its first section
            doc.schedules.narrative.append(
                NarrativeSection{spec.part, subs[k2].heading, paras.join(QLatin1Char('\n')), subs[k2].line, firstLines});
        }
    }
}

// Paragraphs of the narrative with the heading of the section they sit in.
static QList<Paragraph> narrativeParagraphs(const BudgetDocument &doc)
{
    QList<Paragraph> out;
    for (const NarrativeSection &s : doc.schedules.narrative) {
        const QStringList paras = s.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < paras.size(); ++i)
            out.append(Paragraph{s.heading, paras[i], s.paragraphLines.value(i, s.sourceLine)});
    }
    return out;
}

void NarrativeExtractor::extractStaffing(BudgetDocument &doc) const
{
    const QList<Paragraph> paras = narrativeParagraphs(doc);
    auto find = [&](const QString &key) -> std::optional<int> {
        const auto it = m_tpl.staffing.find(key);
        if (it == m_tpl.staffing.end())
            return std::nullopt;
        for (const Paragraph &p : paras) {
            const auto m = it->match(p.text);
            if (m.hasMatch())
                return m.captured(1).toInt();
        }
        return std::nullopt;
    };
    doc.schedules.staffing.quota = find(QStringLiteral("quota"));
    doc.schedules.staffing.actual = find(QStringLiteral("actual"));
    doc.schedules.staffing.inService = find(QStringLiteral("inService"));
    doc.schedules.staffing.retired = find(QStringLiteral("retired"));
    doc.schedules.staffing.retiredCadre = find(QStringLiteral("retiredCadre"));
}

void NarrativeExtractor::extractFigures(BudgetDocument &doc) const
{
    const QList<Paragraph> paras = narrativeParagraphs(doc);
    for (const PatternSpec &spec : m_tpl.figures) {
        if (doc.schedules.figure(spec.key))
            continue; // a table already states it (Putuo's 机关运行经费)
        for (const Paragraph &p : paras) {
            const auto m = spec.pattern.match(p.text);
            if (!m.hasMatch())
                continue;
            Figure f;
            f.key = spec.key;
            f.label = spec.label;
            f.sourceLine = p.line;
            if (m.lastCapturedIndex() >= 0 && !m.captured(QStringLiteral("amount")).isNull()) {
                const AmountParse a = parseAmount(m.captured(QStringLiteral("amount")), Unit::WanYuan);
                if (a.ok())
                    f.amount = a.amount;
            }
            const QString qty = m.captured(QStringLiteral("quantity"));
            if (!qty.isNull()) {
                f.quantityUnit = m.captured(QStringLiteral("qunit"));
                // Areas keep two decimals (0.01 m²); counts are whole.
                if (f.quantityUnit == QStringLiteral("平方米")) {
                    const AmountParse a = parseAmount(qty, Unit::Yuan);
                    if (a.ok())
                        f.quantity = a.amount.fen();
                } else {
                    f.quantity = qty.toLongLong();
                }
            }
            doc.schedules.figures.append(f);
            break;
        }
    }
}

namespace {

// The 功能分类 code a statement's "…（类）…（款）…（项）" names: by the names the document's
// tables print, then, where a name is misprinted ("其他国土资源事务支出" for 2200199 其他自然资源
// 事务支出), by the 一般公共预算 决算 it states among the 项 under the named 类 (and 款, when
// that is known). The names are gathered once per document.
class ItemCodes
{
public:
    explicit ItemCodes(const BudgetDocument &doc)
        : m_doc(doc)
        , m_catalogue(CodeCatalogue::forYear(doc.year))
    {
        for (const DisclosureTable &t : doc.published) {
            const int name = t.columnIndex(QStringLiteral("name"));
            for (const TableRow &r : t.rows)
                if (name >= 0 && !r.key.isEmpty() && r.key.front().isDigit() && !m_nameOf.contains(r.key))
                    m_nameOf.insert(r.key, r.cells.value(name).text);
        }
        for (const FunctionalLine &l : doc.schedules.functional)
            if (!m_nameOf.contains(l.code))
                m_nameOf.insert(l.code, l.name);
        for (auto it = m_nameOf.cbegin(); it != m_nameOf.cend(); ++it)
            if (it.key().size() == 7)
                m_items.append(it.key());
    }

    QString code(const QStringList &names, Amount actual) const
    {
        for (const QString &code : m_items)
            if (named(code.left(3), names.value(0)) && named(code.left(5), names.value(1)) && named(code, names.value(2)))
                return code;
        Measure gpb;
        gpb.hasSources = true;
        gpb.sources = fundSourceGroup(QStringLiteral("@gpb"));
        QStringList candidates, underKuan;
        for (const QString &code : m_items) {
            gpb.codePrefix = code;
            if (named(code.left(3), names.value(0)) && gpb.evaluate(m_doc.schedules) == actual)
                candidates.append(code);
        }
        for (const QString &code : std::as_const(candidates))
            if (named(code.left(5), names.value(1)))
                underKuan.append(code);
        if (underKuan.size() == 1)
            return underKuan.first();
        return candidates.size() == 1 ? candidates.first() : QString();
    }

private:
    bool named(const QString &code, const QString &name) const
    {
        const QString key = TemplateDescription::labelKey(name);
        return TemplateDescription::labelKey(m_nameOf.value(code)) == key
               || TemplateDescription::labelKey(m_catalogue.name(Classification::Functional, code)) == key;
    }

    const BudgetDocument &m_doc;
    const CodeCatalogue &m_catalogue;
    QMap<QString, QString> m_nameOf; // code → name as printed
    QStringList m_items;             // the 项
};

} // namespace

// A final account's statements of execution: for each, the subject before it (a 功能分类 项
// named by 类/款/项, or one of the family's subjects), the figures, and the reason that follows.
void NarrativeExtractor::extractExecution(BudgetDocument &doc) const
{
    const ExecutionSpec &spec = m_tpl.execution;
    if (spec.isEmpty())
        return;
    const ItemCodes itemCodes(doc);
    // A section at a time: the PDF may set a statement's subject apart from its figures.
    for (const NarrativeSection &section : doc.schedules.narrative) {
        const QString &text = section.text;
        auto lineAt = [&](qsizetype pos) {
            const int paragraph = int(text.left(pos).count(QLatin1Char('\n')));
            return section.paragraphLines.value(paragraph, section.sourceLine);
        };
        int from = 0;
        for (auto it = spec.statement.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            ExecutionLine l;
            auto amount = [&](const QString &group) -> std::optional<Amount> {
                const AmountParse a = parseAmount(m.captured(group), Unit::WanYuan);
                return a.ok() ? std::optional<Amount>(a.amount) : std::nullopt;
            };
            l.budgeted = amount(QStringLiteral("budgeted"));
            l.adjusted = amount(QStringLiteral("adjusted"));
            const auto actual = amount(QStringLiteral("actual"));
            if (!actual || (!l.budgeted && !l.adjusted))
                continue; // "公务接待费支出决算为 0.39 万元": an amount, no execution
            l.actual = *actual;
            const QString base = m.captured(QStringLiteral("base"));
            l.rateBase = base == QStringLiteral("年初") ? QStringLiteral("initial") : base == QStringLiteral("全年") ? QStringLiteral("adjusted") : QString();
            // The rate in hundredths of a percent, read as printed ("95.45" → 9545, "92" → 9200).
            QString rate = m.captured(QStringLiteral("rate"));
            const bool negative = rate.startsWith(QLatin1Char('-'));
            const QStringList parts = rate.remove(QLatin1Char('-')).split(QLatin1Char('.'));
            bool wholeOk = false, fracOk = true;
            const qint64 whole = parts.value(0).toLongLong(&wholeOk);
            const QString frac = parts.value(1);
            const qint64 hundredths = whole * 100 + (frac.isEmpty() ? 0 : QString(frac).leftJustified(2, QLatin1Char('0')).toLongLong(&fracOk));
            if (!rate.isEmpty() && wholeOk && fracOk && parts.size() <= 2 && frac.size() <= 2)
                l.statedRate = negative ? -hundredths : hundredths;
            const QString subject = text.mid(from, m.capturedStart() - from);
            // The last 类/款/项 named before the figures is the statement's subject.
            std::optional<SentenceReader::ClassPath> named;
            for (const SentenceReader::ClassPath &path : SentenceReader::classPaths(subject))
                if (path.names.size() == 3)
                    named = path;
            if (named) {
                QStringList names = named->names;
                for (QString &n : names)
                    n = n.trimmed();
                l.name = subject.mid(named->start, named->end - named->start).remove(QLatin1Char('\n')).trimmed();
                l.key = itemCodes.code(names, l.actual);
                if (l.key.isEmpty())
                    l.key = QStringLiteral("item:") + names.join(QLatin1Char('/'));
            } else {
                QString words = subject.trimmed();
                static const QRegularExpression lead(QStringLiteral("^.*[。；;：:\\n]"), QRegularExpression::DotMatchesEverythingOption);
                words.remove(lead);
                for (const auto &[key, pattern] : spec.subjects) {
                    if (pattern.match(words).hasMatch()) {
                        l.key = key;
                        l.name = words.trimmed();
                        break;
                    }
                }
                if (l.key.isEmpty())
                    continue; // a statement of something the family does not name
            }
            // The reason follows, before the next statement of a budget ("因公出国（境）费决算为
            // 0.00 万元" states none).
            qsizetype until = -1;
            for (auto n = spec.statement.globalMatch(text, m.capturedEnd()); n.hasNext() && until < 0;) {
                const auto nm = n.next();
                if (nm.hasCaptured(QStringLiteral("budgeted")) || nm.hasCaptured(QStringLiteral("adjusted")))
                    until = nm.capturedStart();
            }
            const QString after = text.mid(m.capturedEnd(), until < 0 ? -1 : until - m.capturedEnd());
            if (!spec.reason.pattern().isEmpty()) {
                const auto r = spec.reason.match(after);
                if (r.hasMatch())
                    l.reason = r.captured(QStringLiteral("reason")).trimmed();
            }
            l.evidence = m.captured(0);
            l.sourceLine = lineAt(m.capturedStart());
            doc.schedules.execution.append(l);
            from = int(m.capturedEnd());
        }
    }
}

void NarrativeExtractor::extractPrior(BudgetDocument &doc, QList<Finding> &findings) const
{
    const QList<Paragraph> paras = narrativeParagraphs(doc);
    const CodeCatalogue &catalogue = CodeCatalogue::forYear(doc.year);
    auto has = [&](const QString &key) { return doc.schedules.priorOf(key).has_value(); };
    for (const PatternSpec &spec : m_tpl.prior) {
        for (const Paragraph &p : paras) {
            if (!spec.section.isEmpty() && !p.heading.contains(spec.section))
                continue;
            auto it = spec.pattern.globalMatch(p.text);
            while (it.hasNext()) {
                const auto m = it.next();
                QString key = spec.key;
                if (key.contains(QStringLiteral("{code}"))) {
                    // 类/款/项 named in words: find the code, each level under the previous one.
                    QString code;
                    for (int level = 1; level <= 3; ++level) {
                        const QString name = m.captured(QStringLiteral("name%1").arg(level)).trimmed();
                        auto found = catalogue.codeForName(Classification::Functional, name, level, code);
                        if (!found) {
                            for (const FunctionalLine &l : doc.schedules.functional)
                                if (level == 3 && l.code.startsWith(code)
                                    && CodeCatalogue::normalizedName(l.name) == CodeCatalogue::normalizedName(name))
                                    found = l.code;
                        }
                        if (!found) {
                            code.clear();
                            break;
                        }
                        code = *found;
                    }
                    if (code.isEmpty()) {
                        Finding f;
                        f.severity = Severity::Warning;
                        f.rule = QStringLiteral("narrative.unknown_class");
                        f.line = p.line;
                        f.message = QCoreApplication::translate("bd::Importer", "The narrative names a 功能分类 that the catalogue does not know: \"%1\"")
                                        .arg(m.captured(0).left(80));
                        findings.append(f);
                        continue;
                    }
                    key.replace(QStringLiteral("{code}"), code);
                }
                if (has(key))
                    continue;
                std::optional<Amount> current;
                if (!m.captured(QStringLiteral("amount")).isNull()) {
                    const AmountParse a = parseAmount(m.captured(QStringLiteral("amount")), Unit::WanYuan);
                    if (a.ok())
                        current = a.amount;
                } else if (spec.current) {
                    current = spec.current->evaluate(doc.schedules);
                }
                if (!current)
                    continue;
                Amount prior = *current;
                if (m.captured(QStringLiteral("flat")).isEmpty()) {
                    const AmountParse delta = parseAmount(m.captured(QStringLiteral("delta")), Unit::WanYuan);
                    if (!delta.ok())
                        continue;
                    prior = m.captured(QStringLiteral("dir")) == QStringLiteral("增加") ? *current - delta.amount
                                                                                      : *current + delta.amount;
                }
                doc.schedules.prior.append(PriorFigure{key, prior, m.captured(0), p.line});
            }
        }
    }
    for (SanGongLine &l : doc.schedules.sanGong)
        if (const auto prior = doc.schedules.priorOf(QStringLiteral("sangong.") + l.key))
            l.prior = prior;
}

bool NarrativeExtractor::startsTarget(const QString &line) const
{
    return std::any_of(m_tpl.targets.cbegin(), m_tpl.targets.cend(),
                       [&line](const TargetSpec &t) { return t.start.match(line).hasMatch(); });
}

// A target table in the aligned layout as tab rows: cells are what stands apart by two spaces or
// more. A line of a few phrases, each under the start of a cell of the row above and none a
// weight, continues those cells: the PDF wrapped a long 年度绩效目标 or indicator name.
QList<SourceLine> NarrativeExtractor::alignedTargetRows(const QList<SourceLine> &lines)
{
    static const QRegularExpression cell(QStringLiteral("\\S+(?: \\S+)*"));
    static const QRegularExpression weight(QStringLiteral("^\\d{1,3}$"));
    QList<SourceLine> out;
    QList<QStringList> cells;     // of each row out
    QList<QList<int>> starts;     // where its cells start
    int lastLine = -1;            // the source line the last row ends on
    for (const SourceLine &l : lines) {
        QStringList texts;
        QList<int> at;
        for (auto it = cell.globalMatch(l.text); it.hasNext();) {
            const auto m = it.next();
            texts.append(m.captured());
            at.append(int(m.capturedStart()));
        }
        if (texts.isEmpty())
            continue;
        const bool adjacent = l.number == lastLine + 1;
        lastLine = l.number;
        if (!out.isEmpty() && adjacent && texts.size() * 2 <= cells.last().size()) {
            QList<int> target;
            for (int k = 0; k < texts.size(); ++k) {
                int c = -1;
                for (int j = 0; j < starts.last().size(); ++j)
                    if (std::abs(starts.last()[j] - at[k]) <= 2)
                        c = j;
                if (c < 0 || weight.match(texts[k]).hasMatch()) {
                    target.clear();
                    break;
                }
                target.append(c);
            }
            if (!target.isEmpty()) {
                for (int k = 0; k < texts.size(); ++k) {
                    QString &previous = cells.last()[target[k]];
                    previous = joinWrapped(previous, texts[k]);
                }
                out.last().text = cells.last().join(QLatin1Char('\t'));
                continue;
            }
        }
        out.append(SourceLine{l.number, texts.join(QLatin1Char('\t'))});
        cells.append(texts);
        starts.append(at);
    }
    return out;
}

void NarrativeExtractor::extractTargets(BudgetDocument &doc) const
{
    for (const TargetSpec &spec : m_tpl.targets) {
        int start = -1;
        for (int i = m_bodyStart; i < m_lines.size() && start < 0; ++i)
            if (spec.start.match(m_lines[i].text.trimmed()).hasMatch())
                start = i;
        if (start < 0)
            continue;
        static const QRegularExpression partHeading(QStringLiteral("^第[一二三四五六七八九十]+部分"));
        int end = int(m_lines.size());
        for (int i = start + 1; i < m_lines.size(); ++i)
            if (spec.end.match(m_lines[i].text.trimmed()).hasMatch() || partHeading.match(m_lines[i].text.trimmed()).hasMatch()) {
                end = i;
                break;
            }
        const QList<SourceLine> rows = m_tabLayout ? m_lines.mid(start + 1, end - start - 1)
                                                   : alignedTargetRows(m_lines.mid(start + 1, end - start - 1));
        PerformanceTarget t;
        t.kind = spec.kind;
        t.sourceLine = m_lines[start].number;
        QStringList header;
        QString level1, level2;
        auto fieldOf = [&](const QString &cell) -> QString {
            const QString key = TemplateDescription::labelKey(cell);
            for (auto it = spec.fields.cbegin(); it != spec.fields.cend(); ++it) {
                const QString label = TemplateDescription::labelKey(it.value());
                if (key == label || (label.size() >= 4 && key.startsWith(label)))
                    return it.key();
            }
            return {};
        };
        for (const SourceLine &row : rows) {
            QStringList cells = row.text.split(QLatin1Char('\t'));
            for (QString &c : cells)
                c = mendName(stripTags(c));
            if (cells.size() < 2)
                continue;
            if (cells.contains(QStringLiteral("一级指标"))) {
                header.clear();
                for (const QString &c : cells)
                    header.append(TemplateDescription::labelKey(c));
                continue;
            }
            if (header.isEmpty()) {
                for (int c = 0; c < cells.size(); ++c) {
                    const QString field = fieldOf(cells[c]);
                    if (field.isEmpty())
                        continue;
                    QString value;
                    for (int v = c + 1; v < cells.size() && value.isEmpty(); ++v)
                        value = cells[v];
                    if (field == QLatin1String("name")) t.name = value;
                    else if (field == QLatin1String("owner")) t.owner = value;
                    else if (field == QLatin1String("phone")) t.phone = value;
                    else if (field == QLatin1String("goal")) t.goal = value;
                    else {
                        const AmountParse a = parseAmount(value, Unit::WanYuan);
                        if (!a.ok())
                            continue;
                        if (field == QLatin1String("total")) t.total = a.amount;
                        else if (field == QLatin1String("fiscal")) t.fiscal = a.amount;
                        else if (field == QLatin1String("fiscalSuperior")) t.fiscalSuperior = a.amount;
                        else if (field == QLatin1String("other")) t.other = a.amount;
                    }
                }
                continue;
            }
            // An indicator row. The weight (a whole number) anchors the row; the value sits as
            // far before it as the header says, and the names before the value are the levels.
            auto headerIndex = [&](const QString &part) {
                for (int h = 0; h < header.size(); ++h)
                    if (header[h].contains(part))
                        return h;
                return -1;
            };
            const int hValue = int(header.indexOf(QStringLiteral("指标值")));
            const int hWeight = headerIndex(QStringLiteral("权重"));
            if (hValue < 0 || hWeight < 0)
                continue;
            static const QRegularExpression integer(QStringLiteral("^\\d{1,3}$"));
            int w = -1;
            for (int c = int(cells.size()) - 1; c >= 0 && w < 0; --c)
                if (integer.match(cells[c]).hasMatch())
                    w = c;
            const int v = w - (hWeight - hValue);
            if (w < 0 || v < 1)
                continue;
            auto at = [&](const QString &part) {
                const int h = headerIndex(part);
                return h < 0 ? QString() : cells.value(v + (h - hValue));
            };
            Indicator ind;
            ind.value = cells[v];
            ind.basis = at(QStringLiteral("依据"));
            ind.priorValue = at(QStringLiteral("上年完成值"));
            ind.scoringRule = at(QStringLiteral("赋分规则"));
            ind.evidence = at(QStringLiteral("佐证"));
            ind.weight = cells[w].toInt();
            ind.sourceLine = row.number;
            const QStringList names = cells.mid(0, v);
            int last = -1;
            for (int c = int(names.size()) - 1; c >= 0 && last < 0; --c)
                if (!names[c].isEmpty())
                    last = c;
            if (last < 0)
                continue;
            ind.level3 = names[last];
            if (last >= 1 && !names[0].isEmpty())
                level1 = names[0];
            if (last >= 2 && !names[1].isEmpty())
                level2 = names[1];
            else if (last == 1 && names[0].isEmpty())
                ; // only the name: both levels carry over
            ind.level1 = level1;
            ind.level2 = level2;
            t.indicators.append(ind);
        }
        if (t.kind == QLatin1String("overall") && t.name.isEmpty())
            t.name = doc.department;
        doc.schedules.targets.append(t);
    }
}

} // namespace bd
