// The chart views (views/charts): every chart shows ChartData's numbers for the Kizilsu
// sample, the expenditure chart drills 类 → 款 → 项 and back, charts follow edits, and every
// chart exports to PNG, SVG and PDF, from the library and from `budgetdesk export-charts`.

#include "charts/BasicProjectChart.h"
#include "charts/ChartData.h"
#include "charts/ChartExporter.h"
#include "charts/EconomicChart.h"
#include "charts/ExpenditureStructureChart.h"
#include "charts/RevenueStructureChart.h"
#include "charts/ExecutionChart.h"
#include "charts/SanGongChart.h"
#include "charts/YearOnYearChart.h"
#include "editing/DocumentSession.h"
#include "import/DisclosureImporter.h"
#include "tables/ExecutionTable.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QImageReader>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSvgRenderer>
#include <QVBoxLayout>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <typeinfo>

using namespace bd;

namespace {

const QString SampleFile = QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt");
const QStringList AllKeys{QStringLiteral("revenue-structure"), QStringLiteral("expenditure-structure"),
                          QStringLiteral("basic-vs-project"),  QStringLiteral("economic-classes"),
                          QStringLiteral("sangong"),           QStringLiteral("year-on-year")};

// 0.01 万元 steps → Amount: wan(44993) is 449.93 万元.
Amount wan(qint64 hundredths)
{
    return Amount::fromFen(hundredths * 10000);
}

double value(Amount a)
{
    return ChartView::unitValue(a, Unit::WanYuan);
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// slice key → value of a pie chart
QMap<QString, double> sliceValues(const PieChartView &chart)
{
    QMap<QString, double> values;
    const auto slices = chart.pieSeries()->slices();
    for (const QPieSlice *s : slices)
        values.insert(s->property("key").toString(), s->value());
    return values;
}

QMap<QString, double> expected(const QList<ChartSlice> &slices)
{
    QMap<QString, double> values;
    for (const ChartSlice &s : slices)
        values.insert(s.key, value(s.amount));
    return values;
}

void compareValues(const QMap<QString, double> &actual, const QMap<QString, double> &wanted)
{
    QCOMPARE(actual.keys(), wanted.keys());
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        QVERIFY2(near(actual.value(it.key()), it.value()),
                 qPrintable(QStringLiteral("%1: %2 != %3").arg(it.key()).arg(actual.value(it.key())).arg(it.value())));
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void revenueStructure();
    void expenditureStructure();
    void drillDown();
    void drillToLeafHighlights();
    void sliceClickEmitsCode();
    void basicVsProject();
    void economicClasses();
    void sanGong();
    void sanGongWithoutLastYear();
    void finalAccountCharts();
    void yearOnYear();
    void yearOnYearWithoutPriorFigures();
    void unitOnAxes();
    void chartsFollowEdits();
    void chartsOutOfSightWaitForIt();
    void exportFromTheMenuIsLegible();
    void drillLevelSurvivesEdits();
    void noDocument();
    void contextMenu();
    void rebuildsLeaveNothingBehind();

    void exportEachFormat_data();
    void exportEachFormat();
    void exportAtTwiceTheResolution();
    void exportKeepsTheViewUsable();
    void exportRejectsBadArguments();
    void exportAll();
    void commandLine_data();
    void commandLine();
    void commandLineRejectsBadOptions();

private:
    BudgetDocument m_doc;
    std::unique_ptr<DocumentSession> m_session;
};

void TestCharts::initTestCase()
{
    const ImportResult r = DisclosureImporter().importFile(SampleFile);
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    m_doc = *r.document;
}

void TestCharts::init()
{
    m_session = std::make_unique<DocumentSession>();
    QString error;
    QVERIFY2(m_session->setDocument(m_doc, &error), qPrintable(error));
    QCOMPARE(m_session->unit(), Unit::WanYuan);
}

void TestCharts::revenueStructure()
{
    RevenueStructureChart chart;
    chart.setSession(m_session.get());
    QCOMPARE(chart.chartKey(), QStringLiteral("revenue-structure"));
    QVERIFY(chart.pieSeries()->holeSize() > 0); // a donut
    const QList<ChartSlice> data = ChartData::revenueStructure(m_doc.schedules);
    compareValues(sliceValues(chart), expected(data));
    // The schedules' sum of 项: 449.93 and 75.00 万元.
    const QList<double> values = sliceValues(chart).values();
    QCOMPARE(values.size(), 2);
    QVERIFY(values.contains(449.93));
    QVERIFY(values.contains(75.00));
    // Fixed keys are translated in the view; the legend has amount and share.
    QVERIFY(chart.slice(QStringLiteral("general_budget")));
    const QString legend = chart.legendText(QStringLiteral("general_budget"));
    QVERIFY2(legend.contains(QStringLiteral("General public budget")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("449.93 万元")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("85.71%")), qPrintable(legend));
}

void TestCharts::expenditureStructure()
{
    ExpenditureStructureChart chart;
    chart.resize(800, 500);
    chart.setSession(m_session.get());
    QCOMPARE(chart.currentCode(), QString());
    compareValues(sliceValues(chart), expected(ChartData::expenditureByFunction(m_doc.schedules, m_doc.year)));
    const QMap<QString, double> values = sliceValues(chart);
    QCOMPARE(values.keys(), (QStringList{QStringLiteral("201"), QStringLiteral("208"), QStringLiteral("210"), QStringLiteral("221")}));
    QCOMPARE(values.value(QStringLiteral("201")), 399.81);
    QCOMPARE(values.value(QStringLiteral("208")), 74.85);
    QCOMPARE(values.value(QStringLiteral("210")), 23.15);
    QCOMPARE(values.value(QStringLiteral("221")), 27.12);
    // Code + name, amount and share in the legend; the names as the document has them.
    const QString legend = chart.legendText(QStringLiteral("201"));
    QVERIFY2(legend.contains(QStringLiteral("201 一般公共服务支出")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("399.81 万元")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("76.16%")), qPrintable(legend));
    // 210 is 4.41 %: no label on the slice, the legend has it all.
    chart.grab(); // lays the chart out
    const QStringList labelled = chart.labelledKeys();
    QVERIFY2(!labelled.contains(QStringLiteral("210")), qPrintable(labelled.join(u',')));
    QVERIFY2(labelled.contains(QStringLiteral("201")), qPrintable(labelled.join(u',')));
    QVERIFY(chart.legendText(QStringLiteral("210")).contains(QStringLiteral("23.15 万元 (4.41%)")));
}

void TestCharts::drillDown()
{
    ExpenditureStructureChart chart;
    chart.setSession(m_session.get());
    QSignalSpy drilled(&chart, &ExpenditureStructureChart::drilledTo);

    chart.drillTo(QStringLiteral("201"));
    QCOMPARE(chart.currentCode(), QStringLiteral("201"));
    QCOMPARE(drilled.size(), 1);
    QCOMPARE(drilled.takeFirst().at(0).toString(), QStringLiteral("201"));
    QMap<QString, double> values = sliceValues(chart);
    QCOMPARE(values.keys(), QStringList{QStringLiteral("20103")});
    QCOMPARE(values.value(QStringLiteral("20103")), 399.81);
    QVERIFY(chart.chart()->title().contains(QStringLiteral("201 一般公共服务支出")));

    chart.drillTo(QStringLiteral("20103"));
    QCOMPARE(chart.currentCode(), QStringLiteral("20103"));
    const QList<ChartSlice> items = ChartData::expenditureByFunction(m_doc.schedules, m_doc.year, QStringLiteral("20103"));
    QCOMPARE(items.size(), 3);
    compareValues(sliceValues(chart), expected(items));
    for (const QString &key : sliceValues(chart).keys())
        QCOMPARE(key.size(), 7);

    chart.drillUp();
    QCOMPARE(chart.currentCode(), QStringLiteral("201"));
    QCOMPARE(sliceValues(chart).keys(), QStringList{QStringLiteral("20103")});
    chart.drillUp();
    QCOMPARE(chart.currentCode(), QString());
    QCOMPARE(sliceValues(chart).size(), 4);
    chart.drillUp(); // already at the top
    QCOMPARE(chart.currentCode(), QString());
    QCOMPARE(drilled.size(), 3);
    QCOMPARE(drilled.at(2).at(0).toString(), QString());

    // An unknown code goes no further than the level that has lines.
    chart.drillTo(QStringLiteral("299"));
    QCOMPARE(chart.currentCode(), QString());
}

void TestCharts::drillToLeafHighlights()
{
    ExpenditureStructureChart chart;
    chart.setSession(m_session.get());
    QSignalSpy drilled(&chart, &ExpenditureStructureChart::drilledTo);
    // A 项 has no children: its siblings are shown with it pulled out.
    chart.drillTo(QStringLiteral("2010301"));
    QCOMPARE(chart.currentCode(), QStringLiteral("20103"));
    QCOMPARE(chart.highlightedCode(), QStringLiteral("2010301"));
    // drilledTo names the code asked for, so that a tree echoing it back keeps the 项 selected.
    QCOMPARE(drilled.size(), 1);
    QCOMPARE(drilled.at(0).at(0).toString(), QStringLiteral("2010301"));
    QCOMPARE(chart.drilledCode(), QStringLiteral("2010301"));
    chart.drillTo(QStringLiteral("2010301"));
    QCOMPARE(drilled.size(), 1);
    // A sibling: the same level, another slice out.
    chart.drillTo(QStringLiteral("2010350"));
    QCOMPARE(chart.currentCode(), QStringLiteral("20103"));
    QCOMPARE(drilled.size(), 2);
    QVERIFY(chart.slice(QStringLiteral("2010350"))->isExploded());
    QVERIFY(!chart.slice(QStringLiteral("2010301"))->isExploded());
    // Up from a pulled-out 项 goes to the level above the one shown.
    chart.drillUp();
    QCOMPARE(chart.currentCode(), QStringLiteral("201"));
    QCOMPARE(chart.highlightedCode(), QString());
    chart.drillTo(QStringLiteral("2010301"));
    QVERIFY(chart.slice(QStringLiteral("2010301"))->isExploded());
    int exploded = 0;
    for (const QPieSlice *s : chart.pieSeries()->slices())
        exploded += s->isExploded();
    QCOMPARE(exploded, 1);
    chart.drillTo(QString());
    QCOMPARE(chart.currentCode(), QString());
    QCOMPARE(chart.highlightedCode(), QString());
    QCOMPARE(drilled.last().at(0).toString(), QString());
}

void TestCharts::sliceClickEmitsCode()
{
    ExpenditureStructureChart chart;
    chart.setSession(m_session.get());
    QSignalSpy activated(&chart, &ExpenditureStructureChart::sliceActivated);
    QSignalSpy drilled(&chart, &ExpenditureStructureChart::drilledTo);

    emit chart.slice(QStringLiteral("208"))->clicked();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("208"));
    QCOMPARE(chart.currentCode(), QStringLiteral("208")); // drillable: drilled in
    QCOMPARE(drilled.size(), 1);

    // Down to the 项, then a 项: selected, not drilled.
    const QString kuan = chart.sliceKeys().first();
    emit chart.slice(kuan)->clicked();
    QCOMPARE(activated.last().at(0).toString(), kuan);
    QCOMPARE(chart.currentCode(), kuan);
    const QString item = chart.sliceKeys().first();
    QCOMPARE(item.size(), 7);
    emit chart.slice(item)->clicked();
    QCOMPARE(activated.last().at(0).toString(), item);
    QCOMPARE(chart.currentCode(), kuan);
    QCOMPARE(chart.highlightedCode(), item);
    QCoreApplication::processEvents(); // slices replaced inside clicked() are deleted later: no crash

    // A click in the hole goes back up.
    chart.resize(800, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QPointF centre = chart.chart()->plotArea().center();
    const QPoint viewPos = chart.mapFromScene(chart.chart()->mapToScene(centre));
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewPos);
    QCOMPARE(chart.currentCode(), QStringLiteral("208"));
    QTest::keyClick(&chart, Qt::Key_Backspace);
    QCOMPARE(chart.currentCode(), QString());
}

void TestCharts::basicVsProject()
{
    BasicProjectChart chart;
    chart.setSession(m_session.get());
    QCOMPARE(chart.pieSeries()->holeSize(), 0.0); // a plain pie
    compareValues(sliceValues(chart), expected(ChartData::basicVsProject(m_doc.schedules)));
    QCOMPARE(sliceValues(chart).keys(), (QStringList{QStringLiteral("basic"), QStringLiteral("project")}));
    QVERIFY(chart.legendText(QStringLiteral("basic")).startsWith(QStringLiteral("Basic expenditure")));

    chart.setCodePrefix(QStringLiteral("208"));
    QCOMPARE(chart.codePrefix(), QStringLiteral("208"));
    compareValues(sliceValues(chart), expected(ChartData::basicVsProject(m_doc.schedules, QStringLiteral("208"))));
    QVERIFY(chart.chart()->title().contains(QStringLiteral("208")));
    chart.setCodePrefix(QString());
    compareValues(sliceValues(chart), expected(ChartData::basicVsProject(m_doc.schedules)));
}

void TestCharts::economicClasses()
{
    EconomicChart chart;
    chart.setSession(m_session.get());
    QVERIFY(qobject_cast<QAbstractBarSeries *>(chart.barSeries()));
    QCOMPARE(chart.barSeries()->type(), QAbstractSeries::SeriesTypeHorizontalStackedBar);
    const QList<ChartPair> data = ChartData::economicByClass(m_doc.schedules, m_doc.year);
    QVERIFY(!data.isEmpty());
    QCOMPARE(chart.categories().size(), data.size());
    for (int i = 0; i < data.size(); ++i) {
        const ChartPair &p = data[i];
        QCOMPARE(chart.categories().indexOf(p.label), i); // in ChartData's order
        QVERIFY(near(*chart.seriesValue(QStringLiteral("personnel"), p.label), value(p.first)));
        QVERIFY(near(*chart.seriesValue(QStringLiteral("public"), p.label), value(p.second.value_or(Amount()))));
    }
    QVERIFY(chart.categories().first().startsWith(QStringLiteral("301 ")));
    QCOMPARE(chart.barSet(QStringLiteral("personnel"))->label(), QStringLiteral("Personnel expenses"));
}

void TestCharts::sanGong()
{
    SanGongChart chart;
    chart.resize(800, 500);
    chart.setSession(m_session.get());
    QCOMPARE(chart.barSeries()->type(), QAbstractSeries::SeriesTypeBar);
    QCOMPARE(chart.categories(), (QStringList{QStringLiteral("Official trips abroad"), QStringLiteral("Official reception"),
                                              QStringLiteral("Vehicle purchase"), QStringLiteral("Vehicle operation")}));
    const QList<double> thisYear{4.90, 9.50, 0.00, 7.00};
    const QList<double> lastYear{0.50, 14.50, 0.00, 5.00};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(*chart.seriesValue(QStringLiteral("this_year"), chart.categories()[i]), thisYear[i]);
        QCOMPARE(*chart.seriesValue(QStringLiteral("last_year"), chart.categories()[i]), lastYear[i]);
    }
    const QList<ChartPair> data = ChartData::sanGong(m_doc.schedules);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(near(*chart.seriesValue(QStringLiteral("this_year"), chart.categories()[i]), value(data[i].first)));
        QVERIFY(near(*chart.seriesValue(QStringLiteral("last_year"), chart.categories()[i]), value(*data[i].second)));
    }
    QCOMPARE(chart.barSet(QStringLiteral("this_year"))->label(), QStringLiteral("2026 budget"));
    QCOMPARE(chart.barSet(QStringLiteral("last_year"))->label(), QStringLiteral("2025 budget"));
    // The exact amounts on the bars, with two decimals.
    chart.grab();
    const QStringList labels = chart.valueLabelTexts();
    QVERIFY2(labels.contains(QStringLiteral("4.90")), qPrintable(labels.join(u' ')));
    QVERIFY2(labels.contains(QStringLiteral("14.50")), qPrintable(labels.join(u' ')));
    // In a narrow chart the names under the bars take two lines instead of being cut short.
    chart.resize(420, 320);
    chart.grab();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const QStringList shown = axis->categories();
    QCOMPARE(shown.size(), 4);
    for (int i = 0; i < 4; ++i) // a line may break at a space
        QCOMPARE(QString(shown[i]).remove(QStringLiteral("<br>")).remove(u' '), chart.categories()[i].toHtmlEscaped().remove(u' '));
    QVERIFY2(shown[0].contains(QStringLiteral("<br>")), qPrintable(shown.join(u'|')));
}

