// Tests of editing: the undoable editor over the session, drafts, crash recovery (including a
// child process killed with SIGKILL) and the audit trail of saves.
//
// The executable doubles as the child of the kill test: "tst_editing --child <dir>" opens a
// draft, edits it without end and lets the AutoSaver write recovery records into <dir>.

#include "editing/DocumentSession.h"
#include "editing/AutoSaver.h"
#include "editing/DocumentEditor.h"
#include "charts/ChartData.h"
#include "editing/DraftFactory.h"
#include "validation/Validator.h"
#include "editing/RecoveryStore.h"
#include "import/DisclosureImporter.h"
#include "store/AuditLog.h"
#include "store/DocumentStore.h"
#include "tables/TableDeriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "TestServer.h"
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace bd;

namespace {

const QString kKizilsu = QStringLiteral(BD_SAMPLES_DIR "/kizilsu-foreign-affairs-2026.txt");

// 0.01 万元 steps → 分: wan(23857) is 238.57 万元.
Amount wan(qint64 hundredths)
{
    return Amount::fromFen(hundredths * 10000);
}

QString show(const std::optional<Amount> &a)
{
    return a ? a->format(Unit::WanYuan) : QStringLiteral("(blank)");
}

std::optional<BudgetDocument> importKizilsu(QString *error)
{
    const ImportResult r = DisclosureImporter().importFile(kKizilsu);
    if (!r.ok()) {
        *error = r.error.message;
        return std::nullopt;
    }
    return r.document;
}

const DisclosureTable *tableOf(const QList<DisclosureTable> &tables, int number)
{
    for (const DisclosureTable &t : tables)
        if (t.number == number)
            return &t;
    return nullptr;
}

// The amount of a cell by keys; side 1 looks the row up by its right-hand key.
std::optional<Amount> cell(const QList<DisclosureTable> &tables, int number, const QString &row, const QString &column,
                           int side = 0)
{
    const DisclosureTable *t = tableOf(tables, number);
    if (!t)
        return std::nullopt;
    const TableRow *r = t->findRow(row, side);
    const int c = t->columnIndex(column);
    if (!r || c < 0 || c >= r->cells.size())
        return std::nullopt;
    return r->cells.at(c).amount;
}

struct CellChange
{
    int table;
    int row;
    int column;
    std::optional<Amount> before, after;
};

// Cell-by-cell differences between two derivations with the same row structure (an amount edit
// adds or removes no row here), computed independently of AuditLog.
QList<CellChange> changedCells(const QList<DisclosureTable> &before, const QList<DisclosureTable> &after)
{
    QList<CellChange> out;
    for (const DisclosureTable &b : before) {
        const DisclosureTable *a = tableOf(after, b.number);
        if (!a || a->rows.size() != b.rows.size())
            return {{b.number, -1, -1, {}, {}}};
        for (int r = 0; r < b.rows.size(); ++r)
            for (int c = 0; c < b.rows.at(r).cells.size(); ++c)
                if (b.rows.at(r).cells.at(c).amount != a->rows.at(r).cells.at(c).amount)
                    out.append({b.number, r, c, b.rows.at(r).cells.at(c).amount, a->rows.at(r).cells.at(c).amount});
    }
    return out;
}

Amount functionalAmount(const Schedules &s, const QString &code, FundSource source, Phase phase)
{
    for (const FunctionalLine &l : s.functional)
        if (l.code == code && l.source == source && l.phase == phase)
            return l.amount;
    return Amount::fromFen(-1);
}

// ---- The child of the kill test ----

int runChild(const QString &dir)
{
    QString error;
    const auto doc = importKizilsu(&error);
    if (!doc) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 2;
    }
    DocumentSession session;
    if (!session.setDocument(DraftFactory::makeDraft(*doc, doc->year), &error)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 2;
    }
    DocumentEditor editor(&session);
    AutoSaver saver(&session, &editor, RecoveryStore(dir));
    saver.setDelay(5); // write all the time, so that the kill lands in the middle of writes
    bool announced = false;
    QObject::connect(&saver, &AutoSaver::recordWritten, [&] {
        if (!announced) {
            announced = true;
            std::printf("written\n");
            std::fflush(stdout);
        }
    });
    QObject::connect(&saver, &AutoSaver::writeFailed, [](const QString &message) {
        std::fprintf(stderr, "child: %s\n", qPrintable(message));
    });
    qint64 step = 0;
    QTimer edits;
    QObject::connect(&edits, &QTimer::timeout, [&] {
        QString why;
        if (!editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic,
                                        wan(4624 + step++), &why))
            std::fprintf(stderr, "child: %s\n", qPrintable(why));
    });
    edits.start(2);
    return QCoreApplication::exec(); // until killed
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void editFollowsInEveryTableAndUndoes();
    void refusedEditsChangeNothing();
    void structuralEdits();
    void newLineIsNewFromZero();
    void batchIsOneStep();
    void publishedIsReadOnly();
    void dirtyTracking();
    void historyBelongsToOneDocument();

    void sameYearDraft();
    void nextYearDraft();
    void otherYearDraft();

    void recoveryRoundTrip();
    void autoSaverWritesAndRemoves();
    void killedChildLeavesLoadableRecord();

    void auditDiffOfDerivedCells();
    void auditTrailOfSaves();

private:
    BudgetDocument m_published;
    BudgetDocument m_draft;
    QTemporaryDir m_dir;
};

