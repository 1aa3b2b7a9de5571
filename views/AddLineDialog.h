#pragma once

#include "document/BudgetDocument.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace bd {

// Asks for a new functional line: the 项 code (7 digits), its name, the funding source,
// 基本/项目 and the amount in the document's unit. The editor checks it when it is added.
class AddLineDialog : public QDialog
{
    Q_OBJECT
public:
    AddLineDialog(Unit unit, const QString &suggestedCode, QWidget *parent = nullptr);
    // The line as entered; nullopt and a message when the amount cannot be read.
    std::optional<FunctionalLine> line(QString *error) const;

private:
    Unit m_unit;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_source;
    QComboBox *m_phase;
    QLineEdit *m_amount;
};

} // namespace bd