// A final account (the planning 决算): the 三公 预算数 beside the 决算数; 执行情况 by 类, drilled
// into 212; 历年对比 with a line per figure.
void TestCharts::finalAccountCharts()
{
    const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_TEST_DATA_DIR "/putuo-planning-final-2024.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error.toString()));
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(*r.document, &error), qPrintable(error));
    SanGongChart sanGong;
    sanGong.setSession(&session);
    QCOMPARE(sanGong.barSeries()->barSets().size(), 2);
    QCOMPARE(*sanGong.seriesValue(QStringLiteral("budgeted"), QStringLiteral("Official reception")), 2.85);
    QCOMPARE(*sanGong.seriesValue(QStringLiteral("actual"), QStringLiteral("Official reception")), 0.39);
    QCOMPARE(sanGong.barSet(QStringLiteral("actual"))->label(), QStringLiteral("2024 final accounts"));

    ExecutionChart execution;
    execution.resize(800, 500);
    const QList<ExecutionRow> rows = executionTable(*r.document);
    execution.setRows(rows);
    QCOMPARE(execution.categories(), (QStringList{QStringLiteral("208 社会保障和就业支出"), QStringLiteral("210 卫生健康支出"),
                                                  QStringLiteral("212 城乡社区支出"), QStringLiteral("220 自然资源海洋气象等支出"),
                                                  QStringLiteral("221 住房保障支出")}));
    QCOMPARE(*execution.seriesValue(QStringLiteral("plan"), QStringLiteral("212 城乡社区支出")), 4225.62);
    QCOMPARE(*execution.seriesValue(QStringLiteral("actual"), QStringLiteral("212 城乡社区支出")), 3832.36);
    // In the window's half of a page every bar keeps its amount: one with no room beyond its
    // end has it inside (220's was dropped).
    execution.resize(500, 380);
    execution.grab();
    for (const char *label : {"754.75 (99.03%)", "3832.36 (90.69%)", "4461.67 (98.66%)", "4522.33", "461.08 (100.00%)"})
        QVERIFY2(execution.valueLabelTexts().contains(QString::fromUtf8(label)), qPrintable(execution.valueLabelTexts().join(u' ')));
    execution.resize(800, 500);
    QSignalSpy activated(&execution, &ExecutionChart::barActivated);
    emit execution.barSeries()->clicked(2, execution.barSet(QStringLiteral("actual")));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("212"));
    execution.drillTo(QStringLiteral("212"));
    QCOMPARE(execution.categories(), (QStringList{QStringLiteral("21201 城乡社区管理事务"), QStringLiteral("21202 城乡社区规划与管理")}));
    execution.drillTo(QStringLiteral("2120101")); // a 项: its 款's 项
    QCOMPARE(execution.categories(), (QStringList{QStringLiteral("2120101 行政运行")}));
    execution.grab();
    QVERIFY2(execution.valueLabelTexts().contains(QStringLiteral("1092.80 (97.97%)")), qPrintable(execution.valueLabelTexts().join(u' ')));

    HistoryChart history;
    BudgetDocument earlier = *r.document;
    earlier.year = 2023;
    history.setRows(historyTable({*r.document, earlier}), r.document->department);
    QCOMPARE(history.categories(), (QStringList{QStringLiteral("2023 Final accounts"), QStringLiteral("2024 Final accounts")}));
    QCOMPARE(history.chart()->series().size(), 4);
    auto *total = qobject_cast<QLineSeries *>(history.chart()->series().first());
    QVERIFY(total);
    QCOMPARE(total->count(), 2);
    QCOMPARE(total->at(1).y(), 9759.38);
    QVERIFY(history.placeholderText().isEmpty());
    history.setRows({}, QString());
    QVERIFY(!history.placeholderText().isEmpty());
}

