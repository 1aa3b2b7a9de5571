// Tests of the per-year code catalogue (models/codes/CodeCatalogue) and of the shipped data:
// every coded row printed in the sample disclosures must be in the catalogue of its year,
// under the name printed there.

#include "codes/CodeCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace bd;

Q_DECLARE_METATYPE(bd::Classification)

namespace {

constexpr auto F = Classification::Functional;
constexpr auto E = Classification::Economic;

// One coded row of a sample's table.
struct SampleRow
{
    Classification classification;
    QString code;
    QString name;
    int line; // 1-based, for failure messages
};

QStringList sampleLines(const QString &file)
{
    QFile f(QStringLiteral(BD_SAMPLES_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    return lines;
}

bool isDigits(const QString &s, int n)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return s.size() == n && digits.match(s).hasMatch();
}

// Kizilsu (2026): tab-separated cells. Tables 2, 3, 5, 8 have 类/款/项 cells then the name;
// table 6 has 类/款 then the name; tables 1 and 4 list the 类 as "201 一般公共服务支出".
// Table 7 is left out: its names are wrapped with spaces by the PDF extraction.
QList<SampleRow> kizilsuRows()
{
    static const QRegularExpression tableTitle(QStringLiteral("^表 ([0-9]+)$"));
    static const QRegularExpression classCell(QStringLiteral("^([0-9]{3}) (\\S+)$"));
    QList<SampleRow> rows;
    const QStringList lines = sampleLines(QStringLiteral("kizilsu-foreign-affairs-2026.txt"));
    int table = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (const auto m = tableTitle.match(line.trimmed()); m.hasMatch()) {
            table = m.captured(1).toInt();
            continue;
        }
        if (table > 0 && line.startsWith(QStringLiteral("第三部分")))
            break; // the narrative follows the tables (the contents list it before them)
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (table == 1 || table == 4) {
            for (const QString &cell : cells) {
                if (const auto m = classCell.match(cell.trimmed()); m.hasMatch())
                    rows.append({F, m.captured(1), m.captured(2), i + 1});
            }
        } else if ((table == 2 || table == 3 || table == 5 || table == 8) && cells.size() > 4
                   && isDigits(cells[0], 3)) {
            rows.append({F, cells[0] + cells[1] + cells[2], cells[3].trimmed(), i + 1});
        } else if (table == 6 && cells.size() > 3 && isDigits(cells[0], 3)) {
            rows.append({E, cells[0] + cells[1], cells[2].trimmed(), i + 1});
        }
    }
    return rows;
}

// Putuo (2025): pdftotext -layout, space-separated: "201   13   01   行政运行   9,389,913.00 …".
// Which classification a row belongs to follows from the last table title seen.
QList<SampleRow> putuoRows()
{
    static const QRegularExpression row(
        QStringLiteral("^([0-9]{3})(?:\\s+([0-9]{2}))?(?:\\s+([0-9]{2}))?\\s+([^\\s0-9]\\S*)"));
    QList<SampleRow> rows;
    const QStringList lines = sampleLines(QStringLiteral("putuo-commerce-2025.txt"));
    std::optional<Classification> current;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.contains(QStringLiteral("经济分类预算表")))
            current = E;
        else if (line.contains(QStringLiteral("功能分类预算表"))
                 || line.contains(QStringLiteral("收入预算总表"))
                 || line.contains(QStringLiteral("支出预算总表")))
            current = F;
        else if (line.contains(QStringLiteral("预算总表")) || line.contains(QStringLiteral("预算表")))
            current.reset(); // 收支总表, 财政拨款收支总表, 三公: no codes
        if (!current)
            continue;
        const auto m = row.match(line);
        if (!m.hasMatch())
            continue;
        rows.append({*current, m.captured(1) + m.captured(2) + m.captured(3), m.captured(4), i + 1});
    }
    return rows;
}

QSet<QString> distinctCodes(const QList<SampleRow> &rows, Classification c)
{
    QSet<QString> codes;
    for (const SampleRow &r : rows) {
        if (r.classification == c)
            codes.insert(r.code);
    }
    return codes;
}

CodeCatalogue loaded(const QByteArray &json)
{
    CodeCatalogue c;
    QString error;
    if (!c.loadJson(json, &error))
        qWarning("unexpected load failure: %s", qPrintable(error));
    return c;
}

