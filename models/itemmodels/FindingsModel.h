#pragma once

#include "document/Finding.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QTimer>

namespace bd {

class DocumentSession;

// What the disclosure check finds in the open document, grouped by severity and then by
// place (a table, the narrative, the performance targets), rechecked after every change of
// the document once the edits pause (RecheckDelayMs). Leaves carry the finding; FindingRole
// gives it to the view that jumps to it.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { MessageColumn, RuleColumn, LineColumn, ColumnCount };
    enum Role {
        FindingIndexRole = Qt::UserRole + 300, // int index into findings(); -1 on groups
        SeverityRole,                          // int (bd::Severity)
        TableRole,                             // int table number, 0 when none
    };

    // How long after the last edit (or opening a document) the check runs.
    static constexpr int RecheckDelayMs = 120;

    explicit FindingsModel(DocumentSession *session, QObject *parent = nullptr);

    // An edit was made and its check has not run yet; flush() runs it now (before reading
    // findings() for something the user asked, such as an export's warning).
    bool isPending() const;
    void flush();

    const QList<Finding> &findings() const { return m_findings; }
    // Findings about the document that the document alone does not give (a final account against
    // the stored budget of its year), shown with the check's own; cleared with setSession-time
    // resets by whoever sets them.
    void setExternalFindings(const QList<Finding> &findings);
    int count(Severity s) const;
    const Finding *findingAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void recheck();

signals:
    void checked(); // counts changed

private:
    // Three levels: severity group → place → finding. An index's internal id packs its level
    // and its path (group, place, row), so parent() needs no lookup tables.
    static quintptr pack(int level, int group, int place, int row)
    {
        return (quintptr(level) << 48) | (quintptr(group) << 32) | (quintptr(place) << 16) | quintptr(row);
    }
    struct Place
    {
        QString label;
        QList<int> findings; // indexes into m_findings
    };
    struct Group
    {
        Severity severity;
        QList<Place> places;
    };
    QString placeLabel(const Finding &f) const;

    QPointer<DocumentSession> m_session;
    QList<Finding> m_findings;
    QList<Finding> m_external;
    QList<Group> m_groups; // errors, warnings, notices (only those with findings)
    QTimer m_pending;      // runs recheck() once edits pause
};

} // namespace bd
