#include "Amount.h"

#include <QCoreApplication>
#include <limits>

namespace bd {

QString unitSuffix(Unit unit)
{
    return unit == Unit::Yuan ? QStringLiteral("元") : QStringLiteral("万元");
}

std::optional<Unit> unitFromText(QStringView text)
{
    if (text.contains(u"万元"))
        return Unit::WanYuan;
    if (text.contains(u"元"))
        return Unit::Yuan;
    return std::nullopt;
}

static qint64 divRound(qint64 value, qint64 step)
{
    // Half away from zero.
    const qint64 q = value / step;
    const qint64 r = value % step;
    if (2 * (r < 0 ? -r : r) >= step)
        return q + (value < 0 ? -1 : 1);
    return q;
}

Amount Amount::roundedTo(Unit unit) const
{
    const qint64 step = displayStep(unit);
    const __int128 r = __int128(divRound(m_fen, step)) * step;
    // Saturate at the representable range rather than wrap (only reachable at ±9.2e16 元).
    if (r > std::numeric_limits<qint64>::max())
        return fromFen(std::numeric_limits<qint64>::max());
    if (r < std::numeric_limits<qint64>::min())
        return fromFen(std::numeric_limits<qint64>::min());
    return fromFen(qint64(r));
}

QString Amount::format(Unit unit, bool thousands) const
{
    const qint64 hundredths = divRound(m_fen, displayStep(unit)); // count of 0.01 units
    const bool negative = hundredths < 0;
    const quint64 abs = negative ? quint64(-(hundredths + 1)) + 1 : quint64(hundredths);
    QString integer = QString::number(abs / 100);
    if (thousands) {
        for (int i = integer.size() - 3; i > 0; i -= 3)
            integer.insert(i, QLatin1Char(','));
    }
    const int frac = int(abs % 100);
    QString s;
    if (negative)
        s += QLatin1Char('-');
    s += integer;
    s += QLatin1Char('.');
    s += QLatin1Char(char('0' + frac / 10));
    s += QLatin1Char(char('0' + frac % 10));
    return s;
}

bool Amount::addChecked(Amount a, Amount b, Amount *out)
{
    qint64 r;
    if (__builtin_add_overflow(a.m_fen, b.m_fen, &r))
        return false;
    *out = fromFen(r);
    return true;
}

static QString normalizeCell(QStringView text)
{
    // Full-width digits, comma, period and minus become ASCII; spaces go.
    // Whitespace inside a cell is kept so that two numbers run together ("100 200") stay
    // an error rather than silently becoming one.
    QString s = text.toString().normalized(QString::NormalizationForm_KC).trimmed();
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case 0x2212: // minus sign
        case 0x2010:
        case 0x2011:
            out += QLatin1Char('-');
            break;
        case 0x3001: // 、 used by mistake as a separator
        case 0xFF64:
            out += QLatin1Char(',');
            break;
        case 0x3002: // 。 used by mistake as a decimal point
            out += QLatin1Char('.');
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool isDashMark(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u != u'-' && u != u'—' && u != u'–' && u != u'―' && u != u'─')
            return false;
    }
    return true;
}

static bool isDashOnly(const QString &s)
{
    return s.isEmpty() || isDashMark(s);
}

