#include "export/FiscalDataPackageExporter.h"

#include "codes/CodeCatalogue.h"
#include "export/CsvWriter.h"
#include "export/ExportFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

namespace {

// Column order of budget-lines.csv; the schema below describes each.
enum Col {
    LineType, Direction, BudgetPhase, FiscalYear, Department,
    Func1, FuncName1, Func2, FuncName2, Func3, FuncName3,
    Econ1, EconName1, Econ2, EconName2,
    Source, SourceName, ExpType, ExpTypeName, BasicPart, BasicPartName,
    AmountYuan, AmountFen, ColCount
};

struct FieldDef
{
    const char *name;
    const char *type;
    const char16_t *title;
    const char16_t *description;
};

const FieldDef kFields[ColCount] = {
    {"line_type", "string", u"行类型", u"functional | economic | revenue: sum amounts within one line type only"},
    {"direction", "string", u"收支方向", u"expenditure or revenue"},
    {"budget_phase", "string", u"预算阶段", u"proposed: a budget's figures; executed: a final account's (决算), what was spent"},
    {"fiscal_year", "year", u"预算年度", u"fiscal year (calendar year)"},
    {"department", "string", u"部门", u"department (部门) the budget belongs to"},
    {"functional_code_1", "string", u"功能分类类编码", u"支出功能分类 类 (3 digits)"},
    {"functional_name_1", "string", u"功能分类类名称", u""},
    {"functional_code_2", "string", u"功能分类款编码", u"支出功能分类 款 (5 digits)"},
    {"functional_name_2", "string", u"功能分类款名称", u""},
    {"functional_code_3", "string", u"功能分类项编码", u"支出功能分类 项 (7 digits)"},
    {"functional_name_3", "string", u"功能分类项名称", u""},
    {"economic_code_1", "string", u"经济分类类编码", u"部门预算支出经济分类 类 (3 digits)"},
    {"economic_name_1", "string", u"经济分类类名称", u""},
    {"economic_code_2", "string", u"经济分类款编码", u"部门预算支出经济分类 款 (5 digits)"},
    {"economic_name_2", "string", u"经济分类款名称", u""},
    {"fund_source", "string", u"资金来源", u"fund source key (general_budget, unit_funds, …)"},
    {"fund_source_name", "string", u"资金来源名称", u""},
    {"expenditure_type", "string", u"支出类型", u"basic (基本支出) or project (项目支出), a final account's also remit_superior (上缴上级支出), operating (经营支出), subsidy_affiliated (对附属单位补助支出); empty for revenue"},
    {"expenditure_type_name", "string", u"支出类型名称", u""},
    {"basic_category", "string", u"基本支出构成", u"personnel (人员经费) or public_use (公用经费), where known"},
    {"basic_category_name", "string", u"基本支出构成名称", u""},
    {"amount", "number", u"金额（元）", u"amount in yuan (元), exactly two decimals"},
    {"amount_fen", "integer", u"金额（分）", u"the same amount as an integer count of fen (分, 0.01 元)"},
};

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// The Fiscal Data Package's budget phase: a budget's figures are proposed, a final account's
// executed.
QString budgetPhase(const BudgetDocument &doc)
{
    return documentKindOf(doc.templateId) == DocumentKind::Final ? QStringLiteral("executed") : QStringLiteral("proposed");
}

QStringList emptyRow(const BudgetDocument &doc, const char *lineType, const char *direction)
{
    QStringList row(ColCount);
    row[LineType] = QLatin1String(lineType);
    row[Direction] = QLatin1String(direction);
    row[BudgetPhase] = budgetPhase(doc);
    row[FiscalYear] = QString::number(doc.year);
    row[Department] = doc.department;
    return row;
}

void setAmount(QStringList &row, Amount a)
{
    row[AmountYuan] = a.format(Unit::Yuan, false);
    row[AmountFen] = QString::number(a.fen());
}

void setSource(QStringList &row, FundSource s)
{
    row[Source] = fundSourceKey(s);
    row[SourceName] = fundSourceName(s);
}

void setPhase(QStringList &row, Phase phase)
{
    switch (phase) {
    case Phase::Project:
        row[ExpType] = QStringLiteral("project");
        row[ExpTypeName] = QStringLiteral("项目支出");
        return;
    case Phase::RemitSuperior:
        row[ExpType] = phaseKey(phase);
        row[ExpTypeName] = QStringLiteral("上缴上级支出");
        return;
    case Phase::Operating:
        row[ExpType] = phaseKey(phase);
        row[ExpTypeName] = QStringLiteral("经营支出");
        return;
    case Phase::SubsidyAffiliated:
        row[ExpType] = phaseKey(phase);
        row[ExpTypeName] = QStringLiteral("对附属单位补助支出");
        return;
    case Phase::Basic:
    case Phase::BasicPersonnel:
    case Phase::BasicPublic:
        row[ExpType] = QStringLiteral("basic");
        row[ExpTypeName] = QStringLiteral("基本支出");
        return;
    }
}

void setBasicPart(QStringList &row, bool personnel)
{
    row[BasicPart] = personnel ? QStringLiteral("personnel") : QStringLiteral("public_use");
    row[BasicPartName] = personnel ? QStringLiteral("人员经费") : QStringLiteral("公用经费");
}

QJsonObject attr(const QString &source, const QString &parent = QString(), const QString &labelFor = QString())
{
    QJsonObject o{{QStringLiteral("source"), source}};
    if (!parent.isEmpty())
        o.insert(QStringLiteral("parent"), parent);
    if (!labelFor.isEmpty())
        o.insert(QStringLiteral("labelfor"), labelFor);
    return o;
}

QJsonObject simpleDimension(const QString &type, const QString &codeField, const QString &nameField = QString())
{
    QJsonObject attributes{{QStringLiteral("code"), attr(codeField)}};
    if (!nameField.isEmpty())
        attributes.insert(QStringLiteral("label"), attr(nameField, QString(), QStringLiteral("code")));
    return QJsonObject{{QStringLiteral("dimensionType"), type},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("primaryKey"), QStringLiteral("code")}};
}

