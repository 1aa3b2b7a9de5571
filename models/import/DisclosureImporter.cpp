#include "DisclosureImporter.h"

#include "codes/CodeCatalogue.h"
#include "import/ImportReport.h"
#include "import/NarrativeExtractor.h"
#include "import/PdfTextExtractor.h"
#include "import/Reconciler.h"
#include "import/TextDecoder.h"
#include "import/DocxTextExtractor.h"
#include "import/XlsxTextExtractor.h"
#include "tables/TableDeriver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace bd {

namespace {

QString tooLargeText(qint64 size)
{
    return QCoreApplication::translate("bd::Importer", "refused: the text is %1 MB, and BudgetDesk reads texts of at most %2 MB (a disclosure's text is "
                          "well under 1 MB; is this the right file?)")
        .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
        .arg(DisclosureImporter::maxTextSize / (1024 * 1024));
}

// The document's outline as printed: every part's heading, and before the body the cover's
// naming line ("预算主管部门：…", "预算单位：…") and the entries of the table of contents, each
// with the table it names ("1. 2025年部门财务收支预算总表", "- 一、 部门收支总体情况表": a title
// once its list marker is taken off).
QList<OutlineLine> outlineOf(const TemplateDescription &tpl, const QList<SourceLine> &lines, int bodyStart)
{
    static const QRegularExpression part(QStringLiteral("^第[一二三四五六七八九十]+部分"));
    static const QRegularExpression cover(QStringLiteral("^(?:预算主管部门|主管部门|预算单位)\\s*[：:]"));
    static const QRegularExpression marker(QStringLiteral("^[-•·]?\\s*(?:[一二三四五六七八九十]+\\s*、|\\d{1,2}\\s*[.．、])?\\s*"));
    QList<OutlineLine> out;
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = lines[i].text.trimmed();
        if (part.match(text).hasMatch()) {
            out.append({lines[i].number, text, 0});
            continue;
        }
        if (i >= bodyStart)
            continue;
        if (cover.match(text).hasMatch()) {
            out.append({lines[i].number, text, 0});
            continue;
        }
        const QString title = QString(text).remove(marker);
        if (title.size() == text.size() || title.isEmpty())
            continue; // a line without a list marker before the body is the cover's, not an entry
        int table = 0;
        for (const TableSpec &spec : tpl.tables)
            if (spec.isTitle(title)) {
                table = spec.number;
                break;
            }
        out.append({lines[i].number, text, table});
    }
    return out;
}

} // namespace

SourceText DisclosureImporter::readSource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        SourceText t;
        t.source = t.error.source = path;
        t.error.message = QCoreApplication::translate("bd::Importer", "cannot be read: %1").arg(f.errorString());
        return t;
    }
    // A text larger than the limit is refused before it is read into memory.
    const QByteArray head = f.peek(8);
    if (!PdfTextExtractor::isPdf(head) && !XlsxTextExtractor::isZip(head) && f.size() > maxTextSize) {
        SourceText t;
        t.source = t.error.source = QFileInfo(path).fileName();
        t.error.message = tooLargeText(f.size());
        return t;
    }
    return readSource(f.readAll(), QFileInfo(path).fileName());
}

SourceText DisclosureImporter::readSource(const QByteArray &bytes, const QString &sourceName)
{
    SourceText t;
    t.source = t.error.source = sourceName;
    t.hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (!PdfTextExtractor::isPdf(bytes) && !XlsxTextExtractor::isZip(bytes) && bytes.size() > maxTextSize) {
        t.error.message = tooLargeText(bytes.size());
        return t;
    }
    const auto take = [&t](const ExtractedText &text) {
        t.lines = text.lines;
        t.error.message = text.message;
    };
    if (bytes.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        // An OLE2 compound file: Word or Excel 97–2003 (.doc, .xls), or WPS's own formats.
        t.error.message = QCoreApplication::translate("bd::Importer", "the file is an Office 97–2003 document or workbook (.doc, .xls), which "
                                                                      "cannot be read: save it as .docx, .xlsx or PDF and import that");
    } else if (PdfTextExtractor::isPdf(bytes)) {
        take(PdfTextExtractor::extract(bytes, sourceName));
    } else if (DocxTextExtractor::isDocx(bytes)) {
        take(DocxTextExtractor::extract(bytes, sourceName));
    } else if (XlsxTextExtractor::isZip(bytes)) {
        take(XlsxTextExtractor::extract(bytes, sourceName));
    } else {
        const DecodedText text = decodeText(bytes);
        t.lines = text.lines;
        t.encoding = text.encoding;
        t.error.message = text.error;
    }
    return t;
}

