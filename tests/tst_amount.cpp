// Tests of exact money (models/money/Amount): parsing published cells, formatting in 元 and
// 万元, rounding half away from zero, shares and percentages.

#include "itemmodels/AmountEdit.h"
#include "money/Amount.h"

#include <QTest>

#include <limits>

using namespace bd;

Q_DECLARE_METATYPE(bd::Unit)

namespace {

constexpr auto Y = Unit::Yuan;
constexpr auto W = Unit::WanYuan;
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Amount yuan(qint64 fen) { return Amount::fromFen(fen); }

} // namespace

class TestAmount : public QObject
{
    Q_OBJECT

private slots:
    void units();
    void arithmetic();

    void parseOk_data();
    void parseOk();
    void parseEmpty_data();
    void parseEmpty();
    void parseInvalid_data();
    void parseInvalid();
    void tooLargeIsSaidSo();

    void looksLikeAmount_data();
    void looksLikeAmount();

    void format_data();
    void format();
    void roundedTo_data();
    void roundedTo();
    void roundTrip_data();
    void roundTrip();
    void canonicalTextRoundTrip_data();
    void canonicalTextRoundTrip();

    void percentHundredths_data();
    void percentHundredths();
    void formatPercent_data();
    void formatPercent();
};

void TestAmount::units()
{
    QCOMPARE(unitSuffix(Y), QStringLiteral("元"));
    QCOMPARE(unitSuffix(W), QStringLiteral("万元"));
    QCOMPARE(unitFromText(u"单位：万元"), std::optional<Unit>(W));
    QCOMPARE(unitFromText(u"单位:元"), std::optional<Unit>(Y));
    QCOMPARE(unitFromText(u"元"), std::optional<Unit>(Y));
    QCOMPARE(unitFromText(u"编制部门：普陀区商务委员会  单位：元"), std::optional<Unit>(Y));
    QVERIFY(!unitFromText(u""));
    QVERIFY(!unitFromText(u"单位：千"));
    QCOMPARE(Amount::displayStep(Y), 1);
    QCOMPARE(Amount::displayStep(W), 10000);
}

void TestAmount::arithmetic()
{
    const Amount a = yuan(44992), b = yuan(7500);
    QCOMPARE((a + b).fen(), 52492);
    QCOMPARE((a - b).fen(), 37492);
    QCOMPARE((-a).fen(), -44992);
    Amount c = a;
    c += b;
    c -= yuan(2);
    QCOMPARE(c.fen(), 52490);
    QVERIFY(a > b);
    QVERIFY(b < a);
    QVERIFY(a == yuan(44992));
    QVERIFY(Amount().isZero());
    QCOMPARE(Amount().fen(), 0);

    Amount out = yuan(7);
    QVERIFY(Amount::addChecked(a, b, &out));
    QCOMPARE(out.fen(), 52492);
    QVERIFY(Amount::addChecked(yuan(kMax - 1), yuan(1), &out));
    QCOMPARE(out.fen(), kMax);
    out = yuan(7);
    QVERIFY(!Amount::addChecked(yuan(kMax), yuan(1), &out));
    QCOMPARE(out.fen(), 7); // untouched on overflow
    QVERIFY(!Amount::addChecked(yuan(kMin), yuan(-1), &out));
    QVERIFY(Amount::addChecked(yuan(kMin), yuan(kMax), &out));
    QCOMPARE(out.fen(), -1);
}

