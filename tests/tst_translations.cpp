// Tests of the interface translations (translations/*.ts): every message is translated, the
// .ts files are up to date with the sources, and the compiled Chinese catalogue gives the
// translations the window shows.
//
// The .ts files are read from the source tree (two levels above BD_GOLDEN_DIR, which is
// "<repo>/tests/golden"). Freshness runs Qt's own lupdate on the sources that app/CMakeLists.txt
// gives qt_add_translations, compilation runs lrelease; those two parts are skipped only when
// the tools cannot be found.

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation: part of the message's identity
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    QString translation;
    QStringList numerusForms;

    QString key() const { return context + QChar(0x1F) + source + QChar(0x1F) + comment; }
    QString describe() const
    {
        QString text = QStringLiteral("[%1] \"%2\"").arg(context, source);
        if (!comment.isEmpty())
            text += QStringLiteral(" (%1)").arg(comment);
        return text;
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                m.numerusForms.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.translation = xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement(); // location, extracomment, translatorcomment …
                }
            }
            ts.messages.append(m);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// Qt's own tool of that name (lupdate, lrelease): Qt's binaries first, so that a Qt 5 tool on
// PATH is not picked up by mistake.
QString findQtTool(const QString &name)
{
    const QStringList dirs{QLibraryInfo::path(QLibraryInfo::BinariesPath),
                           QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath),
                           QStringLiteral("/usr/lib/qt6/bin")};
    for (const QString &dir : dirs) {
        const QFileInfo tool(QDir(dir).filePath(name));
        if (!dir.isEmpty() && tool.isFile() && tool.isExecutable())
            return tool.absoluteFilePath();
    }
    for (const QString &alias : {name + QStringLiteral("-qt6"), name + QStringLiteral("6")}) {
        const QString found = QStandardPaths::findExecutable(alias);
        if (!found.isEmpty())
            return found;
    }
    return QString();
}

// Runs a tool to the end; false with the reason (and its output) otherwise.
bool runTool(const QString &program, const QStringList &arguments, const QString &workingDir, QString *failure)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        *failure = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        process.kill();
        return false;
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *failure = QStringLiteral("%1 %2 failed (%3):\n%4")
                       .arg(program, arguments.join(QLatin1Char(' ')))
                       .arg(process.exitCode())
                       .arg(output);
        return false;
    }
    return true;
}

// The files qt_add_translations reads: the BD_TR_SOURCES glob of app/CMakeLists.txt, expanded
// the way CMake's file(GLOB_RECURSE) does, so that this test follows the build's own list.
QStringList translationSources(const QDir &repo, QString *error)
{
    QFile cmake(repo.filePath(QStringLiteral("app/CMakeLists.txt")));
    if (!cmake.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(cmake.fileName(), cmake.errorString());
        return {};
    }
    const QString text = QString::fromUtf8(cmake.readAll());
    const qsizetype start = text.indexOf(QLatin1String("BD_TR_SOURCES"));
    const qsizetype end = start < 0 ? -1 : text.indexOf(QLatin1Char(')'), start);
    if (end < 0) {
        *error = QStringLiteral("app/CMakeLists.txt has no file(GLOB_RECURSE BD_TR_SOURCES …)");
        return {};
    }
    static const QRegularExpression pattern(QStringLiteral("\\$\\{PROJECT_SOURCE_DIR\\}/(\\S+)"));
    QStringList files;
    for (auto it = pattern.globalMatch(text.mid(start, end - start)); it.hasNext();) {
        const QString path = it.next().captured(1);
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString dir = slash < 0 ? QString() : path.left(slash);
        const QString name = path.mid(slash + 1);
        if (dir.contains(QLatin1Char('*'))) {
            *error = QStringLiteral("cannot expand %1 from app/CMakeLists.txt").arg(path);
            return {};
        }
        if (!name.contains(QLatin1Char('*'))) {
            if (QFileInfo(repo.filePath(path)).isFile())
                files.append(repo.filePath(path));
            continue;
        }
        QDirIterator found(repo.filePath(dir), {name}, QDir::Files, QDirIterator::Subdirectories);
        while (found.hasNext())
            files.append(found.next());
    }
    files.sort();
    files.removeDuplicates();
    if (files.isEmpty())
        *error = QStringLiteral("the BD_TR_SOURCES glob of app/CMakeLists.txt matches no file");
    return files;
}

// The placeholders a translation must keep: %1 … %99 and %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

// Fails when problems is not empty, each problem on a line of its own: a QVERIFY2 message is
// cut short, and a long list would lose the very messages it is about.
#define VERIFY_NO_PROBLEMS(problems, what)                                                     \
    do {                                                                                       \
        for (const QString &problem : problems)                                                \
            qWarning().noquote() << problem;                                                   \
        QVERIFY2(problems.isEmpty(),                                                           \
                 qPrintable(QStringLiteral("%1: %2 problem(s), listed above")                  \
                                .arg(what)                                                     \
                                .arg(problems.size())));                                       \
    } while (false)

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void placeholdersKept_data();
    void placeholdersKept();

    void upToDateWithSources();

    void compiledTranslations();

