#include "DocumentEditor.h"

#include "codes/CodeCatalogue.h"
#include "editing/DocumentSession.h"
#include "editing/SchedulesCommand.h"
#include "templates/TemplateDescription.h"

#include <QCoreApplication>

#include <algorithm>

namespace bd {

namespace {

// 10^16 分 = 100 万亿元: far above any department's budget, and small enough that sums of
// thousands of such figures cannot overflow a qint64.
constexpr qint64 kMaxFen = 10'000'000'000'000'000LL;

const QStringList &sanGongItems()
{
    static const QStringList items{QStringLiteral("abroad"), QStringLiteral("reception"),
                                   QStringLiteral("vehicle_purchase"), QStringLiteral("vehicle_operation")};
    return items;
}

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
        // Messages may start with a place ("functional classification …"): a sentence still
        // starts with a capital.
        if (!error->isEmpty() && error->at(0).isLower())
            (*error)[0] = error->at(0).toUpper();
    }
    return false;
}

QString phaseName(Phase p)
{
    switch (p) {
    case Phase::Basic: return QCoreApplication::translate("bd::DocumentEditor", "basic expenditure");
    case Phase::Project: return QCoreApplication::translate("bd::DocumentEditor", "project expenditure");
    case Phase::BasicPersonnel: return QCoreApplication::translate("bd::DocumentEditor", "personnel expenses");
    case Phase::BasicPublic: return QCoreApplication::translate("bd::DocumentEditor", "public expenses");
    case Phase::RemitSuperior: return QCoreApplication::translate("bd::DocumentEditor", "remittance to the superior");
    case Phase::Operating: return QCoreApplication::translate("bd::DocumentEditor", "operating expenditure");
    case Phase::SubsidyAffiliated: return QCoreApplication::translate("bd::DocumentEditor", "subsidies to affiliated units");
    }
    return {};
}

QString sanGongName(const QString &item)
{
    if (item == QLatin1String("abroad"))
        return QCoreApplication::translate("bd::DocumentEditor", "overseas trips");
    if (item == QLatin1String("reception"))
        return QCoreApplication::translate("bd::DocumentEditor", "official reception");
    if (item == QLatin1String("vehicle_purchase"))
        return QCoreApplication::translate("bd::DocumentEditor", "vehicle purchase");
    if (item == QLatin1String("vehicle_operation"))
        return QCoreApplication::translate("bd::DocumentEditor", "vehicle operation");
    return item;
}

// The places, as the user sees them in messages.
QString functionalPlace(const QString &code, const QString &name, FundSource source, Phase phase)
{
    const QString head = name.isEmpty() ? code : code + u' ' + name;
    return QCoreApplication::translate("bd::DocumentEditor", "functional classification %1 (%2, %3)")
        .arg(head, fundSourceName(source), phaseName(phase));
}

QString economicPlace(const QString &code, const QString &name, bool personnel)
{
    const QString head = name.isEmpty() ? code : code + u' ' + name;
    return QCoreApplication::translate("bd::DocumentEditor", "economic classification %1 (%2)")
        .arg(head, phaseName(personnel ? Phase::BasicPersonnel : Phase::BasicPublic));
}

QString projectPlace(int index, const QString &name)
{
    return QCoreApplication::translate("bd::DocumentEditor", "project %1 \"%2\"").arg(index + 1).arg(name);
}

// Refuses negative and absurdly large amounts, naming the place.
bool checkAmount(Amount a, Unit unit, const QString &place, QString *error)
{
    if (a.fen() < 0)
        return fail(error, QCoreApplication::translate("bd::DocumentEditor", "%1: an amount cannot be negative (%2 %3).")
                               .arg(place, a.format(unit), unitSuffix(unit)));
    if (a.fen() > kMaxFen)
        return fail(error, QCoreApplication::translate("bd::DocumentEditor", "%1: the amount %2 %3 is too large.")
                               .arg(place, a.format(unit), unitSuffix(unit)));
    return true;
}

bool checkOptAmount(const std::optional<Amount> &a, Unit unit, const QString &place, QString *error)
{
    return !a || checkAmount(*a, unit, place, error);
}

