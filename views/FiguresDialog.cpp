#include "FiguresDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace bd {

QStringList FiguresDialog::keys()
{
    return {QStringLiteral("operating_cost"), QStringLiteral("procurement.total"), QStringLiteral("procurement.goods"),
            QStringLiteral("procurement.works"), QStringLiteral("procurement.services")};
}

FiguresDialog::FiguresDialog(const QMap<QString, std::optional<Amount>> &figures, Unit unit, QWidget *parent)
    : QDialog(parent)
    , m_figures(figures)
    , m_unit(unit)
{
    setWindowTitle(tr("Figures Outside the Tables"));
    auto *form = new QFormLayout(this);
    const QStringList labels{tr("Operating costs (机关运行经费):"), tr("Government procurement, total:"),
                             tr("  of which goods:"), tr("  of which works:"), tr("  of which services:")};
    const QStringList k = keys();
    for (int i = 0; i < k.size(); ++i) {
        auto *edit = new QLineEdit(this);
        edit->setAlignment(Qt::AlignRight);
        if (const auto a = figures.value(k[i]))
            edit->setText(a->format(unit));
        m_edits.insert(k[i], edit);
        form->addRow(labels[i] + QStringLiteral(" (%1)").arg(unitSuffix(unit)), edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

std::optional<QMap<QString, Amount>> FiguresDialog::changes(QString *error) const
{
    QMap<QString, Amount> out;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString text = it.value()->text();
        const AmountParse a = parseAmount(text, m_unit);
        if (a.isInvalid()) {
            *error = tr("\"%1\" is not an amount in %2.").arg(text, unitSuffix(m_unit));
            return std::nullopt;
        }
        const std::optional<Amount> before = m_figures.value(it.key());
        if (a.ok() && (!before || *before != a.amount))
            out.insert(it.key(), a.amount);
    }
    return out;
}

} // namespace bd
