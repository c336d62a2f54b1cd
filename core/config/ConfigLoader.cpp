#include "ConfigLoader.h"

#include "secrets/SecretSource.h"

#include "schedule/CronExpression.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <sstream>
#include <toml++/toml.h>

namespace lifeboat {

namespace {

const QStringList jobKinds = {QStringLiteral("postgresql"),
                              QStringLiteral("postgresql-cluster"),
                              QStringLiteral("sqlite"),
                              QStringLiteral("files"),
                              QStringLiteral("app-export")};

// Walks the parsed document; the first problem wins and carries its line number.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)

public:
    Reader(QString file, QDir baseDir)
        : m_file(std::move(file))
        , m_baseDir(std::move(baseDir))
    {
    }

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    void report(const toml::node *node, const QString &key, const QString &cause)
    {
        if (m_error)
            return;
        const int line = node ? int(node->source().begin.line) : 0;
        const QString where = line > 0 ? QStringLiteral("%1:%2").arg(m_file).arg(line) : m_file;
        m_error = Error{ErrorCode::InvalidConfig, QStringLiteral("%1: %2: %3").arg(where, key, cause), {}};
    }

    // Reports keys of `table` outside `allowed`.
    void checkKeys(const toml::table &table, const QString &prefix, const QStringList &allowed)
    {
        for (auto &&[k, v] : table) {
            const QString key = QString::fromStdString(std::string(k.str()));
            if (!allowed.contains(key)) {
                const QString hint = suggestion(key, allowed);
                report(&v,
                       prefix + key,
                       hint.isEmpty() ? tr("unknown key (remove it; see docs/configuration.md)")
                                      : tr("unknown key (did you mean \"%1\"?)").arg(hint));
            }
        }
    }

    QString string(const toml::table &table, const QString &prefix, const char *key, const QString &fallback = {})
    {
        const toml::node *node = table.get(key);
        if (!node)
            return fallback;
        if (!node->is_string()) {
            report(node, prefix + QLatin1String(key), tr("expected a string in quotes"));
            return fallback;
        }
        return expand(node, prefix + QLatin1String(key), QString::fromStdString(**node->as_string()));
    }

    // password_source / passphrase_source: "file:" paths are resolved like every other path and
    // land in the *_file field; the other sources stay as written (SecretSource reads them).
    void secretSource(const toml::table &table, const QString &prefix, const char *key, const char *fileKey, QString &file, QString &source)
    {
        const QString spec = string(table, prefix, key);
        if (spec.isEmpty())
            return;
        const QString bad = SecretSource::problem(spec);
        if (!bad.isEmpty()) {
            report(table.get(key), prefix + QLatin1String(key), bad);
            return;
        }
        if (!file.isEmpty()) {
            report(table.get(key), prefix + QLatin1String(key),
                   QCoreApplication::translate("ConfigLoader", "set either %1 or %2, not both").arg(QLatin1String(key), QLatin1String(fileKey)));
            return;
        }
        if (spec.startsWith(QLatin1String("file:")))
            file = QDir::cleanPath(m_baseDir.absoluteFilePath(spec.mid(5)));
        else
            source = spec;
    }

    QString path(const toml::table &table, const QString &prefix, const char *key)
    {
        const QString value = string(table, prefix, key);
        if (value.isEmpty())
            return value;
        // Relative paths are relative to the config file, so a workspace can move as a whole.
        return QDir::cleanPath(m_baseDir.absoluteFilePath(value));
    }

    int integer(const toml::table &table, const QString &prefix, const char *key, int fallback, int min, int max)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return fallback;
        if (!node->is_integer()) {
            report(node, prefix + QLatin1String(key), tr("expected a whole number"));
            return fallback;
        }
        const int64_t value = **node->as_integer();
        if (value < min || value > max) {
            report(node, prefix + QLatin1String(key), tr("must be between %1 and %2").arg(min).arg(max));
            return fallback;
        }
        return int(value);
    }

