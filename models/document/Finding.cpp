#include "Finding.h"

#include <QCoreApplication>
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

Finding::Place Finding::place() const
{
    if (rule.startsWith(QLatin1String("D.")))
        return Place::Narrative;
    if (rule.startsWith(QLatin1String("E.")) || rule.startsWith(QLatin1String("C.targets")))
        return Place::Targets;
    return table > 0 ? Place::Table : Place::Document;
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{{QStringLiteral("severity"), severityKey(severity)},
                  {QStringLiteral("rule"), rule},
                  {QStringLiteral("message"), message}};
    // Where it is fixed, as the window's check panel groups it.
    static const char *const places[] = {"narrative", "targets", "table", "document"};
    o.insert(QStringLiteral("place"), QLatin1String(places[int(place())]));
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
    QJsonObject o{{QStringLiteral("errors"), count(Severity::Error)},
                  {QStringLiteral("warnings"), count(Severity::Warning)},
                  {QStringLiteral("notices"), count(Severity::Notice)},
                  {QStringLiteral("findings"), a}};
    if (!readings.isEmpty()) {
        QJsonArray r;
        for (const TableReading &t : readings)
            r.append(t.toJson());
        o.insert(QStringLiteral("readings"), r);
    }
    return o;
}

QJsonObject TableReading::toJson() const
{
    QJsonArray s;
    for (const Skipped &k : skipped)
        s.append(QJsonObject{{QStringLiteral("line"), k.line}, {QStringLiteral("text"), k.text}, {QStringLiteral("why"), k.why}});
    return {{QStringLiteral("table"), table},
            {QStringLiteral("title"), title},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("exact"), exactLabel},
                                                   {QStringLiteral("normalised"), normalisedLabel},
                                                   {QStringLiteral("code"), byCode},
                                                   {QStringLiteral("position"), byPosition}}},
            {QStringLiteral("cells"), QJsonObject{{QStringLiteral("header"), cellsByHeader},
                                                  {QStringLiteral("column_order"), cellsInOrder},
                                                  {QStringLiteral("cell"), cellsByCell}}},
            {QStringLiteral("skipped"), s}};
}

QString TableReading::toText() const
{
    QString out = QCoreApplication::translate("bd::ImportReport",
                                              "table %1 (%2): %3 rows; labels %4 exact, %5 normalised, %6 by code, %7 by position; "
                                              "%8 cells by header, %9 in column order, %10 by cell; %11 lines skipped")
                      .arg(table)
                      .arg(title)
                      .arg(rows)
                      .arg(exactLabel)
                      .arg(normalisedLabel)
                      .arg(byCode)
                      .arg(byPosition)
                      .arg(cellsByHeader)
                      .arg(cellsInOrder)
                      .arg(cellsByCell)
                      .arg(skipped.size())
                  + QLatin1Char('\n');
    for (const Skipped &k : skipped)
        out += QStringLiteral("  ") + QCoreApplication::translate("bd::ImportReport", "line %1 skipped (%2): %3").arg(k.line)
                                      .arg(QCoreApplication::translate("bd::ImportReport", k.why.toUtf8().constData()), k.text)
               + QLatin1Char('\n');
    return out;
}

QString ImportReport::toText() const
{
    QString out;
    for (const TableReading &t : readings)
        out += t.toText();
    for (const Finding &f : findings) {
        out += severityKey(f.severity);
        out += QLatin1Char('\t');
        out += f.rule;
        out += QLatin1Char('\t');
        out += f.message;
        out += QLatin1Char('\n');
    }
    out += QCoreApplication::translate("bd::ImportReport", "%1 errors, %2 warnings, %3 notices")
               .arg(count(Severity::Error))
               .arg(count(Severity::Warning))
               .arg(count(Severity::Notice));
    out += QLatin1Char('\n');
    return out;
}

} // namespace bd