bool isFunctionalItem(const QString &code)
{
    return CodeCatalogue::isWellFormed(Classification::Functional, code)
           && CodeCatalogue::levelOf(Classification::Functional, code) == 3;
}

bool isEconomicLevel(const QString &code, int level)
{
    return CodeCatalogue::isWellFormed(Classification::Economic, code)
           && CodeCatalogue::levelOf(Classification::Economic, code) == level;
}

// Where a new line with this code goes: after the last line with the same code, otherwise
// before the first line with a greater code (lines are kept in code order), otherwise last.
template<typename Line>
qsizetype insertPosition(const QList<Line> &lines, const QString &code)
{
    qsizetype lastSame = -1;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines.at(i).code == code)
            lastSame = i;
    if (lastSame >= 0)
        return lastSame + 1;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines.at(i).code > code)
            return i;
    return lines.size();
}

qsizetype findFunctional(const Schedules &s, const QString &code, FundSource source, Phase phase)
{
    for (qsizetype i = 0; i < s.functional.size(); ++i) {
        const FunctionalLine &l = s.functional.at(i);
        if (l.code == code && l.source == source && l.phase == phase)
            return i;
    }
    return -1;
}

template<typename T>
bool containsEqual(const QList<T> &list, const T &item)
{
    return std::find(list.cbegin(), list.cend(), item) != list.cend();
}

} // namespace

DocumentEditor::DocumentEditor(DocumentSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit dirtyChanged(!clean); });
    // The history belongs to one document: undoing an edit of the previous document into
    // another one would write its schedules over the new document's.
    connect(m_session, &DocumentSession::documentReset, this, &DocumentEditor::clearHistory);
}

bool DocumentEditor::isReadOnly() const
{
    return !m_session->hasDocument() || m_session->document().status == DocumentStatus::Published || !m_refusal.isEmpty();
}

bool DocumentEditor::isDirty() const
{
    return !m_stack.isClean();
}

void DocumentEditor::markSaved()
{
    m_stack.setClean();
}

void DocumentEditor::clearHistory()
{
    m_stack.clear(); // clean again: emits cleanChanged(true) when it was dirty
}

bool DocumentEditor::checkWritable(QString *error) const
{
    if (!m_session->hasDocument())
        return fail(error, tr("No document is open."));
    const BudgetDocument &doc = m_session->document();
    if (doc.status == DocumentStatus::Published)
        return fail(error, tr("%1 %2 is published and cannot be edited; make a draft of it first.")
                               .arg(doc.department)
                               .arg(doc.year));
    if (!m_refusal.isEmpty())
        return fail(error, m_refusal);
    return true;
}

const Schedules &DocumentEditor::current() const
{
    return m_batch ? *m_batch : m_session->schedules();
}

void DocumentEditor::beginBatch(const QString &text)
{
    m_batch = m_session->schedules();
    m_batchText = text;
}

bool DocumentEditor::commitBatch(QString *error)
{
    if (!m_batch)
        return true;
    const Schedules after = std::move(*m_batch);
    m_batch.reset();
    return applySchedules(after, m_batchText, error);
}

void DocumentEditor::cancelBatch()
{
    m_batch.reset();
}

bool DocumentEditor::commit(const Schedules &after, const QString &text)
{
    if (m_batch) { // gathered; commitBatch() makes the one step
        *m_batch = after;
        return true;
    }
    const Schedules &before = m_session->schedules();
    if (after == before)
        return true; // nothing changes: no step in the history either
    m_stack.push(new SchedulesCommand(m_session, before, after, text)); // push() applies it
    return true;
}

// ---- 功能分类 ----

