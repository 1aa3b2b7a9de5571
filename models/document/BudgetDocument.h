#pragma once

#include "document/FundSource.h"
#include "money/Amount.h"
#include "document/DisclosureTable.h"
#include "document/Finding.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bd {

// ---- Schedules: the facts. Every disclosure table is derived from these. ----

// One functional line: 功能分类 项 × funding source × 基本/项目.
struct FunctionalLine
{
    QString code; // 7 digits (项); kept as printed even when the catalogue does not know it
    QString name;
    FundSource source = FundSource::GeneralBudget;
    Phase phase = Phase::Basic;
    Amount amount;
    bool operator==(const FunctionalLine &) const = default;
};

// 一般公共预算基本支出 by 经济分类 款 × 人员经费 / 公用经费.
struct EconomicLine
{
    QString code; // 5 digits (款)
    QString name;
    Amount personnel;  // 人员经费
    Amount publicUse;  // 公用经费
    bool operator==(const EconomicLine &) const = default;
};

// A project (一般公共预算项目支出) with its amounts by 经济分类 类.
struct ProjectLine
{
    QString name;            // 项目名称 as published
    QString owner;           // the unit that runs it, where projects are listed by unit (a department's table of
                             // projects under its units' rows, a consolidated document); empty otherwise
    QString functionalCode;  // 功能分类 项
    QString functionalName;
    FundSource source = FundSource::GeneralBudget;
    QMap<QString, Amount> byEconomicClass; // 经济分类 类 code ("302") → amount
    std::optional<Amount> statedTotal;     // 项目支出合计 as stated, when it is not the exact sum
    Amount total() const;
    bool operator==(const ProjectLine &) const = default;
};

// "三公" items: abroad, reception, vehicle_purchase, vehicle_operation.
struct SanGongLine
{
    QString key;
    Amount generalBudget;
    Amount govFund;
    Amount stateCapital;
    std::optional<Amount> prior; // last year's budget, when known
    std::optional<Amount> budgeted; // a final account's 预算数 (the year's budget), beside its 决算数
    Amount total() const { return generalBudget + govFund + stateCapital; }
    bool operator==(const SanGongLine &) const = default;
};

// 上年结转结余 by 功能分类 (empty in both samples, kept for documents that have it).
struct CarryOverLine
{
    QString code;
    QString name;
    Amount fiscalPersonnel, fiscalPublic, fiscalProject;
    Amount nonFiscalPersonnel, nonFiscalPublic, nonFiscalProject;
    bool operator==(const CarryOverLine &) const = default;
};

// A final account's (决算) balances by source: 年初结转和结余 ("opening"), 年末结转和结余
// ("closing"), 使用非财政拨款结余 ("used") and 结余分配 ("allocated"). Fiscal balances are
// kept under their fund (一般公共预算, 政府性基金, 国有资本经营); the rest under
// CarryOverNonFiscal.
struct BalanceLine
{
    QString kind;
    QString code;          // 功能分类, where a table gives it by code (政府性基金 决算表); empty otherwise
    FundSource source = FundSource::CarryOverNonFiscal;
    Amount amount;
    bool operator==(const BalanceLine &) const = default;
};

// A final account's statement of how one line of the budget was carried out, as its 说明
// words it: "年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%。决算数小于预算数的主要
// 原因：…". Some state the budget as adjusted during the year (全年预算) beside or instead of
// the budget at the start of the year (年初预算).
struct ExecutionLine
{
    QString key;           // "gpb.total", "sangong.total", or the 功能分类 code ("2080501")
    QString name;          // as printed ("社会保障和就业支出（类）…行政单位离退休（项）")
    std::optional<Amount> budgeted; // 年初预算
    std::optional<Amount> adjusted; // 全年预算
    Amount actual;         // 决算
    std::optional<qint64> statedRate; // 完成…预算的 Z%, in hundredths of a percent (95.45% = 9545)
    QString rateBase;      // what the rate says it is of: "initial" (年初预算), "adjusted" (全年预算) or empty
    QString reason;        // the stated reason, when the 决算 differs from the budget
    QString evidence;      // the sentence
    int sourceLine = 0;
    // The budget the line is measured against: the adjusted one where stated.
    std::optional<Amount> plan() const { return adjusted ? adjusted : budgeted; }
    bool operator==(const ExecutionLine &) const = default;
};

