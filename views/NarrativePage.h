#pragma once

#include <QWidget>

class QTextBrowser;

namespace bd {

class DocumentSession;

// The document's words: 部门概况, the 说明 sections, project explanations and 名词解释, as
// published, with the staffing numbers the importer read from them.
class NarrativePage : public QWidget
{
    Q_OBJECT
public:
    explicit NarrativePage(DocumentSession *session, QWidget *parent = nullptr);
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    DocumentSession *m_session;
    QTextBrowser *m_text;
};

} // namespace bd
