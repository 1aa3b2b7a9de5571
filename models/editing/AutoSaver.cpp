#include "AutoSaver.h"

namespace bd {

AutoSaver::AutoSaver(DocumentSession *session, DocumentEditor *editor, QObject *parent)
    : AutoSaver(session, editor, RecoveryStore(), parent)
{
}

AutoSaver::AutoSaver(DocumentSession *session, DocumentEditor *editor, const RecoveryStore &store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_editor(editor)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::flush);
    // indexChanged comes after the stack moved (push, undo, redo), when isDirty() is current;
    // the session's documentChanged comes from inside the command, before that.
    connect(editor->undoStack(), &QUndoStack::indexChanged, this, &AutoSaver::onChanged);
    connect(editor, &DocumentEditor::dirtyChanged, this, &AutoSaver::onDirtyChanged);
}

void AutoSaver::setDelay(int milliseconds)
{
    m_timer.setInterval(qMax(0, milliseconds));
}

void AutoSaver::onChanged()
{
    if (m_editor && m_editor->isDirty() && !m_timer.isActive())
        m_timer.start();
}

void AutoSaver::onDirtyChanged(bool dirty)
{
    if (dirty) {
        onChanged();
        return;
    }
    // Saved (or undone back to what is saved): nothing left to recover.
    m_timer.stop();
    removeRecord();
}

void AutoSaver::flush()
{
    m_timer.stop();
    if (!m_session || !m_editor || !m_session->hasDocument() || !m_editor->isDirty())
        return;
    const BudgetDocument &doc = m_session->document();
    const QString path = m_store.pathFor(doc);
    QString error;
    if (!m_store.write(doc, &error)) {
        emit writeFailed(error);
        return;
    }
    // The document got another record name (its first save gave it an id): one record only.
    if (!m_lastPath.isEmpty() && m_lastPath != path)
        m_store.discardFile(m_lastPath);
    m_lastPath = path;
    emit recordWritten(path);
}

void AutoSaver::removeRecord()
{
    if (m_lastPath.isEmpty())
        return;
    const QString path = m_lastPath;
    m_store.discardFile(path);
    m_lastPath.clear();
    emit recordRemoved(path);
}

} // namespace bd
