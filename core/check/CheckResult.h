#pragma once

#include <QList>
#include <QString>

namespace lifeboat {

// One line of `check JOB`: what was checked, whether it holds, and if not, how to fix it.
struct CheckLine
{
    enum class State { Ok, Warning, Failed };
    QString name;   // short key, stable for --json: "connect", "pg_dump", "repository"...
    State state = State::Ok;
    QString detail; // what was found
    QString fix;    // what to do (empty when Ok)

    static CheckLine ok(QString name, QString detail) { return {std::move(name), State::Ok, std::move(detail), {}}; }
    static CheckLine warning(QString name, QString detail, QString fix)
    {
        return {std::move(name), State::Warning, std::move(detail), std::move(fix)};
    }
    static CheckLine failed(QString name, QString detail, QString fix)
    {
        return {std::move(name), State::Failed, std::move(detail), std::move(fix)};
    }
};

using CheckReport = QList<CheckLine>;

} // namespace lifeboat