bool DocumentEditor::setFunctionalAmount(const QString &code, FundSource source, Phase phase, Amount amount, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (!isFunctionalItem(code))
        return fail(error, tr("\"%1\" is not a functional classification item code (项, 7 digits).").arg(code));
    Schedules s = current();
    const qsizetype i = findFunctional(s, code, source, phase);
    QString name = i >= 0 ? s.functional.at(i).name : QString();
    if (name.isEmpty()) {
        for (const FunctionalLine &l : s.functional)
            if (l.code == code && !l.name.isEmpty())
                name = l.name;
    }
    if (name.isEmpty())
        name = CodeCatalogue::forYear(m_session->document().year).name(Classification::Functional, code);
    const QString place = functionalPlace(code, name, source, phase);
    if (!checkAmount(amount, m_session->unit(), place, error))
        return false;
    if (i >= 0) {
        s.functional[i].amount = amount;
    } else {
        if (name.isEmpty())
            return fail(error, tr("%1: the code is not in the %2 catalogue; add the line with its name instead.")
                                   .arg(place)
                                   .arg(m_session->document().year));
        FunctionalLine l;
        l.code = code;
        l.name = name;
        l.source = source;
        l.phase = phase;
        l.amount = amount;
        s.functional.insert(insertPosition(s.functional, code), l);
    }
    return commit(s, tr("Edit %1").arg(place));
}

bool DocumentEditor::addFunctionalLine(const FunctionalLine &line, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (!isFunctionalItem(line.code))
        return fail(error, tr("\"%1\" is not a functional classification item code (项, 7 digits).").arg(line.code));
    FunctionalLine l = line;
    l.name = l.name.trimmed();
    if (l.name.isEmpty())
        l.name = CodeCatalogue::forYear(m_session->document().year).name(Classification::Functional, l.code);
    const QString place = functionalPlace(l.code, l.name, l.source, l.phase);
    if (l.name.isEmpty())
        return fail(error, tr("%1: the line needs a name (the code is not in the %2 catalogue).")
                               .arg(place)
                               .arg(m_session->document().year));
    if (!checkAmount(l.amount, m_session->unit(), place, error))
        return false;
    Schedules s = current();
    if (findFunctional(s, l.code, l.source, l.phase) >= 0)
        return fail(error, tr("%1 already exists; change its amount instead.").arg(place));
    s.functional.insert(insertPosition(s.functional, l.code), l);
    // A 项 new this year had nothing last year: where the document knows last year's 项, the
    // new one counts as 新增 from zero, and its 类 keeps its 上年预算数 and change.
    const QString priorKey = QStringLiteral("functional.") + l.code;
    const bool priorsKnown = std::any_of(s.prior.cbegin(), s.prior.cend(),
                                         [](const PriorFigure &p) { return p.key.startsWith(QLatin1String("functional.")); });
    if (priorsKnown && !s.priorOf(priorKey))
        s.prior.append(PriorFigure{priorKey, Amount(), tr("new this year"), 0});
    return commit(s, tr("Add %1").arg(place));
}

bool DocumentEditor::removeFunctionalLine(const QString &code, FundSource source, Phase phase, QString *error)
{
    if (!checkWritable(error))
        return false;
    Schedules s = current();
    const qsizetype i = findFunctional(s, code, source, phase);
    if (i < 0)
        return fail(error, tr("%1 does not exist.").arg(functionalPlace(code, QString(), source, phase)));
    const QString place = functionalPlace(code, s.functional.at(i).name, source, phase);
    s.functional.removeAt(i);
    return commit(s, tr("Remove %1").arg(place));
}

// ---- 经济分类 ----

bool DocumentEditor::setEconomicAmount(const QString &code, bool personnel, Amount amount, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (!isEconomicLevel(code, 2))
        return fail(error, tr("\"%1\" is not an economic classification code (款, 5 digits).").arg(code));
    Schedules s = current();
    qsizetype i = -1;
    for (qsizetype k = 0; k < s.economic.size() && i < 0; ++k)
        if (s.economic.at(k).code == code)
            i = k;
    const QString name = i >= 0 ? s.economic.at(i).name
                                : CodeCatalogue::forYear(m_session->document().year).name(Classification::Economic, code);
    const QString place = economicPlace(code, name, personnel);
    if (!checkAmount(amount, m_session->unit(), place, error))
        return false;
    if (i < 0) {
        if (name.isEmpty())
            return fail(error, tr("%1: the code is not in the %2 catalogue.").arg(place).arg(m_session->document().year));
        EconomicLine l;
        l.code = code;
        l.name = name;
        i = insertPosition(s.economic, code);
        s.economic.insert(i, l);
    }
    (personnel ? s.economic[i].personnel : s.economic[i].publicUse) = amount;
    return commit(s, tr("Edit %1").arg(place));
}

