#include "export/JsonExporter.h"

#include "export/ExportFile.h"
#include "tables/TableDeriver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

QJsonObject JsonExporter::toJson(const BudgetDocument &doc, const TemplateDescription &tpl)
{
    QJsonObject o = doc.toJson();
    // toJson already carries the template id under "template"; fromJson reads it there.
    o.insert(QStringLiteral("template"), tpl.id);
    o.insert(QStringLiteral("template_name"), tpl.name);
    QJsonArray derived;
    for (const DisclosureTable &t : TableDeriver(tpl, doc).deriveAll())
        derived.append(tableToJson(t));
    o.insert(QStringLiteral("derived_tables"), derived);
    return o;
}

bool JsonExporter::exportDocument(const BudgetDocument &doc, const TemplateDescription &tpl, const QString &path,
                                  QString *error)
{
    if (!ExportFile::ensureDirectory(QFileInfo(path).absolutePath(), error))
        return false;
    return ExportFile::write(path, QJsonDocument(toJson(doc, tpl)).toJson(QJsonDocument::Indented), error);
}

} // namespace bd
