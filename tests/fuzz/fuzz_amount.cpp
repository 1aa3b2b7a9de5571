// libFuzzer harness: bd::parseAmount on arbitrary text, in both units, with a round-trip check.
//
// The input is decoded as UTF-8 (invalid sequences become U+FFFD, as QString::fromUtf8 has it).
// Whenever parseAmount(text, unit) yields an Amount a, for each form f of Amount::format
// (plain "1234.56" and with thousands separators "1,234.56"):
//
//  1. In 元 the display step is one 分, so format(Yuan) is exact and
//        parseAmount(a.format(Yuan, f), Yuan) == Ok(a)          for every a, whatever unit parsed it.
//  2. In 万元 format rounds to 0.01 万元 (100 元) half away from zero, so
//        parseAmount(a.format(WanYuan, f), WanYuan) == Ok(a)    when a is a whole number of 0.01 万元
//                                                                (a == a.roundedTo(WanYuan)), and in
//                                                                general == Ok(r), r = a rounded to the
//                                                                step, provided r fits in qint64 分;
//     when r does not fit (|a| within half a step of ±9.2e16 元) the text must be refused
//     (Invalid, "too large"), never read as some other amount.
//  3. The two forms of one amount read the same.
//
// Any violation aborts with both texts on stderr, so libFuzzer keeps the input as a crash.

#include "money/Amount.h"

#include "FuzzHarness.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace {

[[noreturn]] void violated(const char *what, const QString &input, const QString &formatted, const bd::AmountParse &p)
{
    std::fprintf(stderr, "fuzz_amount: %s\n  input:     \"%s\"\n  formatted: \"%s\"\n  reparsed:  status %d, %lld fen, %s\n",
                 what, input.toUtf8().constData(), formatted.toUtf8().constData(), int(p.status),
                 static_cast<long long>(p.amount.fen()), p.error.toUtf8().constData());
    std::abort();
}

// parseAmount(format(a, unit, f), unit) for both forms f, against the property above.
void checkRoundTrip(const QString &input, bd::Amount a, bd::Unit unit)
{
    const qint64 step = bd::Amount::displayStep(unit);
    // a rounded half away from zero to the unit's step, in 128 bits (cannot overflow there).
    const __int128 q = a.fen() / step, r = a.fen() % step;
    const __int128 rounded = (2 * (r < 0 ? -r : r) >= step ? q + (a.fen() < 0 ? -1 : 1) : q) * step;
    const bool representable = rounded >= std::numeric_limits<qint64>::min() && rounded <= std::numeric_limits<qint64>::max();

    bd::AmountParse forms[2];
    for (int thousands = 0; thousands < 2; ++thousands) {
        const QString text = a.format(unit, thousands);
        const bd::AmountParse p = bd::parseAmount(text, unit);
        if (representable) {
            if (!p.ok())
                violated("a formatted amount does not parse again", input, text, p);
            if (p.amount.fen() != qint64(rounded))
                violated("a formatted amount parses to another amount", input, text, p);
            if (unit == bd::Unit::Yuan && p.amount != a) // rounded == a in 元; stated for clarity
                violated("format(Yuan) is not exact", input, text, p);
        } else if (p.ok()) {
            violated("an amount rounded beyond the range of qint64 parses to something", input, text, p);
        }
        forms[thousands] = p;
    }
    if (forms[0].status != forms[1].status || forms[0].amount != forms[1].amount)
        violated("the plain and the thousands form read differently", input, a.format(unit, true), forms[1]);
}

} // namespace

BD_FUZZ_HARNESS("fuzz_amount")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096) // a cell; longer inputs only slow the search down
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    bd::looksLikeAmount(text);
    for (const bd::Unit unit : {bd::Unit::Yuan, bd::Unit::WanYuan}) {
        const bd::AmountParse p = bd::parseAmount(text, unit);
        if (p.ok() != (p.status == bd::AmountParse::Ok) || (p.isInvalid() && p.error.isEmpty()))
            violated("inconsistent AmountParse", text, QString(), p);
        if (!p.ok())
            continue;
        // Exact in 元 whatever unit read it (a 万元 figure has at most 6 decimals: whole 分).
        checkRoundTrip(text, p.amount, bd::Unit::Yuan);
        checkRoundTrip(text, p.amount, bd::Unit::WanYuan);
    }
    return 0;
}