ImportResult DisclosureImporter::importFile(const QString &path) const
{
    return importSource(readSource(path));
}

ImportResult DisclosureImporter::importBytes(const QByteArray &bytes, const QString &sourceName) const
{
    return importSource(readSource(bytes, sourceName));
}

ImportResult DisclosureImporter::importSource(const SourceText &text) const
{
    if (!text.ok()) {
        ImportResult r;
        r.error = text.error;
        return r;
    }
    ImportResult r = importLines(text.lines, text.source);
    r.encoding = text.encoding;
    if (r.document)
        r.document->sourceHash = text.hash;
    return r;
}

std::shared_ptr<const TemplateDescription> DisclosureImporter::detectTemplate(const QStringList &lines)
{
    // The template with the most of its table titles in the text. A cut-off document still
    // has some of them, so that the import can say which table is missing.
    std::shared_ptr<const TemplateDescription> best;
    int bestScore = 0;
    QStringList trimmed;
    trimmed.reserve(lines.size());
    for (const QString &l : lines)
        trimmed.append(l.trimmed());
    for (const auto &t : TemplateRegistry::instance().all()) {
        int score = 0;
        for (const TableSpec &spec : t->tables) {
            for (const QString &l : std::as_const(trimmed)) {
                if (spec.isTitle(l)) {
                    ++score;
                    break;
                }
            }
        }
        if (score > bestScore) {
            best = t;
            bestScore = score;
        }
    }
    return best;
}

QString DisclosureImporter::unrecognisedLayout(const QStringList &lines)
{
    // No title of any family's tables stands on a line of its own. The closest family is the
    // one with most title words anywhere in the text (a title run into other text, a 决算
    // family's "收入支出…表" beside the budget's): say which it is, what was found and what
    // it expects.
    QStringList keys;
    keys.reserve(lines.size());
    for (const QString &l : lines)
        keys.append(TemplateDescription::labelKey(l));
    static const QRegularExpression who(QStringLiteral("^(?:预算单位|部门|单位)"));
    QStringList tried;
    std::shared_ptr<const TemplateDescription> closest;
    QStringList closestFound;
    for (const auto &t : TemplateRegistry::instance().all()) {
        QStringList found;
        for (const TableSpec &spec : t->tables) {
            const QString words = TemplateDescription::labelKey(spec.title).remove(who);
            if (std::any_of(keys.begin(), keys.end(), [&](const QString &k) { return k.contains(words); }))
                found.append(spec.title);
        }
        tried.append(QStringLiteral("%1 (%2 of %3 titles)").arg(t->name).arg(found.size()).arg(t->tables.size()));
        if (!closest || found.size() > closestFound.size()) {
            closest = t;
            closestFound = found;
        }
    }
    QStringList expected;
    if (closest)
        for (const TableSpec &spec : closest->tables)
            expected.append(spec.title);
    return QCoreApplication::translate("bd::Importer", "the layout is not recognised: it is not a disclosure of a known family. Tried: %1. Closest: %2; "
                          "titles found: %3; titles expected: %4")
        .arg(tried.join(QStringLiteral("; ")), closest ? closest->name : QString(),
             closestFound.isEmpty() ? QStringLiteral("none") : closestFound.join(QStringLiteral("、")),
             expected.join(QStringLiteral("、")));
}

static QString firstCapture(const QRegularExpression &re, const QStringList &lines, bool last = false)
{
    if (re.pattern().isEmpty())
        return {};
    QString found;
    for (const QString &l : lines) {
        const auto m = re.match(l.trimmed());
        if (m.hasMatch()) {
            found = m.captured(1).trimmed();
            if (!last)
                return found;
        }
    }
    return found;
}

