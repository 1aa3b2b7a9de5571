#pragma once

#include "document/BudgetDocument.h"

namespace bd {

// Makes an editable draft from a document (usually a published one, which is read-only).
//
// - Always: status Draft, id 0 (not stored yet), no published tables (a draft's tables are
//   derived only, every total the exact sum of its rows), no publish date, no project total
//   "as stated"; department, template, schedules, targets and narrative kept.
// - Same year: a plain editable copy; the prior-year figures are kept.
// - The next year (source.year + 1): the start of next year's disclosure. The amounts start
//   equal to the source's (the user edits them), and what was "this year" becomes "last year":
//   every prior figure (PriorFigure, keys as the importer writes them) is recomputed from the
//   source's current schedules, and each 三公 line's prior is the source's total of that item,
//   so year-on-year columns and sentences compare with the source year. The title's year
//   follows. The 说明's standard sentences are written anew from the draft's figures; every
//   other paragraph that still states the old year, its figures or its reasons starts with
//   rewriteMarker(), and the check reports it until a person rewrites it.
// - Any other year: like the next year, but last year's figures are unknown, so the draft has
//   no prior figures at all.
class DraftFactory
{
public:
    static BudgetDocument makeDraft(const BudgetDocument &source, int year);

    // The prior figures of the year after `current`'s: every key the importer knows that can be
    // computed from current's schedules (the template's keys, functional.<code> for every
    // 一般公共预算 项, the keys current already had). Exposed for tests and for a "refresh
    // prior figures" action.
    static QList<PriorFigure> priorsFrom(const BudgetDocument &current);

private:
    static void rewriteNarrative(BudgetDocument &draft, int oldYear);
};

} // namespace bd
