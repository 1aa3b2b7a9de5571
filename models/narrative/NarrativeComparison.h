#pragma once

#include "document/BudgetDocument.h"
#include "narrative/NarrativeGenerator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// A number in a sentence: an amount ("449.92" before 万元/元) or a percentage ("85.71%").
struct NumberToken
{
    QString text;      // as written, without the unit: "449.92", "37,151.47", "85.71%"
    int position = 0;  // in the sentence
    int length = 0;    // of the number (and its % sign), not of 万元
    bool percent = false;
    bool valid = false; // value parsed
    qint64 value = 0;   // amounts in 分, percentages in hundredths of a percent
    bool sameNumber(const NumberToken &o) const
    {
        return percent == o.percent && (valid && o.valid ? value == o.value : text == o.text);
    }
};

// A generated sentence beside the published paragraph it stands for.
struct ComparedSentence
{
    GeneratedSentence generated;
    QString published;         // the paragraph, empty when the published text has none
    int publishedLine = 0;     // 1-based source line of the paragraph, 0 when none
    QStringList onlyGenerated; // numbers of the generated sentence missing from the paragraph
    QStringList onlyPublished; // numbers of the paragraph missing from the generated sentence
    bool differs = false;      // a paragraph was found and some number differs
    bool found() const { return !published.isEmpty(); }
};

// Compares the generated sentences with the published 说明: finds each sentence's paragraph
// (in a section whose heading contains the sentence's section fragment, the first paragraph
// starting with the anchor, else the first containing it) and lists the numbers that are only
// on one side. Numbers compare by value, so "0" equals "0.00" and "37,151.47" equals
// "37151.47"; a sentence that says 持平 accepts the published "增加 0.00 万元，增长 0.00%".
class NarrativeComparison
{
public:
    static QList<ComparedSentence> compare(const BudgetDocument &doc);
    static QList<ComparedSentence> compare(const QList<GeneratedSentence> &sentences,
                                           const QList<NarrativeSection> &narrative);

    // The numbers of a text: amounts followed by 万元/元 and percentages.
    static QList<NumberToken> numbers(const QString &text);

    // The published paragraph for a sentence; false when there is none.
    static bool findParagraph(const GeneratedSentence &sentence, const QList<NarrativeSection> &narrative,
                              QString *paragraph, int *line);
};

} // namespace bd