void TestEditing::initTestCase()
{
    // A home of its own: the settings and recovery records of this run are shared with no other
    // (one running beside it, or one killed half-way that left its records behind).
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    const auto doc = importKizilsu(&error);
    QVERIFY2(doc, qPrintable(error));
    m_published = *doc;
    QCOMPARE(m_published.status, DocumentStatus::Published);
    m_draft = DraftFactory::makeDraft(m_published, m_published.year);
    QVERIFY(m_dir.isValid());
}

void TestEditing::init()
{
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
}

void TestEditing::editFollowsInEveryTableAndUndoes()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_draft, &error), qPrintable(error));
    DocumentEditor editor(&session);
    QVERIFY(!editor.isReadOnly());
    QVERIFY(session.differences().findings.isEmpty()); // a draft has no published tables

    const QList<DisclosureTable> before = session.derivedTables();
    QCOMPARE(functionalAmount(session.schedules(), QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic),
             wan(3624));
    QCOMPARE(cell(before, 3, QStringLiteral("201"), QStringLiteral("total")), wan(39981));

    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    QVERIFY2(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(4624), &error),
             qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(editor.undoStack()->count(), 1);
    QVERIFY(!editor.undoStack()->text(0).isEmpty());
    const QList<DisclosureTable> after = session.derivedTables();

    // The row itself and its parents.
    QCOMPARE(cell(after, 3, QStringLiteral("2010350"), QStringLiteral("total")), wan(4624));
    QCOMPARE(cell(after, 3, QStringLiteral("20103"), QStringLiteral("total")), wan(40981));
    QCOMPARE(cell(after, 3, QStringLiteral("201"), QStringLiteral("total")), wan(40981));
    QCOMPARE(cell(after, 3, QStringLiteral("201"), QStringLiteral("basic")),
             *cell(before, 3, QStringLiteral("201"), QStringLiteral("basic")) + wan(1000));
    // Every total containing it, in tables 1 to 5, exactly 10.00 more.
    const Amount ten = wan(1000);
    struct Total { int table; const char *row; const char *column; int side; };
    for (const Total &t : {Total{1, "in:total", "in_amount", 0}, Total{1, "out:total", "out_amount", 1},
                           Total{1, "in:gpb", "in_amount", 0}, Total{1, "201", "out_amount", 1},
                           Total{2, "total", "total", 0}, Total{2, "total", "general_budget", 0},
                           Total{2, "201", "general_budget", 0}, Total{3, "total", "total", 0},
                           Total{3, "total", "basic", 0}, Total{4, "in:total", "in_amount", 0},
                           Total{4, "out:total", "out_total", 1}, Total{4, "out:total", "out_gpb", 1},
                           Total{5, "total", "total", 0}, Total{5, "total", "basic", 0}, Total{5, "201", "total", 0}}) {
        const auto b = cell(before, t.table, QString::fromLatin1(t.row), QString::fromLatin1(t.column), t.side);
        const auto a = cell(after, t.table, QString::fromLatin1(t.row), QString::fromLatin1(t.column), t.side);
        QVERIFY2(b && a, qPrintable(QStringLiteral("table %1 %2/%3 missing").arg(t.table).arg(t.row, t.column)));
        QVERIFY2(*a - *b == ten, qPrintable(QStringLiteral("table %1 %2/%3: %4 → %5")
                                               .arg(t.table)
                                               .arg(t.row, t.column, show(b), show(a))));
    }
    // Nothing else moved, and what moved moved by exactly 10.00.
    const QList<CellChange> changes = changedCells(before, after);
    QVERIFY(!changes.isEmpty());
    for (const CellChange &c : changes) {
        QVERIFY2(c.row >= 0, "the edit changed the row structure");
        QVERIFY2(c.table >= 1 && c.table <= 5, qPrintable(QStringLiteral("table %1 changed").arg(c.table)));
        QVERIFY2(c.before && c.after && *c.after - *c.before == ten,
                 qPrintable(QStringLiteral("table %1 row %2 col %3: %4 → %5")
                                .arg(c.table)
                                .arg(c.row)
                                .arg(c.column)
                                .arg(show(c.before), show(c.after))));
    }
    for (int n = 1; n <= 5; ++n) {
        bool touched = false;
        for (const CellChange &c : changes)
            touched = touched || c.table == n;
        QVERIFY2(touched, qPrintable(QStringLiteral("table %1 did not follow").arg(n)));
    }

    // Undo restores every cell of every table; redo applies the edit again.
    editor.undoStack()->undo();
    QCOMPARE(session.derivedTables(), before);
    QCOMPARE(session.schedules(), m_draft.schedules);
    editor.undoStack()->redo();
    QCOMPARE(session.derivedTables(), after);
    QCOMPARE(changed.count(), 3);

    // Setting the same value again is no step at all.
    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(4624), &error));
    QCOMPARE(editor.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 3);
}

