#include "AlignedRowReader.h"

#include "codes/CodeCatalogue.h"
#include "import/AmountTokens.h"
#include "text/WrappedText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace bd {

namespace {
int indentOf(const QString &text)
{
    int i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i;
}

// A run of text on a line: a word, words one space apart, or an amount.
struct Segment
{
    int start = 0;
    QString text;
    bool amount = false;
    // Not an amount, but meant as one: digits without Chinese ("17,2OO,000.00", "12a").
    bool amountLike() const
    {
        if (amount)
            return true;
        bool digit = false;
        for (QChar c : text) {
            if (c.unicode() >= 0x3000)
                return false;
            digit = digit || c.isDigit();
        }
        return digit;
    }
    double center() const { return start + text.size() / 2.0; }
};

QList<Segment> segments(const QString &line)
{
    // Words separated by one space belong together ("1. 一般公共预算资金"); amounts stand alone.
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QList<Segment> out;
    auto it = word.globalMatch(line);
    int lastEnd = -10;
    while (it.hasNext()) {
        const auto m = it.next();
        Segment s{int(m.capturedStart()), m.captured(), isAmountToken(m.captured()) || isPlaceholderToken(m.captured())};
        if (!out.isEmpty() && !s.amount && !out.last().amount && s.start - lastEnd <= 1) {
            out.last().text += QLatin1Char(' ') + s.text;
        } else {
            out.append(s);
        }
        lastEnd = int(m.capturedEnd());
    }
    return out;
}

bool isFiguresOnly(const QString &text)
{
    const QList<Segment> segs = segments(text);
    return !segs.isEmpty() && std::all_of(segs.begin(), segs.end(), [](const Segment &s) { return s.amount; });
}

bool isTextOnly(const QString &text)
{
    const QList<Segment> segs = segments(text);
    return segs.size() == 1 && !segs.first().amount;
}

// A final account prints a 功能分类 code whole ("2080505") and wraps a long name around the
// code's line, the name's head above it and its tail below:
//
//            机关事业单位
//   2080505    基本养老保险       446.11       446.11      0.00
//              缴费支出
//
// The tail is read as the row's continuation; here the head joins the row below it. A line of
// text right under a coded row continues that row, unless the row below has no name of its
// own: then the text is its name's head.
void mendLeadingNames(QList<SourceLine> &lines)
{
    auto codeOf = [](const QList<Segment> &segs) {
        return !segs.isEmpty() && allDigits(segs.first().text) && QList<qsizetype>{3, 5, 7}.contains(segs.first().text.size());
    };
    for (int k = 0; k + 1 < lines.size(); ++k) {
        SourceLine &text = lines[k];
        SourceLine &below = lines[k + 1];
        if (text.number + 1 != below.number || !isTextOnly(text.text))
            continue;
        const QList<Segment> row = segments(below.text);
        if (!codeOf(row) || row.size() < 2)
            continue;
        const bool named = !row[1].amount && !row[1].amountLike();
        const bool underRow = k > 0 && lines[k - 1].number + 1 == text.number && codeOf(segments(lines[k - 1].text));
        const int column = indentOf(text.text);
        const int codeEnd = row[0].start + int(row[0].text.size());
        if ((underRow && named) || column <= codeEnd)
            continue;
        QString merged = below.text.left(codeEnd);
        if (named) {
            merged = below.text.left(row[1].start) + text.text.trimmed() + below.text.mid(row[1].start);
        } else {
            const int figures = row[1].start;
            merged += QString(std::max(1, column - codeEnd), QLatin1Char(' ')) + text.text.trimmed();
            merged += QString(std::max(2, figures - int(merged.size())), QLatin1Char(' ')) + below.text.mid(figures);
        }
        below.text = merged;
        text.text.clear();
    }
}

} // namespace

