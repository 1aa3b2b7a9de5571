#pragma once

#include "editing/DocumentSession.h"
#include "editing/DocumentEditor.h"
#include "editing/RecoveryStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace bd {

// Writes the open document's recovery record a few seconds after a change, while it has
// unsaved edits, and removes the record once it is saved (DocumentEditor::markSaved) or the
// edits are undone back to the saved state. Writes are throttled, not debounced: a record is
// written at most `delay` after the first unsaved change, even while the user keeps typing.
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    AutoSaver(DocumentSession *session, DocumentEditor *editor, const RecoveryStore &store, QObject *parent = nullptr);
    AutoSaver(DocumentSession *session, DocumentEditor *editor, QObject *parent = nullptr);

    static constexpr int kDefaultDelayMs = 5000;
    int delay() const { return m_timer.interval(); }
    void setDelay(int milliseconds);

    const RecoveryStore &store() const { return m_store; }
    QString lastWrittenPath() const { return m_lastPath; }
    bool isPending() const { return m_timer.isActive(); } // a write is scheduled

    // Writes now when there are unsaved edits (e.g. before a risky operation or on quit
    // without saving, when the user wants the edits kept).
    void flush();

    // A record of an earlier run that the user restored into the session: it is this
    // document's record from now on (rewritten on the next change, removed once saved).
    void adopt(const QString &path) { m_lastPath = path; }

signals:
    void recordWritten(const QString &path);
    void recordRemoved(const QString &path);
    void writeFailed(const QString &message);

private:
    void onChanged();
    void onDirtyChanged(bool dirty);
    void removeRecord();

    QPointer<DocumentSession> m_session;
    QPointer<DocumentEditor> m_editor;
    RecoveryStore m_store;
    QTimer m_timer;
    QString m_lastPath;
};

} // namespace bd