void TestEditing::refusedEditsChangeNothing()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_draft, &error), qPrintable(error));
    DocumentEditor editor(&session);
    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(1), &error));
    const Schedules schedules = session.schedules();
    const QList<DisclosureTable> tables = session.derivedTables();
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    QSignalSpy dirty(&editor, &DocumentEditor::dirtyChanged);
    const int index = editor.undoStack()->index();

    struct Refusal
    {
        const char *name;
        std::function<bool(QString *)> edit;
        QString mustMention;
    };
    const auto gb = FundSource::GeneralBudget;
    const auto basic = Phase::Basic;
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    auto functional = [&](const char *code, qint64 hundredths) {
        return [&editor, code = s(code), hundredths, gb, basic](QString *e) {
            return editor.setFunctionalAmount(code, gb, basic, wan(hundredths), e);
        };
    };
    const int projects = int(schedules.projects.size());
    const int targets = int(schedules.targets.size());
    const int indicators = int(schedules.targets.value(0).indicators.size());
    const QList<Refusal> refusals{
        {"negative", functional("2010350", -1), s("2010350")},
        {"code not 项", functional("20103", 1), s("20103")},
        {"code not digits", functional("20103x1", 1), s("20103x1")},
        {"unknown code, new line", functional("2019998", 1), s("2019998")},
        {"remove missing line",
         [&](QString *e) { return editor.removeFunctionalLine(s("2010350"), FundSource::GovFund, Phase::Project, e); },
         s("2010350")},
        {"add existing line",
         [&](QString *e) { return editor.addFunctionalLine(FunctionalLine{s("2010350"), QString(), gb, basic, wan(5)}, e); },
         s("2010350")},
        {"economic not 款", [&](QString *e) { return editor.setEconomicAmount(s("301"), true, wan(1), e); }, s("301")},
        {"economic negative", [&](QString *e) { return editor.setEconomicAmount(s("30101"), true, wan(-5), e); }, s("30101")},
        {"project out of range", [&](QString *e) { return editor.setProjectAmount(projects, s("302"), wan(1), e); },
         QString::number(projects + 1)},
        {"project negative index", [&](QString *e) { return editor.removeProject(-1, e); }, s("0")},
        {"project class not 类", [&](QString *e) { return editor.setProjectAmount(0, s("30201"), wan(1), e); }, s("30201")},
        {"project negative", [&](QString *e) { return editor.setProjectAmount(0, s("302"), wan(-1), e); },
         schedules.projects.value(0).name},
        {"三公 item", [&](QString *e) { return editor.setSanGong(s("banquets"), gb, wan(1), e); }, s("banquets")},
        {"三公 source", [&](QString *e) { return editor.setSanGong(s("abroad"), FundSource::UnitFunds, wan(1), e); },
         fundSourceName(FundSource::UnitFunds)},
        {"三公 negative", [&](QString *e) { return editor.setSanGong(s("abroad"), gb, wan(-1), e); }, s("-0.01")},
        {"unknown figure", [&](QString *e) { return editor.setFigure(s("no.such.figure"), wan(1), e); }, s("no.such.figure")},
        {"figure negative", [&](QString *e) { return editor.setFigure(s("operating_cost"), wan(-1), e); }, s("机关运行经费")},
        {"target out of range", [&](QString *e) { return editor.setIndicator(targets, 0, s("x"), 10, e); },
         QString::number(targets + 1)},
        {"indicator out of range", [&](QString *e) { return editor.setIndicator(0, indicators, s("x"), 10, e); },
         QString::number(indicators + 1)},
        {"weight over 100", [&](QString *e) { return editor.setIndicator(0, 0, s("x"), 101, e); }, s("101")},
        {"weight negative", [&](QString *e) { return editor.setIndicator(0, 0, s("x"), -1, e); }, s("-1")},
    };
    QVERIFY(!schedules.projects.isEmpty());
    QVERIFY(!schedules.targets.isEmpty() && !schedules.targets.first().indicators.isEmpty());
    for (const Refusal &r : refusals) {
        QString why;
        QVERIFY2(!r.edit(&why), r.name);
        QVERIFY2(!why.isEmpty(), r.name);
        QVERIFY2(why.contains(r.mustMention), qPrintable(QStringLiteral("%1: \"%2\" does not mention \"%3\"")
                                                            .arg(QString::fromUtf8(r.name), why, r.mustMention)));
        QCOMPARE(session.schedules(), schedules);
        QCOMPARE(session.derivedTables(), tables);
        QCOMPARE(editor.undoStack()->count(), index);
        QCOMPARE(editor.undoStack()->index(), index);
    }
    QCOMPARE(changed.count(), 0);
    QCOMPARE(dirty.count(), 0);

    // A paste with one bad cell among good ones is refused as a whole.
    Schedules paste = schedules;
    paste.functional[0].amount = wan(12345);
    paste.economic[0].personnel = wan(-3);
    QString why;
    QVERIFY(!editor.applySchedules(paste, QStringLiteral("Paste"), &why));
    QVERIFY2(why.contains(paste.economic[0].code), qPrintable(why));
    QCOMPARE(session.schedules(), schedules);
    QCOMPARE(editor.undoStack()->count(), index);
    QCOMPARE(changed.count(), 0);
}

// A 项 added under a 类 whose 项 have last year's figures is 新增 from zero: the 类 keeps its
// 上年预算数 and its place on the year-on-year chart.
void TestEditing::newLineIsNewFromZero()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_draft, &error), qPrintable(error));
    DocumentEditor editor(&session);
    auto priorOf201 = [&]() -> std::optional<Amount> {
        for (const ChartPair &p : ChartData::yearOnYear(session.schedules(), session.document().year))
            if (p.key == QLatin1String("201"))
                return p.second;
        return std::nullopt;
    };
    const auto before = priorOf201();
    QVERIFY(before);
    QVERIFY2(editor.addFunctionalLine(FunctionalLine{QStringLiteral("2019999"), QStringLiteral("其他一般公共服务支出"), FundSource::GeneralBudget, Phase::Project, wan(300)},
                                      &error),
             qPrintable(error));
    QCOMPARE(session.schedules().priorOf(QStringLiteral("functional.2019999")), std::optional<Amount>(Amount()));
    QCOMPARE(priorOf201(), before);
    editor.undoStack()->undo();
    QVERIFY(!session.schedules().priorOf(QStringLiteral("functional.2019999")));
}

