#pragma once

#include "document/BudgetDocument.h"

#include <QObject>
#include <QUndoStack>

#include <optional>

namespace bd {

class DocumentSession;

// Every change to a document goes through here: each edit is one QUndoCommand on the undo
// stack (a paste of many cells is one command too), applied to the session's schedules so
// that every derived table, model, chart and check follows at once. A published document is
// read-only; make a draft first (DraftFactory).
//
// Each method validates its input first and changes nothing when it returns false (with a
// message naming the place, translated for the user).
class DocumentEditor : public QObject
{
    Q_OBJECT
public:
    explicit DocumentEditor(DocumentSession *session, QObject *parent = nullptr);

    QUndoStack *undoStack() { return &m_stack; }
    bool isReadOnly() const;    // no document, a published one, or one the store's role refuses
    // Why the store would refuse edits of the open document (DocumentStore::editRefusal: a
    // server role's), in a sentence; empty when it would not. Set on each document reset.
    void setRefusal(const QString &why) { m_refusal = why; }
    QString refusal() const { return m_refusal; }
    bool isDirty() const;       // changed since the last markSaved()
    void markSaved();           // the store holds what the session holds now
    void clearHistory();        // a new document was opened

    // 功能分类: the amount of one functional line (项 × source × phase); a line that does not
    // exist yet is added, a zero amount keeps the line (remove it explicitly).
    bool setFunctionalAmount(const QString &code, FundSource source, Phase phase, Amount amount, QString *error);
    bool addFunctionalLine(const FunctionalLine &line, QString *error);
    bool removeFunctionalLine(const QString &code, FundSource source, Phase phase, QString *error);
    // 经济分类 款: personnel (人员经费) or public (公用经费).
    bool setEconomicAmount(const QString &code, bool personnel, Amount amount, QString *error);
    // Projects.
    bool setProjectAmount(int project, const QString &economicClass, Amount amount, QString *error);
    bool addProject(const ProjectLine &project, QString *error);
    bool removeProject(int project, QString *error);
    // 三公: item "abroad" | "reception" | "vehicle_purchase" | "vehicle_operation"; source one of
    // GeneralBudget, GovFund, StateCapital.
    bool setSanGong(const QString &item, FundSource source, Amount amount, QString *error);
    // Named figures (机关运行经费 "operating_cost", 政府采购 "procurement.goods" …).
    bool setFigure(const QString &key, Amount amount, QString *error);
    // Performance targets: an indicator's 指标值 and 分值权重.
    bool setIndicator(int target, int indicator, const QString &value, std::optional<int> weight, QString *error);

    // Any change as one undoable step (used by paste: all cells validated first, then applied
    // together, or nothing). text is what the undo history shows.
    bool applySchedules(const Schedules &after, const QString &text, QString *error);

    // Several edits as one step (a paste, the figures dialog): the set… and add… methods
    // between beginBatch() and commitBatch() change a pending copy of the schedules, each
    // validated as it comes; commitBatch() applies them as one undoable step, so the tables,
    // views and check follow once. cancelBatch() drops them (nothing changed).
    void beginBatch(const QString &text);
    bool commitBatch(QString *error);
    void cancelBatch();

signals:
    void dirtyChanged(bool dirty);

private:
    bool checkWritable(QString *error) const;
    bool validateChanges(const Schedules &before, const Schedules &after, QString *error) const;
    bool commit(const Schedules &after, const QString &text); // one step; none when nothing changes
    const Schedules &current() const; // the pending batch, or the session's schedules

    DocumentSession *m_session;
    QUndoStack m_stack;
    std::optional<Schedules> m_batch;
    QString m_refusal;
    QString m_batchText;
};

} // namespace bd
