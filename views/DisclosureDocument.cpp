#include "DisclosureDocument.h"

#include "charts/ChartExporter.h"
#include "charts/ChartView.h"
#include "editing/DocumentSession.h"
#include "import/NarrativeExtractor.h"
#include "narrative/NarrativeGenerator.h"
#include "text/TextWidth.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QApplication>
#include <QDir>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <memory>

namespace bd {

namespace {

// Families tried in order: the first one installed renders the Chinese text.
const QStringList CjkFamilies{QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                              QStringLiteral("Source Han Sans SC"),  QStringLiteral("Microsoft YaHei"),
                              QStringLiteral("SimSun"),              QStringLiteral("sans-serif")};

// Charts: laid out at 800×500 (their on-screen size, 96 dpi) and rendered at 300 dpi, i.e.
// 6.67 in wide on paper; shown 620 px (of 96 dpi) wide, a little narrower than the text.
constexpr QSize ChartPixels{2000, 1250};
constexpr int ChartDpi = 300;
constexpr int ChartShownWidth = 620;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString paragraphs(const QString &text)
{
    QString out;
    for (const QString &p : text.split(QLatin1Char('\n'))) {
        const QString t = p.trimmed();
        if (t.isEmpty())
            continue;
        // The samples mark terms as **bold** (名词解释): print them bold, without the stars.
        static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
        QString html = esc(t);
        html.replace(bold, QStringLiteral("<b>\\1</b>"));
        out += QStringLiteral("<p class=\"para\">%1</p>\n").arg(html);
    }
    return out;
}

QString heading(const QString &text, int level)
{
    return QStringLiteral("<h%1 align=\"center\">%2</h%1>\n").arg(level).arg(esc(text));
}

// The disclosure as parts that each start a page (title page, 部门概况, every table, …), each
// laid out as a document of its own: a paragraph moved to the next page lays out again only
// the rest of its part, and drawing a page walks only its part.
class PagedHtml
{
public:
    void newPage()
    {
        if (!m_parts.constLast().isEmpty())
            m_parts.append(QString());
    }
    PagedHtml &operator+=(const QString &html)
    {
        m_parts.last() += html;
        return *this;
    }
    const QStringList &parts() const { return m_parts; }

private:
    QStringList m_parts{QString()};
};

// Font size of a table by its number of columns: wide tables get a smaller font so that
// they fit an A4 portrait page.
QString tableFontSize(int columns)
{
    if (columns >= 14)
        return QStringLiteral("5.5pt");
    if (columns >= 10)
        return QStringLiteral("6.5pt");
    if (columns >= 7)
        return QStringLiteral("8pt");
    return QStringLiteral("9pt");
}

// The published header as HTML rows with spans. An empty header cell continues the cell above
// it when that one is a single column (a vertical span: "功能分类科目名称" over two rows),
// otherwise the cell to its left (a horizontal span: "财政拨款（补助）" over six columns).
QString headerHtml(const QList<QStringList> &rows, int columns)
{
    struct Block { int row, col, rowSpan = 1, colSpan = 1; QString text; };
    QList<Block> blocks;
    QList<QList<int>> owner(rows.size(), QList<int>(columns, -1));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const QString text = c < rows.at(r).size() ? rows.at(r).at(c).trimmed() : QString();
            if (!text.isEmpty()) {
                owner[r][c] = int(blocks.size());
                blocks.append({r, c, 1, 1, text});
                continue;
            }
            const int above = r > 0 ? owner[r - 1][c] : -1;
            if (above >= 0 && blocks[above].colSpan == 1 && blocks[above].row + blocks[above].rowSpan == r) {
                ++blocks[above].rowSpan;
                owner[r][c] = above;
                continue;
            }
            const int left = c > 0 ? owner[r][c - 1] : -1;
            if (left >= 0 && blocks[left].row == r && blocks[left].rowSpan == 1) {
                ++blocks[left].colSpan;
                owner[r][c] = left;
                continue;
            }
            owner[r][c] = int(blocks.size());
            blocks.append({r, c, 1, 1, QString()});
        }
    }
    QString out;
    for (int r = 0; r < rows.size(); ++r) {
        out += QStringLiteral("<tr>");
        for (const Block &b : blocks) {
            if (b.row != r)
                continue;
            out += QStringLiteral("<th align=\"center\" valign=\"middle\"");
            if (b.rowSpan > 1)
                out += QStringLiteral(" rowspan=\"%1\"").arg(b.rowSpan);
            if (b.colSpan > 1)
                out += QStringLiteral(" colspan=\"%1\"").arg(b.colSpan);
            out += QStringLiteral(">%1</th>").arg(esc(b.text));
        }
        out += QStringLiteral("</tr>\n");
    }
    return out;
}

