#include "JobForm.h"

#include "config/ConfigEditor.h"
#include "config/ConfigLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lifeboat {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QComboBox *combo(QWidget *parent, const QStringList &items, const char *name)
{
    auto *box = new QComboBox(parent);
    box->addItems(items);
    box->setObjectName(QLatin1String(name));
    return box;
}

QString retentionToml(const RetentionPolicy &p)
{
    QStringList rules;
    const std::pair<const char *, int> counts[] = {{"last", p.last},     {"hourly", p.hourly},   {"daily", p.daily},
                                                   {"weekly", p.weekly}, {"monthly", p.monthly}, {"yearly", p.yearly}};
    for (const auto &[key, value] : counts)
        if (value > 0)
            rules.append(QStringLiteral("%1 = %2").arg(QLatin1String(key)).arg(value));
    if (!p.within.isEmpty())
        rules.append(QStringLiteral("within = %1").arg(ConfigEditor::quote(p.within)));
    return rules.isEmpty() ? QStringLiteral("{}") : QStringLiteral("{ %1 }").arg(rules.join(QStringLiteral(", ")));
}

} // namespace

JobForm::JobForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_kind(combo(this, {QStringLiteral("sqlite"), QStringLiteral("postgresql"), QStringLiteral("postgresql-cluster"), QStringLiteral("files")}, "jobKind"))
    , m_path(new QLineEdit(this))
    , m_conninfo(new QLineEdit(this))
    , m_passwordFile(new QLineEdit(this))
    , m_format(combo(this, {QStringLiteral("custom"), QStringLiteral("directory"), QStringLiteral("plain")}, "jobFormat"))
    , m_globals(new QCheckBox(tr("Also store roles and tablespaces"), this))
    , m_include(new QLineEdit(this))
    , m_exclude(new QLineEdit(this))
    , m_consistent(new QCheckBox(tr("Fail the backup when a file changes while it is read"), this))
    , m_parallel(new QSpinBox(this))
    , m_repository(combo(this, {}, "jobRepository"))
    , m_copyTo(new QLineEdit(this))
    , m_schedule(new QLineEdit(this))
    , m_nextRuns(new QLabel(this))
    , m_missed(combo(this, {QStringLiteral("once"), QStringLiteral("skip")}, "jobMissed"))
    , m_compression(new QLineEdit(this))
    , m_encryption(combo(this, {QStringLiteral("none"), QStringLiteral("openpgp")}, "jobEncryption"))
    , m_recipients(new QLineEdit(this))
    , m_secretKeys(new QLineEdit(this))
    , m_passphraseFile(new QLineEdit(this))
    , m_verify(combo(this, {QStringLiteral("none"), QStringLiteral("checksum"), QStringLiteral("decode"), QStringLiteral("format"), QStringLiteral("restore")}, "jobVerify"))
    , m_last(new QSpinBox(this))
    , m_hourly(new QSpinBox(this))
    , m_daily(new QSpinBox(this))
    , m_weekly(new QSpinBox(this))
    , m_monthly(new QSpinBox(this))
    , m_yearly(new QSpinBox(this))
    , m_within(new QLineEdit(this))
    , m_backupOnCorruption(new QCheckBox(tr("Back up again at once when a scan finds a damaged backup"), this))
{
    m_name->setObjectName(QStringLiteral("jobName"));
    m_path->setObjectName(QStringLiteral("jobPath"));
    m_conninfo->setObjectName(QStringLiteral("jobConninfo"));
    m_schedule->setObjectName(QStringLiteral("jobSchedule"));
    m_nextRuns->setObjectName(QStringLiteral("jobNextRuns"));
    m_compression->setObjectName(QStringLiteral("jobCompression"));
    m_daily->setObjectName(QStringLiteral("jobDaily"));
    m_nextRuns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parallel->setRange(1, 64);
    for (QSpinBox *s : {m_last, m_hourly, m_daily, m_weekly, m_monthly, m_yearly}) {
        // Narrow enough that the six rules fit one row beside the job list without a scroll bar.
        s->setRange(0, 9999);
        s->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
    }
    m_path->setPlaceholderText(tr("/srv/app/app.db (SQLite database file)"));
    m_include->setObjectName(QStringLiteral("jobInclude"));
    m_exclude->setObjectName(QStringLiteral("jobExclude"));
    m_include->setPlaceholderText(tr("empty: everything; or patterns such as config/*.yml, comma-separated"));
    m_exclude->setPlaceholderText(tr("e.g. *.tmp, cache/, /logs/old-*"));
    m_consistent->setToolTip(tr("For folders holding a live database: stop the application or back up a snapshot instead (see docs/files.md)"));
    m_conninfo->setPlaceholderText(tr("host=db1 port=5432 dbname=app user=backup"));
    m_passwordFile->setPlaceholderText(tr("optional: a file holding the PostgreSQL password"));
    m_copyTo->setPlaceholderText(tr("more repositories, comma-separated"));
    m_schedule->setPlaceholderText(tr("0 2 * * *  or  @daily  (empty: by hand only)"));
    m_compression->setPlaceholderText(QStringLiteral("zstd:3"));
    m_recipients->setPlaceholderText(tr("public key files (.asc), comma-separated"));
    m_secretKeys->setPlaceholderText(tr("secret key files, only where backups are verified or restored"));
    m_passphraseFile->setPlaceholderText(tr("password mode when there are no recipients"));
    m_within->setPlaceholderText(tr("e.g. 30d"));

    auto *source = new QGroupBox(tr("Source"), this);
    auto *sourceForm = new QFormLayout(source);
    sourceForm->addRow(tr("&Name:"), m_name);
    sourceForm->addRow(tr("&Kind:"), m_kind);
    sourceForm->addRow(tr("Database &file:"), m_path);
    sourceForm->addRow(tr("&Include:"), m_include);
    sourceForm->addRow(tr("E&xclude:"), m_exclude);
    sourceForm->addRow(QString(), m_consistent);
    sourceForm->addRow(tr("&Connection:"), m_conninfo);
    sourceForm->addRow(tr("Password file:"), m_passwordFile);
    sourceForm->addRow(tr("Dump &format:"), m_format);
    sourceForm->addRow(QString(), m_globals);
    sourceForm->addRow(tr("Parallel workers:"), m_parallel);

    auto *storage = new QGroupBox(tr("Storage and protection"), this);
    auto *storageForm = new QFormLayout(storage);
    storageForm->addRow(tr("&Repository:"), m_repository);
    storageForm->addRow(tr("Copy to:"), m_copyTo);
    storageForm->addRow(tr("Compression:"), m_compression);
    storageForm->addRow(tr("&Encryption:"), m_encryption);
    storageForm->addRow(tr("Recipients:"), m_recipients);
    storageForm->addRow(tr("Secret keys:"), m_secretKeys);
    storageForm->addRow(tr("Passphrase file:"), m_passphraseFile);
    storageForm->addRow(tr("&Verify after backup:"), m_verify);

    auto *when = new QGroupBox(tr("Schedule and retention"), this);
    auto *whenForm = new QFormLayout(when);
    whenForm->addRow(tr("&Schedule:"), m_schedule);
    whenForm->addRow(QString(), m_nextRuns);
    whenForm->addRow(tr("Missed runs:"), m_missed);
    // Two rows of three: one row of six is wider than the form beside the job list (German labels).
    auto *counts = new QGridLayout;
    const std::pair<QString, QSpinBox *> rules[] = {{tr("last"), m_last},     {tr("hourly"), m_hourly},   {tr("daily"), m_daily},
                                                    {tr("weekly"), m_weekly}, {tr("monthly"), m_monthly}, {tr("yearly"), m_yearly}};
    int index = 0;
    for (const auto &[label, spin] : rules) {
        counts->addWidget(new QLabel(label, when), index / 3, (index % 3) * 2);
        counts->addWidget(spin, index / 3, (index % 3) * 2 + 1);
        ++index;
    }
    counts->setColumnStretch(6, 1);
    whenForm->addRow(tr("Keep:"), counts);
    whenForm->addRow(tr("Keep all within:"), m_within);
    whenForm->addRow(QString(), m_backupOnCorruption);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(source);
    layout->addWidget(storage);
    layout->addWidget(when);
    layout->addStretch(1);

    auto notify = [this] {
        if (!m_loading)
            emit changed();
    };
    for (QLineEdit *e : {m_name, m_path, m_conninfo, m_passwordFile, m_copyTo, m_schedule, m_compression, m_recipients, m_secretKeys,
                         m_passphraseFile, m_within, m_include, m_exclude})
        connect(e, &QLineEdit::textChanged, this, notify);
    for (QComboBox *c : {m_kind, m_format, m_repository, m_missed, m_encryption, m_verify})
        connect(c, &QComboBox::currentIndexChanged, this, notify);
    for (QSpinBox *s : {m_parallel, m_last, m_hourly, m_daily, m_weekly, m_monthly, m_yearly})
        connect(s, &QSpinBox::valueChanged, this, notify);
    for (QCheckBox *c : {m_globals, m_backupOnCorruption, m_consistent})
        connect(c, &QCheckBox::toggled, this, notify);
    // Only the fields of the chosen kind are offered.
    auto byKind = [this, sourceForm] {
        const bool pg = m_kind->currentText().startsWith(QLatin1String("postgresql"));
        const bool logical = m_kind->currentText() == QLatin1String("postgresql");
        sourceForm->setRowVisible(m_path, !pg);
        sourceForm->setRowVisible(m_conninfo, pg);
        sourceForm->setRowVisible(m_passwordFile, pg);
        sourceForm->setRowVisible(m_format, logical);
        sourceForm->setRowVisible(m_globals, logical);
        const bool files = m_kind->currentText() == QLatin1String("files");
        for (QWidget *w : {static_cast<QWidget *>(m_include), static_cast<QWidget *>(m_exclude), static_cast<QWidget *>(m_consistent)})
            sourceForm->setRowVisible(w, files);
        if (auto *label = qobject_cast<QLabel *>(sourceForm->labelForField(m_path)))
            label->setText(files ? tr("&Folder:") : tr("Database &file:"));
        m_path->setPlaceholderText(files ? tr("/var/lib/docker/volumes/NAME/_data (a folder)") : tr("/srv/app/app.db (SQLite database file)"));
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, byKind);
    byKind();
}

