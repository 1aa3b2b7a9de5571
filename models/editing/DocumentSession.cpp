#include "DocumentSession.h"

#include "import/ImportReport.h"
#include "tables/TableDeriver.h"

namespace bd {

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
{
}

bool DocumentSession::setDocument(const BudgetDocument &doc, QString *error)
{
    const auto templ = TemplateRegistry::instance().find(doc.templateId);
    if (!templ) {
        if (error)
            *error = tr("The document uses the template \"%1\", which this version does not know.").arg(doc.templateId);
        return false;
    }
    m_doc = doc;
    m_templ = templ;
    derive();
    emit documentReset();
    return true;
}

void DocumentSession::clear()
{
    m_doc.reset();
    m_templ.reset();
    m_derived.clear();
    m_differences = {};
    emit documentReset();
}

const DisclosureTable *DocumentSession::derivedTable(int number) const
{
    for (const DisclosureTable &t : m_derived)
        if (t.number == number)
            return &t;
    return nullptr;
}

void DocumentSession::setSchedules(const Schedules &schedules)
{
    if (!m_doc)
        return;
    m_doc->schedules = schedules;
    derive();
    emit documentChanged();
}

void DocumentSession::markStored(qint64 id, const QDateTime &modified)
{
    if (!m_doc)
        return;
    m_doc->id = id;
    m_doc->modified = modified;
}

void DocumentSession::derive()
{
    const TableDeriver deriver(*m_templ, *m_doc);
    m_derived = deriver.deriveAll();
    m_differences = {};
    m_differences.findings = compareDocument(*m_doc, *m_templ, [this](int n) -> std::optional<DisclosureTable> {
        const DisclosureTable *d = derivedTable(n);
        return d ? std::optional<DisclosureTable>(*d) : std::nullopt;
    });
}

} // namespace bd
