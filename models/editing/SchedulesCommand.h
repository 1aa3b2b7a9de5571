#pragma once

#include "document/BudgetDocument.h"
#include "editing/DocumentSession.h"

#include <QPointer>
#include <QUndoCommand>

namespace bd {

// The one undoable step of the editor: the document's schedules before and after a change.
// Storing whole Schedules is cheap (their lists are implicitly shared, so only the parts an
// edit detached are copied) and makes every kind of edit (one cell, a paste of many, adding
// or removing a line) undo exactly: undo puts back the very schedules that were there, and
// the session derives every table again from them.
class SchedulesCommand : public QUndoCommand
{
public:
    SchedulesCommand(DocumentSession *session, Schedules before, Schedules after, const QString &text,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    const Schedules &before() const { return m_before; }
    const Schedules &after() const { return m_after; }

private:
    QPointer<DocumentSession> m_session; // the command never outlives its use, but never dangles either
    Schedules m_before;
    Schedules m_after;
};

} // namespace bd