QJsonObject classification(const QString &classificationType, const QString &prefix, int levels)
{
    QJsonObject attributes;
    QJsonArray key;
    for (int level = 1; level <= levels; ++level) {
        const QString code = QStringLiteral("level%1_code").arg(level);
        const QString label = QStringLiteral("level%1_label").arg(level);
        attributes.insert(code, attr(QStringLiteral("%1_code_%2").arg(prefix).arg(level),
                                     level > 1 ? QStringLiteral("level%1_code").arg(level - 1) : QString()));
        attributes.insert(label, attr(QStringLiteral("%1_name_%2").arg(prefix).arg(level), QString(), code));
        key.append(code);
    }
    return QJsonObject{{QStringLiteral("dimensionType"), QStringLiteral("classification")},
                       {QStringLiteral("classificationType"), classificationType},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("primaryKey"), key}};
}

} // namespace

QStringList FiscalDataPackageExporter::fieldNames()
{
    QStringList names;
    for (const FieldDef &f : kFields)
        names.append(QLatin1String(f.name));
    return names;
}

QList<QStringList> FiscalDataPackageExporter::lines(const BudgetDocument &doc)
{
    const CodeCatalogue &catalogue = CodeCatalogue::forYear(doc.year);
    const Schedules &s = doc.schedules;
    QList<QStringList> out;

    // Expenditure by 功能分类 项 × source × 基本/项目: every line, so the sum is the total.
    for (const FunctionalLine &l : s.functional) {
        QStringList row = emptyRow(doc, "functional", "expenditure");
        const QString code = l.code.trimmed();
        if (code.size() >= 3) {
            row[Func1] = code.left(3);
            row[FuncName1] = catalogue.name(Classification::Functional, row[Func1]);
        }
        if (code.size() >= 5) {
            row[Func2] = code.left(5);
            row[FuncName2] = catalogue.name(Classification::Functional, row[Func2]);
        }
        if (code.size() >= 7) {
            row[Func3] = code;
            row[FuncName3] = l.name.isEmpty() ? catalogue.name(Classification::Functional, code) : l.name;
        }
        setSource(row, l.source);
        setPhase(row, l.phase);
        if (l.phase == Phase::BasicPersonnel || l.phase == Phase::BasicPublic)
            setBasicPart(row, l.phase == Phase::BasicPersonnel);
        setAmount(row, l.amount);
        out.append(row);
    }

    // 一般公共预算基本支出 by 经济分类 款 × 人员经费 / 公用经费.
    for (const EconomicLine &l : s.economic) {
        for (const bool personnel : {true, false}) {
            const Amount a = personnel ? l.personnel : l.publicUse;
            if (a.isZero())
                continue;
            QStringList row = emptyRow(doc, "economic", "expenditure");
            row[Econ1] = l.code.left(3);
            row[EconName1] = catalogue.name(Classification::Economic, row[Econ1]);
            row[Econ2] = l.code;
            row[EconName2] = l.name.isEmpty() ? catalogue.name(Classification::Economic, l.code) : l.name;
            setSource(row, FundSource::GeneralBudget);
            setPhase(row, Phase::Basic);
            setBasicPart(row, personnel);
            setAmount(row, a);
            out.append(row);
        }
    }

    // Revenue by source: a final account's receipts; a budget's income is what it plans to spend
    // from each source. 单位资金 is split by the sub-sources the summary states (unitFundsDetail),
    // the rest stays 单位资金, so the sum equals total income.
    for (int i = 0; i < FundSourceCount; ++i) {
        const auto src = FundSource(i);
        Amount a = s.sourceTotal(src);
        if (!s.receipts.isEmpty()) {
            a = Amount();
            for (const FunctionalLine &l : s.receipts)
                if (l.source == src)
                    a += l.amount;
        }
        if (src == FundSource::UnitFunds) {
            for (auto it = s.unitFundsDetail.cbegin(); it != s.unitFundsDetail.cend(); ++it)
                if (it.key() != FundSource::UnitFunds)
                    a -= it.value();
        } else {
            a += s.unitFundsDetail.value(src);
        }
        if (a.isZero())
            continue;
        QStringList row = emptyRow(doc, "revenue", "revenue");
        setSource(row, src);
        setAmount(row, a);
        out.append(row);
    }
    return out;
}

