#pragma once

#include <QList>
#include <QWidget>

namespace bd {

class ChartView;
class DocumentSession;
class KeyFigures;

// 概览: the key figures and every chart of the document at a glance.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(DocumentSession *session, QWidget *parent = nullptr);
    QList<ChartView *> charts() const { return m_charts; }
    KeyFigures *keyFigures() const { return m_figures; }

private:
    KeyFigures *m_figures;
    QList<ChartView *> m_charts;
};

} // namespace bd
