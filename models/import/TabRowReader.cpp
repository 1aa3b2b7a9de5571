#include "TabRowReader.h"

#include "codes/CodeCatalogue.h"
#include "import/AmountTokens.h"
#include "text/WrappedText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bd {

namespace {

// Figures, not the column numbers under a header ("栏次  1  2  3").
bool hasFigures(const QStringList &cells)
{
    int numbers = 0;
    bool columnNumbers = true;
    for (const QString &c : cells)
        if (looksLikeAmount(c))
            columnNumbers = columnNumbers && c == QString::number(++numbers);
    return numbers > 0 && !columnNumbers;
}

} // namespace

// A department that prints the code whole in one cell where the family's table has a cell for
// each of 类, 款 and 项, its rows are read as if printed split:
// - the code in a cell of its own ("2010301", "20103", "201"), the name in the next; so too
//   the empty cell of a total or unit row;
// - the code in the name's cell ("2010301 行政运行"); so too a name alone (总计, a unit),
//   where figures follow in the row.
// A row already split has its second cell empty or a 款 of digits; a header row has words in
// its first cell and no figures (or the columns' numbers).
void TabRowReader::splitCodes(QStringList &cells) const
{
    const int codeCols = m_t.spec().joinedCode() ? 1 : m_t.spec().codeColumns();
    if (codeCols < 2 || cells.size() < 2)
        return;
    const QString first = cells.at(0);
    QStringList parts = TableParser::codeParts(first, codeCols);
    const bool nameSecond = !cells.at(1).isEmpty() && !allDigits(cells.at(1));
    if ((first.isEmpty() && nameSecond) || (!parts.isEmpty() && (parts.size() > 1 || nameSecond))) {
        cells.removeFirst();
    } else if (!first.isEmpty() && !allDigits(first) && hasFigures(cells.mid(1))) {
        qsizetype nameStart = 0;
        const QString code = TableParser::codeBeforeName(first, &nameStart);
        parts = TableParser::codeParts(code, codeCols);
        cells[0] = parts.isEmpty() ? first : first.mid(nameStart);
    } else {
        return;
    }
    while (parts.size() < codeCols)
        parts.append(QString());
    cells = parts + cells;
}