const QByteArray kSmall = R"({"year": 2024,
  "functional": [["201", "一般公共服务支出"], ["20103", "政府办公厅（室）及相关机构事务"],
                 ["2010301", "行政运行"], ["2010350", " 事业运行 "],
                 ["20113", "商贸事务"], ["2011301", "行政运行"], ["208", "社会保障和就业支出"]],
  "economic": [["301", "工资福利支出"], ["30101", "基本工资"]]})";

} // namespace

class TestCodeCatalogue : public QObject
{
    Q_OBJECT

private slots:
    // First, so that the cache is cold and the threads really race to load it.
    void forYearIsThreadSafe();

    void levelOf_data();
    void levelOf();
    void parentOf_data();
    void parentOf();
    void normalizedName_data();
    void normalizedName();

    void shippedYears();
    void forYearPicksNearest();
    void shippedDataIsConsistent();
    void allClassesShipped();

    void find();
    void unknownAndMalformedCodes();
    void entriesAndChildren();
    void codeForName_data();
    void codeForName();

    void loadJsonAcceptsGoodData();
    void loadJsonRejectsBadData_data();
    void loadJsonRejectsBadData();
    void failedLoadKeepsPreviousData();

    void samplesHaveCodedRows();
    void sampleRowsAreInCatalogue_data();
    void sampleRowsAreInCatalogue();
};

void TestCodeCatalogue::forYearIsThreadSafe()
{
    constexpr int kThreads = 8;
    std::vector<const CodeCatalogue *> seen(kThreads, nullptr);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back(QThread::create([&seen, i] { seen[i] = &CodeCatalogue::forYear(2026); }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(30000));
    for (const CodeCatalogue *c : seen) {
        QCOMPARE(c, &CodeCatalogue::forYear(2026)); // one shared, cached instance
        QCOMPARE(c->year(), 2026);
        QVERIFY(c->contains(F, QStringLiteral("2010301")));
    }
}

void TestCodeCatalogue::levelOf_data()
{
    QTest::addColumn<Classification>("classification");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("level");

    QTest::newRow("functional 类") << F << "201" << 1;
    QTest::newRow("functional 款") << F << "20103" << 2;
    QTest::newRow("functional 项") << F << "2010301" << 3;
    QTest::newRow("unknown but well-formed 项") << F << "2999999" << 3;
    QTest::newRow("economic 类") << E << "301" << 1;
    QTest::newRow("economic 款") << E << "30101" << 2;
    QTest::newRow("economic has no 项") << E << "3010101" << 0;
    QTest::newRow("empty") << F << "" << 0;
    QTest::newRow("1 digit") << F << "2" << 0;
    QTest::newRow("2 digits") << F << "20" << 0;
    QTest::newRow("4 digits") << F << "2010" << 0;
    QTest::newRow("6 digits") << F << "201030" << 0;
    QTest::newRow("8 digits") << F << "20103011" << 0;
    QTest::newRow("letter") << F << "20a03" << 0;
    QTest::newRow("leading space") << F << " 201" << 0;
    QTest::newRow("trailing space") << E << "301 " << 0;
    QTest::newRow("sign") << F << "-201" << 0;
    QTest::newRow("decimal point") << F << "20.03" << 0;
    QTest::newRow("full-width digits") << F << "２０１" << 0;
    QTest::newRow("Arabic-Indic digits") << F << "٢٠١" << 0;
}

void TestCodeCatalogue::levelOf()
{
    QFETCH(Classification, classification);
    QFETCH(QString, code);
    QFETCH(int, level);
    QCOMPARE(CodeCatalogue::levelOf(classification, code), level);
    QCOMPARE(CodeCatalogue::isWellFormed(classification, code), level != 0);
}

void TestCodeCatalogue::parentOf_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("parent");

    QTest::newRow("项 -> 款") << "2010301" << "20103";
    QTest::newRow("款 -> 类") << "20103" << "201";
    QTest::newRow("类 -> none") << "201" << "";
    QTest::newRow("economic 款 -> 类") << "30239" << "302";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("4 digits") << "2010" << "";
    QTest::newRow("6 digits") << "201030" << "";
    QTest::newRow("letters") << "abcde" << "";
}

void TestCodeCatalogue::parentOf()
{
    QFETCH(QString, code);
    QFETCH(QString, parent);
    QCOMPARE(CodeCatalogue::parentOf(code), parent);
}

