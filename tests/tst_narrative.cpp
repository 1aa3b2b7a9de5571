// The generated narrative (models/narrative, views/NarrativePage): the standard 说明 sentences
// written from the schedules reproduce the Kizilsu sample's shares and changes, the comparison
// with the published paragraphs marks exactly the 0.01 rounding differences, an edit of the
// figures changes the sentences and shows up as a difference, Putuo's figures in 元 come out in
// 万元, and the 说明 page shows the published text and the comparison side by side.

#include "editing/DocumentSession.h"
#include "import/DisclosureImporter.h"
#include "narrative/NarrativeComparison.h"
#include "narrative/NarrativeGenerator.h"
#include "narrative/SentenceReader.h"
#include "NarrativePage.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace bd;

namespace {

// 0.01 万元 steps → Amount: wan(44993) is 449.93 万元.
Amount wan(qint64 hundredths)
{
    return Amount::fromFen(hundredths * 10000);
}

const GeneratedSentence *sentence(const QList<GeneratedSentence> &list, const QString &key)
{
    for (const GeneratedSentence &s : list)
        if (s.key == key)
            return &s;
    return nullptr;
}

const ComparedSentence *compared(const QList<ComparedSentence> &list, const QString &key)
{
    for (const ComparedSentence &c : list)
        if (c.generated.key == key)
            return &c;
    return nullptr;
}

// Every number only on one side has a partner of the same kind on the other side within 0.01
// of the display unit (0.01 万元 or 0.01 percentage point): a rounding difference, nothing else.
bool onlyRoundingDifferences(const ComparedSentence &c, QString *why)
{
    auto tokens = [](const QString &text, const QStringList &only) {
        QList<NumberToken> out;
        for (const NumberToken &t : NarrativeComparison::numbers(text))
            if (only.contains(t.text))
                out.append(t);
        return out;
    };
    const QList<NumberToken> gen = tokens(c.generated.text, c.onlyGenerated);
    const QList<NumberToken> pub = tokens(c.published, c.onlyPublished);
    if (c.onlyGenerated.size() != c.onlyPublished.size()) {
        *why = QStringLiteral("%1: %2 vs %3").arg(c.generated.key, c.onlyGenerated.join(u' '), c.onlyPublished.join(u' '));
        return false;
    }
    for (const NumberToken &g : gen) {
        bool partner = false;
        for (const NumberToken &p : pub) {
            const qint64 step = g.percent ? 1 : 10000;
            partner = partner || (g.percent == p.percent && g.valid && p.valid && qAbs(g.value - p.value) == step);
        }
        if (!partner) {
            *why = QStringLiteral("%1: %2 has no published number 0.01 away").arg(c.generated.key, g.text);
            return false;
        }
    }
    return true;
}

} // namespace

class TestNarrative : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void clauses();
    void numberTokens();
    void sentenceReader();
    void sentenceReaderClassPaths();
    void kizilsuShares();
    void kizilsuRoundingDifferencesOnly();
    void kizilsuItemChanges();
    void kizilsuOtherSections();
    void kizilsuAllSentencesFound();
    void editChangesShareAndIsFlagged();
    void putuoInWanYuan();
    void pageShowsBothViews();
    void pageFollowsEdits();
    void pageWithoutDocument();

private:
    BudgetDocument m_kizilsu;
    BudgetDocument m_putuo;
    Schedules editedSchedules() const;
};

void TestNarrative::initTestCase()
{
    const ImportResult k = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt"));
    QVERIFY2(k.ok(), qPrintable(k.error.message));
    m_kizilsu = *k.document;
    const ImportResult p = DisclosureImporter().importFile(QStringLiteral(BD_SAMPLES_DIR "/putuo-commerce-2025.txt"));
    QVERIFY2(p.ok(), qPrintable(p.error.message));
    m_putuo = *p.document;
}

// 2010350 事业运行, 一般公共预算 基本支出: 36.24 → 46.24 万元.
Schedules TestNarrative::editedSchedules() const
{
    Schedules s = m_kizilsu.schedules;
    int edited = 0;
    for (FunctionalLine &l : s.functional) {
        if (l.code == QLatin1String("2010350") && l.source == FundSource::GeneralBudget && isBasic(l.phase)) {
            if (l.amount != wan(3624))
                qWarning() << "unexpected amount" << l.amount.format(Unit::WanYuan);
            l.amount = wan(4624);
            ++edited;
        }
    }
    if (edited != 1)
        qWarning() << "edited" << edited << "lines";
    return s;
}