    bool boolean(const toml::table &table, const QString &prefix, const char *key, bool fallback)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return fallback;
        if (!node->is_boolean()) {
            report(node, prefix + QLatin1String(key), tr("expected true or false"));
            return fallback;
        }
        return **node->as_boolean();
    }

    QStringList strings(const toml::table &table, const QString &prefix, const char *key, bool paths)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return {};
        const QString name = prefix + QLatin1String(key);
        const toml::array *array = node->as_array();
        if (!array) {
            report(node, name, tr("expected a list of strings, e.g. [\"a\", \"b\"]"));
            return {};
        }
        QStringList out;
        for (const toml::node &item : *array) {
            if (!item.is_string()) {
                report(&item, name, tr("expected a list of strings, e.g. [\"a\", \"b\"]"));
                return {};
            }
            QString value = expand(&item, name, QString::fromStdString(**item.as_string()));
            out.append(paths ? QDir::cleanPath(m_baseDir.absoluteFilePath(value)) : value);
        }
        return out;
    }

    const toml::table *table(const toml::table &parent, const QString &prefix, const char *key)
    {
        const toml::node *node = parent.get(key);
        if (!node)
            return nullptr;
        if (!node->is_table()) {
            report(node, prefix + QLatin1String(key), tr("expected a table"));
            return nullptr;
        }
        return node->as_table();
    }

