#pragma once

#include "document/BudgetDocument.h"
#include "import/ImportReport.h"
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

// Imports a published disclosure in any known template: detects the encoding and the template,
// reads the tables as published, fills the schedules, derives every table again and reports
// each cell where the two differ. Either a whole document or a clear error; never half of one.
class DisclosureImporter
{
public:
    ImportResult importFile(const QString &path) const;
    ImportResult importBytes(const QByteArray &bytes, const QString &sourceName) const;
    ImportResult importLines(const QStringList &lines, const QString &sourceName) const;

    // The template whose table titles the text contains, or null.
    static std::shared_ptr<const TemplateDescription> detectTemplate(const QStringList &lines);
};

} // namespace bd