void TestCharts::sanGongWithoutLastYear()
{
    Schedules s = m_doc.schedules;
    for (SanGongLine &l : s.sanGong)
        l.prior.reset();
    m_session->setSchedules(s);
    SanGongChart chart;
    chart.setSession(m_session.get());
    QCOMPARE(chart.barSeries()->barSets().size(), 1);
    QVERIFY(chart.barSet(QStringLiteral("this_year")));
    QVERIFY(!chart.barSet(QStringLiteral("last_year")));
    QCOMPARE(*chart.seriesValue(QStringLiteral("this_year"), QStringLiteral("Official reception")), 9.50);
}

void TestCharts::yearOnYear()
{
    YearOnYearChart chart;
    chart.setSession(m_session.get());
    const QList<ChartPair> data = ChartData::yearOnYear(m_doc.schedules, m_doc.year);
    QVERIFY(!data.isEmpty()); // the sample's narrative states last year's figures
    QCOMPARE(chart.placeholderText(), QString());
    QStringList known;
    for (const ChartPair &p : data) {
        if (!p.second)
            continue;
        known.append(p.label);
        QVERIFY(near(*chart.seriesValue(QStringLiteral("this_year"), p.label), value(p.first)));
        QVERIFY(near(*chart.seriesValue(QStringLiteral("last_year"), p.label), value(*p.second)));
    }
    QCOMPARE(chart.categories(), known);
    QCOMPARE(chart.barSeries()->type(), QAbstractSeries::SeriesTypeHorizontalBar);
}

