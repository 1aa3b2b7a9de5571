#pragma once

#include "import/ExtractedText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One worksheet as text: every row from the first to the last, each as wide as the widest row
// of the sheet. Numbers with two decimals and no thousands separators, texts as they are,
// empty cells empty.
struct XlsxSheet
{
    QString name;
    QList<QStringList> rows;
    // False when only the first row was read: a sheet whose title is no disclosure table's
    // (and not the information sheet) is not read on.
    bool complete = true;
};

// The text of an .xlsx workbook as lines the tab-layout template importer reads. The document
// information sheet BudgetDesk writes ("文档信息": title, department, publish date) gives the
// title lines; then for each sheet whose title cell matches the title pattern of a disclosure
// table of a known template ("2025年部门财务收支预算总表", "部门收支总体情况表"): the title, "编制部门：…"
// and "单位：…" lines, then each row as tab-separated cells. A bare title where the template
// prints the year (workbooks written before XlsxExporter wrote the printed title) reads as the
// printed title in the year of the information sheet. Other sheets (三公, 绩效目标, 检查结果,
// anything else) are left out of the lines.
struct XlsxText : ExtractedText
{
    QList<XlsxSheet> sheets; // every sheet, in workbook order
};

class XlsxTextExtractor
{
public:
    // Beyond what ZipArchive refuses (encryption, zip bombs): the format's own limits, and the
    // most cells of one sheet turned into text (rows from the first to the last filled one,
    // each as wide as the widest): a disclosure table has a few thousand, so a sheet reaching
    // this is refused with its extent named.
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;
    static constexpr qint64 maxSheetCells = 2'000'000;

    // True when the bytes start with the ZIP signature "PK".
    static bool isZip(const QByteArray &bytes);

    // Reads a workbook held in memory; sourceName (the file name) is used in the error message.
    static XlsxText extract(const QByteArray &bytes, const QString &sourceName);
    static XlsxText extractFile(const QString &path);

    // The name of the document information sheet XlsxExporter writes last.
    static QString infoSheetName() { return QStringLiteral("文档信息"); }
};

} // namespace bd
