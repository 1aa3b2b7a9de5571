#include "export/XlsxExporter.h"

#include "export/CsvExporter.h"
#include "export/ExportFile.h"
#include "text/TextWidth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <list>

namespace bd {

namespace {

// An amount as a spreadsheet number in unit. The only place an amount becomes a double: the
// value is computed once from the integer count of 分, never added to or compared as a double.
double cellValue(Amount a, Unit unit)
{
    return unit == Unit::Yuan ? double(a.fen()) / 100.0 : double(a.fen()) / 1000000.0;
}

// One workbook being written: its formats and the UTF-8 strings libxlsxwriter is handed.
class Book
{
public:
    explicit Book(const QString &file)
        : m_file(QFile::encodeName(file))
    {
        m_wb = workbook_new(m_file.constData());
        if (!m_wb)
            return;
        title = workbook_add_format(m_wb);
        format_set_bold(title);
        format_set_font_size(title, 16);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
        plain = workbook_add_format(m_wb);
        right = workbook_add_format(m_wb);
        format_set_align(right, LXW_ALIGN_RIGHT);
        header = workbook_add_format(m_wb);
        format_set_bold(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(header);
        format_set_border(header, LXW_BORDER_THIN);
        text = workbook_add_format(m_wb);
        format_set_border(text, LXW_BORDER_THIN);
        format_set_num_format(text, "@");
        number = workbook_add_format(m_wb);
        format_set_border(number, LXW_BORDER_THIN);
        format_set_num_format(number, "#,##0.00");
        note = workbook_add_format(m_wb);
        format_set_italic(note);
    }
    ~Book()
    {
        if (m_wb && !m_closed)
            workbook_close(m_wb); // only after a failure: the temporary folder goes anyway
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    bool ok() const { return m_wb != nullptr; }

    lxw_worksheet *addSheet(const QString &wanted)
    {
        const QString name = XlsxExporter::sheetName(wanted, &m_names);
        return workbook_add_worksheet(m_wb, utf8(name));
    }

    const char *utf8(const QString &s)
    {
        m_strings.push_back(s.toUtf8());
        return m_strings.back().constData();
    }

    void write(lxw_worksheet *ws, int row, int col, const QString &s, lxw_format *f)
    {
        if (s.isEmpty())
            worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), f);
        else
            worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(col), utf8(s), f);
    }

    void write(lxw_worksheet *ws, int row, int col, const std::optional<Amount> &a, Unit unit)
    {
        if (a)
            worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(col), cellValue(*a, unit), number);
        else
            worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(col), number);
    }

    // A row of column headings (the extra sheets).
    void headings(lxw_worksheet *ws, int row, const QStringList &labels)
    {
        for (int c = 0; c < labels.size(); ++c)
            write(ws, row, c, labels[c], header);
    }

    lxw_error close()
    {
        m_closed = true;
        return workbook_close(m_wb);
    }

    lxw_format *title = nullptr, *plain = nullptr, *right = nullptr, *header = nullptr, *text = nullptr,
               *number = nullptr, *note = nullptr;

private:
    QByteArray m_file;
    lxw_workbook *m_wb = nullptr;
    bool m_closed = false;
    QStringList m_names;
    std::list<QByteArray> m_strings; // stable addresses until the workbook is closed
};

void setWidths(lxw_worksheet *ws, const QList<double> &widths)
{
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
}