ImportResult DisclosureImporter::importLines(const QStringList &rawLines, const QString &sourceName) const
{
    ImportResult r;
    auto fail = [&](int line, const QString &message) {
        r.error.source = sourceName;
        r.error.line = line;
        r.error.message = message;
        return r;
    };
    bool anyText = false;
    for (const QString &l : rawLines)
        anyText = anyText || !l.trimmed().isEmpty();
    if (!anyText)
        return fail(0, QCoreApplication::translate("bd::Importer", "the file is empty"));

    const auto tpl = detectTemplate(rawLines);
    if (!tpl)
        return fail(0, unrecognisedLayout(rawLines));
    r.templ = tpl;

    // Tab-separated rows (a converted text, a workbook) are read cell by cell; text without tabs
    // (a PDF, pdftotext -layout) by the position of the figures under the header.
    const bool tabLayout = std::any_of(rawLines.begin(), rawLines.end(),
                                       [](const QString &l) { return l.contains(QLatin1Char('\t')); });
    QList<SourceLine> lines;
    lines.reserve(rawLines.size());
    for (int i = 0; i < rawLines.size(); ++i)
        lines.append(SourceLine{i + 1, rawLines[i]});

    int bodyStart = 0;
    for (int i = 0; i < lines.size(); ++i)
        if (!tpl->bodyStart.pattern().isEmpty() && tpl->bodyStart.match(lines[i].text.trimmed()).hasMatch())
            bodyStart = i;

    // The same disclosure twice in one text (a file saved or pasted twice): the body of the
    // last copy would be read, and the others silently dropped. Before the body there is only
    // a cover and a table of contents, which may name every table but holds no rows of
    // figures; a text with every table's title and rows of figures before its last body is
    // more than one disclosure.
    if (bodyStart > 0) {
        static const QRegularExpression figure(QStringLiteral("(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d{2})(?![\\d.,])"));
        int figureRows = 0;
        for (int i = 0; i < bodyStart; ++i) {
            auto it = figure.globalMatch(lines[i].text);
            int n = 0;
            while (it.hasNext() && n < 2) {
                it.next();
                ++n;
            }
            figureRows += n >= 2 ? 1 : 0;
        }
        const bool allTitles = std::all_of(tpl->tables.begin(), tpl->tables.end(), [&](const TableSpec &spec) {
            for (int i = 0; i < bodyStart; ++i)
                if (spec.isTitle(lines[i].text.trimmed()))
                    return true;
            return false;
        });
        if (allTitles && figureRows >= 10) {
            const TableSpec &first = tpl->tables.first();
            QStringList at;
            for (const SourceLine &l : std::as_const(lines))
                if (first.isTitle(l.text.trimmed()))
                    at.append(QString::number(l.number));
            return fail(lines[bodyStart].number,
                        QCoreApplication::translate("bd::Importer", "the text holds the disclosure more than once (saved or pasted twice?): the title of "
                                       "table 1 (%1) is at lines %2; import one copy")
                            .arg(first.title, at.join(QStringLiteral(", "))));
        }
    }

    // Where each table starts: its first title line. A title printed again after it (a table
    // pasted twice, a title copied for the next table) ends the table before it; what follows
    // it up to the next table is read by no one, and the check names it (A.title-repeated).
    struct Found { const TableSpec *spec; int index; };
    QList<Found> found, again;
    for (const TableSpec &spec : tpl->tables) {
        QList<int> hits;
        for (int i = bodyStart; i < lines.size(); ++i)
            if (spec.isTitle(lines[i].text.trimmed()))
                hits.append(i);
        if (!hits.isEmpty())
            found.append({&spec, hits.first()});
        for (int h = 1; h < hits.size(); ++h)
            again.append({&spec, hits[h]});
    }
    // A missing table is the check's finding (A.table-missing), not a reason to refuse the rest.
    if (found.isEmpty())
        return fail(0, QCoreApplication::translate("bd::Importer", "no table of the template %1 was found after line %2: its titles stand only in the "
                                      "contents before it, or run into other text")
                           .arg(tpl->name)
                           .arg(lines[bodyStart].number));
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.index < b.index; });

    const CodeCatalogue &catalogue = CodeCatalogue::forYear(firstCapture(tpl->yearPattern, rawLines).toInt());
    QList<DisclosureTable> published;
    QList<UnreadableTable> unreadable;
    QList<TableReading> readings;
    QList<QPair<int, int>> ranges;
    auto nextTitle = [&](int after) {
        int next = int(lines.size());
        for (const Found &f : found)
            if (f.index > after)
                next = std::min(next, f.index);
        for (const Found &f : again)
            if (f.index > after)
                next = std::min(next, f.index);
        return next;
    };
    for (const Found &a : again)
        ranges.append({a.index, nextTitle(a.index) - 1});
    for (int k = 0; k < found.size(); ++k) {
        const int from = found[k].index;
        int to = nextTitle(from);
        for (int i = from + 1; i < to; ++i) {
            bool end = false;
            for (const QRegularExpression &re : tpl->tablesEnd)
                end = end || re.match(lines[i].text.trimmed()).hasMatch();
            if (end) {
                to = i;
                break;
            }
        }
        // The "表 N" line before a title belongs to the table too.
        ranges.append({from > 0 && lines[from - 1].text.trimmed().startsWith(QStringLiteral("表")) ? from - 1 : from, to - 1});
        TableParser parser(*tpl, *found[k].spec, catalogue, tabLayout);
        ImportError error;
        auto table = parser.parse(lines.mid(from + 1, to - from - 1), lines[from].number, &error);
        if (!table) {
            // Kept as printed, for the check to name (A.table-unreadable); the rest imports.
            UnreadableTable u;
            u.number = found[k].spec->number;
            u.line = error.line;
            u.reason = error.message;
            for (int i = from; i < to; ++i)
                u.lines.append(lines[i].text);
            unreadable.append(u);
            continue;
        }
        table->printedTitle = lines[from].text.trimmed();
        published.append(*table);
        readings.append(parser.reading());
    }
    // Not one table read: nothing to keep but the first reason.
    if (published.isEmpty())
        return fail(unreadable.first().line, unreadable.first().reason);
    std::sort(published.begin(), published.end(),
              [](const DisclosureTable &a, const DisclosureTable &b) { return a.number < b.number; });

    BudgetDocument doc;
    doc.templateId = tpl->id;
    doc.status = DocumentStatus::Published;
    doc.sourceName = sourceName;
    doc.year = firstCapture(tpl->yearPattern, rawLines).toInt();
    doc.department = mendName(firstCapture(tpl->departmentPattern, rawLines));
    doc.title = firstCapture(tpl->titlePattern, rawLines);
    doc.publishDate = firstCapture(tpl->datePattern, rawLines, true);
    if (doc.year < 1990 || doc.year > 2100)
        return fail(0, QCoreApplication::translate("bd::Importer", "the budget year could not be read (expected a title such as \"2026 年部门预算公开\")"));
    if (doc.department.isEmpty())
        return fail(0, tpl->kind == DocumentKind::Final
                           ? QCoreApplication::translate("bd::Importer", "the department could not be read (expected a line \"第一部分 …概况\")")
                           : QCoreApplication::translate("bd::Importer", "the department could not be read (expected a line \"编制部门：…\")"));
    doc.published = published;
    doc.unreadable = unreadable;
    doc.readings = readings;
    doc.outline = outlineOf(*tpl, lines, bodyStart);
    for (const Found &a : again)
        doc.outline.append({lines[a.index].number, lines[a.index].text.trimmed(), a.spec->number, true});
    std::stable_sort(doc.outline.begin(), doc.outline.end(), [](const OutlineLine &a, const OutlineLine &b) { return a.line < b.line; });

    Reconciler(*tpl).fill(published, doc.schedules);
    QList<Finding> findings;
    NarrativeExtractor(*tpl, lines, bodyStart, ranges, tabLayout).extract(doc, findings);

    // Unknown codes are kept and flagged, never dropped.
    QSet<QString> reported;
    for (const DisclosureTable &t : published) {
        const TableSpec *spec = tpl->table(t.number);
        const Classification cls = spec->kind == TableKind::EconomicTree ? Classification::Economic : Classification::Functional;
        if (spec->kind != TableKind::FunctionalTree && spec->kind != TableKind::EconomicTree)
            continue;
        for (const TableRow &row : t.rows) {
            if (row.key.isEmpty() || !row.key.front().isDigit() || reported.contains(row.key))
                continue;
            if (!CodeCatalogue::isWellFormed(cls, row.key) || !catalogue.contains(cls, row.key)) {
                reported.insert(row.key);
                const bool wellFormed = CodeCatalogue::isWellFormed(cls, row.key);
                Finding f;
                // As the check grades them (A.code-malformed, A.code-unknown): a malformed code
                // is an error; a well-formed one under a known 类 most likely a standard code
                // the bundled catalogue lacks.
                f.severity = !wellFormed                                   ? Severity::Error
                             : catalogue.contains(cls, row.key.left(3)) ? Severity::Notice
                                                                        : Severity::Warning;
                f.rule = wellFormed ? QStringLiteral("code.unknown") : QStringLiteral("code.malformed");
                f.table = t.number;
                f.rowKey = row.key;
                f.line = row.sourceLine;
                f.message = QCoreApplication::translate("bd::Importer", "Table %1 (%2): code %3 is not in the %4 catalogue of %5; kept as printed")
                                .arg(t.number).arg(t.title, row.key,
                                     cls == Classification::Economic ? QStringLiteral("经济分类") : QStringLiteral("功能分类"))
                                .arg(catalogue.year());
                findings.append(f);
            }
        }
    }
    if (doc.schedules.narrative.isEmpty()) {
        Finding f;
        f.severity = Severity::Warning;
        f.rule = QStringLiteral("narrative.missing");
        f.message = QCoreApplication::translate("bd::Importer", "The document has no narrative (说明) sections");
        findings.append(f);
    }

    TableDeriver deriver(*tpl, doc);
    findings.append(compareDocument(doc, *tpl, [&deriver](int n) { return std::optional<DisclosureTable>(deriver.derive(n)); }));
    r.report.findings = findings;
    r.document = doc;
    return r;
}

} // namespace bd
