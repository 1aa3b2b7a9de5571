#include "NarrativePage.h"

#include "LazyRefresh.h"

#include "editing/DocumentSession.h"

#include <QEvent>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bd {

namespace {

const QString DiffStyle = QStringLiteral("background:#FFE8B0");

// The sentence as HTML with the numbers listed in `differing` highlighted.
QString markedHtml(const QString &text, const QStringList &differing)
{
    QString html;
    int at = 0;
    for (const NumberToken &t : NarrativeComparison::numbers(text)) {
        if (!differing.contains(t.text))
            continue;
        html += text.mid(at, t.position - at).toHtmlEscaped();
        html += QStringLiteral("<span style='%1'>%2</span>").arg(DiffStyle, text.mid(t.position, t.length).toHtmlEscaped());
        at = t.position + t.length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

} // namespace

NarrativePage::NarrativePage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_text(new QTextBrowser(m_tabs))
    , m_compare(new QTextBrowser(m_tabs))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_text, tr("Published"));
    m_tabs->addTab(m_compare, tr("Generated vs published"));
    m_text->setOpenLinks(false);
    m_compare->setOpenLinks(false);
    auto *refresh = new LazyRefresh(this, [this] { rebuild(); });
    connect(session, &DocumentSession::documentReset, refresh, &LazyRefresh::request);
    connect(session, &DocumentSession::documentChanged, refresh, &LazyRefresh::request);
    rebuild();
}

QString NarrativePage::plainText() const
{
    return m_text->toPlainText();
}

QString NarrativePage::comparisonPlainText() const
{
    return m_compare->toPlainText();
}

QString NarrativePage::comparisonHtml() const
{
    return m_comparisonHtml;
}

void NarrativePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_tabs->setTabText(PublishedTab, tr("Published"));
        m_tabs->setTabText(ComparisonTab, tr("Generated vs published"));
        rebuild();
    }
    QWidget::changeEvent(event);
}

void NarrativePage::rebuild()
{
    rebuildPublished();
    rebuildComparison();
}

void NarrativePage::rebuildComparison()
{
    m_comparison.clear();
    if (!m_session->hasDocument()) {
        m_comparisonHtml.clear();
        m_compare->clear();
        return;
    }
    m_comparison = NarrativeComparison::compare(m_session->document());
    int differing = 0, missing = 0;
    for (const ComparedSentence &c : m_comparison) {
        differing += c.differs ? 1 : 0;
        missing += c.found() ? 0 : 1;
    }
    QString html;
    const QString marked = QStringLiteral("<span style='%1'>%2</span>").arg(DiffStyle, tr("highlighted").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(
        tr("The standard sentences of the explanation, written from the figures, beside the published paragraphs. "
           "Numbers that differ are %1.")
            .toHtmlEscaped()
            .arg(marked));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%1 of %2 sentences differ from the published text; %3 have no published paragraph.")
                         .arg(differing)
                         .arg(m_comparison.size())
                         .arg(missing)
                         .toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse:collapse'>");
    html += QStringLiteral("<tr><th width='45%'>%1</th><th width='45%'>%2</th><th>%3</th></tr>")
                .arg(tr("Generated from the figures").toHtmlEscaped(), tr("Published").toHtmlEscaped(),
                     tr("Line").toHtmlEscaped());
    QString section;
    for (const ComparedSentence &c : m_comparison) {
        const QString heading = c.generated.section.section(QLatin1Char('|'), 0, 0);
        if (heading != section) {
            section = heading;
            html += QStringLiteral("<tr><td colspan='3' style='background:#EEEEEE'><b>%1</b></td></tr>").arg(section.toHtmlEscaped());
        }
        QString status;
        if (!c.found())
            status = QStringLiteral("<i style='color:#888'>%1</i>").arg(tr("No published paragraph").toHtmlEscaped());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(markedHtml(c.generated.text, c.onlyGenerated),
                         c.found() ? markedHtml(c.published, c.onlyPublished) : status,
                         c.publishedLine > 0 ? QString::number(c.publishedLine) : QString());
    }
    html += QStringLiteral("</table>");
    m_comparisonHtml = html;
    const int scroll = m_compare->verticalScrollBar() ? m_compare->verticalScrollBar()->value() : 0;
    m_compare->setHtml(html);
    if (m_compare->verticalScrollBar())
        m_compare->verticalScrollBar()->setValue(scroll); // an edit keeps the reader's place
}

void NarrativePage::rebuildPublished()
{
    if (!m_session->hasDocument()) {
        m_text->clear();
        return;
    }
    const BudgetDocument &doc = m_session->document();
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg((doc.department + QLatin1Char(' ') + doc.title).toHtmlEscaped());
    const Staffing &st = doc.schedules.staffing;
    if (st.quota || st.actual) {
        auto n = [](const std::optional<int> &v) { return v ? QString::number(*v) : QStringLiteral("—"); };
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Staffing: quota %1, actual %2 (in service %3, retired %4, retired cadres %5)")
                             .arg(n(st.quota), n(st.actual), n(st.inService), n(st.retired), n(st.retiredCadre))
                             .toHtmlEscaped());
    }
    const QMap<QString, QString> partTitles{{QStringLiteral("overview"), tr("Department overview")},
                                            {QStringLiteral("explanation"), tr("Explanation")},
                                            {QStringLiteral("projects"), tr("Project explanations")},
                                            {QStringLiteral("glossary"), tr("Glossary")}};
    QString part;
    for (const NarrativeSection &s : doc.schedules.narrative) {
        if (s.part != part) {
            part = s.part;
            html += QStringLiteral("<h3 style='color:#555'>%1</h3>").arg(partTitles.value(part, part).toHtmlEscaped());
        }
        html += QStringLiteral("<h4>%1</h4>").arg(s.heading.toHtmlEscaped());
        for (const QString &p : s.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    }
    if (doc.schedules.narrative.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("This document has no narrative sections.").toHtmlEscaped());
    m_text->setHtml(html);
}

} // namespace bd
