#pragma once

#include "cli/CliContext.h"

#include <QCommandLineParser>

namespace lifeboat {

// One CLI command: declares its arguments, turns them into a core operation, prints the result
// and returns the exit code. No logic the GUI lacks lives here.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QString usage() const = 0; // arguments after the command name
    // Started by Lifeboat itself, never by users: left out of the command list.
    virtual bool internal() const { return false; }
    virtual void declare(QCommandLineParser &parser) const = 0;
    virtual int run(CliContext &context, const QCommandLineParser &parser) const = 0;
};

} // namespace lifeboat
