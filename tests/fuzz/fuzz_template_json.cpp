// libFuzzer harness: bd::TemplateDescription::familyFromJson on arbitrary bytes, as a template
// family's description (resources/templates/*.json, or one a user adds) is read, its variants
// merged onto it. The patterns it holds are
// compiled (PCRE2) and each table's printed title is matched against its title pattern.
//
// Properties beyond "no crash, no UB, no leak":
//  - a refused description says why (a non-empty error);
//  - an accepted one (the family and each variant) has an id and tables, names its family, each with a number, found again by number and id,
//    and its printed title of 2026 matches its title pattern (familyFromJson checks that). Another
//    year's printed title is matched too (the importer meets every year), result not checked:
//    a pattern may well name the year.

#include "templates/TemplateDescription.h"

#include "FuzzHarness.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

BD_FUZZ_HARNESS("fuzz_template_json")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: NUL-terminated like the bytes of a file the program reads.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto family = bd::TemplateDescription::familyFromJson(bytes, &error);
    if (qEnvironmentVariableIsSet("BD_FUZZ_VERBOSE")) // replaying one input: what it said
        std::fprintf(stderr, "fuzz_template_json: %s\n", !family.isEmpty() ? "read" : qPrintable(error));
    if (family.isEmpty()) {
        if (error.isEmpty())
            violated("a description is refused without a reason");
        return 0;
    }
    // The family's own description, then each variant merged onto it.
    for (const auto &t : family) {
        if (t->id.isEmpty() || t->tables.isEmpty())
            violated("a description without id or tables is accepted");
        if (t->family != family.first()->id)
            violated("a variant does not name its family", t->id);
        for (const bd::TableSpec &spec : t->tables) {
            if (spec.number <= 0)
                violated("a table without a number is accepted", spec.id);
            if (!t->table(spec.number) || (!spec.id.isEmpty() && !t->tableById(spec.id)))
                violated("a table is not found again", spec.id);
            (void)spec.codeColumns();
            (void)spec.columnIndex(QStringLiteral("total"));
            // Another year's printed title, as an import of that year meets it (may not match),
            // and a numbered one, as a body title may be printed.
            (void)spec.isTitle(t->printedTitle(spec, 1999));
            (void)spec.isTitle(QStringLiteral("3．") + t->printedTitle(spec, 2026));
        }
        (void)t->print.isBeforeTables(QStringLiteral("一"), QStringLiteral("部门概况"));
        (void)t->rowKey(QStringLiteral("1、一般公共预算拨款"));
    }
    return 0;
}
