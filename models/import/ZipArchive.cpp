#include "import/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>

namespace bd {

ZipArchive::ZipArchive(const QByteArray &bytes)
    : m_bytes(bytes)
{
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

QString ZipArchive::open(const QString &kind)
{
    // minizip reads files: the bytes go to a private temporary file first.
    if (!m_file.open() || m_file.write(m_bytes) != m_bytes.size() || !m_file.flush())
        return QCoreApplication::translate("bd::Importer", "cannot be read: no temporary file (%1)").arg(m_file.errorString());
    m_zip = unzOpen64(QFile::encodeName(m_file.fileName()).constData());
    if (!m_zip)
        return QCoreApplication::translate("bd::Importer", "the file is not %1: the ZIP archive is damaged or truncated (no readable central directory)").arg(kind);
    qint64 total = 0;
    int rc = unzGoToFirstFile(m_zip);
    if (rc == UNZ_END_OF_LIST_OF_FILE)
        return QCoreApplication::translate("bd::Importer", "the file is not %1: the ZIP archive is empty").arg(kind);
    for (; rc == UNZ_OK; rc = unzGoToNextFile(m_zip)) {
        unz_file_info64 info;
        char nameBuffer[1024];
        if (unzGetCurrentFileInfo64(m_zip, &info, nameBuffer, sizeof nameBuffer, nullptr, 0, nullptr, 0) != UNZ_OK)
            return QCoreApplication::translate("bd::Importer", "the ZIP archive is damaged or truncated (an entry cannot be read)");
        const QString name = QString::fromUtf8(nameBuffer);
        if (info.flag & 0x1)
            return QCoreApplication::translate("bd::Importer", "the file is encrypted (entry %1); save it without a password and import it again").arg(name);
        const qint64 size = qint64(info.uncompressed_size);
        const qint64 packed = std::max<qint64>(1, qint64(info.compressed_size));
        if (size < 0 || size > maxTotalSize - total)
            return QCoreApplication::translate("bd::Importer", "refused: the entries inflate to more than %1 MB (a zip bomb?)")
                .arg(maxTotalSize / (1024 * 1024));
        total += size;
        if (size > 64 * 1024 && size > maxRatio * packed)
            return QCoreApplication::translate("bd::Importer", "refused: entry %1 inflates %2 times its compressed size (more than %3:1; a zip bomb?)")
                .arg(name).arg(size / packed).arg(maxRatio);
        m_sizes.insert(name, size);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE)
        return QCoreApplication::translate("bd::Importer", "the ZIP archive is damaged or truncated");
    return {};
}

std::optional<QByteArray> ZipArchive::read(const QString &name, QString *error)
{
    if (!contains(name) || unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK) {
        *error = QCoreApplication::translate("bd::Importer", "the archive has no %1").arg(name);
        return std::nullopt;
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        *error = QCoreApplication::translate("bd::Importer", "entry %1 cannot be read (damaged or truncated archive)").arg(name);
        return std::nullopt;
    }
    const qint64 size = m_sizes.value(name);
    QByteArray data;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
        if (data.size() + n > size) {
            unzCloseCurrentFile(m_zip);
            *error = QCoreApplication::translate("bd::Importer", "refused: entry %1 inflates to more than its declared size").arg(name);
            return std::nullopt;
        }
        data.append(buffer, n);
    }
    const int closed = unzCloseCurrentFile(m_zip); // UNZ_CRCERROR when the data is damaged
    if (n < 0 || closed != UNZ_OK || data.size() != size) {
        *error = QCoreApplication::translate("bd::Importer", "entry %1 is damaged or truncated").arg(name);
        return std::nullopt;
    }
    return data;
}

QString ZipArchive::xmlError(const QString &entry, const QXmlStreamReader &xml)
{
    return QCoreApplication::translate("bd::Importer", "%1 is not well-formed XML (line %2: %3)")
        .arg(entry)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

} // namespace bd