void TestEditing::structuralEdits()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_draft, &error), qPrintable(error));
    DocumentEditor editor(&session);
    const Schedules original = session.schedules();

    // A line that does not exist yet is added (named from the catalogue) and removed again.
    QVERIFY2(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Project, wan(200), &error),
             qPrintable(error));
    QCOMPARE(session.schedules().functional.size(), original.functional.size() + 1);
    QCOMPARE(cell(session.derivedTables(), 3, QStringLiteral("2010350"), QStringLiteral("project")), wan(200));
    QVERIFY2(editor.removeFunctionalLine(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Project, &error),
             qPrintable(error));
    QCOMPARE(session.schedules(), original);

    // Projects: an amount, a new one, removal.
    QVERIFY2(editor.setProjectAmount(0, QStringLiteral("302"), wan(777), &error), qPrintable(error));
    QCOMPARE(session.schedules().projects[0].byEconomicClass.value(QStringLiteral("302")), wan(777));
    ProjectLine p;
    p.name = QStringLiteral("新增测试项目");
    p.functionalCode = QStringLiteral("2010399");
    p.byEconomicClass.insert(QStringLiteral("302"), wan(100));
    QVERIFY2(editor.addProject(p, &error), qPrintable(error));
    QCOMPARE(session.schedules().projects.size(), original.projects.size() + 1);
    QVERIFY(!session.schedules().projects.last().functionalName.isEmpty()); // from the catalogue
    QVERIFY(!editor.addProject(p, &error)); // the same name twice
    QVERIFY2(editor.removeProject(int(original.projects.size()), &error), qPrintable(error));

    // 三公, figures, indicators.
    QVERIFY2(editor.setSanGong(QStringLiteral("reception"), FundSource::GeneralBudget, wan(1000), &error), qPrintable(error));
    QCOMPARE(cell(session.derivedTables(), 10, QStringLiteral("sangong:reception"), QStringLiteral("total")), wan(1000));
    QVERIFY2(editor.setFigure(QStringLiteral("operating_cost"), wan(1500), &error), qPrintable(error));
    QCOMPARE(session.schedules().figure(QStringLiteral("operating_cost")), wan(1500));
    QVERIFY2(editor.setIndicator(0, 0, QStringLiteral("≥30 批"), 25, &error), qPrintable(error));
    QCOMPARE(session.schedules().targets[0].indicators[0].value, QStringLiteral("≥30 批"));
    QCOMPARE(session.schedules().targets[0].indicators[0].weight, 25);

    // Each was one step; undoing them all gives the original back.
    QCOMPARE(editor.undoStack()->count(), 8);
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    QCOMPARE(session.schedules(), original);
}

void TestEditing::batchIsOneStep()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_draft, &error), qPrintable(error));
    DocumentEditor editor(&session);
    const Schedules original = session.schedules();
    const QList<DisclosureTable> before = session.derivedTables();

    Schedules paste = original;
    for (FunctionalLine &l : paste.functional)
        if (l.code == QLatin1String("2010350") || l.code == QLatin1String("2010301"))
            l.amount += wan(100);
    paste.economic[0].personnel += wan(50);
    paste.sanGong[0].generalBudget += wan(1);
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    QVERIFY2(editor.applySchedules(paste, QStringLiteral("Paste 4 cells"), &error), qPrintable(error));
    QCOMPARE(editor.undoStack()->count(), 1);
    QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Paste 4 cells"));
    QCOMPARE(changed.count(), 1); // one derivation for the whole paste
    QCOMPARE(session.schedules(), paste);
    QCOMPARE(cell(session.derivedTables(), 3, QStringLiteral("201"), QStringLiteral("total")), wan(39981 + 200));

    editor.undoStack()->undo();
    QCOMPARE(session.schedules(), original);
    QCOMPARE(session.derivedTables(), before);

    // The same schedules again: nothing to do, no step.
    QVERIFY(editor.applySchedules(original, QStringLiteral("Paste"), &error));
    QCOMPARE(editor.undoStack()->index(), 0);
}

void TestEditing::publishedIsReadOnly()
{
    DocumentSession session;
    DocumentEditor editor(&session);
    QString error;
    QVERIFY(editor.isReadOnly()); // no document
    QVERIFY(!editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(1), &error));
    QVERIFY(!error.isEmpty());

    QVERIFY2(session.setDocument(m_published, &error), qPrintable(error));
    QVERIFY(editor.isReadOnly());
    const Schedules schedules = session.schedules();
    error.clear();
    QVERIFY(!editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(1), &error));
    QVERIFY2(error.contains(QStringLiteral("published")) && error.contains(m_published.department), qPrintable(error));
    QVERIFY(!editor.applySchedules(Schedules(), QStringLiteral("Paste"), &error));
    QVERIFY(!editor.setIndicator(0, 0, QStringLiteral("x"), 1, &error));
    QCOMPARE(session.schedules(), schedules);
    QCOMPARE(editor.undoStack()->count(), 0);

    QVERIFY2(session.setDocument(m_draft, &error), qPrintable(error));
    QVERIFY(!editor.isReadOnly());
}

