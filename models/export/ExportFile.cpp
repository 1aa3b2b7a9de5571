#include "export/ExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace bd {

bool ExportFile::ensureDirectory(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (info.isDir())
        return true;
    if (info.exists() || !QDir().mkpath(dir)) {
        if (error)
            *error = QCoreApplication::translate("bd::Export", "cannot create the folder %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    return true;
}

bool ExportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("bd::Export", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("bd::Export", "cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QString ExportFile::safeFileName(const QString &title, int maxLength)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    QString name;
    for (const QChar c : title.trimmed()) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
            name += QLatin1Char('_');
        else if (c.isSpace())
            name += QLatin1Char(' ');
        else
            name += c;
    }
    name = name.left(maxLength).trimmed();
    // Windows drops trailing dots and spaces; a name of dots is no name.
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("table") : name;
}

} // namespace bd