private:
    QString tsPath(const QString &lang) const
    {
        return m_repo.filePath(QStringLiteral("translations/budgetdesk_%1.ts").arg(lang));
    }

    QDir m_repo;
    TsFile m_zh;
    TsFile m_en;
};

void TestTranslations::initTestCase()
{
    m_repo = QDir(QStringLiteral(BD_GOLDEN_DIR));
    QVERIFY2(m_repo.cd(QStringLiteral("../..")), BD_GOLDEN_DIR);
    QVERIFY2(QFileInfo(m_repo.filePath(QStringLiteral("CMakeLists.txt"))).isFile(), qPrintable(m_repo.path()));

    m_zh = readTs(tsPath(QStringLiteral("zh_CN")));
    QVERIFY2(m_zh.error.isEmpty(), qPrintable(m_zh.error));
    m_en = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(m_en.error.isEmpty(), qPrintable(m_en.error));
    QCOMPARE(m_zh.language, QStringLiteral("zh_CN"));
    QCOMPARE(m_en.language, QStringLiteral("en"));
    // An empty skeleton would pass every check below without translating anything.
    QVERIFY2(!m_zh.messages.isEmpty(), "budgetdesk_zh_CN.ts has no messages: run the update_translations target");
    QVERIFY2(!m_en.messages.isEmpty(), "budgetdesk_en.ts has no messages: run the update_translations target");
}

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("lang");
    // Chinese has one plural form, English two.
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    QTest::newRow("en") << QStringLiteral("en") << 2;
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, lang);
    QFETCH(int, pluralForms);
    const TsFile &ts = lang == QLatin1String("en") ? m_en : m_zh;

    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("unfinished: ") + m.describe());
        else if (!m.type.isEmpty())
            problems.append(QStringLiteral("%1 (left by an lupdate without -no-obsolete): ").arg(m.type) + m.describe());
        if (m.numerus) {
            if (m.numerusForms.size() != pluralForms)
                problems.append(QStringLiteral("%1 plural form(s) instead of %2: ").arg(m.numerusForms.size()).arg(pluralForms)
                                + m.describe());
            if (m.numerusForms.contains(QString()))
                problems.append(QStringLiteral("empty plural form: ") + m.describe());
        } else if (m.translation.isEmpty() && lang == QLatin1String("zh_CN")) {
            // The English catalogue may leave a translation empty (the source is English);
            // the Chinese one may not.
            problems.append(QStringLiteral("empty translation: ") + m.describe());
        }
    }
    VERIFY_NO_PROBLEMS(problems, QStringLiteral("budgetdesk_%1.ts").arg(lang));
}

void TestTranslations::placeholdersKept_data()
{
    everyMessageTranslated_data();
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, lang);
    const TsFile &ts = lang == QLatin1String("en") ? m_en : m_zh;

    // A translation that drops or adds %1 shows the wrong figure, or a literal "%2".
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QStringList expected = placeholders(m.source);
        const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
        for (const QString &form : forms) {
            if (form.isEmpty())
                continue; // reported by everyMessageTranslated when it matters
            const QStringList actual = placeholders(form);
            const auto list = [](const QStringList &p) {
                return p.isEmpty() ? QStringLiteral("none") : p.join(QLatin1Char(' '));
            };
            if (actual != expected)
                problems.append(QStringLiteral("%1: the translation \"%2\" has placeholders %3, the source %4")
                                    .arg(m.describe(), form, list(actual), list(expected)));
        }
    }
    VERIFY_NO_PROBLEMS(problems, QStringLiteral("budgetdesk_%1.ts").arg(lang));
}

void TestTranslations::upToDateWithSources()
{
    const QString lupdate = findQtTool(QStringLiteral("lupdate"));
    if (lupdate.isEmpty())
        QSKIP("lupdate not found (install qt6-l10n-tools)");

    // The same sources and options as qt_add_translations in app/CMakeLists.txt.
    QString failure;
    const QStringList files = translationSources(m_repo, &failure);
    QVERIFY2(!files.isEmpty(), qPrintable(failure));
    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    const QString fresh = tmp.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-target-language"), QStringLiteral("zh_CN")};
    arguments += files;
    arguments += {QStringLiteral("-ts"), fresh};
    QVERIFY2(runTool(lupdate, arguments, m_repo.path(), &failure), qPrintable(failure));
    const TsFile sources = readTs(fresh);
    QVERIFY2(sources.error.isEmpty(), qPrintable(sources.error));
    QVERIFY2(!sources.messages.isEmpty(), qPrintable(QStringLiteral("lupdate found no messages in ") + files.join(QLatin1Char(' '))));

    QSet<QString> inSources;
    for (const TsMessage &m : sources.messages)
        inSources.insert(m.key());

    QStringList problems;
    for (const TsFile *committed : {&m_zh, &m_en}) {
        QSet<QString> inFile;
        for (const TsMessage &m : committed->messages)
            inFile.insert(m.key());
        for (const TsMessage &m : sources.messages)
            if (!inFile.contains(m.key()))
                problems.append(QStringLiteral("%1: missing %2").arg(committed->language, m.describe()));
        // A message the sources no longer have is what lupdate -no-obsolete would drop.
        for (const TsMessage &m : committed->messages)
            if (!inSources.contains(m.key()))
                problems.append(QStringLiteral("%1: no longer in the sources %2").arg(committed->language, m.describe()));
    }
    VERIFY_NO_PROBLEMS(problems, QStringLiteral("translations out of date (run the update_translations target, then translate)"));
}

