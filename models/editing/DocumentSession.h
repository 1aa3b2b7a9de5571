#pragma once

#include "document/BudgetDocument.h"
#include "document/Finding.h"
#include "templates/TemplateDescription.h"

#include <QObject>

#include <memory>

namespace bd {

// The open document as the views share it: the document, its template, and the tables
// derived from its schedules (recomputed once per change, then read by every model, chart
// and export). Item models and charts listen to its signals instead of holding copies.
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);

    // Opens a document; false (and nothing changes) when its template is unknown.
    bool setDocument(const BudgetDocument &doc, QString *error);
    void clear();
    bool hasDocument() const { return m_doc.has_value(); }

    const BudgetDocument &document() const { return *m_doc; }
    const Schedules &schedules() const { return m_doc->schedules; }
    const TemplateDescription &templ() const { return *m_templ; }
    // The unit the document mostly speaks in (the template's), for views and charts.
    Unit unit() const { return m_templ ? m_templ->unit : Unit::WanYuan; }

    const QList<DisclosureTable> &derivedTables() const { return m_derived; }
    const DisclosureTable *derivedTable(int number) const;
    // Every published cell that differs from the derivation (empty for a draft).
    const ImportReport &differences() const { return m_differences; }

    // Replaces the schedules (an edit); derived tables follow and documentChanged is emitted.
    void setSchedules(const Schedules &schedules);
    // The store has saved the document under this id and time (a new draft gets its id).
    void markStored(qint64 id, const QDateTime &modified);

signals:
    void documentReset();   // another document (or none)
    void documentChanged(); // the same document's figures changed

private:
    void derive();

    std::optional<BudgetDocument> m_doc;
    std::shared_ptr<const TemplateDescription> m_templ;
    QList<DisclosureTable> m_derived;
    ImportReport m_differences;
};

} // namespace bd