void TestAmount::parseOk_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<qint64>("fen");

    // 1 万元 = 10 000 元 = 1 000 000 分.
    QTest::newRow("万元 two decimals") << "449.92" << W << Q_INT64_C(449920000);
    QTest::newRow("万元 total") << "524.92" << W << Q_INT64_C(524920000);
    QTest::newRow("万元 one cent") << "0.01" << W << Q_INT64_C(10000);
    QTest::newRow("万元 exact to the 分") << "171.0062" << W << Q_INT64_C(171006200);
    QTest::newRow("万元 six decimals") << "0.000001" << W << Q_INT64_C(1);
    QTest::newRow("万元 trailing zeros beyond 6") << "1.12345600" << W << Q_INT64_C(1123456);
    QTest::newRow("万元 integer") << "37151" << W << Q_INT64_C(37151000000);
    QTest::newRow("万元 with separators") << "37,151.47" << W << Q_INT64_C(37151470000);
    QTest::newRow("元 separators") << "96,282,213.44" << Y << Q_INT64_C(9628221344);
    QTest::newRow("元 separators no decimals") << "156,211,123" << Y << Q_INT64_C(15621112300);
    QTest::newRow("元 putuo total") << "371,514,655.00" << Y << Q_INT64_C(37151465500);
    QTest::newRow("元 short first group") << "1,234.56" << Y << Q_INT64_C(123456);
    QTest::newRow("元 no separators") << "1710062.00" << Y << Q_INT64_C(171006200);
    QTest::newRow("元 one decimal") << "5.5" << Y << Q_INT64_C(550);
    QTest::newRow("元 trailing point") << "5." << Y << Q_INT64_C(500);
    QTest::newRow("元 leading point") << ".5" << Y << Q_INT64_C(50);
    QTest::newRow("元 trailing zero beyond 2") << "12.340" << Y << Q_INT64_C(1234);
    QTest::newRow("zero") << "0" << Y << Q_INT64_C(0);
    QTest::newRow("zero decimals") << "0.00" << W << Q_INT64_C(0);
    QTest::newRow("negative zero") << "-0.00" << Y << Q_INT64_C(0);
    QTest::newRow("leading zeros") << "007.10" << Y << Q_INT64_C(710);
    QTest::newRow("full-width digits") << "４４９．９２" << W << Q_INT64_C(449920000);
    QTest::newRow("full-width separators") << "１，２３４．５６" << Y << Q_INT64_C(123456);
    QTest::newRow("surrounding spaces") << "  449.92 " << W << Q_INT64_C(449920000);
    QTest::newRow("ideographic space") << "\u3000449.92" << W << Q_INT64_C(449920000);
    QTest::newRow("minus") << "-1.00" << Y << Q_INT64_C(-100);
    QTest::newRow("minus 万元") << "-1.00" << W << Q_INT64_C(-1000000);
    QTest::newRow("parentheses") << "(1.00)" << Y << Q_INT64_C(-100);
    QTest::newRow("full-width parentheses") << "（1.00）" << Y << Q_INT64_C(-100);
    QTest::newRow("parentheses with separators") << "(1,234.56)" << Y << Q_INT64_C(-123456);
    QTest::newRow("plus") << "+2.50" << Y << Q_INT64_C(250);
    QTest::newRow("unicode minus") << "\u22121.00" << Y << Q_INT64_C(-100);
    QTest::newRow("full-width minus") << "－1.00" << Y << Q_INT64_C(-100);
    QTest::newRow("hyphen U+2010") << "\u20101.00" << Y << Q_INT64_C(-100);
    QTest::newRow("ideographic comma as separator") << "1、234.56" << Y << Q_INT64_C(123456);
    QTest::newRow("ideographic full stop as point") << "449。92" << W << Q_INT64_C(449920000);
    QTest::newRow("largest 元") << "92,233,720,368,547,758.07" << Y << kMax;
    QTest::newRow("largest 万元") << "9223372036854.775807" << W << kMax;
}

void TestAmount::parseOk()
{
    QFETCH(QString, text);
    QFETCH(Unit, unit);
    QFETCH(qint64, fen);
    const AmountParse p = parseAmount(text, unit);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QVERIFY(!p.isEmpty() && !p.isInvalid());
    QCOMPARE(p.status, AmountParse::Ok);
    QCOMPARE(p.amount.fen(), fen);
    QVERIFY(p.error.isEmpty());
}

void TestAmount::parseEmpty_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("ideographic space") << "\u3000";
    QTest::newRow("em dash") << "—";
    QTest::newRow("two em dashes") << "——";
    QTest::newRow("en dash") << "–";
    QTest::newRow("hyphen") << "-";
    QTest::newRow("two hyphens") << "--";
    QTest::newRow("full-width hyphens") << "－－";
    QTest::newRow("box drawing") << "─";
    QTest::newRow("horizontal bar") << "―";
    QTest::newRow("dash with spaces") << " - ";
}

