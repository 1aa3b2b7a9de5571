#pragma once

#include <QByteArray>
#include <QHash>
#include <QtGlobal>

namespace bd {

// Custom roles shared by the schedule models (FunctionalTreeModel, EconomicTreeModel,
// ProjectsModel, SanGongModel, PerformanceTargetModel). Views, charts and exports read these,
// never the display text. They start at Qt::UserRole + 100 so that they cannot be mistaken
// for DisclosureTableModel's own roles (Qt::UserRole + 1 …).
//
// Row roles (CodeRole, LevelRole, PriorFenRole, ChangeFenRole, ChangePercentRole) answer the
// same on every column of a row; cell roles (AmountFenRole, PublishedFenRole,
// DifferenceFenRole) belong to the cell.
enum BudgetRole {
    CodeRole = Qt::UserRole + 100, // QString: the row's code ("2010301") or stable key ("abroad")
    LevelRole,          // int: 0 total, 1 类, 2 款, 3 项 (targets: 0 target … 3 indicator)
    AmountFenRole,      // qint64 分 of the cell; invalid when the cell is not an amount or empty
    PriorFenRole,       // qint64 分: the row's last-year figure; invalid when unknown
    ChangeFenRole,      // qint64 分: this year − last year; invalid when last year is unknown
    ChangePercentRole,  // qint64 hundredths of a percent (bd::percentHundredths of the change
                        // against last year); invalid when last year is unknown or zero
    PublishedFenRole,   // qint64 分 of the published counterpart of the cell; invalid when
                        // the document has no published cell for it (a draft, a new row)
    DifferenceFenRole,  // qint64 分: published − shown; invalid when PublishedFenRole is
    ColumnKeyRole,      // headerData, horizontal: QString, the column's stable key
    WeightRole,         // int: 分值权重 of an indicator; on group rows the sum below
};

// Role names for QML and debugging (roleNames() of the models adds these to Qt's).
inline QHash<int, QByteArray> budgetRoleNames()
{
    return {
        {CodeRole, "code"},
        {LevelRole, "level"},
        {AmountFenRole, "amountFen"},
        {PriorFenRole, "priorFen"},
        {ChangeFenRole, "changeFen"},
        {ChangePercentRole, "changePercent"},
        {PublishedFenRole, "publishedFen"},
        {DifferenceFenRole, "differenceFen"},
        {ColumnKeyRole, "columnKey"},
        {WeightRole, "weight"},
    };
}

} // namespace bd