void TestTranslations::compiledTranslations()
{
    const QString lrelease = findQtTool(QStringLiteral("lrelease"));
    if (lrelease.isEmpty())
        QSKIP("lrelease not found (install qt6-l10n-tools)");

    QTemporaryDir tmp;
    QVERIFY2(tmp.isValid(), qPrintable(tmp.errorString()));
    const QString zhQm = tmp.filePath(QStringLiteral("budgetdesk_zh_CN.qm"));
    const QString enQm = tmp.filePath(QStringLiteral("budgetdesk_en.qm"));
    QString failure;
    QVERIFY2(runTool(lrelease, {tsPath(QStringLiteral("zh_CN")), QStringLiteral("-qm"), zhQm}, m_repo.path(), &failure),
             qPrintable(failure));
    QVERIFY2(runTool(lrelease, {tsPath(QStringLiteral("en")), QStringLiteral("-qm"), enQm}, m_repo.path(), &failure),
             qPrintable(failure));

    {
        QTranslator zh;
        QVERIFY2(zh.load(zhQm), qPrintable(zhQm));
        QCOMPARE(zh.language(), QStringLiteral("zh_CN"));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const auto tr = [](const char *context, const char *source, int n = -1) {
            return QCoreApplication::translate(context, source, nullptr, n);
        };

        // What a user of the Chinese interface sees first.
        QCOMPARE(tr("bd::MainWindow", "BudgetDesk"), QStringLiteral("预算公开工作台"));
        QCOMPARE(tr("bd::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(tr("bd::MainWindow", "Documents"), QStringLiteral("文档"));
        QCOMPARE(tr("bd::MainWindow", "Overview"), QStringLiteral("概览"));
        QCOMPARE(tr("bd::DocumentListModel", "Draft"), QStringLiteral("草稿"));
        QCOMPARE(tr("bd::DocumentListModel", "Published"), QStringLiteral("已发布"));
        QCOMPARE(tr("bd::TableBrowser", "Show &derived"), QStringLiteral("显示推导值(&D)"));
        QCOMPARE(tr("main", "BudgetDesk"), QStringLiteral("预算公开工作台"));
        // One plural form, with %n filled in.
        QCOMPARE(tr("bd::TableBrowser", "%n cell(s) differ from the derivation", 1), QStringLiteral("1 个单元格与推导值不一致"));
        QCOMPARE(tr("bd::TableBrowser", "%n cell(s) differ from the derivation", 12), QStringLiteral("12 个单元格与推导值不一致"));

        // And every message of the catalogue, as the .ts file has it.
        QStringList problems;
        for (const TsMessage &m : m_zh.messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString expected = m.numerus ? m.numerusForms.value(0) : m.translation;
            const QString actual = zh.translate(context.constData(), source.constData(),
                                                comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 2 : -1);
            if (actual != expected)
                problems.append(QStringLiteral("%1 → \"%2\", expected \"%3\"").arg(m.describe(), actual, expected));
        }
        QCoreApplication::removeTranslator(&zh);
        VERIFY_NO_PROBLEMS(problems, QStringLiteral("compiled budgetdesk_zh_CN.qm"));
    }

    {
        QTranslator en;
        QVERIFY2(en.load(enQm), qPrintable(enQm));
        QVERIFY(QCoreApplication::installTranslator(&en));
        const char *context = "bd::TableBrowser";
        const char *source = "%n cell(s) differ from the derivation";
        const QString one = QCoreApplication::translate(context, source, nullptr, 1);
        const QString many = QCoreApplication::translate(context, source, nullptr, 3);
        const QString none = QCoreApplication::translate(context, source, nullptr, 0);
        const QString file = QCoreApplication::translate("bd::MainWindow", "&File");
        QCoreApplication::removeTranslator(&en);
        QCOMPARE(one, QStringLiteral("1 cell differs from the derivation"));
        QCOMPARE(many, QStringLiteral("3 cells differ from the derivation"));
        QCOMPARE(none, QStringLiteral("0 cells differ from the derivation"));
        QCOMPARE(file, QStringLiteral("&File"));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