private:
    // "${NAME}" takes an environment variable; an unset one is an error naming it.
    QString expand(const toml::node *node, const QString &key, QString value)
    {
        static const QRegularExpression var(QStringLiteral(R"(\$\{([A-Za-z_][A-Za-z0-9_]*)\})"));
        QRegularExpressionMatch match;
        while ((match = var.match(value)).hasMatch()) {
            const QString name = match.captured(1);
            if (!qEnvironmentVariableIsSet(name.toUtf8().constData())) {
                report(node, key, tr("environment variable %1 is not set (set it or write the value)").arg(name));
                return {};
            }
            value.replace(match.capturedStart(), match.capturedLength(), qEnvironmentVariable(name.toUtf8().constData()));
        }
        return value;
    }

    static QString suggestion(const QString &key, const QStringList &allowed)
    {
        // A cheap edit distance is enough to catch typos such as "compresion".
        auto distance = [](const QString &a, const QString &b) {
            QVector<int> prev(b.size() + 1), cur(b.size() + 1);
            for (int j = 0; j <= b.size(); ++j)
                prev[j] = j;
            for (int i = 1; i <= a.size(); ++i) {
                cur[0] = i;
                for (int j = 1; j <= b.size(); ++j)
                    cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
                std::swap(prev, cur);
            }
            return prev[b.size()];
        };
        QString best;
        int bestDistance = 3;
        for (const QString &candidate : allowed) {
            const int d = distance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    QString m_file;
    QDir m_baseDir;
    std::optional<Error> m_error;
};

// A schedule key must be a cron expression that runs; the reason goes into the line-numbered error.
void checkSchedule(Reader &r, const toml::table &t, const QString &prefix, const char *key, const QString &value)
{
    if (value.isEmpty() || r.failed())
        return;
    auto cron = CronExpression::parse(value);
    if (!cron)
        r.report(t.get(key), prefix + QLatin1String(key), cron.error().message);
}

void readRetention(Reader &r, const toml::table &job, const QString &prefix, RetentionPolicy &policy)
{
    const toml::table *t = r.table(job, prefix, "retention");
    if (!t)
        return;
    const QString p = prefix + QStringLiteral("retention.");
    r.checkKeys(*t, p, {QStringLiteral("last"), QStringLiteral("hourly"), QStringLiteral("daily"),
                        QStringLiteral("weekly"), QStringLiteral("monthly"), QStringLiteral("yearly"),
                        QStringLiteral("within")});
    // A retention table replaces the default policy as a whole: absent rules are 0.
    policy.last = r.integer(*t, p, "last", 0, 0, 1000000);
    policy.hourly = r.integer(*t, p, "hourly", 0, 0, 1000000);
    policy.daily = r.integer(*t, p, "daily", 0, 0, 1000000);
    policy.weekly = r.integer(*t, p, "weekly", 0, 0, 1000000);
    policy.monthly = r.integer(*t, p, "monthly", 0, 0, 1000000);
    policy.yearly = r.integer(*t, p, "yearly", 0, 0, 1000000);
    policy.within = r.string(*t, p, "within");
    static const QRegularExpression within(QStringLiteral(R"(^(\d+[hdwmy])?$)"));
    if (!within.match(policy.within).hasMatch())
        r.report(t->get("within"), p + QStringLiteral("within"), QCoreApplication::translate("ConfigLoader", "expected a duration such as \"30d\" (units h, d, w, m, y)"));
}

void readJob(Reader &r, const QString &name, const toml::table &t, const Config &config, JobConfig &job)
{
    const QString p = QStringLiteral("jobs.%1.").arg(name);
    r.checkKeys(t, p, {QStringLiteral("kind"), QStringLiteral("conninfo"), QStringLiteral("password_file"),
                       QStringLiteral("path"), QStringLiteral("profile"), QStringLiteral("format"),
                       QStringLiteral("parallel"), QStringLiteral("repository"), QStringLiteral("copy_to"),
                       QStringLiteral("schedule"), QStringLiteral("compression"), QStringLiteral("encryption"),
                       QStringLiteral("recipients"), QStringLiteral("secret_keys"),
                       QStringLiteral("passphrase_file"), QStringLiteral("password_source"), QStringLiteral("passphrase_source"), QStringLiteral("retention"), QStringLiteral("verify"),
                       QStringLiteral("globals"), QStringLiteral("missed"), QStringLiteral("backup_on_corruption"),
                       QStringLiteral("secret_store"), QStringLiteral("notify_webhooks"), QStringLiteral("notify_email"),
                       QStringLiteral("include"), QStringLiteral("exclude"), QStringLiteral("consistent"),
                       QStringLiteral("archive_helper")});
    job.name = name;
    job.kind = r.string(t, p, "kind");
    if (!r.failed() && !jobKinds.contains(job.kind))
        r.report(t.get("kind") ? t.get("kind") : &t, p + QStringLiteral("kind"),
                 QCoreApplication::translate("ConfigLoader", "must be one of %1").arg(jobKinds.join(QStringLiteral(", "))));
    job.conninfo = r.string(t, p, "conninfo");
    job.passwordFile = r.path(t, p, "password_file");
    job.path = r.path(t, p, "path");
    job.profile = r.string(t, p, "profile");
    job.format = r.string(t, p, "format", job.format);
    job.parallel = r.integer(t, p, "parallel", job.parallel, 1, 64);
    job.repository = r.string(t, p, "repository");
    job.copyTo = r.strings(t, p, "copy_to", false);
    job.schedule = r.string(t, p, "schedule");
    job.missed = r.string(t, p, "missed", job.missed);
    job.backupOnCorruption = r.boolean(t, p, "backup_on_corruption", job.backupOnCorruption);
    job.secretStore = r.string(t, p, "secret_store", job.secretStore);
    job.notifyWebhooks = r.strings(t, p, "notify_webhooks", false);
    job.notifyEmail = r.strings(t, p, "notify_email", false);
    job.encryption = r.string(t, p, "encryption", job.encryption);
    job.recipients = r.strings(t, p, "recipients", true);
    job.secretKeys = r.strings(t, p, "secret_keys", true);
    job.passphraseFile = r.path(t, p, "passphrase_file");
    r.secretSource(t, p, "password_source", "password_file", job.passwordFile, job.passwordSource);
    r.secretSource(t, p, "passphrase_source", "passphrase_file", job.passphraseFile, job.passphraseSource);
    job.verify = r.string(t, p, "verify", job.verify);
    job.globals = r.boolean(t, p, "globals", false);
    job.include = r.strings(t, p, "include", false);
    job.exclude = r.strings(t, p, "exclude", false);
    job.consistent = r.boolean(t, p, "consistent", false);
    job.archiveHelper = r.string(t, p, "archive_helper", job.archiveHelper);
    if (!r.failed() && !QStringList{QStringLiteral("stream"), QStringLiteral("watch"), QStringLiteral("off")}.contains(job.archiveHelper))
        r.report(t.get("archive_helper"), p + QStringLiteral("archive_helper"), QCoreApplication::translate("ConfigLoader", "must be stream, watch or off"));
    readRetention(r, t, p, job.retention);
    if (r.failed())
        return;

    if (const toml::node *c = t.get("compression")) {
        auto spec = ConfigLoader::parseCompression(r.string(t, p, "compression"));
        if (!spec)
            r.report(c, p + QStringLiteral("compression"), spec.error().message);
        else
            job.compression = *spec;
    }
    checkSchedule(r, t, p, "schedule", job.schedule);
    if (job.secretStore != QLatin1String("file") && job.secretStore != QLatin1String("keychain"))
        r.report(t.get("secret_store"), p + QStringLiteral("secret_store"), QCoreApplication::translate("ConfigLoader", "must be file or keychain"));
    if (job.missed != QLatin1String("once") && job.missed != QLatin1String("skip"))
        r.report(t.get("missed"), p + QStringLiteral("missed"), QCoreApplication::translate("ConfigLoader", "must be once or skip"));
    if (!QStringList{QStringLiteral("custom"), QStringLiteral("directory"), QStringLiteral("plain")}.contains(job.format))
        r.report(t.get("format"), p + QStringLiteral("format"), QCoreApplication::translate("ConfigLoader", "must be custom, directory or plain"));
    if (!QStringList{QStringLiteral("none"), QStringLiteral("checksum"), QStringLiteral("decode"),
                     QStringLiteral("format"), QStringLiteral("restore")}.contains(job.verify))
        r.report(t.get("verify"), p + QStringLiteral("verify"), QCoreApplication::translate("ConfigLoader", "must be none, checksum, decode, format or restore"));
    if (job.encryption != QLatin1String("none") && job.encryption != QLatin1String("openpgp"))
        r.report(t.get("encryption"), p + QStringLiteral("encryption"), QCoreApplication::translate("ConfigLoader", "must be none or openpgp"));
    if (job.encryption == QLatin1String("openpgp") && job.recipients.isEmpty() && job.passphraseFile.isEmpty()
        && job.passphraseSource.isEmpty() && job.secretStore != QLatin1String("keychain"))
        r.report(t.get("encryption"), p + QStringLiteral("encryption"),
                 QCoreApplication::translate("ConfigLoader", "openpgp needs recipients (public key files) or passphrase_file"));
    if (job.repository.isEmpty())
        r.report(&t, p + QStringLiteral("repository"), QCoreApplication::translate("ConfigLoader", "missing (name one of the [repositories.*] tables)"));
    else if (!config.repositories.contains(job.repository))
        r.report(t.get("repository"), p + QStringLiteral("repository"),
                 QCoreApplication::translate("ConfigLoader", "no repository named \"%1\" (define [repositories.%1])").arg(job.repository));
    for (const QString &copy : std::as_const(job.copyTo))
        if (!config.repositories.contains(copy))
            r.report(t.get("copy_to"), p + QStringLiteral("copy_to"),
                     QCoreApplication::translate("ConfigLoader", "no repository named \"%1\" (define [repositories.%1])").arg(copy));
    if ((job.kind == QLatin1String("sqlite") || job.kind == QLatin1String("files")) && job.path.isEmpty())
        r.report(&t, p + QStringLiteral("path"), QCoreApplication::translate("ConfigLoader", "missing (a %1 job needs the path to back up)").arg(job.kind));
    if (job.kind != QLatin1String("files"))
        for (const char *key : {"include", "exclude", "consistent"})
            if (t.get(key))
                r.report(t.get(key), p + QLatin1String(key), QCoreApplication::translate("ConfigLoader", "applies to files jobs only (this job is %1)").arg(job.kind));
    if (job.kind == QLatin1String("app-export")) {
        if (job.path.isEmpty() == job.conninfo.isEmpty())
            r.report(&t, p + QStringLiteral("path"), QCoreApplication::translate("ConfigLoader", "an app-export job needs either path (the application's SQLite file) or conninfo (its PostgreSQL database)"));
        if (job.profile.isEmpty())
            r.report(&t, p + QStringLiteral("profile"), QCoreApplication::translate("ConfigLoader", "missing (the entity profile, e.g. \"mcpgateway\")"));
    }
    if (job.kind.startsWith(QLatin1String("postgresql")) && job.conninfo.isEmpty())
        r.report(&t, p + QStringLiteral("conninfo"), QCoreApplication::translate("ConfigLoader", "missing (e.g. \"host=db1 dbname=app user=backup\")"));
}

void readRepository(Reader &r, const QString &name, const toml::table &t, RepositoryConfig &repo)
{
    const QString p = QStringLiteral("repositories.%1.").arg(name);
    r.checkKeys(t, p, {QStringLiteral("type"), QStringLiteral("path"), QStringLiteral("endpoint"),
                       QStringLiteral("region"), QStringLiteral("bucket"), QStringLiteral("prefix"),
                       QStringLiteral("access_key_env"), QStringLiteral("secret_key_env"), QStringLiteral("credentials_file"),
                       QStringLiteral("url_style"), QStringLiteral("storage_class"), QStringLiteral("sse"), QStringLiteral("part_size_mb"),
                       QStringLiteral("scan")});
    repo.name = name;
    repo.type = r.string(t, p, "type", QStringLiteral("local"));
    repo.path = r.path(t, p, "path");
    repo.endpoint = r.string(t, p, "endpoint");
    repo.region = r.string(t, p, "region", QStringLiteral("us-east-1"));
    repo.bucket = r.string(t, p, "bucket");
    repo.prefix = r.string(t, p, "prefix");
    repo.accessKeyEnv = r.string(t, p, "access_key_env", QStringLiteral("AWS_ACCESS_KEY_ID"));
    repo.secretKeyEnv = r.string(t, p, "secret_key_env", QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    repo.credentialsFile = r.path(t, p, "credentials_file");
    repo.urlStyle = r.string(t, p, "url_style", QStringLiteral("auto"));
    repo.storageClass = r.string(t, p, "storage_class");
    repo.sse = r.string(t, p, "sse");
    repo.partSizeMb = r.integer(t, p, "part_size_mb", 16, 5, 5120); // S3's limits: 5 MiB to 5 GiB
    repo.scan = r.string(t, p, "scan");
    if (r.failed())
        return;
    if (repo.urlStyle != QLatin1String("auto") && repo.urlStyle != QLatin1String("path") && repo.urlStyle != QLatin1String("virtual"))
        r.report(t.get("url_style"), p + QStringLiteral("url_style"), QCoreApplication::translate("ConfigLoader", "must be auto, path or virtual"));
    checkSchedule(r, t, p, "scan", repo.scan);
    if (repo.type != QLatin1String("local") && repo.type != QLatin1String("s3"))
        r.report(t.get("type"), p + QStringLiteral("type"), QCoreApplication::translate("ConfigLoader", "must be local or s3"));
    else if (repo.type == QLatin1String("local") && repo.path.isEmpty())
        r.report(&t, p + QStringLiteral("path"), QCoreApplication::translate("ConfigLoader", "missing (the folder that holds the backups)"));
    else if (repo.type == QLatin1String("s3") && (repo.endpoint.isEmpty() || repo.bucket.isEmpty()))
        r.report(&t, p + QStringLiteral("endpoint"), QCoreApplication::translate("ConfigLoader", "an s3 repository needs endpoint and bucket"));
}

Result<Config> readDocument(const toml::table &doc, const QString &file, const QDir &baseDir)
{
    Reader r(file, baseDir);
    Config config;
    config.filePath = file;
    r.checkKeys(doc, {}, {QStringLiteral("timezone"), QStringLiteral("catalog"), QStringLiteral("repositories"),
                          QStringLiteral("jobs"), QStringLiteral("drills"), QStringLiteral("notifications")});
    if (const toml::table *notify = r.table(doc, {}, "notifications")) {
        const QString p = QStringLiteral("notifications.");
        r.checkKeys(*notify, p, {QStringLiteral("webhooks"), QStringLiteral("format"), QStringLiteral("email"), QStringLiteral("sendmail"),
                                 QStringLiteral("events"), QStringLiteral("low_space_percent")});
        config.notify.webhooks = r.strings(*notify, p, "webhooks", false);
        config.notify.format = r.string(*notify, p, "format", config.notify.format);
        if (!QStringList{QStringLiteral("json"), QStringLiteral("slack"), QStringLiteral("alertmanager")}.contains(config.notify.format))
            r.report(notify->get("format"), p + QStringLiteral("format"), QCoreApplication::translate("ConfigLoader", "must be json, slack or alertmanager"));
        config.notify.email = r.strings(*notify, p, "email", false);
        config.notify.sendmail = r.string(*notify, p, "sendmail", config.notify.sendmail);
        if (notify->get("events")) {
            config.notify.events = r.strings(*notify, p, "events", false);
            for (const QString &e : std::as_const(config.notify.events))
                if (!QStringList{QStringLiteral("failure"), QStringLiteral("corruption"), QStringLiteral("missed"), QStringLiteral("low_space")}.contains(e))
                    r.report(notify->get("events"), p + QStringLiteral("events"),
                             QCoreApplication::translate("ConfigLoader", "\"%1\" is no event (use failure, corruption, missed, low_space)").arg(e));
        }
        config.notify.lowSpacePercent = r.integer(*notify, p, "low_space_percent", config.notify.lowSpacePercent, 1, 99);
    }
    config.timezone = r.string(doc, {}, "timezone");
    if (!config.timezone.isEmpty() && !QTimeZone(config.timezone.toUtf8()).isValid())
        r.report(doc.get("timezone"), QStringLiteral("timezone"), QCoreApplication::translate("ConfigLoader", "unknown time zone \"%1\" (use an IANA name such as \"Europe/Berlin\" or \"UTC\")").arg(config.timezone));

    if (const toml::table *catalog = r.table(doc, {}, "catalog")) {
        r.checkKeys(*catalog, QStringLiteral("catalog."), {QStringLiteral("url")});
        config.catalogUrl = r.string(*catalog, QStringLiteral("catalog."), "url");
        const QString sqlite = QStringLiteral("sqlite://");
        if (config.catalogUrl.startsWith(sqlite)) {
            const QString path = config.catalogUrl.mid(sqlite.size());
            config.catalogUrl = sqlite + QDir::cleanPath(baseDir.absoluteFilePath(path));
        } else if (!config.catalogUrl.isEmpty() && !config.catalogUrl.startsWith(QLatin1String("postgresql://"))) {
            r.report(catalog->get("url"), QStringLiteral("catalog.url"),
                     QCoreApplication::translate("ConfigLoader", "must start with sqlite:// or postgresql://"));
        }
    }
    if (config.catalogUrl.isEmpty()) {
        const QString dataHome = qEnvironmentVariableIsSet("XDG_DATA_HOME")
                                     ? qEnvironmentVariable("XDG_DATA_HOME")
                                     : QDir::homePath() + QStringLiteral("/.local/share");
        config.catalogUrl = QStringLiteral("sqlite://") + dataHome + QStringLiteral("/lifeboat/catalog.db");
    }

    if (const toml::table *repos = r.table(doc, {}, "repositories")) {
        for (auto &&[k, v] : *repos) {
            const QString name = QString::fromStdString(std::string(k.str()));
            if (!v.is_table()) {
                r.report(&v, QStringLiteral("repositories.") + name, QCoreApplication::translate("ConfigLoader", "expected a table"));
                break;
            }
            readRepository(r, name, *v.as_table(), config.repositories[name]);
        }
    }
    if (const toml::table *jobs = r.table(doc, {}, "jobs")) {
        for (auto &&[k, v] : *jobs) {
            const QString name = QString::fromStdString(std::string(k.str()));
            static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
            if (!validName.match(name).hasMatch())
                r.report(&v, QStringLiteral("jobs.") + name, QCoreApplication::translate("ConfigLoader", "job names use letters, digits, '.', '_' and '-' only"));
            if (!v.is_table()) {
                r.report(&v, QStringLiteral("jobs.") + name, QCoreApplication::translate("ConfigLoader", "expected a table"));
                break;
            }
            readJob(r, name, *v.as_table(), config, config.jobs[name]);
        }
    }
    if (const toml::table *drills = r.table(doc, {}, "drills")) {
        for (auto &&[k, v] : *drills) {
            const QString name = QString::fromStdString(std::string(k.str()));
            if (!v.is_table()) {
                r.report(&v, QStringLiteral("drills.") + name, QCoreApplication::translate("ConfigLoader", "expected a table"));
                break;
            }
            const QString p = QStringLiteral("drills.%1.").arg(name);
            r.checkKeys(*v.as_table(), p, {QStringLiteral("plan"), QStringLiteral("schedule")});
            DrillConfig &drill = config.drills[name];
            drill.name = name;
            drill.plan = r.path(*v.as_table(), p, "plan");
            drill.schedule = r.string(*v.as_table(), p, "schedule");
            checkSchedule(r, *v.as_table(), p, "schedule", drill.schedule);
        }
    }
    if (r.failed())
        return fail(r.error());
    return config;
}

} // namespace

Result<Config> ConfigLoader::loadString(const QString &text, const QString &pathForMessages)
{
    const QByteArray utf8 = text.toUtf8();
    toml::table doc;
    try {
        doc = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())), pathForMessages.toStdString());
    } catch (const toml::parse_error &e) {
        return fail(ErrorCode::InvalidConfig,
                    tr("%1:%2: %3 (fix the TOML syntax)")
                        .arg(pathForMessages)
                        .arg(e.source().begin.line)
                        .arg(QString::fromStdString(std::string(e.description()))));
    }
    return readDocument(doc, pathForMessages, QFileInfo(pathForMessages).absoluteDir());
}

