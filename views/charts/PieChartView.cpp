#include "PieChartView.h"

#include <QChart>
#include <QCursor>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QFontMetricsF>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace bd {

namespace {

const char *const KeyProperty = "key";
const char *const FenProperty = "fen";
const char *const DrillableProperty = "drillable";

// Widest line of a slice label and of a legend entry's name, in pixels: Qt Charts gives the
// legend at most 40 % of the chart's width and cuts longer entries short.
constexpr qreal MaxLabelWidth = 130;
constexpr qreal MaxLegendWidth = 190;

// Geometry of an outside slice label exactly as Qt Charts 6.4 places it (PieSliceItem):
// an arm from 5 px outside the slice, radially by armFactor × radius, then the text on a
// horizontal underline, to the right on the right half and to the left on the left half.
QPointF offset(qreal angle, qreal length)
{
    return QPointF(qSin(qDegreesToRadians(angle)) * length, -qCos(qDegreesToRadians(angle)) * length);
}

QRectF outsideLabelRect(QPointF center, qreal radius, qreal centerAngle, qreal armFactor, QSizeF text)
{
    const QPointF armStart = center + offset(centerAngle, radius + 5);
    int normalized = int(centerAngle * 10.0) % 3600;
    if (normalized < 0)
        normalized += 3600;
    qreal angle = normalized / 10.0;
    if (angle < 180 && angle > 170)
        angle = 170;
    if (angle > 180 && angle < 190)
        angle = 190;
    const QPointF arm = armStart + offset(angle, radius * armFactor);
    const QPointF textStart = angle < 180 ? arm : arm - QPointF(text.width(), 0);
    return QRectF(textStart.x(), textStart.y() - text.height() + 1, text.width(), text.height());
}

// The size Qt Charts gives a rich-text label (ChartPresenter::textBoundingRect).
QSizeF labelSize(const QFont &font, const QString &html)
{
    QTextDocument doc;
    doc.setDocumentMargin(1.0);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    return doc.size();
}

// Slice colours that tell neighbours apart even with many slices (the theme's shades of one
// blue do not), in the same order in every pie.
QColor sliceColor(int index)
{
    static const QRgb palette[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948, 0xb07aa1,
                                   0xff9da7, 0x9c755f, 0xbab0ac, 0x499894, 0xd37295, 0x8cd17d, 0xb6992d,
                                   0xa0cbe8, 0xffbe7d, 0x86bcb6, 0xf1ce63, 0xd4a6c8, 0x79706e};
    constexpr int count = int(std::size(palette));
    return QColor(palette[index % count]);
}

qreal distanceToRect(QPointF p, const QRectF &r)
{
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    return std::hypot(dx, dy);
}

} // namespace

PieChartView::PieChartView(qreal holeSize, QWidget *parent)
    : ChartView(parent)
    , m_holeFactor(holeSize)
{
    // Qt Charts 6.4 gives a pie slice its animation when the slice is added: a slice added
    // while animations were off has none, and once they are on again the next change of that
    // slice dereferences it (PieAnimation::updateValue/removeSlice). Exports switch animations
    // off and on, so pies stay still.
    setAnimatable(false);
    m_series = new QPieSeries;
    m_series->setPieSize(0.7);
    m_series->setHoleSize(0.7 * m_holeFactor);
    chart()->addSeries(m_series);
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_centerText = new QGraphicsTextItem(chart());
    m_centerText->setZValue(900);
    m_centerText->setDefaultTextColor(QColor(0x30, 0x30, 0x30));
    m_centerText->setVisible(false);
    // Clicks in the hole go to the view (a subclass may use them), not to the text.
    m_centerText->setAcceptedMouseButtons(Qt::NoButton);
    m_centerText->setAcceptHoverEvents(false);
}

QPieSlice *PieChartView::slice(const QString &key) const
{
    const auto slices = m_series->slices();
    for (QPieSlice *s : slices)
        if (s->property(KeyProperty).toString() == key)
            return s;
    return nullptr;
}

QStringList PieChartView::sliceKeys() const
{
    QStringList keys;
    const auto slices = m_series->slices();
    for (QPieSlice *s : slices)
        keys.append(s->property(KeyProperty).toString());
    return keys;
}

QStringList PieChartView::labelledKeys() const
{
    QStringList keys;
    const auto slices = m_series->slices();
    for (QPieSlice *s : slices)
        if (s->isLabelVisible())
            keys.append(s->property(KeyProperty).toString());
    return keys;
}

QString PieChartView::legendText(const QString &key) const
{
    const auto markers = chart()->legend()->markers(m_series);
    for (QLegendMarker *m : markers)
        if (auto *pm = qobject_cast<QPieLegendMarker *>(m); pm && pm->slice()->property(KeyProperty).toString() == key)
            return pm->label();
    return QString();
}

