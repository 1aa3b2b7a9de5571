#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bd {

// Turns the bytes of a published text into lines: UTF-8 (with or without BOM), UTF-16 with
// BOM, or GB18030/GBK (detected when the bytes are not valid UTF-8). CRLF and CR become LF;
// form feeds (page breaks of pdftotext) are dropped.
struct DecodedText
{
    QStringList lines;
    QString encoding; // "UTF-8", "UTF-16LE", "GB18030", …
    QString error;    // set when the bytes are not text
    bool ok() const { return error.isEmpty(); }
};

DecodedText decodeText(const QByteArray &bytes);

} // namespace bd
