#include "SchedulesCommand.h"

#include "editing/DocumentSession.h"

namespace bd {

SchedulesCommand::SchedulesCommand(DocumentSession *session, Schedules before, Schedules after, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SchedulesCommand::undo()
{
    if (m_session && m_session->hasDocument())
        m_session->setSchedules(m_before);
}

void SchedulesCommand::redo()
{
    if (m_session && m_session->hasDocument())
        m_session->setSchedules(m_after);
}

} // namespace bd
