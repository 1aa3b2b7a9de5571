#pragma once

#include <QTreeView>

namespace bd {

// A tree whose first (name) column stays put while the amount columns scroll sideways, after
// Qt's frozencolumn example: a second view over the same model and selection shows only
// column 0 on top of the main view, and the two keep scrolling, expansion and width in step.
class FrozenTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit FrozenTreeView(QWidget *parent = nullptr);
    ~FrozenTreeView() override;

    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    QTreeView *frozenView() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void init();
    void updateFrozenGeometry();
    void syncColumns();

    QTreeView *m_frozen;
};

} // namespace bd
