#include "PdfTextExtractor.h"

#include "PdfWords.h"
#include "text/TextWidth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace bd {

namespace {

using Word = PdfWord;

double cy(const Word &w)
{
    return w.box.center().y();
}

struct Line
{
    std::vector<Word> words;
    double cy = 0;     // mean vertical centre of its words
    double height = 0; // largest word height
};

// The width of one character column on the page: the median width per ASCII glyph, a wide
// glyph counting as two. Digits dominate the tables, so their figures keep their place.
double columnWidth(const std::vector<Word> &words)
{
    std::vector<double> widths;
    for (const Word &w : words) {
        const int units = textColumns(w.text);
        if (units > 0 && w.box.width() > 0)
            widths.push_back(w.box.width() / units);
    }
    if (widths.empty())
        return 1;
    std::nth_element(widths.begin(), widths.begin() + widths.size() / 2, widths.end());
    return std::max(widths[widths.size() / 2], 0.1);
}

// The character column of a word at x on a page whose leftmost word is at `left`, in columns of
// `unit`. Bounded: a real page is a few hundred columns wide, but a PDF may declare a page
// 2·10⁹ points wide with 0.01-point glyphs, and a 1 KB file then asked for a line of two billion
// spaces, a 4 GB allocation (found with tests/fuzz/fuzz_pdf; reproducers in tests/fuzz/corpus/pdf/
// wide-page-*.pdf). Words beyond maxColumns keep their order, two spaces apart; NaN counts as 0.
int columnOf(double x, double left, double unit)
{
    constexpr int maxColumns = 4096;
    const double column = (x - left) / unit;
    if (!(column > 0))
        return 0;
    return column >= maxColumns ? maxColumns : int(std::lround(column));
}

QStringList pageLines(const QList<PdfWord> &pageWords)
{
    std::vector<Word> words;
    for (const PdfWord &w : pageWords) {
        if (!w.text.trimmed().isEmpty())
            words.push_back(w);
    }
    if (words.empty())
        return {};

    const double unit = columnWidth(words);
    double left = words.front().box.left();
    for (const Word &w : words)
        left = std::min(left, w.box.left());

    // Lines: words whose vertical centres lie within half a line height of each other.
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) { return cy(a) < cy(b); });
    std::vector<Line> lines;
    for (Word &w : words) {
        if (!lines.empty()) {
            Line &l = lines.back();
            const double tolerance = 0.5 * std::min(l.height, w.box.height());
            if (std::abs(cy(w) - l.cy) <= tolerance) {
                l.cy = (l.cy * l.words.size() + cy(w)) / (l.words.size() + 1);
                l.height = std::max(l.height, w.box.height());
                l.words.push_back(std::move(w));
                continue;
            }
        }
        Line l;
        l.cy = cy(w);
        l.height = w.box.height();
        l.words.push_back(std::move(w));
        lines.push_back(std::move(l));
    }

    QStringList out;
    double previousBottom = -1;
    for (Line &l : lines) {
        std::sort(l.words.begin(), l.words.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
        // A gap of more than a line's height between lines is an empty line, as pdftotext has it.
        double top = l.words.front().box.top();
        double bottom = l.words.front().box.bottom();
        for (const Word &w : l.words) {
            top = std::min(top, w.box.top());
            bottom = std::max(bottom, w.box.bottom());
        }
        if (previousBottom >= 0 && top - previousBottom > l.height)
            out.append(QString());
        previousBottom = bottom;

        QString text;
        const Word *prev = nullptr;
        for (const Word &w : l.words) {
            const int column = columnOf(w.box.left(), left, unit);
            if (prev) {
                const double gap = w.box.left() - prev->box.right();
                if (gap < 1.5 * unit) {
                    // Words of one phrase: one space where the PDF has one, none where it has none.
                    if (prev->spaceAfter || gap > 0.3 * unit)
                        text += QLatin1Char(' ');
                } else {
                    // Another cell: at its column, and at least two spaces away from the last.
                    text += QString(std::max(column - int(text.size()), 2), QLatin1Char(' '));
                }
            } else {
                text += QString(std::max(column, 0), QLatin1Char(' '));
            }
            text += w.text;
            prev = &w;
        }
        out.append(text);
    }
    return out;
}

