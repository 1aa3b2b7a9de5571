#pragma once

#include <QModelIndex>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QLineEdit;

namespace bd {

// Edit › Find over a page's tree or table: a line above it that is hidden until asked for.
// Typing goes to the first cell from the current one on whose text contains what is typed
// (case-insensitive, in the order the view shows rows, collapsed branches included, which
// open to show it); Enter or F3 goes to the next, Shift+Enter or Shift+F3 to the one before,
// both wrapping; Escape closes the line and gives the view back its focus. The found cell
// becomes the view's current one, so a page linked to the selection follows it.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QAbstractItemView *view, QWidget *parent = nullptr);

    void activate();                        // shows the line, focused, its text selected
    bool find(bool backwards = false);      // the next (previous) match after the current cell
    QLineEdit *field() const { return m_field; }
    QString status() const;                 // "2 of 5", "No match", empty before a search

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every cell of the model in the view's order (rows depth-first, then columns).
    QModelIndexList cells() const;
    bool go(bool backwards, bool includeCurrent);
    void retranslate();

    QAbstractItemView *m_view;
    QLineEdit *m_field;
    QLabel *m_status;
    int m_found = -1; // the current match's number (0-based), -1 for none
    int m_total = 0;
};

} // namespace bd