// A4, one page wide, landscape when the table is wide, rows firstRepeat..lastRepeat on each page.
void pageSetup(lxw_worksheet *ws, bool wide, int firstRepeat, int lastRepeat)
{
    worksheet_set_paper(ws, 9); // A4
    if (wide)
        worksheet_set_landscape(ws);
    else
        worksheet_set_portrait(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    if (firstRepeat >= 0 && lastRepeat >= firstRepeat)
        worksheet_repeat_rows(ws, lxw_row_t(firstRepeat), lxw_row_t(lastRepeat));
}

void writeTable(Book &book, const BudgetDocument &doc, const TemplateDescription &tpl, const DisclosureTable &t)
{
    // The sheet is named by the bare title (the year would only eat into Excel's 31 characters);
    // the title cell reads as the disclosure prints it ("2025年部门财务收支预算总表"), which is what
    // the template's title pattern, and so the import of the workbook, expects.
    lxw_worksheet *ws = book.addSheet(QStringLiteral("%1 %2").arg(t.number).arg(t.title));
    const TableSpec *spec = tpl.table(t.number);
    const QString title = spec ? tpl.printedTitle(*spec, doc.year) : t.title;
    const QList<QStringList> records = CsvExporter::records(t);
    const int headerCount = int(t.headerRows.size());
    const int columns = std::max<int>(1, int(t.columns.size()));
    const int last = columns - 1;

    // Title and the line under it.
    if (last > 0)
        worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(last), book.utf8(title), book.title);
    else
        book.write(ws, 0, 0, title, book.title);
    worksheet_set_row(ws, 0, 30, nullptr);
    const QString department = QStringLiteral("编制部门：%1").arg(doc.department);
    const QString unit = QStringLiteral("单位：%1").arg(unitSuffix(t.unit));
    if (last > 0) {
        book.write(ws, 1, 0, department, book.plain);
        book.write(ws, 1, last, unit, book.right);
    } else {
        book.write(ws, 1, 0, department + QStringLiteral("  ") + unit, book.plain);
    }

    // The header: a cell followed by empty cells groups the columns under it, unless a row
    // above starts another group there (then the empty cell continues that one downwards).
    const int top = 2;
    for (int h = 0; h < headerCount; ++h) {
        const QStringList &cells = t.headerRows[h];
        for (int c = 0; c < columns; ++c) {
            const QString cell = cells.value(c);
            int end = c;
            if (!cell.isEmpty()) {
                while (end + 1 < columns && cells.value(end + 1).isEmpty()) {
                    bool startsAbove = false;
                    for (int above = 0; above < h; ++above)
                        startsAbove = startsAbove || !t.headerRows[above].value(end + 1).isEmpty();
                    if (startsAbove)
                        break;
                    ++end;
                }
            }
            if (end > c)
                worksheet_merge_range(ws, lxw_row_t(top + h), lxw_col_t(c), lxw_row_t(top + h), lxw_col_t(end),
                                      book.utf8(cell), book.header);
            else
                book.write(ws, top + h, c, cell, book.header);
            c = end;
        }
    }

    // The rows: codes and names as text, amounts as numbers.
    const int first = top + headerCount;
    for (int r = 0; r < t.rows.size(); ++r) {
        const TableRow &row = t.rows[r];
        for (int c = 0; c < t.columns.size(); ++c) {
            if (t.columns[c].isAmount)
                book.write(ws, first + r, c, row.cells.value(c).amount, t.unit);
            else
                book.write(ws, first + r, c, records.value(headerCount + r).value(c), book.text);
        }
    }
    if (!t.note.isEmpty()) {
        const int noteRow = first + int(t.rows.size());
        if (last > 0)
            worksheet_merge_range(ws, lxw_row_t(noteRow), 0, lxw_row_t(noteRow), lxw_col_t(last), book.utf8(t.note), book.note);
        else
            book.write(ws, noteRow, 0, t.note, book.note);
    }

    // Widths: text columns as wide as their longest cell (within reason), amounts 15.
    QList<double> widths;
    for (int c = 0; c < columns; ++c) {
        double w = c < t.columns.size() && t.columns[c].isAmount ? 15 : 6;
        if (c < t.columns.size() && !t.columns[c].isAmount)
            for (const TableRow &row : t.rows)
                w = std::max(w, textColumns(row.cells.value(c).text) + 2.0);
        widths.append(std::min(w, 50.0));
    }
    setWidths(ws, widths);

    // Frozen below the header and right of the name column (the first amount column when a
    // table has no name column).
    int frozenColumns = t.columnIndex(QStringLiteral("name")) + 1;
    if (frozenColumns <= 0) {
        frozenColumns = 0;
        while (frozenColumns < t.columns.size() && !t.columns[frozenColumns].isAmount)
            ++frozenColumns;
        if (frozenColumns == t.columns.size())
            frozenColumns = 0;
    }
    worksheet_freeze_panes(ws, lxw_row_t(first), lxw_col_t(frozenColumns));
    pageSetup(ws, columns > 6, top, first - 1);
}

