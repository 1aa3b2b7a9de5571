#pragma once

#include "document/BudgetDocument.h"
#include "document/Finding.h"
#include "templates/TemplateDescription.h"

#include <QList>
#include <QString>

namespace bd {

// The checks a reviewer does by hand today (DESIGN §5): A completeness, B arithmetic inside
// each table, C agreement across tables, D the narrative against the figures, E performance
// targets. An imported document is checked on its tables as published; a draft on the tables
// derived from its schedules. Each finding has a stable rule id ("B.parent-sum"), a severity
// (a difference the rounding of the printed figures explains is a notice), the place (table,
// row, column, source line), the stated and the recomputed value, and a message translated in
// the context "bd::Validator".
//
// Where a finding compares a figure stated outside the tables (the narrative, a figure, a
// performance target) with one the tables print, `line` is where it is stated and table, row
// and column are the cell that prints the recomputed figure. Finding::published/derived (JSON
// "stated"/"recomputed") hold the two amounts; shares, growth rates and weight sums are in
// statedText/recomputedText.
class Validator
{
public:
    struct Rule
    {
        QString id;        // "A.table-missing", …
        Severity severity; // of a material finding (rounding makes any of them a notice)
        QString what;      // what the rule checks, translated
    };

    // Every rule, in the order they run.
    static QList<Rule> rules();

    // All findings on a document, errors first; the template must be the document's.
    static ImportReport check(const BudgetDocument &doc, const TemplateDescription &tpl);
    // A final account against the stored budget of its department and year (linkedDocumentId):
    // every 年初预算 its 说明 states that the budget does not (C.budget-statement).
    static QList<Finding> checkAgainstBudget(const BudgetDocument &finalAccount, const BudgetDocument &budget);
    // A department's own document against the sum of its units (a consolidated document of the
    // same name, year and template, DocumentStore::ownDocumentOf): total expenditure, each
    // 功能分类 类, 三公 and 机关运行经费 (rule C.units-sum). A difference within the rounding of
    // 万元 figures is a notice, a larger one a warning: a unit left out, or a figure of one
    // printed otherwise by the department.
    static QList<Finding> checkAgainstDepartment(const BudgetDocument &units, const BudgetDocument &department);

    // Import findings that a rule of the validator reports again, better placed: a caller that
    // shows both drops these from the import report ("code.unknown" → "A.code-unknown", …).
    static bool supersedes(const QString &importRule);
};

} // namespace bd
