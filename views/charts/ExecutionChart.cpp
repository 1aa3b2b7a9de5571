#include "ExecutionChart.h"

#include "templates/TemplateDescription.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>

namespace bd {

ExecutionChart::ExecutionChart(QWidget *parent)
    : BarChartView(Qt::Horizontal, false, parent)
{
    rebuild();
}

QString ExecutionChart::chartTitle() const
{
    return tr("Execution of the budget");
}

void ExecutionChart::setRows(const QList<ExecutionRow> &rows)
{
    m_rows = rows;
    m_code.clear();
    refresh();
}

void ExecutionChart::drillTo(const QString &code)
{
    const bool hasChildren = std::any_of(m_rows.begin(), m_rows.end(), [&](const ExecutionRow &r) {
        return r.level > 0 && r.key != code && r.key.startsWith(code) && !code.isEmpty();
    });
    const QString target = code.isEmpty() || hasChildren ? code : code.left(code.size() <= 3 ? 0 : code.size() - 2);
    if (target == m_code)
        return;
    m_code = target;
    refresh();
}

void ExecutionChart::rebuild()
{
    const ExecutionRow *parent = nullptr;
    for (const ExecutionRow &r : std::as_const(m_rows))
        if (r.key == m_code)
            parent = &r;
    setChartTitle(parent ? parent->key + QLatin1Char(' ') + parent->name : QString());
    QStringList categories;
    m_shownKeys.clear();
    BarSetData plan{QStringLiteral("plan"), tr("Budget"), {}, {}, QColor(0xa9, 0xbf, 0xd8)};
    BarSetData actual{QStringLiteral("actual"), tr("Final accounts"), {}, {}, QColor(0x2f, 0x6d, 0xb5)};
    const int level = m_code.isEmpty() ? 1 : (m_code.size() <= 3 ? 2 : 3);
    for (const ExecutionRow &r : std::as_const(m_rows)) {
        if (r.level != level || !r.key.startsWith(m_code))
            continue;
        categories.append(r.key + QLatin1Char(' ') + r.name);
        m_shownKeys.append(r.key);
        plan.values.append(r.plan());
        plan.valueLabels.append(r.plan() ? r.plan()->format(Unit::WanYuan) : QString());
        actual.values.append(r.actual);
        actual.valueLabels.append(r.completion() ? r.actual.format(Unit::WanYuan) + QStringLiteral(" (") + formatPercent(*r.completion())
                                                       + QLatin1Char(')')
                                                 : r.actual.format(Unit::WanYuan));
    }
    if (categories.isEmpty()) {
        clearBars();
        setPlaceholderText(tr("No final account to compare with its budget"));
        return;
    }
    setPlaceholderText(QString());
    setBars(categories, {plan, actual});
    if (QAbstractBarSeries *series = barSeries()) {
        disconnect(series, &QAbstractBarSeries::clicked, this, nullptr);
        connect(series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
            if (index >= 0 && index < m_shownKeys.size())
                emit barActivated(m_shownKeys[index]);
        });
    }
}

HistoryChart::HistoryChart(QWidget *parent)
    : ChartView(parent)
{
    setAnimatable(false);
    rebuild();
}

QString HistoryChart::chartTitle() const
{
    return tr("Over the years");
}

QStringList HistoryChart::categories() const
{
    QStringList out;
    for (const HistoryRow &r : m_rows)
        out.append(QString::number(r.year) + QLatin1Char(' ') + documentKindName(r.finalAccount ? DocumentKind::Final : DocumentKind::Budget));
    return out;
}

void HistoryChart::setRows(const QList<HistoryRow> &rows, const QString &department)
{
    m_rows = rows;
    m_department = department;
    refresh();
}

void HistoryChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    setChartTitle(m_department);
    if (m_rows.isEmpty()) {
        setPlaceholderText(tr("No document of this department"));
        return;
    }
    setPlaceholderText(QString());
    struct Line { QString key; QString label; Amount HistoryRow::*figure; QColor color; };
    const Line lines[] = {{QStringLiteral("total"), tr("Total expenditure"), &HistoryRow::total, QColor(0x2f, 0x6d, 0xb5)},
                          {QStringLiteral("basic"), tr("Basic expenditure"), &HistoryRow::basic, QColor(0x4c, 0xa2, 0x6b)},
                          {QStringLiteral("project"), tr("Project expenditure"), &HistoryRow::project, QColor(0xe0, 0x8a, 0x2e)},
                          {QStringLiteral("sangong"), tr("“Three public” expenses"), &HistoryRow::sanGong, QColor(0xb5, 0x3a, 0x3a)}};
    auto *xAxis = new QCategoryAxis(c);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList names = categories();
    for (int i = 0; i < names.size(); ++i)
        xAxis->append(names[i], i);
    // Half a step of room on either side: a point never sits on the frame, one alone mid-chart.
    xAxis->setStartValue(-0.5);
    xAxis->setRange(-0.5, double(names.size()) - 0.5);
    auto *yAxis = new QValueAxis(c);
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);
    Amount max;
    for (const Line &l : lines) {
        auto *series = new QLineSeries(c);
        series->setName(l.label);
        series->setProperty("key", l.key);
        series->setPointsVisible(true);
        series->setMarkerSize(8);
        series->setColor(l.color);
        for (int i = 0; i < m_rows.size(); ++i) {
            const Amount v = m_rows[i].*l.figure;
            max = std::max(max, v);
            series->append(i, unitValue(v, unit()));
        }
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    setUpAmountAxis(yAxis, unitValue(max, unit()), 0.1);
    applyFonts();
}

} // namespace bd