Result<Config> ConfigLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::InvalidConfig,
                    tr("config file %1 does not exist (pass --config FILE or set LIFEBOAT_CONFIG)").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidConfig, tr("cannot read config file %1: %2 (check its permissions)").arg(path, file.errorString()));
    return loadString(QString::fromUtf8(file.readAll()), QFileInfo(path).absoluteFilePath());
}

QString ConfigLoader::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    if (qEnvironmentVariableIsSet("LIFEBOAT_CONFIG"))
        return qEnvironmentVariable("LIFEBOAT_CONFIG");
    const QString configHome = qEnvironmentVariableIsSet("XDG_CONFIG_HOME")
                                   ? qEnvironmentVariable("XDG_CONFIG_HOME")
                                   : QDir::homePath() + QStringLiteral("/.config");
    const QString user = configHome + QStringLiteral("/lifeboat/lifeboat.toml");
    if (QFileInfo::exists(user))
        return user;
    return QStringLiteral("/etc/lifeboat/lifeboat.toml");
}

Result<CompressionSpec> ConfigLoader::parseCompression(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(zstd|gzip|none)(?::(-?\d+))?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return fail(ErrorCode::InvalidConfig, tr("expected zstd[:level], gzip[:level] or none"));
    CompressionSpec spec;
    const QString algo = m.captured(1);
    if (algo == QLatin1String("none")) {
        if (!m.captured(2).isEmpty())
            return fail(ErrorCode::InvalidConfig, tr("\"none\" takes no level"));
        spec.algorithm = CompressionSpec::Algorithm::None;
        spec.level = 0;
        return spec;
    }
    if (algo == QLatin1String("zstd")) {
        spec.algorithm = CompressionSpec::Algorithm::Zstd;
        spec.level = m.captured(2).isEmpty() ? 3 : m.captured(2).toInt();
        if (spec.level < 1 || spec.level > 19)
            return fail(ErrorCode::InvalidConfig, tr("zstd level must be 1 to 19"));
    } else {
        spec.algorithm = CompressionSpec::Algorithm::Gzip;
        spec.level = m.captured(2).isEmpty() ? 6 : m.captured(2).toInt();
        if (spec.level < 1 || spec.level > 9)
            return fail(ErrorCode::InvalidConfig, tr("gzip level must be 1 to 9"));
    }
    return spec;
}

} // namespace lifeboat
