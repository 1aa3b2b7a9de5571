#include "ConsolidateDialog.h"

#include "templates/TemplateDescription.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

ConsolidateDialog::ConsolidateDialog(const QList<DocumentSummary> &candidates, qint64 current, const QString &suggestedTitle,
                                     QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(suggestedTitle, this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Consolidate"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);
    auto *label = new QLabel(tr("&Members (the same template family and year):"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    m_list->setObjectName(QStringLiteral("members"));
    for (const DocumentSummary &d : candidates) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2 %3  (%4)").arg(d.department).arg(d.year).arg(documentKindName(documentKindOf(d.templateId))).arg(d.id),
            m_list);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(d.id == current ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Consolidate"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ConsolidateDialog::updateOk);
    connect(m_list, &QListWidget::itemChanged, this, &ConsolidateDialog::updateOk);
    resize(520, 420);
    updateOk();
}

QString ConsolidateDialog::title() const
{
    return m_title->text().trimmed();
}

QList<qint64> ConsolidateDialog::members() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void ConsolidateDialog::updateOk()
{
    const int chosen = int(members().size());
    m_ok->setEnabled(chosen >= 2 && !title().isEmpty());
    if (m_list->count() < 2)
        m_hint->setText(tr("No other stored document of this template family and year: import the units' or departments' "
                           "documents first."));
    else if (title().isEmpty())
        m_hint->setText(tr("Give the consolidated document a title."));
    else
        m_hint->setText(chosen < 2 ? tr("Tick two or more documents.") : tr("%n document(s) will be summed into a new draft.", nullptr, chosen));
}

} // namespace bd
