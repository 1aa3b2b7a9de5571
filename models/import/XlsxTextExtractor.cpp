#include "import/XlsxTextExtractor.h"

#include "import/TableParser.h"
#include "import/ZipArchive.h"
#include "templates/TemplateDescription.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QXmlStreamReader>


#include <algorithm>
#include <functional>
#include <optional>

namespace bd {

namespace {

// The text of an <si> or <is> element: all its <t> runs, phonetic runs (<rPh>) left out.
QString richText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// "AB12" → column 27 (0-based), row 11 (0-based); false when it is not a cell reference of a
// sheet (columns A–XFD, rows 1–1048576, ASCII letters and digits only). The bounds are checked
// before each step, so that no run of letters or digits can overflow.
bool cellPosition(QStringView ref, int *col, int *row)
{
    int c = 0, r = 0, i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref[i].unicode();
        const int letter = ch >= u'A' && ch <= u'Z' ? ch - u'A' + 1 : ch >= u'a' && ch <= u'z' ? ch - u'a' + 1 : 0;
        if (!letter)
            break;
        if (c > (XlsxTextExtractor::maxColumns - letter) / 26)
            return false;
        c = c * 26 + letter;
    }
    if (i == 0 || i == ref.size())
        return false;
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref[i].unicode();
        if (ch < u'0' || ch > u'9' || r > (XlsxTextExtractor::maxRows - (ch - u'0')) / 10)
            return false;
        r = r * 10 + (ch - u'0');
    }
    if (r == 0)
        return false;
    *col = c - 1;
    *row = r - 1;
    return true;
}

QString number(const QString &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? QString::number(d, 'f', 2) : v;
}

QString cellName(int col, int row)
{
    QString letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(qint64(row) + 1);
}