AmountParse parseAmount(QStringView text, Unit unit)
{
    AmountParse result;
    const QString s = normalizeCell(text);
    if (isDashOnly(s)) {
        result.status = AmountParse::Empty;
        return result;
    }
    auto fail = [&](const QString &why) {
        result.status = AmountParse::Invalid;
        result.error = why;
        return result;
    };
    auto tooLarge = [&] {
        result.tooLarge = true;
        return fail(QCoreApplication::translate("bd::Importer", "\"%1\" is too large").arg(text));
    };

    int i = 0;
    bool negative = false;
    bool parenthesised = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        parenthesised = true;
        negative = true;
    }
    const int end = parenthesised ? s.size() - 1 : s.size();
    if (parenthesised)
        i = 1;
    if (i < end && (s[i] == QLatin1Char('-') || s[i] == QLatin1Char('+'))) {
        if (parenthesised)
            return fail(QCoreApplication::translate("bd::Importer", "\"%1\" has both brackets and a sign").arg(text));
        negative = s[i] == QLatin1Char('-');
        ++i;
    }
    if (i >= end)
        return fail(QCoreApplication::translate("bd::Importer", "no digits in \"%1\"").arg(text));

    // Integer part with optional thousands separators in groups of three.
    QString digits;
    int groupLen = -1; // length of the current group after a separator, -1 before any
    bool sawSeparator = false;
    int firstGroupLen = 0;
    for (; i < end && s[i] != QLatin1Char('.'); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
            if (sawSeparator)
                ++groupLen;
            else
                ++firstGroupLen;
        } else if (c == QLatin1Char(',')) {
            if (digits.isEmpty() || (sawSeparator && groupLen != 3) || (!sawSeparator && firstGroupLen > 3))
                return fail(QCoreApplication::translate("bd::Importer", "misplaced thousands separator in \"%1\"").arg(text));
            sawSeparator = true;
            groupLen = 0;
        } else {
            return fail(QCoreApplication::translate("bd::Importer", "\"%1\" is not an amount (unexpected \"%2\")").arg(text).arg(c));
        }
    }
    if (sawSeparator && groupLen != 3)
        return fail(QCoreApplication::translate("bd::Importer", "misplaced thousands separator in \"%1\"").arg(text));
    QString fraction;
    if (i < end && s[i] == QLatin1Char('.')) {
        for (++i; i < end; ++i) {
            const QChar c = s[i];
            if (!(c.isDigit() && c.unicode() < 128))
                return fail(QCoreApplication::translate("bd::Importer", "\"%1\" is not an amount (unexpected \"%2\")").arg(text).arg(c));
            fraction += c;
        }
    }
    if (digits.isEmpty() && fraction.isEmpty())
        return fail(QCoreApplication::translate("bd::Importer", "no digits in \"%1\"").arg(text));

    const int maxDecimals = unit == Unit::Yuan ? 2 : 6;
    // Trailing zeros beyond the precision are harmless ("12.3400").
    while (fraction.size() > maxDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > maxDecimals)
        return fail(QCoreApplication::translate("bd::Importer", "\"%1\" has more decimals than %2 allows").arg(text, unitSuffix(unit)));
    fraction = fraction.leftJustified(maxDecimals, QLatin1Char('0'));

    // fen = integer * scale + fraction (fraction already in fen for the unit).
    const qint64 scale = unit == Unit::Yuan ? 100 : 1000000;
    qint64 intPart = 0;
    for (QChar c : digits) {
        if (__builtin_mul_overflow(intPart, qint64(10), &intPart)
            || __builtin_add_overflow(intPart, qint64(c.unicode() - u'0'), &intPart))
            return tooLarge();
    }
    qint64 fen = 0;
    if (__builtin_mul_overflow(intPart, scale, &fen)
        || __builtin_add_overflow(fen, fraction.isEmpty() ? 0 : fraction.toLongLong(), &fen))
        return tooLarge();
    result.status = AmountParse::Ok;
    result.amount = Amount::fromFen(negative ? -fen : fen);
    return result;
}

bool looksLikeAmount(QStringView text)
{
    QString s = normalizeCell(text);
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')')))
        s = s.mid(1, s.size() - 2);
    if (s.isEmpty())
        return false;
    bool digit = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128)
            digit = true;
        else if (c == QLatin1Char(',') || c == QLatin1Char('.'))
            continue;
        else if (i == 0 && c == QLatin1Char('-'))
            continue;
        else
            return false;
    }
    return digit;
}

std::optional<qint64> percentTruncated(Amount part, Amount whole, int decimals)
{
    if (whole.isZero())
        return std::nullopt;
    const qint64 step = decimals >= 2 ? 1 : decimals == 1 ? 10 : 100;
    const __int128 q = __int128(part.fen()) * 10000 / whole.fen(); // C++ division truncates towards zero
    return qint64(q / step * step);
}

std::optional<qint64> percentHundredths(Amount part, Amount whole)
{
    if (whole.isZero())
        return std::nullopt;
    // part/whole * 10000, rounded half away from zero, in 128-bit to avoid overflow.
    const __int128 num = __int128(part.fen()) * 10000;
    const __int128 den = whole.fen();
    __int128 q = num / den;
    __int128 r = num % den;
    if (r < 0) r = -r;
    const __int128 d = den < 0 ? -den : den;
    if (2 * r >= d)
        q += ((num < 0) != (den < 0)) ? -1 : 1;
    return qint64(q);
}

QString formatPercent(qint64 hundredths)
{
    const bool negative = hundredths < 0;
    const qint64 a = negative ? -hundredths : hundredths;
    return QStringLiteral("%1%2.%3%").arg(negative ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace bd