// ---- Projects ----

bool DocumentEditor::setProjectAmount(int project, const QString &economicClass, Amount amount, QString *error)
{
    if (!checkWritable(error))
        return false;
    Schedules s = current();
    if (project < 0 || project >= s.projects.size())
        return fail(error, tr("There is no project %1 (the document has %2).").arg(project + 1).arg(s.projects.size()));
    ProjectLine &p = s.projects[project];
    const QString place = tr("%1, economic class %2").arg(projectPlace(project, p.name), economicClass);
    if (!isEconomicLevel(economicClass, 1))
        return fail(error, tr("%1: \"%2\" is not an economic classification class code (类, 3 digits).")
                               .arg(projectPlace(project, p.name), economicClass));
    if (!p.byEconomicClass.contains(economicClass)
        && !CodeCatalogue::forYear(m_session->document().year).contains(Classification::Economic, economicClass))
        return fail(error, tr("%1: the code is not in the %2 catalogue.").arg(place).arg(m_session->document().year));
    if (!checkAmount(amount, m_session->unit(), place, error))
        return false;
    if (!p.byEconomicClass.contains(economicClass) && amount.isZero())
        return true; // a zero where there was nothing: no change
    p.byEconomicClass.insert(economicClass, amount);
    // A total stated apart from the amounts (as published) no longer describes them.
    p.statedTotal.reset();
    return commit(s, tr("Edit %1").arg(place));
}

bool DocumentEditor::addProject(const ProjectLine &project, QString *error)
{
    if (!checkWritable(error))
        return false;
    Schedules s = current();
    ProjectLine p = project;
    p.name = p.name.trimmed();
    const QString place = projectPlace(int(s.projects.size()), p.name);
    if (p.name.isEmpty())
        return fail(error, tr("A new project needs a name."));
    for (const ProjectLine &other : s.projects)
        if (other.name == p.name)
            return fail(error, tr("%1: a project of that name already exists.").arg(place));
    if (!isFunctionalItem(p.functionalCode))
        return fail(error, tr("%1: \"%2\" is not a functional classification item code (项, 7 digits).")
                               .arg(place, p.functionalCode));
    if (p.functionalName.isEmpty())
        p.functionalName = CodeCatalogue::forYear(m_session->document().year).name(Classification::Functional, p.functionalCode);
    for (auto it = p.byEconomicClass.cbegin(); it != p.byEconomicClass.cend(); ++it) {
        if (!isEconomicLevel(it.key(), 1))
            return fail(error, tr("%1: \"%2\" is not an economic classification class code (类, 3 digits).")
                                   .arg(place, it.key()));
        if (!checkAmount(it.value(), m_session->unit(), tr("%1, economic class %2").arg(place, it.key()), error))
            return false;
    }
    if (!checkOptAmount(p.statedTotal, m_session->unit(), place, error))
        return false;
    s.projects.append(p);
    return commit(s, tr("Add %1").arg(place));
}

bool DocumentEditor::removeProject(int project, QString *error)
{
    if (!checkWritable(error))
        return false;
    Schedules s = current();
    if (project < 0 || project >= s.projects.size())
        return fail(error, tr("There is no project %1 (the document has %2).").arg(project + 1).arg(s.projects.size()));
    const QString place = projectPlace(project, s.projects.at(project).name);
    s.projects.removeAt(project);
    return commit(s, tr("Remove %1").arg(place));
}

// ---- 三公 ----

