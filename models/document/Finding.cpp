#include "Finding.h"

#include <QJsonArray>

namespace bd {

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Notice: return QStringLiteral("notice");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{{QStringLiteral("severity"), severityKey(severity)},
                  {QStringLiteral("rule"), rule},
                  {QStringLiteral("message"), message}};
    if (table)
        o.insert(QStringLiteral("table"), table);
    if (!rowKey.isEmpty())
        o.insert(QStringLiteral("row"), rowKey);
    if (!rowLabel.isEmpty())
        o.insert(QStringLiteral("row_label"), rowLabel);
    if (!column.isEmpty())
        o.insert(QStringLiteral("column"), column);
    if (!columnHeader.isEmpty())
        o.insert(QStringLiteral("column_header"), columnHeader);
    if (published || derived) {
        o.insert(QStringLiteral("unit"), unitSuffix(unit));
        o.insert(QStringLiteral("published"), published ? published->format(unit) : QString());
        o.insert(QStringLiteral("derived"), derived ? derived->format(unit) : QString());
        o.insert(QStringLiteral("difference"), difference().format(unit));
    }
    // The same pair under the names the validator uses: what the document states and what the
    // figures give (amounts in the finding's unit, or the text of a share or a weight sum).
    const QString stated = !statedText.isEmpty() ? statedText : (published ? published->format(unit) : QString());
    const QString recomputed = !recomputedText.isEmpty() ? recomputedText : (derived ? derived->format(unit) : QString());
    if (!stated.isEmpty() || !recomputed.isEmpty()) {
        o.insert(QStringLiteral("stated"), stated);
        o.insert(QStringLiteral("recomputed"), recomputed);
    }
    if (line)
        o.insert(QStringLiteral("line"), line);
    return o;
}

int ImportReport::count(Severity s) const
{
    int n = 0;
    for (const Finding &f : findings)
        if (f.severity == s)
            ++n;
    return n;
}

Severity ImportReport::worst() const
{
    Severity w = Severity::Notice;
    for (const Finding &f : findings)
        w = std::max(w, f.severity);
    return w;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray a;
    for (const Finding &f : findings)
        a.append(f.toJson());
    return {{QStringLiteral("errors"), count(Severity::Error)},
            {QStringLiteral("warnings"), count(Severity::Warning)},
            {QStringLiteral("notices"), count(Severity::Notice)},
            {QStringLiteral("findings"), a}};
}

QString ImportReport::toText() const
{
    QString out;
    for (const Finding &f : findings) {
        out += severityKey(f.severity);
        out += QLatin1Char('\t');
        out += f.rule;
        out += QLatin1Char('\t');
        out += f.message;
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("%1 errors, %2 warnings, %3 notices\n")
               .arg(count(Severity::Error))
               .arg(count(Severity::Warning))
               .arg(count(Severity::Notice));
    return out;
}

} // namespace bd