// Reads a worksheet into rows of text. isTableTitle decides, once the first row with text is
// read, whether the sheet is worth reading on: a sheet that is no disclosure table (a large
// ledger beside the tables, say) is kept with its first row only, so that a big workbook is
// told quickly what it holds. The rows a sheet can make are bounded: at most maxRows rows and
// maxColumns columns (the limits of the format), and no more than maxSheetCells cells from
// its first row to its last and its first column to its widest (a sparse sheet with A1 and
// XFD1048576 would otherwise become 17 billion empty strings).
bool parseSheet(const QByteArray &data, const QString &entry, const QStringList &shared,
                const std::function<bool(const QString &)> &isTableTitle, XlsxSheet *sheet, QString *error)
{
    QXmlStreamReader xml(data);
    QMap<int, QMap<int, QString>> cells;
    int width = 0;
    int nextRow = 0;
    int nextCol = 0;
    bool titleSeen = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("row") && !titleSeen && !cells.isEmpty()) {
            titleSeen = true;
            const QMap<int, QString> &first = cells.first();
            if (!isTableTitle(first.first().trimmed())) {
                sheet->complete = false;
                break;
            }
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QStringView rText = xml.attributes().value(QLatin1String("r"));
            if (!rText.isEmpty()) {
                bool ok = false;
                const qint64 r = rText.toLongLong(&ok);
                if (!ok || r < 1 || r > XlsxTextExtractor::maxRows) {
                    *error = QCoreApplication::translate("bd::Importer", "%1: row number \"%2\" is not valid (rows run from 1 to %3)")
                                 .arg(entry, rText.left(20).toString()).arg(XlsxTextExtractor::maxRows);
                    return false;
                }
                nextRow = int(r - 1);
            }
            nextCol = 0;
        } else if (xml.name() == QLatin1String("c")) {
            const auto attrs = xml.attributes();
            int col = nextCol, row = nextRow;
            const QStringView ref = attrs.value(QLatin1String("r"));
            if (!ref.isEmpty() && !cellPosition(ref, &col, &row)) {
                *error = QCoreApplication::translate("bd::Importer", "%1: cell reference \"%2\" is not valid (columns run from A to XFD, rows from 1 to %3)")
                             .arg(entry, ref.left(20).toString()).arg(XlsxTextExtractor::maxRows);
                return false;
            }
            if (col >= XlsxTextExtractor::maxColumns) {
                *error = QCoreApplication::translate("bd::Importer", "%1: row %2 has more than %3 cells").arg(entry).arg(row + 1).arg(XlsxTextExtractor::maxColumns);
                return false;
            }
            const QString type = attrs.value(QLatin1String("t")).toString();
            QString value;
            bool haveValue = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    haveValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    value = richText(xml);
                    haveValue = true;
                }
            }
            QString text;
            if (haveValue) {
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        *error = QCoreApplication::translate("bd::Importer", "%1: cell %2 refers to shared string %3, which does not exist")
                                     .arg(entry, cellName(col, row), value.left(20));
                        return false;
                    }
                    text = shared[index];
                } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") || type == QLatin1String("e")) {
                    text = value;
                } else if (type == QLatin1String("b")) {
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else {
                    text = number(value);
                }
            }
            if (!text.isEmpty()) {
                const int newWidth = std::max(width, col + 1);
                const int firstRow = cells.isEmpty() ? row : std::min(row, cells.firstKey());
                const int lastRow = cells.isEmpty() ? row : std::max(row, cells.lastKey());
                // The rows materialise from row 0 to the last, each newWidth wide.
                if (qint64(lastRow + 1) * newWidth > XlsxTextExtractor::maxSheetCells) {
                    *error = QCoreApplication::translate("bd::Importer", "%1: the sheet spans %2 (%3 rows × %4 columns); BudgetDesk reads at most %5 cells "
                                            "of a sheet, from A1 to its last filled cell")
                                 .arg(entry, QStringLiteral("%1:%2").arg(cellName(0, firstRow), cellName(newWidth - 1, lastRow)))
                                 .arg(lastRow + 1)
                                 .arg(newWidth)
                                 .arg(XlsxTextExtractor::maxSheetCells);
                    return false;
                }
                cells[row][col] = text;
                width = newWidth;
            }
            nextRow = row;
            nextCol = col + 1;
        }
    }
    if (xml.hasError()) {
        *error = ZipArchive::xmlError(entry, xml);
        return false;
    }
    const int height = cells.isEmpty() ? 0 : cells.lastKey() + 1;
    for (int r = 0; r < height; ++r) {
        QStringList row;
        const QMap<int, QString> values = cells.value(r);
        for (int c = 0; c < width; ++c)
            row.append(values.value(c));
        sheet->rows.append(row);
    }
    return true;
}

QString firstText(const QStringList &row)
{
    for (const QString &c : row)
        if (!c.trimmed().isEmpty())
            return c.trimmed();
    return {};
}

// The template and year the document information sheet names (rows "模板" and "年度").
struct NamedDocument
{
    std::shared_ptr<const TemplateDescription> templ;
    int year = 0;
};

NamedDocument namedDocument(const QList<XlsxSheet> &sheets)
{
    NamedDocument named;
    for (const XlsxSheet &s : sheets) {
        if (s.name != XlsxTextExtractor::infoSheetName())
            continue;
        for (int r = 1; r < s.rows.size(); ++r) {
            const QString key = s.rows[r].value(0).trimmed();
            const QString value = s.rows[r].value(1).trimmed();
            if (key == QStringLiteral("模板"))
                named.templ = TemplateRegistry::instance().find(value);
            else if (key == QStringLiteral("年度"))
                named.year = int(value.toDouble()); // "2025", or "2025.00" where a program made it a number
        }
    }
    return named;
}