void TestCharts::yearOnYearWithoutPriorFigures()
{
    Schedules s = m_doc.schedules;
    s.prior.clear();
    m_session->setSchedules(s);
    QVERIFY(ChartData::yearOnYear(s, m_doc.year).isEmpty());
    YearOnYearChart chart;
    chart.setSession(m_session.get());
    QCOMPARE(chart.placeholderText(), QStringLiteral("No prior-year figures in this document"));
    QVERIFY(!chart.hasBars());
    QVERIFY(!chart.barSeries()->isVisible());
    QVERIFY(chart.barSeries()->barSets().isEmpty());
    for (const QAbstractAxis *axis : chart.chart()->axes())
        QVERIFY(!axis->isVisible());
    QVERIFY(!chart.chart()->legend()->isVisible());
    // It exports as the sentence, not as an empty frame.
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("yoy.svg"));
    QVERIFY2(ChartExporter::exportChart(&chart, path, ChartExporter::Svg, QSize(800, 500), 96, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("No prior-year figures in this document")));
    // Figures coming back bring the chart back.
    m_session->setSchedules(m_doc.schedules);
    QCOMPARE(chart.placeholderText(), QString());
    QVERIFY(chart.hasBars());
    QVERIFY(chart.barSeries()->isVisible());
    QVERIFY(chart.chart()->legend()->isVisible());
}

