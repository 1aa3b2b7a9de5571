#pragma once

#include <QWidget>

class QHBoxLayout;

namespace bd {

class DocumentSession;
class SelectionHub;

// 全部 › 201 一般公共服务支出 › 20103 政府办公厅（室）及相关机构事务: the path to the current
// 功能分类 code, each part a link back up.
class Breadcrumb : public QWidget
{
    Q_OBJECT
public:
    Breadcrumb(DocumentSession *session, SelectionHub *hub, QWidget *parent = nullptr);

    QStringList parts() const; // the shown texts, for tests

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    DocumentSession *m_session;
    SelectionHub *m_hub;
    QHBoxLayout *m_layout;
    QStringList m_parts;
};

} // namespace bd
