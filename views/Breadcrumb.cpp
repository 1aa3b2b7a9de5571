#include "Breadcrumb.h"

#include "SelectionHub.h"
#include "charts/ChartData.h"
#include "codes/CodeCatalogue.h"
#include "editing/DocumentSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace bd {

Breadcrumb::Breadcrumb(DocumentSession *session, SelectionHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hub(hub)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    connect(hub, &SelectionHub::functionalCodeChanged, this, &Breadcrumb::rebuild);
    connect(session, &DocumentSession::documentReset, this, &Breadcrumb::rebuild);
    rebuild();
}

QStringList Breadcrumb::parts() const
{
    return m_parts;
}

void Breadcrumb::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void Breadcrumb::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_parts.clear();
    // From the top down: "" (all), 类, 款, 项.
    QStringList codes{QString()};
    const QString code = m_hub->functionalCode();
    for (QString c = code; !c.isEmpty(); c = CodeCatalogue::parentOf(c))
        codes.insert(1, c);
    for (int i = 0; i < codes.size(); ++i) {
        const QString &c = codes[i];
        QString text = tr("All");
        if (!c.isEmpty())
            text = m_session->hasDocument() ? ChartData::functionalLabel(m_session->schedules(), m_session->document().year, c) : c;
        m_parts.append(text);
        if (i > 0) {
            auto *sep = new QLabel(QStringLiteral("›"), this);
            sep->setEnabled(false);
            m_layout->addWidget(sep);
        }
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setAutoRaise(true);
        button->setEnabled(i + 1 < codes.size()); // the last part is where we are
        button->setToolTip(i + 1 < codes.size() ? tr("Go up to %1").arg(text) : QString());
        connect(button, &QToolButton::clicked, m_hub, [hub = m_hub, c] { hub->setFunctionalCode(c); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch(1);
}

} // namespace bd