void TestCharts::unitOnAxes()
{
    const OwnedChartViews views = ChartExporter::createAll(m_session.get());
    for (ChartView *view : views) {
        const auto axes = view->chart()->axes(Qt::Horizontal | Qt::Vertical);
        for (const QAbstractAxis *axis : axes)
            if (axis->type() == QAbstractAxis::AxisTypeValue)
                QCOMPARE(axis->titleText(), QStringLiteral("Amount (万元)"));
    }

    // A document in 元 says so.
    BudgetDocument putuo;
    {
        const ImportResult r = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/putuo-commerce-2025.txt"));
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        putuo = *r.document;
    }
    DocumentSession session;
    QString error;
    QVERIFY(session.setDocument(putuo, &error));
    QCOMPARE(session.unit(), Unit::Yuan);
    // Putuo's money is all 财政拨款: last year's total is last year's 财政拨款 the 说明 states
    // ("财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元").
    const QList<KeyFigure> figures = ChartData::keyFigures(putuo.schedules);
    QCOMPARE(figures.first().key, QStringLiteral("total"));
    QCOMPARE(figures.first().prior->fen(), Q_INT64_C(12593290000)); // 12,593.29 万元
    EconomicChart economic;
    economic.setSession(&session);
    QCOMPARE(economic.chart()->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("Amount (元)"));
    RevenueStructureChart revenue;
    revenue.setSession(&session);
    const QString legend = revenue.legendText(revenue.sliceKeys().first());
    QVERIFY2(legend.contains(QStringLiteral(" 元 (")), qPrintable(legend));
    // Small, with seven 类 and amounts in 元, the legend is one line an entry: it keeps each
    // name (shortened) and its share, and leaves the long amount to the tooltip.
    ExpenditureStructureChart expenditure;
    expenditure.setSession(&session);
    expenditure.resize(480, 260);
    expenditure.grab();
    QCOMPARE(expenditure.sliceKeys().size(), 7);
    for (const QString &key : expenditure.sliceKeys()) {
        const QString entry = expenditure.legendText(key);
        QVERIFY2(entry.startsWith(key + QLatin1Char(' ')) && entry.contains(QLatin1Char('%')), qPrintable(entry));
    }
}

// Exported from its context menu, a small chart is written at least at the command line's size,
// and a PNG at twice that resolution at least (it was 642×400).
void TestCharts::exportFromTheMenuIsLegible()
{
    RevenueStructureChart chart;
    chart.setSession(m_session.get());
    chart.resize(300, 200);
    QCOMPARE(chart.exportPixelSize(ChartExporter::Png), QSize(1600, 1000));
    QCOMPARE(chart.exportPixelSize(ChartExporter::Svg), QSize(800, 500));
    chart.resize(1000, 600);
    QCOMPARE(chart.exportPixelSize(ChartExporter::Pdf), QSize(1000, 600));
}

void TestCharts::chartsFollowEdits()
{
    const OwnedChartViews views = ChartExporter::createAll(m_session.get());
    auto *expenditure = qobject_cast<ExpenditureStructureChart *>(views[1]);
    auto *basic = qobject_cast<BasicProjectChart *>(views[2]);
    auto *sanGong = qobject_cast<SanGongChart *>(views[4]);
    QVERIFY(expenditure && basic && sanGong);
    const double before = expenditure->slice(QStringLiteral("208"))->value();
    const QPieSlice *slice208 = expenditure->slice(QStringLiteral("208"));
    const QBarSet *sanGongThisYear = sanGong->barSet(QStringLiteral("this_year"));
    QVERIFY(sanGongThisYear);

    // Add 10.00 万元 to the first 208 line, and 1.00 万元 to 公务接待费.
    Schedules s = m_session->schedules();
    int line = -1;
    for (int i = 0; i < s.functional.size() && line < 0; ++i)
        if (s.functional[i].code.startsWith(QLatin1String("208")))
            line = i;
    QVERIFY(line >= 0);
    s.functional[line].amount += wan(1000);
    for (SanGongLine &l : s.sanGong)
        if (l.key == QLatin1String("reception"))
            l.generalBudget += wan(100);
    m_session->setSchedules(s);

    QVERIFY(near(expenditure->slice(QStringLiteral("208"))->value(), before + 10.0));
    compareValues(sliceValues(*expenditure), expected(ChartData::expenditureByFunction(s, m_doc.year)));
    compareValues(sliceValues(*basic), expected(ChartData::basicVsProject(s)));
    QVERIFY(near(*sanGong->seriesValue(QStringLiteral("this_year"), QStringLiteral("Official reception")), 10.50));
    // The same slices and bars with other figures: changed in place, not built anew.
    QCOMPARE(expenditure->slice(QStringLiteral("208")), slice208);
    QCOMPARE(sanGong->barSet(QStringLiteral("this_year")), sanGongThisYear);
    const Amount amount208 = Amount::fromFen(slice208->property("fen").toLongLong());
    QVERIFY(near(ChartView::unitValue(amount208, Unit::WanYuan), before + 10.0));
    QVERIFY(expenditure->legendText(QStringLiteral("208")).contains(amount208.format(Unit::WanYuan, true)));
    auto *revenue = qobject_cast<RevenueStructureChart *>(views[0]);
    compareValues(sliceValues(*revenue), expected(ChartData::revenueStructure(s)));
}

