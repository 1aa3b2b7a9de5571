#include "BarChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace bd {

BarChartView::BarChartView(Qt::Orientation orientation, bool stacked, QWidget *parent)
    : ChartView(parent)
    , m_orientation(orientation)
    , m_stacked(stacked)
{
    chart()->legend()->setAlignment(Qt::AlignBottom);
    const bool horizontal = orientation == Qt::Horizontal;
    if (horizontal)
        m_series = m_stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QHorizontalBarSeries;
    else
        m_series = m_stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    m_series->setBarWidth(m_stacked ? 0.55 : 0.7);
    chart()->addSeries(m_series);
    m_categoryAxis = new QBarCategoryAxis;
    m_categoryAxis->setGridLineVisible(false);
    m_valueAxis = new QValueAxis;
    chart()->addAxis(m_categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    clearBars();
}

QBarSet *BarChartView::barSet(const QString &key) const
{
    if (!m_series)
        return nullptr;
    const auto sets = m_series->barSets();
    for (QBarSet *set : sets)
        if (set->property("key").toString() == key)
            return set;
    return nullptr;
}

std::optional<double> BarChartView::seriesValue(const QString &setKey, const QString &category) const
{
    const QBarSet *set = barSet(setKey);
    const int c = int(m_categories.indexOf(category));
    if (!set || c < 0)
        return std::nullopt;
    // Horizontal bars are fed bottom-up so that the first category is at the top.
    const int position = m_orientation == Qt::Horizontal ? int(m_categories.size()) - 1 - c : c;
    return set->at(position);
}

QStringList BarChartView::valueLabelTexts() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *item : m_valueLabels)
        if (item->isVisible())
            texts.append(item->text());
    return texts;
}

void BarChartView::clearValueLabels()
{
    qDeleteAll(m_valueLabels);
    m_valueLabels.clear();
}

void BarChartView::clearBars()
{
    clearValueLabels();
    m_series->clear();
    m_categoryAxis->clear();
    m_categories.clear();
    m_sets.clear();
    m_series->setVisible(false);
    m_categoryAxis->setVisible(false);
    m_valueAxis->setVisible(false);
}

void BarChartView::setBars(const QStringList &categories, const QList<BarSetData> &sets)
{
    // The same bars with other figures (an edit): the values change in place, and the series
    // keeps its items, so the chart only repaints. Anything else builds the series anew.
    const bool sameBars = categories == m_categories && sets.size() == m_sets.size() && !sets.isEmpty()
                          && std::equal(sets.cbegin(), sets.cend(), m_sets.cbegin(), [](const BarSetData &a, const BarSetData &b) {
                                 return a.key == b.key && a.label == b.label && a.color == b.color;
                             });
    if (!sameBars)
        clearBars();
    m_categories = categories;
    m_sets = sets;
    const bool horizontal = m_orientation == Qt::Horizontal;
    const int n = int(categories.size());
    auto position = [&](int c) { return horizontal ? n - 1 - c : c; };

    QList<double> extent(n, 0.0); // the longest bar (grouped) or the stack (stacked) per category
    for (int s = 0; s < sets.size(); ++s) {
        const BarSetData &data = sets[s];
        QList<qreal> values(n, 0.0);
        for (int c = 0; c < n; ++c) {
            const double v = data.values.value(c) ? unitValue(*data.values.value(c), unit()) : 0.0;
            values[position(c)] = v;
            extent[c] = m_stacked ? extent[c] + std::max(v, 0.0) : std::max(extent[c], v);
        }
        if (sameBars) {
            QBarSet *set = m_series->barSets().at(s);
            for (int i = 0; i < n; ++i)
                if (set->at(i) != values[i])
                    set->replace(i, values[i]);
            continue;
        }
        auto *set = new QBarSet(data.label);
        set->setProperty("key", data.key);
        if (data.color.isValid()) {
            set->setColor(data.color);
            set->setBorderColor(data.color.darker(115));
        }
        set->append(values);
        connect(set, &QBarSet::hovered, this, [this, s, horizontal](bool on, int index) {
            if (!on || s >= m_sets.size()) {
                QToolTip::hideText();
                return;
            }
            const int c = horizontal ? int(m_categories.size()) - 1 - index : index;
            const auto amount = m_sets[s].values.value(c);
            QToolTip::showText(QCursor::pos(), tr("%1\n%2: %3").arg(m_categories.value(c), m_sets[s].label,
                                                                    amount ? amountText(*amount) : tr("not known")));
        });
        m_series->append(set);
    }

    if (!sameBars) {
        QStringList axisCategories = categories;
        if (horizontal)
            std::reverse(axisCategories.begin(), axisCategories.end());
        m_categoryAxis->append(axisCategories);
    }
    fitCategoryLabels();
    // Room for the amounts written beyond the end of the bars.
    const double headroom = horizontal ? 0.22 : 0.14;
    setUpAmountAxis(m_valueAxis, extent.isEmpty() ? 0.0 : *std::max_element(extent.cbegin(), extent.cend()), headroom);
    const bool any = n > 0 && !sets.isEmpty();
    m_series->setVisible(any);
    m_categoryAxis->setVisible(any);
    m_valueAxis->setVisible(any);
    if (!sameBars)
        applyFonts();
    placeValueLabels();
}

void BarChartView::chartLayoutChanged()
{
    fitCategoryLabels();
    placeValueLabels();
}

