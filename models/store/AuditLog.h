#pragma once

#include "document/BudgetDocument.h"
#include "templates/TemplateDescription.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// One changed cell of a derived disclosure table, as the audit trail records it.
struct AuditEntry
{
    qint64 id = 0;          // audit_log id (0 until stored)
    qint64 documentId = 0;
    QDateTime changedAt;    // UTC; the time of the save (all cells of one save share it)
    QString osUser;         // who saved (the operating-system account)
    int tableNo = 0;        // the table's number in its template (1-based)
    QString rowKey;         // TableRow::key, or rightKey for the right side of a two-sided table;
                            // "#2", "#3" … appended when a table repeats a key
    QString columnKey;      // TableColumn::key
    std::optional<Amount> oldAmount; // nullopt: the cell was blank (zero) or the row did not exist
    std::optional<Amount> newAmount;
    bool operator==(const AuditEntry &) const = default;
};

// The audit trail of saves: which cells of the derived tables a save changed.
class AuditLog
{
public:
    // Every amount cell of the tables derived (with tpl) from before and after whose value
    // differs, in table, row, column order: a row that appears or disappears gives its non-blank
    // cells with a missing old or new value. Only money is compared (not names or notes);
    // published tables are not looked at.
    static QList<AuditEntry> diff(const BudgetDocument &before, const BudgetDocument &after, const TemplateDescription &tpl);

    // The account to record: $USER, or %USERNAME% on Windows; "unknown" when neither is set.
    static QString currentOsUser();
};

} // namespace bd
