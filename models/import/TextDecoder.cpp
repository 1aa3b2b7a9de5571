#include "TextDecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace bd {

static bool looksBinary(const QByteArray &bytes)
{
    // Text documents have no NUL bytes and few control characters.
    qsizetype control = 0;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 65536);
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    return n > 0 && control * 100 > n; // more than 1 %
}

static std::optional<QString> decodeStrict(QStringDecoder &decoder, const QByteArray &bytes)
{
    QString s = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return s;
}

// UTF-16 without a byte order mark, as some Windows tools save "Unicode" text: the NUL bytes
// of its ASCII characters (spaces, digits, line ends) fall on one side of each byte pair, and
// hardly any on the other (a few CJK characters, 一 U+4E00 among them, end in 00). The text,
// and its encoding in *encoding, when the bytes are laid out so and decode; else nothing.
static std::optional<QString> decodeBomlessUtf16(const QByteArray &bytes, QString *encoding)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        evenZero += bytes[i] == 0;
        oddZero += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    const bool le = oddZero * 10 >= pairs && evenZero * 20 < oddZero;
    const bool be = evenZero * 10 >= pairs && oddZero * 20 < evenZero;
    if (!le && !be)
        return std::nullopt;
    QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
    auto text = decodeStrict(d, bytes);
    if (!text || text->contains(QChar(0)))
        return std::nullopt;
    *encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    return text;
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText out;
    if (bytes.isEmpty()) {
        out.error = QCoreApplication::translate("bd::Importer", "the file is empty");
        return out;
    }
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const auto s = decodeStrict(d, bytes.mid(3));
        if (!s) {
            out.error = QCoreApplication::translate("bd::Importer", "the file starts with a UTF-8 byte order mark but is not valid UTF-8");
            return out;
        }
        text = *s;
        out.encoding = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder d(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        const auto s = decodeStrict(d, bytes.mid(2));
        if (!s) {
            out.error = QCoreApplication::translate("bd::Importer", "the file is not valid UTF-16");
            return out;
        }
        text = *s;
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (auto utf16 = decodeBomlessUtf16(bytes, &out.encoding)) {
        text = std::move(*utf16);
    } else {
        if (looksBinary(bytes)) {
            out.error = QCoreApplication::translate("bd::Importer", "the file is not text (it contains binary data)");
            return out;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        if (const auto s = decodeStrict(utf8, bytes)) {
            text = *s;
            out.encoding = QStringLiteral("UTF-8");
        } else {
            QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
            if (!gb.isValid()) {
                out.error = QCoreApplication::translate("bd::Importer", "the file is not UTF-8 and this build cannot decode GB18030");
                return out;
            }
            const auto g = decodeStrict(gb, bytes);
            if (!g) {
                out.error = QCoreApplication::translate("bd::Importer", "the file is neither UTF-8 nor GB18030/GBK text");
                return out;
            }
            text = *g;
            out.encoding = QStringLiteral("GB18030");
        }
    }
    if (text.contains(QChar(0))) {
        out.error = QCoreApplication::translate("bd::Importer", "the file is not text (it contains NUL characters)");
        return out;
    }
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.remove(QLatin1Char('\f'));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    out.lines = text.split(QLatin1Char('\n'));
    return out;
}

} // namespace bd
