#pragma once

#include "document/BudgetDocument.h"
#include "document/Finding.h"
#include "import/TableParser.h"
#include "templates/TemplateDescription.h"

namespace bd {

// Reads what surrounds the tables: the narrative sections (部门概况, 说明, 名词解释, project
// explanations), staffing numbers, figures stated only in words (机关运行经费, 政府采购, assets),
// last year's figures recovered from "比上年预算增加 X 万元", and the performance-target tables.
class NarrativeExtractor
{
public:
    NarrativeExtractor(const TemplateDescription &tpl, const QList<SourceLine> &lines, int bodyStart,
                       const QList<QPair<int, int>> &tableRanges, bool tabLayout);

    void extract(BudgetDocument &doc, QList<Finding> &findings) const;

    // The heading BudgetDocument's PDF prints over its charts: not part of the narrative.
    static QString chartsHeading() { return QStringLiteral("预算图表"); }

    // Paragraphs of lines with the PDF's line breaks mended.
    static QStringList paragraphs(const QList<SourceLine> &lines, bool tabLayout, QList<int> *firstLines = nullptr);

private:
    const TemplateDescription &m_tpl;
    const QList<SourceLine> &m_lines;
    int m_bodyStart;
    bool m_tabLayout;
    QList<QPair<int, int>> m_tableRanges; // [first, last] line indexes occupied by tables

    bool inTable(int index) const;
    void extractSections(BudgetDocument &doc) const;
    void extractStaffing(BudgetDocument &doc) const;
    void extractFigures(BudgetDocument &doc) const;
    void extractPrior(BudgetDocument &doc, QList<Finding> &findings) const;
    void extractTargets(BudgetDocument &doc) const;
    void extractExecution(BudgetDocument &doc) const;
    bool startsTarget(const QString &line) const; // the title of a performance-target table
    static QList<SourceLine> alignedTargetRows(const QList<SourceLine> &lines);
};

} // namespace bd
