#pragma once

#include "charts/ChartData.h"

#include <QWidget>


class QGridLayout;

namespace bd {

class DocumentSession;

// The handful of figures a reviewer looks at first: total budget, 基本/项目, 财政拨款,
// "三公" and 机关运行经费, each with last year's change where the document states it.
class KeyFigures : public QWidget
{
    Q_OBJECT
public:
    explicit KeyFigures(DocumentSession *session, QWidget *parent = nullptr);

    // What is shown (the numbers come from ChartData::keyFigures), for tests.
    QList<KeyFigure> figures() const;
    static QString label(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    DocumentSession *m_session;
    QGridLayout *m_grid;
};

} // namespace bd