void TestNarrative::clauses()
{
    QCOMPARE(NarrativeGenerator::wan(wan(44993)), QStringLiteral("449.93"));
    QCOMPARE(NarrativeGenerator::changeClause(wan(44993), wan(44777)), QStringLiteral("比上年预算增加 2.16 万元，增长 0.48%"));
    QCOMPARE(NarrativeGenerator::changeClause(wan(23857), wan(27577)), QStringLiteral("比上年预算减少 37.20 万元，下降 13.49%"));
    QCOMPARE(NarrativeGenerator::changeClause(wan(100), wan(100)), QStringLiteral("与上年预算持平"));
    QCOMPARE(NarrativeGenerator::changeClause(wan(1524), Amount()), QStringLiteral("比上年预算增加 15.24 万元，增长 100.00%"));
    QCOMPARE(NarrativeGenerator::changeClause(wan(490), wan(50), false), QStringLiteral("增加 4.40 万元，增长 880.00%"));
    QCOMPARE(NarrativeGenerator::shareClause(wan(44993), wan(52493)), QStringLiteral("，占 85.71%"));
    QCOMPARE(NarrativeGenerator::shareClause(wan(1), Amount()), QString());
}

void TestNarrative::numberTokens()
{
    const QList<NumberToken> t = NarrativeComparison::numbers(
        QStringLiteral("1、2026 年预算数为 238.57 万元，比上年预算减少 37,200.00 万元，下降 13.49 %，行政运行（2013601），合计 1,710,062.00元。"));
    QCOMPARE(t.size(), 4);
    QCOMPARE(t[0].text, QStringLiteral("238.57"));
    QCOMPARE(t[0].value, Q_INT64_C(238570000)); // 分
    QCOMPARE(t[1].text, QStringLiteral("37,200.00"));
    QCOMPARE(t[1].value, Q_INT64_C(37200000000));
    QCOMPARE(t[2].text, QStringLiteral("13.49%"));
    QVERIFY(t[2].percent);
    QCOMPARE(t[2].value, Q_INT64_C(1349));
    QCOMPARE(t[3].text, QStringLiteral("1,710,062.00"));
    QCOMPARE(t[3].value, Q_INT64_C(171006200)); // in 元, so 171.01 万元 is close but not equal
    // "0" and "0.00" are the same number.
    QVERIFY(NarrativeComparison::numbers(QStringLiteral("0万元")).first().sameNumber(
        NarrativeComparison::numbers(QStringLiteral("0.00 万元")).first()));
}