// Relative widths of the columns, from what they hold: each as wide as its longest figure or
// name (a Chinese character counting as two), names capped so that a very long one wraps
// rather than squeezing the figures, and no column narrower than a four-character header.
QList<int> columnWidths(const DisclosureTable &t)
{
    QList<double> weight;
    for (int c = 0; c < t.columns.size(); ++c) {
        const TableColumn &col = t.columns.at(c);
        int widest = col.key.startsWith(QLatin1String("code")) ? 5 : 8;
        for (const TableRow &row : t.rows) {
            if (c >= row.cells.size())
                continue;
            const TableCell &cell = row.cells.at(c);
            widest = std::max(widest, textColumns(col.isAmount && cell.amount ? t.formatAmount(cell.amount) : cell.text));
        }
        weight.append(std::min(widest, col.isAmount ? 40 : 36) + 2);
    }
    double sum = 0;
    for (double w : weight)
        sum += w;
    QList<int> percent;
    int total = 0;
    for (double w : weight) {
        percent.append(std::max(1, int(w * 100 / sum)));
        total += percent.last();
    }
    // The rounding goes to the widest column, so that the table keeps the full width.
    if (!percent.isEmpty())
        *std::max_element(percent.begin(), percent.end()) += 100 - total;
    return percent;
}

QString tableHtml(const DisclosureTable &t, const TemplateDescription &templ, const TableSpec &spec,
                  const BudgetDocument &doc)
{
    const int columns = int(t.columns.size());
    QString out = heading(templ.printedTitle(spec, doc.year), 3);
    // As published: the department on the left, the unit on the right.
    out += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" class=\"unit\"><tr>"
                          "<td align=\"left\">%1</td><td align=\"right\">%2</td></tr></table>\n")
               .arg(esc(QStringLiteral("编制部门：%1").arg(doc.department)),
                    esc(QStringLiteral("单位：%1").arg(unitSuffix(t.unit))));
    out += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                          "style=\"border-collapse: collapse; border-color: #555555; font-size: %1\">\n")
               .arg(tableFontSize(columns));
    out += QStringLiteral("<thead>\n");
    if (!t.headerRows.isEmpty()) {
        out += headerHtml(t.headerRows, columns);
    } else {
        out += QStringLiteral("<tr>");
        for (const TableColumn &c : t.columns)
            out += QStringLiteral("<th align=\"center\">%1</th>").arg(esc(c.header));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</thead>\n<tbody>\n");
    const QList<int> widths = columnWidths(t);
    bool firstRow = true;
    for (const TableRow &row : t.rows) {
        const bool total = row.level == 0;
        out += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c) {
            const TableColumn &col = t.columns.at(c);
            const TableCell cell = c < row.cells.size() ? row.cells.at(c) : TableCell();
            QString text = col.isAmount && cell.amount ? t.formatAmount(cell.amount) : cell.text;
            text = esc(text);
            if (total)
                text = QStringLiteral("<b>%1</b>").arg(text);
            const QString width = firstRow ? QStringLiteral(" width=\"%1%\"").arg(widths.at(c)) : QString();
            // An amount is never broken over two lines.
            out += QStringLiteral("<td align=\"%1\"%2%4>%3</td>")
                       .arg(col.isAmount ? QStringLiteral("right") : QStringLiteral("left"), width, text,
                            col.isAmount ? QStringLiteral(" style=\"white-space: nowrap\"") : QString());
        }
        firstRow = false;
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    QString note = t.note;
    if (note.isEmpty() && t.isEmpty() && !spec.emptyNote.isEmpty()) {
        note = spec.emptyNote;
        note.replace(QStringLiteral("{department}"), doc.department);
        note.replace(QStringLiteral("{year}"), QString::number(doc.year));
    }
    if (!note.isEmpty())
        out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(note));
    return out;
}

