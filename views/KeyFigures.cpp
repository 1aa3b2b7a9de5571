#include "KeyFigures.h"

#include "document/DocumentSession.h"

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
    connect(session, &DocumentSession::documentReset, this, &KeyFigures::rebuild);
    connect(session, &DocumentSession::documentChanged, this, &KeyFigures::rebuild);
    rebuild();
}

void KeyFigures::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QList<KeyFigures::Figure> KeyFigures::figures() const
{
    if (!m_session->hasDocument())
        return {};
    const Schedules &s = m_session->schedules();
    Amount basic, project, fiscal;
    for (const FunctionalLine &l : s.functional) {
        (isBasic(l.phase) ? basic : project) += l.amount;
        if (isFiscalAppropriation(l.source))
            fiscal += l.amount;
    }
    Amount sanGong;
    std::optional<Amount> sanGongPrior = Amount();
    for (const SanGongLine &l : s.sanGong) {
        sanGong += l.total();
        if (l.prior && sanGongPrior)
            *sanGongPrior += *l.prior;
        else
            sanGongPrior.reset();
    }
    if (s.sanGong.isEmpty())
        sanGongPrior.reset();
    // Last year's 财政拨款: stated as such (Putuo), or as 一般公共预算 when that is all of it.
    std::optional<Amount> fiscalPrior = s.priorOf(QStringLiteral("income.fiscal"));
    Amount gpb;
    for (FundSource src : fundSourceGroup(QStringLiteral("@gpb")))
        gpb += s.sourceTotal(src);
    if (!fiscalPrior && gpb == fiscal)
        fiscalPrior = s.priorOf(QStringLiteral("income.general_budget"));
    QList<Figure> out{
        {QStringLiteral("total"), tr("Total budget"), s.functionalTotal(), std::nullopt},
        {QStringLiteral("basic"), tr("Basic expenditure"), basic, s.priorOf(QStringLiteral("expense.basic"))},
        {QStringLiteral("project"), tr("Project expenditure"), project, s.priorOf(QStringLiteral("expense.project"))},
        {QStringLiteral("fiscal"), tr("Fiscal appropriations"), fiscal, fiscalPrior},
        {QStringLiteral("sangong"), tr("\"Three public\" expenses"), sanGong, sanGongPrior},
    };
    if (const auto cost = s.figure(QStringLiteral("operating_cost")))
        out.append({QStringLiteral("operating_cost"), tr("Operating costs"), *cost, s.priorOf(QStringLiteral("operating_cost"))});
    return out;
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
    const QList<Figure> figs = figures();
    for (int i = 0; i < figs.size(); ++i) {
        const Figure &f = figs[i];
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(QStringLiteral("figure_") + f.key);
        auto *v = new QVBoxLayout(card);
        auto *label = new QLabel(f.label, card);
        label->setStyleSheet(QStringLiteral("color: palette(dark);"));
        auto *value = new QLabel(QStringLiteral("<span style='font-size:16pt; font-weight:600'>%1</span> %2")
                                     .arg(f.amount.format(unit, true), unitSuffix(unit)),
                                 card);
        v->addWidget(label);
        v->addWidget(value);
        QString change = tr("No prior-year figure");
        if (f.prior) {
            const Amount delta = f.amount - *f.prior;
            const auto pct = percentHundredths(delta, *f.prior);
            change = tr("%1 %2 on last year%3")
                         .arg(delta >= Amount() ? QStringLiteral("+") + delta.format(unit, true) : delta.format(unit, true),
                              unitSuffix(unit), pct ? QStringLiteral(" (%1)").arg(formatPercent(*pct)) : QString());
        }
        auto *changeLabel = new QLabel(change, card);
        changeLabel->setStyleSheet(QStringLiteral("color: palette(dark); font-size: 9pt;"));
        v->addWidget(changeLabel);
        m_grid->addWidget(card, i / 3, i % 3); // three to a row, so the page never scrolls sideways
    }
}

} // namespace bd
