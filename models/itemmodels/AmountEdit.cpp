#include "AmountEdit.h"

#include <QCoreApplication>

namespace bd {

std::optional<Amount> amountFromEdit(const QVariant &value, Unit unit, QString *error)
{
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return Amount::fromFen(value.toLongLong());
    const QString text = value.toString();
    const AmountParse p = parseAmount(text, unit);
    if (p.isEmpty())
        return Amount();
    if (p.ok())
        return p.amount;
    if (error)
        *error = p.tooLarge ? QCoreApplication::translate("bd::AmountEdit", "\"%1\" is too large for an amount in %2")
                                  .arg(text, unitSuffix(unit))
                            : QCoreApplication::translate("bd::AmountEdit", "\"%1\" is not an amount in %2: type digits such as 1,234.56")
                                  .arg(text, unitSuffix(unit));
    return std::nullopt;
}

} // namespace bd
