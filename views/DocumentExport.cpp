#include "DocumentExport.h"

#include "DisclosureDocument.h"
#include "export/CsvExporter.h"
#include "export/FiscalDataPackageExporter.h"
#include "export/JsonExporter.h"
#include "export/XlsxExporter.h"
#include "validation/Validator.h"

namespace bd {

const QList<ExportFormat> &DocumentExport::formats()
{
    static const QList<ExportFormat> all{
        {QStringLiteral("pdf"), false, QStringLiteral("pdf")},  {QStringLiteral("xlsx"), false, QStringLiteral("xlsx")},
        {QStringLiteral("csv"), true, QString()},               {QStringLiteral("json"), false, QStringLiteral("json")},
        {QStringLiteral("fdp"), true, QString()},
    };
    return all;
}

const ExportFormat *DocumentExport::format(const QString &key)
{
    for (const ExportFormat &f : formats())
        if (f.key == key)
            return &f;
    return nullptr;
}

QStringList DocumentExport::keys()
{
    QStringList out;
    for (const ExportFormat &f : formats())
        out.append(f.key);
    return out;
}

QString DocumentExport::name(const QString &key)
{
    if (key == QLatin1String("pdf"))
        return tr("Disclosure as PDF");
    if (key == QLatin1String("xlsx"))
        return tr("Tables as an XLSX workbook (with the check's results)");
    if (key == QLatin1String("csv"))
        return tr("Tables as CSV files");
    if (key == QLatin1String("json"))
        return tr("The whole document as JSON");
    if (key == QLatin1String("fdp"))
        return tr("Budget lines as a Fiscal Data Package");
    return key;
}

bool DocumentExport::write(const QString &key, const BudgetDocument &doc, const TemplateDescription &tpl,
                           const QList<DisclosureTable> &derived, const QString &path, QStringList *written, QString *error)
{
    bool ok = false;
    QStringList files;
    if (key == QLatin1String("csv")) {
        ok = CsvExporter::exportTables(doc, tpl, path, &files, error);
    } else if (key == QLatin1String("fdp")) {
        ok = FiscalDataPackageExporter::exportPackage(doc, tpl, path, &files, error);
    } else if (key == QLatin1String("json")) {
        ok = JsonExporter::exportDocument(doc, tpl, path, error);
        files.append(path);
    } else if (key == QLatin1String("xlsx")) {
        // The workbook's 审核结果 sheet: what the check finds.
        ok = XlsxExporter::exportWorkbook(doc, tpl, Validator::check(doc, tpl), path, error);
        files.append(path);
    } else if (key == QLatin1String("pdf")) {
        // The finished disclosure, charts included.
        ok = DisclosureDocument::exportPdf(doc, tpl, derived, path, error);
        files.append(path);
    } else if (error) {
        *error = QStringLiteral("unknown format \"%1\" (export knows %2)").arg(key, keys().join(QLatin1Char('|')));
    }
    if (ok && written)
        *written = files;
    return ok;
}

} // namespace bd
