#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSplitter;

namespace bd {

class DocumentEditor;
class FindBar;
class FrozenTreeView;
class SelectionHub;

// A page of the workbench: a tree (or flat list) of figures with its name column frozen,
// optionally a chart beside it. When linked to the selection hub, selecting a row sets the
// current 功能分类 code and a code set elsewhere selects the matching rows here.
class ClassificationPage : public QWidget
{
    Q_OBJECT
public:
    enum class Link {
        None,        // not linked (经济分类, 三公, 绩效目标)
        Exact,       // rows whose code equals the current code (功能分类 tree)
        Prefix,      // rows whose code starts with the current code (projects)
    };

    ClassificationPage(QAbstractItemModel *model, int codeRole, Link link, SelectionHub *hub, QWidget *parent = nullptr);

    void setSideWidget(QWidget *widget); // e.g. a chart, to the right of the tree
    // How deep the tree opens when a document is shown: 0 its first level (the default), -1
    // all of it (绩效目标: the indicators are what the page is for).
    void setOpenDepth(int depth);
    // A line under the tree (the unit, what a list adds up to); hidden when empty.
    void setNote(const QString &text);
    QString note() const;
    FrozenTreeView *view() const { return m_view; }
    FindBar *findBar() const { return m_find; }
    QSplitter *splitter() const { return m_splitter; }

    // Spreadsheet habits. The selected cells as tab-separated text (rows in view order),
    // with the column headers first when asked.
    QString selectionAsTsv(bool withHeaders) const;
    // Pastes tab-separated text from the current cell rightwards and downwards: every cell is
    // checked first (editable, an amount), then all are applied through the editor as one
    // undo step; on any refusal nothing changes and *error says which cell and why.
    bool pasteTsv(const QString &tsv, DocumentEditor *editor, QString *error);

signals:
    void editRefused(const QString &message);

private slots:
    // Connected by signature: each model declares its own editRefused(QString).
    void showRefusal(const QString &message);

private:
    void onHubChanged(const QString &code);
    void onCurrentChanged();
    void resizeToContents();

    QAbstractItemModel *m_model;
    int m_codeRole;
    Link m_link;
    SelectionHub *m_hub;
    FrozenTreeView *m_view;
    QSplitter *m_splitter;
    QLabel *m_note;
    FindBar *m_find;
    bool m_syncing = false;
    int m_openDepth = 0;
};

} // namespace bd
