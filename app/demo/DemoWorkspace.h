#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace lifeboat {

// The bundled demo workspace: an MCP Gateway-shaped SQLite database, a demo key pair and a
// config that backs it up with zstd + OpenPGP into a local repository, all under
// $LIFEBOAT_DEMO_DIR or $XDG_DATA_HOME/lifeboat/demo. Created on first use.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    static QString directory();
    static QString configPath();
    // Creates what is missing and returns the config path. reset: start from scratch.
    static Result<QString> ensure(bool reset = false);
};

} // namespace lifeboat