// Names under vertical bars take as many lines as the width of a bar's slot needs, instead of
// being cut short ("公务用车运…"). Horizontal bars have their names beside them at full width.
void BarChartView::fitCategoryLabels()
{
    if (m_orientation != Qt::Vertical || m_categories.isEmpty() || m_categoryAxis->count() != m_categories.size())
        return;
    // From the chart's width, not the plot area's: the labels change the plot area, and must
    // not change themselves back. Qt Charts cuts a name short well before the next slot.
    const qreal slot = (chart()->size().width() - 100) / m_categories.size();
    const qreal maxWidth = std::max<qreal>(36, slot * 0.7);
    QStringList labels;
    for (const QString &c : std::as_const(m_categories))
        labels.append(wrappedLabel(c, m_categoryAxis->labelsFont(), maxWidth));
    if (labels != m_categoryAxis->categories())
        m_categoryAxis->setCategories(labels);
}

void BarChartView::placeValueLabels()
{
    clearValueLabels();
    const QRectF area = chart()->plotArea();
    if (!m_series || area.width() < 20 || area.height() < 20)
        return;
    const bool horizontal = m_orientation == Qt::Horizontal;
    const int n = int(m_categories.size());
    const int setCount = int(m_sets.size());
    const qreal barWidth = m_series->barWidth();
    const QFont font = chartFont(11);
    const QFontMetricsF metrics(font);
    QList<QRectF> taken;
    QList<double> stacked(n, 0.0);
    QList<double> stackEnd(n, 0.0); // where each stack ends: its outermost segment may be labelled beyond it
    for (const BarSetData &data : std::as_const(m_sets))
        for (int c = 0; c < n; ++c)
            if (data.values.value(c))
                stackEnd[c] += unitValue(*data.values.value(c), unit());
    const QRectF inside = area.adjusted(1, 1, -1, -1);

    for (int s = 0; s < setCount; ++s) {
        const BarSetData &data = m_sets[s];
        QBarSet *set = m_series->barSets().value(s);
        for (int c = 0; c < n; ++c) {
            const auto amount = data.values.value(c);
            if (!amount)
                continue;
            const int p = horizontal ? n - 1 - c : c;
            const double v = unitValue(*amount, unit());
            const QString text = data.valueLabels.value(c).isEmpty() ? amount->format(unit(), true) : data.valueLabels.value(c);
            const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
            // A bar holds its amount when it is longer than the label; white on a dark bar.
            const auto holds = [&](qreal length) { return length >= (horizontal ? size.width() + 8 : size.height() + 4); };
            const bool dark = set && set->color().lightness() < 140;
            // Beyond the end of a bar that ends at end.
            const auto beyond = [&](const QPointF &end) {
                QRectF r(QPointF(0, 0), size);
                if (horizontal)
                    r.moveTopLeft(QPointF(end.x() + 4, end.y() - size.height() / 2));
                else
                    r.moveTopLeft(QPointF(end.x() - size.width() / 2, end.y() - size.height() - 2));
                return r;
            };
            QRectF rect;
            QColor color(0x30, 0x30, 0x30);
            if (m_stacked) {
                if (amount->isZero())
                    continue;
                const double from = stacked[c];
                stacked[c] += v;
                const QPointF a = chart()->mapToPosition(horizontal ? QPointF(from, p) : QPointF(p, from), m_series);
                const QPointF b = chart()->mapToPosition(horizontal ? QPointF(from + v, p) : QPointF(p, from + v), m_series);
                if (holds(horizontal ? std::abs(b.x() - a.x()) : std::abs(b.y() - a.y()))) {
                    rect = QRectF(QPointF(0, 0), size);
                    rect.moveCenter((a + b) / 2);
                    if (dark)
                        color = Qt::white;
                } else if (from + v >= stackEnd[c] - 1e-9) {
                    rect = beyond(b); // too short to hold its amount, but the last of its stack
                } else {
                    continue; // the tooltip has it
                }
            } else {
                // Bar s of a group spans [p − w/2 + s·w/N, p − w/2 + (s+1)·w/N] along the categories.
                const double middle = p - barWidth / 2 + (s + 0.5) * barWidth / setCount;
                const QPointF end = chart()->mapToPosition(horizontal ? QPointF(v, middle) : QPointF(middle, v), m_series);
                rect = beyond(end);
                if (!inside.contains(rect)) {
                    // No room beyond the bar's end (a long bar, a long label): inside its end,
                    // where the bar is long enough to hold it.
                    const QPointF start = chart()->mapToPosition(horizontal ? QPointF(0, middle) : QPointF(middle, 0), m_series);
                    if (!holds(horizontal ? std::abs(end.x() - start.x()) : std::abs(end.y() - start.y())))
                        continue;
                    if (horizontal)
                        rect.moveTopRight(QPointF(end.x() - 4, end.y() - size.height() / 2));
                    else
                        rect.moveTopLeft(QPointF(end.x() - size.width() / 2, end.y() + 2));
                    if (dark)
                        color = Qt::white;
                }
            }
            if (!inside.contains(rect))
                continue;
            const QRectF padded = rect.adjusted(-2, -1, 2, 1);
            if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(padded); }))
                continue;
            taken.append(rect);
            auto *item = new QGraphicsSimpleTextItem(text, chart());
            item->setFont(font);
            item->setBrush(color);
            item->setPos(rect.topLeft());
            item->setZValue(950);
            item->setAcceptedMouseButtons(Qt::NoButton);
            m_valueLabels.append(item);
        }
    }
}

} // namespace bd
