#include "ChartView.h"

#include "ChartExporter.h"
#include "LazyRefresh.h"
#include "editing/DocumentSession.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFontInfo>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QMenu>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QSettings>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

#include <QFontMetricsF>

#include <cmath>

namespace bd {

namespace {

// Breaks text into the fewest lines no wider than maxWidth, of about equal width (no lone
// last character), between any two characters: Chinese has no spaces.
QStringList splitEvenly(const QString &text, const QFontMetricsF &metrics, qreal maxWidth)
{
    const qreal total = metrics.horizontalAdvance(text);
    const int count = std::max(1, int(std::ceil(total / maxWidth)));
    qreal target = total / count;
    for (;;) {
        QStringList lines;
        QString line;
        for (const QChar ch : text) {
            if (!line.isEmpty() && metrics.horizontalAdvance(line + ch) > target + 0.5) {
                lines.append(line);
                line.clear();
            }
            line += ch;
        }
        if (!line.isEmpty())
            lines.append(line);
        if (lines.size() <= count || target >= maxWidth)
            return lines;
        target = std::min(maxWidth, target + metrics.averageCharWidth());
    }
}

} // namespace

QString ChartView::wrappedLabel(const QString &text, const QFont &font, qreal maxWidth)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    const int space = int(text.indexOf(QLatin1Char(' ')));
    if (metrics.horizontalAdvance(text) <= maxWidth)
        lines = QStringList{text};
    else if (space > 0 && metrics.horizontalAdvance(text.left(space)) <= maxWidth)
        lines = QStringList{text.left(space)} + splitEvenly(text.mid(space + 1).trimmed(), metrics, maxWidth);
    else
        lines = splitEvenly(text, metrics, maxWidth);
    for (QString &l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
{
    auto *c = new QChart;
    c->setTheme(QChart::ChartThemeLight);
    // A plain white sheet: exports are pasted into documents and printed.
    c->setBackgroundBrush(Qt::white);
    c->setBackgroundRoundness(0);
    c->setDropShadowEnabled(false);
    c->setMargins(QMargins(6, 6, 6, 6));
    c->setAnimationOptions(QChart::SeriesAnimations);
    // Axis numbers with group separators ("1,200,000") whatever the user's locale.
    c->setLocalizeNumbers(true);
    c->setLocale(QLocale(QLocale::Chinese, QLocale::China));
    c->legend()->setAlignment(Qt::AlignRight);
    // The view owns the chart; the empty chart QChartView made for itself is released, not
    // deleted, when another takes its place (LeakSanitizer found one per view).
    QChart *made = chart();
    setChart(c);
    delete made;
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setMinimumSize(320, 220);

    m_placeholder = new QGraphicsTextItem(c);
    m_placeholder->setZValue(1000);
    m_placeholder->setDefaultTextColor(QColor(0x60, 0x60, 0x60));
    m_placeholder->setVisible(false);

    connect(c, &QChart::plotAreaChanged, this, [this] { chartLayoutChanged(); });
    connect(c, &QGraphicsWidget::geometryChanged, this, [this] { positionPlaceholder(); });
    applyFonts();
    m_refresh = new LazyRefresh(this, [this] { rebuild(); });
}

ChartView::~ChartView() = default;

void ChartView::setSession(DocumentSession *session)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (session) {
        m_connections.append(connect(session, &DocumentSession::documentReset, this, &ChartView::onDocumentReset));
        m_connections.append(connect(session, &DocumentSession::documentChanged, this, &ChartView::refresh));
        m_connections.append(connect(session, &QObject::destroyed, this, [this] {
            m_session = nullptr; // gone: its document with it
            onDocumentReset();
        }));
    }
    onDocumentReset();
}

DocumentSession *ChartView::session() const
{
    return m_session;
}

bool ChartView::hasDocument() const
{
    return m_session && m_session->hasDocument();
}

void ChartView::onDocumentReset()
{
    resetState();
    refresh();
}

void ChartView::refresh()
{
    m_refresh->request();
}

Unit ChartView::unit() const
{
    return m_session ? m_session->unit() : Unit::WanYuan;
}

void ChartView::setAnimated(bool animated)
{
    chart()->setAnimationOptions(animated && m_animatable ? QChart::SeriesAnimations : QChart::NoAnimation);
}

void ChartView::setAnimatable(bool animatable)
{
    m_animatable = animatable;
    if (!animatable)
        setAnimated(false);
}

bool ChartView::isAnimated() const
{
    return chart()->animationOptions() != QChart::NoAnimation;
}

QFont ChartView::chartFont(int pixelSize, bool bold)
{
    // The interface font first; then CJK families in order of preference, so that Chinese
    // labels do not depend on the fallback a particular machine happens to pick. The first
    // family is the one actually used (not an alias like "Sans Serif"): an SVG names it, and
    // a viewer given the alias would measure the text with another font.
    static const QStringList families = [] {
        const QStringList cjk{QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                              QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
                              QStringLiteral("PingFang SC")};
        QFont probe = QApplication::font();
        probe.setFamilies(QStringList{probe.family()} + cjk);
        QStringList list{QFontInfo(probe).family()};
        for (const QString &family : cjk)
            if (!list.contains(family))
                list.append(family);
        return list;
    }();
    QFont font = QApplication::font();
    font.setFamilies(families);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

double ChartView::unitValue(Amount amount, Unit unit)
{
    // fen / (分 per 0.01 unit) = hundredths of the unit; exact for every published figure.
    return double(amount.fen()) / double(Amount::displayStep(unit)) / 100.0;
}

QString ChartView::amountText(Amount amount) const
{
    return amount.format(unit(), true) + QLatin1Char(' ') + unitSuffix(unit());
}

QString ChartView::shareText(Amount part, Amount whole)
{
    const auto share = percentHundredths(part, whole);
    return share ? formatPercent(*share) : QString();
}

void ChartView::setPlaceholderText(const QString &text)
{
    m_placeholderText = text;
    m_placeholder->setVisible(!text.isEmpty());
    m_placeholder->setPlainText(text);
    chart()->legend()->setVisible(text.isEmpty());
    positionPlaceholder();
}

void ChartView::positionPlaceholder()
{
    if (m_placeholderText.isEmpty())
        return;
    const QRectF area = chart()->rect();
    m_placeholder->setFont(chartFont(15));
    m_placeholder->setTextWidth(std::max(50.0, area.width() - 40));
    QTextOption option = m_placeholder->document()->defaultTextOption();
    option.setAlignment(Qt::AlignCenter);
    m_placeholder->document()->setDefaultTextOption(option);
    const QRectF box = m_placeholder->boundingRect();
    m_placeholder->setPos(area.center() - box.center());
}

void ChartView::setChartTitle(const QString &detail)
{
    chart()->setTitle(detail.isEmpty() ? chartTitle() : tr("%1 — %2").arg(chartTitle(), detail));
}

void ChartView::applyFonts()
{
    QChart *c = chart();
    c->setTitleFont(chartFont(16, true));
    c->legend()->setFont(chartFont(12));
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(chartFont(12));
        axis->setTitleFont(chartFont(12));
    }
    const auto series = c->series();
    for (QAbstractSeries *s : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            const auto slices = pie->slices();
            for (QPieSlice *slice : slices)
                slice->setLabelFont(chartFont(12));
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelFont(chartFont(11));
        }
    }
    positionPlaceholder();
}