void PieChartView::setSlices(const QList<ChartSlice> &slices)
{
    QList<ChartSlice> shown; // a pie cannot show zero or negative amounts; the tables do
    for (const ChartSlice &s : slices)
        if (s.amount > Amount())
            shown.append(s);
    m_total = Amount();
    for (const ChartSlice &s : std::as_const(shown))
        m_total += s.amount;

    // The same slices with other figures (an edit): they change in place, so the pie only
    // repaints. Other slices replace the old ones, which are taken out and deleted later:
    // this may run inside a slice's clicked().
    QStringList keys;
    for (const ChartSlice &s : std::as_const(shown))
        keys.append(s.key);
    const bool sameSlices = !keys.isEmpty() && keys == sliceKeys();
    if (!sameSlices) {
        const auto old = m_series->slices();
        for (QPieSlice *s : old) {
            m_series->take(s);
            s->deleteLater();
        }
    }

    m_legendTexts.clear();
    m_tips.clear();
    for (int i = 0; i < shown.size(); ++i) {
        const ChartSlice &s = shown[i];
        const QString share = shareText(s.amount, m_total);
        // Long names take several lines, so that the label fits beside the pie.
        const QString label = wrappedLabel(s.label, chartFont(12), MaxLabelWidth) + QStringLiteral("<br>") + share;
        QPieSlice *slice = sameSlices ? m_series->slices().at(i) : new QPieSlice;
        slice->setLabel(label);
        slice->setValue(unitValue(s.amount, unit()));
        slice->setProperty(FenProperty, s.amount.fen());
        slice->setProperty(DrillableProperty, s.drillable);
        slice->setExploded(s.key == m_highlighted);
        m_tips.insert(s.key, tr("%1\n%2 (%3)").arg(s.label, amountText(s.amount), share));
        m_legendTexts.insert(s.key, {s.label, amountText(s.amount), share});
        if (sameSlices)
            continue;
        slice->setProperty(KeyProperty, s.key);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelVisible(false); // layoutLabels() decides
        slice->setColor(sliceColor(int(m_series->count())));
        slice->setBorderColor(Qt::white);
        const QString key = s.key;
        connect(slice, &QPieSlice::clicked, this, [this, key] { handleSliceClick(key); });
        connect(slice, &QPieSlice::hovered, this, [this, key](bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), m_tips.value(key));
            else
                QToolTip::hideText();
        });
        m_series->append(slice);
    }
    if (!sameSlices) {
        // A whole circle has no edges to draw (the theme's white border would show as a radius).
        if (m_series->count() == 1)
            m_series->slices().first()->setBorderColor(m_series->slices().first()->color());
        applyFonts();
    }
    updateLegend();
    layoutLabels();
}

void PieChartView::updateLegend()
{
    // The legend says everything about a slice: small slices have nothing else. Two lines an
    // entry where there is room, one line where there is not (many slices). Qt Charts gives
    // the legend at most 40 % of the chart's width and cuts longer entries short: names are
    // wrapped, or on one line shortened, so that the amount and the share always show.
    const auto markers = chart()->legend()->markers(m_series);
    const QFont font = chartFont(12);
    const QFontMetricsF metrics(font);
    const QSizeF size = chart()->size();
    const qreal height = size.height() - 80; // less the title and the margins
    const bool twoLines = height <= 0 || markers.size() * (2 * metrics.lineSpacing() + 10) <= height;
    const qreal width = size.width() > 0 ? size.width() * 0.4 - 60 : 10000; // less the marker and margins
    for (QLegendMarker *m : markers) {
        auto *pm = qobject_cast<QPieLegendMarker *>(m);
        if (!pm)
            continue;
        const LegendText entry = m_legendTexts.value(pm->slice()->property(KeyProperty).toString());
        const QString &name = entry.name, &share = entry.share;
        const QString figures = tr("%1 (%2)").arg(entry.amount, share);
        QString text;
        if (twoLines) {
            text = wrappedLabel(name, font, std::min(MaxLegendWidth, width)) + QStringLiteral("<br>") + figures.toHtmlEscaped();
        } else {
            // The name first: where the amount leaves it no room, the share alone follows it
            // (the slice's tooltip and the tables give the amount).
            QString tail = QLatin1Char(' ') + figures;
            if (width - metrics.horizontalAdvance(tail) < metrics.horizontalAdvance(QStringLiteral("一般公共预算")))
                tail = QLatin1Char(' ') + share;
            text = (metrics.elidedText(name, Qt::ElideRight, width - metrics.horizontalAdvance(tail)) + tail).toHtmlEscaped();
        }
        if (pm->label() != text)
            pm->setLabel(text);
    }
}

