#pragma once

#include "document/DisclosureTable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace bd {

// One disclosure table as a Qt table model: the published table when there is one (an
// imported document), else the derived table (a draft). Every amount cell is compared with
// its counterpart on the other side, so a view can mark the cells where the published
// figure differs from the derivation. Views read the custom roles, never the display text.
class DisclosureTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        AmountFenRole = Qt::UserRole + 1, // qint64 分 of the shown cell; invalid when empty
        PublishedFenRole,   // qint64 分 of the published cell; invalid when none
        DerivedFenRole,     // qint64 分 of the derived cell; invalid when none
        DifferenceFenRole,  // qint64 published − derived (a missing side counts as 0);
                            // invalid without a published table or when both sides are empty
        DiffersRole,        // bool
        CodeRole,           // QString: the row key of the cell's side (rightKey for side 1)
        LevelRole,          // int: 0 total, 1 类, 2 款, 3 项, 4 project
        IsAmountColumnRole, // bool
        SourceLineRole,     // int: 1-based line of the shown cell (else its row); 0 if derived
        HeaderRowsRole,     // horizontal header: QList<QStringList>, the published header rows
    };
    Q_ENUM(Role)

    explicit DisclosureTableModel(QObject *parent = nullptr);

    // published may be null: a draft has derived tables only. Both are copied.
    void setTables(const DisclosureTable *published, const DisclosureTable &derived);
    void clear();

    // Show the derived table instead of the published one (differences are still marked
    // against the published table). Without a published table the derived one is shown anyway.
    void setShowDerived(bool showDerived);
    bool showDerived() const { return m_showDerived; }

    bool hasPublished() const { return m_published.has_value(); }
    bool isShowingDerived() const { return m_showDerived || !m_published; }
    const DisclosureTable &shownTable() const;
    QString columnKey(int column) const;

    // Number of amount cells where published and derived differ, counted once per cell over
    // both tables: cells shown plus derived cells without a published counterpart (and vice
    // versa), so the count does not change with setShowDerived. 0 without a published table.
    int differenceCount() const { return m_differenceCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // The comparison of one shown cell with its counterpart, computed once per reset.
    struct CellState
    {
        std::optional<Amount> published;
        std::optional<Amount> derived;
        bool differs = false;
    };

    void rebuild();
    const TableCell *shownCell(int row, int column) const;
    QString toolTip(const CellState &state) const;

    std::optional<DisclosureTable> m_published;
    DisclosureTable m_derived;
    bool m_showDerived = false;
    QList<QList<CellState>> m_cells; // [row][column] of the shown table
    int m_differenceCount = 0;
};

} // namespace bd