// Charts in a scroll area, as on the overview: only those in sight are built when the window
// is first shown and after an edit; one scrolled into sight is built then, with the figures
// of that moment.
void TestCharts::chartsOutOfSightWaitForIt()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_doc, &error), qPrintable(error));
    QWidget window;
    window.resize(800, 500);
    auto *area = new QScrollArea(&window);
    area->setWidgetResizable(true);
    area->resize(800, 500);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    const QList<ChartView *> views = ChartExporter::createAll(nullptr, content).release();
    for (ChartView *view : views) {
        view->setMinimumSize(360, 400);
        column->addWidget(view);
    }
    area->setWidget(content);
    for (ChartView *view : views)
        view->setSession(&session); // before the window is shown: where each is, is not known yet
    auto *first = qobject_cast<RevenueStructureChart *>(views.first());
    auto *last = qobject_cast<YearOnYearChart *>(views.last());
    QVERIFY(first && last && views.size() >= 3);
    const QString noDocument = first->placeholderText();
    QVERIFY(!noDocument.isEmpty()); // as built without a session
    QCOMPARE(last->placeholderText(), noDocument);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(first->placeholderText().isEmpty());
    compareValues(sliceValues(*first), expected(ChartData::revenueStructure(session.schedules())));
    QCOMPARE(last->placeholderText(), noDocument);

    // An edit: the chart in sight follows; the one below waits.
    Schedules s = session.schedules();
    s.functional.first().amount += wan(1000);
    session.setSchedules(s);
    compareValues(sliceValues(*first), expected(ChartData::revenueStructure(s)));
    QCOMPARE(last->placeholderText(), noDocument);

    area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum());
    QVERIFY2(last->placeholderText().isEmpty(), qPrintable(last->placeholderText())); // the sample states last year
    // Scrolled out of sight, the first keeps what it showed until it comes back.
    compareValues(sliceValues(*first), expected(ChartData::revenueStructure(s)));
}

void TestCharts::drillLevelSurvivesEdits()
{
    ExpenditureStructureChart chart;
    chart.setSession(m_session.get());
    chart.drillTo(QStringLiteral("20103"));
    QSignalSpy drilled(&chart, &ExpenditureStructureChart::drilledTo);
    // An edit keeps the level.
    Schedules s = m_session->schedules();
    s.functional.first().amount += wan(1);
    m_session->setSchedules(s);
    QCOMPARE(chart.currentCode(), QStringLiteral("20103"));
    QCOMPARE(drilled.size(), 0);
    // Removing every line under 201 goes back to the top.
    s.functional.removeIf([](const FunctionalLine &l) { return l.code.startsWith(QLatin1String("201")); });
    m_session->setSchedules(s);
    QCOMPARE(chart.currentCode(), QString());
    QCOMPARE(drilled.size(), 1);
    QVERIFY(!chart.slice(QStringLiteral("201")));
    // Another document starts at the top.
    chart.drillTo(QStringLiteral("208"));
    QString error;
    QVERIFY(m_session->setDocument(m_doc, &error));
    QCOMPARE(chart.currentCode(), QString());
}

void TestCharts::noDocument()
{
    const OwnedChartViews views = ChartExporter::createAll(nullptr);
    QCOMPARE(views.size(), 6);
    QStringList keys;
    for (ChartView *view : views) {
        keys.append(view->chartKey());
        QVERIFY(!view->chartTitle().isEmpty());
        QCOMPARE(view->placeholderText(), QStringLiteral("No document"));
    }
    QCOMPARE(keys, AllKeys);
    // A session that closes its document empties the charts.
    for (ChartView *view : views)
        view->setSession(m_session.get());
    QCOMPARE(views[0]->placeholderText(), QString());
    m_session->clear();
    for (ChartView *view : views)
        QCOMPARE(view->placeholderText(), QStringLiteral("No document"));
    // And a session that goes away leaves them safe.
    m_session.reset();
    for (ChartView *view : views) {
        QCOMPARE(view->session(), nullptr);
        view->rebuild();
    }
}

void TestCharts::contextMenu()
{
    const OwnedChartViews views = ChartExporter::createAll(m_session.get());
    for (ChartView *view : views) {
        QMenu menu;
        view->populateContextMenu(&menu);
        QStringList texts;
        for (const QAction *a : menu.actions())
            if (!a->isSeparator())
                texts.append(a->text());
        QCOMPARE(texts.mid(0, 3), (QStringList{QStringLiteral("Export as PNG…"), QStringLiteral("Export as SVG…"),
                                               QStringLiteral("Export as PDF…")}));
    }
    // The expenditure chart adds the way back up, enabled once drilled in.
    auto *expenditure = qobject_cast<ExpenditureStructureChart *>(views[1]);
    auto upAction = [expenditure] {
        QMenu menu;
        expenditure->populateContextMenu(&menu);
        for (QAction *a : menu.actions())
            if (a->text() == QLatin1String("Up One Level"))
                return a->isEnabled();
        return false;
    };
    QVERIFY(!upAction());
    expenditure->drillTo(QStringLiteral("201"));
    QVERIFY(upAction());
}

void TestCharts::rebuildsLeaveNothingBehind()
{
    // Without an event loop (an export, the command line), anything a rebuild leaves for
    // deleteLater() would still be drawn: a rebuild must not leave anything visible behind.
    auto visibleItems = [](ChartView *view) {
        view->chart()->resize(800, 500);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QStringList names;
        const auto items = view->scene()->items();
        for (const QGraphicsItem *item : items)
            if (item->isVisible())
                names.append(QString::fromLatin1(typeid(*item).name()));
        names.sort();
        return names;
    };
    const OwnedChartViews views = ChartExporter::createAll(m_session.get());
    for (ChartView *view : views) {
        view->setAnimated(false);
        view->rebuild();
        const QStringList before = visibleItems(view);
        const int axes = int(view->chart()->axes().size());
        const int series = int(view->chart()->series().size());
        for (int i = 0; i < 3; ++i)
            view->rebuild();
        QCOMPARE(visibleItems(view), before);
        QCOMPARE(view->chart()->axes().size(), axes);
        QCOMPARE(view->chart()->series().size(), series);
    }
}

