#pragma once

#include "document/BudgetDocument.h"
#include "templates/TemplateDescription.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// A Fiscal Data Package (Frictionless Data, profile "fiscal-data-package"): datapackage.json
// with a typed table schema and a "model" (measures, dimensions), and budget-lines.csv with
// one row per budget line of the schedules:
//   functional  expenditure by 功能分类 项 × fund source × 基本/项目 (Σ = total expenditure)
//   economic    一般公共预算基本支出 by 经济分类 款 × 人员经费/公用经费 (Σ = 基本支出)
//   revenue     income by fund source (Σ = total income)
// The three line types are three views of the same money: sum within one line_type only.
class FiscalDataPackageExporter
{
public:
    static constexpr const char *DescriptorFile = "datapackage.json";
    static constexpr const char *LinesFile = "budget-lines.csv";

    static QStringList fieldNames();
    static QList<QStringList> lines(const BudgetDocument &doc); // without the header row
    static QByteArray linesCsv(const BudgetDocument &doc);       // UTF-8, no BOM, CRLF
    static QJsonObject descriptor(const BudgetDocument &doc, const TemplateDescription &tpl);

    // Writes datapackage.json and budget-lines.csv into dir (created when missing).
    static bool exportPackage(const BudgetDocument &doc, const TemplateDescription &tpl, const QString &dir,
                              QStringList *written, QString *error);
};

} // namespace bd
