#pragma once

#include "itemmodels/BudgetRoles.h"
#include "itemmodels/SessionModel.h"
#include "money/Amount.h"

#include <QString>

#include <array>
#include <optional>

namespace bd {

// The "三公" expenses of the open document as a small fixed tree:
//
//   合计                          (key "total", level 0)
//   因公出国（境）费               ("abroad", 1)
//   公务接待费                     ("reception", 1)
//   公务用车购置及运行费           ("vehicle", 1)
//       公务用车购置费             ("vehicle_purchase", 2)
//       公务用车运行费             ("vehicle_operation", 2)
//
// Columns: 项目, 本年, 上年, 增减, 增减%. This year is SanGongLine::total() (every fiscal
// source); the vehicle row and the total are the sums of their items. Last year comes from
// SanGongLine::prior; a sum has one only when every item in it has one (otherwise the
// document's own stated figure, "sangong.total" / "sangong.vehicle", if any). Unknown last
// year: the 上年, 增减 and 增减% cells are empty. Without a document there are no rows.
//
// A final account (决算) shows its 决算数 against its 预算数 (SanGongLine::budgeted) in
// those columns instead, headed 决算 / 预算 / 差额 / 差额%.
//
// Editing (drafts, see SessionModel::setEditor): this year of the four items, not of a sum.
class SanGongModel : public SessionModel
{
    Q_OBJECT

public:
    explicit SanGongModel(DocumentSession *session = nullptr, QObject *parent = nullptr);

    enum Column { NameColumn, CurrentColumn, PriorColumn, ChangeColumn, ChangePercentColumn, ColumnCount };

    // Column 0 of the row of a key ("total", "abroad", …, "vehicle_operation").
    QModelIndex indexForKey(const QString &key) const;
    QString keyAt(const QModelIndex &index) const;
    // "name", "current", "prior", "change", "change_percent"; -1 for an unknown key.
    int columnForKey(const QString &key) const;
    QString columnKey(int column) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // In pre-order of the rows above, so that an item is its node id in rowsFor()'s tree.
    enum Item { Total, Abroad, Reception, Vehicle, VehiclePurchase, VehicleOperation, ItemCount };

    struct Figures
    {
        Amount current;
        std::optional<Amount> prior;
        std::optional<Amount> change;
        std::optional<qint64> changePercent;
        std::optional<Amount> published; // this year as published; nullopt = none
        bool operator==(const Figures &) const = default;
    };

    void rebuild() override;
    void update() override;
    const NodeTree &nodeTree() const override { return m_rows; }
    bool isEditableCell(const QModelIndex &index) const override;
    bool edit(const QModelIndex &index, const QVariant &value, QString *error) override;
    static NodeTree rowsFor(const DocumentSession *session);
    std::array<Figures, ItemCount> build() const;
    QString label(int item) const;
    bool isFinal() const; // a final account: 上年 is its 预算数

    NodeTree m_rows; // the fixed rows, or none without a document
    std::array<Figures, ItemCount> m_figures;
};

} // namespace bd
