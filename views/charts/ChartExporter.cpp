#include "ChartExporter.h"

#include "BasicProjectChart.h"
#include "ChartView.h"
#include "EconomicChart.h"
#include "ExpenditureStructureChart.h"
#include "RevenueStructureChart.h"
#include "SanGongChart.h"
#include "YearOnYearChart.h"
#include "editing/DocumentSession.h"

#include <QApplication>
#include <QChart>
#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSvgGenerator>

#include <algorithm>

namespace bd {

namespace {

constexpr double LayoutDpi = 96.0; // the chart's own pixels per inch (its fonts have pixel sizes)

// The size the chart is laid out at for a picture of size pixels at dpi.
QSize layoutSize(QSize size, int dpi)
{
    return QSize(std::max(1, qRound(size.width() * LayoutDpi / dpi)), std::max(1, qRound(size.height() * LayoutDpi / dpi)));
}

// Lays a chart out at a fixed size without animations for as long as it lives, and puts the
// view back as it was afterwards (the chart may be on screen).
class ExportLayout
{
public:
    ExportLayout(ChartView *view, QSize size)
        : m_view(view)
        , m_chart(view->chart())
        , m_animated(view->isAnimated())
        , m_size(m_chart->size())
        , m_sceneRect(view->sceneRect())
    {
        m_view->setAnimated(false);
        m_chart->resize(size);
        settle();
        // Fresh series items at their final places (an animation may be half way), made
        // for this size.
        m_view->rebuild();
        settle();
    }

    ~ExportLayout()
    {
        m_chart->resize(m_size);
        settle();
        m_view->setSceneRect(m_sceneRect);
        m_view->setAnimated(m_animated);
    }

    // What to render: the chart's rectangle in the scene (larger than asked when the chart
    // cannot be made that small).
    QRectF source() const { return m_chart->sceneBoundingRect(); }

    void render(QPainter *painter, const QRectF &target) const
    {
        painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter->fillRect(target, Qt::white);
        m_view->scene()->render(painter, target, source(), Qt::KeepAspectRatio);
    }

private:
    void settle()
    {
        // Layout requests are posted; carry them out now so the render sees the final layout.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (m_chart->layout())
            m_chart->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }

    ChartView *m_view;
    QChart *m_chart;
    bool m_animated;
    QSizeF m_size;
    QRectF m_sceneRect;
};

QString describe(const ChartView *view)
{
    const DocumentSession *session = view->session();
    if (!session || !session->hasDocument())
        return view->chartTitle();
    const BudgetDocument &doc = session->document();
    return ChartExporter::tr("%1 %2: %3 (amounts in %4)")
        .arg(doc.department)
        .arg(doc.year)
        .arg(view->chartTitle(), unitSuffix(session->unit()));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString ChartExporter::extension(Format format)
{
    switch (format) {
    case Png: return QStringLiteral("png");
    case Svg: return QStringLiteral("svg");
    case Pdf: return QStringLiteral("pdf");
    }
    return QString();
}

std::optional<ChartExporter::Format> ChartExporter::formatFromName(const QString &name)
{
    for (Format f : {Png, Svg, Pdf})
        if (name.compare(extension(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

bool ChartExporter::exportChart(ChartView *view, const QString &path, Format format, QSize size, int dpi, QString *error)
{
    if (!view)
        return fail(error, tr("No chart to export"));
    if (size.width() < 16 || size.height() < 16 || size.width() > 20000 || size.height() > 20000)
        return fail(error, tr("Invalid chart size %1×%2").arg(size.width()).arg(size.height()));
    if (dpi < 24 || dpi > 2400)
        return fail(error, tr("Invalid resolution %1 dpi").arg(dpi));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));

    switch (format) {
    case Png: {
        QImageWriter writer(&file, "png");
        if (!writer.write(renderImage(view, size, dpi)))
            return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString()));
        break;
    }
    case Svg: {
        const ExportLayout layout(view, layoutSize(size, dpi));
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // The generator's resolution sizes point fonts (none here) and gives the physical size.
        generator.setResolution(dpi);
        generator.setTitle(view->chartTitle());
        generator.setDescription(describe(view));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(error, tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
        layout.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        if (file.write(withFontFallbacks(svg.data())) < 0)
            return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        break;
    }
    case Pdf: {
        const ExportLayout layout(view, layoutSize(size, dpi));
        QPdfWriter writer(&file);
        writer.setResolution(dpi);
        writer.setCreator(QStringLiteral("BudgetDesk"));
        writer.setTitle(describe(view));
        const QSizeF points(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi);
        // Portrait keeps the page exactly as defined (Landscape would swap a wide page's sides).
        writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
        layout.render(&painter, QRectF(0, 0, writer.width(), writer.height()));
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

// QSvgGenerator names the one font it drew with; a viewer without it would pick any font,
// often one without Chinese. Every font-family gets the CJK families and a generic one after it.
QByteArray ChartExporter::withFontFallbacks(const QByteArray &svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    QStringList fallbacks;
    for (const QString &f : ChartView::chartFont(12).families())
        fallbacks.append(QLatin1Char('\'') + f + QLatin1Char('\''));
    fallbacks.append(QStringLiteral("sans-serif"));
    QString text = QString::fromUtf8(svg);
    QString out;
    qsizetype last = 0;
    for (auto it = family.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QStringList list{QLatin1Char('\'') + m.captured(1) + QLatin1Char('\'')};
        for (const QString &f : std::as_const(fallbacks))
            if (!list.contains(f))
                list.append(f);
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QStringLiteral("font-family=\"%1\"").arg(list.join(QStringLiteral(", ")));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QImage ChartExporter::renderImage(ChartView *view, QSize size, int dpi)
{
    const ExportLayout layout(view, layoutSize(size, dpi));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        layout.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    // The resolution is recorded after painting: painting on a 300 dpi image would size point
    // fonts for it (the chart's have pixel sizes, but Qt Charts' own might not).
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

OwnedChartViews ChartExporter::createAll(DocumentSession *session, QWidget *parent)
{
    OwnedChartViews views(QList<ChartView *>{new RevenueStructureChart(parent), new ExpenditureStructureChart(parent),
                                             new BasicProjectChart(parent),     new EconomicChart(parent),
                                             new SanGongChart(parent),          new YearOnYearChart(parent)});
    for (ChartView *view : views)
        view->setSession(session);
    return views;
}

bool ChartExporter::exportAll(DocumentSession *session, const QString &dir, Format format, QSize size, int dpi,
                              QStringList *written, QString *error)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(error, tr("Exporting charts needs a QApplication"));
    if (!QDir().mkpath(dir))
        return fail(error, tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    const OwnedChartViews views = createAll(session, nullptr);
    for (ChartView *view : views) {
        const QString path = QDir(dir).filePath(view->chartKey() + QLatin1Char('.') + extension(format));
        if (!exportChart(view, path, format, size, dpi, error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

} // namespace bd