// A named figure outside the tables: 机关运行经费, 政府采购, assets, …
struct Figure
{
    QString key;   // "operating_cost", "procurement.goods", "assets.vehicles.value", …
    QString label; // as the document words it
    std::optional<Amount> amount;
    std::optional<qint64> quantity;   // counts (车辆 3 辆) or areas in 0.01 m²
    QString quantityUnit;             // "辆", "平方米", "台"
    int sourceLine = 0;
    bool operator==(const Figure &) const = default;
};

// Last year's figure recovered from the document ("比上年预算增加 2.15 万元" ⇒ 447.77).
struct PriorFigure
{
    QString key;     // "income.general_budget", "expense.basic", "functional.2010301", …
    Amount amount;
    QString evidence; // the sentence it came from
    int sourceLine = 0;
    bool operator==(const PriorFigure &) const = default;
};

struct Indicator
{
    QString level1, level2, level3; // 一级 / 二级 / 三级指标
    QString value;                  // 指标值
    QString basis;                  // 指标(值)设定依据
    QString priorValue;             // 上年完成值 (project targets)
    QString scoringRule;            // 指标赋分规则
    QString evidence;               // 佐证资料
    std::optional<int> weight;      // 分值权重
    int sourceLine = 0;
    bool operator==(const Indicator &) const = default;
};

struct PerformanceTarget
{
    QString kind;       // "overall" (部门整体) or "project"
    QString name;       // department or project name
    QString owner;      // 联系人 / 项目负责人
    QString phone;
    QString goal;       // 年度绩效目标 / 项目总体目标 (plain text)
    std::optional<Amount> total;           // 资金总额 / 年度预算总额, when stated
    std::optional<Amount> fiscalSuperior;  // 上级安排
    std::optional<Amount> fiscal;          // 本级安排 / 财政拨款
    std::optional<Amount> other;           // 其他资金
    QList<Indicator> indicators;
    int sourceLine = 0;
    Amount statedSum() const; // fiscalSuperior + fiscal + other
    bool operator==(const PerformanceTarget &) const = default;
};

struct NarrativeSection
{
    QString part;    // "overview", "explanation", "projects", "glossary"
    QString heading;
    QString text;    // paragraphs joined by '\n', broken lines mended
    int sourceLine = 0;
    QList<int> paragraphLines; // 1-based first line of each paragraph of text
    bool operator==(const NarrativeSection &) const = default;
};

struct Staffing
{
    std::optional<int> quota;        // 编制数
    std::optional<int> actual;       // 实有人数
    std::optional<int> inService;    // 在职
    std::optional<int> retired;      // 退休
    std::optional<int> retiredCadre; // 离休
    bool operator==(const Staffing &) const = default;
};

struct Schedules
{
    QList<FunctionalLine> functional;     // expenditure (a final account's: actual)
    QList<FunctionalLine> receipts;       // a final account's 本年收入 by 功能分类 项 × source (phase unused)
    QList<BalanceLine> balances;          // a final account's balances
    QList<ExecutionLine> execution;       // a final account's statements of execution
    QMap<FundSource, Amount> unitFundsDetail; // 单位资金 sub-sources stated only in the summary
    QList<EconomicLine> economic;
    QList<ProjectLine> projects;
    QList<SanGongLine> sanGong;
    QList<CarryOverLine> carryOver;
    QList<Figure> figures;
    QList<PriorFigure> prior;
    QList<PerformanceTarget> targets;
    QList<NarrativeSection> narrative;
    Staffing staffing;
    bool operator==(const Schedules &) const = default;