void TestAmount::parseEmpty()
{
    QFETCH(QString, text);
    for (Unit unit : {Y, W}) {
        const AmountParse p = parseAmount(text, unit);
        QVERIFY(p.isEmpty());
        QVERIFY(!p.ok() && !p.isInvalid());
        QCOMPARE(p.amount.fen(), 0);
        QVERIFY(p.error.isEmpty());
    }
}

void TestAmount::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Unit>("unit");

    QTest::newRow("letters") << "abc" << Y;
    // Two figures run together by a broken layout must not silently become one.
    QTest::newRow("space inside") << "1 234.56" << Y;
    QTest::newRow("two numbers") << "100 200" << Y;
    QTest::newRow("trailing letter") << "12a" << Y;
    QTest::newRow("short group") << "1,23.00" << Y;
    QTest::newRow("long first group") << "1234,567.00" << Y;
    QTest::newRow("short last group") << "1,234,56" << Y;
    QTest::newRow("leading separator") << ",123" << Y;
    QTest::newRow("trailing separator") << "123," << Y;
    QTest::newRow("double separator") << "1,,234" << Y;
    QTest::newRow("separator in fraction") << "1.234,5" << W;
    QTest::newRow("two points") << "1..2" << Y;
    QTest::newRow("two decimal parts") << "1.2.3" << W;
    QTest::newRow("three decimals in 元") << "1.234" << Y;
    QTest::newRow("seven decimals in 万元") << "1.0000001" << W;
    QTest::newRow("point only") << "." << Y;
    QTest::newRow("sign only") << "+" << Y;
    QTest::newRow("sign and point") << "-." << Y;
    QTest::newRow("two signs") << "--5" << Y;
    QTest::newRow("sign after digits") << "5-" << Y;
    QTest::newRow("empty parentheses") << "()" << Y;
    QTest::newRow("unclosed parenthesis") << "(1.00" << Y;
    QTest::newRow("unit in cell") << "449.92万元" << W;
    QTest::newRow("percent") << "85.71%" << Y;
    QTest::newRow("exponent") << "1e5" << Y;
    QTest::newRow("Arabic-Indic digits") << "٤٤٩" << Y;
    QTest::newRow("overflow 元") << "99999999999999999999" << Y;
    QTest::newRow("overflow 万元") << "99999999999999999999" << W;
    QTest::newRow("just over max 元") << "92233720368547758.08" << Y;
    QTest::newRow("over max after scaling 万元") << "9223372036855" << W;
}

void TestAmount::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(Unit, unit);
    const AmountParse p = parseAmount(text, unit);
    QVERIFY2(p.isInvalid(), qPrintable(QStringLiteral("parsed as %1").arg(p.amount.fen())));
    QVERIFY(!p.ok() && !p.isEmpty());
    QVERIFY(!p.error.isEmpty());
}

// A number beyond what an amount holds is "too large", not "not an amount": what the user typed
// is a number (90000000000000 万元), and the message says what is wrong with it.
void TestAmount::tooLargeIsSaidSo()
{
    const AmountParse big = parseAmount(u"90000000000000", Unit::WanYuan);
    QVERIFY(big.isInvalid());
    QVERIFY(big.tooLarge);
    QVERIFY(!parseAmount(u"12a", Unit::WanYuan).tooLarge);
    QVERIFY(!parseAmount(u"9000000", Unit::WanYuan).tooLarge);
    QString error;
    QVERIFY(!amountFromEdit(QStringLiteral("90000000000000"), Unit::WanYuan, &error));
    QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    QVERIFY(!amountFromEdit(QStringLiteral("12a"), Unit::WanYuan, &error));
    QVERIFY2(error.contains(QStringLiteral("not an amount")), qPrintable(error));
}

