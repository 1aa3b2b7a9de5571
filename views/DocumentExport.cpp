#include "DocumentExport.h"

#include "DisclosureDocument.h"
#include "export/CsvExporter.h"
#include "export/FiscalDataPackageExporter.h"
#include "export/JsonExporter.h"
#include "export/XlsxExporter.h"
#include "validation/Validator.h"

namespace bd {

namespace {

// The writers of one file: that file is what they wrote.
bool writePdf(const BudgetDocument &doc, const TemplateDescription &tpl, const QList<DisclosureTable> &derived, const QString &path,
              QStringList *written, QString *error)
{
    *written = {path};
    return DisclosureDocument::exportPdf(doc, tpl, derived, path, error); // the finished disclosure, charts included
}

bool writeXlsx(const BudgetDocument &doc, const TemplateDescription &tpl, const QList<DisclosureTable> &, const QString &path,
               QStringList *written, QString *error)
{
    *written = {path};
    // The workbook's 检查结果 sheet: what the check finds.
    return XlsxExporter::exportWorkbook(doc, tpl, Validator::check(doc, tpl), path, error);
}

bool writeCsv(const BudgetDocument &doc, const TemplateDescription &tpl, const QList<DisclosureTable> &, const QString &path,
              QStringList *written, QString *error)
{
    return CsvExporter::exportTables(doc, tpl, path, written, error);
}

bool writeJson(const BudgetDocument &doc, const TemplateDescription &tpl, const QList<DisclosureTable> &, const QString &path,
               QStringList *written, QString *error)
{
    *written = {path};
    return JsonExporter::exportDocument(doc, tpl, path, error);
}

bool writeFdp(const BudgetDocument &doc, const TemplateDescription &tpl, const QList<DisclosureTable> &, const QString &path,
              QStringList *written, QString *error)
{
    return FiscalDataPackageExporter::exportPackage(doc, tpl, path, written, error);
}

} // namespace

const QList<ExportFormat> &DocumentExport::formats()
{
    static const QList<ExportFormat> all{
        {QStringLiteral("pdf"), false, QStringLiteral("pdf"), QT_TRANSLATE_NOOP("bd::DocumentExport", "Disclosure as PDF"), writePdf},
        {QStringLiteral("xlsx"), false, QStringLiteral("xlsx"),
         QT_TRANSLATE_NOOP("bd::DocumentExport", "Tables as an XLSX workbook (with the check's results)"), writeXlsx},
        {QStringLiteral("csv"), true, QString(), QT_TRANSLATE_NOOP("bd::DocumentExport", "Tables as CSV files"), writeCsv},
        {QStringLiteral("json"), false, QStringLiteral("json"), QT_TRANSLATE_NOOP("bd::DocumentExport", "The whole document as JSON"),
         writeJson},
        {QStringLiteral("fdp"), true, QString(), QT_TRANSLATE_NOOP("bd::DocumentExport", "Budget lines as a Fiscal Data Package"), writeFdp},
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
    const ExportFormat *f = format(key);
    return f ? tr(f->name) : key;
}

bool DocumentExport::write(const QString &key, const BudgetDocument &doc, const TemplateDescription &tpl,
                           const QList<DisclosureTable> &derived, const QString &path, QStringList *written, QString *error)
{
    const ExportFormat *f = format(key);
    if (!f) {
        if (error)
            *error = QStringLiteral("unknown format \"%1\" (export knows %2)").arg(key, keys().join(QLatin1Char('|')));
        return false;
    }
    QStringList files;
    if (!f->write(doc, tpl, derived, path, &files, error))
        return false;
    if (written)
        *written = files;
    return true;
}

} // namespace bd