void writeSanGong(Book &book, const Schedules &s, Unit unit)
{
    lxw_worksheet *ws = book.addSheet(QStringLiteral("三公"));
    book.write(ws, 0, 0, QStringLiteral("“三公”经费"), book.title);
    book.write(ws, 1, 3, QStringLiteral("单位：%1").arg(unitSuffix(unit)), book.right);
    book.headings(ws, 2, {QStringLiteral("项目"), QStringLiteral("本年预算"), QStringLiteral("上年预算"), QStringLiteral("增减")});
    static const QList<QPair<QString, QString>> items{{QStringLiteral("abroad"), QStringLiteral("因公出国（境）费")},
                                                      {QStringLiteral("reception"), QStringLiteral("公务接待费")},
                                                      {QStringLiteral("vehicle_purchase"), QStringLiteral("公务用车购置费")},
                                                      {QStringLiteral("vehicle_operation"), QStringLiteral("公务用车运行费")}};
    QList<QPair<QString, const SanGongLine *>> lines;
    for (const auto &[key, label] : items)
        if (const SanGongLine *l = s.sanGongLine(key))
            lines.append({label, l});
    for (const SanGongLine &l : s.sanGong) // items this version does not name, as keyed
        if (std::none_of(items.begin(), items.end(), [&](const auto &i) { return i.first == l.key; }))
            lines.append({l.key, &l});
    int row = 3;
    Amount total, priorTotal;
    bool allPrior = !lines.isEmpty();
    for (const auto &[label, l] : lines) {
        book.write(ws, row, 0, label, book.text);
        book.write(ws, row, 1, l->total(), unit);
        book.write(ws, row, 2, l->prior, unit);
        book.write(ws, row, 3, l->prior ? std::optional<Amount>(l->total() - *l->prior) : std::nullopt, unit);
        total += l->total();
        if (l->prior)
            priorTotal += *l->prior;
        allPrior = allPrior && l->prior.has_value();
        ++row;
    }
    book.write(ws, row, 0, QStringLiteral("合计"), book.text);
    book.write(ws, row, 1, total, unit);
    book.write(ws, row, 2, allPrior ? std::optional<Amount>(priorTotal) : std::nullopt, unit);
    book.write(ws, row, 3, allPrior ? std::optional<Amount>(total - priorTotal) : std::nullopt, unit);
    setWidths(ws, {24, 15, 15, 15});
    worksheet_freeze_panes(ws, 3, 1);
    pageSetup(ws, false, 2, 2);
}

void writeTargets(Book &book, const Schedules &s, Unit unit)
{
    lxw_worksheet *ws = book.addSheet(QStringLiteral("绩效目标"));
    book.write(ws, 0, 0, QStringLiteral("绩效目标"), book.title);
    book.write(ws, 1, 0, QStringLiteral("资金单位：%1").arg(unitSuffix(unit)), book.plain);
    book.headings(ws, 2, {QStringLiteral("类型"), QStringLiteral("名称"), QStringLiteral("资金总额"), QStringLiteral("一级指标"),
                          QStringLiteral("二级指标"), QStringLiteral("三级指标"), QStringLiteral("指标值"),
                          QStringLiteral("指标值设定依据"), QStringLiteral("权重")});
    int row = 3;
    for (const PerformanceTarget &target : s.targets) {
        const QString kind = target.kind == QLatin1String("overall") ? QStringLiteral("部门整体") : QStringLiteral("项目");
        // One row per indicator, the target repeated so the sheet can be filtered; a target
        // without indicators still has its row.
        const int count = std::max<int>(1, int(target.indicators.size()));
        // Funds: the stated total, else what its parts (上级安排 + 本级安排 + 其他资金) add up to.
        std::optional<Amount> funds = target.total;
        if (!funds && (target.fiscalSuperior || target.fiscal || target.other))
            funds = target.statedSum();
        for (int i = 0; i < count; ++i) {
            book.write(ws, row, 0, kind, book.text);
            book.write(ws, row, 1, target.name, book.text);
            book.write(ws, row, 2, funds, unit);
            const Indicator ind = target.indicators.value(i);
            book.write(ws, row, 3, ind.level1, book.text);
            book.write(ws, row, 4, ind.level2, book.text);
            book.write(ws, row, 5, ind.level3, book.text);
            book.write(ws, row, 6, ind.value, book.text);
            book.write(ws, row, 7, ind.basis, book.text);
            if (ind.weight)
                worksheet_write_number(ws, lxw_row_t(row), 8, *ind.weight, nullptr);
            ++row;
        }
    }
    setWidths(ws, {10, 30, 15, 12, 14, 30, 16, 30, 8});
    worksheet_freeze_panes(ws, 3, 2);
    pageSetup(ws, true, 2, 2);
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("错误");
    case Severity::Warning: return QStringLiteral("警告");
    case Severity::Notice: break;
    }
    return QStringLiteral("提示");
}

