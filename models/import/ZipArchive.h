#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTemporaryFile>

class QXmlStreamReader;

#include <optional>

namespace bd {

// A ZIP archive held in memory (an .xlsx workbook, a .docx document), read with minizip and
// checked once, before anything is inflated: not encrypted, not inflating beyond
// maxTotalSize in all or more than maxRatio times an entry's compressed size (zip bombs).
class ZipArchive
{
public:
    static constexpr qint64 maxTotalSize = 100 * 1024 * 1024;
    static constexpr qint64 maxRatio = 100;

    explicit ZipArchive(const QByteArray &bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Empty when the archive can be read, else why not; kind is what the file should be ("an
    // XLSX workbook"), named when it is no archive at all.
    QString open(const QString &kind);
    bool contains(const QString &name) const { return m_sizes.contains(name); }
    // The entry's bytes, never more than its declared size (a lying header cannot inflate more).
    std::optional<QByteArray> read(const QString &name, QString *error);
    // Why an entry read as XML is not well-formed, with the line: "word/document.xml is not …".
    static QString xmlError(const QString &entry, const QXmlStreamReader &xml);

private:
    QByteArray m_bytes;
    QTemporaryFile m_file;
    void *m_zip = nullptr; // unzFile
    QHash<QString, qint64> m_sizes;
};

} // namespace bd
