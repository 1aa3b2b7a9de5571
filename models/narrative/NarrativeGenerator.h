#pragma once

#include "document/BudgetDocument.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

// One standard sentence of the 说明, written from the figures.
struct GeneratedSentence
{
    QString key;     // stable: "income.general_budget", "expense.basic", "gpb.class.201", "functional.2010301", …
    QString section; // heading fragment of the published section it belongs to ("收入预算情况说明");
                     // alternatives for other templates separated by '|' ("一般公共预算当年拨款情况说明|部门预算编制说明")
    QString text;    // the sentence, in the wording of the published 说明
    QString anchor;  // phrase that identifies the published paragraph ("一般公共预算", "行政运行（项）")
    bool operator==(const GeneratedSentence &) const = default;
};

// Writes the standard sentences of the 说明 (收支总预算, income by source, 基本/项目支出,
// 财政拨款, 一般公共预算当年拨款 by 类 and 项, 基本支出 by 人员/公用, "三公", 机关运行经费,
// 政府采购) from the schedules, in the wording of the 11-table template: amounts in 万元
// with two decimals, shares and year-on-year changes in percent with two decimals, computed
// with exact Amount arithmetic. A change is written only where last year's figure is known.
// The sentences are document text (Chinese whatever the interface language), not UI strings.
class NarrativeGenerator
{
public:
    static QList<GeneratedSentence> generate(const BudgetDocument &doc);

    // "449.93": an amount in 万元 with two decimals.
    static QString wan(Amount a);
    // "比上年预算增加 2.16 万元，增长 0.48%" / "比上年预算减少 …，下降 …%" / "与上年预算持平".
    // A figure new this year (last year 0) grows by 100.00%, as the published 说明 write it.
    // withBasis false: "增加 4.40 万元，增长 880.00%", for the items of a list that names the basis once.
    static QString changeClause(Amount current, Amount prior, bool withBasis = true);
    // "，占 85.71%" (empty when whole is zero).
    static QString shareClause(Amount part, Amount whole);
};

} // namespace bd
