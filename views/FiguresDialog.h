#pragma once

#include "money/Amount.h"

#include <QDialog>
#include <QMap>

class QLineEdit;

namespace bd {

// The figures stated outside the tables that a draft keeps up to date: 机关运行经费 and
// 政府采购 (货物, 工程, 服务 and the total). Shows the current figures; returns the changed ones.
class FiguresDialog : public QDialog
{
    Q_OBJECT
public:
    FiguresDialog(const QMap<QString, std::optional<Amount>> &figures, Unit unit, QWidget *parent = nullptr);
    // key → new amount for every field that changed; nullopt and a message on a bad field.
    std::optional<QMap<QString, Amount>> changes(QString *error) const;

    static QStringList keys(); // the figure keys the dialog edits, in order

private:
    QMap<QString, std::optional<Amount>> m_figures;
    Unit m_unit;
    QMap<QString, QLineEdit *> m_edits;
};

} // namespace bd