void TestEditing::dirtyTracking()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_draft, &error), qPrintable(error));
    DocumentEditor editor(&session);
    QSignalSpy dirty(&editor, &DocumentEditor::dirtyChanged);
    QVERIFY(!editor.isDirty());

    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(4624), &error));
    QVERIFY(editor.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.last().at(0).toBool(), true);
    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(4625), &error));
    QCOMPARE(dirty.count(), 1); // still dirty: no new signal

    editor.markSaved();
    QVERIFY(!editor.isDirty());
    QCOMPARE(dirty.count(), 2);
    QCOMPARE(dirty.last().at(0).toBool(), false);

    editor.undoStack()->undo(); // before the save: differs from what is stored
    QVERIFY(editor.isDirty());
    editor.undoStack()->redo(); // back at the saved state
    QVERIFY(!editor.isDirty());
    QCOMPARE(dirty.count(), 4);

    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(1), &error));
    QVERIFY(editor.isDirty());
    editor.clearHistory();
    QVERIFY(!editor.isDirty());
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(dirty.last().at(0).toBool(), false);
}

void TestEditing::historyBelongsToOneDocument()
{
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(m_draft, &error), qPrintable(error));
    DocumentEditor editor(&session);
    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(4624), &error));
    QVERIFY(editor.isDirty());

    // Another document: the previous one's edits cannot be undone into it.
    BudgetDocument other = DraftFactory::makeDraft(m_published, m_published.year + 1);
    QVERIFY2(session.setDocument(other, &error), qPrintable(error));
    QCOMPARE(editor.undoStack()->count(), 0);
    QVERIFY(!editor.isDirty());
    QCOMPARE(session.schedules(), other.schedules);
}

void TestEditing::sameYearDraft()
{
    const BudgetDocument d = DraftFactory::makeDraft(m_published, m_published.year);
    QCOMPARE(d.status, DocumentStatus::Draft);
    QCOMPARE(d.id, qint64(0));
    QVERIFY(d.published.isEmpty());
    QVERIFY(!m_published.outline.isEmpty()); // the printed contents and headings stay with the published document
    QVERIFY(d.outline.isEmpty());
    QCOMPARE(d.year, m_published.year);
    QCOMPARE(d.department, m_published.department);
    QCOMPARE(d.templateId, m_published.templateId);
    QCOMPARE(d.title, m_published.title);
    QCOMPARE(d.schedules.functional, m_published.schedules.functional);
    QCOMPARE(d.schedules.prior, m_published.schedules.prior); // priors kept
    QCOMPARE(d.schedules.sanGong, m_published.schedules.sanGong);
    QCOMPARE(d.schedules.narrative, m_published.schedules.narrative);
    for (const ProjectLine &p : d.schedules.projects)
        QVERIFY(!p.statedTotal);

    // Stored with a source id, the draft is still a new document.
    BudgetDocument stored = m_published;
    stored.id = 17;
    QCOMPARE(DraftFactory::makeDraft(stored, stored.year).id, qint64(0));
}