// One reader for the importer, the comparison and the check: each mention with its kind, value,
// unit and what a change is against.
void TestNarrative::sentenceReader()
{
    using M = SentenceMention;
    const QString text = QStringLiteral(
        "2023年预算安排45.41万元，比2022年预算执行数增加33.74万元，增长289.12%；基本支出12.00万元，占 26.43%，"
        "比上年预算减少 1,000元，与上年持平，收入基本持平。完成年初预算的 95.89%，下降8.6%。");
    const QList<M> m = SentenceReader::read(text);
    QCOMPARE(m.size(), 9);
    QCOMPARE(m[0].kind, M::Amount);
    QCOMPARE(m[0].value, Q_INT64_C(45410000)); // 分
    QCOMPARE(m[0].unit, Unit::WanYuan);
    QCOMPARE(text.mid(m[0].pos, m[0].end - m[0].pos), QStringLiteral("45.41万元"));
    QCOMPARE(m[1].kind, M::Change);
    QCOMPARE(m[1].signedValue(), Q_INT64_C(33740000));
    QCOMPARE(m[1].base, M::Base::LastYearExecution);
    QCOMPARE(text.mid(m[1].pos, m[1].end - m[1].pos), QStringLiteral("增加33.74万元"));
    QCOMPARE(m[2].kind, M::Rate);
    QCOMPARE(m[2].value, Q_INT64_C(28912));
    QCOMPARE(m[2].base, M::Base::LastYearExecution); // the change's before it
    QCOMPARE(m[3].kind, M::Amount);
    QCOMPARE(m[4].kind, M::Share);
    QCOMPARE(m[4].value, Q_INT64_C(2643));
    QCOMPARE(text.mid(m[4].pos, m[4].end - m[4].pos), QStringLiteral("占 26.43%"));
    QCOMPARE(m[5].kind, M::Change);
    QCOMPARE(m[5].signedValue(), Q_INT64_C(-100000)); // 1,000 元 in 分
    QCOMPARE(m[5].unit, Unit::Yuan);
    QCOMPARE(m[5].base, M::Base::LastYearBudget);
    QCOMPARE(m[6].kind, M::Flat); // "与上年持平", not "基本持平"
    QCOMPARE(m[6].base, M::Base::LastYear);
    QCOMPARE(m[7].kind, M::Percent);
    QCOMPARE(m[7].value, Q_INT64_C(9589));
    QCOMPARE(m[8].kind, M::Rate);
    QVERIFY(m[8].down);
    QCOMPARE(m[8].decimals, 1);
    QCOMPARE(m[8].value, Q_INT64_C(860));
    QCOMPARE(m[8].base, M::Base::None); // a new sentence: not the change's before it
    // Years, codes and list numbers are no amounts.
    QVERIFY(SentenceReader::read(QStringLiteral("1、行政运行（2013601），2026 年")).isEmpty());
    QCOMPARE(SentenceReader::sentences(QStringLiteral("一。二。")), (QStringList{QStringLiteral("一"), QStringLiteral("二")}));
    QVERIFY(SentenceReader::givesReason(QStringLiteral("主要原因是人员增加")));
    QVERIFY(!SentenceReader::givesReason(QStringLiteral("人员增加")));
}

void TestNarrative::sentenceReaderClassPaths()
{
    const QString text = QStringLiteral("1. “一般公共服务支出（类）政府办公厅（室）及相关机构事务（款)行政运行（项）”238.57万元；"
                                        "卫生健康支出(类)行政事业单位医疗（款）");
    const QList<SentenceReader::ClassPath> p = SentenceReader::classPaths(text);
    QCOMPARE(p.size(), 2);
    QCOMPARE(p[0].names, (QStringList{QStringLiteral("一般公共服务支出"), QStringLiteral("政府办公厅（室）及相关机构事务"), QStringLiteral("行政运行")}));
    QCOMPARE(text.mid(p[0].start, 8), QStringLiteral("一般公共服务支出"));
    QCOMPARE(p[1].names, (QStringList{QStringLiteral("卫生健康支出"), QStringLiteral("行政事业单位医疗")}));
}

void TestNarrative::kizilsuShares()
{
    const QList<GeneratedSentence> g = NarrativeGenerator::generate(m_kizilsu);
    const QList<QPair<QString, QString>> shares{
        {QStringLiteral("income.general_budget"), QStringLiteral("占 85.71%")},
        {QStringLiteral("income.unit_funds"), QStringLiteral("占 14.29%")},
        {QStringLiteral("expense.basic"), QStringLiteral("占 76.19%")},
        {QStringLiteral("expense.project"), QStringLiteral("占 23.81%")},
        {QStringLiteral("gpb.class.201"), QStringLiteral("占 72.19%")},
        {QStringLiteral("gpb.class.208"), QStringLiteral("占 16.64%")},
        {QStringLiteral("gpb.class.210"), QStringLiteral("占 5.15%")},
        {QStringLiteral("gpb.class.221"), QStringLiteral("占 6.03%")},
    };
    for (const auto &[key, share] : shares) {
        const GeneratedSentence *s = sentence(g, key);
        QVERIFY2(s, qPrintable(key));
        QVERIFY2(s->text.contains(share), qPrintable(s->text));
    }
    QCOMPARE(sentence(g, QStringLiteral("income.general_budget"))->text,
             QStringLiteral("一般公共预算 449.93 万元，占 85.71%，比上年预算增加 2.16 万元，增长 0.48%。"));
    QCOMPARE(sentence(g, QStringLiteral("income.unit_funds"))->text,
             QStringLiteral("单位资金 75.00 万元，占 14.29%，比上年预算减少 14.67 万元，下降 16.36%。"));
    QCOMPARE(sentence(g, QStringLiteral("gpb.class.201"))->text, QStringLiteral("1、一般公共服务支出（类）324.81 万元，占 72.19%。"));
    QCOMPARE(sentence(g, QStringLiteral("gpb.class.221"))->text, QStringLiteral("4、住房保障支出（类）27.12 万元，占 6.03%。"));
    QCOMPARE(sentence(g, QStringLiteral("income.gov_fund"))->text, QStringLiteral("政府性基金预算未安排。"));
    QCOMPARE(sentence(g, QStringLiteral("gpb.project"))->text,
             QStringLiteral("项目支出 50.00 万元，比上年预算减少 10.00 万元，下降 16.67%。"));
}