// The title line a sheet's title cell stands for, or empty when the sheet is not a disclosure
// table. A title matching a table's title pattern of a known template is taken as it is, so
// that printed titles with the year ("2025年部门财务收支预算总表") are found as the text import
// finds them. Workbooks written before the title cells carried the printed title have the bare
// title ("部门财务收支预算总表"): where the template prints the year, the line becomes the title
// as the template named on the information sheet prints it in that sheet's year.
QString disclosureTitle(const QString &cell, const NamedDocument &named)
{
    if (cell.isEmpty())
        return {};
    for (const auto &t : TemplateRegistry::instance().all())
        for (const TableSpec &spec : t->tables)
            if (spec.isTitle(cell))
                return cell;
    if (named.templ && named.year > 0)
        for (const TableSpec &spec : named.templ->tables)
            if (TemplateDescription::labelKey(spec.title) == TemplateDescription::labelKey(cell))
                return named.templ->printedTitle(spec, named.year);
    return {};
}

// Whether a sheet whose first cell says this can be a disclosure table: its title as a
// template prints it, or bare (disclosureTitle decides which, once the information sheet is read).
bool mayBeTableTitle(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QString key = TemplateDescription::labelKey(cell);
    for (const auto &t : TemplateRegistry::instance().all())
        for (const TableSpec &spec : t->tables)
            if (spec.isTitle(cell) || TemplateDescription::labelKey(spec.title) == key)
                return true;
    return false;
}

QStringList linesOf(const QList<XlsxSheet> &sheets, int *tables)
{
    *tables = 0;
    QStringList lines;
    // The document information first: the title (with the year), department and date.
    for (const XlsxSheet &s : sheets) {
        if (s.name != XlsxTextExtractor::infoSheetName())
            continue;
        if (!s.rows.isEmpty())
            lines.append(firstText(s.rows.first()));
        for (int r = 1; r < s.rows.size(); ++r) {
            const QString key = s.rows[r].value(0).trimmed();
            const QString value = s.rows[r].value(1).trimmed();
            if (key == QStringLiteral("编制部门") && !value.isEmpty())
                lines.append(QStringLiteral("编制部门：") + value);
            else if (key == QStringLiteral("发布日期") && !value.isEmpty())
                lines.append(value);
        }
        lines.append(QString());
    }
    const NamedDocument named = namedDocument(sheets);
    for (const XlsxSheet &s : sheets) {
        const QString title = s.rows.isEmpty() ? QString() : disclosureTitle(firstText(s.rows.first()), named);
        if (title.isEmpty())
            continue;
        ++*tables;
        lines.append(title);
        for (int r = 1; r < s.rows.size(); ++r) {
            const QStringList &row = s.rows[r];
            QStringList texts;
            for (const QString &c : row)
                if (!c.trimmed().isEmpty())
                    texts.append(c.trimmed());
            // The line under the title: "编制部门：…" and "单位：…", each a line of its own.
            const bool meta = r == 1 && !texts.isEmpty() && std::all_of(texts.begin(), texts.end(), [](const QString &t) {
                return t.startsWith(QStringLiteral("编制部门")) || t.startsWith(QStringLiteral("编制单位"))
                       || t.startsWith(QStringLiteral("单位"));
            });
            if (meta)
                lines.append(texts);
            else if (texts.isEmpty())
                lines.append(QString());
            else
                lines.append(row.join(QLatin1Char('\t')));
        }
        lines.append(QString());
    }
    return lines;
}

} // namespace

bool XlsxTextExtractor::isZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK");
}