void writeFindings(Book &book, const ImportReport &findings)
{
    lxw_worksheet *ws = book.addSheet(QStringLiteral("检查结果"));
    book.write(ws, 0, 0, QStringLiteral("检查结果"), book.title);
    book.headings(ws, 1, {QStringLiteral("严重程度"), QStringLiteral("规则"), QStringLiteral("表"), QStringLiteral("行"),
                          QStringLiteral("列"), QStringLiteral("说明")});
    int row = 2;
    for (const Finding &f : findings.findings) {
        book.write(ws, row, 0, severityLabel(f.severity), book.text);
        book.write(ws, row, 1, f.rule, book.text);
        if (f.table > 0)
            worksheet_write_number(ws, lxw_row_t(row), 2, f.table, nullptr);
        book.write(ws, row, 3, f.rowLabel.isEmpty() ? f.rowKey : f.rowLabel, book.text);
        book.write(ws, row, 4, f.columnHeader.isEmpty() ? f.column : f.columnHeader, book.text);
        book.write(ws, row, 5, f.message, book.text);
        ++row;
    }
    setWidths(ws, {10, 22, 6, 24, 18, 80});
    worksheet_freeze_panes(ws, 2, 0);
    pageSetup(ws, true, 1, 1);
}

// The document as a whole (title, department, year, date, template), last so that the table
// sheets keep their places; XlsxTextExtractor reads it back on import.
void writeInfo(Book &book, const BudgetDocument &doc)
{
    lxw_worksheet *ws = book.addSheet(QStringLiteral("文档信息"));
    book.write(ws, 0, 0, doc.title, book.title);
    const QList<QPair<QString, QString>> rows{{QStringLiteral("编制部门"), doc.department},
                                              {QStringLiteral("年度"), QString::number(doc.year)},
                                              {QStringLiteral("发布日期"), doc.publishDate},
                                              {QStringLiteral("模板"), doc.templateId}};
    int row = 1;
    for (const auto &[label, value] : rows) {
        book.write(ws, row, 0, label, book.header);
        book.write(ws, row, 1, value, book.text);
        ++row;
    }
    setWidths(ws, {12, 50});
}

} // namespace

QString XlsxExporter::sheetName(const QString &wanted, QStringList *taken)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    QString base;
    for (const QChar ch : wanted)
        base += forbidden.contains(ch) || ch.unicode() < 0x20 ? QLatin1Char('_') : ch;
    base = base.trimmed();
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    auto isTaken = [&](const QString &n) { return taken && taken->contains(n, Qt::CaseInsensitive); };
    auto fit = [](QString s, int max) {
        // Excel counts UTF-16 units; never split a surrogate pair, never end on an apostrophe.
        if (s.size() > max)
            s.truncate(max - (s.at(max - 1).isHighSurrogate() ? 1 : 0));
        while (s.endsWith(QLatin1Char('\'')))
            s.chop(1);
        return s;
    };
    QString name = fit(base, 31);
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = fit(base, 31 - int(suffix.size())) + suffix;
    }
    if (taken)
        taken->append(name);
    return name;
}

bool XlsxExporter::exportWorkbook(const BudgetDocument &doc, const TemplateDescription &tpl, const ImportReport &findings,
                                  const QString &path, QString *error)
{
    const QString native = QDir::toNativeSeparators(path);
    // libxlsxwriter writes the whole file when the workbook is closed: into a temporary folder,
    // then ExportFile puts the bytes in place atomically (never a partial file at path).
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        if (error)
            *error = QCoreApplication::translate("bd::Export", "cannot write %1: no temporary folder (%2)").arg(native, tmp.errorString());
        return false;
    }
    const QString tmpFile = tmp.filePath(QStringLiteral("workbook.xlsx"));
    const QList<DisclosureTable> tables = CsvExporter::tablesFor(doc, tpl);
    {
        Book book(tmpFile);
        if (!book.ok()) {
            if (error)
                *error = QCoreApplication::translate("bd::Export", "cannot write %1: libxlsxwriter could not start a workbook").arg(native);
            return false;
        }
        for (const DisclosureTable &t : tables)
            writeTable(book, doc, tpl, t);
        const Unit unit = tables.isEmpty() ? Unit::WanYuan : tables.first().unit;
        writeSanGong(book, doc.schedules, unit);
        writeTargets(book, doc.schedules, unit);
        writeFindings(book, findings);
        writeInfo(book, doc);
        const lxw_error rc = book.close();
        if (rc != LXW_NO_ERROR) {
            if (error)
                *error = QCoreApplication::translate("bd::Export", "cannot write %1: %2").arg(native, QString::fromUtf8(lxw_strerror(rc)));
            return false;
        }
    }
    QFile f(tmpFile);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("bd::Export", "cannot write %1: %2").arg(native, f.errorString());
        return false;
    }
    return ExportFile::write(path, f.readAll(), error);
}

} // namespace bd
