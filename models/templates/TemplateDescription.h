#pragma once

#include "money/Amount.h"
#include "templates/Measure.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace bd {

// A template is data (resources/templates/*.json): which tables a province publishes, in
// which layout, how each table is laid out and what each cell adds up. The importer and
// the derivation read it; adding a template adds no code.

// EconomicPairs: a final account's 基本支出 by 经济分类, two code / name / amount entries a line:
// 人员经费 classes on the left, 公用经费 classes on the right.
enum class TableKind { TwoSided, FunctionalTree, EconomicTree, Projects, Fixed, CarryOver, EconomicPairs };

// A budget (预算) or a final account (决算): a property of the family that printed it.
enum class DocumentKind { Budget, Final };
QString documentKindKey(DocumentKind k); // "budget" / "final"
// The kind of the documents a template prints; a budget for a template not shipped.
DocumentKind documentKindOf(const QString &templateId);
// "Budget" / "Final accounts", translated (预算 / 决算): how every list and title names a kind.
QString documentKindName(DocumentKind k);

struct ColumnSpec
{
    QString key;
    QString header;
    QString text;              // text column: "code1".."code3" (a code printed in parts), "code" (joined),
                               // "name", "label", "project"; empty for amounts
    Measure measure;           // amount column
    int side = 0;
    QString find;              // aligned layout: header token that marks the column
    int nth = 1;               // which occurrence of `find`
    bool isAmount() const { return text.isEmpty(); }
};

struct RowSpec
{
    QString key;
    QString label;
    int level = 1;
    Measure measure;
};

struct TableSpec
{
    int number = 0;
    QString id;
    QString title;
    QRegularExpression titlePattern;
    TableKind kind = TableKind::FunctionalTree;
    QList<QStringList> header;
    QList<ColumnSpec> columns;
    Measure filter;                 // rows considered (functional/projects)
    // Fixed rows (kind Fixed) or the left side of a two-sided table.
    QList<RowSpec> rows;
    // Two-sided tables: the generated right side (功能分类 类).
    QString rightInclude;           // "all", "nonzero", "nonzero_fiscal"
    QString rightLabel;             // "{code} {name}", "{ordinal}、{name}"
    Measure rightMeasure;
    // Totals: a single total row (trees), or one per side (two-sided).
    std::optional<RowSpec> total;
    std::optional<RowSpec> totalRight;
    // Two-sided: rows printed under the totals, per side (a final account's 年初结转和结余 …
    // 总计); a row without a key holds a side's place.
    QList<RowSpec> tailLeft, tailRight;
    // Economic pairs: the 经济分类 类 printed on the left (人员经费); the rest are 公用经费.
    QStringList leftClasses;
    // Phase tables of all sources: the source of what the narrower tables do not account for.
    std::optional<FundSource> remainder;
    bool totalOnTop = true;
    bool unitRow = false;           // projects: a row with the department's name under the total
    QString emptyNote;              // "{department} {year} 年没有…为空表。"
    QString reconcile;              // "sources", "phases", "income_detail", "sangong"

    // Whether a line is this table's title: its pattern, after any numbering ("1.", "表3").
    bool isTitle(const QString &line) const;
    int codeColumns() const;        // number of code columns (code1..code3; a joined "code" counts one)
    bool joinedCode() const;
    // Whether rows have two sides, each with its own key (TableRow::key / rightKey).
    bool hasSides() const { return kind == TableKind::TwoSided || kind == TableKind::EconomicPairs; }
    // What the table's figures are made of, as its cells' measures say: "carry" (上年结转结余),
    // "sangong", "figure", or "lines" for the 功能分类, 经济分类 and project lines, which the
    // import reconciles with one another across tables.
    QSet<QString> schedulesRead() const;        // the code is printed whole ("2080501"), in a "code" column
    int columnIndex(const QString &key) const;
};

struct PatternSpec
{
    QString key;
    QString label;
    QString section;                // narrative heading that must contain this text (empty: any)
    QRegularExpression pattern;
    std::optional<Measure> current; // prior figures stated only as a change: this year's value
};

struct SectionSpec
{
    QString part;
    QRegularExpression start;
    QRegularExpression split;       // sub-headings inside the section (invalid = none)
    bool repeat = false;
};

struct TargetSpec
{
    QString kind;
    QRegularExpression start;
    QRegularExpression end;
    QMap<QString, QString> fields;  // field → label in the table
};

// How a final account's 说明 states the execution of the budget, line by line: the statement
// ("年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%", named groups budgeted (年初预算),
// adjusted (全年预算), actual, rate and base (年初 / 全年, what the rate is of), the first
// three optional but one), the reason given for a difference (group reason), and the subjects
// that are no 功能分类 项 ("一般公共预算财政拨款支出" → gpb.total), matched against the words
// before it.
struct ExecutionSpec
{
    QRegularExpression statement;
    QRegularExpression reason;
    QList<QPair<QString, QRegularExpression>> subjects; // key → pattern
    bool isEmpty() const { return statement.pattern().isEmpty(); }
};