void TestCodeCatalogue::normalizedName_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("full vs half brackets")
        << "政府办公厅（室）及相关机构事务" << "政府办公厅(室)及相关机构事务";
    QTest::newRow("mixed brackets") << "因公出国（境)费用" << "因公出国(境）费用";
    QTest::newRow("wrapped with a space")
        << "政府办公厅（室）及相关机构 事务" << "政府办公厅（室）及相关机构事务";
    QTest::newRow("ideographic space, tab, newline")
        << "\u3000机关事业单位\t基本养老\n保险缴费 " << "机关事业单位基本养老保险缴费";
}

void TestCodeCatalogue::normalizedName()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(CodeCatalogue::normalizedName(a), CodeCatalogue::normalizedName(b));
    QVERIFY(!CodeCatalogue::normalizedName(a).contains(QLatin1Char(' ')));
    // Different names stay different.
    QVERIFY(CodeCatalogue::normalizedName(a) != CodeCatalogue::normalizedName(b + QStringLiteral("支出")));
}

void TestCodeCatalogue::shippedYears()
{
    const QList<int> years = CodeCatalogue::shippedYears();
    QVERIFY(years.contains(2025));
    QVERIFY(years.contains(2026));
    QVERIFY(std::is_sorted(years.begin(), years.end()));
}

void TestCodeCatalogue::forYearPicksNearest()
{
    const QList<int> years = CodeCatalogue::shippedYears();
    QVERIFY(!years.isEmpty());
    QCOMPARE(CodeCatalogue::forYear(2025).year(), 2025);
    QCOMPARE(CodeCatalogue::forYear(2026).year(), 2026);
    QCOMPARE(CodeCatalogue::forYear(1990).year(), years.first());
    QCOMPARE(CodeCatalogue::forYear(2199).year(), years.last());
    // Cached: the same object each time for a year. Each year has its own (the codes learned
    // for a year extend only that year's), with the data of the nearest shipped year.
    QCOMPARE(&CodeCatalogue::forYear(2025), &CodeCatalogue::forYear(2025));
    QVERIFY(&CodeCatalogue::forYear(2199) != &CodeCatalogue::forYear(years.last()));
    QCOMPARE(CodeCatalogue::forYear(2199).entries(Classification::Functional, 3).size(),
             CodeCatalogue::forYear(years.last()).entries(Classification::Functional, 3).size());
}

void TestCodeCatalogue::shippedDataIsConsistent()
{
    for (int year : CodeCatalogue::shippedYears()) {
        QFile f(QStringLiteral(":/catalogue/%1.json").arg(year));
        QVERIFY(f.open(QIODevice::ReadOnly));
        CodeCatalogue c;
        QString error;
        QVERIFY2(c.loadJson(f.readAll(), &error), qPrintable(error));
        QCOMPARE(c.year(), year); // the file name and its "year" agree
        for (Classification cl : {F, E}) {
            for (int level = 1; level <= 3; ++level) {
                for (const CodeEntry &e : c.entries(cl, level)) {
                    QCOMPARE(e.level, CodeCatalogue::levelOf(cl, e.code));
                    QVERIFY(!e.name.isEmpty());
                    QCOMPARE(e.name, e.name.trimmed());
                    if (level > 1)
                        QVERIFY2(c.contains(cl, CodeCatalogue::parentOf(e.code)), qPrintable(e.code));
                }
            }
        }
    }
}

void TestCodeCatalogue::allClassesShipped()
{
    const QStringList functional = {
        "201", "202", "203", "204", "205", "206", "207", "208", "209", "210",
        "211", "212", "213", "214", "215", "216", "217", "219", "220", "221",
        "222", "223", "224", "227", "229", "230", "231", "232", "233"};
    const QStringList economic = {"301", "302", "303", "307", "309", "310", "311", "312", "313", "399"};
    for (int year : {2025, 2026}) {
        const CodeCatalogue &c = CodeCatalogue::forYear(year);
        QStringList f, e;
        for (const CodeEntry &x : c.entries(F, 1))
            f << x.code;
        for (const CodeEntry &x : c.entries(E, 1))
            e << x.code;
        QCOMPARE(f, functional);
        QCOMPARE(e, economic);
        QCOMPARE(c.name(E, "309"), QStringLiteral("资本性支出（基本建设）"));
        QCOMPARE(c.name(E, "313"), QStringLiteral("对社会保障基金补助"));
        QCOMPARE(c.name(F, "227"), QStringLiteral("预备费"));
    }
}

