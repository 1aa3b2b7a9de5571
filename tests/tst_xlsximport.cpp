// Tests of the XLSX import (XlsxTextExtractor behind DisclosureImporter::importFile) and of the
// batch `budgetdesk import FOLDER`: the Kizilsu document exported by XlsxExporter and imported
// again has the same schedules and published amounts; damaged, foreign, bomb and non-workbook
// zips are refused with errors that name the file.

#include "document/BudgetDocument.h"
#include "export/XlsxExporter.h"
#include "import/DisclosureImporter.h"
#include "import/XlsxTextExtractor.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>

using namespace bd;

namespace {

QString samplePath(const QString &name)
{
    return QStringLiteral(BD_SAMPLES_DIR) + QLatin1Char('/') + name;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A zip with the given entries, written with minizip (deflated).
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                         Z_DEFLATED, Z_BEST_COMPRESSION, 1) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

} // namespace

class TestXlsxImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ImportResult m_original;
    QString m_book;

    void expectRefused(const QString &file, const QString &fragment)
    {
        const ImportResult r = DisclosureImporter().importFile(file);
        QVERIFY(!r.ok());
        const QString message = r.error.toString();
        QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
        QVERIFY2(message.contains(fragment, Qt::CaseInsensitive), qPrintable(message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_original = DisclosureImporter().importFile(samplePath(QStringLiteral("kizilsu-foreign-affairs-2026.txt")));
        QVERIFY2(m_original.ok(), qPrintable(m_original.error.toString()));
        m_book = m_dir.filePath(QStringLiteral("kizilsu.xlsx"));
        QString error;
        QVERIFY2(XlsxExporter::exportWorkbook(*m_original.document, *m_original.templ, m_original.report, m_book, &error),
                 qPrintable(error));
    }

    void extractorReadsTheWorkbook()
    {
        const XlsxText text = XlsxTextExtractor::extractFile(m_book);
        QVERIFY2(text.ok(), qPrintable(text.errorString()));
        QCOMPARE(text.sheets.size(), 11 + 4); // tables, 三公, 绩效目标, 审核结果, 文档信息
        QCOMPARE(text.sheets.last().name, XlsxTextExtractor::infoSheetName());
        QCOMPARE(text.lines.value(0), QStringLiteral("2026 年部门预算公开"));
        QVERIFY(text.lines.contains(QStringLiteral("部门收支总体情况表")));
        QVERIFY(text.lines.contains(QStringLiteral("单位：万元")));
        // Amounts with two decimals and no thousands separators.
        bool found = false;
        for (const QString &l : text.lines)
            found = found || l.split(QLatin1Char('\t')).contains(QStringLiteral("524.92"));
        QVERIFY(found);
    }

    void kizilsuRoundTripIsExact()
    {
        const ImportResult back = DisclosureImporter().importFile(m_book);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        const BudgetDocument &a = *m_original.document;
        const BudgetDocument &b = *back.document;
        QCOMPARE(b.templateId, a.templateId);
        QCOMPARE(b.year, a.year);
        QCOMPARE(b.department, a.department);
        QCOMPARE(b.title, a.title);
        QCOMPARE(b.publishDate, a.publishDate);
        QVERIFY(!a.schedules.functional.isEmpty());
        QVERIFY(b.schedules.functional == a.schedules.functional);
        QVERIFY(b.schedules.economic == a.schedules.economic);
        QVERIFY(b.schedules.projects == a.schedules.projects);
        QVERIFY(b.schedules.carryOver == a.schedules.carryOver);
        // 三公 amounts (the prior year comes from the narrative, which a workbook does not hold).
        QCOMPARE(b.schedules.sanGong.size(), a.schedules.sanGong.size());
        for (int i = 0; i < a.schedules.sanGong.size(); ++i) {
            const SanGongLine &x = a.schedules.sanGong[i];
            const SanGongLine &y = b.schedules.sanGong[i];
            QCOMPARE(y.key, x.key);
            QVERIFY(y.generalBudget == x.generalBudget);
            QVERIFY(y.govFund == x.govFund);
            QVERIFY(y.stateCapital == x.stateCapital);
        }
        // The published tables, cell by cell.
        QCOMPARE(b.published.size(), a.published.size());
        for (int t = 0; t < a.published.size(); ++t) {
            const DisclosureTable &x = a.published[t];
            const DisclosureTable &y = b.published[t];
            QCOMPARE(y.number, x.number);
            QVERIFY(y.unit == x.unit);
            QCOMPARE(y.note, x.note);
            QCOMPARE(y.rows.size(), x.rows.size());
            for (int r = 0; r < x.rows.size(); ++r) {
                QCOMPARE(y.rows[r].key, x.rows[r].key);
                QCOMPARE(y.rows[r].rightKey, x.rows[r].rightKey);
                QCOMPARE(y.rows[r].cells.size(), x.rows[r].cells.size());
                for (int c = 0; c < x.rows[r].cells.size(); ++c) {
                    const TableCell &p = x.rows[r].cells[c];
                    const TableCell &q = y.rows[r].cells[c];
                    const QString where = QStringLiteral("table %1 row %2 column %3").arg(x.number).arg(r).arg(c);
                    QVERIFY2(p.amount == q.amount, qPrintable(where));
                    if (!x.columns.value(c).isAmount)
                        QVERIFY2(p.text == q.text, qPrintable(where + QStringLiteral(": ") + p.text + QStringLiteral(" / ") + q.text));
                }
            }
        }
    }

    void truncatedWorkbookIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("truncated.xlsx"));
        QVERIFY(writeBytes(file, readBytes(m_book).left(1024)));
        expectRefused(file, QStringLiteral("truncated"));
    }

    void pkGarbageIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("garbage.xlsx"));
        QVERIFY(writeBytes(file, QByteArray("PK this is a text file, not a workbook\n").repeated(20)));
        expectRefused(file, QStringLiteral("not an XLSX workbook"));
    }

    void zipBombIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("bomb.xlsx"));
        QVERIFY(writeZip(file, {{QStringLiteral("xl/workbook.xml"), QByteArray("<workbook/>")},
                                {QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray(20 * 1024 * 1024, '\0')}}));
        QVERIFY(QFileInfo(file).size() < 200 * 1024);
        expectRefused(file, QStringLiteral("zip bomb"));
    }

    void zipWithoutWorkbookIsRefused()
    {
        const QString file = m_dir.filePath(QStringLiteral("notabook.xlsx"));
        QVERIFY(writeZip(file, {{QStringLiteral("hello.txt"), QByteArray("hello")}}));
        expectRefused(file, QStringLiteral("xl/workbook.xml"));
    }

    void batchImportOfAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(samplePath(QStringLiteral("kizilsu-foreign-affairs-2026.txt")), in + QStringLiteral("/a-kizilsu.txt")));
        QVERIFY(QFile::copy(samplePath(QStringLiteral("putuo-commerce-2025.txt")), in + QStringLiteral("/b-putuo.txt")));
        QVERIFY(QFile::copy(samplePath(QStringLiteral("putuo-commerce-2025.pdf")), in + QStringLiteral("/sub/c-putuo.pdf")));
        QVERIFY(writeBytes(in + QStringLiteral("/sub/d-broken.xlsx"), QByteArray("PK broken")));
        QVERIFY(writeBytes(in + QStringLiteral("/ignored.md"), QByteArray("not imported")));
        const QString db = dir.filePath(QStringLiteral("store.sqlite"));

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BD_APP_PATH), {QStringLiteral("import"), in, QStringLiteral("--db"), db});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 3);
        QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), 3);
        QVERIFY2(err.contains(QStringLiteral("[1/4] ")) && err.contains(QStringLiteral("[4/4] ")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("imported 3, failed 1")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("failed: ")) && err.contains(QStringLiteral("d-broken.xlsx")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("ignored.md")), qPrintable(err));

        QProcess list;
        list.setProcessEnvironment(env);
        list.start(QStringLiteral(BD_APP_PATH), {QStringLiteral("list"), QStringLiteral("--db"), db});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(list.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestXlsxImport)
#include "tst_xlsximport.moc"
