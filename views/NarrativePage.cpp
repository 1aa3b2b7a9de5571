#include "NarrativePage.h"

#include "document/DocumentSession.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bd {

NarrativePage::NarrativePage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_text(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_text->setOpenLinks(false);
    connect(session, &DocumentSession::documentReset, this, &NarrativePage::rebuild);
    connect(session, &DocumentSession::documentChanged, this, &NarrativePage::rebuild);
    rebuild();
}

QString NarrativePage::plainText() const
{
    return m_text->toPlainText();
}

void NarrativePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void NarrativePage::rebuild()
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
