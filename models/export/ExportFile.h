#pragma once

#include <QByteArray>
#include <QString>

namespace bd {

// Writing an export: all or nothing (QSaveFile), with English messages that name the path.
class ExportFile
{
public:
    // Creates dir (and its parents) when missing; false and a message when it cannot.
    static bool ensureDirectory(const QString &dir, QString *error);
    // Writes bytes to path atomically; false and a message naming the path on failure.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // A title made safe as a file name on Windows, macOS and Linux: characters that are not
    // allowed (\ / : * ? " < > |, control characters) become '_', Chinese text stays.
    static QString safeFileName(const QString &title, int maxLength = 80);
};

} // namespace bd