void TestNarrative::kizilsuRoundingDifferencesOnly()
{
    const QList<ComparedSentence> c = NarrativeComparison::compare(m_kizilsu);

    // 一般公共预算: the schedules give 449.93, the published total is rounded to 449.92.
    const ComparedSentence *gb = compared(c, QStringLiteral("income.general_budget"));
    QVERIFY(gb && gb->found());
    QVERIFY(gb->published.startsWith(QStringLiteral("一般公共预算 449.92 万元，占 85.71%")));
    QCOMPARE(gb->publishedLine, 384);
    QVERIFY(gb->differs);
    QCOMPARE(gb->onlyGenerated, (QStringList{QStringLiteral("449.93"), QStringLiteral("2.16")}));
    QCOMPARE(gb->onlyPublished, (QStringList{QStringLiteral("449.92"), QStringLiteral("2.15")}));

    // Sentences the rounding does not touch agree exactly.
    for (const char *key : {"income.unit_funds", "expense.project", "gpb.project", "gpb.class.201", "gpb.class.208",
                            "gpb.class.210", "gpb.class.221", "summary.income_sources", "summary.expense_classes",
                            "fiscal.classes.gpb"}) {
        const ComparedSentence *s = compared(c, QLatin1String(key));
        QVERIFY2(s && s->found(), key);
        QVERIFY2(!s->differs, qPrintable(key + QStringLiteral(": ") + s->onlyGenerated.join(u' ') + QStringLiteral(" / ")
                                         + s->onlyPublished.join(u' ')));
    }
    const ComparedSentence *cls = compared(c, QStringLiteral("gpb.class.208"));
    QCOMPARE(cls->published, QStringLiteral("- 2、社会保障和就业支出（类）74.85 万元，占 16.64%。")); // one item of the joined list

    // The shares are never among the differences; what differs is 0.01 away, nothing else.
    for (const char *key : {"summary.total", "income.total", "income.general_budget", "expense.total", "expense.basic",
                            "fiscal.total", "fiscal.income", "gpb.total", "gpb.basic"}) {
        const ComparedSentence *s = compared(c, QLatin1String(key));
        QVERIFY2(s && s->found(), key);
        QVERIFY2(s->differs, key);
        QString why;
        QVERIFY2(onlyRoundingDifferences(*s, &why), qPrintable(why));
        for (const QString &t : s->onlyGenerated + s->onlyPublished)
            QVERIFY2(!s->published.contains(QStringLiteral("占 ") + t), qPrintable(key + QStringLiteral(" share ") + t));
    }
    const ComparedSentence *basic = compared(c, QStringLiteral("expense.basic"));
    QCOMPARE(basic->onlyGenerated, (QStringList{QStringLiteral("399.93"), QStringLiteral("12.16"), QStringLiteral("3.14%")}));
    QCOMPARE(basic->onlyPublished, (QStringList{QStringLiteral("399.92"), QStringLiteral("12.15"), QStringLiteral("3.13%")}));
}

