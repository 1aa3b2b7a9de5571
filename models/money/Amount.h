#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace bd {

// The unit a published table states its amounts in.
enum class Unit { Yuan, WanYuan };

QString unitSuffix(Unit unit);                  // "元" / "万元"
std::optional<Unit> unitFromText(QStringView);  // "元", "万元" (surrounding text ignored)

// An exact amount of money: an integer count of 分 (0.01 元). Never a double.
class Amount
{
public:
    constexpr Amount() = default;
    static constexpr Amount fromFen(qint64 fen) { Amount a; a.m_fen = fen; return a; }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }

    // Number of 分 in one step of the unit's last displayed digit: 1 for 元 (0.01 元),
    // 10000 for 万元 (0.01 万元 = 100 元).
    static constexpr qint64 displayStep(Unit unit) { return unit == Unit::Yuan ? 1 : 10000; }

    // Rounded to the unit's two decimals, half away from zero (how published tables round).
    Amount roundedTo(Unit unit) const;

    // "1234.56"; with thousands separators "1,234.56". Always two decimals.
    QString format(Unit unit, bool thousands = false) const;

    constexpr Amount operator+(Amount o) const { return fromFen(m_fen + o.m_fen); }
    constexpr Amount operator-(Amount o) const { return fromFen(m_fen - o.m_fen); }
    constexpr Amount operator-() const { return fromFen(-m_fen); }
    Amount &operator+=(Amount o) { m_fen += o.m_fen; return *this; }
    Amount &operator-=(Amount o) { m_fen -= o.m_fen; return *this; }
    constexpr auto operator<=>(const Amount &) const = default;

    // Checked addition: false on overflow.
    static bool addChecked(Amount a, Amount b, Amount *out);

private:
    qint64 m_fen = 0;
};

// Result of parsing a published amount cell.
struct AmountParse
{
    enum Status { Ok, Empty, Invalid };
    Status status = Empty;
    Amount amount;
    QString error; // for Invalid: what was wrong, in English (callers add the place)
    bool tooLarge = false; // Invalid because the number is beyond what an amount holds

    bool ok() const { return status == Ok; }
    bool isEmpty() const { return status == Empty; }
    bool isInvalid() const { return status == Invalid; }
};

// Parses what published documents contain: "449.92", "96,282,213.44", "156,211,123",
// "", "—", "-", full-width digits and punctuation, an optional sign.
// In 元 at most 2 decimals, in 万元 at most 6 (exact to the 分).
AmountParse parseAmount(QStringView text, Unit unit);

// True when text looks like a number cell (digits with optional separators/decimals),
// used by layout detection; does not check range.
bool looksLikeAmount(QStringView text);
// A cell holding only dashes ("—", "-", "–"): printed for an empty amount.
bool isDashMark(QStringView text);

// Share in basis points of a percent (hundredths of a percent), rounded half away from zero:
// share(449.92, 524.92) = 8571 meaning 85.71%. Returns nullopt when whole is zero.
std::optional<qint64> percentHundredths(Amount part, Amount whole);
// The share cut off (towards zero) at `decimals` places and given in hundredths: some
// documents print 99.868% as 99.86%. Nullopt when whole is zero.
std::optional<qint64> percentTruncated(Amount part, Amount whole, int decimals);
QString formatPercent(qint64 hundredths); // 8571 -> "85.71%"

} // namespace bd