QString JobForm::name() const
{
    return m_name->text().trimmed();
}

void JobForm::setJob(const JobConfig &job, const QStringList &repositories, bool isNew)
{
    m_loading = true;
    m_name->setText(job.name);
    m_name->setReadOnly(!isNew);
    const QString kind = job.kind.isEmpty() ? QStringLiteral("sqlite") : job.kind;
    if (m_kind->findText(kind) < 0)
        m_kind->addItem(kind); // a kind this form has no fields for (app-export): kept as it is, not turned into another
    m_kind->setCurrentText(kind);
    m_include->setText(job.include.join(QStringLiteral(", ")));
    m_exclude->setText(job.exclude.join(QStringLiteral(", ")));
    m_consistent->setChecked(job.consistent);
    m_path->setText(job.path);
    m_conninfo->setText(job.conninfo);
    m_passwordFile->setText(job.passwordFile);
    m_format->setCurrentText(job.format);
    m_globals->setChecked(job.globals);
    m_parallel->setValue(job.parallel);
    m_repository->clear();
    m_repository->addItems(repositories);
    m_repository->setCurrentText(job.repository);
    m_copyTo->setText(job.copyTo.join(QStringLiteral(", ")));
    m_schedule->setText(job.schedule);
    m_missed->setCurrentText(job.missed);
    m_compression->setText(job.compression.toString());
    m_encryption->setCurrentText(job.encryption);
    m_recipients->setText(job.recipients.join(QStringLiteral(", ")));
    m_secretKeys->setText(job.secretKeys.join(QStringLiteral(", ")));
    m_passphraseFile->setText(job.passphraseFile);
    m_verify->setCurrentText(job.verify);
    m_last->setValue(job.retention.last);
    m_hourly->setValue(job.retention.hourly);
    m_daily->setValue(job.retention.daily);
    m_weekly->setValue(job.retention.weekly);
    m_monthly->setValue(job.retention.monthly);
    m_yearly->setValue(job.retention.yearly);
    m_within->setText(job.retention.within);
    m_backupOnCorruption->setChecked(job.backupOnCorruption);
    m_loading = false;
}

