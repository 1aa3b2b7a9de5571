#pragma once

#include "document/BudgetDocument.h"
#include "document/DisclosureTable.h"
#include "templates/TemplateDescription.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace bd {

// The finished disclosure as a printed document, in the published order: title page,
// 部门概况, every table of the template (the published cells of an imported document, the
// derived ones of a draft), 说明 (as published; generated sentences for a draft without
// one), the charts, the performance-target tables and 名词解释. A4 portrait, CJK font, table
// headers repeated after a page break, "第 N 页 / 共 M 页" in the footer.
//
// Built as QTextDocuments, one for each part that starts a page, laid out on the paint device
// itself (so point sizes, images and paddings are resolved at the printer's resolution) and
// printed page by page with drawContents(), which leaves room for the footer that
// QTextDocument::print cannot draw.
// The charts need a QApplication (they are widgets); without one they are left out.
class DisclosureDocument
{
    Q_DECLARE_TR_FUNCTIONS(bd::DisclosureDocument)

public:
    // Writes the disclosure as a PDF at path; false with *error set when it cannot be
    // written. Atomic: a temporary file renamed at the end, never a partial file.
    static bool exportPdf(const BudgetDocument &doc, const TemplateDescription &templ,
                          const QList<DisclosureTable> &derived, const QString &path, QString *error);

    // Prints (or previews: connect QPrintPreviewDialog::paintRequested) to printer.
    static void print(const BudgetDocument &doc, const TemplateDescription &templ,
                      const QList<DisclosureTable> &derived, QPrinter *printer);

private:
    static bool render(const BudgetDocument &doc, const TemplateDescription &templ,
                       const QList<DisclosureTable> &derived, QPagedPaintDevice *device, QString *error);
};

} // namespace bd
