#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <memory>

namespace lifeboat {

class OperationContext;
class Sink;
struct JobConfig;

// What a job kind contributes to a backup: a content stream and a description of its source.
// Everything else (lock, naming, pipeline, atomic commit, sidecar, catalog) is shared.
class BackupSource
{
public:
    virtual ~BackupSource() = default;

    virtual QString kind() const = 0;            // sidecar "kind", e.g. "sqlite"
    virtual QString formatExtension() const = 0; // e.g. ".sqlite"
    // Takes the consistent snapshot (or starts the dump) and fills sourceInfo().
    [[nodiscard]] virtual Status prepare(OperationContext *context) = 0;
    // Pushes the content into `sink` (without finishing it).
    [[nodiscard]] virtual Status stream(Sink *sink, OperationContext *context) = 0;
    virtual QJsonObject sourceInfo() const = 0;
    // Base backups: where the backup starts and ends in the WAL (the sidecar's "pitr").
    virtual QJsonObject pitrInfo() const { return {}; }
    // Further artifacts stored with the main one (e.g. "globals"), each streamed after it.
    virtual QStringList parts() const { return {}; }
    virtual QString partExtension(const QString &part) const { return QStringLiteral(".") + part; }
    [[nodiscard]] virtual Status streamPart(const QString &part, Sink *sink, OperationContext *context);
    virtual qint64 sourceBytes() const = 0;

    // The source for a job's kind; `overridePath` backs up another file of the same kind
    // (the safety copy an --overwrite restore takes of its target).
    static Result<std::unique_ptr<BackupSource>> forJob(const JobConfig &job, const QString &overridePath = {});
};

} // namespace lifeboat
