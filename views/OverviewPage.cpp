#include "OverviewPage.h"

#include "KeyFigures.h"
#include "charts/ChartExporter.h"
#include "charts/ChartView.h"

#include <QGridLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bd {

OverviewPage::OverviewPage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_figures(new KeyFigures(session, this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_figures);
    auto *grid = new QGridLayout;
    m_charts = ChartExporter::createAll(session, content).release(); // content owns them
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts[i]->setMinimumSize(360, 320);
        grid->addWidget(m_charts[i], i / 2, i % 2);
    }
    layout->addLayout(grid, 1);
    scroll->setWidget(content);
}

} // namespace bd
