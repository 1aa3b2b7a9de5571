#pragma once

#include <QString>

namespace bd {

// One line of a disclosure's text as the importer reads it, with its 1-based number (import
// errors and findings name it).
struct SourceLine
{
    int number = 0;
    QString text;
};

// CJK ideographs and punctuation, and full-width forms.
bool isCjk(QChar c);

// "其他政府办公厅（室）及相 关机构事务支出" → "其他政府办公厅（室）及相关机构事务支出": the PDF's wrap
// leaves a space between two Chinese characters.
QString mendName(const QString &text);

// Two pieces of a text the PDF broke over lines, joined again: with a space between two
// Latin words or figures ("2026 年" / "1.00"), none next to a Chinese character.
QString joinWrapped(const QString &a, const QString &b);

} // namespace bd