    // Convenience sums used by derivation and views.
    Amount functionalTotal() const;
    Amount sourceTotal(FundSource s) const;           // Σ functional lines of a source
    std::optional<Amount> figure(const QString &key) const;
    std::optional<Amount> priorOf(const QString &key) const;
    const SanGongLine *sanGongLine(const QString &key) const;
    // The units the projects are listed under, in order, when there are two or more (else
    // empty), and the unit of a project: its owner, or the first unit for one added without.
    QStringList projectUnits() const;
    QString projectUnit(const ProjectLine &p) const;
};

// A table of the template whose title was found but whose rows could not be read: kept with
// its lines as printed, so that the check can name it and the rest of the document is used.
struct UnreadableTable
{
    int number = 0;        // the table's number in its template
    int line = 0;          // where reading stopped
    QString reason;        // why ("row \"…\" is not one of the template's rows")
    QStringList lines;     // the table's lines as printed, from its title on
    bool operator==(const UnreadableTable &) const = default;
};

enum class DocumentStatus { Draft, Published };
QString statusKey(DocumentStatus s);                        // "draft" / "published"
std::optional<DocumentStatus> statusFromKey(const QString &key);

// One department's disclosure for one year: metadata, schedules, and for an imported document
// the tables as published beside them.
// A line of an imported document's outline, as printed: a part's heading ("第二部分 2026 年部门
// 预算公开表"), the cover's naming line, an entry of the table of contents ("1. 2025年部门财务
// 收支预算总表"), or a table's title printed again after the table. The check compares their
// years and names with the document's and the contents with the tables found.
struct OutlineLine
{
    int line = 0;
    QString text;
    int table = 0;      // the table an entry or a title names; 0 for the others
    bool again = false; // a table's title printed again in the body, after the table
    bool operator==(const OutlineLine &) const = default;
};

class BudgetDocument
{
public:
    qint64 id = 0;               // store id, 0 when not stored
    QString department;
    int year = 0;
    QString templateId;          // "xj-11" / "sh-putuo-9" …
    DocumentStatus status = DocumentStatus::Published;
    QString title;               // "2026 年部门预算公开"
    QString publishDate;         // as printed ("2026年2月5日"), may be empty
    QString sourceName;          // file it was imported from
    QString sourceHash;          // SHA-256 (hex) of that file's bytes: the same file imported again is known; empty for a draft
    QDateTime modified;

    Schedules schedules;
    QList<DisclosureTable> published; // empty for a draft
    QList<UnreadableTable> unreadable; // tables found but not read (imported documents only)
    QList<TableReading> readings;      // how sure the import was of each table it read
    QList<OutlineLine> outline;        // part headings and contents entries (imported documents only)
    QList<qint64> members;             // a consolidated document's (汇总) members, by store id, in order; empty otherwise

    bool operator==(const BudgetDocument &) const = default;

    const DisclosureTable *publishedTable(int number) const;
    const UnreadableTable *unreadableTable(int number) const;

    // Complete, lossless JSON of the document (schedules, published cells, metadata).
    QJsonObject toJson() const;
    static std::optional<BudgetDocument> fromJson(const QJsonObject &json, QString *error);
};

// The key documents of one department share: its name without spaces, width differences and
// the "（本级）" some documents add. A budget and a final account of one key and year are linked.
QString departmentKey(const QString &department);

// "【待改写】": starts a paragraph of a draft's narrative carried over from another year's text
// that still needs a person (its figures, years or reasons are the old year's). The draft of a
// new year writes it (DraftFactory), the check reports every paragraph that still has it.
QString rewriteMarker();

// JSON helpers for the pieces, shared with the store.
QJsonObject tableToJson(const DisclosureTable &t);
std::optional<DisclosureTable> tableFromJson(const QJsonObject &o, QString *error);

} // namespace bd