// A label the PDF wrapped around its figures, as `pdftotext -layout` lays it out:
//
//                                 四、文化旅游体育与传媒
//                                                   200,000         200,000
//                                 支出
//
// becomes one row "四、文化旅游体育与传媒支出  200,000  200,000", the figures where they were.
// Only a label alone on its lines, starting at the same column above and below figures that
// have no label of their own, is joined.
QList<SourceLine> AlignedRowReader::prepare(const QList<SourceLine> &lines) const
{
    QList<SourceLine> out = lines;
    if (m_t.spec().joinedCode() && m_t.spec().kind == TableKind::FunctionalTree)
        mendLeadingNames(out);
    for (int k = 1; k + 1 < out.size(); ++k) {
        SourceLine &above = out[k - 1];
        SourceLine &figures = out[k];
        SourceLine &below = out[k + 1];
        if (above.number + 1 != figures.number || figures.number + 1 != below.number)
            continue;
        // The cheap test first: the rest of a wrapped label is a few characters.
        const qsizetype rest = below.text.trimmed().size();
        if (rest == 0 || rest > 6 || !isTextOnly(below.text) || !isFiguresOnly(figures.text) || !isTextOnly(above.text))
            continue;
        const int column = indentOf(above.text);
        const QString label = joinWrapped(above.text.trimmed(), below.text.trimmed());
        if (column == 0 || std::abs(indentOf(below.text) - column) > 2 || above.text.trimmed().contains(QStringLiteral("  "))
            || column + label.size() + 2 > indentOf(figures.text))
            continue;
        QString merged = QString(column, QLatin1Char(' ')) + label;
        merged += QString(indentOf(figures.text) - merged.size(), QLatin1Char(' ')) + figures.text.trimmed();
        figures.text = merged;
        above.text.clear();
        below.text.clear();
    }
    return out;
}

void AlignedRowReader::learnHeaderPositions(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QList<QPair<int, QString>> tokens;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        tokens.append({int(m.capturedStart()), m.captured()});
    }
    // The column-number row ("※ ※ ※ ※ 1 2 3"): the number n stands over the n-th amount
    // column, exactly where its figures are.
    if (text.trimmed().startsWith(QStringLiteral("※"))) {
        QList<int> amountCols;
        for (int c = 0; c < m_t.spec().columns.size(); ++c)
            if (m_t.spec().columns[c].isAmount())
                amountCols.append(c);
        QMap<int, double> centers;
        for (const auto &[start, tok] : tokens) {
            bool ok = false;
            const int n = tok.toInt(&ok);
            if (ok && n >= 1 && n <= amountCols.size())
                centers[amountCols[n - 1]] = start + tok.size() / 2.0;
        }
        if (centers.size() == amountCols.size()) {
            m_columnCenter = centers;
            m_numbered = true;
        }
        return;
    }
    if (m_numbered)
        return;
    // Otherwise each amount column names a header word; its centre is where the figures sit.
    for (int c = 0; c < m_t.spec().columns.size(); ++c) {
        const ColumnSpec &col = m_t.spec().columns[c];
        if (col.find.isEmpty())
            continue;
        int seen = 0;
        for (const auto &[start, tok] : tokens) {
            if (m_t.tpl().headerKey(tok) == m_t.tpl().headerKey(col.find) && ++seen == col.nth) {
                m_columnCenter[c] = start + tok.size() / 2.0;
                break;
            }
        }
    }
    m_headerLines.append(text);
    learnWrappedHeaders();
}