void TestEditing::nextYearDraft()
{
    const int year = m_published.year + 1;
    const BudgetDocument d = DraftFactory::makeDraft(m_published, year);
    QCOMPARE(d.status, DocumentStatus::Draft);
    QCOMPARE(d.id, qint64(0));
    QCOMPARE(d.year, year);
    QVERIFY(d.published.isEmpty());
    QCOMPARE(d.department, m_published.department);
    QVERIFY2(d.title.contains(QString::number(year)) && !d.title.contains(QString::number(m_published.year)),
             qPrintable(d.title));
    // The amounts start as this year's.
    QCOMPARE(d.schedules.functional, m_published.schedules.functional);
    QCOMPARE(d.schedules.economic, m_published.schedules.economic);
    // The 说明's standard sentences are written anew from the draft's figures, for its year; what
    // still states the old year's figures, years or reasons is marked for a person, and the
    // check says so until it is rewritten.
    QString narrative;
    for (const NarrativeSection &n : d.schedules.narrative)
        narrative += n.heading + QLatin1Char('\n') + n.text + QLatin1Char('\n');
    QVERIFY(narrative.contains(QStringLiteral("克孜勒苏柯尔克孜自治州人民政府外事办公室 2027 年支出预算 524.93 万元，其中：\n"
                                              "基本支出 399.93 万元，占 76.19%，与上年预算持平。")));
    QVERIFY(narrative.contains(QStringLiteral("关于克孜勒苏柯尔克孜自治州人民政府外事办公室 2027 年收入预算情况说明")));
    QVERIFY(narrative.contains(QStringLiteral("2027 年财政拨款“三公”经费预算与上年预算持平")));
    QVERIFY(narrative.contains(QStringLiteral("\n【待改写】截至2024年底")));
    QVERIFY(narrative.contains(QStringLiteral("\n【待改写】2026年,本部门预算绩效管理整体预算绩效目标1个")));
    QVERIFY(narrative.contains(QStringLiteral("\n【待改写】2026年2月5日")));
    QVERIFY(narrative.contains(QStringLiteral("\n项目承担单位：克孜勒苏柯尔克孜自治州人民政府外事办公室\n"))); // no figure, no year
    static const QRegularExpression oldYearUnmarked(QStringLiteral("(^|\n)(?!【待改写】)[^\n]*2026"));
    QVERIFY2(!oldYearUnmarked.match(narrative).hasMatch(), qPrintable(oldYearUnmarked.match(narrative).captured()));
    int toRewrite = 0;
    for (const Finding &f : Validator::check(d, *TemplateRegistry::instance().find(d.templateId)).findings)
        toRewrite += f.rule == QLatin1String("D.needs-rewrite") && f.severity == Severity::Error;
    QCOMPARE(toRewrite, int(narrative.count(rewriteMarker())));
    QCOMPARE(d.schedules.targets, m_published.schedules.targets);

    // This year's figures became last year's.
    const Schedules &s = d.schedules;
    QCOMPARE(s.priorOf(QStringLiteral("functional.2010301")), wan(23857));
    QCOMPARE(s.priorOf(QStringLiteral("functional.2010350")), wan(3624));
    QCOMPARE(s.priorOf(QStringLiteral("income.general_budget")), wan(44993)); // the exact sum (published: 449.92)
    QCOMPARE(s.priorOf(QStringLiteral("income.general_budget")), m_published.schedules.sourceTotal(FundSource::GeneralBudget));
    QCOMPARE(s.priorOf(QStringLiteral("sangong.abroad")), wan(490));
    QCOMPARE(s.priorOf(QStringLiteral("sangong.total")), wan(2140));
    QCOMPARE(s.priorOf(QStringLiteral("sangong.vehicle_operation")), wan(700));
    QCOMPARE(s.priorOf(QStringLiteral("expense.basic")) .value_or(Amount()) + s.priorOf(QStringLiteral("expense.project")).value_or(Amount()),
             m_published.schedules.functionalTotal());
    QCOMPARE(s.priorOf(QStringLiteral("operating_cost")), m_published.schedules.figure(QStringLiteral("operating_cost")));
    const SanGongLine *abroad = s.sanGongLine(QStringLiteral("abroad"));
    QVERIFY(abroad);
    QCOMPARE(abroad->prior, wan(490));
    QCOMPARE(abroad->total(), wan(490)); // the amount itself starts equal
    for (const SanGongLine &l : s.sanGong)
        QCOMPARE(l.prior, l.total());
    // Every prior the source stated is there again, with this year's value.
    for (const PriorFigure &p : m_published.schedules.prior)
        QVERIFY2(s.priorOf(p.key), qPrintable(p.key));
    for (const PriorFigure &p : s.prior)
        QCOMPARE(p.sourceLine, 0);

    // The draft opens and derives, without differences (no published tables).
    DocumentSession session;
    QString error;
    QVERIFY2(session.setDocument(d, &error), qPrintable(error));
    QVERIFY(session.differences().findings.isEmpty());
    QCOMPARE(session.derivedTables().size(), 11);
}

void TestEditing::otherYearDraft()
{
    const BudgetDocument d = DraftFactory::makeDraft(m_published, m_published.year + 3);
    QCOMPARE(d.year, m_published.year + 3);
    QVERIFY(d.schedules.prior.isEmpty());
    for (const SanGongLine &l : d.schedules.sanGong)
        QVERIFY(!l.prior);
    QCOMPARE(d.schedules.functional, m_published.schedules.functional);
}

void TestEditing::recoveryRoundTrip()
{
    const RecoveryStore store(m_dir.filePath(QStringLiteral("recovery")));
    QVERIFY(store.pending().isEmpty()); // the folder does not even exist yet

    BudgetDocument edited = m_draft;
    edited.schedules.functional[0].amount = wan(99999);
    QString error;
    QVERIFY2(store.write(edited, &error), qPrintable(error));
    BudgetDocument stored = m_draft;
    stored.id = 42;
    stored.modified = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
    QVERIFY2(store.write(stored, &error), qPrintable(error));
    QVERIFY2(store.write(stored, &error), qPrintable(error)); // replaces, still one file

    const QList<RecoveryRecord> records = store.pending();
    QCOMPARE(records.size(), 2);
    for (const RecoveryRecord &r : records) {
        QCOMPARE(r.department, m_draft.department);
        QCOMPARE(r.year, m_draft.year);
        QVERIFY(r.written.isValid());
        QVERIFY(r.fromThisRun);
        const auto loaded = store.load(r.path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == (r.documentId == 42 ? stored : edited));
    }
    QVERIFY(records.at(0).written >= records.at(1).written);

    // A published document with its tables survives the round trip too.
    BudgetDocument published = m_published;
    published.id = 7;
    QVERIFY2(store.write(published, &error), qPrintable(error));
    const auto loaded = store.load(store.pathFor(published), &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == published);

    // Damaged and foreign files are not offered; loading them says why.
    const QString damaged = store.directory() + QStringLiteral("/doc-99.json");
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"budgetdesk-recovery\", \"vers");
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
    QCOMPARE(store.pending().size(), 3);
    QVERIFY(!store.load(damaged, &error));
    QVERIFY2(error.contains(QStringLiteral("doc-99.json")), qPrintable(error));

    store.discard(42);
    store.discard(7);
    store.discardFile(damaged);
    QCOMPARE(store.pending().size(), 1);
    QCOMPARE(store.pending().first().documentId, qint64(0));

    // The default folder is the application's data folder.
    QVERIFY(RecoveryStore().directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestEditing::autoSaverWritesAndRemoves()
{
    DocumentSession session;
    QString error;
    BudgetDocument doc = m_draft;
    doc.id = 5;
    QVERIFY2(session.setDocument(doc, &error), qPrintable(error));
    DocumentEditor editor(&session);
    const RecoveryStore store(m_dir.filePath(QStringLiteral("recovery")));
    AutoSaver saver(&session, &editor, store);
    QCOMPARE(saver.delay(), 5000);
    saver.setDelay(50);
    QSignalSpy written(&saver, &AutoSaver::recordWritten);
    QSignalSpy removed(&saver, &AutoSaver::recordRemoved);

    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(4624), &error));
    QVERIFY(saver.isPending());
    QVERIFY(store.pending().isEmpty()); // not at once: a few moments after the change
    QVERIFY(written.wait(2000));
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.first().at(0).toString(), store.pathFor(doc));
    auto records = store.pending();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().documentId, qint64(5));
    auto loaded = store.load(records.first().path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(functionalAmount(loaded->schedules, QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic), wan(4624));
    QVERIFY(*loaded == session.document());

    // Saved: the record goes.
    editor.markSaved();
    QCOMPARE(removed.count(), 1);
    QVERIFY(store.pending().isEmpty());

    // No writes while clean; an edit undone back to the saved state removes its record too.
    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(5000), &error));
    QVERIFY(written.wait(2000));
    QCOMPARE(store.pending().size(), 1);
    editor.undoStack()->undo();
    QVERIFY(!editor.isDirty());
    QVERIFY(store.pending().isEmpty());
    QVERIFY(!saver.isPending());

    // flush() writes at once.
    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(6000), &error));
    saver.flush();
    QCOMPARE(store.pending().size(), 1);
    QVERIFY(!saver.isPending());
}

