#pragma once

#include <QDateTime>
#include <QString>

namespace bd {

// Times are stored as ISO 8601 text in UTC with milliseconds: they sort as text, and read back
// the same on SQLite and PostgreSQL.
inline QString isoUtc(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromIsoUtc(const QString &s)
{
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

} // namespace bd
