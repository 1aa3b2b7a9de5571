#include "TableParser.h"

#include "codes/CodeCatalogue.h"

#include <QRegularExpression>

#include <cmath>

namespace bd {

QString ImportError::toString() const
{
    QString place = source;
    if (line > 0)
        place += (place.isEmpty() ? QStringLiteral("line %1") : QStringLiteral(", line %1")).arg(line);
    return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
}

static bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

QString TableParser::mendName(const QString &text)
{
    QString s = text.trimmed();
    QString out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        if (s[i].isSpace() && i > 0 && i + 1 < s.size() && isCjk(s[i - 1])) {
            int j = i;
            while (j < s.size() && s[j].isSpace())
                ++j;
            if (j < s.size() && isCjk(s[j])) {
                i = j - 1;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

QString TableParser::joinWrapped(const QString &a, const QString &b)
{
    const bool space = !a.isEmpty() && !b.isEmpty() && a.back().unicode() < 128 && b.front().unicode() < 128;
    return a + (space ? QStringLiteral(" ") : QString()) + b;
}

QString TableParser::labelKey(const QString &text)
{
    return TemplateDescription::labelKey(text);
}

TableParser::TableParser(const TemplateDescription &tpl, const TableSpec &spec, const CodeCatalogue &catalogue, bool tabLayout)
    : m_tpl(tpl)
    , m_spec(spec)
    , m_catalogue(catalogue)
    , m_tabLayout(tabLayout)
{
}

static bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!(c.unicode() >= '0' && c.unicode() <= '9'))
            return false;
    return true;
}

// A token that can only be an amount: digits with a decimal part or thousands separators.
static bool isAmountToken(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[-(]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\)?$"));
    return re.match(s.normalized(QString::NormalizationForm_KC)).hasMatch() && !allDigits(s);
}

int TableParser::levelOf(const QString &key) const
{
    if (key.isEmpty())
        return 3; // a row with only a right side
    if (m_spec.total && key == m_spec.total->key)
        return 0;
    for (const RowSpec &r : m_spec.rows)
        if (r.key == key)
            return r.level;
    return 1;
}

TableRow TableParser::emptyRow(int line) const
{
    TableRow row;
    row.sourceLine = line;
    row.cells.resize(m_spec.columns.size());
    return row;
}

namespace {

bool isFiguresOnly(const QString &text);
bool isTextOnly(const QString &text);
int indentOf(const QString &text)
{
    int i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i;
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
QList<SourceLine> TableParser::mendLabelsAroundFigures(const QList<SourceLine> &lines)
{
    QList<SourceLine> out = lines;
    for (int k = 1; k + 1 < out.size(); ++k) {
        SourceLine &above = out[k - 1];
        SourceLine &figures = out[k];
        SourceLine &below = out[k + 1];
        if (above.number + 1 != figures.number || figures.number + 1 != below.number)
            continue;
        if (!isFiguresOnly(figures.text) || !isTextOnly(above.text) || !isTextOnly(below.text))
            continue;
        const int column = indentOf(above.text);
        const QString label = joinWrapped(above.text.trimmed(), below.text.trimmed());
        if (column == 0 || std::abs(indentOf(below.text) - column) > 2 || above.text.trimmed().contains(QStringLiteral("  "))
            || below.text.trimmed().size() > 6 || column + label.size() + 2 > indentOf(figures.text))
            continue;
        QString merged = QString(column, QLatin1Char(' ')) + label;
        merged += QString(indentOf(figures.text) - merged.size(), QLatin1Char(' ')) + figures.text.trimmed();
        figures.text = merged;
        above.text.clear();
        below.text.clear();
    }
    return out;
}

std::optional<DisclosureTable> TableParser::parse(const QList<SourceLine> &sourceLines, int titleLine, ImportError *error)
{
    const QList<SourceLine> lines = m_tabLayout ? sourceLines : mendLabelsAroundFigures(sourceLines);
    m_table = DisclosureTable();
    m_table.number = m_spec.number;
    m_table.id = m_spec.id;
    m_table.title = m_spec.title;
    m_table.unit = m_tpl.unit;
    m_table.thousands = m_tpl.thousands;
    m_table.headerRows = m_spec.header;
    m_table.sourceLine = titleLine;
    for (const ColumnSpec &c : m_spec.columns)
        m_table.columns.append(TableColumn{c.key, c.header, c.isAmount(), c.side});
    m_leftCursor = 0;
    m_lastTextStarts.clear();
    m_columnCenter.clear();
    m_numbered = false;

    static const QRegularExpression unitRe(QStringLiteral("单位\\s*[：:]\\s*(万元|元)"));
    // Page numbers a PDF prints under a table that runs over a page.
    static const QRegularExpression pageNumber(
        QStringLiteral("^(第\\s*\\d+\\s*页(\\s*/\\s*共\\s*\\d+\\s*页)?|[-—]\\s*\\d+\\s*[-—]|\\d+\\s*/\\s*\\d+)$"));
    // A line of prose in the aligned layout: one phrase at the left margin, not a table row.
    auto isProse = [&](int k) {
        const QString &text = lines[k].text;
        return !text.trimmed().isEmpty() && !text.front().isSpace() && !text.contains(QStringLiteral("  "))
               && !pageNumber.match(text.trimmed()).hasMatch();
    };
    for (int k = 0; k < lines.size(); ++k) {
        const SourceLine &line = lines[k];
        const QString trimmed = line.text.trimmed();
        if (trimmed.isEmpty() || (!m_tabLayout && pageNumber.match(trimmed).hasMatch()))
            continue;
        const auto unitMatch = unitRe.match(trimmed);
        if (unitMatch.hasMatch()) {
            m_table.unit = unitMatch.captured(1) == QStringLiteral("元") ? Unit::Yuan : Unit::WanYuan;
            continue;
        }
        if (trimmed.startsWith(QStringLiteral("编制部门")) || trimmed.startsWith(QStringLiteral("编制单位")))
            continue;
        if (trimmed.contains(QStringLiteral("空表")) || trimmed.startsWith(QStringLiteral("注:"))
            || trimmed.startsWith(QStringLiteral("注："))) {
            QString note = trimmed;
            if (!m_tabLayout && isProse(k)) {
                // The PDF wrapped the note: the lines of prose right above and below belong to it.
                for (int j = k - 1; j >= 0 && isProse(j) && lines[j].number == lines[j + 1].number - 1
                                    && !lines[j].text.trimmed().startsWith(QStringLiteral("编制"));
                     --j)
                    note = joinWrapped(lines[j].text.trimmed(), note);
                while (!note.endsWith(QStringLiteral("。")) && k + 1 < lines.size() && isProse(k + 1)
                       && lines[k + 1].number == line.number + 1)
                    note = joinWrapped(note, lines[++k].text.trimmed());
            }
            m_table.note = mendName(note);
            continue;
        }
        const bool ok = m_tabLayout ? parseTabRow(line, error) : parseAlignedRow(line, error);
        if (!ok)
            return std::nullopt;
    }
    if (m_table.rows.isEmpty() && m_table.note.isEmpty()) {
        error->line = titleLine;
        error->message = QStringLiteral("table %1 (%2) has neither rows nor an empty-table note").arg(m_spec.number).arg(m_spec.title);
        return std::nullopt;
    }
    // A table whose total comes last and is missing was cut off (a table printed only as its
    // empty-table note has no rows at all).
    if (!m_table.rows.isEmpty() && m_spec.total && !m_spec.totalOnTop && m_spec.kind != TableKind::TwoSided
        && !m_table.findRow(m_spec.total->key)) {
        error->line = lines.isEmpty() ? titleLine : lines.last().number;
        error->message = QStringLiteral("table %1 (%2) ends before its total row \"%3\"; the table looks truncated")
                             .arg(m_spec.number).arg(m_spec.title, m_spec.total->label);
        return std::nullopt;
    }
    if (m_spec.kind == TableKind::TwoSided && !m_table.findRow(m_spec.total->key)) {
        error->line = lines.isEmpty() ? titleLine : lines.last().number;
        error->message = QStringLiteral("table %1 (%2) ends before its total row \"%3\"; the table looks truncated")
                             .arg(m_spec.number).arg(m_spec.title, m_spec.total->label);
        return std::nullopt;
    }
    return m_table;
}

bool TableParser::setAmount(TableRow &row, int column, const QString &text, int line, ImportError *error) const
{
    const AmountParse p = parseAmount(text, m_table.unit);
    if (p.isInvalid()) {
        error->line = line;
        error->message = QStringLiteral("table %1 (%2), column \"%3\": %4")
                             .arg(m_spec.number).arg(m_spec.title, m_spec.columns[column].header, p.error);
        return false;
    }
    TableCell &cell = row.cells[column];
    cell.amount = p.ok() ? std::optional<Amount>(p.amount) : std::nullopt;
    cell.text = p.ok() ? text.trimmed() : QString();
    cell.sourceLine = line;
    return true;
}

QString TableParser::leftKeyFor(const QString &label)
{
    const QString key = m_tpl.rowKey(label);
    if (key.isEmpty())
        return {};
    if (m_spec.total && m_tpl.rowKey(m_spec.total->label) == key)
        return m_spec.total->key;
    // Labels repeat ("单位资金", "其中：一般公共预算拨款"): take the next one in order first.
    for (int i = m_leftCursor; i < m_spec.rows.size(); ++i) {
        if (m_tpl.rowKey(m_spec.rows[i].label) == key) {
            m_leftCursor = i + 1;
            return m_spec.rows[i].key;
        }
    }
    for (int i = 0; i < m_leftCursor && i < m_spec.rows.size(); ++i)
        if (m_tpl.rowKey(m_spec.rows[i].label) == key)
            return m_spec.rows[i].key;
    return {};
}

std::optional<QString> TableParser::fixedKeyFor(const QString &label)
{
    const QString key = leftKeyFor(label);
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

std::optional<QString> TableParser::rightKeyFor(const QString &label) const
{
    const QString key = labelKey(label);
    if (key.isEmpty())
        return std::nullopt;
    if (m_spec.totalRight && m_tpl.rowKey(m_spec.totalRight->label) == m_tpl.rowKey(label))
        return m_spec.totalRight->key;
    static const QRegularExpression coded(QStringLiteral("^(\\d{3})(\\D.*)?$"));
    const auto m = coded.match(key);
    if (m.hasMatch())
        return m.captured(1);
    static const QRegularExpression ordinal(QStringLiteral("^[一二三四五六七八九十]+、"));
    QString name = key;
    name.remove(ordinal);
    if (const auto code = m_catalogue.codeForName(Classification::Functional, name, 1))
        return *code;
    return std::nullopt;
}

bool TableParser::assignKeys(TableRow &row, const QString &leftLabel, const QString &rightLabel, int line, ImportError *error)
{
    if (!leftLabel.isEmpty()) {
        row.key = leftKeyFor(leftLabel);
        if (row.key.isEmpty()) {
            error->line = line;
            error->message = QStringLiteral("table %1 (%2): row \"%3\" is not one of the template's rows")
                                 .arg(m_spec.number).arg(m_spec.title, leftLabel);
            return false;
        }
    }
    if (!rightLabel.isEmpty()) {
        const auto key = rightKeyFor(rightLabel);
        if (!key) {
            error->line = line;
            error->message = QStringLiteral("table %1 (%2): \"%3\" is neither a 功能分类 类 nor the total")
                                 .arg(m_spec.number).arg(m_spec.title, rightLabel);
            return false;
        }
        row.rightKey = *key;
    }
    return true;
}

// ---- Tab-separated rows: one cell per template column. ----

bool TableParser::parseTabRow(const SourceLine &line, ImportError *error)
{
    QStringList cells = line.text.split(QLatin1Char('\t'));
    for (QString &c : cells)
        c = mendName(c);
    if (cells.value(0).startsWith(QStringLiteral("※")))
        return true; // column-number row of the header
    const int n = m_spec.columns.size();
    for (int i = n; i < cells.size(); ++i) {
        if (!cells[i].isEmpty()) {
            // Header rows may have more cells than data rows; data rows never do.
            bool anyAmount = false;
            for (int c = 0; c < n; ++c)
                if (m_spec.columns[c].isAmount() && isAmountToken(cells.value(c)))
                    anyAmount = true;
            if (!anyAmount)
                return true;
            error->line = line.number;
            error->message = QStringLiteral("table %1 (%2) has %3 columns but the row has a value in column %4: \"%5\"")
                                 .arg(m_spec.number).arg(m_spec.title).arg(n).arg(i + 1).arg(cells[i]);
            return false;
        }
    }
    cells.resize(n);
    auto textOf = [&](const QString &kind) {
        for (int c = 0; c < n; ++c)
            if (m_spec.columns[c].text == kind)
                return cells[c];
        return QString();
    };
    bool anyAmountLike = false;
    for (int c = 0; c < n; ++c)
        if (m_spec.columns[c].isAmount() && looksLikeAmount(cells[c]))
            anyAmountLike = true;

    TableRow row = emptyRow(line.number);
    for (int c = 0; c < n; ++c)
        if (!m_spec.columns[c].isAmount())
            row.cells[c].text = cells[c];

    switch (m_spec.kind) {
    case TableKind::FunctionalTree:
    case TableKind::EconomicTree:
    case TableKind::Projects: {
        QString code;
        bool header = false;
        for (int c = 0; c < n; ++c) {
            if (!m_spec.columns[c].text.startsWith(QLatin1String("code")) || cells[c].isEmpty())
                continue;
            if (!allDigits(cells[c]))
                header = true;
            code += cells[c];
        }
        if (header)
            return true;
        const QString name = textOf(QStringLiteral("name"));
        if (code.isEmpty()) {
            if (name.isEmpty()) {
                if (!anyAmountLike)
                    return true;
                error->line = line.number;
                error->message = QStringLiteral("table %1 (%2): a row of amounts without a code or a name").arg(m_spec.number).arg(m_spec.title);
                return false;
            }
            if (m_spec.total && m_tpl.rowKey(name) == m_tpl.rowKey(m_spec.total->label)) {
                row.key = m_spec.total->key;
                row.level = 0;
            } else if (m_spec.unitRow && anyAmountLike) {
                row.key = QStringLiteral("unit");
                row.level = 0;
            } else if (!anyAmountLike && !m_table.rows.isEmpty()) {
                // A name the PDF broke onto its own line: it continues the row above.
                const int nameCol = m_spec.columnIndex(QStringLiteral("name"));
                TableCell &prev = m_table.rows.last().cells[nameCol];
                prev.text = mendName(prev.text + name);
                return true;
            } else {
                return true; // header text
            }
        } else {
            const Classification cls = m_spec.kind == TableKind::EconomicTree ? Classification::Economic : Classification::Functional;
            row.level = CodeCatalogue::levelOf(cls, code);
            row.key = code;
            if (m_spec.kind == TableKind::Projects && !textOf(QStringLiteral("project")).isEmpty()) {
                row.key = QStringLiteral("project:") + textOf(QStringLiteral("project"));
                row.level = 4;
            }
        }
        break;
    }
    case TableKind::TwoSided: {
        QString left, right;
        for (int c = 0; c < n; ++c) {
            if (m_spec.columns[c].text == QLatin1String("label"))
                (m_spec.columns[c].side == 0 ? left : right) = cells[c];
        }
        if (left.isEmpty() && right.isEmpty())
            return true;
        const int cursor = m_leftCursor;
        const bool leftKnown = left.isEmpty() || !leftKeyFor(left).isEmpty();
        const bool rightKnown = right.isEmpty() || rightKeyFor(right).has_value();
        m_leftCursor = cursor;
        if ((!leftKnown || !rightKnown) && !anyAmountLike)
            return true; // a header row
        if (!assignKeys(row, left, right, line.number, error))
            return false;
        row.level = levelOf(row.key);
        break;
    }
    case TableKind::Fixed: {
        // A table of one row and no label column (Putuo's 三公 table): a row of amounts is that row.
        if (m_spec.columnIndex(QStringLiteral("label")) < 0 && m_spec.rows.size() == 1) {
            if (!anyAmountLike)
                return true; // a header row
            row.key = m_spec.rows.first().key;
            row.level = m_spec.rows.first().level;
            break;
        }
        const QString label = textOf(QStringLiteral("label"));
        const auto key = fixedKeyFor(label);
        if (!key) {
            if (!anyAmountLike)
                return true;
            error->line = line.number;
            error->message = QStringLiteral("table %1 (%2): row \"%3\" is not one of the template's rows")
                                 .arg(m_spec.number).arg(m_spec.title, label);
            return false;
        }
        row.key = *key;
        row.level = levelOf(row.key);
        break;
    }
    case TableKind::CarryOver: {
        static const QRegularExpression coded(QStringLiteral("^(\\d{3,7})\\s*(.*)$"));
        const auto m = coded.match(textOf(QStringLiteral("label")));
        if (!m.hasMatch()) {
            if (!anyAmountLike)
                return true;
            error->line = line.number;
            error->message = QStringLiteral("table %1 (%2): row \"%3\" has no 功能分类 code")
                                 .arg(m_spec.number).arg(m_spec.title, textOf(QStringLiteral("label")));
            return false;
        }
        row.key = m.captured(1);
        row.level = CodeCatalogue::levelOf(Classification::Functional, row.key);
        break;
    }
    }
    for (int c = 0; c < n; ++c)
        if (m_spec.columns[c].isAmount() && !setAmount(row, c, cells[c], line.number, error))
            return false;
    m_table.rows.append(row);
    return true;
}

// ---- Space-aligned rows (pdftotext -layout). ----

namespace {
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
        Segment s{int(m.capturedStart()), m.captured(), isAmountToken(m.captured())};
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
} // namespace

void TableParser::learnHeaderPositions(const QString &text)
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
        for (int c = 0; c < m_spec.columns.size(); ++c)
            if (m_spec.columns[c].isAmount())
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
    for (int c = 0; c < m_spec.columns.size(); ++c) {
        const ColumnSpec &col = m_spec.columns[c];
        if (col.find.isEmpty())
            continue;
        int seen = 0;
        for (const auto &[start, tok] : tokens) {
            if (labelKey(tok) == labelKey(col.find) && ++seen == col.nth) {
                m_columnCenter[c] = start + tok.size() / 2.0;
                break;
            }
        }
    }
}

bool TableParser::parseAlignedRow(const SourceLine &line, ImportError *error)
{
    const QList<Segment> segs = segments(line.text);
    if (segs.isEmpty())
        return true;
    bool anyAmount = false;
    for (const Segment &s : segs)
        anyAmount = anyAmount || s.amount;

    // Amount columns of one side, in order.
    auto amountColumns = [&](int side) {
        QList<int> cols;
        for (int c = 0; c < m_spec.columns.size(); ++c)
            if (m_spec.columns[c].isAmount() && m_spec.columns[c].side == side)
                cols.append(c);
        return cols;
    };
    // Places amounts under their columns: the first sits in the side's first column, the others
    // by their distance from it compared with the header's (the page may be shifted as a whole).
    auto placeAmounts = [&](TableRow &row, const QList<Segment> &amounts, int side) -> bool {
        const QList<int> cols = amountColumns(side);
        if (amounts.size() > cols.size()) {
            error->line = line.number;
            error->message = QStringLiteral("table %1 (%2): %3 amounts on a row of %4 amount columns")
                                 .arg(m_spec.number).arg(m_spec.title).arg(amounts.size()).arg(cols.size());
            return false;
        }
        bool positioned = true;
        for (int c : cols)
            positioned = positioned && m_columnCenter.contains(c);
        if (!positioned) {
            for (int i = 0; i < amounts.size(); ++i)
                if (!setAmount(row, cols[i], amounts[i].text, line.number, error))
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
            if (!setAmount(row, cols[best], amounts[i].text, line.number, error))
                return false;
            next = best + 1;
        }
        return true;
    };

    TableRow row = emptyRow(line.number);
    switch (m_spec.kind) {
    case TableKind::FunctionalTree:
    case TableKind::EconomicTree:
    case TableKind::Projects: {
        const int codeCols = m_spec.codeColumns();
        int i = 0;
        QStringList codes;
        while (i < segs.size() && codes.size() < codeCols && allDigits(segs[i].text)
               && segs[i].text.size() == (codes.isEmpty() ? 3 : 2)) {
            codes.append(segs[i].text);
            ++i;
        }
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
        const int nameCol = m_spec.columnIndex(QStringLiteral("name"));
        const int projectCol = m_spec.columnIndex(QStringLiteral("project"));
        QString project;
        if (projectCol >= 0 && !codes.isEmpty() && texts.size() >= 2)
            project = mendName(texts.takeLast());
        const QString name = mendName(texts.join(QLatin1Char(' ')));
        if (codes.isEmpty()) {
            if (m_spec.total && m_tpl.rowKey(name) == m_tpl.rowKey(m_spec.total->label)) {
                row.key = m_spec.total->key;
                row.level = 0;
            } else if (m_spec.unitRow && anyAmount && !name.isEmpty()) {
                row.key = QStringLiteral("unit"); // the department's own row under the total
                row.level = 0;
            } else if (anyAmount) {
                error->line = line.number;
                error->message = QStringLiteral("table %1 (%2): a row of amounts without a code: \"%3\"")
                                     .arg(m_spec.number).arg(m_spec.title, line.text.trimmed());
                return false;
            } else {
                // Either a header line (learn where the columns are) or names the PDF broke
                // onto a line of their own, each under the start of its cell in the row above.
                bool continues = !m_table.rows.isEmpty() && !m_lastTextStarts.isEmpty()
                                 && m_table.rows.last().sourceLine == line.number - 1;
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
                TableRow &last = m_table.rows.last();
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
            row.key = codes.join(QString());
            const Classification cls = m_spec.kind == TableKind::EconomicTree ? Classification::Economic : Classification::Functional;
            row.level = CodeCatalogue::levelOf(cls, row.key);
            for (int k = 0; k < codes.size(); ++k)
                row.cells[m_spec.columnIndex(QStringLiteral("code%1").arg(k + 1))].text = codes[k];
            if (!project.isEmpty()) {
                row.key = QStringLiteral("project:") + project;
                row.level = 4;
                row.cells[projectCol].text = project;
            }
        }
        if (trailingText) {
            error->line = line.number;
            error->message = QStringLiteral("table %1 (%2): unexpected text \"%3\" after the amounts")
                                 .arg(m_spec.number).arg(m_spec.title, segs[i].text);
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
                m_lastTextStarts.append({segs[codes.size() + k].start, isProject ? projectCol : nameCol});
        }
        if (!placeAmounts(row, amounts, 0))
            return false;
        break;
    }
    case TableKind::TwoSided: {
        QString left, right;
        QList<Segment> leftAmounts, rightAmounts;
        int state = 0; // 0 start, 1 left, 2 right
        const int cursor = m_leftCursor;
        for (const Segment &s : segs) {
            if (s.amount) {
                if (state == 2)
                    rightAmounts.append(s);
                else
                    leftAmounts.append(s);
                continue;
            }
            const QString text = mendName(s.text);
            if (state == 0 && !leftKeyFor(text).isEmpty()) {
                left = text;
                state = 1;
            } else if (state < 2 && rightKeyFor(text)) {
                right = text;
                state = 2;
            } else {
                m_leftCursor = cursor;
                if (!anyAmount) {
                    learnHeaderPositions(line.text);
                    return true;
                }
                error->line = line.number;
                error->message = QStringLiteral("table %1 (%2): \"%3\" is not one of the template's rows")
                                     .arg(m_spec.number).arg(m_spec.title, text);
                return false;
            }
        }
        m_leftCursor = cursor;
        if (left.isEmpty() && right.isEmpty()) {
            if (!anyAmount)
                return true;
            error->line = line.number;
            error->message = QStringLiteral("table %1 (%2): amounts without a row label").arg(m_spec.number).arg(m_spec.title);
            return false;
        }
        if (!assignKeys(row, left, right, line.number, error))
            return false;
        for (int c = 0; c < m_spec.columns.size(); ++c)
            if (m_spec.columns[c].text == QLatin1String("label"))
                row.cells[c].text = m_spec.columns[c].side == 0 ? left : right;
        row.level = levelOf(row.key);
        if (!placeAmounts(row, leftAmounts, 0) || !placeAmounts(row, rightAmounts, 1))
            return false;
        break;
    }
    case TableKind::Fixed:
    case TableKind::CarryOver: {
        QStringList texts;
        QList<Segment> amounts;
        // Whole numbers ("0", "15" in a 三公 row printed in whole 万元) are amounts beside
        // other amounts: the labels of fixed rows are never bare numbers.
        const bool anyRealAmount = std::any_of(segs.begin(), segs.end(), [](const Segment &s) { return s.amount; });
        for (const Segment &s : segs)
            (s.amount || (anyRealAmount && m_spec.kind == TableKind::Fixed && allDigits(s.text)) ? (void)amounts.append(s)
                                                                                                  : (void)texts.append(s.text));
        const QString label = mendName(texts.join(QLatin1Char(' ')));
        if (amounts.isEmpty()) {
            // A row of the template left empty ("其中：公务用车购置费"), once the table has begun;
            // otherwise a header line.
            if (m_spec.kind == TableKind::Fixed && !m_table.rows.isEmpty()) {
                if (const auto key = fixedKeyFor(label)) {
                    row.key = *key;
                    row.level = levelOf(row.key);
                    if (m_spec.columnIndex(QStringLiteral("label")) >= 0)
                        row.cells[m_spec.columnIndex(QStringLiteral("label"))].text = label;
                    m_table.rows.append(row);
                    return true;
                }
            }
            learnHeaderPositions(line.text);
            return true;
        }
        const bool hasLabelColumn = m_spec.columnIndex(QStringLiteral("label")) >= 0;
        if (m_spec.kind == TableKind::Fixed) {
            if (!hasLabelColumn && m_spec.rows.size() == 1 && texts.isEmpty()) {
                row.key = m_spec.rows.first().key;
                row.level = m_spec.rows.first().level;
            } else if (const auto key = fixedKeyFor(label)) {
                row.key = *key;
                row.level = levelOf(row.key);
            } else {
                error->line = line.number;
                error->message = QStringLiteral("table %1 (%2): row \"%3\" is not one of the template's rows")
                                     .arg(m_spec.number).arg(m_spec.title, label);
                return false;
            }
        } else {
            static const QRegularExpression coded(QStringLiteral("^(\\d{3,7})\\s*(.*)$"));
            const auto m = coded.match(label);
            if (!m.hasMatch()) {
                error->line = line.number;
                error->message = QStringLiteral("table %1 (%2): row \"%3\" has no 功能分类 code")
                                     .arg(m_spec.number).arg(m_spec.title, label);
                return false;
            }
            row.key = m.captured(1);
        }
        if (hasLabelColumn)
            row.cells[m_spec.columnIndex(QStringLiteral("label"))].text = label;
        if (!placeAmounts(row, amounts, 0))
            return false;
        break;
    }
    }
    m_table.rows.append(row);
    return true;
}

} // namespace bd