void TestCodeCatalogue::find()
{
    const CodeCatalogue &c = CodeCatalogue::forYear(2026);
    const auto e = c.find(F, QStringLiteral("2010301"));
    QVERIFY(e);
    QCOMPARE(e->code, QStringLiteral("2010301"));
    QCOMPARE(e->name, QStringLiteral("行政运行"));
    QCOMPARE(e->level, 3);
    QCOMPARE(c.name(F, "20103"), QStringLiteral("政府办公厅（室）及相关机构事务"));
    QCOMPARE(c.find(F, "20103")->level, 2);
    QCOMPARE(c.name(E, "30101"), QStringLiteral("基本工资"));
    QCOMPARE(c.find(E, "301")->level, 1);
    // The two classifications are separate namespaces.
    QVERIFY(!c.contains(E, "201"));
    QVERIFY(!c.contains(F, "301"));
}

void TestCodeCatalogue::unknownAndMalformedCodes()
{
    const CodeCatalogue &c = CodeCatalogue::forYear(2025);
    const QStringList codes = {"2019999", "29999", "218", "30198", "3019", "", "abc", "2010301 "};
    for (const QString &code : codes) {
        QVERIFY2(!c.find(F, code), qPrintable(code));
        QVERIFY2(!c.find(E, code), qPrintable(code));
        QVERIFY(!c.contains(F, code));
        QVERIFY(c.name(F, code).isEmpty());
        if (!code.isEmpty()) // children of "" are the 类
            QVERIFY(c.children(F, code).isEmpty());
    }
}

void TestCodeCatalogue::entriesAndChildren()
{
    const CodeCatalogue c = loaded(kSmall);
    QCOMPARE(c.year(), 2024);

    auto codes = [](const QList<CodeEntry> &list) {
        QStringList out;
        for (const CodeEntry &e : list)
            out << e.code;
        return out;
    };
    QCOMPARE(codes(c.entries(F, 1)), QStringList({"201", "208"}));
    QCOMPARE(codes(c.entries(F, 2)), QStringList({"20103", "20113"}));
    QCOMPARE(codes(c.entries(F, 3)), QStringList({"2010301", "2010350", "2011301"}));
    QVERIFY(c.entries(F, 4).isEmpty());
    QCOMPARE(codes(c.entries(E, 2)), QStringList({"30101"}));

    QCOMPARE(codes(c.children(F, "201")), QStringList({"20103", "20113"}));
    QCOMPARE(codes(c.children(F, "20103")), QStringList({"2010301", "2010350"}));
    QVERIFY(c.children(F, "2010301").isEmpty());
    QVERIFY(c.children(F, "208").isEmpty());
    QCOMPARE(codes(c.children(F, QString())), QStringList({"201", "208"}));
    QCOMPARE(codes(c.children(E, "301")), QStringList({"30101"}));

    // Names are stored trimmed.
    QCOMPARE(c.name(F, "2010350"), QStringLiteral("事业运行"));

    // On the shipped data: children of a 款 are exactly its 项, in code order.
    const CodeCatalogue &y = CodeCatalogue::forYear(2025);
    QCOMPARE(codes(y.children(F, "20805")),
             QStringList({"2080501", "2080502", "2080505", "2080506", "2080599"}));
    QCOMPARE(codes(y.children(F, "22102")), QStringList({"2210201", "2210202", "2210203"}));
    for (const CodeEntry &e : y.children(E, "302"))
        QVERIFY(e.code.startsWith(QStringLiteral("302")) && e.level == 2);
}

void TestCodeCatalogue::codeForName_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<Classification>("classification");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("expected"); // empty: not found

    QTest::newRow("full-width brackets") << 2026 << F << "政府办公厅（室）及相关机构事务" << 2 << "" << "20103";
    QTest::newRow("half-width brackets") << 2026 << F << "政府办公厅(室)及相关机构事务" << 2 << "" << "20103";
    QTest::newRow("wrapped name") << 2026 << F << "其他政府办公厅（室）及相 关机构事务支出" << 3 << "" << "2010399";
    QTest::newRow("first in code order") << 2026 << F << "行政运行" << 3 << "" << "2010301";
    QTest::newRow("restricted to a 款") << 2025 << F << "行政运行" << 3 << "20113" << "2011301";
    QTest::newRow("restricted to a 类") << 2025 << F << "行政单位医疗" << 3 << "210" << "2101101";
    QTest::newRow("outside the parent") << 2025 << F << "行政单位医疗" << 3 << "208" << "";
    QTest::newRow("wrong level") << 2026 << F << "行政运行" << 2 << "" << "";
    QTest::newRow("same name, 款") << 2025 << F << "其他商业服务业等支出" << 2 << "" << "21699";
    QTest::newRow("same name, 项") << 2025 << F << "其他商业服务业等支出" << 3 << "" << "2169999";
    QTest::newRow("类") << 2026 << F << "卫生健康支出" << 1 << "" << "210";
    QTest::newRow("economic half-width") << 2025 << E << "维修(护)费" << 2 << "" << "30213";
    QTest::newRow("economic 类 brackets") << 2025 << E << "资本性支出(基本建设)" << 1 << "" << "309";
    QTest::newRow("economic 类 plain") << 2025 << E << "资本性支出" << 1 << "" << "310";
    QTest::newRow("wrong classification") << 2025 << E << "行政运行" << 2 << "" << "";
    QTest::newRow("unknown") << 2025 << F << "不存在的科目" << 3 << "" << "";
    QTest::newRow("empty") << 2025 << F << "" << 1 << "" << "";
    QTest::newRow("only spaces") << 2025 << F << "  " << 1 << "" << "";
}

