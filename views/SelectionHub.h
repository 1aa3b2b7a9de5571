#pragma once

#include <QObject>
#include <QString>

namespace bd {

// The one current 功能分类 code that every page follows: selecting 201 in the tree selects it
// in the tables and drills the charts into it; clicking a chart slice sets it here. Pages set
// it and listen to it; the hub ignores a set to the code it already has, so pages that
// answer a change by setting the same code again do not loop.
class SelectionHub : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    QString functionalCode() const { return m_code; }

public slots:
    void setFunctionalCode(const QString &code);
    void clear() { setFunctionalCode(QString()); }

signals:
    void functionalCodeChanged(const QString &code);

private:
    QString m_code;
};

} // namespace bd
