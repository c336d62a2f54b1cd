#pragma once

#include <QStringList>

namespace lifeboat {

// The headless front end shared by lifeboat-cli and `lifeboat COMMAND`: global options,
// command dispatch, --help for each command, exit codes of CLI.md.
class CliRunner
{
public:
    // True when these arguments ask for a command (so `lifeboat` should not open a window).
    static bool wantsCommand(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace lifeboat
