#pragma once

#include "document/BudgetDocument.h"
#include "document/DisclosureTable.h"
#include "templates/TemplateDescription.h"

namespace bd {

class CodeCatalogue;

// Derives every disclosure table of a template from a document's schedules: a pure function,
// so the tables can never disagree with each other. Names of 类/款 come from the year's code
// catalogue; names of 项, projects and 经济分类 款 from the schedules.
class TableDeriver
{
public:
    TableDeriver(const TemplateDescription &tpl, const BudgetDocument &doc);

    DisclosureTable derive(const TableSpec &spec) const;
    DisclosureTable derive(int number) const; // number must exist in the template
    QList<DisclosureTable> deriveAll() const;

    static QString chineseOrdinal(int n); // 1 → 一, 11 → 十一, 21 → 二十一

private:
    const TemplateDescription &m_tpl;
    const BudgetDocument &m_doc;
    const CodeCatalogue &m_catalogue;

    DisclosureTable skeleton(const TableSpec &spec) const;
    TableRow makeRow(const TableSpec &spec, const DisclosureTable &t, const QString &key, int level, const Measure &rowMeasure,
                     const QMap<QString, QString> &text) const;
    std::optional<Amount> cellValue(const TableSpec &spec, const Measure &rowMeasure, const ColumnSpec &col, int *terms) const;
    QString functionalName(const QString &code) const;
    QString economicName(const QString &code) const;
    void deriveFunctionalTree(const TableSpec &spec, DisclosureTable &t) const;
    void deriveEconomicTree(const TableSpec &spec, DisclosureTable &t) const;
    void deriveProjects(const TableSpec &spec, DisclosureTable &t) const;
    void deriveTwoSided(const TableSpec &spec, DisclosureTable &t) const;
    void deriveFixed(const TableSpec &spec, DisclosureTable &t) const;
    void deriveEconomicPairs(const TableSpec &spec, DisclosureTable &t) const;
    void deriveCarryOver(const TableSpec &spec, DisclosureTable &t) const;
};

// "201" "03" "01" for 2010301: the code split as the tables print it.
QStringList splitCode(const QString &code);

} // namespace bd
