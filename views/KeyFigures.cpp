#include "KeyFigures.h"

#include "LazyRefresh.h"

#include "editing/DocumentSession.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bd {

KeyFigures::KeyFigures(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    auto *refresh = new LazyRefresh(this, [this] { rebuild(); });
    connect(session, &DocumentSession::documentReset, refresh, &LazyRefresh::request);
    connect(session, &DocumentSession::documentChanged, refresh, &LazyRefresh::request);
    rebuild();
}

void KeyFigures::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QList<KeyFigure> KeyFigures::figures() const
{
    return m_session->hasDocument() ? ChartData::keyFigures(m_session->schedules()) : QList<KeyFigure>();
}

QString KeyFigures::label(const QString &key)
{
    if (key == QLatin1String("total")) return tr("Total budget");
    if (key == QLatin1String("basic")) return tr("Basic expenditure");
    if (key == QLatin1String("project")) return tr("Project expenditure");
    if (key == QLatin1String("fiscal")) return tr("Fiscal appropriations");
    if (key == QLatin1String("sangong")) return tr("\"Three public\" expenses");
    if (key == QLatin1String("operating_cost")) return tr("Operating costs");
    return key;
}

void KeyFigures::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_session->hasDocument())
        return;
    const Unit unit = m_session->unit();
    const QList<KeyFigure> figs = figures();
    for (int i = 0; i < figs.size(); ++i) {
        const KeyFigure &f = figs[i];
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(QStringLiteral("figure_") + f.key);
        auto *v = new QVBoxLayout(card);
        auto *label = new QLabel(KeyFigures::label(f.key), card);
        label->setStyleSheet(QStringLiteral("color: palette(dark);"));
        auto *value = new QLabel(QStringLiteral("<span style='font-size:16pt; font-weight:600'>%1</span> %2")
                                     .arg(f.amount.format(unit, true), unitSuffix(unit)),
                                 card);
        v->addWidget(label);
        v->addWidget(value);
        QString change = tr("No prior-year figure");
        if (const auto delta = f.change()) {
            const auto pct = f.changePercent();
            change = tr("%1 %2 on last year%3")
                         .arg(*delta >= Amount() ? QStringLiteral("+") + delta->format(unit, true) : delta->format(unit, true),
                              unitSuffix(unit), pct ? QStringLiteral(" (%1)").arg(formatPercent(*pct)) : QString());
        }
        auto *changeLabel = new QLabel(change, card);
        changeLabel->setStyleSheet(QStringLiteral("color: palette(dark); font-size: 9pt;"));
        v->addWidget(changeLabel);
        m_grid->addWidget(card, i / 3, i % 3); // three to a row, so the page never scrolls sideways
    }
}

} // namespace bd
