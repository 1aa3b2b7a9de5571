#pragma once

#include "ChartView.h"
#include "charts/ChartData.h"

#include <QHash>
#include <QPair>

class QGraphicsTextItem;
class QPieSeries;
class QPieSlice;

namespace bd {

// The shared part of the pie and donut charts: one QPieSeries filled from ChartData slices,
// a legend entry per slice with "name amount (share)", and labels on the slices laid out
// so that they never overlap and are never cut off. Slices under 5 % get no label on the
// slice (their legend entry says it all); a larger slice whose label cannot be placed
// without touching another one goes without, too.
//
// Pies do not animate: Qt Charts 6.4 crashes on a slice added while animations were off
// once they are back on, which is what an export does.
//
// Each slice carries its data as properties: "key" (QString: code or stable key), "fen"
// (qint64: the exact amount) and "drillable" (bool).
class PieChartView : public ChartView
{
    Q_OBJECT

public:
    QPieSeries *pieSeries() const { return m_series; }
    QPieSlice *slice(const QString &key) const; // null when there is none
    QStringList sliceKeys() const;
    // Keys of the slices whose label is drawn on the slice, in slice order.
    QStringList labelledKeys() const;
    // The legend text of a slice ("一般公共预算 449.93 万元 (85.71%)").
    QString legendText(const QString &key) const;

    // Slices under this share (in hundredths of a percent) get no label on the slice.
    static constexpr qint64 SmallShare = 500;

protected:
    // holeSize: the donut's hole as a fraction of the pie (0: a plain pie).
    PieChartView(qreal holeSize, QWidget *parent);

    // Replaces the slices (labels as shown; zero and negative amounts are left out).
    void setSlices(const QList<ChartSlice> &slices);
    // The text in the donut's hole (rich text); empty for none.
    void setCenterText(const QString &html);
    // The slice pulled out of the pie (the selected one); empty for none.
    void setHighlighted(const QString &key);
    QString highlighted() const { return m_highlighted; }
    Amount total() const { return m_total; }

    // The pie's centre and hole radius in view coordinates (for clicks in the hole).
    bool isInHole(const QPoint &viewPos) const;

    virtual void handleSliceClick(const QString &key);

    void chartLayoutChanged() override;

private:
    void updateLegend();
    void layoutLabels();
    void positionCenterText(const QPointF &center, qreal holeRadius);

    QPieSeries *m_series = nullptr;
    QGraphicsTextItem *m_centerText = nullptr;
    qreal m_holeFactor = 0;
    QString m_highlighted;
    Amount m_total;
    qreal m_holeRadius = 0;
    QPointF m_center;
    struct LegendText
    {
        QString name, amount, share;
    };
    QHash<QString, LegendText> m_legendTexts; // by slice key
    QHash<QString, QString> m_tips;           // the tooltip of each slice, by key
};

} // namespace bd
