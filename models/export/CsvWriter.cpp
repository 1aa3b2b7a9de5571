#include "export/CsvWriter.h"

namespace bd {

QString CsvWriter::field(const QString &value)
{
    bool quote = false;
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char(',') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvWriter::encode(const QList<QStringList> &records, bool withBom)
{
    QString text;
    for (const QStringList &record : records) {
        QStringList fields;
        fields.reserve(record.size());
        for (const QString &f : record)
            fields.append(field(f));
        text += fields.join(QLatin1Char(','));
        text += QLatin1String("\r\n");
    }
    QByteArray bytes;
    if (withBom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += text.toUtf8();
    return bytes;
}

} // namespace bd
