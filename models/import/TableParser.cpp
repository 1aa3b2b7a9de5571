#include "TableParser.h"

#include "codes/CodeCatalogue.h"
#include "import/AmountTokens.h"
#include "import/AlignedRowReader.h"
#include "import/TabRowReader.h"
#include "text/WrappedText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace bd {

QString ImportError::toString() const
{
    QString place = source;
    if (line > 0)
        place += (place.isEmpty() ? QCoreApplication::translate("bd::Importer", "line %1") : QCoreApplication::translate("bd::Importer", ", line %1")).arg(line);
    return place.isEmpty() ? message : QCoreApplication::translate("bd::Importer", "%1: %2").arg(place, message);
}

RowReader::~RowReader() = default;

QList<SourceLine> RowReader::prepare(const QList<SourceLine> &lines) const
{
    return lines;
}

TableParser::TableParser(const TemplateDescription &tpl, const TableSpec &spec, const CodeCatalogue &catalogue, bool tabLayout)
    : m_tpl(tpl)
    , m_spec(spec)
    , m_catalogue(catalogue)
    , m_tabLayout(tabLayout)
{
}

int TableParser::levelOf(const QString &key) const
{
    if (key.isEmpty())
        return 3; // a row with only a right side
    if (m_spec.total && key == m_spec.total->key)
        return 0;
    if (m_spec.totalRight && key == m_spec.totalRight->key)
        return 0;
    for (const QList<RowSpec> *list : {&m_spec.rows, &m_spec.tailLeft, &m_spec.tailRight})
        for (const RowSpec &r : *list)
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

std::optional<DisclosureTable> TableParser::parse(const QList<SourceLine> &sourceLines, int titleLine, ImportError *error)
{
    std::unique_ptr<RowReader> reader;
    if (m_tabLayout)
        reader = std::make_unique<TabRowReader>(*this);
    else
        reader = std::make_unique<AlignedRowReader>(*this);
    const QList<SourceLine> lines = reader->prepare(sourceLines);
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
    m_reading = TableReading();
    m_reading.table = m_spec.number;
    m_reading.title = m_spec.title;

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
        if (trimmed.isEmpty())
            continue;
        if (!m_tabLayout && pageNumber.match(trimmed).hasMatch()) {
            if (!m_table.rows.isEmpty())
                m_reading.skipped.append({line.number, trimmed, QStringLiteral(QT_TRANSLATE_NOOP("bd::ImportReport", "page number"))});
            continue;
        }
        // Who compiled the table: "编制部门：上海市普陀区商务委员会", the unit ("单位：元",
        // "金额单位：元") printed after it.
        static const QRegularExpression issuerRe(QStringLiteral("^(编制(?:部门|单位))\\s*[：:]\\s*(.*?)(?:\\s+(?:金额)?单位\\s*[：:].*)?$"));
        if (const auto m = issuerRe.match(trimmed); m.hasMatch() && m_table.issuer.isEmpty())
            m_table.issuer = m.captured(1) + QStringLiteral("：") + m.captured(2).trimmed();
        const auto unitMatch = unitRe.match(trimmed);
        if (unitMatch.hasMatch()) {
            m_table.unit = unitMatch.captured(1) == QStringLiteral("元") ? Unit::Yuan : Unit::WanYuan;
            continue;
        }
        // The 编制部门 line, and the "表 N" that numbers the next table.
        static const QRegularExpression nextTableNumber(QStringLiteral("^表\\s*\\d+$"));
        if (trimmed.startsWith(QStringLiteral("编制部门")) || trimmed.startsWith(QStringLiteral("编制单位"))
            || nextTableNumber.match(trimmed).hasMatch())
            continue;
        if (m_tpl.isTableCaption(trimmed))
            continue; // what the table shows ("注：本表反映…"), printed under every table of the family
        if (trimmed.contains(QStringLiteral("空表")) || trimmed.contains(QStringLiteral("本表无数据"))
            || trimmed.startsWith(QStringLiteral("注:"))
            || trimmed.startsWith(QStringLiteral("注："))) {
            QString note = trimmed;
            if (!m_tabLayout && isProse(k)) {
                // The PDF wrapped the note: the lines of prose right above and below belong to it.
                // A line that ends a sentence ("。", "：") or says what the table shows is no part of it.
                auto ended = [&](int j) {
                    const QString t = lines[j].text.trimmed();
                    return t.endsWith(QStringLiteral("。")) || t.endsWith(QStringLiteral("：")) || t.endsWith(QLatin1Char(':'))
                           || m_tpl.isTableCaption(t);
                };
                for (int j = k - 1; j >= 0 && isProse(j) && lines[j].number == lines[j + 1].number - 1
                                    && !lines[j].text.trimmed().startsWith(QStringLiteral("编制")) && !ended(j);
                     --j)
                    note = joinWrapped(lines[j].text.trimmed(), note);
                while (!note.endsWith(QStringLiteral("。")) && k + 1 < lines.size() && isProse(k + 1)
                       && lines[k + 1].number == line.number + 1)
                    note = joinWrapped(note, lines[++k].text.trimmed());
            }
            m_table.note = mendName(note);
            continue;
        }
        // A line that made no row and changed none, once the rows have begun, was passed over.
        const qsizetype rowsBefore = m_table.rows.size();
        const TableRow lastBefore = m_table.rows.isEmpty() ? TableRow() : m_table.rows.last();
        if (!reader->read(line, error))
            return std::nullopt;
        if (rowsBefore > 0 && m_table.rows.size() == rowsBefore && m_table.rows.last() == lastBefore)
            m_reading.skipped.append({line.number, trimmed, QStringLiteral(QT_TRANSLATE_NOOP("bd::ImportReport", "no row"))});
    }
    if (m_table.rows.isEmpty() && m_table.note.isEmpty()) {
        error->line = titleLine;
        error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2) has neither rows nor an empty-table note").arg(m_spec.number).arg(m_spec.title);
        return std::nullopt;
    }
    // A table whose total comes last (a two-sided table's always does) and is missing was cut
    // off; a table printed only as its empty-table note has no rows at all.
    const bool totalLast = m_spec.hasSides() || !m_spec.totalOnTop;
    if (!m_table.rows.isEmpty() && m_spec.total && totalLast && !m_table.findRow(m_spec.total->key)) {
        error->line = lines.isEmpty() ? titleLine : lines.last().number;
        error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2) ends before its total row \"%3\"; the table looks truncated")
                             .arg(m_spec.number).arg(m_spec.title, m_spec.total->label);
        return std::nullopt;
    }
    m_reading.rows = int(m_table.rows.size());
    if (m_tabLayout)
        for (const TableRow &r : std::as_const(m_table.rows))
            for (int c = 0; c < m_spec.columns.size(); ++c)
                m_reading.cellsByCell += m_spec.columns[c].isAmount() && r.cells.value(c).amount ? 1 : 0;
    countLabelMatches();
    return m_table;
}

