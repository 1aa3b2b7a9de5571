#include "import/DocxTextExtractor.h"

#include "import/ZipArchive.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace bd {

namespace {
const QLatin1String kWordNamespace("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
} // namespace

bool DocxTextExtractor::isDocx(const QByteArray &bytes)
{
    // Entry names are stored as they are, in the local headers and the central directory.
    return bytes.startsWith("PK") && bytes.contains("word/document.xml");
}

DocxText DocxTextExtractor::extract(const QByteArray &bytes, const QString &sourceName)
{
    DocxText out;
    out.source = sourceName;
    ZipArchive zip(bytes);
    out.message = zip.open(QCoreApplication::translate("bd::Importer", "a Word document"));
    if (!out.ok())
        return out;
    const QString entry = QStringLiteral("word/document.xml");
    QString error;
    const auto data = zip.read(entry, &error);
    if (!data) {
        out.message = error;
        return out;
    }

    QXmlStreamReader xml(*data);
    QStringList paragraphs; // open paragraphs, innermost last (a text box's sits inside another's run)
    int tables = 0;         // open tables; cells of nested tables are text of the outer cell
    int runs = 0;           // open runs: a tab or a break counts there, not among tab stops
    int fallback = 0;       // mc:Fallback repeats what its mc:Choice holds
    QStringList row;
    QString cell;
    int span = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("Fallback"))
                ++fallback;
            if (fallback > 0)
                continue;
            if (name == QLatin1String("tbl")) {
                ++tables;
            } else if (tables == 1 && name == QLatin1String("tr")) {
                row.clear();
            } else if (tables == 1 && name == QLatin1String("tc")) {
                cell.clear();
                span = 1;
            } else if (tables == 1 && name == QLatin1String("gridBefore")) {
                // Grid columns the row leaves out before its first cell: empty cells, so that
                // the others stay under their headers.
                for (int i = std::clamp(xml.attributes().value(kWordNamespace, QLatin1String("val")).toInt(), 0, 64); i > 0; --i)
                    row.append(QString());
            } else if (tables == 1 && name == QLatin1String("gridSpan")) {
                span = std::clamp(xml.attributes().value(kWordNamespace, QLatin1String("val")).toInt(), 1, 64);
            } else if (name == QLatin1String("p")) {
                paragraphs.append(QString());
            } else if (name == QLatin1String("r")) {
                ++runs;
            } else if (!paragraphs.isEmpty() && name == QLatin1String("t")) {
                paragraphs.last() += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (!paragraphs.isEmpty() && runs > 0 && name == QLatin1String("tab")) {
                paragraphs.last() += QLatin1Char('\t');
            } else if (!paragraphs.isEmpty() && runs > 0 && (name == QLatin1String("br") || name == QLatin1String("cr"))) {
                paragraphs.last() += QLatin1Char('\n');
            }
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("Fallback")) {
                --fallback;
                continue;
            }
            if (fallback > 0)
                continue;
            if (name == QLatin1String("p") && !paragraphs.isEmpty()) {
                const QString text = paragraphs.takeLast();
                if (tables > 0 && paragraphs.isEmpty())
                    cell += QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
                else
                    out.lines += text.split(QLatin1Char('\n'));
            } else if (name == QLatin1String("r")) {
                runs = std::max(0, runs - 1);
            } else if (tables == 1 && name == QLatin1String("tc")) {
                row.append(cell.trimmed());
                for (int i = 1; i < span; ++i)
                    row.append(QString());
            } else if (tables == 1 && name == QLatin1String("tr")) {
                out.lines.append(row.join(QLatin1Char('\t')));
            } else if (name == QLatin1String("tbl")) {
                tables = std::max(0, tables - 1);
            }
        }
    }
    if (xml.hasError()) {
        out.lines.clear();
        out.message = ZipArchive::xmlError(entry, xml);
    }
    return out;
}

} // namespace bd
