#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// RFC 4180 CSV text: fields with a quote, comma, CR or LF are quoted (quotes doubled),
// every record ends with CRLF. Optionally starts with the UTF-8 byte order mark, which
// Excel needs to read a UTF-8 file's Chinese text instead of guessing a local code page.
class CsvWriter
{
public:
    static QString field(const QString &value);
    static QByteArray encode(const QList<QStringList> &records, bool withBom);
};

} // namespace bd