void TestNarrative::kizilsuItemChanges()
{
    const QList<GeneratedSentence> g = NarrativeGenerator::generate(m_kizilsu);
    QCOMPARE(sentence(g, QStringLiteral("functional.2010301"))->text,
             QStringLiteral("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2026 年预算数为 238.57 万元，"
                            "比上年预算减少 37.20 万元，下降 13.49%。"));
    const QList<QPair<QString, QString>> changes{
        {QStringLiteral("2010350"), QStringLiteral("36.24 万元，比上年预算减少 4.47 万元，下降 10.98%")},
        {QStringLiteral("2010399"), QStringLiteral("50.00 万元，比上年预算减少 10.00 万元，下降 16.67%")},
        {QStringLiteral("2080501"), QStringLiteral("41.40 万元，比上年预算增加 4.07 万元，增长 10.90%")},
        {QStringLiteral("2080505"), QStringLiteral("33.45 万元，比上年预算减少 0.51 万元，下降 1.50%")},
        {QStringLiteral("2101101"), QStringLiteral("15.24 万元，比上年预算增加 15.24 万元，增长 100.00%")},
        {QStringLiteral("2101102"), QStringLiteral("2.53 万元，比上年预算增加 2.53 万元，增长 100.00%")},
        {QStringLiteral("2101103"), QStringLiteral("5.38 万元，比上年预算增加 5.38 万元，增长 100.00%")},
        {QStringLiteral("2210201"), QStringLiteral("27.12 万元，比上年预算增加 27.12 万元，增长 100.00%")},
    };
    for (const auto &[code, text] : changes) {
        const GeneratedSentence *s = sentence(g, QStringLiteral("functional.") + code);
        QVERIFY2(s, qPrintable(code));
        QVERIFY2(s->text.contains(text), qPrintable(s->text));
    }
    // The name the PDF wrapped ("及相 关机构") comes from the catalogue, whole.
    QVERIFY(sentence(g, QStringLiteral("functional.2010399"))->text.contains(QStringLiteral("其他政府办公厅（室）及相关机构事务支出（项）")));

    // Each 项 sentence finds its own paragraph and agrees with it.
    const QList<ComparedSentence> c = NarrativeComparison::compare(m_kizilsu);
    int items = 0;
    for (const ComparedSentence &s : c) {
        if (!s.generated.key.startsWith(QLatin1String("functional.")))
            continue;
        ++items;
        QVERIFY2(s.found(), qPrintable(s.generated.key));
        QVERIFY2(!s.differs, qPrintable(s.generated.key));
        QVERIFY2(s.published.contains(s.generated.anchor), qPrintable(s.generated.key));
    }
    QCOMPARE(items, 9);
    QCOMPARE(compared(c, QStringLiteral("functional.2010301"))->publishedLine, 435);
    // The sentence broken over a blank line in the PDF ("减" / "少 0.51 万元") is one paragraph.
    QVERIFY(compared(c, QStringLiteral("functional.2080505"))->published.contains(QStringLiteral("减少 0.51 万元，下降 1.50%")));
}

void TestNarrative::kizilsuOtherSections()
{
    const QList<ComparedSentence> c = NarrativeComparison::compare(m_kizilsu);
    // "三公": amounts, and the change with 持平 for 公务用车购置费 (published: "增加 0.00 万元，增长 0.00%").
    const ComparedSentence *sg = compared(c, QStringLiteral("sangong.total"));
    QVERIFY(sg && sg->found() && !sg->differs);
    QVERIFY(sg->generated.text.contains(QStringLiteral("“三公”经费数为 21.40 万元，其中：因公出国（境）费 4.90 万元")));
    const ComparedSentence *change = compared(c, QStringLiteral("sangong.change"));
    QVERIFY(change && change->found());
    QVERIFY2(!change->differs, qPrintable(change->onlyGenerated.join(u' ') + QStringLiteral(" / ") + change->onlyPublished.join(u' ')));
    QVERIFY(change->generated.text.contains(QStringLiteral("比上年预算增加 1.40 万元，增长 7.00%")));
    QVERIFY(change->generated.text.contains(QStringLiteral("因公出国（境）费增加 4.40 万元，增长 880.00%")));
    QVERIFY(change->generated.text.contains(QStringLiteral("公务用车购置费与上年预算持平")));
    QVERIFY(change->generated.text.contains(QStringLiteral("公务接待费减少 5.00 万元，下降 34.48%")));

    const ComparedSentence *cost = compared(c, QStringLiteral("operating_cost"));
    QVERIFY(cost && cost->found() && !cost->differs);
    QVERIFY(cost->generated.text.contains(QStringLiteral("机关运行经费财政拨款预算 14.44 万元，比上年预算增加 0.30 万元，增长 2.12%")));

    const ComparedSentence *proc = compared(c, QStringLiteral("procurement"));
    QVERIFY(proc && proc->found() && !proc->differs);
    QVERIFY(proc->generated.text.contains(
        QStringLiteral("政府采购预算 18.31 万元，其中：政府采购货物预算 1.00 万元，政府采购工程预算 0.00 万元，政府采购服务预算 17.31 万元")));

    // 基本支出 by 经济分类: the rows of table 6 add up to 385.49 + 14.45, the published
    // subtotals are 385.47 and 14.44: shown as differences, as they are.
    const ComparedSentence *personnel = compared(c, QStringLiteral("gpb.personnel"));
    QVERIFY(personnel && personnel->found() && personnel->differs);
    QCOMPARE(personnel->onlyPublished, QStringList{QStringLiteral("385.47")});
}