QByteArray FiscalDataPackageExporter::linesCsv(const BudgetDocument &doc)
{
    QList<QStringList> records{fieldNames()};
    records += lines(doc);
    return CsvWriter::encode(records, false);
}

QJsonObject FiscalDataPackageExporter::descriptor(const BudgetDocument &doc, const TemplateDescription &tpl)
{
    QJsonArray fields;
    for (const FieldDef &f : kFields) {
        QJsonObject field{{QStringLiteral("name"), QLatin1String(f.name)},
                          {QStringLiteral("type"), QLatin1String(f.type)},
                          {QStringLiteral("title"), str(f.title)}};
        if (*f.description)
            field.insert(QStringLiteral("description"), str(f.description));
        if (QLatin1String(f.type) == QLatin1String("number"))
            field.insert(QStringLiteral("decimalChar"), QStringLiteral("."));
        if (QLatin1String(f.name) == QLatin1String("line_type"))
            field.insert(QStringLiteral("constraints"),
                         QJsonObject{{QStringLiteral("required"), true},
                                     {QStringLiteral("enum"), QJsonArray{QStringLiteral("functional"), QStringLiteral("economic"),
                                                                         QStringLiteral("revenue")}}});
        fields.append(field);
    }

    const QJsonObject resource{
        {QStringLiteral("name"), QStringLiteral("budget-lines")},
        {QStringLiteral("path"), QLatin1String(LinesFile)},
        {QStringLiteral("profile"), QStringLiteral("tabular-data-resource")},
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
        {QStringLiteral("encoding"), QStringLiteral("utf-8")},
        {QStringLiteral("dialect"), QJsonObject{{QStringLiteral("delimiter"), QStringLiteral(",")},
                                                {QStringLiteral("lineTerminator"), QStringLiteral("\r\n")},
                                                {QStringLiteral("quoteChar"), QStringLiteral("\"")},
                                                {QStringLiteral("doubleQuote"), true},
                                                {QStringLiteral("header"), true}}},
        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("fields"), fields}}},
    };

    const auto measure = [&doc](const QString &source, double factor, const QString &title) {
        return QJsonObject{{QStringLiteral("source"), source},
                           {QStringLiteral("resource"), QStringLiteral("budget-lines")},
                           {QStringLiteral("currency"), QStringLiteral("CNY")},
                           {QStringLiteral("factor"), factor},
                           {QStringLiteral("phase"), budgetPhase(doc)},
                           {QStringLiteral("title"), title}};
    };
    QJsonObject measures{{QStringLiteral("amount"), measure(QStringLiteral("amount"), 1, QStringLiteral("金额（元）"))},
                         {QStringLiteral("amount_fen"), measure(QStringLiteral("amount_fen"), 0.01, QStringLiteral("金额（分）"))}};

    QJsonObject dimensions{
        {QStringLiteral("line_type"), simpleDimension(QStringLiteral("other"), QStringLiteral("line_type"))},
        {QStringLiteral("direction"), simpleDimension(QStringLiteral("other"), QStringLiteral("direction"))},
        {QStringLiteral("budget_phase"), simpleDimension(QStringLiteral("other"), QStringLiteral("budget_phase"))},
        {QStringLiteral("fiscal_year"),
         QJsonObject{{QStringLiteral("dimensionType"), QStringLiteral("datetime")},
                     {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("year"), attr(QStringLiteral("fiscal_year"))}}},
                     {QStringLiteral("primaryKey"), QStringLiteral("year")}}},
        {QStringLiteral("department"),
         QJsonObject{{QStringLiteral("dimensionType"), QStringLiteral("entity")},
                     {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("name"), attr(QStringLiteral("department"))}}},
                     {QStringLiteral("primaryKey"), QStringLiteral("name")}}},
        {QStringLiteral("functional_classification"), classification(QStringLiteral("functional"), QStringLiteral("functional"), 3)},
        {QStringLiteral("economic_classification"), classification(QStringLiteral("economic"), QStringLiteral("economic"), 2)},
        {QStringLiteral("fund_source"), simpleDimension(QStringLiteral("other"), QStringLiteral("fund_source"), QStringLiteral("fund_source_name"))},
        {QStringLiteral("expenditure_type"),
         simpleDimension(QStringLiteral("other"), QStringLiteral("expenditure_type"), QStringLiteral("expenditure_type_name"))},
        {QStringLiteral("basic_category"),
         simpleDimension(QStringLiteral("other"), QStringLiteral("basic_category"), QStringLiteral("basic_category_name"))},
    };

    // A data package name: lower case ASCII. Departments are Chinese, so a short hash of
    // the name keeps packages of different departments apart.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(doc.department.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    const bool final = documentKindOf(doc.templateId) == DocumentKind::Final;
    const QString kind = final ? QStringLiteral("部门决算") : QStringLiteral("部门预算");
    const QString description = QStringLiteral(
        "%1 %2 年%4 (%5), exported by BudgetDesk from template %3. "
        "budget-lines.csv holds three kinds of rows, told apart by line_type — sum amounts within one "
        "line_type only, never across them: 'functional' = expenditure by 支出功能分类 类/款/项 × fund source × "
        "基本支出/项目支出 (sums to total expenditure); 'economic' = 一般公共预算基本支出 by 部门预算支出经济分类 "
        "类/款 × 人员经费/公用经费 (sums to basic expenditure); 'revenue' = income by fund source (sums to total "
        "income). 'amount' is in 元 (CNY) with exactly two decimals; 'amount_fen' is the same amount as an exact "
        "integer count of 分 (0.01 元). Codes are text: keep leading digits as written.")
                                    .arg(doc.department)
                                    .arg(doc.year)
                                    .arg(tpl.id, kind,
                                         final ? QStringLiteral("department final accounts, executed: what was received and spent")
                                               : QStringLiteral("department budget, proposed"));

    return QJsonObject{
        {QStringLiteral("profile"), QStringLiteral("fiscal-data-package")},
        {QStringLiteral("name"), QStringLiteral("%1-%2-%3").arg(final ? QStringLiteral("department-final-accounts") : QStringLiteral("department-budget")).arg(doc.year).arg(hash)},
        {QStringLiteral("title"), QStringLiteral("%1 %2 年%3").arg(doc.department).arg(doc.year).arg(kind)},
        {QStringLiteral("description"), description},
        {QStringLiteral("countryCode"), QStringLiteral("CN")},
        {QStringLiteral("fiscalPeriod"), QJsonObject{{QStringLiteral("start"), QStringLiteral("%1-01-01").arg(doc.year)},
                                                     {QStringLiteral("end"), QStringLiteral("%1-12-31").arg(doc.year)}}},
        {QStringLiteral("resources"), QJsonArray{resource}},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("measures"), measures}, {QStringLiteral("dimensions"), dimensions}}},
    };
}

bool FiscalDataPackageExporter::exportPackage(const BudgetDocument &doc, const TemplateDescription &tpl, const QString &dir,
                                              QStringList *written, QString *error)
{
    if (!ExportFile::ensureDirectory(dir, error))
        return false;
    const QString csvPath = QDir(dir).filePath(QLatin1String(LinesFile));
    const QString jsonPath = QDir(dir).filePath(QLatin1String(DescriptorFile));
    if (!ExportFile::write(csvPath, linesCsv(doc), error))
        return false;
    if (written)
        written->append(csvPath);
    if (!ExportFile::write(jsonPath, QJsonDocument(descriptor(doc, tpl)).toJson(QJsonDocument::Indented), error))
        return false;
    if (written)
        written->append(jsonPath);
    return true;
}

} // namespace bd