// One cell per template column: a converted text or a workbook keeps the table's cells apart.
bool TabRowReader::read(const SourceLine &line, ImportError *error)
{
    QStringList cells = line.text.split(QLatin1Char('\t'));
    for (QString &c : cells)
        c = mendName(c);
    if (cells.value(0).startsWith(QStringLiteral("※")))
        return true; // column-number row of the header
    const TableKind kind = m_t.spec().kind;
    if (kind == TableKind::FunctionalTree || kind == TableKind::EconomicTree || kind == TableKind::Projects)
        splitCodes(cells);
    const int n = m_t.spec().columns.size();
    for (int i = n; i < cells.size(); ++i) {
        if (!cells[i].isEmpty()) {
            // Header rows may have more cells than data rows; data rows never do.
            bool anyAmount = false;
            for (int c = 0; c < n; ++c)
                if (m_t.spec().columns[c].isAmount() && isAmountToken(cells.value(c)))
                    anyAmount = true;
            if (!anyAmount)
                return true;
            error->line = line.number;
            error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2) has %3 columns but the row has a value in column %4: \"%5\"")
                                 .arg(m_t.spec().number).arg(m_t.spec().title).arg(n).arg(i + 1).arg(cells[i]);
            return false;
        }
    }
    cells.resize(n);
    auto textOf = [&](const QString &kind) {
        for (int c = 0; c < n; ++c)
            if (m_t.spec().columns[c].text == kind)
                return cells[c];
        return QString();
    };
    bool anyAmountLike = false;
    for (int c = 0; c < n; ++c)
        if (m_t.spec().columns[c].isAmount() && looksLikeAmount(cells[c]))
            anyAmountLike = true;

    TableRow row = m_t.emptyRow(line.number);
    for (int c = 0; c < n; ++c)
        if (!m_t.spec().columns[c].isAmount())
            row.cells[c].text = cells[c];

    switch (m_t.spec().kind) {
    case TableKind::FunctionalTree:
    case TableKind::EconomicTree:
    case TableKind::Projects: {
        QStringList parts;
        bool header = false;
        for (int c = 0; c < n; ++c) {
            if (!m_t.spec().columns[c].text.startsWith(QLatin1String("code")) || cells[c].isEmpty())
                continue;
            if (!allDigits(cells[c]))
                header = true;
            parts.append(cells[c]);
        }
        if (header)
            return true;
        const QString code = parts.isEmpty() ? QString() : TableParser::codeKey(parts);
        const QString name = textOf(QStringLiteral("name"));
        if (code.isEmpty()) {
            if (name.isEmpty()) {
                if (!anyAmountLike)
                    return true;
                error->line = line.number;
                error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): a row of amounts without a code or a name").arg(m_t.spec().number).arg(m_t.spec().title);
                return false;
            }
            if (m_t.spec().total && m_t.tpl().rowKey(name) == m_t.tpl().rowKey(m_t.spec().total->label)) {
                row.key = m_t.spec().total->key;
                row.level = 0;
            } else if (m_t.spec().unitRow && anyAmountLike) {
                row.key = QStringLiteral("unit");
                row.level = 0;
            } else if (!anyAmountLike && !m_t.table().rows.isEmpty()) {
                // A name the PDF broke onto its own line: it continues the row above.
                const int nameCol = m_t.spec().columnIndex(QStringLiteral("name"));
                TableCell &prev = m_t.table().rows.last().cells[nameCol];
                prev.text = mendName(prev.text + name);
                return true;
            } else {
                return true; // header text
            }
        } else {
            const Classification cls = m_t.spec().kind == TableKind::EconomicTree ? Classification::Economic : Classification::Functional;
            row.level = CodeCatalogue::levelOf(cls, code);
            if (row.level == 0)
                row.level = int(parts.size()); // malformed: as deep as it has parts
            row.key = code;
            if (m_t.spec().kind == TableKind::Projects && !textOf(QStringLiteral("project")).isEmpty()) {
                row.key = QStringLiteral("project:") + textOf(QStringLiteral("project"));
                row.level = 4;
            }
        }
        break;
    }
    case TableKind::TwoSided: {
        QString left, right;
        for (int c = 0; c < n; ++c) {
            if (m_t.spec().columns[c].text == QLatin1String("label"))
                (m_t.spec().columns[c].side == 0 ? left : right) = cells[c];
        }
        if (left.isEmpty() && right.isEmpty())
            return true;
        const int cursor = m_t.leftCursor();
        const bool leftKnown = left.isEmpty() || !m_t.leftKeyFor(left).isEmpty();
        const bool rightKnown = right.isEmpty() || m_t.rightKeyFor(right).has_value();
        m_t.setLeftCursor(cursor);
        if ((!leftKnown || !rightKnown) && !anyAmountLike)
            return true; // a header row
        if (!m_t.assignKeys(row, left, right, line.number, error))
            return false;
        row.level = m_t.levelOf(row.key);
        break;
    }
    case TableKind::EconomicPairs: {
        // code, name, amount on each side; the totals' labels stand in the name cells.
        for (int c = 0; c < n; ++c) {
            const ColumnSpec &col = m_t.spec().columns[c];
            QString &key = col.side == 0 ? row.key : row.rightKey;
            if (col.text == QLatin1String("code") && !cells[c].isEmpty()) {
                if (!allDigits(cells[c]))
                    return true; // a header row
                key = cells[c];
            } else if (col.text == QLatin1String("name") && key.isEmpty()) {
                const std::optional<RowSpec> &total = col.side == 0 ? m_t.spec().total : m_t.spec().totalRight;
                if (total && m_t.tpl().rowKey(cells[c]) == m_t.tpl().rowKey(total->label))
                    key = total->key;
            }
        }
        if (row.key.isEmpty() && row.rightKey.isEmpty()) {
            if (!anyAmountLike)
                return true;
            error->line = line.number;
            error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): a row of amounts without a 经济分类 code").arg(m_t.spec().number).arg(m_t.spec().title);
            return false;
        }
        const QString &first = row.key.isEmpty() ? row.rightKey : row.key;
        row.level = first.front().isDigit() ? CodeCatalogue::levelOf(Classification::Economic, first) : 0;
        break;
    }
    case TableKind::Fixed: {
        // A table of one row and no label column (Putuo's 三公 table): a row of amounts is that row.
        if (m_t.spec().columnIndex(QStringLiteral("label")) < 0 && m_t.spec().rows.size() == 1) {
            if (!anyAmountLike)
                return true; // a header row
            row.key = m_t.spec().rows.first().key;
            row.level = m_t.spec().rows.first().level;
            break;
        }
        const QString label = textOf(QStringLiteral("label"));
        const auto key = m_t.fixedKeyFor(label);
        if (!key) {
            if (!anyAmountLike)
                return true;
            error->line = line.number;
            error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): row \"%3\" is not one of the template's rows")
                                 .arg(m_t.spec().number).arg(m_t.spec().title, label);
            return false;
        }
        row.key = *key;
        row.level = m_t.levelOf(row.key);
        break;
    }
    case TableKind::CarryOver: {
        const QString label = textOf(QStringLiteral("label"));
        if (m_t.carryOverKeyFor(label).isEmpty() && !anyAmountLike)
            return true; // header text
        row.key = m_t.carryOverRowKey(label, line.number, error);
        if (row.key.isEmpty())
            return false;
        row.level = CodeCatalogue::levelOf(Classification::Functional, row.key);
        break;
    }
    }
    for (int c = 0; c < n; ++c)
        if (m_t.spec().columns[c].isAmount() && !m_t.setAmount(row, c, cells[c], line.number, error))
            return false;
    m_t.table().rows.append(row);
    return true;
}


} // namespace bd
