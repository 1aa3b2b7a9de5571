#pragma once

// A ZIP archive built in memory with minizip (zipOpen2 over a QByteArray), every entry stored,
// not deflated: how the harnesses wrap a mutated part (a worksheet, a Word document's body) in
// the package the extractor expects, and how tests build such packages. Empty when minizip
// fails (it does not, in memory).

#include <QByteArray>
#include <QList>

#include <minizip/zip.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace bd::fuzz {

namespace memoryzip {

// A file in memory for minizip's zipOpen2: the zip is written here, never to disk.
struct MemoryFile
{
    QByteArray data;
    qint64 pos = 0;
};

inline voidpf ZCALLBACK memoryOpen(voidpf opaque, const char *, int)
{
    return opaque;
}

inline uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *f = static_cast<MemoryFile *>(stream);
    const qint64 n = std::min<qint64>(qint64(size), f->data.size() - f->pos);
    if (n <= 0)
        return 0;
    std::memcpy(buf, f->data.constData() + f->pos, size_t(n));
    f->pos += n;
    return uLong(n);
}

inline uLong ZCALLBACK memoryWrite(voidpf, voidpf stream, const void *buf, uLong size)
{
    auto *f = static_cast<MemoryFile *>(stream);
    if (f->pos + qint64(size) > f->data.size())
        f->data.resize(f->pos + qint64(size));
    std::memcpy(f->data.data() + f->pos, buf, size);
    f->pos += qint64(size);
    return size;
}

inline long ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return long(static_cast<MemoryFile *>(stream)->pos);
}

inline long ZCALLBACK memorySeek(voidpf, voidpf stream, uLong offset, int origin)
{
    auto *f = static_cast<MemoryFile *>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = f->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = f->data.size(); break;
    default: return -1;
    }
    const qint64 to = base + qint64(offset);
    if (to < 0 || to > f->data.size())
        return -1;
    f->pos = to;
    return 0;
}

inline int ZCALLBACK memoryClose(voidpf, voidpf)
{
    return 0;
}

inline int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

} // namespace memoryzip

inline QByteArray storedZip(const QList<std::pair<const char *, QByteArray>> &entries)
{
    using namespace memoryzip;
    MemoryFile file;
    zlib_filefunc_def io{};
    io.zopen_file = memoryOpen;
    io.zread_file = memoryRead;
    io.zwrite_file = memoryWrite;
    io.ztell_file = memoryTell;
    io.zseek_file = memorySeek;
    io.zclose_file = memoryClose;
    io.zerror_file = memoryError;
    io.opaque = &file;
    zipFile zip = zipOpen2("memory.zip", APPEND_STATUS_CREATE, nullptr, &io);
    if (!zip)
        return {};
    bool ok = true;
    for (const auto &[name, data] : entries) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0 /* stored */, 0) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    ok = zipClose(zip, nullptr) == ZIP_OK && ok;
    return ok ? file.data : QByteArray();
}

} // namespace bd::fuzz