void TestAmount::looksLikeAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("looks");

    QTest::newRow("decimal") << "449.92" << true;
    QTest::newRow("separators") << "96,282,213.44" << true;
    QTest::newRow("integer") << "156211123" << true;
    QTest::newRow("negative") << "-1.00" << true;
    QTest::newRow("full-width") << "４４９．９２" << true;
    QTest::newRow("spaces") << " 1.00 " << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dash") << "-" << false;
    QTest::newRow("em dash") << "—" << false;
    QTest::newRow("letters") << "abc" << false;
    QTest::newRow("trailing letter") << "12a" << false;
    QTest::newRow("name") << "行政运行" << false;
    QTest::newRow("percent") << "85.71%" << false;
    QTest::newRow("minus in the middle") << "1-2" << false;
}

void TestAmount::looksLikeAmount()
{
    QFETCH(QString, text);
    QFETCH(bool, looks);
    QCOMPARE(bd::looksLikeAmount(text), looks);
}

void TestAmount::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("separated");

    QTest::newRow("zero 元") << Q_INT64_C(0) << Y << "0.00" << "0.00";
    QTest::newRow("zero 万元") << Q_INT64_C(0) << W << "0.00" << "0.00";
    QTest::newRow("one fen") << Q_INT64_C(1) << Y << "0.01" << "0.01";
    QTest::newRow("minus one fen") << Q_INT64_C(-1) << Y << "-0.01" << "-0.01";
    QTest::newRow("three digits") << Q_INT64_C(99999) << Y << "999.99" << "999.99";
    QTest::newRow("four digits") << Q_INT64_C(123456) << Y << "1234.56" << "1,234.56";
    QTest::newRow("six digits") << Q_INT64_C(12345678) << Y << "123456.78" << "123,456.78";
    QTest::newRow("seven digits") << Q_INT64_C(123456789) << Y << "1234567.89" << "1,234,567.89";
    QTest::newRow("96,282,213.44") << Q_INT64_C(9628221344) << Y << "96282213.44" << "96,282,213.44";
    QTest::newRow("negative separated") << Q_INT64_C(-123456789) << Y << "-1234567.89" << "-1,234,567.89";
    QTest::newRow("negative three digits") << Q_INT64_C(-12345) << Y << "-123.45" << "-123.45";
    QTest::newRow("449.92 万元") << Q_INT64_C(449920000) << W << "449.92" << "449.92";
    QTest::newRow("37,151.47 万元") << Q_INT64_C(37151470000) << W << "37151.47" << "37,151.47";
    // 机关运行经费 in putuo: 1,710,062.00 元 published as 171.01 万元.
    QTest::newRow("1710062.00 元 in 万元") << Q_INT64_C(171006200) << W << "171.01" << "171.01";
    QTest::newRow("half up in 万元") << Q_INT64_C(5000) << W << "0.01" << "0.01";
    QTest::newRow("below half in 万元") << Q_INT64_C(4999) << W << "0.00" << "0.00";
    QTest::newRow("half away from zero, negative") << Q_INT64_C(-5000) << W << "-0.01" << "-0.01";
    QTest::newRow("below half, negative: no minus zero") << Q_INT64_C(-4999) << W << "0.00" << "0.00";
    QTest::newRow("half to the next whole") << Q_INT64_C(9995000) << W << "10.00" << "10.00";
    QTest::newRow("negative half to the next whole") << Q_INT64_C(-9995000) << W << "-10.00" << "-10.00";
    QTest::newRow("thousands of 万元 after rounding") << Q_INT64_C(9999999995000) << W << "10000000.00"
                                                     << "10,000,000.00";
    QTest::newRow("largest 元") << kMax << Y << "92233720368547758.07" << "92,233,720,368,547,758.07";
    QTest::newRow("smallest 元") << kMin << Y << "-92233720368547758.08" << "-92,233,720,368,547,758.08";
    QTest::newRow("largest 万元") << kMax << W << "9223372036854.78" << "9,223,372,036,854.78";
    QTest::newRow("smallest 万元") << kMin << W << "-9223372036854.78" << "-9,223,372,036,854.78";
}

void TestAmount::format()
{
    QFETCH(qint64, fen);
    QFETCH(Unit, unit);
    QFETCH(QString, plain);
    QFETCH(QString, separated);
    QCOMPARE(yuan(fen).format(unit), plain);
    QCOMPARE(yuan(fen).format(unit, false), plain);
    QCOMPARE(yuan(fen).format(unit, true), separated);
}

