#pragma once

#include "Config.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace lifeboat {

// Reads and validates the TOML config of CLI.md. Every problem is reported as
// "FILE:LINE: KEY: cause (fix)" so an operator can go straight to the line.
class ConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    static Result<Config> loadFile(const QString &path);
    static Result<Config> loadString(const QString &text, const QString &pathForMessages);

    // --config, else $LIFEBOAT_CONFIG, else $XDG_CONFIG_HOME/lifeboat/lifeboat.toml, else /etc.
    static QString resolvePath(const QString &explicitPath);
    static Result<CompressionSpec> parseCompression(const QString &text);
};

} // namespace lifeboat
