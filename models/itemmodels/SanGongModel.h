#pragma once

#include "itemmodels/BudgetRoles.h"
#include "money/Amount.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>
#include <QString>

#include <array>
#include <optional>

namespace bd {

class DocumentEditor;
class DocumentSession;

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
// year: the 上年, 增减 and 增减% cells are empty.
class SanGongModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit SanGongModel(DocumentSession *session = nullptr, QObject *parent = nullptr);

    void setSession(DocumentSession *session);
    DocumentSession *session() const { return m_session; }

    enum Column { NameColumn, CurrentColumn, PriorColumn, ChangeColumn, ChangePercentColumn, ColumnCount };

    // Column 0 of the row of a key ("total", "abroad", …, "vehicle_operation").
    QModelIndex indexForKey(const QString &key) const;
    QString keyAt(const QModelIndex &index) const;
    // "name", "current", "prior", "change", "change_percent"; -1 for an unknown key.
    int columnForKey(const QString &key) const;
    QString columnKey(int column) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Editing (drafts) goes through the editor's undo stack; read-only without one.
    void setEditor(DocumentEditor *editor);
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
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

    void reset();
    void update();
    std::array<Figures, ItemCount> build() const;
    static int parentItem(int item);
    static int rowOf(int item);
    QString label(int item) const;

    QPointer<DocumentSession> m_session;
    QPointer<DocumentEditor> m_editor;
    bool m_hasDocument = false;
    std::array<Figures, ItemCount> m_figures;

signals:
    // An edit was refused (the message names the place); nothing changed.
    void editRefused(const QString &message);
};

} // namespace bd
