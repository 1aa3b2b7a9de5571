#pragma once

#include <QString>

namespace bd {

// The interface language: "zh_CN" or "en". Chinese under a Chinese system locale unless the
// user chose otherwise (View › Language); switching takes effect at once.
class Language
{
public:
    static QString saved();                 // the user's choice, else from the system locale
    static void save(const QString &language);
    static bool apply(const QString &language); // installs the app's and Qt's translations
    static QString current();
};

} // namespace bd