void TestCodeCatalogue::codeForName()
{
    QFETCH(int, year);
    QFETCH(Classification, classification);
    QFETCH(QString, name);
    QFETCH(int, level);
    QFETCH(QString, parent);
    QFETCH(QString, expected);
    const auto code = CodeCatalogue::forYear(year).codeForName(classification, name, level, parent);
    if (expected.isEmpty())
        QVERIFY2(!code, qPrintable(code.value_or(QString())));
    else
        QCOMPARE(code.value_or(QStringLiteral("<none>")), expected);
}

void TestCodeCatalogue::loadJsonAcceptsGoodData()
{
    CodeCatalogue c;
    QString error;
    QVERIFY2(c.loadJson(kSmall, &error), qPrintable(error));
    QCOMPARE(c.year(), 2024);
    QCOMPARE(c.entries(F, 1).size() + c.entries(F, 2).size() + c.entries(F, 3).size(), 7);
    // Order in the file does not matter, and empty lists are allowed.
    CodeCatalogue d;
    QVERIFY2(d.loadJson(R"({"year":2030,"functional":[["2010301","行政运行"],["20103","x"],["201","y"]],
                             "economic":[]})",
                        &error),
             qPrintable(error));
    QCOMPARE(d.children(F, "20103").size(), 1);
    QVERIFY(d.entries(E, 1).isEmpty());
    // The 类 of before 2019, under their codes.
    const QList<CodeEntry> former = CodeCatalogue::forYear(2026).formerNames();
    QCOMPARE(former.size(), 3);
    QCOMPARE(former[1].code, QStringLiteral("210"));
    QCOMPARE(former[1].name, QStringLiteral("医疗卫生与计划生育支出"));
    QCOMPARE(CodeCatalogue::forYear(2026).name(F, former[1].code), QStringLiteral("卫生健康支出"));
    // The error argument is optional.
    QVERIFY(!CodeCatalogue().loadJson("{", nullptr));
}

