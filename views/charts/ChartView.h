#pragma once

#include "money/Amount.h"

#include <QChartView>
#include <QList>
#include <QMetaObject>
#include <QPointer>

class QGraphicsTextItem;
class QMenu;
class QValueAxis;

namespace bd {

class DocumentSession;
class LazyRefresh;

// The base of every chart: a QChartView that owns its QChart, follows a DocumentSession
// (rebuilt on documentReset/documentChanged, so the charts update live after an edit),
// offers "Export as PNG/SVG/PDF…" in its context menu, and gives the subclasses the shared
// look: pixel-sized CJK-capable fonts (so a chart renders the same on a screen, a 300 dpi
// PDF and an SVG), white background, the document's unit on the amounts.
//
// Subclasses fill the chart in rebuild() from ChartData only; a view never computes money.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    // The document the chart shows (null: none). Not owned.
    void setSession(DocumentSession *session);
    DocumentSession *session() const;
    bool hasDocument() const;

    // A stable key for file names ("revenue-structure"), and the translated title.
    virtual QString chartKey() const = 0;
    virtual QString chartTitle() const = 0;

    // Fills the chart again from the session: called on documentReset and documentChanged,
    // on a language change, and by ChartExporter before it lays the chart out.
    virtual void rebuild() = 0;
    // rebuild() now, or when the chart is next shown if it is on a hidden page of a shown
    // window (a page the user does not see costs an edit nothing).
    void refresh();

    // The unit of every amount in the chart (the document's; 万元 without a document).
    Unit unit() const;

    // The context menu's actions: export as PNG, SVG and PDF, then the chart's own.
    void populateContextMenu(QMenu *menu);
    // The size the context menu exports at, in pixels (format: ChartExporter::Format): what the
    // user sees, at least ChartExporter::DefaultSize, a PNG at twice the resolution at least.
    QSize exportPixelSize(int format) const;

    // The centred text shown instead of a chart ("No prior-year figures…"); empty when a
    // chart is shown.
    QString placeholderText() const { return m_placeholderText; }

    // Series animations on screen (bar charts); ChartExporter switches them off while it
    // renders. Pie charts never animate (see PieChartView).
    void setAnimated(bool animated);
    bool isAnimated() const;

    // Chart fonts have pixel sizes: point sizes would be resolved against each paint device's
    // resolution and no longer match the layout when printing to a 300 dpi PDF.
    static QFont chartFont(int pixelSize, bool bold = false);
    // An amount as a series value in the unit (449.93 for 449.93 万元).
    static double unitValue(Amount amount, Unit unit);
    // "449.93 万元" / "1,234.56 元".
    QString amountText(Amount amount) const;
    // "85.71%", or an empty string when whole is zero.
    static QString shareText(Amount part, Amount whole);
    // A label as rich text no wider than maxWidth: "2010399 其他政府办公厅（室）及相关机构事务支出"
    // becomes the code on a line of its own and the name evened out below it; Chinese breaks
    // between any two characters.
    static QString wrappedLabel(const QString &text, const QFont &font, qreal maxWidth);

protected:
    // False: the chart never animates, whatever setAnimated() asks.
    void setAnimatable(bool animatable);
    void setPlaceholderText(const QString &text);
    // The standard title "Chart title" or "Chart title — detail".
    void setChartTitle(const QString &detail = QString());
    // Applies the chart fonts to the title, legend, axes and series (after they are added:
    // adding them to a chart applies the theme's fonts).
    void applyFonts();
    // Sets a value axis to [0, max × (1 + headroom)] with round ticks, titled "Amount (万元)".
    void setUpAmountAxis(QValueAxis *axis, double max, double headroom);

    // Called before rebuild() when the session opens another document.
    virtual void resetState() {}
    // Called after the chart's plot area moved or resized: place own label items here.
    virtual void chartLayoutChanged() {}
    // Lets a subclass add its own actions below the export actions.
    virtual void addContextMenuActions(QMenu *menu);

    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onDocumentReset();
    void exportFromMenu(int format);
    void positionPlaceholder();

    QPointer<DocumentSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    QGraphicsTextItem *m_placeholder = nullptr;
    QString m_placeholderText;
    bool m_animatable = true;
    LazyRefresh *m_refresh = nullptr;
};

} // namespace bd
