#include "Consolidation.h"

#include "codes/CodeCatalogue.h"
#include "narrative/NarrativeGenerator.h"
#include "templates/TemplateDescription.h"
#include "text/WrappedText.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace bd {

namespace {

// Sums items of the members' lists by key, keeping the order in which keys first appear.
template<typename T, typename Key, typename Add>
QList<T> sumBy(const QList<BudgetDocument> &members, QList<T> Schedules::*list, Key key, Add add)
{
    QList<T> out;
    QHash<decltype(key(std::declval<const T &>())), qsizetype> at;
    for (const BudgetDocument &m : members)
        for (const T &item : m.schedules.*list) {
            const auto k = key(item);
            if (const auto it = at.constFind(k); it != at.cend()) {
                add(out[*it], item);
            } else {
                at.insert(k, out.size());
                out.append(item);
            }
        }
    return out;
}

// Present in the sum only when present in every part.
template<typename T>
void addOptional(std::optional<T> &sum, const std::optional<T> &part)
{
    if (sum && part)
        *sum += *part;
    else
        sum.reset();
}

// A functional line (spent or, in a final account, received) is one code × source × phase.
QString lineKey(const FunctionalLine &l)
{
    return l.code + u'|' + fundSourceKey(l.source) + u'|' + QString::number(int(l.phase));
}

void addLine(FunctionalLine &sum, const FunctionalLine &l)
{
    sum.amount += l.amount;
}

// The heading a standard sentence goes under in a family's 说明: the name of the first section
// the family requires that one of the sentence's headings (NarrativeGenerator writes
// alternatives for other families) stands for, by the family's pattern or as the start of the
// name ("财政拨款收支预算情况" of "财政拨款收支预算情况的总体说明"); else the generator's first.
QString headingIn(const GeneratedSentence &g, const TemplateDescription *tpl)
{
    const QStringList alternatives = g.section.split(QLatin1Char('|'));
    if (tpl)
        for (const QString &heading : alternatives)
            for (const auto &required : tpl->requiredSections)
                if (required.second.match(heading).hasMatch() || required.first.startsWith(heading))
                    return required.first;
    return alternatives.first();
}

// The 说明 of a budget's sum: its standard sentences, written from its figures
// (NarrativeGenerator), under the family's headings, in their order. What only a person can
// write (the department's duties, the reasons of a change, the projects, the glossary) the
// check goes on asking for. A final account's sum has none: the sentences are a budget's.
QList<NarrativeSection> standardNarrative(const BudgetDocument &doc)
{
    QList<NarrativeSection> out;
    if (documentKindOf(doc.templateId) != DocumentKind::Budget)
        return out;
    const auto tpl = TemplateRegistry::instance().find(doc.templateId);
    for (const GeneratedSentence &g : NarrativeGenerator::generate(doc)) {
        const QString heading = headingIn(g, tpl.get());
        auto section = std::find_if(out.begin(), out.end(), [&](const NarrativeSection &n) { return n.heading == heading; });
        if (section == out.end())
            section = out.insert(out.end(), NarrativeSection{QStringLiteral("explanation"), heading, QString(), 0, {}});
        QString text = g.text;
        if (!text.endsWith(QStringLiteral("。")) && !text.endsWith(QStringLiteral("：")))
            text += QStringLiteral("。");
        section->text += (section->text.isEmpty() ? QString() : QStringLiteral("\n")) + text;
    }
    return out;
}

} // namespace

