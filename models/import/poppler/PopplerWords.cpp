// The budgetdesk_pdf module (see PdfWords.h): Poppler's words of a PDF, nothing else.

#include "../PdfWords.h"

#include <poppler-qt6.h>

#include <memory>

namespace {

void quietPoppler(const QString &, const QVariant &) {}

} // namespace

extern "C" Q_DECL_EXPORT void bd_read_pdf_words(const QByteArray &bytes, bd::PdfWords *out)
{
    using bd::PdfWords;
    Poppler::setDebugErrorFunction(quietPoppler, QVariant());
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        out->status = PdfWords::Damaged;
        return;
    }
    if (doc->isLocked()) {
        out->status = PdfWords::Locked;
        return;
    }
    out->pages = doc->numPages();
    if (out->pages <= 0) {
        out->status = PdfWords::NoPages;
        return;
    }
    for (int i = 0; i < out->pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page) {
            out->status = PdfWords::PageUnreadable;
            out->badPage = i + 1;
            return;
        }
        QList<bd::PdfWord> &words = out->words.emplace_back();
        for (const auto &box : page->textList()) {
            if (box)
                words.append({box->boundingBox(), box->text(), box->hasSpaceAfter()});
        }
    }
}
