// The compression of the stored JSON parts (StoreSql.h, packJson).

#include "store/StoreSql.h"

#include <zlib.h>

namespace bd::storesql {

namespace {

// One zlib stream per thread, set up once and reset for each part. qCompress sets one up and
// tears it down for every call: with some twenty parts a save, allocating, clearing and
// returning zlib's 256 KB of state to the system took a quarter of the save.
class Deflater
{
public:
    Deflater()
    {
        m_ok = deflateInit(&m_stream, Z_DEFAULT_COMPRESSION) == Z_OK;
    }
    ~Deflater()
    {
        if (m_ok)
            deflateEnd(&m_stream);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    // As qCompress at its default level writes it, byte for byte: the length as 4 bytes
    // big-endian, then the zlib stream. Empty when zlib fails.
    QByteArray compress(const QByteArray &data)
    {
        if (!m_ok || deflateReset(&m_stream) != Z_OK)
            return {};
        const uLong bound = deflateBound(&m_stream, uLong(data.size()));
        QByteArray out(qsizetype(4 + bound), Qt::Uninitialized);
        const auto n = quint32(data.size());
        out[0] = char(n >> 24);
        out[1] = char(n >> 16);
        out[2] = char(n >> 8);
        out[3] = char(n);
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        m_stream.avail_in = uInt(data.size());
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data() + 4);
        m_stream.avail_out = uInt(bound);
        if (deflate(&m_stream, Z_FINISH) != Z_STREAM_END)
            return {};
        out.resize(qsizetype(4 + m_stream.total_out));
        return out;
    }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

QByteArray compressPart(const QByteArray &data)
{
    if (data.isEmpty())
        return QByteArray(4, '\0'); // as qCompress has it: a length of 0 and no stream
    thread_local Deflater deflater;
    const QByteArray out = deflater.compress(data);
    return out.isEmpty() ? qCompress(data) : out;
}

} // namespace bd::storesql
