#pragma once

#include "document/BudgetDocument.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bd {

// Asks for a new functional line: the 项 code (7 digits), its name, the funding source,
// 基本/项目 and the amount in the document's unit. OK adds it through the adder; what the
// adder or the amount refuses is said in the dialog, which stays open with what was typed.
class AddLineDialog : public QDialog
{
    Q_OBJECT
public:
    using Adder = std::function<bool(const FunctionalLine &line, QString *error)>;
    AddLineDialog(Unit unit, const QString &suggestedCode, QWidget *parent = nullptr);
    void setAdder(Adder adder) { m_adder = std::move(adder); }
    // The line as entered; nullopt and a message when the amount cannot be read.
    std::optional<FunctionalLine> line(QString *error) const;
    QString errorText() const; // what was refused, empty when nothing was

    void accept() override;

private:
    Adder m_adder;
    QLabel *m_error;
    Unit m_unit;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_source;
    QComboBox *m_phase;
    QLineEdit *m_amount;
};

} // namespace bd