// A performance-target table in the template's words (its field labels, so that the printed
// table reads back), the indicators under it with the columns the targets use.
QString targetHtml(const PerformanceTarget &target, const TemplateDescription &templ)
{
    QString out;
    const bool overall = target.kind == QLatin1String("overall");
    out += QStringLiteral("<h3 align=\"center\">%1</h3>\n")
               .arg(esc(overall ? QStringLiteral("部门整体绩效目标表") : QStringLiteral("项目支出绩效目标表")));
    out += QStringLiteral("<p align=\"right\" class=\"unit\">%1</p>\n").arg(esc(QStringLiteral("单位：%1").arg(unitSuffix(templ.unit))));
    out += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse; border-color: #555555; font-size: 9pt\">\n");
    QMap<QString, QString> labels;
    for (const TargetSpec &spec : templ.targets)
        if (spec.kind == target.kind)
            labels = spec.fields;
    auto line = [&](const QString &field, const QString &fallback, const QString &value) {
        if (!value.isEmpty())
            out += QStringLiteral("<tr><td width=\"22%\"><b>%1</b></td><td>%2</td></tr>\n").arg(esc(labels.value(field, fallback)), esc(value));
    };
    auto figure = [&](const std::optional<Amount> &a) { return a ? a->format(templ.unit, templ.thousands) : QString(); };
    std::optional<Amount> total = target.total;
    if (!total && (target.fiscalSuperior || target.fiscal || target.other))
        total = target.statedSum();
    line(QStringLiteral("name"), overall ? QStringLiteral("部门名称") : QStringLiteral("项目名称"), target.name);
    line(QStringLiteral("owner"), overall ? QStringLiteral("部门联系人") : QStringLiteral("项目负责人"), target.owner);
    line(QStringLiteral("phone"), QStringLiteral("联系电话"), target.phone);
    line(QStringLiteral("total"), QStringLiteral("资金总额"), figure(total));
    line(QStringLiteral("fiscalSuperior"), QStringLiteral("其中：上级安排"), figure(target.fiscalSuperior));
    line(QStringLiteral("fiscal"), QStringLiteral("本级安排"), figure(target.fiscal));
    line(QStringLiteral("other"), QStringLiteral("其他资金"), figure(target.other));
    line(QStringLiteral("goal"), QStringLiteral("年度绩效目标"), target.goal);
    out += QStringLiteral("</table>\n");
    if (target.indicators.isEmpty())
        return out;

    // The columns any indicator fills, in the published order.
    struct Column { QString header; QString Indicator::*field; };
    const QList<Column> optional{{QStringLiteral("依据"), &Indicator::basis}, {QStringLiteral("上年完成值"), &Indicator::priorValue}};
    const QList<Column> trailing{{QStringLiteral("赋分规则"), &Indicator::scoringRule}, {QStringLiteral("佐证资料"), &Indicator::evidence}};
    auto used = [&target](const QList<Column> &columns) {
        QList<Column> out;
        for (const Column &c : columns)
            if (std::any_of(target.indicators.cbegin(), target.indicators.cend(), [&c](const Indicator &i) { return !(i.*c.field).isEmpty(); }))
                out.append(c);
        return out;
    };
    const QList<Column> middle = used(optional);
    const QList<Column> after = used(trailing);
    out += QStringLiteral("<p></p><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse; border-color: #555555; font-size: 8pt\">\n"
                          "<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th>");
    for (const Column &c : middle)
        out += QStringLiteral("<th>%1</th>").arg(esc(c.header));
    out += QStringLiteral("<th>权重</th>");
    for (const Column &c : after)
        out += QStringLiteral("<th>%1</th>").arg(esc(c.header));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const Indicator &i : target.indicators) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>").arg(esc(i.level1), esc(i.level2), esc(i.level3), esc(i.value));
        for (const Column &c : middle)
            out += QStringLiteral("<td>%1</td>").arg(esc(i.*c.field));
        out += QStringLiteral("<td align=\"center\">%1</td>").arg(i.weight ? QString::number(*i.weight) : QString());
        for (const Column &c : after)
            out += QStringLiteral("<td>%1</td>").arg(esc(i.*c.field));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    return out;
}