void PieChartView::setHighlighted(const QString &key)
{
    m_highlighted = key;
    const auto slices = m_series->slices();
    for (QPieSlice *s : slices)
        s->setExploded(!key.isEmpty() && s->property(KeyProperty).toString() == key);
    layoutLabels();
}

void PieChartView::setCenterText(const QString &html)
{
    m_centerText->setHtml(html);
    m_centerText->setVisible(!html.isEmpty());
    layoutLabels();
}

bool PieChartView::isInHole(const QPoint &viewPos) const
{
    if (m_holeRadius <= 0)
        return false;
    const QPointF p = chart()->mapFromScene(mapToScene(viewPos));
    return QLineF(p, m_center).length() < m_holeRadius;
}

void PieChartView::handleSliceClick(const QString &key)
{
    Q_UNUSED(key)
}

void PieChartView::chartLayoutChanged()
{
    updateLegend();
    layoutLabels();
}

void PieChartView::layoutLabels()
{
    const QRectF area = chart()->plotArea();
    const auto slices = m_series->slices();
    if (area.width() < 20 || area.height() < 20 || slices.isEmpty()) {
        m_centerText->setVisible(false);
        return;
    }
    const qreal maxRadius = std::min(area.width(), area.height()) / 2;
    const QPointF center = area.center();
    const QRectF inside = area.adjusted(2, 2, -2, -2);

    struct Candidate
    {
        QPieSlice *slice;
        qreal angle;
        QSizeF text;
    };
    QList<Candidate> candidates;
    // A single slice needs no label: the legend and the hole say it all.
    for (QPieSlice *s : slices.size() > 1 ? slices : QList<QPieSlice *>()) {
        const Amount amount = Amount::fromFen(s->property(FenProperty).toLongLong());
        const auto share = percentHundredths(amount, m_total);
        if (share && *share >= SmallShare)
            candidates.append({s, s->startAngle() + s->angleSpan() / 2, labelSize(s->labelFont(), s->label())});
    }
    // Larger slices first: their labels matter most.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.slice->value() > b.slice->value(); });

    // The largest pie at which every label fits; failing that, the one that labels the largest
    // slice and most others.
    static const qreal armFactors[] = {0.1, 0.2, 0.32, 0.45, 0.6};
    qreal bestSize = 0.4;
    QHash<QPieSlice *, qreal> bestPlaced;
    auto score = [&](const QHash<QPieSlice *, qreal> &placed) {
        const bool largest = !candidates.isEmpty() && placed.contains(candidates.first().slice);
        return std::make_pair(largest, placed.size());
    };
    for (qreal pieSize = 0.8; pieSize >= 0.399; pieSize -= 0.05) {
        const qreal radius = maxRadius * pieSize;
        QHash<QPieSlice *, qreal> placed;
        QList<QRectF> taken;
        for (const Candidate &c : candidates) {
            QPointF sliceCenter = center;
            qreal outer = radius;
            if (c.slice->isExploded()) {
                sliceCenter += offset(c.angle, radius * c.slice->explodeDistanceFactor());
                outer += radius * c.slice->explodeDistanceFactor();
            }
            for (const qreal f : armFactors) {
                const QRectF r = outsideLabelRect(sliceCenter, radius, c.angle, f, c.text);
                if (!inside.contains(r) || distanceToRect(center, r) < outer + 3)
                    continue;
                const QRectF padded = r.adjusted(-3, -2, 3, 2);
                if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(padded); }))
                    continue;
                taken.append(r);
                placed.insert(c.slice, f);
                break;
            }
        }
        if (score(placed) > score(bestPlaced) || bestPlaced.isEmpty()) {
            bestPlaced = placed;
            bestSize = pieSize;
        }
        if (placed.size() == candidates.size())
            break;
    }

    m_series->setPieSize(bestSize);
    m_series->setHoleSize(bestSize * m_holeFactor);
    for (QPieSlice *s : slices) {
        const bool visible = bestPlaced.contains(s);
        if (visible)
            s->setLabelArmLengthFactor(bestPlaced.value(s));
        s->setLabelVisible(visible);
    }
    m_center = center;
    m_holeRadius = maxRadius * bestSize * m_holeFactor;
    positionCenterText(center, m_holeRadius);
}

void PieChartView::positionCenterText(const QPointF &center, qreal holeRadius)
{
    if (m_centerText->toPlainText().isEmpty() || holeRadius < 20) {
        m_centerText->setVisible(false);
        return;
    }
    m_centerText->setFont(chartFont(12));
    m_centerText->setTextWidth(holeRadius * 1.7);
    QTextOption option = m_centerText->document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WordWrap);
    m_centerText->document()->setDefaultTextOption(option);
    const QRectF box = m_centerText->boundingRect();
    // Only when it fits in the hole.
    m_centerText->setVisible(box.height() < holeRadius * 1.6);
    m_centerText->setPos(center - box.center());
}

} // namespace bd