void TestNarrative::kizilsuAllSentencesFound()
{
    // Every sentence generated for the sample has its published paragraph, in the right section.
    for (const ComparedSentence &c : NarrativeComparison::compare(m_kizilsu)) {
        QVERIFY2(c.found(), qPrintable(c.generated.key));
        QVERIFY2(c.publishedLine > 370 && c.publishedLine < 520, qPrintable(c.generated.key));
    }
}

void TestNarrative::editChangesShareAndIsFlagged()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_kizilsu, &error), qPrintable(error));
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    session.setSchedules(editedSchedules());
    QCOMPARE(changed.count(), 1);

    const QList<GeneratedSentence> g = NarrativeGenerator::generate(session.document());
    QCOMPARE(sentence(g, QStringLiteral("income.general_budget"))->text,
             QStringLiteral("一般公共预算 459.93 万元，占 85.98%，比上年预算增加 12.16 万元，增长 2.72%。"));
    QVERIFY(sentence(g, QStringLiteral("functional.2010350"))->text.contains(
        QStringLiteral("46.24 万元，比上年预算增加 5.53 万元，增长 13.58%")));

    const QList<ComparedSentence> c = NarrativeComparison::compare(session.document());
    const ComparedSentence *gb = compared(c, QStringLiteral("income.general_budget"));
    QVERIFY(gb->differs);
    QVERIFY(gb->onlyGenerated.contains(QStringLiteral("85.98%")));
    QVERIFY(gb->onlyPublished.contains(QStringLiteral("85.71%")));
    const ComparedSentence *item = compared(c, QStringLiteral("functional.2010350"));
    QVERIFY(item->differs);
    QCOMPARE(item->onlyGenerated, (QStringList{QStringLiteral("46.24"), QStringLiteral("5.53"), QStringLiteral("13.58%")}));
    QCOMPARE(item->onlyPublished, (QStringList{QStringLiteral("36.24"), QStringLiteral("4.47"), QStringLiteral("10.98%")}));
    // A 项 the edit does not touch still agrees.
    QVERIFY(!compared(c, QStringLiteral("functional.2010301"))->differs);
}

void TestNarrative::putuoInWanYuan()
{
    const QList<GeneratedSentence> g = NarrativeGenerator::generate(m_putuo);
    QVERIFY(g.size() > 20);
    // Tables in 元 (371,514,655.00 元) come out in 万元.
    QCOMPARE(sentence(g, QStringLiteral("income.general_budget"))->text, QStringLiteral("一般公共预算 37151.47 万元，占 100.00%。"));
    QVERIFY(sentence(g, QStringLiteral("summary.total"))->text.contains(QStringLiteral("收支总预算 37151.47 万元")));
    // Last year's 财政拨款 from "比2024年预算执行数增加24,558.18万元".
    QVERIFY(sentence(g, QStringLiteral("fiscal.total"))->text.contains(QStringLiteral("比上年预算增加 24558.18 万元")));
    QVERIFY(sentence(g, QStringLiteral("gpb.public_use"))->text.contains(QStringLiteral("171.01 万元")));
    for (const GeneratedSentence &s : g) {
        QVERIFY2(!s.text.isEmpty() && !s.section.isEmpty() && !s.anchor.isEmpty(), qPrintable(s.key));
        for (const NumberToken &t : NarrativeComparison::numbers(s.text))
            QVERIFY2(t.percent || t.value < Q_INT64_C(40000) * 1000000, qPrintable(s.text)); // no 元 figure written as 万元
    }

    // Its 项 list (in 部门预算编制说明: "“…（类）商贸事务（款）行政运行（项）”938.99万元") agrees,
    // with 1,720.00 and "（款)" written the Putuo way; so do 机关运行经费 and 政府采购 ("0万元").
    const QList<ComparedSentence> c = NarrativeComparison::compare(m_putuo);
    int items = 0;
    for (const ComparedSentence &s : c) {
        if (!s.generated.key.startsWith(QLatin1String("functional.")))
            continue;
        ++items;
        QVERIFY2(s.found(), qPrintable(s.generated.key));
        QVERIFY2(!s.differs, qPrintable(s.generated.key + QStringLiteral(": ") + s.onlyGenerated.join(u' ') + QStringLiteral(" / ")
                                        + s.onlyPublished.join(u' ')));
    }
    QCOMPARE(items, 16);
    const ComparedSentence *item = compared(c, QStringLiteral("functional.2060503"));
    QVERIFY(item->published.contains(QStringLiteral("1,720.00万元")));
    for (const char *key : {"operating_cost", "procurement"}) {
        const ComparedSentence *s = compared(c, QLatin1String(key));
        QVERIFY2(s && s->found() && !s->differs, key);
    }
}

