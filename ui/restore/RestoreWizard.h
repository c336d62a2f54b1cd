#pragma once

#include "catalog/Catalog.h"
#include "config/Config.h"
#include "jobs/RestoreOperation.h"
#include "wal/PitrOperation.h"

#include <QWizard>

namespace lifeboat {

class OperationRunner;
struct RestoreCheck;

// The guided restore: pick a backup (a base backup leads to point-in-time recovery, with the
// timeline picker) → the target (a new database or file by default; replacing one needs its
// name typed and takes a safety backup first; PITR goes into an empty folder and can start a
// scratch server on a free port) → options (PostgreSQL: tables, parallel jobs, roles) → pre-checks
// as a checklist (checksum, keys, versions, free space, the restore's own dry run) → the run with
// progress, a live log and a safe Cancel → what was verified, how long it took and what to do
// next. Operations run off the GUI thread; the wizard builds the same params as the CLI.
class RestoreWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePage, PointPage, RecoveryTargetPage, TargetPage, OptionsPage, ChecksPage, RunPage, SummaryPage };

    // `entries`: the catalog's backups (only successful ones are offered); `selectedId` preselects.
    RestoreWizard(const Config &config, const QList<CatalogEntry> &entries, const QString &selectedId, QWidget *parent = nullptr);

    const Config &config() const { return m_config; }
    const QList<CatalogEntry> &entries() const { return m_entries; }
    // The backup chosen on the first page (for PITR: the cluster job's; the target picks the base backup).
    std::optional<BackupMetadata> chosen() const;
    bool isPitr() const;
    bool isPostgresLogical() const;

    RestoreParams restoreParams() const;
    PitrParams pitrParams() const;

    // What the run page measured, for the summary.
    struct Outcome
    {
        bool finished = false;
        bool ok = false;
        bool cancelled = false;
        QString error;
        double seconds = 0;
        RestoreResult restore;
        PitrResult recovery;
    };
    const Outcome &outcome() const { return m_outcome; }
    void setOutcome(const Outcome &outcome) { m_outcome = outcome; }
    bool isRunning() const;
    void setRunner(OperationRunner *runner) { m_runner = runner; }

    int nextId() const override;

public slots:
    void reject() override;

signals:
    void restoreFinished(bool ok);

private:
    Config m_config;
    QList<CatalogEntry> m_entries;
    Outcome m_outcome;
    OperationRunner *m_runner = nullptr;
};

} // namespace lifeboat
