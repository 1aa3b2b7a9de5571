#include "AddLineDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

namespace bd {

AddLineDialog::AddLineDialog(Unit unit, const QString &suggestedCode, QWidget *parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_unit(unit)
    , m_code(new QLineEdit(suggestedCode, this))
    , m_name(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_amount(new QLineEdit(this))
{
    setWindowTitle(tr("Add Functional Line"));
    auto *form = new QFormLayout(this);
    m_code->setInputMask(QStringLiteral("9999999"));
    m_name->setPlaceholderText(tr("Only needed for a code the catalogue does not know"));
    for (int i = 0; i < FundSourceCount; ++i)
        m_source->addItem(fundSourceName(FundSource(i)), i);
    m_phase->addItem(tr("Basic expenditure"), int(Phase::Basic));
    m_phase->addItem(tr("Project expenditure"), int(Phase::Project));
    m_amount->setAlignment(Qt::AlignRight);
    form->addRow(tr("Item code (项):"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Funding source:"), m_source);
    form->addRow(tr("Basic / project:"), m_phase);
    form->addRow(tr("Amount (%1):").arg(unitSuffix(unit)), m_amount);
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xB0, 0x1C, 0x1C));
    m_error->setPalette(red);
    m_error->hide();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString AddLineDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddLineDialog::accept()
{
    QString error;
    const auto entered = line(&error);
    if (entered && (!m_adder || m_adder(*entered, &error))) {
        m_error->hide();
        QDialog::accept();
        return;
    }
    m_error->setText(error);
    m_error->show();
}

std::optional<FunctionalLine> AddLineDialog::line(QString *error) const
{
    const AmountParse a = parseAmount(m_amount->text(), m_unit);
    if (a.isInvalid()) {
        *error = tr("\"%1\" is not an amount in %2.").arg(m_amount->text(), unitSuffix(m_unit));
        return std::nullopt;
    }
    return FunctionalLine{m_code->text().trimmed(), m_name->text().trimmed(), FundSource(m_source->currentData().toInt()),
                          Phase(m_phase->currentData().toInt()), a.ok() ? a.amount : Amount()};
}

} // namespace bd