void TableParser::countLabelMatches()
{
    auto printed = [&](const TableRow &r, const QString &kind, int side) {
        for (int c = 0; c < m_spec.columns.size(); ++c)
            if (m_spec.columns[c].text == kind && m_spec.columns[c].side == side)
                return r.cells.value(c).text;
        return QString();
    };
    auto byLabel = [&](const QString &shown, const QString &templateLabel) {
        ++(TemplateDescription::labelKey(shown) == TemplateDescription::labelKey(templateLabel) ? m_reading.exactLabel
                                                                                                : m_reading.normalisedLabel);
    };
    const bool coded = m_spec.kind != TableKind::TwoSided && m_spec.kind != TableKind::Fixed;
    for (const TableRow &r : std::as_const(m_table.rows)) {
        if (!r.key.isEmpty()) {
            const QString shown = coded ? printed(r, QStringLiteral("name"), 0) : printed(r, QStringLiteral("label"), 0);
            if (coded && (r.key.front().isDigit() || r.key.startsWith(QLatin1String("project:"))))
                ++m_reading.byCode;
            else if (r.key == QLatin1String("unit") || (m_spec.kind == TableKind::Fixed && shown.isEmpty()))
                ++m_reading.byPosition; // the department's row under the total; a one-row table
            else if (m_spec.total && r.key == m_spec.total->key)
                byLabel(shown.isEmpty() ? printed(r, QStringLiteral("label"), 0) : shown, m_spec.total->label);
            else
                for (const RowSpec &spec : m_spec.rows)
                    if (spec.key == r.key) {
                        byLabel(shown, spec.label);
                        break;
                    }
        }
        if (!r.rightKey.isEmpty()) {
            static const QRegularExpression ordinal(QStringLiteral("^[一二三四五六七八九十]+、"));
            const QString shown = printed(r, QStringLiteral("label"), 1);
            if ((!shown.isEmpty() && shown.front().isDigit()) || (m_spec.kind == TableKind::EconomicPairs && r.rightKey.front().isDigit()))
                ++m_reading.byCode;
            else if (m_spec.totalRight && r.rightKey == m_spec.totalRight->key)
                byLabel(shown, m_spec.totalRight->label);
            else
                byLabel(QString(shown).remove(ordinal), m_catalogue.name(Classification::Functional, r.rightKey));
        }
    }
}