bool DocumentEditor::setSanGong(const QString &item, FundSource source, Amount amount, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (!sanGongItems().contains(item))
        return fail(error, tr("\"%1\" is not a \"three public expenses\" item (abroad, reception, vehicle_purchase, "
                              "vehicle_operation).")
                               .arg(item));
    if (source != FundSource::GeneralBudget && source != FundSource::GovFund && source != FundSource::StateCapital)
        return fail(error, tr("\"Three public expenses\" are funded by the general budget, government funds or state "
                              "capital, not by %1.")
                               .arg(fundSourceName(source)));
    const QString place = tr("three public expenses: %1 (%2)").arg(sanGongName(item), fundSourceName(source));
    if (!checkAmount(amount, m_session->unit(), place, error))
        return false;
    Schedules s = current();
    qsizetype i = -1;
    for (qsizetype k = 0; k < s.sanGong.size() && i < 0; ++k)
        if (s.sanGong.at(k).key == item)
            i = k;
    if (i < 0) {
        if (amount.isZero())
            return true;
        // Keep the items in their printed order.
        const qsizetype order = sanGongItems().indexOf(item);
        i = 0;
        while (i < s.sanGong.size() && sanGongItems().indexOf(s.sanGong.at(i).key) < order)
            ++i;
        SanGongLine l;
        l.key = item;
        s.sanGong.insert(i, l);
    }
    SanGongLine &l = s.sanGong[i];
    (source == FundSource::GeneralBudget ? l.generalBudget : source == FundSource::GovFund ? l.govFund : l.stateCapital) =
        amount;
    return commit(s, tr("Edit %1").arg(place));
}

// ---- Figures ----

bool DocumentEditor::setFigure(const QString &key, Amount amount, QString *error)
{
    if (!checkWritable(error))
        return false;
    Schedules s = current();
    qsizetype i = -1;
    for (qsizetype k = 0; k < s.figures.size() && i < 0; ++k)
        if (s.figures.at(k).key == key)
            i = k;
    QString label = i >= 0 ? s.figures.at(i).label : QString();
    if (i < 0) {
        // A figure the document does not state yet: only one its template knows.
        for (const PatternSpec &spec : m_session->templ().figures)
            if (spec.key == key)
                label = spec.label;
        if (label.isEmpty())
            return fail(error, tr("\"%1\" is not a figure of this document or of its template.").arg(key));
    }
    const QString place = label.isEmpty() ? key : label;
    if (!checkAmount(amount, m_session->unit(), place, error))
        return false;
    if (i < 0) {
        Figure f;
        f.key = key;
        f.label = label;
        s.figures.append(f);
        i = s.figures.size() - 1;
    }
    s.figures[i].amount = amount;
    return commit(s, tr("Edit %1").arg(place));
}

// ---- Performance targets ----

bool DocumentEditor::setIndicator(int target, int indicator, const QString &value, std::optional<int> weight, QString *error)
{
    if (!checkWritable(error))
        return false;
    Schedules s = current();
    if (target < 0 || target >= s.targets.size())
        return fail(error, tr("There is no performance target table %1 (the document has %2).")
                               .arg(target + 1)
                               .arg(s.targets.size()));
    PerformanceTarget &t = s.targets[target];
    if (indicator < 0 || indicator >= t.indicators.size())
        return fail(error, tr("Performance targets of \"%1\": there is no indicator %2 (the table has %3).")
                               .arg(t.name)
                               .arg(indicator + 1)
                               .arg(t.indicators.size()));
    Indicator &ind = t.indicators[indicator];
    const QString place = tr("performance targets of \"%1\", indicator \"%2\"")
                              .arg(t.name, ind.level3.isEmpty() ? QString::number(indicator + 1) : ind.level3);
    if (weight && (*weight < 0 || *weight > 100))
        return fail(error, tr("%1: a weight must be between 0 and 100, not %2.").arg(place).arg(*weight));
    ind.value = value.trimmed();
    ind.weight = weight;
    return commit(s, tr("Edit %1").arg(place));
}

// ---- Any change ----

