#pragma once

#include <QStyledItemDelegate>

namespace bd {

// Edits an amount cell as users type amounts (1,234.56; full-width digits; the document's
// unit): a right-aligned line edit holding the plain figure. The model parses and validates;
// what it refuses it announces (editRefused), and the page shows the message at the cell.
class AmountDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace bd