void TestAmount::roundedTo_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<qint64>("rounded");

    QTest::newRow("元 unchanged") << Q_INT64_C(171006237) << Y << Q_INT64_C(171006237);
    QTest::newRow("元 negative unchanged") << Q_INT64_C(-3) << Y << Q_INT64_C(-3);
    QTest::newRow("万元 down") << Q_INT64_C(171004999) << W << Q_INT64_C(171000000);
    QTest::newRow("万元 up") << Q_INT64_C(171006200) << W << Q_INT64_C(171010000);
    QTest::newRow("万元 half up") << Q_INT64_C(171005000) << W << Q_INT64_C(171010000);
    QTest::newRow("万元 exact") << Q_INT64_C(449920000) << W << Q_INT64_C(449920000);
    QTest::newRow("万元 negative half") << Q_INT64_C(-171005000) << W << Q_INT64_C(-171010000);
    QTest::newRow("万元 negative below half") << Q_INT64_C(-171004999) << W << Q_INT64_C(-171000000);
    QTest::newRow("万元 tiny") << Q_INT64_C(1) << W << Q_INT64_C(0);
    QTest::newRow("万元 zero") << Q_INT64_C(0) << W << Q_INT64_C(0);
}

void TestAmount::roundedTo()
{
    QFETCH(qint64, fen);
    QFETCH(Unit, unit);
    QFETCH(qint64, rounded);
    const Amount r = yuan(fen).roundedTo(unit);
    QCOMPARE(r.fen(), rounded);
    QCOMPARE(r.fen() % Amount::displayStep(unit), 0);
    QCOMPARE(r.roundedTo(unit), r); // idempotent
    QCOMPARE(r.format(unit), yuan(fen).format(unit)); // format rounds the same way
}

void TestAmount::roundTrip_data()
{
    QTest::addColumn<qint64>("fen");

    const qint64 values[] = {0, 1, -1, 49, 50, 99, 100, 4999, 5000, 5001, 9999, 10000, 123456,
                             -123456, 171006200, -171005000, 449920000, 524920000, 9628221344,
                             15621112300, 37151465500, -37151465500, Q_INT64_C(999999999999999),
                             Q_INT64_C(-999999999999999), kMax - 10000, kMin + 10000};
    for (qint64 v : values)
        QTest::addRow("%lld", static_cast<long long>(v)) << v;
}

void TestAmount::roundTrip()
{
    // format -> parse gives back the amount rounded to the unit, in both units, with and
    // without separators.
    QFETCH(qint64, fen);
    const Amount a = yuan(fen);
    for (Unit unit : {Y, W}) {
        for (bool thousands : {false, true}) {
            const QString text = a.format(unit, thousands);
            const AmountParse p = parseAmount(text, unit);
            QVERIFY2(p.ok(), qPrintable(text + QStringLiteral(": ") + p.error));
            QCOMPARE(p.amount, a.roundedTo(unit));
            QCOMPARE(p.amount.format(unit, thousands), text);
        }
    }
}

void TestAmount::canonicalTextRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<bool>("thousands");

    QTest::newRow("449.92 万元") << "449.92" << W << false;
    QTest::newRow("0.01 万元") << "0.01" << W << false;
    QTest::newRow("-75.00 万元") << "-75.00" << W << false;
    QTest::newRow("37,151.47 万元") << "37,151.47" << W << true;
    QTest::newRow("96,282,213.44 元") << "96,282,213.44" << Y << true;
    QTest::newRow("-96,282,213.44 元") << "-96,282,213.44" << Y << true;
    QTest::newRow("156211123.00 元") << "156211123.00" << Y << false;
    QTest::newRow("999.99 元") << "999.99" << Y << true;
}

void TestAmount::canonicalTextRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(Unit, unit);
    QFETCH(bool, thousands);
    const AmountParse p = parseAmount(text, unit);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.amount.format(unit, thousands), text);
}

