#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QWidget;

namespace bd {

class ChartView;
class DocumentSession;

// Renders charts to files, deterministically: animations off, a fixed size, a white
// background, whatever the chart looks like on screen.
//
// size is the picture's size in pixels (the PNG's, the SVG's) and dpi how many of them make
// an inch: the PNG records it, the SVG's physical size and the PDF's page (size / dpi
// inches, at resolution dpi) follow from it. The chart is laid out for that physical size,
// with text of the same size in every format (12 px at 96 dpi, i.e. 9 pt): 1600×1000 at
// 192 dpi is the 800×500 chart at twice the resolution, and 800×500 at 300 dpi a small
// chart for print.
// Chart views that belong to the list holding them: deleted when it goes (moved, never
// copied), unless release() hands them to their parent widget for good.
class OwnedChartViews : private QList<ChartView *>
{
public:
    OwnedChartViews() = default;
    explicit OwnedChartViews(QList<ChartView *> views) : QList<ChartView *>(std::move(views)) {}
    OwnedChartViews(OwnedChartViews &&other) noexcept : QList<ChartView *>(other.release()) {}
    OwnedChartViews &operator=(OwnedChartViews &&) = delete;
    OwnedChartViews(const OwnedChartViews &) = delete;
    OwnedChartViews &operator=(const OwnedChartViews &) = delete;
    ~OwnedChartViews() { qDeleteAll(*this); }

    using QList<ChartView *>::at;
    using QList<ChartView *>::begin;
    using QList<ChartView *>::end;
    using QList<ChartView *>::first;
    using QList<ChartView *>::last;
    using QList<ChartView *>::size;
    using QList<ChartView *>::value;
    using QList<ChartView *>::operator[];
    // The views, no longer deleted by this list: for views whose parent keeps them.
    QList<ChartView *> release() { return std::exchange(static_cast<QList<ChartView *> &>(*this), {}); }
};

class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(bd::ChartExporter)

public:
    enum Format { Png, Svg, Pdf };

    static constexpr QSize DefaultSize{800, 500};
    static constexpr int DefaultDpi = 96;

    static QString extension(Format format);                     // "png", "svg", "pdf"
    static std::optional<Format> formatFromName(const QString &name); // case-insensitive

    // Writes one chart; false with *error set when it cannot be written (no partial file).
    static bool exportChart(ChartView *view, const QString &path, Format format, QSize size, int dpi, QString *error);
    // The chart as a picture of size pixels at dpi (what a PNG holds), for documents that
    // embed it. The arguments must be valid (exportChart() checks them).
    static QImage renderImage(ChartView *view, QSize size, int dpi);
    // An SVG whose every font-family lists the CJK fonts the charts prefer and sans-serif
    // after the one it names.
    static QByteArray withFontFallbacks(const QByteArray &svg);

    // One of each chart, following session: revenue structure, expenditure structure,
    // basic vs project, economic classes, 三公, year on year. The list owns them: they are
    // deleted with it (a parent, if given, must outlive the list).
    static OwnedChartViews createAll(DocumentSession *session, QWidget *parent = nullptr);

    // Writes every chart of createAll() into dir (created when missing) as
    // "<chartKey>.<ext>"; *written lists the files written, even when a later one fails.
    // Needs a QApplication.
    static bool exportAll(DocumentSession *session, const QString &dir, Format format, QSize size, int dpi,
                          QStringList *written, QString *error);
};

} // namespace bd
