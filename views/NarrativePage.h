#pragma once

#include "narrative/NarrativeComparison.h"

#include <QList>
#include <QWidget>

class QTabWidget;
class QTextBrowser;

namespace bd {

class DocumentSession;

// The document's words: 部门概况, the 说明 sections, project explanations and 名词解释, as
// published, with the staffing numbers the importer read from them; and beside them the
// standard 说明 sentences generated from the figures, each next to its published paragraph
// with the numbers that differ highlighted. Both follow every edit of the figures.
class NarrativePage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { PublishedTab = 0, ComparisonTab = 1 };

    explicit NarrativePage(DocumentSession *session, QWidget *parent = nullptr);
    QString plainText() const;           // the published text
    QString comparisonPlainText() const; // the generated-vs-published view
    QString comparisonHtml() const;
    const QList<ComparedSentence> &comparison() const { return m_comparison; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildPublished();
    void rebuildComparison();
    DocumentSession *m_session;
    QTabWidget *m_tabs;
    QTextBrowser *m_text;
    QTextBrowser *m_compare;
    QList<ComparedSentence> m_comparison;
    QString m_comparisonHtml;
};

} // namespace bd
