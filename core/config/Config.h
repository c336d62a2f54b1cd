#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace lifeboat {

// "zstd:3", "gzip:6", "none" — the job's `compression` key.
struct CompressionSpec
{
    enum class Algorithm { None, Zstd, Gzip };
    Algorithm algorithm = Algorithm::Zstd;
    int level = 3;

    QString toString() const;
    QString extension() const; // ".zst", ".gz" or ""
};

struct RetentionPolicy
{
    int last = 0;
    int hourly = 0;
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
    int yearly = 0;
    QString within;
};

struct RepositoryConfig
{
    QString name;
    QString type; // local | s3
    QString path;
    QString endpoint;
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    QString prefix;
    QString accessKeyEnv = QStringLiteral("AWS_ACCESS_KEY_ID");
    QString secretKeyEnv = QStringLiteral("AWS_SECRET_ACCESS_KEY");
    QString credentialsFile; // s3: AWS-style file (aws_access_key_id / aws_secret_access_key), instead of the variables
    QString urlStyle = QStringLiteral("auto"); // s3: path | virtual | auto (virtual for *.amazonaws.com)
    QString storageClass;    // s3: x-amz-storage-class of artifacts (e.g. STANDARD_IA)
    QString sse;             // s3: x-amz-server-side-encryption (AES256 or aws:kms)
    int partSizeMb = 16;     // s3: multipart part size
    QString scan; // cron: when --run-schedule re-checks every artifact against its sidecar checksum
};

struct JobConfig
{
    QString name;
    QString kind; // postgresql | postgresql-cluster | sqlite | files | app-export
    QString conninfo;
    QString passwordFile;
    QString passwordSource;   // env:NAME | credential:NAME | prompt (file: lands in passwordFile)
    QString path;
    QString profile;
    QString format = QStringLiteral("custom");
    int parallel = 2;
    bool globals = false; // postgresql: also store roles and tablespaces (pg_dumpall --globals-only)
    // files: patterns relative to the folder (FilePatterns); consistent: a file changing while
    // it is read fails the backup instead of warning.
    QStringList include;
    QStringList exclude;
    bool consistent = false;
    // postgresql-cluster: the resident helper that keeps wal-push cheap (WalPushHelper).
    // stream: streams WAL ahead over a replication connection | watch: pushes .ready files as
    // they appear | off: every archive_command call does its own work.
    QString archiveHelper = QStringLiteral("stream");
    QString repository;
    QStringList copyTo;
    QString schedule;
    QString missed = QStringLiteral("once"); // once: missed runs are caught up by one run | skip: wait for the next time
    bool backupOnCorruption = true;          // a scan that finds a damaged backup of this job runs a backup at once
    CompressionSpec compression;
    QString encryption = QStringLiteral("none"); // none | openpgp
    QStringList recipients;
    QStringList secretKeys;
    QString passphraseFile;
    QString passphraseSource; // env:NAME | credential:NAME | prompt (file: lands in passphraseFile)
    RetentionPolicy retention;
    QString verify = QStringLiteral("checksum"); // none | checksum | decode | format | restore
    // file: password_file / passphrase_file | keychain: the desktop app keeps them in the OS keychain
    QString secretStore = QStringLiteral("file");
    // Extra notification targets for this job (added to [notifications]).
    QStringList notifyWebhooks;
    QStringList notifyEmail;
    // Secrets the desktop app read from the keychain for one run: in memory only, never written,
    // never in the config file.
    QByteArray password;
    QByteArray passphrase;
};

// [notifications]: where --run-schedule reports failures, corruption, missed runs and low space.
struct NotifyConfig
{
    QStringList webhooks;                      // POSTed JSON, one try and two retries each
    QString format = QStringLiteral("json");   // json | slack | alertmanager
    QStringList email;                         // through the local sendmail interface
    QString sendmail = QStringLiteral("/usr/sbin/sendmail");
    QStringList events{QStringLiteral("failure"), QStringLiteral("corruption"), QStringLiteral("missed"), QStringLiteral("low_space")};
    int lowSpacePercent = 20;
};

struct DrillConfig
{
    QString name;
    QString plan;
    QString schedule;
};

struct Config
{
    QString filePath;
    QString timezone;
    QString catalogUrl;
    QMap<QString, RepositoryConfig> repositories;
    QMap<QString, JobConfig> jobs;
    QMap<QString, DrillConfig> drills;
    NotifyConfig notify;

    // The catalog database file when catalogUrl is sqlite (the default).
    QString catalogSqlitePath() const;
};

} // namespace lifeboat