void TestCodeCatalogue::loadJsonRejectsBadData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions"); // the error names the place

    QTest::newRow("not JSON") << QByteArray("not json") << QStringList{"JSON"};
    QTest::newRow("truncated") << QByteArray(R"({"year":2025,"functional":[)") << QStringList{"offset"};
    QTest::newRow("array at top") << QByteArray("[]") << QStringList{"object"};
    QTest::newRow("no year") << QByteArray(R"({"functional":[],"economic":[]})") << QStringList{"year"};
    QTest::newRow("year as text") << QByteArray(R"({"year":"2025","functional":[],"economic":[]})")
                                  << QStringList{"year"};
    QTest::newRow("fractional year") << QByteArray(R"({"year":2025.5,"functional":[],"economic":[]})")
                                     << QStringList{"year"};
    QTest::newRow("no functional") << QByteArray(R"({"year":2025,"economic":[]})")
                                   << QStringList{"functional"};
    QTest::newRow("economic not an array") << QByteArray(R"({"year":2025,"functional":[],"economic":{}})")
                                           << QStringList{"economic"};
    QTest::newRow("entry not a pair")
        << QByteArray(R"({"year":2025,"functional":[["201","一般公共服务支出"],"20103"],"economic":[]})")
        << QStringList{"functional[1]"};
    QTest::newRow("entry of three")
        << QByteArray(R"({"year":2025,"functional":[["201","a","b"]],"economic":[]})")
        << QStringList{"functional[0]"};
    QTest::newRow("code as number")
        << QByteArray(R"({"year":2025,"functional":[],"economic":[[301,"工资福利支出"]]})")
        << QStringList{"economic[0]"};
    QTest::newRow("malformed code")
        << QByteArray(R"({"year":2025,"functional":[["201","a"],["20a03","b"]],"economic":[]})")
        << QStringList{"functional[1]", "20a03"};
    QTest::newRow("economic 7 digits")
        << QByteArray(R"({"year":2025,"functional":[],"economic":[["301","a"],["30101","b"],["3010101","c"]]})")
        << QStringList{"economic[2]", "3010101"};
    QTest::newRow("empty name")
        << QByteArray(R"({"year":2025,"functional":[["201","  "]],"economic":[]})")
        << QStringList{"functional[0]", "201"};
    QTest::newRow("duplicate code")
        << QByteArray(R"({"year":2025,"functional":[["201","a"],["202","b"],["201","c"]],"economic":[]})")
        << QStringList{"functional[2]", "201"};
    QTest::newRow("missing parent")
        << QByteArray(R"({"year":2025,"functional":[["201","a"],["2010301","行政运行"]],"economic":[]})")
        << QStringList{"2010301", "20103"};
    QTest::newRow("former name of no code of the catalogue")
        << QByteArray(R"({"year":2025,"formerly":[["210","医疗卫生与计划生育支出"]],"functional":[["201","a"]],"economic":[]})")
        << QStringList{"formerly[0]"};
    QTest::newRow("former name without its code")
        << QByteArray(R"({"year":2025,"formerly":[["医疗卫生与计划生育支出"]],"functional":[["201","a"]],"economic":[]})")
        << QStringList{"formerly[0]"};
}

void TestCodeCatalogue::loadJsonRejectsBadData()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    CodeCatalogue c;
    QString error;
    QVERIFY(!c.loadJson(json, &error));
    QVERIFY(!error.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(error.contains(m), qPrintable(error));
}

void TestCodeCatalogue::failedLoadKeepsPreviousData()
{
    CodeCatalogue c = loaded(kSmall);
    QString error;
    QVERIFY(!c.loadJson(R"({"year":2030,"functional":[["20a","x"]],"economic":[]})", &error));
    QCOMPARE(c.year(), 2024);
    QVERIFY(c.contains(F, "2010301"));
}

void TestCodeCatalogue::samplesHaveCodedRows()
{
    // Guards the sample parsing below: if it found nothing, the data-driven test would pass
    // vacuously.
    const QList<SampleRow> k = kizilsuRows();
    QCOMPARE(distinctCodes(k, F).size(), 29 + 17 - 4); // 29 类 in table 1, 17 codes in table 2
    QCOMPARE(distinctCodes(k, E).size(), 21);
    const QList<SampleRow> p = putuoRows();
    QCOMPARE(distinctCodes(p, F).size(), 30);
    QCOMPARE(distinctCodes(p, E).size(), 30);
}

void TestCodeCatalogue::sampleRowsAreInCatalogue_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<Classification>("classification");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");

    auto add = [](const char *sample, int year, const QList<SampleRow> &rows) {
        for (const SampleRow &r : rows) {
            QTest::addRow("%s:%d %s %s", sample, r.line, qPrintable(r.code), qPrintable(r.name))
                << year << r.classification << r.code << r.name;
        }
    };
    add("kizilsu", 2026, kizilsuRows());
    add("putuo", 2025, putuoRows());
}

void TestCodeCatalogue::sampleRowsAreInCatalogue()
{
    QFETCH(int, year);
    QFETCH(Classification, classification);
    QFETCH(QString, code);
    QFETCH(QString, name);
    const CodeCatalogue &c = CodeCatalogue::forYear(year);
    QCOMPARE(c.year(), year);
    QVERIFY(CodeCatalogue::isWellFormed(classification, code));
    const auto entry = c.find(classification, code);
    QVERIFY2(entry, qPrintable(QStringLiteral("%1 %2 missing").arg(code, name)));
    QCOMPARE(entry->name, name); // exactly as printed
    // And the reverse lookup an importer does when a row has a name but a garbled code.
    QCOMPARE(c.codeForName(classification, name, entry->level, CodeCatalogue::parentOf(code))
                 .value_or(QStringLiteral("<none>")),
             code);
}

QTEST_GUILESS_MAIN(TestCodeCatalogue)
#include "tst_codecatalogue.moc"
