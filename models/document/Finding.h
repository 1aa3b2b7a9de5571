#pragma once

#include "money/Amount.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

enum class Severity { Notice, Warning, Error };
QString severityKey(Severity s); // "notice", "warning", "error"

// One thing the import noticed: a published cell that differs from the derivation, or a
// problem with the text that did not stop the import.
struct Finding
{
    Severity severity = Severity::Notice;
    QString rule;          // "difference.rounding", "difference", "code.unknown", "narrative.missing", …
    int table = 0;         // table number in the template, 0 when not about a table
    QString rowKey;        // row code or key
    QString rowLabel;      // row as printed
    QString column;        // column key
    QString columnHeader;  // column as printed
    std::optional<Amount> published;
    std::optional<Amount> derived;
    Unit unit = Unit::WanYuan;
    int line = 0;          // 1-based source line, 0 when unknown
    QString message;       // complete, names the place; translated when a translator is installed
    // The stated and the recomputed value as displayed, for values that are not amounts (a
    // share "85.71%", a sum of weights "90"); amounts are in published/derived.
    QString statedText;
    QString recomputedText;

    Amount difference() const { return published.value_or(Amount()) - derived.value_or(Amount()); }
    QJsonObject toJson() const;
};

struct ImportReport
{
    QList<Finding> findings;
    int count(Severity s) const;
    Severity worst() const; // Notice when empty
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace bd