void TestEditing::killedChildLeavesLoadableRecord()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a POSIX signal");
#endif
    for (int round = 0; round < 5; ++round) {
        const QString dir = m_dir.filePath(QStringLiteral("kill-%1").arg(round));
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), dir});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Wait for the first record, then let the child go on editing and writing a little.
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains("written") && clock.elapsed() < 60000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(200);
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.contains("written"), child.readAllStandardError().constData());
        // While the child runs, its record is not one left behind: another copy of the program
        // started now must not offer it.
        const QList<RecoveryRecord> live = RecoveryStore(dir).pending();
        QCOMPARE(live.size(), 1);
        QVERIFY(live.first().ownerRunning);
        QTest::qWait(20 + QRandomGenerator::global()->bounded(200));
        child.kill(); // SIGKILL: no destructor, no handler, no flush runs
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const RecoveryStore store(dir);
        const QList<RecoveryRecord> records = store.pending();
        QCOMPARE(records.size(), 1);
        const RecoveryRecord &r = records.first();
        QVERIFY(!r.fromThisRun);
        QVERIFY(!r.ownerRunning); // killed: its lock went with it
        QCOMPARE(r.department, m_draft.department);
        QCOMPARE(r.documentId, qint64(0));
        QString error;
        const auto loaded = store.load(r.path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->status, DocumentStatus::Draft);
        const Amount edited = functionalAmount(loaded->schedules, QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic);
        QVERIFY2(edited >= wan(4624), qPrintable(edited.format(Unit::WanYuan)));
        // Apart from that one line it is the draft the child opened.
        Schedules expected = m_draft.schedules;
        for (FunctionalLine &l : expected.functional)
            if (l.code == QLatin1String("2010350") && l.source == FundSource::GeneralBudget && l.phase == Phase::Basic)
                l.amount = edited;
        QCOMPARE(loaded->schedules, expected);
        // Only whole records: no stray temporary file is taken for one.
        for (const QString &name : QDir(dir).entryList(QDir::Files))
            QVERIFY2(name == QFileInfo(r.path).fileName() || !name.endsWith(QLatin1String(".json")), qPrintable(name));
    }
}

void TestEditing::auditDiffOfDerivedCells()
{
    const auto tpl = TemplateRegistry::instance().find(m_draft.templateId);
    QVERIFY(tpl);
    QVERIFY(AuditLog::diff(m_draft, m_draft, *tpl).isEmpty());

    BudgetDocument after = m_draft;
    for (FunctionalLine &l : after.schedules.functional)
        if (l.code == QLatin1String("2010350") && l.source == FundSource::GeneralBudget && l.phase == Phase::Basic)
            l.amount = wan(4624);
    const QList<AuditEntry> entries = AuditLog::diff(m_draft, after, *tpl);
    const QList<CellChange> expected =
        changedCells(TableDeriver(*tpl, m_draft).deriveAll(), TableDeriver(*tpl, after).deriveAll());
    QCOMPARE(entries.size(), expected.size());
    bool found = false;
    for (const AuditEntry &e : entries) {
        QVERIFY(e.oldAmount && e.newAmount);
        QCOMPARE(*e.newAmount - *e.oldAmount, wan(1000));
        if (e.tableNo == 3 && e.rowKey == QLatin1String("201") && e.columnKey == QLatin1String("total")) {
            QCOMPARE(e.oldAmount, wan(39981));
            QCOMPARE(e.newAmount, wan(40981));
            found = true;
        }
    }
    QVERIFY(found);

    // A new row: its cells appear with no old value; removing it gives them no new value.
    BudgetDocument added = m_draft;
    added.schedules.functional.append(FunctionalLine{QStringLiteral("2010302"), QStringLiteral("一般行政管理事务"),
                                                     FundSource::GeneralBudget, Phase::Project, wan(300)});
    const QList<AuditEntry> grown = AuditLog::diff(m_draft, added, *tpl);
    bool newRow = false;
    for (const AuditEntry &e : grown)
        if (e.tableNo == 3 && e.rowKey == QLatin1String("2010302") && e.columnKey == QLatin1String("total")) {
            QVERIFY(!e.oldAmount);
            QCOMPARE(e.newAmount, wan(300));
            newRow = true;
        }
    QVERIFY(newRow);
    const QList<AuditEntry> shrunk = AuditLog::diff(added, m_draft, *tpl);
    QCOMPARE(shrunk.size(), grown.size());
    for (const AuditEntry &e : shrunk)
        if (e.rowKey == QLatin1String("2010302"))
            QVERIFY(!e.newAmount);
}