void TestCharts::exportEachFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("png") << int(ChartExporter::Png);
    QTest::newRow("svg") << int(ChartExporter::Svg);
    QTest::newRow("pdf") << int(ChartExporter::Pdf);
}

void TestCharts::exportEachFormat()
{
    QFETCH(int, format);
    const auto fmt = ChartExporter::Format(format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const OwnedChartViews views = ChartExporter::createAll(m_session.get());
    const QSize size(800, 500);
    for (ChartView *view : views) {
        const QString path = dir.filePath(view->chartKey() + QLatin1Char('.') + ChartExporter::extension(fmt));
        QString error;
        QVERIFY2(ChartExporter::exportChart(view, path, fmt, size, 150, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        switch (fmt) {
        case ChartExporter::Png: {
            QImage image;
            QVERIFY(image.loadFromData(bytes, "PNG"));
            QCOMPARE(image.size(), size);
            QCOMPARE(image.dotsPerMeterX(), qRound(150 / 0.0254));
            // Not a single colour, and white at the corner (the background).
            const QRgb first = image.pixel(0, 0);
            QCOMPARE(QColor(first), QColor(Qt::white));
            bool varied = false;
            for (int y = 0; y < image.height() && !varied; y += 3)
                for (int x = 0; x < image.width() && !varied; x += 3)
                    varied = image.pixel(x, y) != first;
            QVERIFY2(varied, qPrintable(view->chartKey()));
            break;
        }
        case ChartExporter::Svg: {
            QSvgRenderer renderer(bytes);
            QVERIFY2(renderer.isValid(), qPrintable(view->chartKey()));
            const QString text = QString::fromUtf8(bytes);
            QVERIFY(text.contains(QStringLiteral("<title>%1</title>").arg(view->chartTitle())));
            QVERIFY(text.contains(QStringLiteral("克孜勒苏"))); // the description names the department
            if (view->chartKey() == QLatin1String("expenditure-structure"))
                QVERIFY2(text.contains(QStringLiteral("一般公共服务支出")), "Chinese labels are text in the SVG");
            // Every font named has fallbacks: a viewer without it still draws Chinese.
            static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
            int families = 0;
            for (auto it = family.globalMatch(text); it.hasNext(); ++families) {
                const QString list = it.next().captured(1);
                QVERIFY2(list.contains(QStringLiteral("'Noto Sans CJK SC'")) && list.endsWith(QStringLiteral(", sans-serif")),
                         qPrintable(list));
            }
            QVERIFY(families > 0);
            break;
        }
        case ChartExporter::Pdf:
            QVERIFY(bytes.startsWith("%PDF"));
            QVERIFY2(bytes.size() > 1024, qPrintable(QString::number(bytes.size())));
            break;
        }
    }
}

void TestCharts::exportAtTwiceTheResolution()
{
    // 1600 × 1000 at 192 dpi is the 800 × 500 chart at twice the resolution: the same layout.
    QTemporaryDir dir;
    const OwnedChartViews views = ChartExporter::createAll(m_session.get());
    for (ChartView *view : views) {
        QString error;
        const QString small = dir.filePath(view->chartKey() + QStringLiteral("-1x.png"));
        const QString large = dir.filePath(view->chartKey() + QStringLiteral("-2x.png"));
        QVERIFY2(ChartExporter::exportChart(view, small, ChartExporter::Png, QSize(800, 500), 96, &error), qPrintable(error));
        QVERIFY2(ChartExporter::exportChart(view, large, ChartExporter::Png, QSize(1600, 1000), 192, &error), qPrintable(error));
        const QImage a = QImage(small).convertToFormat(QImage::Format_RGB32);
        const QImage b = QImage(large).scaled(800, 500, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(QImage(large).size(), QSize(1600, 1000));
        int differing = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                const QColor p(a.pixel(x, y)), q(b.pixel(x, y));
                differing += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue()) > 150;
            }
        QVERIFY2(differing < a.width() * a.height() / 50,
                 qPrintable(QStringLiteral("%1: %2 pixels differ").arg(view->chartKey()).arg(differing)));
    }
}

void TestCharts::exportKeepsTheViewUsable()
{
    // Charts on screen, exported, then edited, drilled and hovered: the export puts the size
    // and the animations back, and nothing Qt Charts keeps per item goes stale.
    QWidget window;
    const OwnedChartViews views = ChartExporter::createAll(m_session.get(), &window);
    for (ChartView *view : views)
        view->setGeometry(0, 0, 640, 400);
    window.resize(640, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *expenditure = qobject_cast<ExpenditureStructureChart *>(views[1]);
    expenditure->drillTo(QStringLiteral("201"));
    QVERIFY(!views[0]->isAnimated()); // pies never animate
    QVERIFY(views[4]->isAnimated());  // bars do on screen
    QTemporaryDir dir;
    for (ChartView *view : views) {
        const QSizeF before = view->chart()->size();
        const bool animated = view->isAnimated();
        QString error;
        const QString path = dir.filePath(view->chartKey() + QStringLiteral(".png"));
        QVERIFY2(ChartExporter::exportChart(view, path, ChartExporter::Png, QSize(1200, 900), 96, &error), qPrintable(error));
        QCOMPARE(view->chart()->size(), before);
        QCOMPARE(view->isAnimated(), animated);
        QCOMPARE(QImage(path).size(), QSize(1200, 900));
    }
    QCOMPARE(expenditure->currentCode(), QStringLiteral("201"));
    Schedules s = m_session->schedules();
    s.functional.first().amount += wan(500);
    for (SanGongLine &l : s.sanGong)
        l.generalBudget += wan(100);
    m_session->setSchedules(s);
    expenditure->drillTo(QStringLiteral("2010301"));
    emit expenditure->slice(QStringLiteral("2010301"))->hovered(true);
    emit expenditure->slice(QStringLiteral("2010301"))->hovered(false);
    expenditure->drillUp();
    QTest::qWait(50);
    for (ChartView *view : views)
        QVERIFY(!view->grab().isNull());
    m_session->setSchedules(m_doc.schedules);
    QTest::qWait(50);
}

void TestCharts::exportRejectsBadArguments()
{
    RevenueStructureChart chart;
    chart.setSession(m_session.get());
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ChartExporter::exportChart(nullptr, dir.filePath(QStringLiteral("a.png")), ChartExporter::Png, QSize(800, 500), 96, &error));
    QVERIFY(!ChartExporter::exportChart(&chart, dir.filePath(QStringLiteral("a.png")), ChartExporter::Png, QSize(0, 500), 96, &error));
    QVERIFY(!ChartExporter::exportChart(&chart, dir.filePath(QStringLiteral("a.png")), ChartExporter::Png, QSize(800, 500), 0, &error));
    error.clear();
    QVERIFY(!ChartExporter::exportChart(&chart, dir.filePath(QStringLiteral("missing/a.png")), ChartExporter::Png, QSize(800, 500), 96, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/a.png"))));
    QCOMPARE(ChartExporter::formatFromName(QStringLiteral("SVG")), std::optional(ChartExporter::Svg));
    QCOMPARE(ChartExporter::formatFromName(QStringLiteral("gif")), std::nullopt);
}

void TestCharts::exportAll()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("charts/pdf"));
    QStringList written;
    QString error;
    QVERIFY2(ChartExporter::exportAll(m_session.get(), out, ChartExporter::Pdf, QSize(2400, 1500), 300, &written, &error),
             qPrintable(error));
    // A landscape page of 2400 × 1500 px at 300 px per inch: 8 × 5 in, 576 × 360 pt.
    QFile pdf(QDir(out).filePath(QStringLiteral("sangong.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY2(bytes.contains("/MediaBox [0 0 576.000000 360.000000]"), bytes.left(2000).constData());
    QStringList expectedFiles;
    for (const QString &key : AllKeys)
        expectedFiles.append(QDir(out).filePath(key + QStringLiteral(".pdf")));
    QCOMPARE(written, expectedFiles);
    for (const QString &path : written)
        QVERIFY(QFileInfo(path).size() > 1024);
}

void TestCharts::commandLine_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("pdf");
}

void TestCharts::commandLine()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    // Headless: the program picks the offscreen platform itself.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString db = dir.filePath(QStringLiteral("store.db"));

    QProcess import;
    import.setProcessEnvironment(env);
    import.start(QStringLiteral(BD_APP_PATH), {QStringLiteral("import"), SampleFile, QStringLiteral("--db"), db});
    QVERIFY(import.waitForFinished(120000));
    QCOMPARE(import.exitCode(), 0);
    const QString id = QString::fromUtf8(import.readAllStandardOutput()).section(QLatin1Char('\t'), 0, 0);
    QCOMPARE(id, QStringLiteral("1"));

    const QString out = dir.filePath(QStringLiteral("out"));
    QProcess exporter;
    exporter.setProcessEnvironment(env);
    exporter.start(QStringLiteral(BD_APP_PATH), {QStringLiteral("export-charts"), id, QStringLiteral("--out"), out,
                                                 QStringLiteral("--format"), format, QStringLiteral("--size"),
                                                 QStringLiteral("640x400"), QStringLiteral("--dpi"), QStringLiteral("120"),
                                                 QStringLiteral("--db"), db});
    QVERIFY(exporter.waitForFinished(120000));
    const QString errors = QString::fromUtf8(exporter.readAllStandardError());
    QVERIFY2(exporter.exitStatus() == QProcess::NormalExit && exporter.exitCode() == 0, qPrintable(errors));
    const QStringList lines = QString::fromUtf8(exporter.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList wanted;
    for (const QString &key : AllKeys)
        wanted.append(QDir(out).filePath(key + QLatin1Char('.') + format));
    QCOMPARE(lines, wanted);
    for (const QString &path : wanted) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        if (format == QLatin1String("png"))
            QCOMPARE(QImage::fromData(bytes, "PNG").size(), QSize(640, 400));
        else if (format == QLatin1String("svg"))
            QVERIFY(QSvgRenderer(bytes).isValid());
        else
            QVERIFY(bytes.startsWith("%PDF") && bytes.size() > 1024);
    }
}

void TestCharts::commandLineRejectsBadOptions()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    const QString db = dir.filePath(QStringLiteral("store.db"));
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BD_APP_PATH), args);
        p.waitForFinished(120000);
        return p.exitCode();
    };
    const QString out = dir.filePath(QStringLiteral("out"));
    QCOMPARE(run({QStringLiteral("export-charts"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("png")}), 64);
    QCOMPARE(run({QStringLiteral("export-charts"), QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--format"),
                  QStringLiteral("gif"), QStringLiteral("--db"), db}),
             64);
    QCOMPARE(run({QStringLiteral("export-charts"), QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--format"),
                  QStringLiteral("png"), QStringLiteral("--size"), QStringLiteral("big"), QStringLiteral("--db"), db}),
             64);
    QCOMPARE(run({QStringLiteral("export-charts"), QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--format"),
                  QStringLiteral("png"), QStringLiteral("--dpi"), QStringLiteral("0"), QStringLiteral("--db"), db}),
             64);
    // No such document in an empty store.
    QCOMPARE(run({QStringLiteral("export-charts"), QStringLiteral("7"), QStringLiteral("--out"), out, QStringLiteral("--format"),
                  QStringLiteral("png"), QStringLiteral("--db"), db}),
             3);
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
