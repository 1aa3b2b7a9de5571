#include "export/CsvExporter.h"

#include "export/CsvWriter.h"
#include "export/ExportFile.h"
#include "tables/TableDeriver.h"

#include <QDir>

namespace bd {

QList<DisclosureTable> CsvExporter::tablesFor(const BudgetDocument &doc, const TemplateDescription &tpl)
{
    const TableDeriver deriver(tpl, doc);
    QList<DisclosureTable> tables;
    for (const TableSpec &spec : tpl.tables) {
        const DisclosureTable *published = doc.status == DocumentStatus::Draft ? nullptr : doc.publishedTable(spec.number);
        tables.append(published ? *published : deriver.derive(spec));
    }
    return tables;
}

QList<QStringList> CsvExporter::records(const DisclosureTable &t)
{
    QList<QStringList> out = t.headerRows;
    for (const TableRow &r : t.rows) {
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c) {
            const TableCell cell = r.cells.value(c);
            // Plain numbers: a thousands separator would make a spreadsheet read text.
            if (t.columns[c].isAmount)
                cells.append(cell.amount ? cell.amount->format(t.unit, false) : QString());
            else
                cells.append(cell.text);
        }
        out.append(cells);
    }
    if (!t.note.isEmpty())
        out.append(QStringList{t.note});
    return out;
}

QByteArray CsvExporter::tableCsv(const DisclosureTable &t)
{
    return CsvWriter::encode(records(t), true);
}

QString CsvExporter::fileName(const DisclosureTable &t)
{
    return QStringLiteral("table-%1-%2.csv").arg(t.number, 2, 10, QLatin1Char('0')).arg(ExportFile::safeFileName(t.title));
}

bool CsvExporter::exportTables(const BudgetDocument &doc, const TemplateDescription &tpl, const QString &dir,
                               QStringList *written, QString *error)
{
    if (!ExportFile::ensureDirectory(dir, error))
        return false;
    for (const DisclosureTable &t : tablesFor(doc, tpl)) {
        const QString path = QDir(dir).filePath(fileName(t));
        if (!ExportFile::write(path, tableCsv(t), error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

} // namespace bd
