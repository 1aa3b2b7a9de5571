#pragma once

#include "ChartView.h"

#include <QColor>
#include <QList>
#include <QStringList>

#include <optional>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;

namespace bd {

// One set of bars (a legend entry): a value per category.
struct BarSetData
{
    QString key;   // stable: "this_year", "last_year", "personnel", "public"
    QString label; // as shown in the legend
    QList<std::optional<Amount>> values; // per category; nullopt = unknown (no bar, no label)
    QStringList valueLabels;             // optional text per category instead of the amount
    QColor color;                        // invalid: the theme's
};

// The shared part of the bar charts: grouped or stacked bars, vertical or horizontal (with
// the first category at the top), an amount axis titled with the document's unit, and the
// exact amounts ("4.90", not Qt's "4.9") written on the bars where they fit without
// touching each other; the tooltip of every bar has them too.
//
// Each QBarSet carries its BarSetData::key as the property "key".
//
// The series and both axes live as long as the view; a rebuild replaces the bar sets and the
// categories. (Removing an axis from a QChart leaves its labels on the scene until the next
// turn of the event loop, which an export or the command line never gives it.)
class BarChartView : public ChartView
{
    Q_OBJECT

public:
    QAbstractBarSeries *barSeries() const { return m_series; }
    // False while the placeholder text is shown instead of bars.
    bool hasBars() const { return !m_categories.isEmpty(); }
    // The categories in the order given (for horizontal bars: top to bottom).
    QStringList categories() const { return m_categories; }
    QBarSet *barSet(const QString &key) const; // null when there is none
    // The value the series shows for a set and a category (as given), in the unit.
    std::optional<double> seriesValue(const QString &setKey, const QString &category) const;
    // The value labels drawn on the bars ("4.90"), in drawing order.
    QStringList valueLabelTexts() const;

protected:
    BarChartView(Qt::Orientation orientation, bool stacked, QWidget *parent);

    void setBars(const QStringList &categories, const QList<BarSetData> &sets);
    // No bars, no axes (the placeholder text or nothing is shown instead).
    void clearBars();

    void chartLayoutChanged() override;

private:
    void fitCategoryLabels();
    void placeValueLabels();
    void clearValueLabels();

    Qt::Orientation m_orientation;
    bool m_stacked;
    QAbstractBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QStringList m_categories;
    QList<BarSetData> m_sets;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;
};

} // namespace bd
