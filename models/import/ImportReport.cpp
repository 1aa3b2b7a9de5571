#include "ImportReport.h"

#include "document/DisclosureTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace bd {

static QString rowLabelOf(const DisclosureTable &t, const TableRow &r, int side)
{
    // The printed label: code and name for coded rows, the label cell otherwise.
    QStringList parts;
    for (int c = 0; c < t.columns.size(); ++c) {
        if (t.columns[c].isAmount || t.columns[c].side != side)
            continue;
        const QString text = r.cells.value(c).text;
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QLatin1Char(' '));
}

QList<Finding> compareTables(const DisclosureTable &published, const DisclosureTable &derived)
{
    QList<Finding> out;
    const qint64 step = Amount::displayStep(published.unit);
    const RowMatch toDerived(published, derived);
    const RowMatch toPublished(derived, published);
    for (int side = 0; side < 2; ++side) {
        auto compareRow = [&](const QString &key, const TableRow *p, const TableRow *d) {
            for (int c = 0; c < published.columns.size(); ++c) {
                const TableColumn &col = published.columns[c];
                if (!col.isAmount || col.side != side)
                    continue;
                const int dc = derived.columnIndex(col.key);
                const std::optional<Amount> pv = p ? p->cells.value(c).amount : std::nullopt;
                const std::optional<Amount> dv = (d && dc >= 0) ? d->cells.value(dc).amount : std::nullopt;
                if (!amountsDiffer(pv, dv))
                    continue;
                const Amount pa = pv.value_or(Amount());
                const Amount da = dv.value_or(Amount());
                Finding f;
                // Each published figure is rounded to the last printed digit, so a sum of n of
                // them may be off by n/2 steps, plus half a step for the rounded total itself.
                const int terms = d && dc >= 0 ? d->cells.value(dc).terms : 0;
                const qint64 tolerance = step * std::max<qint64>(1, (terms + 1) / 2);
                const qint64 diff = (pa - da).fen();
                const bool rounding = (diff < 0 ? -diff : diff) <= tolerance && pv && dv;
                f.severity = rounding ? Severity::Notice : Severity::Error;
                f.rule = rounding ? QStringLiteral("difference.rounding") : QStringLiteral("difference");
                f.table = published.number;
                f.rowKey = key;
                f.rowLabel = rowLabelOf(p ? published : derived, p ? *p : *d, side);
                f.column = col.key;
                f.columnHeader = col.header;
                f.published = pv;
                f.derived = dv;
                f.unit = published.unit;
                f.line = p ? (p->cells.value(c).sourceLine ? p->cells.value(c).sourceLine : p->sourceLine) : 0;
                const QString pub = pv ? published.formatAmount(pv) : QStringLiteral("(blank)");
                const QString der = dv ? published.formatAmount(dv) : QStringLiteral("(blank)");
                // Translated in the window (context bd::ImportReport); English without a translator.
                f.message = QCoreApplication::translate("bd::ImportReport",
                                                        "Table %1 (%2), row %3, column %4: published %5, derived %6, difference %7 %8%9")
                                .arg(published.number)
                                .arg(published.title, f.rowLabel.isEmpty() ? key : f.rowLabel, col.header, pub, der,
                                     f.difference().format(published.unit, published.thousands), unitSuffix(published.unit),
                                     rounding ? QCoreApplication::translate("bd::ImportReport", " (within the rounding of the %1 published figures it adds up)").arg(std::max(1, terms))
                                              : QString());
                out.append(f);
            }
        };
        for (int i = 0; i < published.rows.size(); ++i) {
            const QString &key = rowKey(published.rows[i], side);
            const int d = toDerived.match(i, side);
            if (!key.isEmpty())
                compareRow(key, &published.rows[i], d >= 0 ? &derived.rows[d] : nullptr);
        }
        for (int i = 0; i < derived.rows.size(); ++i) {
            const QString &key = rowKey(derived.rows[i], side);
            if (!key.isEmpty() && toPublished.match(i, side) < 0)
                compareRow(key, nullptr, &derived.rows[i]);
        }
    }
    return out;
}

QList<Finding> compareDocument(const BudgetDocument &doc, const TemplateDescription &tpl,
                               const std::function<std::optional<DisclosureTable>(int)> &derive)
{
    // A table that could not be read leaves its figures out of the schedules: the tables made
    // of the same figures cannot be compared with their derivation; the others can (an
    // unreadable 上年结转结余 table holds no 功能分类 line of the other tables).
    QStringList incomplete;
    QSet<QString> unknown;
    for (const TableSpec &spec : tpl.tables)
        if (!doc.publishedTable(spec.number)) {
            incomplete.append(QString::number(spec.number));
            unknown.unite(spec.schedulesRead());
        }
    QList<Finding> out;
    QStringList skipped;
    for (const DisclosureTable &t : doc.published) {
        const TableSpec *spec = tpl.table(t.number);
        if (spec && !unknown.isEmpty() && spec->schedulesRead().intersects(unknown)) // every edit compares: most documents miss no table
            skipped.append(QString::number(t.number));
        else if (const auto d = derive(t.number))
            out.append(compareTables(t, *d));
    }
    if (!skipped.isEmpty()) {
        Finding f;
        f.severity = Severity::Notice;
        f.rule = QStringLiteral("differences.skipped");
        f.message = QCoreApplication::translate("bd::ImportReport",
                                                "Published table(s) %1 are not compared with their derivation: table(s) %2 could "
                                                "not be read or are missing, so the figures they hold are not in the schedules")
                        .arg(skipped.join(QStringLiteral(", ")), incomplete.join(QStringLiteral(", ")));
        out.prepend(f);
    }
    return out;
}

} // namespace bd
