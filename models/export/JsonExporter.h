#pragma once

#include "document/BudgetDocument.h"
#include "templates/TemplateDescription.h"

#include <QJsonObject>
#include <QString>

namespace bd {

// The whole document in one JSON file: BudgetDocument::toJson() (lossless, readable again by
// BudgetDocument::fromJson), plus the tables derived from the schedules under
// "derived_tables" and the template's name beside its id ("template").
class JsonExporter
{
public:
    static QJsonObject toJson(const BudgetDocument &doc, const TemplateDescription &tpl);
    // Writes the JSON to path (its folder created when missing); error names the path.
    static bool exportDocument(const BudgetDocument &doc, const TemplateDescription &tpl, const QString &path,
                               QString *error);
};

} // namespace bd
