// E. Performance targets: every indicator has its 一级/二级/三级指标 and its 指标值, and the
// weights (分值权重) of a table add up to 100.

#include "ValidationContext.h"

#include <QCoreApplication>

namespace bd {

namespace {

QString targetTitle(const PerformanceTarget &t)
{
    return t.kind == QLatin1String("overall")
               ? QCoreApplication::translate("bd::Validator", "部门整体绩效目标表 (overall performance targets)")
               : QCoreApplication::translate("bd::Validator", "项目支出绩效目标表 %1 (project performance targets)").arg(t.name);
}

Finding targetFinding(const QString &rule, const PerformanceTarget &t, int line)
{
    Finding f;
    f.rule = rule;
    f.severity = Severity::Warning;
    f.rowKey = t.kind;
    f.rowLabel = t.name;
    f.line = line ? line : t.sourceLine;
    return f;
}

} // namespace

void checkTargets(const ValidationContext &ctx, QList<Finding> &out)
{
    for (const PerformanceTarget &t : ctx.doc.schedules.targets) {
        if (t.indicators.isEmpty()) {
            Finding f = targetFinding(QStringLiteral("E.indicator-hierarchy"), t, 0);
            f.message = QCoreApplication::translate("bd::Validator", "%1 has no indicators")
                            .arg(ValidationContext::withLine(targetTitle(t), t.sourceLine));
            out.append(f);
            continue;
        }
        int sum = 0;
        int weighted = 0;
        QStringList unweighted;
        for (const Indicator &i : t.indicators) {
            const QString name = i.level3.isEmpty() ? QStringLiteral("%1/%2").arg(i.level1, i.level2) : i.level3;
            QStringList missing;
            if (i.level1.trimmed().isEmpty())
                missing.append(QCoreApplication::translate("bd::Validator", "一级指标"));
            if (i.level2.trimmed().isEmpty())
                missing.append(QCoreApplication::translate("bd::Validator", "二级指标"));
            if (i.level3.trimmed().isEmpty())
                missing.append(QCoreApplication::translate("bd::Validator", "三级指标"));
            if (!missing.isEmpty()) {
                Finding f = targetFinding(QStringLiteral("E.indicator-hierarchy"), t, i.sourceLine);
                f.column = QStringLiteral("levels");
                f.message = QCoreApplication::translate("bd::Validator", "%1, line %2, indicator “%3”: no %4")
                                .arg(targetTitle(t))
                                .arg(i.sourceLine)
                                .arg(name, missing.join(QStringLiteral("、")));
                out.append(f);
            }
            if (i.value.trimmed().isEmpty()) {
                Finding f = targetFinding(QStringLiteral("E.indicator-value"), t, i.sourceLine);
                f.column = QStringLiteral("value");
                f.message = QCoreApplication::translate("bd::Validator", "%1, line %2, indicator “%3”: the 指标值 is empty")
                                .arg(targetTitle(t))
                                .arg(i.sourceLine)
                                .arg(name);
                out.append(f);
            }
            if (i.weight) {
                sum += *i.weight;
                ++weighted;
            } else {
                unweighted.append(name);
            }
        }
        if (!weighted)
            continue; // a template without weights
        if (sum != 100 || !unweighted.isEmpty()) {
            Finding f = targetFinding(QStringLiteral("E.weights-sum"), t, 0);
            f.column = QStringLiteral("weight");
            f.statedText = QString::number(sum);
            f.recomputedText = QStringLiteral("100");
            f.message = QCoreApplication::translate("bd::Validator", "%1: the weights (分值权重) of its %2 indicators add up to %3, not 100%4")
                            .arg(ValidationContext::withLine(targetTitle(t), t.sourceLine))
                            .arg(weighted)
                            .arg(sum)
                            .arg(unweighted.isEmpty() ? QString()
                                                      : QCoreApplication::translate("bd::Validator", "; without a weight: %1")
                                                            .arg(unweighted.join(QStringLiteral("、"))));
            out.append(f);
        }
    }
}

} // namespace bd
