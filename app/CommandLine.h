#pragma once

#include <QStringList>

namespace bd {

// `budgetdesk import|list|show|check|export|export-charts …`: the same program without a window.
// Returns the process exit status.
class CommandLine
{
public:
    static bool isCommand(const QStringList &args); // args without the program name
    // True for the subcommands that draw (export-charts): they need a QApplication, not a
    // QCoreApplication, though they open no window.
    static bool needsWidgets(const QStringList &args);
    static int run(const QStringList &args);
};

} // namespace bd
