#pragma once

#include "PieChartView.h"

namespace bd {

// Expenditure by 功能分类 as a donut that drills down 类 → 款 → 项 and back up, like Qt's
// piechartdrilldown example. Clicking a slice emits sliceActivated(code) (the main window
// selects that node of the tree) and drills into it when it has children; clicking the hole,
// Backspace, or "Up One Level" in the context menu goes back up.
class ExpenditureStructureChart : public PieChartView
{
    Q_OBJECT

public:
    explicit ExpenditureStructureChart(QWidget *parent = nullptr);

    QString chartKey() const override { return QStringLiteral("expenditure-structure"); }
    QString chartTitle() const override;
    void rebuild() override;

    // The code whose children are shown: "" for the 类, "201" for its 款, "20103" for its 项.
    QString currentCode() const { return m_code; }
    // The slice pulled out (a code drilled to that has no children); empty for none.
    QString highlightedCode() const { return highlighted(); }
    // What the chart is drilled to: the highlighted code, else currentCode().
    QString drilledCode() const;
    bool canDrillUp() const { return !m_code.isEmpty(); }

    static QString parentCode(const QString &code);

public slots:
    // Shows the children of code; a code without children (a 项) shows its siblings with
    // it pulled out. "" goes to the top. Emits drilledTo when the level changes.
    void drillTo(const QString &code);
    void drillUp();

signals:
    // A slice was clicked (the main window selects that node of the tree).
    void sliceActivated(const QString &code);
    // What the chart is drilled to changed (drilledCode()): a code with children when it
    // shows them, a code without (a 项) when it shows it pulled out among its siblings, ""
    // at the top. Echoing it back to drillTo() changes nothing.
    void drilledTo(const QString &code);

protected:
    void handleSliceClick(const QString &key) override;
    void resetState() override;
    void addContextMenuActions(QMenu *menu) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool hasChildren(const QString &code) const;
    void setLevel(const QString &code, const QString &highlight);

    QString m_code;
};

} // namespace bd
