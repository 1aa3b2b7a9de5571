#include "FindingsModel.h"

#include "editing/DocumentSession.h"
#include "validation/Validator.h"

#include <QBrush>
#include <QFont>

namespace bd {

namespace {
int levelOf(quintptr id) { return int(id >> 48); }
int groupOf(quintptr id) { return int((id >> 32) & 0xFFFF); }
int placeOf(quintptr id) { return int((id >> 16) & 0xFFFF); }
} // namespace

FindingsModel::FindingsModel(DocumentSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    // An edit is shown at once; the check follows when the edits pause (a burst of typing or
    // undoing is checked once), so the frame after an edit never waits for it.
    m_pending.setSingleShot(true);
    connect(&m_pending, &QTimer::timeout, this, &FindingsModel::recheck);
    // Another document: what was found in the last one goes at once, and the check of this one
    // follows once the window has shown it.
    connect(session, &DocumentSession::documentReset, this, [this] {
        m_pending.start(RecheckDelayMs);
        beginResetModel();
        m_findings.clear();
        m_groups.clear();
        endResetModel();
    });
    connect(session, &DocumentSession::documentChanged, this, [this] { m_pending.start(RecheckDelayMs); });
    recheck();
}

QString FindingsModel::placeLabel(const Finding &f) const
{
    switch (f.place()) {
    case Finding::Place::Narrative:
        return tr("Narrative");
    case Finding::Place::Targets:
        return tr("Performance targets");
    case Finding::Place::Table:
        if (m_session && m_session->hasDocument())
            if (const DisclosureTable *t = m_session->derivedTable(f.table))
                return tr("Table %1 %2").arg(f.table).arg(t->title);
        return tr("Table %1").arg(f.table);
    case Finding::Place::Document:
        break;
    }
    return tr("Document");
}

void FindingsModel::setExternalFindings(const QList<Finding> &findings)
{
    if (findings == m_external)
        return;
    m_external = findings;
    if (!m_pending.isActive())
        m_pending.start(RecheckDelayMs);
}

bool FindingsModel::isPending() const
{
    return m_pending.isActive();
}

void FindingsModel::flush()
{
    if (m_pending.isActive())
        recheck();
}

void FindingsModel::recheck()
{
    m_pending.stop();
    beginResetModel();
    m_findings.clear();
    m_groups.clear();
    if (m_session && m_session->hasDocument()) {
        // The rules, and the published cells that differ from the derivation where no rule
        // already says so better.
        m_findings = Validator::check(m_session->document(), m_session->templ()).findings + m_external;
        for (const Finding &f : m_session->differences().findings)
            if (!Validator::supersedes(f.rule))
                m_findings.append(f);
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Notice}) {
            Group g{s, {}};
            for (int i = 0; i < m_findings.size(); ++i) {
                if (m_findings[i].severity != s)
                    continue;
                const QString label = placeLabel(m_findings[i]);
                auto it = std::find_if(g.places.begin(), g.places.end(), [&](const Place &p) { return p.label == label; });
                if (it == g.places.end())
                    g.places.append(Place{label, {i}});
                else
                    it->findings.append(i);
            }
            if (!g.places.isEmpty())
                m_groups.append(g);
        }
    }
    endResetModel();
    emit checked();
}

int FindingsModel::count(Severity s) const
{
    int n = 0;
    for (const Finding &f : m_findings)
        n += f.severity == s;
    return n;
}

const Finding *FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || levelOf(index.internalId()) != 2)
        return nullptr;
    const Place &p = m_groups[groupOf(index.internalId())].places[placeOf(index.internalId())];
    return &m_findings[p.findings[index.row()]];
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, pack(0, row, 0, 0));
    const quintptr id = parent.internalId();
    if (levelOf(id) == 0)
        return createIndex(row, column, pack(1, groupOf(id), row, 0));
    return createIndex(row, column, pack(2, groupOf(id), placeOf(id), 0));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    switch (levelOf(id)) {
    case 1: return createIndex(groupOf(id), 0, pack(0, groupOf(id), 0, 0));
    case 2: return createIndex(placeOf(id), 0, pack(1, groupOf(id), placeOf(id), 0));
    default: return {};
    }
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    switch (levelOf(id)) {
    case 0: return int(m_groups[parent.row()].places.size());
    case 1: return int(m_groups[groupOf(id)].places[parent.row()].findings.size());
    default: return 0;
    }
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

static QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error: return FindingsModel::tr("Errors");
    case Severity::Warning: return FindingsModel::tr("Warnings");
    case Severity::Notice: return FindingsModel::tr("Notices (rounding)");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quintptr id = index.internalId();
    const int level = levelOf(id);
    if (level == 0) {
        const Group &g = m_groups[index.row()];
        if (role == Qt::DisplayRole && index.column() == MessageColumn)
            return QStringLiteral("%1 (%2)").arg(severityText(g.severity)).arg(count(g.severity));
        if (role == SeverityRole)
            return int(g.severity);
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == FindingIndexRole)
            return -1;
        return {};
    }
    if (level == 1) {
        const Place &p = m_groups[groupOf(id)].places[index.row()];
        if (role == Qt::DisplayRole && index.column() == MessageColumn)
            return QStringLiteral("%1 (%2)").arg(p.label).arg(p.findings.size());
        if (role == FindingIndexRole)
            return -1;
        if (role == SeverityRole)
            return int(m_groups[groupOf(id)].severity);
        return {};
    }
    const int i = m_groups[groupOf(id)].places[placeOf(id)].findings[index.row()];
    const Finding &f = m_findings[i];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MessageColumn)
            return f.message;
        if (index.column() == RuleColumn)
            return f.rule;
        return f.line ? QVariant(f.line) : QVariant();
    case Qt::ToolTipRole:
        return f.message;
    case Qt::ForegroundRole:
        return f.severity == Severity::Error ? QBrush(QColor(0xB0, 0x20, 0x20)) : QVariant();
    case FindingIndexRole:
        return i;
    case SeverityRole:
        return int(f.severity);
    case TableRole:
        return f.table;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case MessageColumn: return tr("Finding");
    case RuleColumn: return tr("Rule");
    case LineColumn: return tr("Line");
    }
    return {};
}

} // namespace bd
