#pragma once

#include <QChar>
#include <QString>

namespace bd {

// Printed text measured in character columns, as a spreadsheet, `pdftotext -layout` and a
// table layout count them: a wide glyph (CJK ideographs, kana, hangul, CJK and full-width
// punctuation) takes two columns, anything else one.
inline bool isWideGlyph(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
        || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6) || c.isSurrogate();
}

inline int textColumns(const QString &text)
{
    int n = 0;
    for (QChar c : text)
        n += isWideGlyph(c) ? 2 : 1;
    return n;
}

} // namespace bd