// How the disclosure is printed: which narrative sections come before the tables (by part or
// by heading; the rest follow them), and the part headings the template prints, if any
// ("第二部分 {year} 年部门预算表").
struct PrintOutline
{
    QStringList beforeParts;
    QList<QRegularExpression> beforeHeadings;
    QString beforeHeading, tablesHeading, afterHeading;
    bool isBeforeTables(const QString &part, const QString &heading) const;
};

class TemplateDescription
{
public:
    QString id;
    QString family;                 // the family's id: a variant's base template ("sh-district-9")
    QString name;
    DocumentKind kind = DocumentKind::Budget;
    // Lines under a table that say what it shows ("注：本表反映…"): neither rows nor a note.
    QRegularExpression tableCaption;
    bool isTableCaption(const QString &line) const
    {
        return !tableCaption.pattern().isEmpty() && tableCaption.match(line).hasMatch();
    }
    // How a table's title is printed: "{title}", or "{year}年{title}" where the year leads it.
    QString tableTitle;
    // The word that names who compiled each table ("编制部门" in a department's disclosure,
    // "编制单位" in a unit's); empty where the family prints none.
    QString issuer;
    Unit unit = Unit::WanYuan;
    bool thousands = false;
    QRegularExpression yearPattern, departmentPattern, datePattern, titlePattern;
    QRegularExpression bodyStart;
    QList<QRegularExpression> tablesEnd;
    QList<SectionSpec> sections;
    // The sections of the narrative the family requires, each named and found by its heading.
    QList<QPair<QString, QRegularExpression>> requiredSections;
    // What a heading or a lead-in of the 说明 speaks of ("一般公共预算基本支出" → "gpb_basic"): the
    // first scope all of whose words the text holds. Keys: all, income, expense, fiscal, gpb,
    // gpb_basic, fund, capital, sangong.
    QList<QPair<QString, QStringList>> scopes;
    // Where the text names the department: headings, paragraph starts and outline lines whose
    // first capture is its name ("关于(.+?) 2026 年…", "(.+?)主要职能").
    QList<QRegularExpression> namedIn;
    QString scopeOf(const QString &text) const; // empty: none
    QList<QRegularExpression> skipInText;
    QMap<QString, QRegularExpression> staffing;
    QList<PatternSpec> prior;
    QList<PatternSpec> figures;
    QList<TargetSpec> targets;
    ExecutionSpec execution;
    QList<TableSpec> tables;
    PrintOutline print;
    // Row labels and column header words the family prints in more than one way ("一般公共预算
    // 资金", "一般公共预算", "一般公共预算拨款"): each group's first stands for all, compared as
    // rowKey (headerKey) compares.
    QList<QStringList> labelSynonyms;

    const TableSpec *table(int number) const;
    const TableSpec *tableById(const QString &id) const;
    // The title as the disclosure prints it ("2025年部门收入预算总表"); matches its titlePattern.
    QString printedTitle(const TableSpec &spec, int year) const;

    // The key a printed row label is matched by: the label without spaces, quotes, width
    // differences (NFKC) and numbering ("一、", "（一）", "1.", "1、", "1．"), the family's
    // synonyms replaced by their first form. "1、一般公共预算" and "1. 一般公共预算资金" match.
    QString rowKey(const QString &label) const;
    // A column's header word as compared with the template's (labelKey, then the synonyms:
    // "因公出国（境）费用" for "因公出国(境)费"), numbering and all.
    QString headerKey(const QString &word) const;
    // Labels compared without spaces and quotes, with full/half-width forms folded (NFKC).
    static QString labelKey(const QString &text);

    // A family's file: its own description, then one per entry of "variants" (the 单位 budget
    // of a 部门 family), each the family's JSON with the variant's keys and tables replaced.
    // Empty on bad data, with a message naming the place. Deferred checks leave out what needs
    // the regular expressions compiled (that they compile, capture what is read, read back the
    // printed titles): the bundled templates, which the tests check in full, at start-up.
    enum class Checks { Full, Deferred };
    static QList<std::shared_ptr<const TemplateDescription>> familyFromJson(const QByteArray &json, QString *error,
                                                                            Checks checks = Checks::Full);

private:
    static std::shared_ptr<const TemplateDescription> fromObject(const QJsonObject &o, const QString &family, QString *error,
                                                                 Checks checks);
    QHash<QString, QString> m_synonymKeys; // rowKey of each synonym → rowKey of its group's first
};

// The templates shipped in :/templates.
class TemplateRegistry
{
public:
    static const TemplateRegistry &instance();
    QList<std::shared_ptr<const TemplateDescription>> all() const { return m_templates; }
    std::shared_ptr<const TemplateDescription> find(const QString &id) const;
    // What is wrong with the bundled templates (empty when nothing), with every check: the
    // templates are read again for it the first time it is asked, not at start-up.
    QString loadErrors() const;

private:
    struct Full {};
    TemplateRegistry();
    explicit TemplateRegistry(Full) { m_errors = load(TemplateDescription::Checks::Full); }
    QString load(TemplateDescription::Checks checks);
    QList<std::shared_ptr<const TemplateDescription>> m_templates;
    mutable QString m_errors;
    mutable bool m_fullyChecked = false;
};

} // namespace bd
