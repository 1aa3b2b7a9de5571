#include "WrappedText.h"

namespace bd {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

QString mendName(const QString &text)
{
    const QString s = text.trimmed();
    QString out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        if (s[i].isSpace() && i > 0 && i + 1 < s.size() && isCjk(s[i - 1])) {
            int j = i;
            while (j < s.size() && s[j].isSpace())
                ++j;
            if (j < s.size() && isCjk(s[j])) {
                i = j - 1;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

QString joinWrapped(const QString &a, const QString &b)
{
    const bool space = !a.isEmpty() && !b.isEmpty() && a.back().unicode() < 128 && b.front().unicode() < 128;
    return a + (space ? QStringLiteral(" ") : QString()) + b;
}

} // namespace bd