void TestNarrative::pageShowsBothViews()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_kizilsu, &error), qPrintable(error));
    NarrativePage page(&session);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.tabs()->count(), 2);
    QCOMPARE(page.tabs()->tabText(NarrativePage::PublishedTab), NarrativePage::tr("Published"));
    QCOMPARE(page.tabs()->tabText(NarrativePage::ComparisonTab), NarrativePage::tr("Generated vs published"));
    QVERIFY(page.plainText().contains(QStringLiteral("一般公共预算 449.92 万元，占 85.71%")));
    page.tabs()->setCurrentIndex(NarrativePage::ComparisonTab);
    const QString text = page.comparisonPlainText();
    QVERIFY(text.contains(QStringLiteral("一般公共预算 449.93 万元，占 85.71%")));  // generated
    QVERIFY(text.contains(QStringLiteral("一般公共预算 449.92 万元，占 85.71%"))); // published beside it
    QVERIFY(page.comparisonHtml().contains(QStringLiteral("<span style='background:#FFE8B0'>449.93</span>")));
    QVERIFY(page.comparisonHtml().contains(QStringLiteral("<span style='background:#FFE8B0'>449.92</span>")));
    QVERIFY(!page.comparisonHtml().contains(QStringLiteral("<span style='background:#FFE8B0'>85.71%</span>")));
    QCOMPARE(page.comparison().size(), NarrativeGenerator::generate(m_kizilsu).size());
}

void TestNarrative::pageFollowsEdits()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_kizilsu, &error), qPrintable(error));
    NarrativePage page(&session);
    QVERIFY(!page.comparisonPlainText().contains(QStringLiteral("85.98%")));
    session.setSchedules(editedSchedules());
    QVERIFY(page.comparisonPlainText().contains(QStringLiteral("一般公共预算 459.93 万元，占 85.98%")));
    QVERIFY(page.comparisonHtml().contains(QStringLiteral("<span style='background:#FFE8B0'>85.98%</span>")));
    QVERIFY(page.comparisonHtml().contains(QStringLiteral("<span style='background:#FFE8B0'>85.71%</span>")));
    const ComparedSentence *gb = compared(page.comparison(), QStringLiteral("income.general_budget"));
    QVERIFY(gb && gb->differs);

    // Another document replaces the comparison.
    QVERIFY2(session.setDocument(m_putuo, &error), qPrintable(error));
    QVERIFY(page.comparisonPlainText().contains(QStringLiteral("37151.47")));
    QVERIFY(!page.comparisonPlainText().contains(QStringLiteral("459.93")));
}

void TestNarrative::pageWithoutDocument()
{
    DocumentSession session;
    NarrativePage page(&session);
    QVERIFY(page.comparison().isEmpty());
    QVERIFY(page.comparisonPlainText().isEmpty());
    QString error;
    QVERIFY2(session.setDocument(m_kizilsu, &error), qPrintable(error));
    QVERIFY(!page.comparison().isEmpty());
    session.clear();
    QVERIFY(page.comparison().isEmpty());
}

QTEST_MAIN(TestNarrative)
#include "tst_narrative.moc"