// The budgetdesk_pdf module's entry point, loaded once: beside the program, else where the
// build put it. Null, with *why set, when it cannot be loaded.
ReadPdfWords pdfReader(QString *why)
{
    static std::once_flag once;
    static ReadPdfWords read = nullptr;
    static QString error;
    std::call_once(once, [] {
        QStringList dirs;
        if (QCoreApplication::instance())
            dirs.append(QCoreApplication::applicationDirPath());
        dirs.append(QStringLiteral(BD_PDF_MODULE_DIR));
        for (const QString &dir : dirs) {
            QLibrary module(QDir(dir).filePath(QStringLiteral("budgetdesk_pdf")));
            read = reinterpret_cast<ReadPdfWords>(module.resolve(ReadPdfWordsSymbol));
            if (read)
                return; // stays loaded: QLibrary unloads only on unload()
            error = module.errorString();
        }
    });
    if (!read && why)
        *why = error;
    return read;
}

} // namespace

bool PdfTextExtractor::isPdf(const QByteArray &bytes)
{
    return bytes.startsWith("%PDF");
}

PdfText PdfTextExtractor::extractFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        PdfText r;
        r.source = path;
        r.message = QCoreApplication::translate("bd::Importer", "cannot be read: %1").arg(f.errorString());
        return r;
    }
    return extract(f.readAll(), QFileInfo(path).fileName());
}

PdfText PdfTextExtractor::extract(const QByteArray &bytes, const QString &sourceName)
{
    PdfText r;
    r.source = sourceName;
    auto fail = [&](const QString &message) {
        r.lines.clear();
        r.message = message;
        return r;
    };
    if (!isPdf(bytes))
        return fail(QCoreApplication::translate("bd::Importer", "is not a PDF file (it does not start with \"%PDF\")"));
    // A complete PDF ends with "%%EOF"; a file cut off in transfer does not.
    const bool complete = bytes.right(2048).contains("%%EOF");
    const QString truncated = QCoreApplication::translate("bd::Importer", "the PDF is damaged or truncated (%1 bytes, no end-of-file marker); "
                                             "download or export it again")
                                  .arg(bytes.size());

    QString why;
    const ReadPdfWords read = pdfReader(&why);
    if (!read)
        return fail(QCoreApplication::translate("bd::Importer", "cannot be read: the PDF reader of BudgetDesk (budgetdesk_pdf) is missing: %1").arg(why));
    PdfWords pdf;
    read(bytes, &pdf);
    switch (pdf.status) {
    case PdfWords::Damaged:
        return fail(complete ? QCoreApplication::translate("bd::Importer", "the PDF is damaged and cannot be opened") : truncated);
    case PdfWords::Locked:
        return fail(QCoreApplication::translate("bd::Importer", "the PDF is encrypted and needs a password to open; "
                                   "save an unprotected copy and import that"));
    case PdfWords::NoPages:
        return fail(complete ? QCoreApplication::translate("bd::Importer", "the PDF is damaged: it has no readable pages") : truncated);
    case PdfWords::PageUnreadable:
        return fail(complete ? QCoreApplication::translate("bd::Importer", "the PDF is damaged: page %1 of %2 cannot be read").arg(pdf.badPage).arg(pdf.pages)
                             : truncated);
    case PdfWords::Read:
        break;
    }
    r.pages = pdf.pages;

    bool anyText = false;
    for (const QList<PdfWord> &page : std::as_const(pdf.words)) {
        const QStringList lines = pageLines(page);
        anyText = anyText || !lines.isEmpty();
        r.lines += lines;
    }
    if (!complete)
        return fail(truncated);
    if (!anyText)
        return fail(QCoreApplication::translate("bd::Importer", "the PDF has no text layer (a scanned document?); "
                                   "only PDFs with text can be imported"));
    return r;
}

} // namespace bd