// The narrative sections of the given parts, in the document's order, that the template prints
// before the tables (before = true) or after them.
QString sectionsHtml(const BudgetDocument &doc, const TemplateDescription &templ, const QStringList &parts, bool before)
{
    QString out;
    for (const NarrativeSection &s : doc.schedules.narrative) {
        if (!parts.contains(s.part) || templ.print.isBeforeTables(s.part, s.heading) != before)
            continue;
        if (!s.heading.isEmpty())
            out += QStringLiteral("<h3>%1</h3>\n").arg(esc(s.heading));
        out += paragraphs(s.text);
    }
    return out;
}

bool hasPart(const BudgetDocument &doc, const QString &part)
{
    return std::any_of(doc.schedules.narrative.cbegin(), doc.schedules.narrative.cend(),
                       [&part](const NarrativeSection &s) { return s.part == part; });
}

QString generatedExplanation(const BudgetDocument &doc)
{
    QString out;
    QString current;
    for (const GeneratedSentence &s : NarrativeGenerator::generate(doc)) {
        const QString heading = s.section.section(QLatin1Char('|'), 0, 0);
        if (heading != current) {
            current = heading;
            if (!heading.isEmpty())
                out += QStringLiteral("<h3>%1</h3>\n").arg(esc(heading));
        }
        out += QStringLiteral("<p class=\"para\">%1</p>\n").arg(esc(s.text));
    }
    return out;
}

struct Chart
{
    QString key;
    QString title;
    QImage image;
};

// The charts of ChartExporter::createAll, rendered through its PNG export (animations off,
// fixed layout) at print resolution. Needs a QApplication; empty without one.
QList<Chart> renderCharts(const BudgetDocument &doc)
{
    QList<Chart> charts;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return charts;
    DocumentSession session;
    QString error;
    if (!session.setDocument(doc, &error))
        return charts;
    const OwnedChartViews views = ChartExporter::createAll(&session, nullptr);
    for (ChartView *view : views) {
        if (!view->placeholderText().isEmpty())
            continue; // nothing to show (no prior-year figures, …)
        charts.append({view->chartKey(), view->chartTitle(), ChartExporter::renderImage(view, ChartPixels, ChartDpi)});
    }
    return charts;
}

const QString StyleSheet = QStringLiteral("h1 { font-size: 22pt; } h2 { font-size: 16pt; } h3 { font-size: 12pt; }"
                                          "p.para { text-indent: 21pt; line-height: 150%; }"
                                          "p.unit, table.unit { font-size: 8pt; } p.note { font-size: 9pt; }"
                                          "th { font-weight: bold; background-color: #eeeeee; }");

