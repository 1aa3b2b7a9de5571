#pragma once

#include "money/Amount.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One thing a sentence of the 说明 states, in the order written.
struct SentenceMention
{
    enum Kind {
        Amount,  // "449.92万元", "10,000元"
        Change,  // of an amount: "增加2.15万元"
        Flat,    // no change: "持平" (not "基本持平")
        Rate,    // of change: "增长0.48%", "下降 8.65%"
        Share,   // of a whole: "占85.71%", "占本年支出合计的 44.90%"
        Percent, // any other percentage ("完成年初预算的 95.89%")
    };
    // What a change is against, as its clause says: "比上年预算执行数…", "比2022年预算…",
    // "比上年…"; a rate without a comparison of its own has the change's before it.
    enum class Base { None, LastYear, LastYearBudget, LastYearExecution };

    Kind kind = Amount;
    int pos = 0;          // the mention: "增加 2.15 万元", "占 85.71%", "持平"
    int end = 0;
    int numberPos = 0;    // its number as written, with its % sign ("85.71%")
    int numberLength = 0;
    QString number;       // "1,720.00", "85.71"
    qint64 value = 0;     // Amount/Change: 分; Rate/Share/Percent: hundredths of a percent; never negative
    bool down = false;    // Change/Rate: 减少, 下降
    int decimals = 0;     // as printed
    Unit unit = Unit::WanYuan; // Amount/Change
    bool valid = true;    // the number parsed
    Base base = Base::None;

    qint64 signedValue() const { return down ? -value : value; }
    bool isPercent() const { return kind == Rate || kind == Share || kind == Percent; }
};

// The one reader of the 说明's sentences: the importer, the comparison of generated text with
// the published and the check read amounts, changes, rates, shares and their subjects' 类/款/项
// through it, so that all three understand a sentence alike.
class SentenceReader
{
public:
    // Every mention of a text (a paragraph or a sentence), in order.
    static QList<SentenceMention> read(const QString &text);

    // A 功能分类 path written in words: "一般公共服务支出（类）商贸事务（款）行政运行（项）". Names
    // may hold brackets of their own ("政府办公厅（室）及相关机构事务"); 款 and 项 may be left out.
    struct ClassPath
    {
        int start = 0, end = 0; // the names and their markers
        QStringList names;      // 类, 款, 项 as written
    };
    // The text's paths; brackets of either width are read alike ("（款)").
    static QList<ClassPath> classPaths(const QString &text);

    static QStringList sentences(const QString &paragraph); // split after each 。
    static bool givesReason(const QString &text);           // 原因, 由于, 因为
    // "85.71" → 8571; "92" → 9200; decimals as printed.
    static qint64 percentHundredths(const QString &number, int *decimals);
    // Brackets folded to the full-width forms, the same length ("（款)" reads as "（款）").
    static QString foldBrackets(QString text);
};

} // namespace bd
