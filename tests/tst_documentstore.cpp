// Tests of the SQL store: round trip, update, list, cascade, refusing foreign files and newer
// schemas, transactional saves, re-opening, WAL.

#include "store/AuditLog.h"
#include "store/DocumentStore.h"
#include "store/StoreSql.h"
#include "TestServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <concepts>

using namespace bd;

namespace {

// 0.01 万元 steps → 分: wan(23857) is 238.57 万元.
Amount wan(qint64 hundredths)
{
    return Amount::fromFen(hundredths * 10000);
}

TableCell amountCell(const DisclosureTable &t, qint64 hundredths, int line)
{
    TableCell c;
    c.amount = wan(hundredths);
    c.text = t.formatAmount(c.amount);
    c.sourceLine = line;
    return c;
}

TableCell textCell(const QString &text, int line)
{
    TableCell c;
    c.text = text;
    c.sourceLine = line;
    return c;
}

// Table 3 of the Kizilsu sample (部门支出总体情况表), abridged, with its three header rows.
DisclosureTable expenditureTable()
{
    DisclosureTable t;
    t.number = 3;
    t.id = QStringLiteral("expenditure_summary");
    t.title = QStringLiteral("部门支出总体情况表");
    t.printedTitle = QStringLiteral("表 3 部门支出总体情况表");
    t.issuer = QStringLiteral("编制部门：克孜勒苏柯尔克孜自治州人民政府外事办公室");
    t.unit = Unit::WanYuan;
    t.thousands = false;
    t.sourceLine = 152;
    t.headerRows = {
        {QStringLiteral("科目"), QString(), QString(), QString(), QStringLiteral("支出预算"), QString(), QString()},
        {QStringLiteral("功能分类科目编码"), QString(), QString(), QStringLiteral("功能分类科目名称"), QStringLiteral("合计"),
         QStringLiteral("基本支出"), QStringLiteral("项目支出")},
        {QStringLiteral("类"), QStringLiteral("款"), QStringLiteral("项")},
        {}, // a header row with no text at all must survive too
    };
    const QList<std::pair<const char *, const char *>> cols{{"code1", "类"}, {"code2", "款"}, {"code3", "项"},
                                                            {"name", "功能分类科目名称"}, {"total", "合计"},
                                                            {"basic", "基本支出"}, {"project", "项目支出"}};
    for (const auto &[key, header] : cols) {
        TableColumn c;
        c.key = QString::fromUtf8(key);
        c.header = QString::fromUtf8(header);
        c.isAmount = c.key == QLatin1String("total") || c.key == QLatin1String("basic") || c.key == QLatin1String("project");
        t.columns.append(c);
    }
    auto row = [&](const QString &key, int level, int line, const QStringList &codes, const QString &name,
                   std::optional<qint64> total, std::optional<qint64> basic, std::optional<qint64> project) {
        TableRow r;
        r.key = key;
        r.level = level;
        r.sourceLine = line;
        for (int i = 0; i < 3; ++i)
            r.cells.append(i < codes.size() ? textCell(codes.at(i), line) : TableCell{}); // empty cells
        r.cells.append(textCell(name, line));
        for (const auto &v : {total, basic, project})
            r.cells.append(v ? amountCell(t, *v, line) : TableCell{});
        t.rows.append(r);
    };
    row(QStringLiteral("total"), 0, 164, {}, QStringLiteral("总计"), 52492, 39992, 12500);
    row(QStringLiteral("201"), 1, 165, {QStringLiteral("201")}, QStringLiteral("一般公共服务支出"), 39981, 27481, 12500);
    row(QStringLiteral("20103"), 2, 166, {QStringLiteral("201"), QStringLiteral("03")},
        QStringLiteral("政府办公厅（室）及相关机构事务"), 39981, 27481, 12500);
    row(QStringLiteral("2010301"), 3, 167, {QStringLiteral("201"), QStringLiteral("03"), QStringLiteral("01")},
        QStringLiteral("行政运行"), 23857, 23857, std::nullopt);
    row(QStringLiteral("2010350"), 3, 168, {QStringLiteral("201"), QStringLiteral("03"), QStringLiteral("50")},
        QStringLiteral("事业运行"), 3624, 3624, std::nullopt);
    row(QStringLiteral("2010399"), 3, 169, {QStringLiteral("201"), QStringLiteral("03"), QStringLiteral("99")},
        QStringLiteral("其他政府办公厅（室）及相关机构事务支出"), 12500, std::nullopt, 12500);
    // A zero printed as "0.00" is an amount, not an empty cell.
    row(QStringLiteral("2080501"), 3, 176, {QStringLiteral("208"), QStringLiteral("05"), QStringLiteral("01")},
        QStringLiteral("行政单位离退休"), 4140, 4140, 0);
    return t;
}

// Table 9 (国有资本经营预算支出情况表): an empty table with its note, two-sided keys.
DisclosureTable emptyStateCapitalTable()
{
    DisclosureTable t;
    t.number = 9;
    t.id = QStringLiteral("state_capital_expenditure");
    t.title = QStringLiteral("国有资本经营预算支出情况表");
    t.unit = Unit::Yuan;
    t.thousands = true;
    t.sourceLine = 330;
    t.headerRows = {{QStringLiteral("项目"), QStringLiteral("本年支出")}};
    TableColumn name;
    name.key = QStringLiteral("name");
    name.header = QStringLiteral("项目");
    TableColumn amount;
    amount.key = QStringLiteral("total");
    amount.header = QStringLiteral("本年支出");
    amount.isAmount = true;
    amount.side = 1;
    t.columns = {name, amount};
    TableRow r;
    r.key = QStringLiteral("total");
    r.rightKey = QStringLiteral("expense:total");
    r.level = 0;
    r.cells = {textCell(QStringLiteral("合计"), 334), TableCell{}};
    t.rows = {r};
    t.note = QStringLiteral("克孜勒苏柯尔克孜自治州人民政府外事办公室 2026 年没有使用国有资本经营预算拨款安排的支出，故本表为空表。");
    return t;
}

BudgetDocument realisticDocument()
{
    BudgetDocument d;
    d.department = QStringLiteral("克孜勒苏柯尔克孜自治州人民政府外事办公室");
    d.year = 2026;
    d.templateId = QStringLiteral("xj-11");
    d.status = DocumentStatus::Published;
    d.title = QStringLiteral("2026 年部门预算公开");
    d.publishDate = QStringLiteral("2026年2月5日");
    d.sourceName = QStringLiteral("kizilsu-foreign-affairs-2026.txt");

    Schedules &s = d.schedules;
    auto fl = [](const char *code, const char *name, FundSource src, Phase ph, qint64 hundredths) {
        return FunctionalLine{QString::fromUtf8(code), QString::fromUtf8(name), src, ph, wan(hundredths)};
    };
    s.functional = {
        fl("2010301", "行政运行", FundSource::GeneralBudget, Phase::Basic, 23857),
        fl("2010350", "事业运行", FundSource::GeneralBudget, Phase::Basic, 3624),
        fl("2010399", "其他政府办公厅（室）及相关机构事务支出", FundSource::GeneralBudget, Phase::Project, 5000),
        fl("2010399", "其他政府办公厅（室）及相关机构事务支出", FundSource::GeneralBudgetTransfer, Phase::Project, 7500),
        fl("2080501", "行政单位离退休", FundSource::GeneralBudget, Phase::Basic, 4140),
        fl("2080505", "机关事业单位基本养老保险缴费支出", FundSource::GeneralBudget, Phase::Basic, 3345),
        fl("2101101", "行政单位医疗", FundSource::GeneralBudget, Phase::Basic, 1524),
        fl("2101102", "事业单位医疗", FundSource::BusinessIncome, Phase::Basic, 253),
        fl("2101103", "公务员医疗补助", FundSource::GeneralBudget, Phase::Basic, 538),
        fl("2210201", "住房公积金", FundSource::GeneralBudget, Phase::Basic, 2712),
    };
    // An amount that is not a whole 0.01 万元 (a yuan-template figure) and one far beyond 2^53.
    s.functional.append(FunctionalLine{QStringLiteral("2240106"), QStringLiteral("安全监管"), FundSource::OtherIncome,
                                       Phase::Project, Amount::fromFen(9'633'221'344)});
    s.functional.append(FunctionalLine{QStringLiteral("2299999"), QStringLiteral("其他支出"), FundSource::CarryOverFiscal,
                                       Phase::Basic, Amount::fromFen(9'007'199'254'740'993LL)});
    s.unitFundsDetail = {{FundSource::BusinessIncome, wan(253)}, {FundSource::OtherIncome, Amount::fromFen(9'633'221'344)}};
    auto el = [](const char *code, const char *name, qint64 personnel, qint64 pub) {
        return EconomicLine{QString::fromUtf8(code), QString::fromUtf8(name), wan(personnel), wan(pub)};
    };
    s.economic = {
        el("30101", "基本工资", 8224, 0),      el("30102", "津贴补贴", 10770, 0),
        el("30103", "奖金", 5382, 0),          el("30113", "住房公积金", 2712, 0),
        el("30201", "办公费", 0, 500),         el("30212", "因公出国（境）费用", 0, 50),
        el("30217", "公务接待费", 0, 50),      el("30231", "公务用车运行维护费", 0, 200),
        el("30299", "其他商品和服务支出", 0, 82),
    };
    ProjectLine p1;
    p1.name = QStringLiteral("特定目标 1210070G");
    p1.functionalCode = QStringLiteral("2010399");
    p1.functionalName = QStringLiteral("其他政府办公厅（室）及相关机构事务支出");
    p1.byEconomicClass = {{QStringLiteral("302"), wan(2000)}};
    ProjectLine p2;
    p2.name = QStringLiteral("特定目标 1210170R");
    p2.functionalCode = QStringLiteral("2010399");
    p2.functionalName = p1.functionalName;
    p2.source = FundSource::GeneralBudgetTransfer;
    p2.byEconomicClass = {{QStringLiteral("302"), wan(2983)}, {QStringLiteral("310"), wan(18)}};
    p2.statedTotal = wan(3000); // printed 30.00 while the rounded parts sum to 30.01
    s.projects = {p1, p2};
    s.sanGong = {
        SanGongLine{QStringLiteral("abroad"), wan(490), {}, {}, wan(500)},
        SanGongLine{QStringLiteral("reception"), wan(950), {}, {}, wan(950)},
        SanGongLine{QStringLiteral("vehicle_purchase"), {}, {}, {}, std::nullopt},
        SanGongLine{QStringLiteral("vehicle_operation"), wan(700), {}, {}, wan(800)},
    };
    s.carryOver = {CarryOverLine{QStringLiteral("2010301"), QStringLiteral("行政运行"), wan(100), wan(20), {}, {}, {},
                                 wan(5)}};
    s.figures = {
        Figure{QStringLiteral("operating_cost"), QStringLiteral("机关运行经费"), wan(1444), std::nullopt, QString(), 470},
        Figure{QStringLiteral("procurement.goods"), QStringLiteral("政府采购货物"), Amount(), std::nullopt, QString(), 480},
        Figure{QStringLiteral("assets.vehicles"), QStringLiteral("车辆"), std::nullopt, 3, QStringLiteral("辆"), 490},
        Figure{QStringLiteral("assets.buildings.area"), QStringLiteral("房屋"), std::nullopt, 123456, QStringLiteral("平方米"), 491},
    };
    s.prior = {
        PriorFigure{QStringLiteral("income.general_budget"), wan(44777),
                    QStringLiteral("一般公共预算当年拨款收入 449.92 万元，比上年预算增加 2.15 万元"), 410},
        PriorFigure{QStringLiteral("functional.2010301"), wan(23000), QString(), 0},
    };
    PerformanceTarget overall;
    overall.kind = QStringLiteral("overall");
    overall.name = d.department;
    overall.goal = QStringLiteral("做好外事服务保障工作。\n完成边界管理任务。");
    overall.total = wan(52492);
    overall.fiscal = wan(52492);
    overall.sourceLine = 545;
    overall.indicators = {
        Indicator{QStringLiteral("履职效能"), QStringLiteral("数量指标"), QStringLiteral("开展对外会晤次数 (次)"),
                  QStringLiteral("≥6 次"), QStringLiteral("2026 年工作计划"), QString(), QString(), QString(), 15, 551},
        Indicator{QStringLiteral("履职效能"), QStringLiteral("数量指标"), QStringLiteral("接待外宾批次 (批)"),
                  QStringLiteral("≥10 批"), QStringLiteral("2026 年工作计划"), QString(), QString(), QString(), 16, 552},
    };
    PerformanceTarget project;
    project.kind = QStringLiteral("project");
    project.name = p2.name;
    project.owner = QStringLiteral("张三");
    project.phone = QStringLiteral("0908-4222222");
    project.goal = QStringLiteral("保障边界日常维护。");
    project.total = wan(3000);
    project.fiscalSuperior = wan(3000);
    project.fiscal = Amount();
    project.other = Amount();
    project.indicators = {
        Indicator{QStringLiteral("产出指标"), QStringLiteral("数量指标"), QStringLiteral("边界日常维护次数（次）"),
                  QStringLiteral("≥10 次"), QStringLiteral("计划标准"), QStringLiteral("28 次"),
                  QStringLiteral("按照正常比例赋分"), QStringLiteral("工作资料"), 5, 570},
        Indicator{QStringLiteral("产出指标"), QStringLiteral("质量指标"), QStringLiteral("踏查联检界碑（桩）覆盖率（%）"),
                  QStringLiteral("=100%"), QString(), QString(), QString(), QString(), std::nullopt, 573},
    };
    s.targets = {overall, project};
    s.narrative = {
        NarrativeSection{QStringLiteral("overview"), QStringLiteral("一、部门职责"),
                         QStringLiteral("贯彻执行党和国家外事、侨务、口岸、边界工作的方针、政策。\n负责克州因公出国(境)管理工作。"), 60},
        NarrativeSection{QStringLiteral("explanation"), QStringLiteral("十、“三公”经费"),
                         QStringLiteral("“三公”经费预算 21.40 万元，比上年减少 1.10 万元，下降 4.89%。'quoted' \"double\"; DROP TABLE documents;"),
                         355},
    };
    s.staffing.quota = 25;
    s.staffing.actual = 23;
    s.staffing.inService = 20;
    s.staffing.retired = 3;

    d.published = {expenditureTable(), emptyStateCapitalTable()};
    d.outline = {{14, QStringLiteral("第二部分 2026 年部门预算公开表"), 0}, {18, QStringLiteral("- 三、 部门支出总体情况表"), 3}};
    return d;
}

// Field-by-field comparison of published tables, to say where two differ.
QString tableDifference(const DisclosureTable &a, const DisclosureTable &b)
{
    if (a.number != b.number || a.id != b.id || a.title != b.title || a.unit != b.unit || a.thousands != b.thousands
        || a.note != b.note || a.sourceLine != b.sourceLine || a.printedTitle != b.printedTitle || a.issuer != b.issuer)
        return QStringLiteral("table %1: metadata differs").arg(a.number);
    if (a.headerRows != b.headerRows)
        return QStringLiteral("table %1: header rows differ").arg(a.number);
    if (a.columns.size() != b.columns.size())
        return QStringLiteral("table %1: column count differs").arg(a.number);
    for (int i = 0; i < a.columns.size(); ++i) {
        const TableColumn &x = a.columns[i], &y = b.columns[i];
        if (x.key != y.key || x.header != y.header || x.isAmount != y.isAmount || x.side != y.side)
            return QStringLiteral("table %1: column %2 differs").arg(a.number).arg(i);
    }
    if (a.rows.size() != b.rows.size())
        return QStringLiteral("table %1: row count differs").arg(a.number);
    for (int r = 0; r < a.rows.size(); ++r) {
        const TableRow &x = a.rows[r], &y = b.rows[r];
        if (x.key != y.key || x.rightKey != y.rightKey || x.level != y.level || x.sourceLine != y.sourceLine
            || x.cells.size() != y.cells.size())
            return QStringLiteral("table %1: row %2 differs").arg(a.number).arg(r);
        for (int c = 0; c < x.cells.size(); ++c) {
            const TableCell &p = x.cells[c], &q = y.cells[c];
            if (p.text != q.text || p.amount != q.amount || p.sourceLine != q.sourceLine)
                return QStringLiteral("table %1: cell (%2, %3) differs").arg(a.number).arg(r).arg(c);
        }
    }
    return QString();
}

QString documentDifference(const BudgetDocument &a, const BudgetDocument &b)
{
    if (a.id != b.id)
        return QStringLiteral("id");
    if (a.department != b.department || a.year != b.year || a.templateId != b.templateId || a.status != b.status
        || a.title != b.title || a.publishDate != b.publishDate || a.sourceName != b.sourceName)
        return QStringLiteral("metadata");
    const Schedules &x = a.schedules, &y = b.schedules;
    if (x.functional != y.functional) return QStringLiteral("functional");
    if (x.unitFundsDetail != y.unitFundsDetail) return QStringLiteral("unitFundsDetail");
    if (x.economic != y.economic) return QStringLiteral("economic");
    if (x.projects != y.projects) return QStringLiteral("projects");
    if (x.sanGong != y.sanGong) return QStringLiteral("sanGong");
    if (x.carryOver != y.carryOver) return QStringLiteral("carryOver");
    if (x.figures != y.figures) return QStringLiteral("figures");
    if (x.prior != y.prior) return QStringLiteral("prior");
    if (x.targets != y.targets) return QStringLiteral("targets");
    if (x.narrative != y.narrative) return QStringLiteral("narrative");
    if (!(x.staffing == y.staffing)) return QStringLiteral("staffing");
    if (a.published.size() != b.published.size())
        return QStringLiteral("published table count");
    for (int i = 0; i < a.published.size(); ++i) {
        const QString d = tableDifference(a.published[i], b.published[i]);
        if (!d.isEmpty())
            return d;
    }
    return QString();
}

// BudgetDocument::operator== is defaulted, and so deleted while DisclosureTable has no
// operator==; use it as soon as it exists.
template<typename D>
bool sameByOperator(const D &a, const D &b)
{
    if constexpr (std::equality_comparable<D>)
        return a == b;
    else
        return documentDifference(a, b).isEmpty();
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qFatal("prepare failed: %s", qPrintable(q.lastError().text()));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec() || !q.next())
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

const QStringList kChildTables{QStringLiteral("functional_lines"), QStringLiteral("economic_lines"),
                               QStringLiteral("document_parts"), QStringLiteral("published_tables")};

qint64 childRows(const QSqlDatabase &db, qint64 id)
{
    qint64 n = 0;
    for (const QString &t : kChildTables)
        n += count(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE document_id = ?").arg(t), {qlonglong(id)});
    return n;
}

qint64 orphanRows(const QSqlDatabase &db)
{
    qint64 n = 0;
    for (const QString &t : kChildTables)
        n += count(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE document_id NOT IN (SELECT id FROM documents)").arg(t));
    return n;
}

// The store's location under test: a PostgreSQL server when BD_TEST_POSTGRES names one (the
// suite's second run in ctest, against the throwaway server of scripts/pg.sh), else a file.
QString testServer()
{
    return test::serverUrl();
}

// A second, raw connection to the same database (a stand-in for another program or process).
class RawConnection
{
public:
    explicit RawConnection(const QString &location, const QString &name = QStringLiteral("raw"))
        : m_name(name)
    {
        if (const auto server = ServerAddress::parse(location)) {
            QSqlDatabase db = server->connection(m_name);
            if (!db.open())
                qWarning("%s: %s", qPrintable(server->shown()), qPrintable(db.lastError().text()));
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(location);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isServer() const { return db().driverName() == QLatin1String("QPSQL"); }
    // Makes every insert into table where condition holds (in terms of NEW) fail with message,
    // as another program's trigger would; untrap() takes it away.
    bool trap(const QString &table, const QString &condition, const QString &message)
    {
        if (!isServer())
            return exec(QStringLiteral("CREATE TRIGGER trap BEFORE INSERT ON %1 WHEN %2 BEGIN SELECT RAISE(ABORT, '%3'); END")
                            .arg(table, condition, message));
        return exec(QStringLiteral("CREATE FUNCTION trap() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF %1 THEN "
                                   "RAISE EXCEPTION '%2'; END IF; RETURN NEW; END $$")
                        .arg(condition, message))
               && exec(QStringLiteral("CREATE TRIGGER trap BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION trap()").arg(table));
    }
    bool untrap(const QString &table)
    {
        if (!isServer())
            return exec(QStringLiteral("DROP TRIGGER trap"));
        return exec(QStringLiteral("DROP TRIGGER trap ON %1").arg(table)) && exec(QStringLiteral("DROP FUNCTION trap()"));
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return ok;
    }

private:
    QString m_name;
};

// Turns the packed published tables and JSON parts of schema 13 back into what schemas 1 to 12
// held: a row per header text, column, row and cell, and the parts as JSON text.
bool unpackToSchema12(RawConnection &raw, const BudgetDocument &doc)
{
    const QStringList create{
        QStringLiteral("CREATE TABLE published_headers (document_id BIGINT NOT NULL, table_no INTEGER NOT NULL, "
                       "header_row INTEGER NOT NULL, col_no INTEGER NOT NULL, text TEXT NOT NULL, "
                       "PRIMARY KEY (document_id, table_no, header_row, col_no))"),
        QStringLiteral("CREATE TABLE published_columns (document_id BIGINT NOT NULL, table_no INTEGER NOT NULL, "
                       "col_no INTEGER NOT NULL, col_key TEXT NOT NULL, header TEXT NOT NULL, is_amount INTEGER NOT NULL, "
                       "side INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (document_id, table_no, col_no))"),
        QStringLiteral("CREATE TABLE published_rows (document_id BIGINT NOT NULL, table_no INTEGER NOT NULL, "
                       "row_no INTEGER NOT NULL, row_key TEXT NOT NULL, right_key TEXT NOT NULL DEFAULT '', "
                       "level INTEGER NOT NULL, source_line INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (document_id, table_no, row_no))"),
        QStringLiteral("CREATE TABLE published_cells (document_id BIGINT NOT NULL, table_no INTEGER NOT NULL, "
                       "row_no INTEGER NOT NULL, col_no INTEGER NOT NULL, text TEXT NOT NULL, amount_fen BIGINT NULL, "
                       "source_line INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (document_id, table_no, row_no, col_no))"),
        QStringLiteral("ALTER TABLE document_parts ADD COLUMN payload TEXT NOT NULL DEFAULT ''"),
    };
    for (const QString &sql : create)
        if (!raw.exec(sql))
            return false;
    auto insert = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery q(raw.db());
        q.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return !q.lastError().isValid();
    };
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; }; // the columns are NOT NULL
    const QVariant id = qlonglong(doc.id);
    for (int t = 0; t < doc.published.size(); ++t) {
        const DisclosureTable &dt = doc.published.at(t);
        for (int h = 0; h < dt.headerRows.size(); ++h)
            for (int c = 0; c < dt.headerRows.at(h).size(); ++c)
                if (!insert(QStringLiteral("INSERT INTO published_headers VALUES (?, ?, ?, ?, ?)"),
                            {id, t, h, c, text(dt.headerRows.at(h).at(c))}))
                    return false;
        for (int c = 0; c < dt.columns.size(); ++c) {
            const TableColumn &col = dt.columns.at(c);
            if (!insert(QStringLiteral("INSERT INTO published_columns VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {id, t, c, text(col.key), text(col.header), col.isAmount ? 1 : 0, col.side}))
                return false;
        }
        for (int r = 0; r < dt.rows.size(); ++r) {
            const TableRow &row = dt.rows.at(r);
            if (!insert(QStringLiteral("INSERT INTO published_rows VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {id, t, r, text(row.key), text(row.rightKey), row.level, row.sourceLine}))
                return false;
            for (int c = 0; c < row.cells.size(); ++c) {
                const TableCell &cell = row.cells.at(c);
                const QVariant fen = cell.amount ? QVariant(qlonglong(cell.amount->fen())) : QVariant(QMetaType::fromType<qlonglong>());
                if (!insert(QStringLiteral("INSERT INTO published_cells VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {id, t, r, c, text(cell.text), fen, cell.sourceLine}))
                    return false;
            }
        }
    }
    const QJsonObject json = doc.toJson();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QByteArray payload = it->isArray() ? QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact);
        if (!insert(QStringLiteral("UPDATE document_parts SET payload = ? WHERE document_id = ? AND part = ?"),
                    {QString::fromUtf8(payload), id, it.key()}))
            return false;
    }
    return raw.exec(QStringLiteral("DELETE FROM document_parts WHERE part = 'published'"))
           && raw.exec(QStringLiteral("ALTER TABLE document_parts DROP COLUMN packed"));
}

} // namespace

class TestDocumentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migrationsAndPragmas();
    void roundTrip();
    void normalizedMoneyIsQueryable();
    void updateKeepsOneDocument();
    void draftWithoutPublishedTables();
    void listSummaries();
    void removeCascades();
    void serverAddressIsNoFileName();
    void garbageFileIsRefusedAndUntouched();
    void foreignSqliteIsRefusedAndUntouched();
    void newerSchemaIsRefused();
    void failedUpdateKeepsPreviousDocument();
    void failedInsertLeavesNothing();
    void staleIdIsRefused();
    void saveOverNewerVersionIsRefused();
    void loadFiguresLeavesTheTextOut();
    void loadFiguresOfMany();
    void damagedPartIsNamed();
    void partsCompressAsQCompressDoes();
    void reopenKeepsData();
    void idsAreNotReused();
    void notOpen();
    void defaultPath();
    void auditTrailInTheSaveTransaction();
    void auditTableAddedToVersion1Database();

private:
    // Where the store under test lives; dbPath() for what only a file can show.
    QString location() const { return testServer().isEmpty() ? dbPath() : testServer(); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("budgetdesk.sqlite")); }
    static bool onServer() { return !testServer().isEmpty(); }
    QTemporaryDir m_dir;
};

void TestDocumentStore::init()
{
    QVERIFY(m_dir.isValid());
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dbPath() + QLatin1String(suffix));
    QString error;
    if (onServer()) // every test starts from an empty database, as from a new file
        QVERIFY2(test::resetServer(testServer(), &error), qPrintable(error));
}

void TestDocumentStore::migrationsAndPragmas()
{
    QVERIFY(DocumentStore::latestSchemaVersion() >= 1);
    DocumentStore store;
    QVERIFY(!store.isOpen());
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QVERIFY(store.isOpen());
    // The run this is: on the server, the store speaks to it, not to a file.
    QCOMPARE(store.database().driverName(), onServer() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
    QCOMPARE(store.schemaVersion(), DocumentStore::latestSchemaVersion());
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             qint64(DocumentStore::latestSchemaVersion()));

    if (!onServer()) { // SQLite's per-connection settings
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
    }

    const QStringList tables = store.database().tables();
    for (const char *t : {"schema_version", "documents", "functional_lines", "economic_lines", "document_parts",
                          "published_tables"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    // Schema 14 dropped what schema 13 packed into published_tables.body.
    for (const char *t : {"published_headers", "published_columns", "published_rows", "published_cells"})
        QVERIFY2(!tables.contains(QLatin1String(t)), t);

    // Opening again applies nothing twice.
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), DocumentStore::latestSchemaVersion());
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM schema_version")),
             qint64(DocumentStore::latestSchemaVersion()));
}

void TestDocumentStore::roundTrip()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));

    BudgetDocument doc = realisticDocument();
    QCOMPARE(doc.id, 0);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const auto id = store.save(doc, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(*id > 0);
    QCOMPARE(doc.id, *id);
    QVERIFY(doc.modified.isValid());
    QCOMPARE(doc.modified.timeSpec(), Qt::UTC);
    QVERIFY(doc.modified >= before);

    const auto loaded = store.load(*id, &error);
    QVERIFY2(loaded, qPrintable(error));

    // Field by field.
    QCOMPARE(loaded->id, doc.id);
    QCOMPARE(loaded->department, doc.department);
    QCOMPARE(loaded->year, 2026);
    QCOMPARE(loaded->templateId, doc.templateId);
    QCOMPARE(loaded->status, DocumentStatus::Published);
    QCOMPARE(loaded->title, doc.title);
    QCOMPARE(loaded->publishDate, doc.publishDate);
    QCOMPARE(loaded->sourceName, doc.sourceName);
    QCOMPARE(loaded->modified, doc.modified);
    const Schedules &s = loaded->schedules;
    QCOMPARE(s.functional.size(), doc.schedules.functional.size());
    for (int i = 0; i < s.functional.size(); ++i)
        QVERIFY2(s.functional[i] == doc.schedules.functional[i], qPrintable(doc.schedules.functional[i].code));
    QCOMPARE(s.functional[0].code, QStringLiteral("2010301"));
    QCOMPARE(s.functional[0].name, QStringLiteral("行政运行"));
    QCOMPARE(s.functional[0].amount.fen(), qint64(2385700) * 100);
    QCOMPARE(s.functional[3].source, FundSource::GeneralBudgetTransfer);
    QCOMPARE(s.functional[3].phase, Phase::Project);
    QCOMPARE(s.functional.last().amount.fen(), 9'007'199'254'740'993LL);
    QVERIFY(s.unitFundsDetail == doc.schedules.unitFundsDetail);
    QVERIFY(s.economic == doc.schedules.economic);
    QVERIFY(s.projects == doc.schedules.projects);
    QCOMPARE(s.projects[1].statedTotal, std::optional<Amount>(wan(3000)));
    QCOMPARE(s.projects[1].total(), wan(3001));
    QVERIFY(s.sanGong == doc.schedules.sanGong);
    QCOMPARE(s.sanGong[0].prior, std::optional<Amount>(wan(500)));
    QVERIFY(!s.sanGong[2].prior.has_value());
    QVERIFY(s.carryOver == doc.schedules.carryOver);
    QVERIFY(s.figures == doc.schedules.figures);
    QVERIFY(s.figures[1].amount.has_value()); // a stated zero stays a stated zero
    QVERIFY(!s.figures[2].amount.has_value());
    QVERIFY(s.prior == doc.schedules.prior);
    QVERIFY(s.targets == doc.schedules.targets);
    QCOMPARE(s.targets[1].indicators[0].scoringRule, QStringLiteral("按照正常比例赋分"));
    QVERIFY(!s.targets[1].indicators[1].weight.has_value());
    QVERIFY(s.narrative == doc.schedules.narrative);
    QVERIFY(s.staffing == doc.schedules.staffing);
    QVERIFY(!s.staffing.retiredCadre.has_value());
    QVERIFY(s == doc.schedules);

    QCOMPARE(loaded->published.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString diff = tableDifference(loaded->published[i], doc.published[i]);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    const DisclosureTable &t3 = loaded->published[0];
    QCOMPARE(t3.headerRows.size(), 4);
    QVERIFY(t3.headerRows[3].isEmpty());
    QCOMPARE(t3.headerRows[0].size(), 7);
    QVERIFY(!t3.rows[3].cells[6].amount.has_value()); // 2010301 项目支出: empty cell
    QVERIFY(t3.rows[3].cells[6].text.isEmpty());
    QCOMPARE(t3.rows[6].cells[6].amount, std::optional<Amount>(Amount())); // "0.00"
    QCOMPARE(t3.rows[6].cells[6].text, QStringLiteral("0.00"));
    QCOMPARE(loaded->published[1].note, doc.published[1].note);
    QCOMPARE(loaded->published[1].rows[0].rightKey, QStringLiteral("expense:total"));
    QCOMPARE(loaded->published[1].columns[1].side, 1);

    // The whole document.
    QVERIFY2(documentDifference(*loaded, doc).isEmpty(), qPrintable(documentDifference(*loaded, doc)));
    QVERIFY(sameByOperator(*loaded, doc));
    // And the JSON the rest of the program uses agrees.
    QCOMPARE(loaded->toJson(), doc.toJson());
}

void TestDocumentStore::normalizedMoneyIsQueryable()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument doc = realisticDocument();
    QVERIFY2(store.save(doc, &error), qPrintable(error));
    const QSqlDatabase db = store.database();
    const QVariant id = qlonglong(doc.id);

    QCOMPARE(count(db, QStringLiteral("SELECT amount_fen FROM functional_lines WHERE document_id = ? AND code = ?"),
                   {id, QStringLiteral("2010301")}),
             qint64(238'570'000));
    QCOMPARE(count(db, QStringLiteral("SELECT SUM(amount_fen) FROM functional_lines WHERE document_id = ? AND phase = ? "
                                      "AND code LIKE ?"),
                   {id, QStringLiteral("project"), QStringLiteral("201%")}),
             wan(12500).fen());
    QCOMPARE(count(db, QStringLiteral("SELECT SUM(personnel_fen) FROM economic_lines WHERE document_id = ?"), {id}),
             wan(8224 + 10770 + 5382 + 2712).fen());
    // A published table is a row of published_tables, found by its template number; its header
    // rows, columns and cells are its entry in the part "published", the tables' JSON compressed
    // as qCompress writes it (schema 13).
    const qint64 tableNo = count(db, QStringLiteral("SELECT table_no FROM published_tables WHERE document_id = ? AND number = 3"), {id});
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral("SELECT packed FROM document_parts WHERE document_id = ? AND part = 'published'")));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    const QJsonObject body = QJsonDocument::fromJson(qUncompress(q.value(0).toByteArray())).array().at(tableNo).toObject();
    const QJsonArray columns = body.value(QStringLiteral("columns")).toArray();
    const QJsonArray rows = body.value(QStringLiteral("rows")).toArray();
    int totalColumn = -1, amountless = 0;
    for (int c = 0; c < columns.size(); ++c)
        if (columns[c].toObject().value(QStringLiteral("key")).toString() == QLatin1String("total"))
            totalColumn = c;
    QVERIFY(totalColumn >= 0);
    std::optional<qint64> total;
    for (const QJsonValue &row : rows) {
        const QJsonArray cells = row.toObject().value(QStringLiteral("cells")).toArray();
        for (const QJsonValue &cell : cells)
            amountless += cell.toObject().contains(QStringLiteral("fen")) ? 0 : 1;
        if (row.toObject().value(QStringLiteral("key")).toString() == QLatin1String("total"))
            total = cells[totalColumn].toObject().value(QStringLiteral("fen")).toInteger();
    }
    QCOMPARE(total, std::optional<qint64>(wan(52492).fen()));
    QCOMPARE(amountless, 49 - 18); // table 3: 49 cells, 18 with an amount
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM document_parts WHERE document_id = ?"), {id}), qint64(16)); // the published tables, the JSON parts, unreadable tables, import readings, the outline and a final account's parts among them
}

void TestDocumentStore::updateKeepsOneDocument()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument doc = realisticDocument();
    const auto id = store.save(doc, &error);
    QVERIFY2(id, qPrintable(error));
    const QDateTime firstModified = doc.modified;
    QTest::qWait(5);

    // Edit: change an amount, drop lines, drop a table, add a row, change metadata.
    doc.schedules.functional[0].amount = wan(24000);
    doc.schedules.functional.removeLast();
    doc.schedules.economic.removeFirst();
    doc.schedules.targets.removeLast();
    doc.schedules.staffing.retiredCadre = 1;
    doc.published.removeLast();
    TableRow extra = doc.published[0].rows.last();
    extra.key = QStringLiteral("2080505");
    doc.published[0].rows.append(extra);
    doc.status = DocumentStatus::Draft;
    doc.title = QStringLiteral("2026 年部门预算（草稿）");

    const auto again = store.save(doc, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *id);
    QCOMPARE(doc.id, *id);
    QVERIFY(doc.modified > firstModified);

    QCOMPARE(store.list(&error).size(), 1);
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM documents")), qint64(1));
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM functional_lines WHERE document_id = ?"),
                   {qlonglong(*id)}),
             qint64(doc.schedules.functional.size()));
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM published_tables WHERE document_id = ?"),
                   {qlonglong(*id)}),
             qint64(1));

    const auto loaded = store.load(*id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(documentDifference(*loaded, doc).isEmpty(), qPrintable(documentDifference(*loaded, doc)));
    QVERIFY(sameByOperator(*loaded, doc));
    QCOMPARE(loaded->modified, doc.modified);
    QCOMPARE(loaded->schedules.functional[0].amount, wan(24000));
    QCOMPARE(loaded->status, DocumentStatus::Draft);
    QCOMPARE(orphanRows(store.database()), qint64(0));
}

void TestDocumentStore::draftWithoutPublishedTables()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument draft; // almost empty: null strings, no schedules, no tables
    draft.status = DocumentStatus::Draft;
    draft.year = 2027;
    QVERIFY2(store.save(draft, &error), qPrintable(error));
    const auto loaded = store.load(draft.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(documentDifference(*loaded, draft).isEmpty(), qPrintable(documentDifference(*loaded, draft)));
    QVERIFY(loaded->published.isEmpty());
    QVERIFY(loaded->schedules == Schedules());
}

void TestDocumentStore::listSummaries()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QVERIFY(store.list(&error).isEmpty());
    QVERIFY(store.isEmpty(&error));
    QCOMPARE(store.firstDocument(QStringLiteral("putuo-commerce-2025.txt"), &error), qint64(0));
    QVERIFY(error.isEmpty());

    BudgetDocument a = realisticDocument();
    a.year = 2026;
    BudgetDocument b = realisticDocument();
    b.year = 2025;
    b.status = DocumentStatus::Draft;
    b.sourceName.clear();
    BudgetDocument c;
    c.department = QStringLiteral("A 区商务委员会"); // sorts before the Chinese name
    c.year = 2025;
    c.templateId = QStringLiteral("sh-putuo-9");
    c.sourceName = QStringLiteral("putuo-commerce-2025.txt");
    BudgetDocument d = realisticDocument();
    d.year = 2026; // same department and year as a: ordered by id
    for (BudgetDocument *doc : {&a, &b, &c, &d})
        QVERIFY2(store.save(*doc, &error), qPrintable(error));

    const QList<DocumentSummary> list = store.list(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(list.size(), 4);
    QCOMPARE(list[0].id, c.id);
    QCOMPARE(list[1].id, b.id);
    QCOMPARE(list[2].id, a.id);
    QCOMPARE(list[3].id, d.id);
    QVERIFY(a.id < d.id);

    QCOMPARE(list[0].department, c.department);
    QCOMPARE(list[0].year, 2025);
    QCOMPARE(list[0].templateId, QStringLiteral("sh-putuo-9"));
    QCOMPARE(list[0].status, DocumentStatus::Published);
    QCOMPARE(list[0].sourceName, c.sourceName);
    QCOMPARE(list[0].modified, c.modified);
    QCOMPARE(list[1].status, DocumentStatus::Draft);
    QVERIFY(list[1].sourceName.isEmpty());
    QCOMPARE(list[2].department, a.department);
    QCOMPARE(list[2].templateId, QStringLiteral("xj-11"));

    // The document opened when none was chosen: the preferred source's, else the first listed.
    QVERIFY(!store.isEmpty(&error));
    QCOMPARE(store.firstDocument(QStringLiteral("putuo-commerce-2025.txt"), &error), c.id);
    QCOMPARE(store.firstDocument(a.sourceName, &error), a.id);
    QCOMPARE(store.firstDocument(QStringLiteral("nowhere.txt"), &error), c.id);
    QVERIFY(error.isEmpty());
}

void TestDocumentStore::removeCascades()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument keep = realisticDocument();
    BudgetDocument gone = realisticDocument();
    gone.year = 2025;
    QVERIFY2(store.save(keep, &error), qPrintable(error));
    QVERIFY2(store.save(gone, &error), qPrintable(error));
    const QSqlDatabase db = store.database();
    const qint64 keepRows = childRows(db, keep.id);
    QVERIFY(keepRows > 0);
    QCOMPARE(childRows(db, gone.id), keepRows);
    // Every child table really has rows, so the cascade is exercised everywhere.
    for (const QString &t : kChildTables)
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE document_id = ?").arg(t), {qlonglong(gone.id)}) > 0,
                 qPrintable(t));

    QVERIFY2(store.remove(gone.id, &error), qPrintable(error));
    QCOMPARE(childRows(db, gone.id), qint64(0));
    QCOMPARE(orphanRows(db), qint64(0));
    QCOMPARE(childRows(db, keep.id), keepRows);
    QCOMPARE(store.list(&error).size(), 1);
    QVERIFY(!store.load(gone.id, &error));
    QVERIFY(error.contains(QString::number(gone.id)));
    const auto kept = store.load(keep.id, &error);
    QVERIFY2(kept, qPrintable(error));
    QVERIFY(sameByOperator(*kept, keep));

    error.clear();
    QVERIFY(!store.remove(gone.id, &error));
    QVERIFY(error.contains(QStringLiteral("no such document")));
}

void TestDocumentStore::serverAddressIsNoFileName()
{
    // Addresses as --db takes them: a server by name, or by its socket folder, percent-encoded.
    auto a = ServerAddress::parse(QStringLiteral("postgresql://budget:s%40cret@%2Ftmp%2Fbd-pg%2Fsocket:5433/budgets"));
    QVERIFY(a);
    QCOMPARE(a->user, QStringLiteral("budget"));
    QCOMPARE(a->password, QStringLiteral("s@cret"));
    QCOMPARE(a->host, QStringLiteral("/tmp/bd-pg/socket"));
    QCOMPARE(a->port, 5433);
    QCOMPARE(a->database, QStringLiteral("budgets"));
    QCOMPARE(a->shown(), QStringLiteral("postgresql://budget@/tmp/bd-pg/socket:5433/budgets"));
    QCOMPARE(a->url(), QStringLiteral("postgresql://budget@%2Ftmp%2Fbd-pg%2Fsocket:5433/budgets")); // no password
    QCOMPARE(ServerAddress::parse(a->url())->host, a->host);
    a = ServerAddress::parse(QStringLiteral("postgres://db.example/budgets"));
    QVERIFY(a);
    QCOMPARE(a->host, QStringLiteral("db.example"));
    QCOMPARE(a->port, 5432);
    QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://db.example:99999/budgets")));
    QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://db.example")));

    // Run from the test's folder: nothing may be created there.
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path()));
    DocumentStore store;
    QString error;
    // No server there: the message names the server, never the password.
    QVERIFY(!store.open(QStringLiteral("postgresql://budget:secret@%2Fnonexistent%2Fsocket:5999/budgets"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot connect to postgresql://budget@/nonexistent/socket:5999/budgets")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
    QVERIFY(!store.isOpen());
    // An address of another kind is refused as one, not taken for a file name.
    QVERIFY(!store.open(QStringLiteral("mysql://budget@localhost/budgets"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot open")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("postgresql:"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("mysql:"))));
    QVERIFY(QDir::setCurrent(before));
}

void TestDocumentStore::garbageFileIsRefusedAndUntouched()
{
    if (onServer())
        QSKIP("a file's case: the SQLite run covers it");
    const QString path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 131 + 7) % 256));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    const QDateTime mtime = QFileInfo(path).lastModified();

    DocumentStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QStringLiteral("not-a-database.sqlite")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not an SQLite file")), qPrintable(error));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), garbage);
    QCOMPARE(QFileInfo(path).lastModified(), mtime);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    // A short text file too.
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("hello");
    }
    QVERIFY(!store.open(text, &error));
    QVERIFY2(error.contains(QStringLiteral("notes.txt")), qPrintable(error));
    QFile t(text);
    QVERIFY(t.open(QIODevice::ReadOnly));
    QCOMPARE(t.readAll(), QByteArray("hello"));

    // The store is still usable afterwards.
    QVERIFY2(store.open(location(), &error), qPrintable(error));
}

void TestDocumentStore::foreignSqliteIsRefusedAndUntouched()
{
    if (onServer())
        QSKIP("a file's case: the SQLite run covers it");
    const QString path = m_dir.filePath(QStringLiteral("other-program.db"));
    QFile::remove(path);
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO accounts (name) VALUES ('cash')")));
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    DocumentStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("other-program.db")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void TestDocumentStore::newerSchemaIsRefused()
{
    {
        DocumentStore store;
        QString error;
        QVERIFY2(store.open(location(), &error), qPrintable(error));
        BudgetDocument doc = realisticDocument();
        QVERIFY2(store.save(doc, &error), qPrintable(error));
    }
    const int newer = DocumentStore::latestSchemaVersion() + 98;
    {
        RawConnection raw(location());
        QSqlQuery q(raw.db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied) VALUES (?, ?)")));
        q.addBindValue(newer);
        q.addBindValue(QStringLiteral("2030-01-01T00:00:00.000Z"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    DocumentStore store;
    QString error;
    QVERIFY(!store.open(location(), &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QStringLiteral("was written by a newer BudgetDesk (schema %1, this version knows %2)")
                                .arg(newer)
                                .arg(DocumentStore::latestSchemaVersion())),
             qPrintable(error));
    QVERIFY2(error.contains(onServer() ? ServerAddress::parse(location())->shown() : QStringLiteral("budgetdesk.sqlite")), qPrintable(error));
}

void TestDocumentStore::failedUpdateKeepsPreviousDocument()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument original = realisticDocument();
    QVERIFY2(store.save(original, &error), qPrintable(error));

    // Another connection installs a trap: inserting a published table with the note BOOM fails. It fires
    // late in the save, after the document row was updated and every schedule line rewritten.
    {
        RawConnection raw(location());
        QVERIFY(raw.trap(QStringLiteral("published_tables"), QStringLiteral("NEW.note = 'BOOM'"), QStringLiteral("injected failure")));
    }
    BudgetDocument edited = original;
    edited.department = QStringLiteral("改名后的部门");
    edited.schedules.functional[0].amount = wan(1);
    edited.schedules.functional.removeLast();
    edited.schedules.narrative.clear();
    edited.published.last().note = QStringLiteral("BOOM"); // the last row the save writes
    const QDateTime modifiedBefore = edited.modified;

    QVERIFY(!store.save(edited, &error));
    QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));
    QCOMPARE(edited.id, original.id);
    QCOMPARE(edited.modified, modifiedBefore); // the caller's copy is untouched on failure
    if (!testServer().isEmpty()) {
        // The aborted transaction ended with the failure: the statements the save prepared were
        // freed on the server, not left for as long as the connection lives.
        QSqlQuery prepared(store.database());
        QVERIFY(prepared.exec(QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements")) && prepared.next());
        QCOMPARE(prepared.value(0).toLongLong(), qlonglong(0));
    }

    auto loaded = store.load(original.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(documentDifference(*loaded, original).isEmpty(), qPrintable(documentDifference(*loaded, original)));
    QVERIFY(sameByOperator(*loaded, original));
    QCOMPARE(loaded->modified, original.modified);

    // Another reader sees the same: nothing of the failed save is visible.
    {
        RawConnection raw(location(), QStringLiteral("reader"));
        QCOMPARE(count(raw.db(), QStringLiteral("SELECT COUNT(*) FROM documents WHERE department = ?"),
                       {QStringLiteral("改名后的部门")}),
                 qint64(0));
        QCOMPARE(count(raw.db(), QStringLiteral("SELECT COUNT(*) FROM functional_lines WHERE document_id = ?"),
                       {qlonglong(original.id)}),
                 qint64(original.schedules.functional.size()));
    }

    // Failure at the very first child table: drop it behind the store's back.
    {
        RawConnection raw(location());
        QVERIFY(raw.untrap(QStringLiteral("published_tables")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE document_parts RENAME TO document_parts_away")));
    }
    edited.published.last().note = QStringLiteral("单位：万元");
    QVERIFY(!store.save(edited, &error));
    QVERIFY2(error.contains(QStringLiteral("document_parts")), qPrintable(error));
    {
        RawConnection raw(location());
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE document_parts_away RENAME TO document_parts")));
    }
    loaded = store.load(original.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(documentDifference(*loaded, original).isEmpty(), qPrintable(documentDifference(*loaded, original)));

    // With the obstacle gone the same save succeeds.
    QVERIFY2(store.save(edited, &error), qPrintable(error));
    loaded = store.load(original.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(documentDifference(*loaded, edited).isEmpty(), qPrintable(documentDifference(*loaded, edited)));
}

void TestDocumentStore::failedInsertLeavesNothing()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument first = realisticDocument();
    QVERIFY2(store.save(first, &error), qPrintable(error));
    {
        RawConnection raw(location());
        QVERIFY(raw.trap(QStringLiteral("published_tables"), QStringLiteral("NEW.note = 'BOOM'"), QStringLiteral("injected failure")));
    }
    const qint64 documentsBefore = count(store.database(), QStringLiteral("SELECT COUNT(*) FROM documents"));
    const qint64 linesBefore = count(store.database(), QStringLiteral("SELECT COUNT(*) FROM functional_lines"));
    BudgetDocument doomed = realisticDocument();
    doomed.year = 2030;
    doomed.published[1].note = QStringLiteral("BOOM");
    QVERIFY(!store.save(doomed, &error));
    QCOMPARE(doomed.id, 0);
    QVERIFY(!doomed.modified.isValid());
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM documents")), documentsBefore);
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM functional_lines")), linesBefore);
    QCOMPARE(orphanRows(store.database()), qint64(0));
    QCOMPARE(store.list(&error).size(), 1);
}

void TestDocumentStore::staleIdIsRefused()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument doc = realisticDocument();
    QVERIFY2(store.save(doc, &error), qPrintable(error));
    QVERIFY2(store.remove(doc.id, &error), qPrintable(error));
    // An editor still holding the removed document must not silently resurrect or overwrite.
    QVERIFY(!store.save(doc, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM documents")), qint64(0));
    QCOMPARE(orphanRows(store.database()), qint64(0));
}

// Two people, one draft, two connections: the second save of a copy read before the first
// one's is refused with who saved and when, and writes nothing.
void TestDocumentStore::saveOverNewerVersionIsRefused()
{
    QString error;
    DocumentStore mine(QStringLiteral("mine"));
    DocumentStore theirs(QStringLiteral("theirs"));
    QVERIFY2(mine.open(location(), &error), qPrintable(error));
    QVERIFY2(theirs.open(location(), &error), qPrintable(error));
    BudgetDocument doc = realisticDocument();
    QVERIFY2(mine.save(doc, &error), qPrintable(error));

    auto myCopy = mine.load(doc.id, &error);
    auto theirCopy = theirs.load(doc.id, &error);
    QVERIFY(myCopy && theirCopy);
    theirCopy->schedules.functional[0].amount = wan(111);
    QVERIFY2(theirs.save(*theirCopy, &error), qPrintable(error));

    myCopy->schedules.functional[0].amount = wan(222);
    const QDateTime readAt = myCopy->modified;
    DocumentStore::SaveConflict conflict;
    QVERIFY(!mine.save(*myCopy, &error, &conflict));
    QCOMPARE(conflict.by, AuditLog::currentOsUser());
    QCOMPARE(conflict.at, theirCopy->modified);
    QVERIFY2(error.contains(QStringLiteral("after this copy was read")) && error.contains(conflict.by), qPrintable(error));
    QCOMPARE(myCopy->modified, readAt); // the caller's copy is untouched
    QCOMPARE(mine.load(doc.id, &error)->schedules.functional[0].amount, wan(111));
    QCOMPARE(count(mine.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_fen = ?"), {qlonglong(wan(222).fen())}),
             qint64(0));

    // Saved as a copy, it is a document of its own; reloaded, the save goes through.
    BudgetDocument copy = *myCopy;
    copy.id = 0;
    QVERIFY2(mine.save(copy, &error), qPrintable(error));
    QVERIFY(copy.id != doc.id);
    auto reloaded = mine.load(doc.id, &error);
    reloaded->schedules.functional[0].amount = wan(333);
    QVERIFY2(mine.save(*reloaded, &error), qPrintable(error));
    QCOMPARE(theirs.load(doc.id, &error)->schedules.functional[0].amount, wan(333));
}

// What summing documents reads: their figures, for many at once, without the 说明, the published
// tables and the import record.
void TestDocumentStore::loadFiguresLeavesTheTextOut()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument a = realisticDocument();
    BudgetDocument b = realisticDocument();
    b.year = 2027;
    QVERIFY2(store.save(a, &error), qPrintable(error));
    QVERIFY2(store.save(b, &error), qPrintable(error));
    const QList<BudgetDocument> figures = store.loadFigures({b.id, a.id}, &error);
    QVERIFY2(figures.size() == 2, qPrintable(error));
    QCOMPARE(figures[0].id, b.id);
    QCOMPARE(figures[1].id, a.id);
    const BudgetDocument whole = *store.load(a.id, &error);
    QVERIFY(!whole.schedules.narrative.isEmpty() && !whole.published.isEmpty());
    BudgetDocument expected = whole;
    expected.schedules.narrative.clear();
    expected.published.clear();
    expected.unreadable.clear();
    expected.readings.clear();
    expected.outline.clear();
    QVERIFY2(documentDifference(figures[1], expected).isEmpty(), qPrintable(documentDifference(figures[1], expected)));
    QCOMPARE(figures[1].schedules.functional, whole.schedules.functional);
    QCOMPARE(figures[1].schedules.sanGong, whole.schedules.sanGong);
    QVERIFY(store.loadFigures({a.id, 424242}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("424242")), qPrintable(error));
}

// Many documents at once (a consolidation's) are decoded on every core: each as one read alone
// gives it, in the order asked; a damaged one among them is named.
void TestDocumentStore::loadFiguresOfMany()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        BudgetDocument doc = realisticDocument();
        doc.department += QString::number(i);
        doc.schedules.functional[0].amount = Amount::fromFen(100 * (i + 1));
        QVERIFY2(store.save(doc, &error), qPrintable(error));
        ids.prepend(doc.id);
    }
    const QList<BudgetDocument> many = store.loadFigures(ids, &error);
    QVERIFY2(many.size() == ids.size(), qPrintable(error));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QList<BudgetDocument> one = store.loadFigures({ids[i]}, &error);
        QVERIFY2(one.size() == 1, qPrintable(error));
        QCOMPARE(many[i].id, ids[i]);
        QVERIFY2(documentDifference(many[i], one.first()).isEmpty(), qPrintable(documentDifference(many[i], one.first())));
        QCOMPARE(many[i].schedules.functional[0].amount.fen(), qint64(100 * (40 - i)));
        QVERIFY(!many[i].schedules.sanGong.isEmpty());
    }
    {
        RawConnection raw(location());
        QVERIFY(raw.exec(QStringLiteral("UPDATE document_parts SET packed = '[1, 2' WHERE document_id = %1 AND part = 'san_gong'")
                             .arg(ids[17])));
    }
    QVERIFY(store.loadFigures(ids, &error).isEmpty());
    QVERIFY2(error.startsWith(QStringLiteral("Cannot load document %1: stored part \"san_gong\"").arg(ids[17])), qPrintable(error));
}

// The stored parts are what qCompress writes, byte for byte, though one zlib stream serves
// every part: stores written before read the same, and qUncompress reads them back.
void TestDocumentStore::partsCompressAsQCompressDoes()
{
    QByteArray large;
    for (int i = 0; i < 5000; ++i)
        large += QStringLiteral("{\"code\":\"20103%1\",\"name\":\"行政运行\",\"amount\":%2}").arg(i % 97).arg(i * 37).toUtf8();
    const QList<QByteArray> parts{QByteArray(), QByteArray("[1]"), large, QByteArray("{\"a\":\"b\"}").repeated(40), large.left(777)};
    for (const QByteArray &p : parts) {
        const QByteArray packed = storesql::compressPart(p);
        QCOMPARE(packed, qCompress(p));
        QCOMPARE(qUncompress(packed), p);
    }
}

// A part damaged behind the store's back: the load says which document and which part, and
// the other documents still load.
void TestDocumentStore::damagedPartIsNamed()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument doc = realisticDocument(), other = realisticDocument();
    other.year = 2030;
    QVERIFY2(store.save(doc, &error) && store.save(other, &error), qPrintable(error));
    const struct
    {
        const char *part;
        QByteArray packed;
        const char *says;
    } cases[] = {
        {"narrative", QByteArray("\0\0\0\x10garbage, not zlib", 21), "stored part \"narrative\" is neither JSON nor compressed JSON"},
        {"published", qCompress(QByteArray("{\"a\": 1}")), "stored part \"published\" is not a list of tables"},
        {"published", qCompress(QByteArray("[]")), "published table 1 has no body"},
        {"san_gong", QByteArray("[1, 2"), "stored part \"san_gong\" is not valid JSON"},
    };
    auto setPart = [&](const QString &part, const QVariant &packed) {
        RawConnection raw(location());
        QSqlQuery q(raw.db());
        q.prepare(QStringLiteral("UPDATE document_parts SET packed = ? WHERE document_id = ? AND part = ?"));
        q.addBindValue(packed);
        q.addBindValue(qlonglong(doc.id));
        q.addBindValue(part);
        return q.exec() && q.numRowsAffected() == 1;
    };
    for (const auto &c : cases) {
        const QString part = QString::fromLatin1(c.part);
        QSqlQuery q(store.database());
        QVERIFY(q.prepare(QStringLiteral("SELECT packed FROM document_parts WHERE document_id = ? AND part = ?")));
        q.addBindValue(qlonglong(doc.id));
        q.addBindValue(part);
        QVERIFY(q.exec() && q.next());
        const QVariant intact = q.value(0);
        q.finish();
        QVERIFY(setPart(part, c.packed));
        QVERIFY(!store.load(doc.id, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot load document %1: ").arg(doc.id)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String(c.says)), qPrintable(error));
        QVERIFY2(store.load(other.id, &error), qPrintable(error));
        QVERIFY(setPart(part, intact));
        QVERIFY2(store.load(doc.id, &error), qPrintable(error));
    }
}

void TestDocumentStore::reopenKeepsData()
{
    BudgetDocument doc = realisticDocument();
    BudgetDocument other = realisticDocument();
    other.department = QStringLiteral("上海市普陀区商务委员会");
    other.year = 2025;
    QString error;
    {
        DocumentStore store;
        QVERIFY2(store.open(location(), &error), qPrintable(error));
        QVERIFY2(store.save(doc, &error), qPrintable(error));
        QVERIFY2(store.save(other, &error), qPrintable(error));
    }
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("budgetdesk"))); // the destructor removed it
    DocumentStore store;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), DocumentStore::latestSchemaVersion());
    QCOMPARE(store.list(&error).size(), 2);
    auto loaded = store.load(doc.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(documentDifference(*loaded, doc).isEmpty(), qPrintable(documentDifference(*loaded, doc)));
    QCOMPARE(loaded->modified, doc.modified);
    loaded = store.load(other.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(documentDifference(*loaded, other).isEmpty(), qPrintable(documentDifference(*loaded, other)));

    // Two stores at once on the same file get separate connections.
    DocumentStore second;
    QVERIFY2(second.open(location(), &error), qPrintable(error));
    QCOMPARE(second.list(&error).size(), 2);
    BudgetDocument third = realisticDocument();
    third.year = 2024;
    QVERIFY2(second.save(third, &error), qPrintable(error));
    QCOMPARE(store.list(&error).size(), 3);
    QVERIFY(store.database().connectionName() != second.database().connectionName());
}

void TestDocumentStore::idsAreNotReused()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    BudgetDocument a = realisticDocument();
    BudgetDocument b = realisticDocument();
    QVERIFY2(store.save(a, &error), qPrintable(error));
    QVERIFY2(store.save(b, &error), qPrintable(error));
    QVERIFY(b.id > a.id);
    QVERIFY2(store.remove(b.id, &error), qPrintable(error));
    BudgetDocument c = realisticDocument();
    QVERIFY2(store.save(c, &error), qPrintable(error));
    QVERIFY(c.id > b.id);
}

void TestDocumentStore::notOpen()
{
    DocumentStore store;
    QString error;
    BudgetDocument doc = realisticDocument();
    QVERIFY(!store.save(doc, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc.id, 0);
    error.clear();
    QVERIFY(!store.load(1, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(store.list(&error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(store.schemaVersion(), 0);

    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QVERIFY(!store.load(12345, &error));
    QVERIFY2(error.contains(QStringLiteral("12345")), qPrintable(error));
}

void TestDocumentStore::defaultPath()
{
    if (onServer())
        QSKIP("a file's case: the SQLite run covers it");
    QStandardPaths::setTestModeEnabled(true);
    const QString path = DocumentStore::defaultPath();
    QVERIFY(path.endsWith(QStringLiteral("/budgetdesk.sqlite")));
    QVERIFY(QFileInfo(path).absoluteDir().exists());
    QStandardPaths::setTestModeEnabled(false);
}

void TestDocumentStore::auditTrailInTheSaveTransaction()
{
    DocumentStore store;
    QString error;
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QVERIFY(store.database().tables().contains(QStringLiteral("audit_log")));
    BudgetDocument doc = realisticDocument();
    QVERIFY2(store.save(doc, &error), qPrintable(error));
    QVERIFY(store.auditTrail(doc.id, &error).isEmpty()); // a first save records nothing

    // 2010350 事业运行 (一般公共预算, 基本支出) from 36.24 to 46.24.
    BudgetDocument edited = doc;
    bool found = false;
    for (FunctionalLine &l : edited.schedules.functional)
        if (l.code == QLatin1String("2010350") && l.source == FundSource::GeneralBudget && l.phase == Phase::Basic) {
            l.amount += wan(1000);
            found = true;
        }
    QVERIFY(found);

    // A save that fails late (after the audit rows were computed) leaves no audit rows.
    {
        RawConnection raw(location());
        QVERIFY(raw.trap(QStringLiteral("audit_log"), QStringLiteral("TRUE"), QStringLiteral("injected audit failure")));
    }
    BudgetDocument failing = edited;
    QVERIFY(!store.save(failing, &error));
    QVERIFY2(error.contains(QStringLiteral("injected audit failure")), qPrintable(error));
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(0));
    auto loaded = store.load(doc.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(sameByOperator(*loaded, doc)); // and the document is the previous one
    {
        RawConnection raw(location());
        QVERIFY(raw.untrap(QStringLiteral("audit_log")));
    }

    QVERIFY2(store.save(edited, &error), qPrintable(error));
    const QList<AuditEntry> trail = store.auditTrail(edited.id, &error);
    QVERIFY2(!trail.isEmpty(), qPrintable(error));
    bool row = false;
    for (const AuditEntry &e : trail) {
        QCOMPARE(e.documentId, doc.id);
        QCOMPARE(e.changedAt, edited.modified);
        QVERIFY(!e.osUser.isEmpty());
        QVERIFY(e.oldAmount && e.newAmount);
        QCOMPARE(*e.newAmount - *e.oldAmount, wan(1000));
        row = row || (e.tableNo == 3 && e.rowKey == QLatin1String("2010350") && e.columnKey == QLatin1String("total"));
    }
    QVERIFY(row);
    // Money in the audit rows is BIGINT 分, queryable like the rest.
    QCOMPARE(count(store.database(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE document_id = ? AND new_fen - old_fen = ?"),
                   {qlonglong(doc.id), qlonglong(wan(1000).fen())}),
             qint64(trail.size()));

    // The trail goes with its document.
    QVERIFY2(store.remove(doc.id, &error), qPrintable(error));
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), qint64(0));
}

void TestDocumentStore::auditTableAddedToVersion1Database()
{
    BudgetDocument doc = realisticDocument();
    {
        DocumentStore store;
        QString error;
        QVERIFY2(store.open(location(), &error), qPrintable(error));
        QVERIFY2(store.save(doc, &error), qPrintable(error));
    }
    // Turn the file back into a schema-1 database, as an earlier BudgetDesk left it.
    {
        RawConnection raw(location());
        // Schema 12, and on a server its roles' functions and policies, which name the columns
        // dropped below.
        if (raw.isServer()) {
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE store_users")));
            QVERIFY(raw.exec(QStringLiteral("DROP FUNCTION bd_editor_may_write, bd_editor_department CASCADE")));
            QVERIFY(raw.exec(QStringLiteral("DO $$ DECLARE p RECORD; BEGIN FOR p IN SELECT tablename, policyname FROM "
                                            "pg_policies WHERE schemaname = current_schema() LOOP EXECUTE format('DROP "
                                            "POLICY %I ON %I', p.policyname, p.tablename); END LOOP; END $$")));
        }
        QVERIFY(unpackToSchema12(raw, doc));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE document_reviews")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE review_comments")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE audit_log")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE learned_codes")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE document_links")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE consolidation_members")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE published_tables DROP COLUMN printed_title")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE published_tables DROP COLUMN issuer")));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX documents_source_hash")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE documents DROP COLUMN source_hash")));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX documents_year_department_key")));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX documents_department_key")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE documents DROP COLUMN department_key")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE documents DROP COLUMN modified_by")));
        // Version 1's functional_lines allowed only the phases 'basic' and 'project'.
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE functional_lines_v1 (document_id BIGINT NOT NULL REFERENCES documents (id) "
                                        "ON DELETE CASCADE, seq INTEGER NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, "
                                        "source TEXT NOT NULL, phase TEXT NOT NULL CHECK (phase IN ('basic', 'project')), "
                                        "amount_fen BIGINT NOT NULL, PRIMARY KEY (document_id, seq))")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO functional_lines_v1 SELECT * FROM functional_lines")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE functional_lines")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE functional_lines_v1 RENAME TO functional_lines")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM id_counters WHERE name = 'audit_log'")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 2")));
    }
    DocumentStore store;
    QString error;
    QList<std::pair<int, int>> progress;
    store.setMigrationProgress([&](int done, int total) { progress.append({done, total}); });
    QVERIFY2(store.open(location(), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), DocumentStore::latestSchemaVersion());
    // Schema 13 packed the one document, and said so.
    QCOMPARE(progress, (QList<std::pair<int, int>>{{0, 1}, {1, 1}}));
    // The pages of the tables schema 14 dropped went back to the file system.
    if (!store.database().driverName().contains(QLatin1String("PSQL")))
        QCOMPARE(count(store.database(), QStringLiteral("PRAGMA freelist_count")), qint64(0));
    auto loaded = store.load(doc.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    // What a schema-1 file never held: the printed title and who compiled each table (schema 7),
    // the imported file's hash (schema 8).
    for (DisclosureTable &t : doc.published)
        t.printedTitle.clear(), t.issuer.clear();
    doc.sourceHash.clear();
    QVERIFY(sameByOperator(*loaded, doc));
    // Schema 9 compares names for the documents stored before it, as it does for new ones:
    // with full-width forms, spaces and "(本级)" it is the same department.
    QCOMPARE(count(store.database(), QStringLiteral("SELECT COUNT(*) FROM documents WHERE department_key = ?"),
                   {departmentKey(doc.department)}),
             qint64(1));
    const QList<DocumentSummary> same = store.listDepartment(doc.department + QStringLiteral(" （本级）"), &error);
    QCOMPARE(same.size(), 1);
    QCOMPARE(same.first().id, doc.id);
    QVERIFY(store.listDepartment(doc.department + QStringLiteral("第一分局"), &error).isEmpty());
    BudgetDocument edited = *loaded;
    edited.schedules.functional[0].amount += wan(1);
    QVERIFY2(store.save(edited, &error), qPrintable(error));
    QVERIFY(!store.auditTrail(doc.id, &error).isEmpty());
    // Schema 3: 基本支出 split into 人员经费 / 公用经费 is stored and read back.
    edited.schedules.functional[0].phase = Phase::BasicPersonnel;
    QVERIFY2(store.save(edited, &error), qPrintable(error));
    QCOMPARE(store.load(doc.id, &error)->schedules.functional[0].phase, Phase::BasicPersonnel);
}

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