QStringList buildHtml(const BudgetDocument &doc, const TemplateDescription &templ, const QList<DisclosureTable> &derived,
                      const QList<Chart> &charts)
{
    PagedHtml h;

    // Title page.
    h += QStringLiteral("<p style=\"margin-top: 180px\" align=\"center\"><span style=\"font-size: 24pt; font-weight: bold\">%1</span></p>\n")
             .arg(esc(doc.department));
    const QString title = doc.title.isEmpty() ? QStringLiteral("%1 年部门预算公开").arg(doc.year) : doc.title;
    h += QStringLiteral("<p style=\"margin-top: 30px\" align=\"center\"><span style=\"font-size: 20pt; font-weight: bold\">%1</span></p>\n")
             .arg(esc(title));
    h += QStringLiteral("<p style=\"margin-top: 60px\" align=\"center\"><span style=\"font-size: 14pt\">%1 年度</span></p>\n").arg(doc.year);
    if (doc.status == DocumentStatus::Draft)
        h += QStringLiteral("<p align=\"center\"><span style=\"font-size: 14pt\">（草稿）</span></p>\n");
    if (!doc.publishDate.isEmpty())
        h += QStringLiteral("<p align=\"center\"><span style=\"font-size: 12pt\">%1</span></p>\n").arg(esc(doc.publishDate));

    const QStringList allParts{QStringLiteral("overview"), QStringLiteral("glossary"), QStringLiteral("explanation"),
                               QStringLiteral("projects")};
    // A part of the template's (第一部分 …) on a new page, under its heading if it has one.
    auto newPart = [&](const QString &partHeading) {
        h.newPage();
        QString text = partHeading;
        if (!text.isEmpty())
            h += heading(text.replace(QLatin1String("{year}"), QString::number(doc.year)), 2);
    };

    // What the template prints before the tables (部门概况; for some templates 名词解释 and the
    // 编制说明 too), in the document's order.
    const QString before = sectionsHtml(doc, templ, allParts, true);
    if (!templ.print.beforeHeading.isEmpty() || !before.isEmpty())
        newPart(templ.print.beforeHeading);
    h += before;

    // The tables, in the template's order.
    newPart(templ.print.tablesHeading);
    const bool imported = !doc.published.isEmpty();
    bool firstTable = true;
    for (const TableSpec &spec : templ.tables) {
        if (!firstTable) // the first table shares the part's heading page
            h.newPage();
        firstTable = false;
        const DisclosureTable *table = imported ? doc.publishedTable(spec.number) : nullptr;
        if (!table) {
            const auto it = std::find_if(derived.cbegin(), derived.cend(),
                                         [&spec](const DisclosureTable &t) { return t.number == spec.number; });
            table = it != derived.cend() ? &*it : nullptr;
        }
        if (table) {
            h += tableHtml(*table, templ, spec, doc);
        } else {
            h += heading(templ.printedTitle(spec, doc.year), 3);
            h += QStringLiteral("<p class=\"note\">（无数据）</p>\n");
        }
    }

    // 说明, as published; generated from the figures for a draft without one; project explanations.
    if (!templ.print.afterHeading.isEmpty())
        newPart(templ.print.afterHeading);
    h += hasPart(doc, QStringLiteral("explanation"))
             ? sectionsHtml(doc, templ, {QStringLiteral("explanation")}, false)
             : generatedExplanation(doc);
    h += sectionsHtml(doc, templ, {QStringLiteral("overview"), QStringLiteral("projects")}, false);

    // The charts.
    if (!charts.isEmpty()) {
        h.newPage();
        h += heading(NarrativeExtractor::chartsHeading(), 3);
        const int height = ChartShownWidth * ChartPixels.height() / ChartPixels.width();
        for (const Chart &c : charts)
            h += QStringLiteral("<p align=\"center\"><img src=\"chart:%1\" width=\"%2\" height=\"%3\" /></p>\n")
                     .arg(c.key)
                     .arg(ChartShownWidth)
                     .arg(height);
    }

    // Performance targets.
    if (!doc.schedules.targets.isEmpty()) {
        // Each table carries its title; a heading of their own would read as narrative.
        h.newPage();
        bool first = true;
        for (const PerformanceTarget &t : doc.schedules.targets) {
            if (!first)
                h += QStringLiteral("<p></p>\n");
            first = false;
            h += targetHtml(t, templ);
        }
    }

    // 名词解释, where the template prints it last.
    const QString glossary = sectionsHtml(doc, templ, {QStringLiteral("glossary")}, false);
    if (!glossary.isEmpty()) {
        // The published section usually has its own heading ("第四部分 名词解释"): not twice.
        const auto first = std::find_if(doc.schedules.narrative.cbegin(), doc.schedules.narrative.cend(),
                                        [](const NarrativeSection &s) { return s.part == QLatin1String("glossary"); });
        h.newPage();
        if (!first->heading.contains(QStringLiteral("名词解释")))
            h += heading(QStringLiteral("名词解释"), 2);
        h += glossary;
    }
    return h.parts();
}

QFont documentFont()
{
    QFont font;
    font.setFamilies(CjkFamilies);
    font.setFamily(CjkFamilies.first());
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10.5);
    return font;
}

