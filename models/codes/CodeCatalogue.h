#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// The two classifications of the budget: 支出功能分类 (类 3 digits / 款 5 / 项 7) and
// 部门预算支出经济分类 (类 3 / 款 5).
enum class Classification { Functional, Economic };
QString classificationKey(Classification c);                       // "functional" / "economic", as the data names them
std::optional<Classification> classificationFromKey(const QString &key);

struct CodeEntry
{
    QString code;
    QString name;
    int level = 0; // 1 类, 2 款, 3 项
    bool learned = false; // from an imported document, not the bundled data
};

// The code catalogue of one year, loaded from resource data (:/catalogue/<year>.json).
// Names change between years, so a catalogue is per year. Parent/child is by code prefix.
class CodeCatalogue
{
public:
    // The catalogue for a year: that year's data if shipped, otherwise the nearest shipped year,
    // with the codes learned for that year.
    static const CodeCatalogue &forYear(int year);
    // Extends the year's catalogue with a well-formed code it lacks, named as a published
    // document names it (the store keeps what was learned and teaches it again when opened).
    // True when the code is new. Call it from the thread that reads the catalogues.
    static bool learn(int year, Classification c, const QString &code, const QString &name);
    static QList<int> shippedYears();

    // Loads a catalogue from JSON data; false and a message naming the place on bad data.
    bool loadJson(const QByteArray &json, QString *error);

    int year() const { return m_year; }
    std::optional<CodeEntry> find(Classification c, const QString &code) const;
    QString name(Classification c, const QString &code) const; // empty when unknown
    bool contains(Classification c, const QString &code) const { return find(c, code).has_value(); }
    // Entries of a level in code order (level 1 = all 类).
    QList<CodeEntry> entries(Classification c, int level) const;
    QList<CodeEntry> children(Classification c, const QString &code) const;
    // The code whose name equals name at that level (names normalised: spaces, full/half-width
    // brackets ignored). Several matches: the first in code order; parentCode restricts the search.
    std::optional<QString> codeForName(Classification c, const QString &name, int level,
                                       const QString &parentCode = QString()) const;

    // 功能分类 names the classification used before this year's ("formerly" in the data: 210
    // 医疗卫生与计划生育支出, now 卫生健康支出), as [code, former name].
    const QList<CodeEntry> &formerNames() const { return m_formerly; }

    // Structure of codes, independent of any catalogue.
    static int levelOf(Classification c, const QString &code);  // 0 when malformed
    static QString parentOf(const QString &code);               // "2010301" -> "20103" -> "201" -> ""
    static bool isWellFormed(Classification c, const QString &code);
    static QString normalizedName(const QString &name);

private:
    static CodeCatalogue &resolvedLocked(int year);
    int m_year = 0;
    QHash<QString, CodeEntry> m_functional;
    QHash<QString, CodeEntry> m_economic;
    QList<CodeEntry> m_formerly;
    const QHash<QString, CodeEntry> &map(Classification c) const
    {
        return c == Classification::Functional ? m_functional : m_economic;
    }
};

} // namespace bd