// The amount columns no header word placed, by their whole header as printed: a narrow column's
// header wraps over lines ("一般公共预" / "算", "一般公共" / "预算财政" / "拨款"), and a
// header of one line stands halfway down the others. A word and the words under it, each the
// only one on its line within the word's width, read as one header; the columns take the
// headers that read as theirs from left to right, as the template orders them.
void AlignedRowReader::learnWrappedHeaders()
{
    struct Word
    {
        int line;
        int start, end;
        QString text;
        double center() const { return (start + end) / 2.0; }
    };
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QList<QList<Word>> lines;
    for (int l = 0; l < m_headerLines.size(); ++l) {
        QList<Word> words;
        for (auto it = word.globalMatch(m_headerLines[l]); it.hasNext();) {
            const auto m = it.next();
            words.append({l, int(m.capturedStart()), int(m.capturedEnd()), m.captured()});
        }
        lines.append(words);
    }
    QList<std::pair<double, QString>> headers; // centre, label key; every stack and its beginnings
    for (const QList<Word> &words : lines)
        for (const Word &w : words) {
            QString text = w.text;
            headers.append({w.center(), m_t.tpl().headerKey(text)});
            for (int l = w.line + 1; l < lines.size(); ++l) {
                QList<const Word *> under;
                for (const Word &u : lines[l])
                    if (u.center() >= w.start - 1 && u.center() <= w.end + 1)
                        under.append(&u);
                if (under.size() > 1)
                    break;
                if (under.size() == 1) {
                    text += under.first()->text;
                    headers.append({w.center(), m_t.tpl().headerKey(text)});
                }
            }
        }
    std::stable_sort(headers.begin(), headers.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    double after = -1; // the columns stand left to right: each header right of the last placed
    for (int c = 0; c < m_t.spec().columns.size(); ++c) {
        const ColumnSpec &col = m_t.spec().columns[c];
        if (!col.isAmount())
            continue;
        if (m_columnCenter.contains(c)) {
            after = m_columnCenter[c];
            continue;
        }
        const QString key = m_t.tpl().headerKey(col.find.isEmpty() ? col.header : col.find);
        const auto found = std::find_if(headers.cbegin(), headers.cend(),
                                        [&](const auto &h) { return h.first > after && h.second == key; });
        if (found == headers.cend())
            continue;
        m_columnCenter[c] = found->first;
        after = found->first;
    }
}

bool AlignedRowReader::read(const SourceLine &line, ImportError *error)
{
    QList<Segment> segs = segments(line.text);
    if (segs.isEmpty())
        return true;
    const TableKind kind = m_t.spec().kind;
    // The code printed in the name's cell ("2010301 行政运行"): two cells, each where it starts;
    // a wrapped name may go on under either.
    int nameCellStart = -1;
    if (kind == TableKind::FunctionalTree || kind == TableKind::EconomicTree || kind == TableKind::Projects) {
        qsizetype nameStart = 0;
        if (const QString code = TableParser::codeBeforeName(segs[0].text, &nameStart); !code.isEmpty()) {
            nameCellStart = segs[0].start;
            const Segment name{segs[0].start + int(nameStart), segs[0].text.mid(nameStart)};
            segs[0].text = code;
            segs.insert(1, name);
        }
    }
    bool anyAmount = false;
    for (const Segment &s : segs)
        anyAmount = anyAmount || s.amount;
    if (anyAmount)
        m_headerLines.clear(); // a header repeated on the next page is read afresh

    // Amount columns of one side, in order.
    auto amountColumns = [&](int side) {
        QList<int> cols;
        for (int c = 0; c < m_t.spec().columns.size(); ++c)
            if (m_t.spec().columns[c].isAmount() && m_t.spec().columns[c].side == side)
                cols.append(c);
        return cols;
    };
    // Places amounts under their columns: the first sits in the side's first column, the others
    // by their distance from it compared with the header's (the page may be shifted as a whole).
    auto placeAmounts = [&](TableRow &row, const QList<Segment> &amounts, int side) -> bool {
        const QList<int> cols = amountColumns(side);
        if (amounts.size() > cols.size()) {
            error->line = line.number;
            error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): %3 amounts on a row of %4 amount columns")
                                 .arg(m_t.spec().number).arg(m_t.spec().title).arg(amounts.size()).arg(cols.size());
            return false;
        }
        bool positioned = true;
        for (int c : cols)
            positioned = positioned && m_columnCenter.contains(c);
        m_t.countPlaced(int(amounts.size()), positioned);
        if (!positioned) {
            for (int i = 0; i < amounts.size(); ++i)
                if (!m_t.setAmount(row, cols[i], amounts[i].text, line.number, error))
                    return false;
            return true;
        }
        // Header words may stand off-centre (the page shifted as a whole): the first figure sits
        // under the side's first column, the others by their centres.
        // Column numbers stand centred over their columns, whose figures are right-aligned: a
        // short figure in a wide column can sit nearer the next number than its own, so figures
        // are matched by their right end to the column's right edge, halfway to the next number.
        const double shift = amounts.isEmpty() || m_numbered ? 0 : amounts[0].center() - m_columnCenter[cols[0]];
        auto anchor = [&](int k) {
            const double c = m_columnCenter[cols[k]];
            if (!m_numbered)
                return c;
            if (k + 1 < cols.size())
                return (c + m_columnCenter[cols[k + 1]]) / 2;
            return k > 0 ? c + (c - m_columnCenter[cols[k - 1]]) / 2 : c;
        };
        int next = 0;
        for (int i = 0; i < amounts.size(); ++i) {
            const double target = m_numbered ? amounts[i].start + amounts[i].text.size() : amounts[i].center() - shift;
            int best = -1;
            double bestDist = 0;
            // Leave room for the amounts still to place.
            for (int k = next; k <= cols.size() - (amounts.size() - i); ++k) {
                const double d = std::abs(anchor(k) - target);
                if (best < 0 || d < bestDist) {
                    best = k;
                    bestDist = d;
                }
            }
            if (!m_t.setAmount(row, cols[best], amounts[i].text, line.number, error))
                return false;
            next = best + 1;
        }
        return true;
    };

    TableRow row = m_t.emptyRow(line.number);
    switch (m_t.spec().kind) {
    case TableKind::FunctionalTree:
    case TableKind::EconomicTree:
    case TableKind::Projects: {
        const int codeCols = m_t.spec().codeColumns();
        int i = 0;
        // Codes: 3 digits, then 2 and 2. A 类 that lost digits ("1 03 01" among "201 03" rows)
        // still leads the row's codes: kept as printed, for the check to call malformed.
        QStringList codes;
        const bool joined = m_t.spec().joinedCode();
        if (joined) {
            // The code printed whole: 类, 款 or 项 (3, 5 or 7 digits).
            if (!segs.isEmpty() && allDigits(segs[0].text) && segs[0].text.size() >= 3 && segs[0].text.size() <= 7)
                codes.append(segs[i++].text);
        } else if (const QStringList parts = segs.isEmpty() ? QStringList() : TableParser::codeParts(segs[0].text, codeCols);
                   parts.size() > 1) {
            // The code printed whole where the family prints 类, 款 and 项 apart.
            codes = parts;
            i = 1;
        } else {
            while (i < segs.size() && codes.size() < codeCols && allDigits(segs[i].text)
                   && (codes.isEmpty() ? segs[i].text.size() <= 3 : segs[i].text.size() == 2)) {
                codes.append(segs[i].text);
                ++i;
            }
            if (codes.size() == 1 && codes.first().size() != 3) { // a lone short number is no code
                codes.clear();
                i = 0;
            }
        }
        const int firstText = i;
        QStringList texts;
        while (i < segs.size() && !(segs[i].amount || (!texts.isEmpty() && segs[i].amountLike())))
            texts.append(segs[i++].text);
        // After the name, anything number-like stands where an amount should: parse it as one,
        // so a damaged figure is an error at its line, never part of the name.
        QList<Segment> amounts;
        while (i < segs.size() && segs[i].amountLike())
            amounts.append(segs[i++]);
        const bool trailingText = i < segs.size();
        // A project table names the project in a column of its own, after the 科目 name.
        const int nameCol = m_t.spec().columnIndex(QStringLiteral("name"));
        const int projectCol = m_t.spec().columnIndex(QStringLiteral("project"));
        QString project;
        if (projectCol >= 0 && !codes.isEmpty() && texts.size() >= 2)
            project = mendName(texts.takeLast());
        const QString name = mendName(texts.join(QLatin1Char(' ')));
        if (codes.isEmpty()) {
            if (m_t.spec().total && m_t.tpl().rowKey(name) == m_t.tpl().rowKey(m_t.spec().total->label)) {
                row.key = m_t.spec().total->key;
                row.level = 0;
            } else if (m_t.spec().unitRow && anyAmount && !name.isEmpty()) {
                row.key = QStringLiteral("unit"); // the department's own row under the total
                row.level = 0;
            } else if (anyAmount) {
                error->line = line.number;
                error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): a row of amounts without a code: \"%3\"")
                                     .arg(m_t.spec().number).arg(m_t.spec().title, line.text.trimmed());
                return false;
            } else {
                // Either a header line (learn where the columns are) or names the PDF broke
                // onto a line of their own, each under the start of its cell in the row above.
                bool continues = !m_t.table().rows.isEmpty() && !m_lastTextStarts.isEmpty()
                                 && m_t.table().rows.last().sourceLine == line.number - 1;
                QList<int> target;
                for (const Segment &seg : segs) {
                    int col = -1;
                    for (const auto &[start, c] : m_lastTextStarts)
                        if (std::abs(seg.start - start) <= 2)
                            col = c;
                    continues = continues && col >= 0;
                    target.append(col);
                }
                if (!continues) {
                    learnHeaderPositions(line.text);
                    return true;
                }
                TableRow &last = m_t.table().rows.last();
                for (int k = 0; k < segs.size(); ++k) {
                    QString &text = last.cells[target[k]].text;
                    text = mendName(text + QLatin1Char(' ') + segs[k].text);
                    if (target[k] == projectCol)
                        last.key = QStringLiteral("project:") + text;
                }
                last.sourceLine = line.number;
                return true;
            }
        } else {
            row.key = TableParser::codeKey(codes);
            const Classification cls = m_t.spec().kind == TableKind::EconomicTree ? Classification::Economic : Classification::Functional;
            row.level = CodeCatalogue::levelOf(cls, row.key);
            if (row.level == 0)
                row.level = int(codes.size()); // malformed: as deep as it has parts
            for (int k = 0; k < codes.size(); ++k)
                row.cells[m_t.spec().columnIndex(joined ? QStringLiteral("code") : QStringLiteral("code%1").arg(k + 1))].text = codes[k];
            if (!project.isEmpty()) {
                row.key = QStringLiteral("project:") + project;
                row.level = 4;
                row.cells[projectCol].text = project;
            }
        }
        if (trailingText) {
            error->line = line.number;
            error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): unexpected text \"%3\" after the amounts")
                                 .arg(m_t.spec().number).arg(m_t.spec().title, segs[i].text);
            return false;
        }
        if (nameCol >= 0)
            row.cells[nameCol].text = name;
        // Where the row's texts start, for names the PDF wraps onto the next line.
        m_lastTextStarts.clear();
        const int textSegs = int(texts.size()) + (project.isEmpty() ? 0 : 1);
        for (int k = 0; k < textSegs; ++k) {
            const bool isProject = !project.isEmpty() && k == textSegs - 1;
            if ((isProject || k == 0) && (isProject ? projectCol : nameCol) >= 0)
                m_lastTextStarts.append({segs[firstText + k].start, isProject ? projectCol : nameCol});
        }
        if (nameCellStart >= 0 && nameCol >= 0 && !texts.isEmpty())
            m_lastTextStarts.append({nameCellStart, nameCol});
        if (!placeAmounts(row, amounts, 0))
            return false;
        break;
    }
    case TableKind::TwoSided: {
        QString left, right;
        QList<Segment> leftAmounts, rightAmounts;
        int state = 0; // 0 start, 1 left, 2 right
        const int cursor = m_t.leftCursor();
        for (const Segment &s : segs) {
            if (s.amount) {
                if (state == 2)
                    rightAmounts.append(s);
                else
                    leftAmounts.append(s);
                continue;
            }
            const QString text = mendName(s.text);
            if (state == 0 && !m_t.leftKeyFor(text).isEmpty()) {
                left = text;
                state = 1;
            } else if (state < 2 && m_t.rightKeyFor(text)) {
                right = text;
                state = 2;
            } else {
                m_t.setLeftCursor(cursor);
                if (!anyAmount) {
                    learnHeaderPositions(line.text);
                    return true;
                }
                error->line = line.number;
                error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): \"%3\" is not one of the template's rows")
                                     .arg(m_t.spec().number).arg(m_t.spec().title, text);
                return false;
            }
        }
        m_t.setLeftCursor(cursor);
        if (left.isEmpty() && right.isEmpty()) {
            if (!anyAmount)
                return true;
            error->line = line.number;
            error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): amounts without a row label").arg(m_t.spec().number).arg(m_t.spec().title);
            return false;
        }
        if (!m_t.assignKeys(row, left, right, line.number, error))
            return false;
        for (int c = 0; c < m_t.spec().columns.size(); ++c)
            if (m_t.spec().columns[c].text == QLatin1String("label"))
                row.cells[c].text = m_t.spec().columns[c].side == 0 ? left : right;
        row.level = m_t.levelOf(row.key);
        if (!placeAmounts(row, leftAmounts, 0) || !placeAmounts(row, rightAmounts, 1))
            return false;
        break;
    }
    case TableKind::EconomicPairs:
        return readPairs(line, error);
    case TableKind::Fixed:
    case TableKind::CarryOver: {
        QStringList texts;
        QList<Segment> amounts;
        // Whole numbers ("0", "15" in a 三公 row printed in whole 万元) are amounts beside
        // other amounts: the labels of fixed rows are never bare numbers.
        const bool anyRealAmount = std::any_of(segs.begin(), segs.end(), [](const Segment &s) { return s.amount; });
        for (const Segment &s : segs)
            (s.amount || (anyRealAmount && m_t.spec().kind == TableKind::Fixed && allDigits(s.text)) ? (void)amounts.append(s)
                                                                                                  : (void)texts.append(s.text));
        const QString label = mendName(texts.join(QLatin1Char(' ')));
        if (amounts.isEmpty()) {
            // A row of the template left empty ("其中：公务用车购置费"), once the table has begun;
            // otherwise a header line.
            if (m_t.spec().kind == TableKind::Fixed && !m_t.table().rows.isEmpty()) {
                if (const auto key = m_t.fixedKeyFor(label)) {
                    row.key = *key;
                    row.level = m_t.levelOf(row.key);
                    if (m_t.spec().columnIndex(QStringLiteral("label")) >= 0)
                        row.cells[m_t.spec().columnIndex(QStringLiteral("label"))].text = label;
                    m_t.table().rows.append(row);
                    return true;
                }
            }
            learnHeaderPositions(line.text);
            return true;
        }
        const bool hasLabelColumn = m_t.spec().columnIndex(QStringLiteral("label")) >= 0;
        if (m_t.spec().kind == TableKind::Fixed) {
            if (!hasLabelColumn && m_t.spec().rows.size() == 1 && texts.isEmpty()) {
                row.key = m_t.spec().rows.first().key;
                row.level = m_t.spec().rows.first().level;
            } else if (const auto key = m_t.fixedKeyFor(label)) {
                row.key = *key;
                row.level = m_t.levelOf(row.key);
            } else {
                error->line = line.number;
                error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): row \"%3\" is not one of the template's rows")
                                     .arg(m_t.spec().number).arg(m_t.spec().title, label);
                return false;
            }
        } else {
            row.key = m_t.carryOverRowKey(label, line.number, error);
            if (row.key.isEmpty())
                return false;
            row.level = CodeCatalogue::levelOf(Classification::Functional, row.key);
        }
        if (hasLabelColumn)
            row.cells[m_t.spec().columnIndex(QStringLiteral("label"))].text = label;
        if (!placeAmounts(row, amounts, 0))
            return false;
        break;
    }
    }
    m_t.table().rows.append(row);
    return true;
}

