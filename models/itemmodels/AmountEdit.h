#pragma once

#include "money/Amount.h"

#include <QVariant>

#include <optional>

namespace bd {

// What an editable model accepts for an amount: a qint64 of 分 (from code, or a delegate
// that parsed already) or text as users type it in the document's unit ("1,234.56",
// full-width digits, an empty cell for zero). nullopt and a translated message otherwise.
std::optional<Amount> amountFromEdit(const QVariant &value, Unit unit, QString *error);

} // namespace bd