bool TableParser::setAmount(TableRow &row, int column, const QString &text, int line, ImportError *error) const
{
    const AmountParse p = parseAmount(text, m_table.unit);
    if (p.isInvalid()) {
        error->line = line;
        error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2), column \"%3\": %4")
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
    // Labels repeat ("单位资金", "其中：一般公共预算拨款", a final account's 一般公共预算财政拨款
    // under 年初结转和结余): take the next one in order first. The rows under the totals follow.
    QList<const RowSpec *> order;
    for (const QList<RowSpec> *list : {&m_spec.rows, &m_spec.tailLeft})
        for (const RowSpec &r : *list)
            if (!r.key.isEmpty())
                order.append(&r);
    for (int i = m_leftCursor; i < order.size(); ++i) {
        if (m_tpl.rowKey(order[i]->label) == key) {
            m_leftCursor = i + 1;
            return order[i]->key;
        }
    }
    for (int i = 0; i < m_leftCursor && i < order.size(); ++i)
        if (m_tpl.rowKey(order[i]->label) == key)
            return order[i]->key;
    return {};
}

std::optional<QString> TableParser::fixedKeyFor(const QString &label)
{
    const QString key = leftKeyFor(label);
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

QString TableParser::carryOverKeyFor(const QString &label) const
{
    static const QRegularExpression coded(QStringLiteral("^(\\d{3,7})\\s*(.*)$"));
    if (const auto m = coded.match(label); m.hasMatch())
        return m.captured(1);
    if (m_spec.total && m_tpl.rowKey(label) == m_tpl.rowKey(m_spec.total->label))
        return m_spec.total->key;
    return {};
}

QString TableParser::carryOverRowKey(const QString &label, int line, ImportError *error) const
{
    if (const QString key = carryOverKeyFor(label); !key.isEmpty())
        return key;
    const bool totalsOnly = std::all_of(m_table.rows.cbegin(), m_table.rows.cend(),
                                        [this](const TableRow &r) { return m_spec.total && r.key == m_spec.total->key; });
    if (!label.isEmpty() && totalsOnly)
        return QStringLiteral("unit");
    error->line = line;
    const bool units = std::any_of(m_table.rows.cbegin(), m_table.rows.cend(), [](const TableRow &r) { return r.key == QLatin1String("unit"); });
    error->message = units ? QCoreApplication::translate("bd::Importer", "table %1 (%2) lists the carry-over of more than one unit (\"%3\"): "
                                                                         "only a single unit's is read")
                                 .arg(m_spec.number).arg(m_spec.title, label)
                           : QCoreApplication::translate("bd::Importer", "table %1 (%2): row \"%3\" has no 功能分类 code")
                                 .arg(m_spec.number).arg(m_spec.title, label);
    return {};
}

std::optional<QString> TableParser::rightKeyFor(const QString &label) const
{
    const QString key = TemplateDescription::labelKey(label);
    if (key.isEmpty())
        return std::nullopt;
    if (m_spec.totalRight && m_tpl.rowKey(m_spec.totalRight->label) == m_tpl.rowKey(label))
        return m_spec.totalRight->key;
    for (const RowSpec &r : m_spec.tailRight)
        if (!r.key.isEmpty() && m_tpl.rowKey(r.label) == m_tpl.rowKey(label))
            return r.key;
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

QString TableParser::codeKey(const QStringList &parts)
{
    for (int k = 0; k < parts.size(); ++k)
        if (parts[k].size() != (k == 0 ? 3 : 2))
            return parts.join(QLatin1Char(' '));
    return parts.join(QString());
}

QStringList TableParser::codeParts(const QString &text, int parts)
{
    const qsizetype n = text.size();
    if ((n != 3 && n != 5 && n != 7) || (n - 1) / 2 > parts || !allDigits(text))
        return {};
    QStringList out{text.left(3)};
    for (qsizetype i = 3; i < n; i += 2)
        out.append(text.mid(i, 2));
    return out;
}

QString TableParser::codeBeforeName(const QString &text, qsizetype *nameStart)
{
    static const QRegularExpression codeThenName(QStringLiteral("^[\\[【(（]?(\\d{3}(?:\\d{2}){0,2})[\\]】)）]?\\s*(?=[^\\x{0}-\\x{7f}])"));
    const QRegularExpressionMatch m = codeThenName.match(text);
    if (!m.hasMatch() || m.capturedLength() == text.size())
        return {};
    *nameStart = m.capturedLength();
    return m.captured(1);
}

bool TableParser::assignKeys(TableRow &row, const QString &leftLabel, const QString &rightLabel, int line, ImportError *error)
{
    if (!leftLabel.isEmpty()) {
        row.key = leftKeyFor(leftLabel);
        if (row.key.isEmpty()) {
            error->line = line;
            error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): row \"%3\" is not one of the template's rows")
                                 .arg(m_spec.number).arg(m_spec.title, leftLabel);
            return false;
        }
    }
    if (!rightLabel.isEmpty()) {
        const auto key = rightKeyFor(rightLabel);
        if (!key) {
            error->line = line;
            error->message = QCoreApplication::translate("bd::Importer", "table %1 (%2): \"%3\" is neither a 功能分类 类 nor the total")
                                 .arg(m_spec.number).arg(m_spec.title, rightLabel);
            return false;
        }
        row.rightKey = *key;
    }
    return true;
}

} // namespace bd
