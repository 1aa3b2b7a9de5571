#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bd {

// What a reader of a file format (PDF, workbook, Word document) makes of it: the lines the
// importer reads, or why there are none.
struct ExtractedText
{
    QStringList lines;
    QString source;  // the file name
    QString message; // why the file cannot be read; empty when it can
    bool ok() const { return message.isEmpty(); }
    // "putuo.pdf: the PDF is damaged or truncated …"
    QString errorString() const
    {
        return source.isEmpty() ? message : QCoreApplication::translate("bd::Importer", "%1: %2").arg(source, message);
    }
};

} // namespace bd
