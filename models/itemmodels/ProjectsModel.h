#pragma once

#include "itemmodels/BudgetRoles.h"
#include "money/Amount.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

namespace bd {

class DocumentEditor;
class DocumentSession;

// The projects of the open document (schedules.projects), one row each: 项目名称, 功能分类
// ("2010399 其他…支出"), 资金来源, 合计, then one column per 经济分类 类 that any project
// uses, headed by the class's catalogue name; last, where the projects are listed by unit
// (a department with units of its own, a consolidation), the unit (单位, key "unit"). CodeRole is the project's 功能分类 code on every
// column, so a selection by 功能分类 finds its projects (rowsForCode).
//
// 合计 is the exact sum of the project's classes; where the document stated another total
// (a published row rounded on its own: 30.00 for 29.83 + 0.18) PublishedFenRole carries it.
class ProjectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ProjectsModel(DocumentSession *session = nullptr, QObject *parent = nullptr);

    void setSession(DocumentSession *session);
    DocumentSession *session() const { return m_session; }

    // Rows whose 功能分类 code starts with prefix ("201", "20103", "2010399"; "" = all rows).
    QList<int> rowsForCode(const QString &prefix) const;
    // "name", "functional", "source", "total", "econ:302", …; -1 when not shown.
    int columnForKey(const QString &key) const;
    QString columnKey(int column) const;

    enum FixedColumn { NameColumn, FunctionalColumn, SourceColumn, TotalColumn, FirstClassColumn };
    int unitColumn() const; // -1 when the projects are not listed by unit

    // What the list adds up to, for the line under it: the projects listed and their total, the
    // document's 项目支出 (its functional lines' project spending), and of that what comes from
    // the sources the projects are listed under. A list of the 财政拨款 projects alone (50.01 of
    // 125.00 万元) is then not taken for all of the 项目支出. Empty without a document.
    QString summary() const;

    // Drafts: the amount of a project in one 经济分类 类 is edited in place (undoable).
    void setEditor(DocumentEditor *editor);
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString name;
        QString functionalCode;
        QString functionalLabel;
        QString sourceName;
        QString unit;
        QList<std::optional<Amount>> values;    // per column; nullopt = empty
        QList<std::optional<Amount>> published; // per column; nullopt = none
        bool operator==(const Row &) const = default;
    };

    struct Table
    {
        QStringList classes;     // 经济分类 类 codes of the class columns, in code order
        QStringList classNames;  // their headers
        bool byUnit = false;     // a unit column after the classes
        QList<Row> rows;
        int columnCount() const { return FirstClassColumn + int(classes.size()) + (byUnit ? 1 : 0); }
    };

    void reset();
    void update();
    Table build() const;

    QPointer<DocumentSession> m_session;
    QPointer<DocumentEditor> m_editor;
    Table m_table;

signals:
    // An edit was refused (the message names the place); nothing changed.
    void editRefused(const QString &message);
};

} // namespace bd
