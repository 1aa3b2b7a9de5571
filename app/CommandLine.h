#pragma once

#include <QStringList>

namespace bd {

// `budgetdesk import|list|show|check …`: the same program without a window.
// Returns the process exit status.
class CommandLine
{
public:
    static bool isCommand(const QStringList &args); // args without the program name
    static int run(const QStringList &args);
};

} // namespace bd
