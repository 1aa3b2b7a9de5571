#pragma once

#include "document/BudgetDocument.h"
#include "document/Finding.h"
#include "import/TableParser.h"
#include "templates/TemplateDescription.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace bd {

struct ImportResult
{
    std::optional<BudgetDocument> document; // set on success
    ImportReport report;                    // differences and non-fatal problems
    ImportError error;                      // set when the import stopped
    QString encoding;
    std::shared_ptr<const TemplateDescription> templ;
    bool ok() const { return document.has_value(); }
};

// The lines of a source as the importer reads them: a text file decoded (UTF-8, UTF-16,
// GB18030), a PDF's text laid out like `pdftotext -layout`, a workbook's table sheets as
// tab-separated rows. Tables whose rows are tab-separated are read cell by cell, the others by
// the position of their figures under the header.
struct SourceText
{
    QStringList lines;
    QString source;   // the file name
    QString encoding; // of a text file
    QString hash;     // SHA-256 (hex) of the bytes read
    ImportError error;
    bool ok() const { return error.message.isEmpty(); }
};

// Imports a published disclosure in any known template: detects the encoding and the template,
// reads the tables as published, fills the schedules, derives every table again and reports
// each cell where the two differ. Either a whole document or a clear error; never half of one.
class DisclosureImporter
{
public:
    // The largest text (not PDF, not workbook) an import reads; a published disclosure's text
    // is a few hundred KB. PDFs and workbooks have limits of their own.
    static constexpr qint64 maxTextSize = 16 * 1024 * 1024;

    ImportResult importFile(const QString &path) const;
    ImportResult importBytes(const QByteArray &bytes, const QString &sourceName) const;
    ImportResult importLines(const QStringList &lines, const QString &sourceName) const;

    // Recognises the format by its first bytes: "%PDF", a ZIP archive (XLSX) or text.
    static SourceText readSource(const QString &path);
    static SourceText readSource(const QByteArray &bytes, const QString &sourceName);

    ImportResult importSource(const SourceText &text) const;

    // The template whose table titles the text contains, or null.
    static std::shared_ptr<const TemplateDescription> detectTemplate(const QStringList &lines);
    // Why a text is no disclosure of a known family: the families tried, the closest, its
    // titles found and expected.
    static QString unrecognisedLayout(const QStringList &lines);
};

} // namespace bd