JobConfig JobForm::job() const
{
    JobConfig j;
    j.name = name();
    j.kind = m_kind->currentText();
    j.path = m_path->text().trimmed();
    j.conninfo = m_conninfo->text().trimmed();
    j.passwordFile = m_passwordFile->text().trimmed();
    if (j.kind.startsWith(QLatin1String("postgresql")))
        j.path.clear();
    else
        j.conninfo.clear(), j.passwordFile.clear();
    j.format = m_format->currentText();
    j.globals = m_globals->isChecked();
    if (j.kind == QLatin1String("files")) {
        j.include = splitList(m_include->text());
        j.exclude = splitList(m_exclude->text());
        j.consistent = m_consistent->isChecked();
    }
    j.parallel = m_parallel->value();
    j.repository = m_repository->currentText();
    j.copyTo = splitList(m_copyTo->text());
    j.schedule = m_schedule->text().trimmed();
    j.missed = m_missed->currentText();
    // A spec that does not parse keeps the default here; compressionText() carries what was typed.
    auto spec = ConfigLoader::parseCompression(m_compression->text().trimmed());
    if (spec)
        j.compression = *spec;
    j.encryption = m_encryption->currentText();
    j.recipients = splitList(m_recipients->text());
    j.secretKeys = splitList(m_secretKeys->text());
    j.passphraseFile = m_passphraseFile->text().trimmed();
    j.verify = m_verify->currentText();
    j.retention.last = m_last->value();
    j.retention.hourly = m_hourly->value();
    j.retention.daily = m_daily->value();
    j.retention.weekly = m_weekly->value();
    j.retention.monthly = m_monthly->value();
    j.retention.yearly = m_yearly->value();
    j.retention.within = m_within->text().trimmed();
    j.backupOnCorruption = m_backupOnCorruption->isChecked();
    return j;
}

