#pragma once

#include "document/BudgetDocument.h"
#include "templates/TemplateDescription.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One format a document is exported in: how the command line names it, where it writes, what
// the menu calls it and how it writes.
struct ExportFormat
{
    using Writer = bool (*)(const BudgetDocument &doc, const TemplateDescription &tpl, const QList<DisclosureTable> &derived,
                            const QString &path, QStringList *written, QString *error);
    QString key;          // "pdf", "xlsx", "csv", "json", "fdp"
    bool folder = false;  // writes several files into a folder (csv, fdp), else one file
    QString suffix;       // of the one file ("pdf"), empty for a folder
    const char *name;     // untranslated (QT_TRANSLATE_NOOP in bd::DocumentExport)
    Writer write;
};

// The formats a document is exported in, one list for the window's File › Export menu and for
// `budgetdesk export --format`: the finished disclosure as PDF, the tables as an XLSX workbook
// (with its 检查结果 sheet) or as CSV files, the whole document as JSON, and the budget lines as
// a Fiscal Data Package.
class DocumentExport
{
    Q_DECLARE_TR_FUNCTIONS(bd::DocumentExport)
public:
    static const QList<ExportFormat> &formats();
    static const ExportFormat *format(const QString &key);
    static QStringList keys();
    // "Tables as an XLSX workbook (with the check's results)", translated.
    static QString name(const QString &key);

    // Writes doc in the format to path (a file, or the folder of a folder format); the files
    // written, or false and an English message naming the path. The PDF needs a QApplication
    // (its charts are widgets).
    static bool write(const QString &key, const BudgetDocument &doc, const TemplateDescription &tpl,
                      const QList<DisclosureTable> &derived, const QString &path, QStringList *written, QString *error);
};

} // namespace bd