void TestAmount::percentHundredths_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<qint64>("hundredths");

    // Shares from the Kizilsu narrative ("占 85.71%").
    QTest::newRow("449.92 of 524.92") << Q_INT64_C(449920000) << Q_INT64_C(524920000) << Q_INT64_C(8571);
    QTest::newRow("75.00 of 524.92") << Q_INT64_C(75000000) << Q_INT64_C(524920000) << Q_INT64_C(1429);
    QTest::newRow("399.92 of 524.92") << Q_INT64_C(399920000) << Q_INT64_C(524920000) << Q_INT64_C(7619);
    QTest::newRow("125.00 of 524.92") << Q_INT64_C(125000000) << Q_INT64_C(524920000) << Q_INT64_C(2381);
    QTest::newRow("324.81 of 449.92") << Q_INT64_C(324810000) << Q_INT64_C(449920000) << Q_INT64_C(7219);
    QTest::newRow("whole") << Q_INT64_C(524920000) << Q_INT64_C(524920000) << Q_INT64_C(10000);
    QTest::newRow("zero part") << Q_INT64_C(0) << Q_INT64_C(524920000) << Q_INT64_C(0);
    QTest::newRow("more than whole") << Q_INT64_C(3) << Q_INT64_C(2) << Q_INT64_C(15000);
    QTest::newRow("half rounds up") << Q_INT64_C(1) << Q_INT64_C(20000) << Q_INT64_C(1);
    QTest::newRow("below half") << Q_INT64_C(1) << Q_INT64_C(20001) << Q_INT64_C(0);
    QTest::newRow("negative part half") << Q_INT64_C(-1) << Q_INT64_C(20000) << Q_INT64_C(-1);
    QTest::newRow("negative whole half") << Q_INT64_C(1) << Q_INT64_C(-20000) << Q_INT64_C(-1);
    QTest::newRow("both negative") << Q_INT64_C(-1) << Q_INT64_C(-20000) << Q_INT64_C(1);
    QTest::newRow("a decrease") << Q_INT64_C(-246700) << Q_INT64_C(1496700) << Q_INT64_C(-1648);
    QTest::newRow("one third") << Q_INT64_C(1) << Q_INT64_C(3) << Q_INT64_C(3333);
    QTest::newRow("two thirds") << Q_INT64_C(2) << Q_INT64_C(3) << Q_INT64_C(6667);
    QTest::newRow("no overflow on huge amounts") << kMax << kMax << Q_INT64_C(10000);
    QTest::newRow("huge part, small whole") << Q_INT64_C(100000000000000) << Q_INT64_C(1)
                                            << Q_INT64_C(1000000000000000000);
}

void TestAmount::percentHundredths()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(qint64, hundredths);
    const auto share = bd::percentHundredths(yuan(part), yuan(whole));
    QVERIFY(share.has_value());
    QCOMPARE(*share, hundredths);
    QVERIFY(!bd::percentHundredths(yuan(part), Amount()).has_value());
}

void TestAmount::formatPercent_data()
{
    QTest::addColumn<qint64>("hundredths");
    QTest::addColumn<QString>("text");

    QTest::newRow("85.71") << Q_INT64_C(8571) << "85.71%";
    QTest::newRow("14.29") << Q_INT64_C(1429) << "14.29%";
    QTest::newRow("zero") << Q_INT64_C(0) << "0.00%";
    QTest::newRow("small") << Q_INT64_C(5) << "0.05%";
    QTest::newRow("tenths") << Q_INT64_C(48) << "0.48%";
    QTest::newRow("whole percent") << Q_INT64_C(700) << "7.00%";
    QTest::newRow("hundred") << Q_INT64_C(10000) << "100.00%";
    QTest::newRow("880") << Q_INT64_C(88000) << "880.00%";
    QTest::newRow("negative small") << Q_INT64_C(-5) << "-0.05%";
    QTest::newRow("negative") << Q_INT64_C(-1648) << "-16.48%";
}

void TestAmount::formatPercent()
{
    QFETCH(qint64, hundredths);
    QFETCH(QString, text);
    QCOMPARE(bd::formatPercent(hundredths), text);
}

QTEST_GUILESS_MAIN(TestAmount)
#include "tst_amount.moc"