QString JobForm::compressionText() const
{
    return m_compression->text().trimmed();
}

QMap<QString, QString> JobForm::toml(const JobConfig &j, const QString &compression)
{
    auto text = [](const QString &v) { return v.isEmpty() ? QString() : ConfigEditor::quote(v); };
    auto list = [](const QStringList &v) { return v.isEmpty() ? QString() : ConfigEditor::quoteList(v); };
    QMap<QString, QString> out;
    out.insert(QStringLiteral("kind"), text(j.kind));
    out.insert(QStringLiteral("path"), text(j.path));
    out.insert(QStringLiteral("conninfo"), text(j.conninfo));
    out.insert(QStringLiteral("password_file"), text(j.passwordFile));
    out.insert(QStringLiteral("format"), j.kind == QLatin1String("postgresql") ? text(j.format) : QString());
    out.insert(QStringLiteral("globals"), j.globals ? QStringLiteral("true") : QString());
    out.insert(QStringLiteral("include"), list(j.include));
    out.insert(QStringLiteral("exclude"), list(j.exclude));
    out.insert(QStringLiteral("consistent"), j.consistent ? QStringLiteral("true") : QString());
    out.insert(QStringLiteral("parallel"), QString::number(j.parallel));
    out.insert(QStringLiteral("repository"), text(j.repository));
    out.insert(QStringLiteral("copy_to"), list(j.copyTo));
    out.insert(QStringLiteral("schedule"), text(j.schedule));
    out.insert(QStringLiteral("missed"), text(j.missed));
    out.insert(QStringLiteral("compression"), text(compression.isEmpty() ? j.compression.toString() : compression));
    out.insert(QStringLiteral("encryption"), text(j.encryption));
    out.insert(QStringLiteral("recipients"), list(j.recipients));
    out.insert(QStringLiteral("secret_keys"), list(j.secretKeys));
    out.insert(QStringLiteral("passphrase_file"), text(j.passphraseFile));
    out.insert(QStringLiteral("verify"), text(j.verify));
    out.insert(QStringLiteral("retention"), retentionToml(j.retention));
    out.insert(QStringLiteral("backup_on_corruption"), j.backupOnCorruption ? QStringLiteral("true") : QStringLiteral("false"));
    return out;
}

void JobForm::showNextRuns(const QString &text)
{
    m_nextRuns->setText(text);
}

} // namespace lifeboat