bool AlignedRowReader::readPairs(const SourceLine &line, ImportError *error)
{
    static const QRegularExpression glued(QStringLiteral("^(\\d{3}|\\d{5})(\\D.*)$")); // "310资本性支出"
    const TableSpec &spec = m_t.spec();
    for (const Segment &seg : segments(line.text)) {
        QString code, rest;
        if (allDigits(seg.text) && (seg.text.size() == 3 || seg.text.size() == 5)) {
            code = seg.text;
        } else if (!seg.amount) {
            const auto m = glued.match(seg.text);
            if (m.hasMatch()) {
                code = m.captured(1);
                rest = m.captured(2).trimmed();
            }
        }
        if (!code.isEmpty()) {
            m_entries.append(PairEntry{code, QString(), rest, QString(), line.number, seg.start, !spec.leftClasses.contains(code.left(3))});
            continue;
        }
        const bool open = !m_entries.isEmpty() && m_entries.last().amount.isEmpty();
        if (seg.amountLike()) {
            if (!open) {
                error->line = line.number;
                error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): the amount \"%3\" follows no 经济分类 code")
                                     .arg(spec.number).arg(spec.title, seg.text);
                return false;
            }
            m_entries.last().amount = seg.text;
            continue;
        }
        const QString key = m_t.tpl().rowKey(seg.text);
        if (spec.total && key == m_t.tpl().rowKey(spec.total->label)) {
            m_entries.append(PairEntry{QString(), spec.total->key, seg.text, QString(), line.number, seg.start, false});
        } else if (spec.totalRight && key == m_t.tpl().rowKey(spec.totalRight->label)) {
            m_entries.append(PairEntry{QString(), spec.totalRight->key, seg.text, QString(), line.number, seg.start, true});
        } else if (open) {
            m_entries.last().name = joinWrapped(m_entries.last().name, seg.text);
        } else if (!m_entries.isEmpty()) {
            m_fragments.append(Fragment{seg.text, line.number, seg.start}); // the header's words come before any entry
        }
    }
    return rebuildPairs(error);
}