bool DocumentEditor::validateChanges(const Schedules &before, const Schedules &after, QString *error) const
{
    // Only what the change brings in is checked: an imported document may carry lines as
    // printed (unknown codes and all) and must stay editable around them.
    const Unit unit = m_session->unit();
    for (const FunctionalLine &l : after.functional) {
        if (containsEqual(before.functional, l))
            continue;
        const QString place = functionalPlace(l.code, l.name, l.source, l.phase);
        if (!isFunctionalItem(l.code))
            return fail(error, tr("%1: \"%2\" is not a functional classification item code (项, 7 digits).").arg(place, l.code));
        if (!checkAmount(l.amount, unit, place, error))
            return false;
    }
    for (auto it = after.unitFundsDetail.cbegin(); it != after.unitFundsDetail.cend(); ++it)
        if (before.unitFundsDetail.value(it.key(), Amount::fromFen(-1)) != it.value()
            && !checkAmount(it.value(), unit, fundSourceName(it.key()), error))
            return false;
    for (const EconomicLine &l : after.economic) {
        if (containsEqual(before.economic, l))
            continue;
        if (!isEconomicLevel(l.code, 2))
            return fail(error, tr("\"%1\" is not an economic classification code (款, 5 digits).").arg(l.code));
        if (!checkAmount(l.personnel, unit, economicPlace(l.code, l.name, true), error)
            || !checkAmount(l.publicUse, unit, economicPlace(l.code, l.name, false), error))
            return false;
    }
    for (int i = 0; i < after.projects.size(); ++i) {
        const ProjectLine &p = after.projects.at(i);
        if (containsEqual(before.projects, p))
            continue;
        const QString place = projectPlace(i, p.name);
        if (p.name.trimmed().isEmpty())
            return fail(error, tr("%1: a project needs a name.").arg(place));
        if (!isFunctionalItem(p.functionalCode))
            return fail(error, tr("%1: \"%2\" is not a functional classification item code (项, 7 digits).")
                                   .arg(place, p.functionalCode));
        for (auto it = p.byEconomicClass.cbegin(); it != p.byEconomicClass.cend(); ++it) {
            if (!isEconomicLevel(it.key(), 1))
                return fail(error, tr("%1: \"%2\" is not an economic classification class code (类, 3 digits).")
                                       .arg(place, it.key()));
            if (!checkAmount(it.value(), unit, tr("%1, economic class %2").arg(place, it.key()), error))
                return false;
        }
        if (!checkOptAmount(p.statedTotal, unit, place, error))
            return false;
    }
    for (const SanGongLine &l : after.sanGong) {
        if (containsEqual(before.sanGong, l))
            continue;
        if (!sanGongItems().contains(l.key))
            return fail(error, tr("\"%1\" is not a \"three public expenses\" item (abroad, reception, vehicle_purchase, "
                                  "vehicle_operation).")
                                   .arg(l.key));
        const QString place = tr("three public expenses: %1").arg(sanGongName(l.key));
        if (!checkAmount(l.generalBudget, unit, place, error) || !checkAmount(l.govFund, unit, place, error)
            || !checkAmount(l.stateCapital, unit, place, error) || !checkOptAmount(l.prior, unit, place, error))
            return false;
    }
    for (const CarryOverLine &l : after.carryOver) {
        if (containsEqual(before.carryOver, l))
            continue;
        const QString place = tr("carry-over %1 %2").arg(l.code, l.name);
        for (Amount a : {l.fiscalPersonnel, l.fiscalPublic, l.fiscalProject, l.nonFiscalPersonnel, l.nonFiscalPublic,
                         l.nonFiscalProject})
            if (!checkAmount(a, unit, place, error))
                return false;
    }
    for (const Figure &f : after.figures) {
        if (containsEqual(before.figures, f))
            continue;
        if (f.key.isEmpty())
            return fail(error, tr("A figure \"%1\" has no key.").arg(f.label));
        if (!checkOptAmount(f.amount, unit, f.label.isEmpty() ? f.key : f.label, error))
            return false;
    }
    for (const PerformanceTarget &t : after.targets) {
        if (containsEqual(before.targets, t))
            continue;
        for (const Indicator &ind : t.indicators)
            if (ind.weight && (*ind.weight < 0 || *ind.weight > 100))
                return fail(error, tr("%1: a weight must be between 0 and 100, not %2.")
                                       .arg(tr("performance targets of \"%1\", indicator \"%2\"").arg(t.name, ind.level3))
                                       .arg(*ind.weight));
        const QString place = tr("performance targets of \"%1\"").arg(t.name);
        for (const auto *a : {&t.total, &t.fiscalSuperior, &t.fiscal, &t.other})
            if (!checkOptAmount(*a, unit, place, error))
                return false;
    }
    return true;
}

bool DocumentEditor::applySchedules(const Schedules &after, const QString &text, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (!validateChanges(current(), after, error))
        return false;
    return commit(after, text.isEmpty() ? tr("Edit") : text);
}

} // namespace bd
