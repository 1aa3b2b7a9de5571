#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace bd {

// `budgetdesk import|list|show|check|export|export-charts …`: the same program without a window.
// Returns the process exit status. Its messages (stderr) are in the interface language, as the
// window's are; what it prints for other programs to read (ids, tab-separated and JSON
// output) is the same in every language.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(bd::CommandLine)

public:
    static bool isCommand(const QStringList &args); // args without the program name
    // True for the subcommands that draw (export-charts): they need a QApplication, not a
    // QCoreApplication, though they open no window.
    static bool needsWidgets(const QStringList &args);
    static int run(const QStringList &args);
};

} // namespace bd
