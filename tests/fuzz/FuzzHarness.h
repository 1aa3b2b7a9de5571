#pragma once

// What every libFuzzer harness of tests/fuzz shares. BD_FUZZ_HARNESS("fuzz_name") at file scope:
//  - LLVMFuzzerInitialize makes the one QCoreApplication of the process (text codecs and
//    normalisation as in the program). It is never destroyed, for Qt's globals go at exit in
//    their own order; it stays reachable through QCoreApplication::instance(), so
//    LeakSanitizer does not count it;
//  - violated(what, detail) reports a broken property of the harness and aborts, which
//    libFuzzer records as a crash with its input.

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace bd::fuzz {

inline void startQt(const char *harness)
{
    static char name[64];
    std::strncpy(name, harness, sizeof name - 1);
    static int argc = 1;
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

[[noreturn]] inline void violated(const char *harness, const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s%s%s\n", harness, what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::abort();
}

} // namespace bd::fuzz

#define BD_FUZZ_HARNESS(NAME)                                                                      \
    namespace {                                                                                    \
    [[noreturn, maybe_unused]] void violated(const char *what, const QString &detail = QString()) \
    {                                                                                              \
        bd::fuzz::violated(NAME, what, detail);                                                    \
    }                                                                                              \
    }                                                                                              \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                           \
    {                                                                                              \
        bd::fuzz::startQt(NAME);                                                                   \
        return 0;                                                                                  \
    }