void TestEditing::auditTrailOfSaves()
{
    // On a file, or on the PostgreSQL server of the suite's second run (BD_TEST_POSTGRES, an
    // empty database for this test).
    const QString server = test::serverUrl();
    DocumentStore store;
    QString error;
    if (!server.isEmpty())
        QVERIFY2(test::resetServer(server, &error), qPrintable(error));
    QVERIFY2(store.open(server.isEmpty() ? m_dir.filePath(QStringLiteral("audit.sqlite")) : server, &error), qPrintable(error));
    QCOMPARE(store.database().driverName(), server.isEmpty() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"));
    QVERIFY(store.schemaVersion() >= 2);

    // First save: nothing to compare with, nothing recorded.
    BudgetDocument doc = m_draft;
    QVERIFY2(store.save(doc, &error), qPrintable(error));
    QVERIFY(store.auditTrail(doc.id, &error).isEmpty());
    // Saving the same again records nothing either.
    QVERIFY2(store.save(doc, &error), qPrintable(error));
    QVERIFY(store.auditTrail(doc.id, &error).isEmpty());

    DocumentSession session;
    QVERIFY2(session.setDocument(doc, &error), qPrintable(error));
    DocumentEditor editor(&session);
    const QList<DisclosureTable> before = session.derivedTables();
    QVERIFY(editor.setFunctionalAmount(QStringLiteral("2010350"), FundSource::GeneralBudget, Phase::Basic, wan(4624), &error));
    const QList<CellChange> changes = changedCells(before, session.derivedTables());

    BudgetDocument edited = session.document();
    QVERIFY2(store.save(edited, &error), qPrintable(error));
    session.markStored(edited.id, edited.modified); // as the window does: the next save builds on this one
    editor.markSaved();
    const QList<AuditEntry> trail = store.auditTrail(doc.id, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(trail.size(), changes.size());

    // The account that saved: the environment's USER, else the system's own record of it.
    const QString user = AuditLog::currentOsUser();
    QVERIFY(!user.isEmpty() && user != QLatin1String("unknown"));
    // Exactly the changed cells, with their old and new amounts, table, row and column.
    for (const CellChange &c : changes) {
        const DisclosureTable *t = tableOf(before, c.table);
        const TableColumn &col = t->columns.at(c.column);
        const TableRow &row = t->rows.at(c.row);
        const TemplateDescription &tpl = session.templ();
        const bool right = tpl.table(c.table)->kind == TableKind::TwoSided && col.side == 1;
        const QString rowKey = right ? row.rightKey : row.key;
        bool matched = false;
        for (const AuditEntry &e : trail)
            if (e.tableNo == c.table && e.rowKey == rowKey && e.columnKey == col.key) {
                QCOMPARE(e.oldAmount, c.before);
                QCOMPARE(e.newAmount, c.after);
                matched = true;
            }
        QVERIFY2(matched, qPrintable(QStringLiteral("table %1 %2/%3 not in the trail").arg(c.table).arg(rowKey, col.key)));
    }
    for (const AuditEntry &e : trail) {
        QCOMPARE(e.documentId, doc.id);
        QCOMPARE(e.osUser, user);
        QCOMPARE(e.changedAt, edited.modified); // the time of that save
        QVERIFY(e.id > 0);
    }
    bool total201 = false;
    for (const AuditEntry &e : trail)
        total201 = total201
                   || (e.tableNo == 3 && e.rowKey == QLatin1String("201") && e.columnKey == QLatin1String("total")
                       && e.oldAmount == wan(39981) && e.newAmount == wan(40981));
    QVERIFY(total201);

    // A second edit adds its own entries after the first ones; ids keep increasing.
    QVERIFY(editor.setSanGong(QStringLiteral("abroad"), FundSource::GeneralBudget, wan(500), &error));
    edited = session.document();
    QVERIFY2(store.save(edited, &error), qPrintable(error));
    const QList<AuditEntry> longer = store.auditTrail(doc.id, &error);
    QVERIFY(longer.size() > trail.size());
    QCOMPARE(longer.mid(0, trail.size()), trail);
    for (int i = 1; i < longer.size(); ++i)
        QVERIFY(longer.at(i).id > longer.at(i - 1).id);
    bool abroad = false;
    for (const AuditEntry &e : longer.mid(trail.size()))
        abroad = abroad || (e.tableNo == 10 && e.rowKey == QLatin1String("sangong:abroad") && e.oldAmount == wan(490)
                            && e.newAmount == wan(500));
    QVERIFY(abroad);

    // The trail goes with its document.
    QVERIFY2(store.remove(doc.id, &error), qPrintable(error));
    QVERIFY(store.auditTrail(doc.id, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype child = args.indexOf(QStringLiteral("--child")); child >= 0)
        return runChild(args.value(child + 1));
    TestEditing test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editing.moc"
