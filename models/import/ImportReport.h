#pragma once

#include "document/BudgetDocument.h"
#include "document/Finding.h"
#include "templates/TemplateDescription.h"

#include <functional>
#include <optional>

namespace bd {

// Every cell where a published table and its derivation differ. A difference within one step
// of the table's last printed digit (0.01 万元 or 0.01 元) is a notice: published totals are
// rounded independently of their rows.
QList<Finding> compareTables(const DisclosureTable &published, const DisclosureTable &derived);

// Every difference between the published tables of doc and their derivation (derive(n) gives
// table n), as compareTables finds them. When a table of the template is missing or could not
// be read the schedules lack its figures, and every table derived from them would differ:
// then nothing is compared, and one notice says why (the check names the tables themselves).
QList<Finding> compareDocument(const BudgetDocument &doc, const TemplateDescription &tpl,
                               const std::function<std::optional<DisclosureTable>(int)> &derive);

} // namespace bd