XlsxText XlsxTextExtractor::extract(const QByteArray &bytes, const QString &sourceName)
{
    XlsxText out;
    out.source = sourceName;
    ZipArchive zip(bytes);
    out.message = zip.open(QCoreApplication::translate("bd::Importer", "an XLSX workbook"));
    if (!out.ok())
        return out;
    const QString workbookEntry = QStringLiteral("xl/workbook.xml");
    if (!zip.contains(workbookEntry)) {
        out.message = QCoreApplication::translate("bd::Importer", "the file is not an XLSX workbook: the ZIP archive has no xl/workbook.xml");
        return out;
    }
    QString error;
    auto fail = [&](const QString &message) {
        out.message = message;
        out.sheets.clear();
        return out;
    };

    // Sheet order and names.
    const auto workbook = zip.read(workbookEntry, &error);
    if (!workbook)
        return fail(error);
    QList<QPair<QString, QString>> sheetIds; // name, relationship id
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                QString rid;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == QLatin1String("id") && !a.prefix().isEmpty())
                        rid = a.value().toString();
                sheetIds.append({xml.attributes().value(QLatin1String("name")).toString(), rid});
            }
        }
        if (xml.hasError())
            return fail(ZipArchive::xmlError(workbookEntry, xml));
    }
    if (sheetIds.isEmpty())
        return fail(QCoreApplication::translate("bd::Importer", "the workbook has no sheets"));

    // Sheet files.
    QHash<QString, QString> targets;
    const QString relsEntry = QStringLiteral("xl/_rels/workbook.xml.rels");
    const auto rels = zip.read(relsEntry, &error);
    if (!rels)
        return fail(error);
    {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                QString target = xml.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
        if (xml.hasError())
            return fail(ZipArchive::xmlError(relsEntry, xml));
    }

    // Shared strings (a workbook of numbers only has none).
    QStringList shared;
    const QString sharedEntry = QStringLiteral("xl/sharedStrings.xml");
    if (zip.contains(sharedEntry)) {
        const auto data = zip.read(sharedEntry, &error);
        if (!data)
            return fail(error);
        QXmlStreamReader xml(*data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                shared.append(richText(xml));
        }
        if (xml.hasError())
            return fail(ZipArchive::xmlError(sharedEntry, xml));
    }

    for (const auto &[name, rid] : sheetIds) {
        const QString entry = targets.value(rid);
        if (entry.isEmpty())
            return fail(QCoreApplication::translate("bd::Importer", "sheet \"%1\" has no file in %2").arg(name, relsEntry));
        const auto data = zip.read(entry, &error);
        if (!data)
            return fail(error);
        XlsxSheet sheet;
        sheet.name = name;
        const bool isInfoSheet = name == infoSheetName(); // (clang 14 cannot capture a structured binding)
        const auto worthReading = [isInfoSheet](const QString &title) { return isInfoSheet || mayBeTableTitle(title); };
        if (!parseSheet(*data, entry, shared, worthReading, &sheet, &error))
            return fail(error);
        out.sheets.append(sheet);
    }
    int tables = 0;
    out.lines = linesOf(out.sheets, &tables);
    if (tables == 0) {
        // Say so here: without a table sheet (and without BudgetDesk's information sheet) the
        // lines are empty, and "the file is empty" would be no answer for a workbook full of cells.
        QStringList seen;
        for (const XlsxSheet &s : out.sheets) {
            if (s.name == infoSheetName())
                continue;
            const QString first = s.rows.isEmpty() ? QString() : firstText(s.rows.first());
            seen.append(first.isEmpty() ? QCoreApplication::translate("bd::Importer", "\"%1\" (empty title cell)").arg(s.name)
                                        : QStringLiteral("\"%1\" (\"%2\")").arg(s.name, first.left(40)));
        }
        if (seen.size() > 5)
            seen = seen.mid(0, 5) << QStringLiteral("…");
        out.message = QCoreApplication::translate("bd::Importer", "the layout is not recognised: no sheet has the title of a disclosure table of a known "
                                     "template in its first cell (sheets: %1)")
                          .arg(seen.join(QStringLiteral(", ")));
    }
    return out;
}

XlsxText XlsxTextExtractor::extractFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        XlsxText out;
        out.source = QFileInfo(path).fileName();
        out.message = QCoreApplication::translate("bd::Importer", "cannot be read: %1").arg(f.errorString());
        return out;
    }
    return extract(f.readAll(), QFileInfo(path).fileName());
}

} // namespace bd