// Nothing but a table row or paragraph taller than a page is broken over two pages: a paragraph
// that would be starts the next page, and a table is split before such a row, the rest (under
// its header again) starting the next page. QTextLayout draws the line just above a page's clip
// too, so a broken paragraph or cell would print the last line of the page a second time,
// clipped away but still in the PDF's text (searching, copying and importing the PDF would all
// see it twice); and a reader of the PDF cannot tell a cell's lines continued under the
// repeated header from a row of their own.
// From the top, one move at a time: each shifts everything after it, which is laid out again.
class KeepTogether
{
public:
    KeepTogether(QTextDocument &text, double pageHeight)
        : m_text(text), m_layout(*text.documentLayout()), m_pageHeight(pageHeight)
    {
        QTextFrame *root = text.rootFrame();
        QTextFrame::iterator it = root->begin();
        while (!it.atEnd()) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
                if (QTextTable *rest = keepRows(table)) {
                    // The document changed under the iterator: on from the rest of the table.
                    for (it = root->begin(); !it.atEnd() && it.currentFrame() != rest; ++it) {
                    }
                    continue;
                }
            } else if (it.currentBlock().isValid()) {
                keepParagraph(it.currentBlock());
            }
            ++it;
        }
    }

private:
    int page(double y) const { return int(y / m_pageHeight); }
    bool crosses(double top, double bottom) const
    {
        return bottom - top < m_pageHeight && page(top) != page(bottom - 1);
    }
    // The layout does not move what follows a change by itself.
    void layOutFrom(int position) { m_text.markContentsDirty(position, m_text.characterCount() - position); }

    void keepParagraph(const QTextBlock &block)
    {
        if (block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            return;
        const QRectF r = m_layout.blockBoundingRect(block);
        if (!crosses(r.top(), r.bottom()))
            return;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        layOutFrom(block.position());
    }

    // The top of a row's first lines and the bottom of its last ones; false for a row with a
    // cell spanning rows (only headers have them).
    bool rowExtent(QTextTable *table, int row, double *top, double *bottom) const
    {
        *top = std::numeric_limits<double>::max();
        *bottom = std::numeric_limits<double>::lowest();
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            if (cell.rowSpan() != 1)
                return false;
            if (cell.column() != c)
                continue;
            const QTextBlock last = cell.lastCursorPosition().block();
            for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid(); b = b.next()) {
                const QRectF r = m_layout.blockBoundingRect(b);
                *top = std::min(*top, r.top());
                *bottom = std::max(*bottom, r.bottom());
                if (b == last)
                    break;
            }
        }
        return *top < *bottom;
    }

    // The rest of the table when it was split, to be looked at next.
    QTextTable *keepRows(QTextTable *table)
    {
        const int header = table->format().headerRowCount();
        for (int row = header; row < table->rows(); ++row) {
            double top, bottom;
            if (!rowExtent(table, row, &top, &bottom) || !crosses(top, bottom))
                continue;
            const double tableTop = m_layout.frameBoundingRect(table).top();
            if (row == header) {
                // The first row under the header: the whole table starts the next page, if there
                // it fits and is not there already.
                QTextTableFormat format = table->format();
                if (format.pageBreakPolicy() != QTextFormat::PageBreak_Auto || bottom - tableTop >= m_pageHeight)
                    continue;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
                layOutFrom(table->firstPosition() - 1);
                --row; // and again from there
                continue;
            }
            double firstTop, firstBottom; // of the first row under the header
            if (!rowExtent(table, header, &firstTop, &firstBottom) || firstTop - tableTop + bottom - top >= m_pageHeight)
                continue; // under the header on a page of its own it would still be broken
            QTextTable *rest = splitBefore(table, row);
            layOutFrom(table->firstPosition() - 1);
            return rest;
        }
        return nullptr;
    }

    // Rows from row on move to a new table after this one with the same header, starting a page.
    QTextTable *splitBefore(QTextTable *table, int row)
    {
        const int header = table->format().headerRowCount();
        const int rows = table->rows();
        const int columns = table->columns();
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor after = table->lastCursorPosition();
        after.movePosition(QTextCursor::NextBlock);
        after.beginEditBlock(); // one layout at the end, not one for each cell
        const auto laidOutOnce = qScopeGuard([&after] { after.endEditBlock(); });
        QTextTable *rest = after.insertTable(header + rows - row, columns, format);
        auto copyRow = [&](int from, int to) {
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table->cellAt(from, c);
                if (cell.row() != from || cell.column() != c)
                    continue; // under a spanning cell
                if (cell.rowSpan() > 1 || cell.columnSpan() > 1)
                    rest->mergeCells(to, c, cell.rowSpan(), cell.columnSpan());
                QTextTableCell target = rest->cellAt(to, c);
                target.setFormat(cell.format());
                QTextCursor source = cell.firstCursorPosition();
                QTextCursor into = target.firstCursorPosition();
                into.setBlockFormat(source.blockFormat());
                into.setBlockCharFormat(source.blockCharFormat());
                source.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
                into.insertFragment(source.selection());
            }
        };
        for (int r = 0; r < header; ++r)
            copyRow(r, r);
        for (int r = row; r < rows; ++r)
            copyRow(r, header + r - row);
        table->removeRows(row, rows - row);
        return rest;
    }

    QTextDocument &m_text;
    QAbstractTextDocumentLayout &m_layout;
    const double m_pageHeight;
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool DisclosureDocument::render(const BudgetDocument &doc, const TemplateDescription &templ,
                                const QList<DisclosureTable> &derived, QPagedPaintDevice *device, QString *error)
{
    const QList<Chart> charts = renderCharts(doc);

    QPainter painter;
    if (!painter.begin(device))
        return fail(error, tr("Cannot start printing"));

    const double dpi = device->logicalDpiY();
    const double footer = 10.0 / 25.4 * dpi; // 10 mm below the text for the page number
    const QSizeF body(device->width(), std::max(1.0, device->height() - footer));

    // Each part laid out on the device itself: point sizes, paddings and images at its resolution.
    std::vector<std::unique_ptr<QTextDocument>> parts;
    int pages = 0;
    for (const QString &html : buildHtml(doc, templ, derived, charts)) {
        auto &text = *parts.emplace_back(std::make_unique<QTextDocument>());
        text.documentLayout()->setPaintDevice(device);
        text.setUndoRedoEnabled(false);
        text.setDefaultFont(documentFont());
        text.setDefaultStyleSheet(StyleSheet);
        for (const Chart &c : charts)
            text.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + c.key), c.image);
        text.setPageSize(body); // before the text: laid out once, in pages
        text.setHtml(html);
        KeepTogether(text, body.height());
        pages += text.pageCount();
    }

    QFont footerFont = documentFont();
    footerFont.setPointSizeF(9);
    int page = 0;
    for (const auto &text : parts) {
        for (int i = 0; i < text->pageCount(); ++i, ++page) {
            if (page > 0 && !device->newPage()) {
                painter.end();
                return fail(error, tr("Cannot start a new page"));
            }
            painter.save();
            painter.translate(0, -i * body.height());
            text->drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
            painter.restore();
            painter.setFont(footerFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignHCenter | Qt::AlignBottom,
                             QStringLiteral("第 %1 页 / 共 %2 页").arg(page + 1).arg(pages));
        }
    }
    if (!painter.end())
        return fail(error, tr("Cannot finish printing"));
    return true;
}

bool DisclosureDocument::exportPdf(const BudgetDocument &doc, const TemplateDescription &templ,
                                   const QList<DisclosureTable> &derived, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("BudgetDesk"));
        writer.setTitle(QStringLiteral("%1 %2").arg(doc.department, doc.title));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                         QPageLayout::Millimeter));
        QString why;
        if (!render(doc, templ, derived, &writer, &why)) {
            file.cancelWriting();
            return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
        }
    }
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void DisclosureDocument::print(const BudgetDocument &doc, const TemplateDescription &templ,
                               const QList<DisclosureTable> &derived, QPrinter *printer)
{
    if (printer)
        render(doc, templ, derived, printer, nullptr);
}

} // namespace bd