void ChartView::setUpAmountAxis(QValueAxis *axis, double max, double headroom)
{
    // Round ticks: a step of 1, 2, 2.5 or 5 times a power of ten, about five of them.
    const double top = max > 0 ? max * (1.0 + headroom) : 1.0;
    const double raw = top / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (f * magnitude >= raw) {
            step = f * magnitude;
            break;
        }
    }
    const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    int decimals = 0;
    while (decimals < 4 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;

    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(tr("Amount (%1)").arg(unitSuffix(unit())));
    axis->setGridLineColor(QColor(0xdd, 0xdd, 0xdd));
}

void ChartView::addContextMenuActions(QMenu *menu)
{
    Q_UNUSED(menu)
}

void ChartView::populateContextMenu(QMenu *menu)
{
    menu->addAction(tr("Export as PNG…"), this, [this] { exportFromMenu(ChartExporter::Png); });
    menu->addAction(tr("Export as SVG…"), this, [this] { exportFromMenu(ChartExporter::Svg); });
    menu->addAction(tr("Export as PDF…"), this, [this] { exportFromMenu(ChartExporter::Pdf); });
    addContextMenuActions(menu);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    populateContextMenu(&menu);
    menu.exec(event->globalPos());
    event->accept();
}

void ChartView::exportFromMenu(int format)
{
    const auto fmt = ChartExporter::Format(format);
    const QString ext = ChartExporter::extension(fmt);
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("charts/exportDirectory"), QDir::homePath()).toString();
    QString filter;
    switch (fmt) {
    case ChartExporter::Png: filter = tr("PNG images (*.png)"); break;
    case ChartExporter::Svg: filter = tr("SVG drawings (*.svg)"); break;
    case ChartExporter::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                QDir(dir).filePath(chartKey() + QLatin1Char('.') + ext), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + ext, Qt::CaseInsensitive))
        path += QLatin1Char('.') + ext;
    settings.setValue(QStringLiteral("charts/exportDirectory"), QFileInfo(path).absolutePath());
    const QSize size = exportPixelSize(fmt);
    const qreal ratio = qreal(size.width()) / this->size().expandedTo(ChartExporter::DefaultSize).width();
    QString error;
    if (!ChartExporter::exportChart(this, path, fmt, size, qRound(ChartExporter::DefaultDpi * ratio), &error))
        QMessageBox::warning(this, tr("Export Chart"), tr("The chart could not be exported:\n%1").arg(error));
}

QSize ChartView::exportPixelSize(int format) const
{
    // What the user sees, at least the command line's size; a PNG at twice the screen's
    // resolution at least, so that it stays sharp in a printed report.
    const qreal ratio = format == ChartExporter::Png ? std::max<qreal>(devicePixelRatioF(), 2.0) : devicePixelRatioF();
    return size().expandedTo(ChartExporter::DefaultSize) * ratio;
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QChartView::changeEvent(event);
}

} // namespace bd