std::optional<BudgetDocument> Consolidation::consolidate(const QString &title, const QList<BudgetDocument> &members,
                                                         QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (title.trimmed().isEmpty())
        return fail(QCoreApplication::translate("bd::Consolidation", "a consolidated document needs a title (the name it is published under)"));
    if (members.size() < 2)
        return fail(QCoreApplication::translate("bd::Consolidation", "consolidation needs at least two documents, not %1").arg(members.size()));
    const auto first = TemplateRegistry::instance().find(members.first().templateId);
    if (!first)
        return fail(QCoreApplication::translate("bd::Consolidation", "\"%1 %2\" is of an unknown template (%3)")
                        .arg(members.first().department).arg(members.first().year).arg(members.first().templateId));
    QSet<qint64> ids;
    QSet<QString> departments;
    for (const BudgetDocument &m : members) {
        const QString name = QStringLiteral("\"%1 %2\"").arg(m.department).arg(m.year);
        const auto tpl = TemplateRegistry::instance().find(m.templateId);
        if (!tpl || tpl->family != first->family)
            return fail(QCoreApplication::translate("bd::Consolidation", "%1 is of another template family (%2, not %3): only documents printed alike add up")
                            .arg(name, tpl ? tpl->family : m.templateId, first->family));
        if (m.year != members.first().year)
            return fail(QCoreApplication::translate("bd::Consolidation", "%1 is of another year than \"%2 %3\"").arg(name, members.first().department).arg(members.first().year));
        if ((m.id && ids.contains(m.id)) || departments.contains(departmentKey(m.department)))
            return fail(QCoreApplication::translate("bd::Consolidation", "%1 is chosen twice").arg(name));
        ids.insert(m.id);
        departments.insert(departmentKey(m.department));
    }

    BudgetDocument doc;
    doc.department = title.trimmed();
    doc.year = members.first().year;
    doc.templateId = first->family; // the family's own template: the department's
    doc.status = DocumentStatus::Draft;
    doc.title = members.first().title;
    Schedules &s = doc.schedules;

    s.functional = sumBy(members, &Schedules::functional, lineKey, addLine);
    s.receipts = sumBy(members, &Schedules::receipts, lineKey, addLine);
    s.balances = sumBy(members, &Schedules::balances,
                       [](const BalanceLine &l) { return l.kind + u'|' + l.code + u'|' + fundSourceKey(l.source); },
                       [](BalanceLine &sum, const BalanceLine &l) { sum.amount += l.amount; });
    s.economic = sumBy(members, &Schedules::economic, [](const EconomicLine &l) { return l.code; },
                       [](EconomicLine &sum, const EconomicLine &l) {
                           sum.personnel += l.personnel;
                           sum.publicUse += l.publicUse;
                       });
    s.carryOver = sumBy(members, &Schedules::carryOver, [](const CarryOverLine &l) { return l.code; },
                        [](CarryOverLine &sum, const CarryOverLine &l) {
                            sum.fiscalPersonnel += l.fiscalPersonnel;
                            sum.fiscalPublic += l.fiscalPublic;
                            sum.fiscalProject += l.fiscalProject;
                            sum.nonFiscalPersonnel += l.nonFiscalPersonnel;
                            sum.nonFiscalPublic += l.nonFiscalPublic;
                            sum.nonFiscalProject += l.nonFiscalProject;
                        });
    // 三公 and the figures: what one member does not state, the sum does not state either
    // (last year's 三公, a quantity in another unit); an item one member lacks counts as zero.
    s.sanGong = sumBy(members, &Schedules::sanGong, [](const SanGongLine &l) { return l.key; },
                      [](SanGongLine &sum, const SanGongLine &l) {
                          sum.generalBudget += l.generalBudget;
                          sum.govFund += l.govFund;
                          sum.stateCapital += l.stateCapital;
                          addOptional(sum.prior, l.prior);
                          addOptional(sum.budgeted, l.budgeted);
                      });
    for (SanGongLine &l : s.sanGong) {
        int stating = 0;
        for (const BudgetDocument &m : members)
            stating += m.schedules.sanGongLine(l.key) != nullptr;
        if (stating != members.size())
            l.prior.reset(), l.budgeted.reset();
    }
    s.figures = sumBy(members, &Schedules::figures, [](const Figure &f) { return f.key; },
                      [](Figure &sum, const Figure &f) {
                          addOptional(sum.amount, f.amount);
                          if (sum.quantity && f.quantity && sum.quantityUnit == f.quantityUnit)
                              *sum.quantity += *f.quantity;
                          else
                              sum.quantity.reset();
                      });
    for (Figure &f : s.figures)
        f.sourceLine = 0;
    // Last year's figures only where every member states them: a partial sum would be wrong.
    s.prior = sumBy(members, &Schedules::prior, [](const PriorFigure &p) { return p.key; },
                    [](PriorFigure &sum, const PriorFigure &p) { sum.amount += p.amount; });
    s.prior.removeIf([&members](const PriorFigure &p) {
        for (const BudgetDocument &m : members)
            if (!m.schedules.priorOf(p.key))
                return true;
        return false;
    });
    for (PriorFigure &p : s.prior) {
        p.evidence = QStringLiteral("汇总");
        p.sourceLine = 0;
    }
    s.execution = sumBy(members, &Schedules::execution, [](const ExecutionLine &l) { return l.key; },
                        [](ExecutionLine &sum, const ExecutionLine &l) {
                            addOptional(sum.budgeted, l.budgeted);
                            addOptional(sum.adjusted, l.adjusted);
                            sum.actual += l.actual;
                        });
    for (ExecutionLine &l : s.execution) {
        // A rate and a reason are one member's words; the sum's are computed or written anew.
        l.statedRate.reset();
        l.rateBase.clear();
        l.reason.clear();
        l.evidence.clear();
        l.sourceLine = 0;
    }
    for (const BudgetDocument &m : members) {
        for (auto it = m.schedules.unitFundsDetail.cbegin(); it != m.schedules.unitFundsDetail.cend(); ++it)
            s.unitFundsDetail[it.key()] += it.value();
        for (ProjectLine p : m.schedules.projects) {
            p.owner = mendName(m.department); // as a unit's row reads back (DisclosureTable::unitOfRows)
            s.projects.append(p);
        }
        // Projects' targets go with their projects; a member's 整体 target is its own. Their
        // lines are the member's document's, none of the sum's.
        for (PerformanceTarget t : m.schedules.targets) {
            if (t.kind == QLatin1String("overall"))
                continue;
            t.sourceLine = 0;
            for (Indicator &i : t.indicators)
                i.sourceLine = 0;
            s.targets.append(t);
        }
    }
    s.staffing = members.first().schedules.staffing;
    for (qsizetype i = 1; i < members.size(); ++i) {
        const Staffing &o = members[i].schedules.staffing;
        addOptional(s.staffing.quota, o.quota);
        addOptional(s.staffing.actual, o.actual);
        addOptional(s.staffing.inService, o.inService);
        addOptional(s.staffing.retired, o.retired);
        addOptional(s.staffing.retiredCadre, o.retiredCadre);
    }
    s.narrative = standardNarrative(doc);
    return doc;
}

QList<Consolidation::ShareRow> Consolidation::composition(const QList<BudgetDocument> &members)
{
    QMap<QString, ShareRow> rows; // by code: 类 before its 款 before its 项
    for (qsizetype i = 0; i < members.size(); ++i)
        for (const FunctionalLine &l : members[i].schedules.functional)
            for (QString code = l.code; !code.isEmpty(); code = CodeCatalogue::parentOf(code)) {
                ShareRow &r = rows[code];
                if (r.code.isEmpty()) {
                    r.code = code;
                    r.byMember = QList<Amount>(members.size());
                    r.name = code == l.code ? l.name
                                            : CodeCatalogue::forYear(members[i].year).name(Classification::Functional, code);
                }
                r.total += l.amount;
                r.byMember[i] += l.amount;
            }
    return rows.values();
}

} // namespace bd
