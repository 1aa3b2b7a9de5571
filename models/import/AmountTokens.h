#pragma once

#include "money/Amount.h"

#include <QRegularExpression>
#include <QString>

namespace bd {

// Tokens of a table row, as both row readers tell them apart.

inline bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!(c.unicode() >= '0' && c.unicode() <= '9'))
            return false;
    return true;
}

// A token that can only be an amount: digits with a decimal part or thousands separators.
inline bool isAmountToken(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[-(]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\)?$"));
    return re.match(s.normalized(QString::NormalizationForm_KC)).hasMatch() && !allDigits(s);
}

// A dash standing for an empty amount cell ("—", "-", "–"): it holds its column's place.
inline bool isPlaceholderToken(const QString &s)
{
    return s.size() <= 3 && isDashMark(s);
}

} // namespace bd