// Names the PDF broke off their entries: a piece right above an entry that has no name of its
// own is its name's head; any other piece is the tail of the entry it sits nearest to on the
// lines above.
bool AlignedRowReader::rebuildPairs(ImportError *error)
{
    QList<QString> head(m_entries.size()), tail(m_entries.size());
    for (const Fragment &f : std::as_const(m_fragments)) {
        int best = -1;
        for (int i = 0; i < m_entries.size(); ++i) {
            const PairEntry &e = m_entries[i];
            if (e.line == f.line + 1 && !e.code.isEmpty() && e.name.isEmpty()
                && (best < 0 || std::abs(e.column - f.column) < std::abs(m_entries[best].column - f.column)))
                best = i;
        }
        if (best >= 0) {
            head[best] = joinWrapped(head[best], f.text);
            continue;
        }
        int lastLine = 0;
        for (const PairEntry &e : std::as_const(m_entries))
            if (e.line < f.line && !e.code.isEmpty())
                lastLine = std::max(lastLine, e.line);
        for (int i = 0; i < m_entries.size(); ++i) {
            const PairEntry &e = m_entries[i];
            if (e.line == lastLine && !e.code.isEmpty()
                && (best < 0 || std::abs(e.column - f.column) < std::abs(m_entries[best].column - f.column)))
                best = i;
        }
        if (best >= 0)
            tail[best] = joinWrapped(tail[best], f.text);
    }

    const TableSpec &spec = m_t.spec();
    auto column = [&](const QString &text, bool side) {
        for (int c = 0; c < spec.columns.size(); ++c)
            if (spec.columns[c].side == int(side) && (text.isEmpty() ? spec.columns[c].isAmount() : spec.columns[c].text == text))
                return c;
        return -1;
    };
    QList<int> sides[2];
    QList<int> totals;
    for (int i = 0; i < m_entries.size(); ++i)
        (m_entries[i].code.isEmpty() ? totals : sides[m_entries[i].side]).append(i);
    QList<TableRow> rows;
    auto put = [&](TableRow &row, int i) {
        const PairEntry &e = m_entries[i];
        const QString name = mendName(joinWrapped(joinWrapped(head[i], e.name), tail[i]));
        if (e.code.isEmpty()) {
            (e.side ? row.rightKey : row.key) = e.totalKey;
        } else {
            (e.side ? row.rightKey : row.key) = e.code;
            if (const int c = column(QStringLiteral("code"), e.side); c >= 0)
                row.cells[c].text = e.code;
        }
        if (const int c = column(e.code.isEmpty() ? QStringLiteral("label") : QStringLiteral("name"), e.side); c >= 0)
            row.cells[c].text = name;
        else if (const int n = column(QStringLiteral("name"), e.side); n >= 0)
            row.cells[n].text = name;
        const int amount = column(QString(), e.side);
        return e.amount.isEmpty() || amount < 0 || m_t.setAmount(row, amount, e.amount, e.line, error);
    };
    for (int k = 0; k < std::max(sides[0].size(), sides[1].size()); ++k) {
        const int first = k < sides[0].size() ? sides[0][k] : sides[1][k];
        TableRow row = m_t.emptyRow(m_entries[first].line);
        for (int side = 0; side < 2; ++side)
            if (k < sides[side].size() && !put(row, sides[side][k]))
                return false;
        row.level = CodeCatalogue::levelOf(Classification::Economic, k < sides[0].size() ? row.key : row.rightKey);
        rows.append(row);
    }
    if (!totals.isEmpty()) {
        TableRow row = m_t.emptyRow(m_entries[totals.first()].line);
        for (int i : totals)
            if (!put(row, i))
                return false;
        row.level = 0;
        rows.append(row);
    }
    m_t.table().rows = rows;
    return true;
}

} // namespace bd
