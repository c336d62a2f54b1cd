// The wizard's middle pages: where the restore goes and what it restores.
#include "RestoreWizardPages.h"
#include "common/Clock.h"
#include "widgets/Dialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QVBoxLayout>

namespace lifeboat {

namespace {
enum Mode { NewTarget, ReplaceTarget };
enum Scope { Whole, SchemaOnly, ChosenTables, DataOnly };

// A port nobody listens on now, for the scratch server.
int freePort()
{
    for (int port = 5433; port < 5533; ++port) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port)))
            return port;
    }
    return 5433;
}
} // namespace

RecoveryTargetPage::RecoveryTargetPage(RestoreWizard *wizard)
    : WizardPage(wizard)
    , m_folder(new QLineEdit(this))
    , m_start(new QCheckBox(tr("&Start a scratch PostgreSQL server on the recovered folder, on port"), this))
    , m_port(new QSpinBox(this))
    , m_action(new QComboBox(this))
    , m_keepArchiving(new QCheckBox(tr("Keep archiving on in the copy (only for a copy that replaces production)"), this))
{
    setTitle(tr("Where should the recovered cluster go?"));
    setSubTitle(tr("Recovery never touches the running server: the base backup is laid down into an empty folder and the archived WAL replayed there."));
    m_folder->setObjectName(QStringLiteral("recoveryFolder"));
    m_start->setObjectName(QStringLiteral("recoveryStart"));
    m_port->setObjectName(QStringLiteral("recoveryPort"));
    m_port->setRange(1024, 65535);
    m_folder->setToolTip(tr("An empty or new folder: recovery never mixes with existing files"));
    m_action->addItem(tr("promote: open it for writes"), QStringLiteral("promote"));
    m_action->addItem(tr("pause: stay read-only to inspect"), QStringLiteral("pause"));
    m_action->addItem(tr("shutdown: stop at the target"), QStringLiteral("shutdown"));
    m_start->setChecked(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Into &folder:"), m_folder);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addWidget(m_port);
    startRow->addStretch(1);
    form->addRow(QString(), startRow);
    form->addRow(tr("At the target:"), m_action);
    form->addRow(QString(), m_keepArchiving);
    connect(m_folder, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_start, &QCheckBox::toggled, m_port, &QWidget::setEnabled);
}

void RecoveryTargetPage::initializePage()
{
    const auto meta = restoreWizard()->chosen();
    if (!meta || meta->job == m_initializedFor)
        return;
    m_initializedFor = meta->job;
    m_folder->setText(QDir(QDir::tempPath()).filePath(QStringLiteral("%1_recovered_%2")
                                                          .arg(meta->job, Clock::instance().now().toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")))));
    m_port->setValue(freePort());
}

bool RecoveryTargetPage::isComplete() const
{
    return !m_folder->text().trimmed().isEmpty();
}

void RecoveryTargetPage::fill(PitrParams &p) const
{
    p.pgdata = QFileInfo(m_folder->text().trimmed()).absoluteFilePath();
    p.start = m_start->isChecked();
    p.port = p.start ? m_port->value() : 0;
    p.action = m_action->currentData().toString();
    p.keepArchiving = m_keepArchiving->isChecked();
}

TargetPage::TargetPage(RestoreWizard *wizard)
    : WizardPage(wizard)
    , m_mode(new QButtonGroup(this))
    , m_target(new QLineEdit(this))
    , m_existing(new QLineEdit(this))
    , m_terminate(new QCheckBox(tr("End other sessions on it when replacing"), this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("Where should it go?"));
    m_target->setObjectName(QStringLiteral("restoreTarget"));
    m_existing->setObjectName(QStringLiteral("restoreExisting"));
    m_terminate->setObjectName(QStringLiteral("restoreTerminate"));
    m_hint->setWordWrap(true);
    auto *fresh = new QRadioButton(tr("A &new one — nothing existing changes (recommended)"), this);
    auto *replace = new QRadioButton(tr("&Replace an existing one — a safety backup of it is taken first, and you confirm by typing its name"), this);
    fresh->setObjectName(QStringLiteral("restoreModeNew"));
    replace->setObjectName(QStringLiteral("restoreModeReplace"));
    m_mode->addButton(fresh, NewTarget);
    m_mode->addButton(replace, ReplaceTarget);
    fresh->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fresh);
    auto *freshForm = new QFormLayout;
    freshForm->setContentsMargins(24, 0, 0, 0);
    freshForm->addRow(tr("Name:"), m_target);
    layout->addLayout(freshForm);
    layout->addWidget(replace);
    auto *replaceForm = new QFormLayout;
    replaceForm->setContentsMargins(24, 0, 0, 0);
    replaceForm->addRow(tr("Existing:"), m_existing);
    replaceForm->addRow(QString(), m_terminate);
    layout->addLayout(replaceForm);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    auto changed = [this] {
        const bool replacing = m_mode->checkedId() == ReplaceTarget;
        m_target->setEnabled(!replacing);
        m_existing->setEnabled(replacing);
        m_terminate->setEnabled(replacing && restoreWizard()->isPostgresLogical());
        m_hint->setText(replacing ? tr("The target is replaced only after the restored copy has been checked and a safety backup of it is stored; "
                                       "the swap is one rename.")
                                  : tr("The backup is restored into a new target, then its row counts are compared with the backup's."));
        emit completeChanged();
    };
    connect(m_mode, &QButtonGroup::idClicked, this, changed);
    connect(m_existing, &QLineEdit::textChanged, this, changed);
    changed();
}

void TargetPage::initializePage()
{
    const auto meta = restoreWizard()->chosen();
    if (!meta)
        return;
    const bool postgres = restoreWizard()->isPostgresLogical();
    const QJsonObject source = meta->source;
    const QString database = source.value(QStringLiteral("database")).toString();
    const bool files = meta->kind == QLatin1String("files");
    setSubTitle(postgres ? tr("Restore %1 into a database on the job's server (or type a conninfo for another server).").arg(meta->id)
                : files  ? tr("Restore %1 into a folder.").arg(meta->id)
                         : tr("Restore %1 into a SQLite file.").arg(meta->id));
    m_target->setPlaceholderText(postgres ? tr("empty: a new database %1_restored_YYYYMMDD_HHMMSS").arg(database)
                                 : files  ? tr("empty: a new folder FOLDER_restored_YYYYMMDD_HHMMSS beside the job's folder")
                                          : tr("empty: a new file beside the job's database"));
    if (m_existing->text().isEmpty())
        m_existing->setText(postgres ? database : restoreWizard()->config().jobs.value(meta->job).path);
    m_terminate->setVisible(postgres);
}

bool TargetPage::isComplete() const
{
    return m_mode->checkedId() == NewTarget || !m_existing->text().trimmed().isEmpty();
}

bool TargetPage::validatePage()
{
    if (m_mode->checkedId() != ReplaceTarget)
        return true;
    const QString name = m_existing->text().trimmed();
    const QString expected = restoreWizard()->isPostgresLogical() ? name : QFileInfo(name).fileName();
    return Dialogs::confirmTyped(this, tr("Replace %1?").arg(expected),
                                 tr("This replaces %1 with the backup (a safety backup of it is taken first). Type %2 to confirm:").arg(name, expected), expected);
}

void TargetPage::fill(RestoreParams &p) const
{
    if (m_mode->checkedId() == ReplaceTarget) {
        p.target = m_existing->text().trimmed();
        p.overwrite = true;
        p.terminateConnections = m_terminate->isEnabled() && m_terminate->isChecked();
    } else {
        p.target = m_target->text().trimmed();
    }
}

OptionsPage::OptionsPage(RestoreWizard *wizard)
    : WizardPage(wizard)
    , m_scope(new QButtonGroup(this))
    , m_tables(new QListWidget(this))
    , m_jobs(new QSpinBox(this))
    , m_globals(new QCheckBox(tr("First create the &roles and tablespaces stored with the backup"), this))
    , m_hint(new QLabel(this))
{
    setTitle(tr("What should be restored?"));
    m_tables->setObjectName(QStringLiteral("restoreTables"));
    m_jobs->setObjectName(QStringLiteral("restoreJobs"));
    m_globals->setObjectName(QStringLiteral("restoreGlobals"));
    m_hint->setWordWrap(true);
    m_jobs->setRange(1, 64);
    auto *box = new QGroupBox(tr("Scope"), this);
    auto *boxLayout = new QVBoxLayout(box);
    const QStringList labels{tr("&Everything"), tr("&Schema only (no rows)"), tr("Only the rows of the &chosen tables (every definition)"),
                             tr("Rows &into the existing target's empty tables, in one transaction")};
    for (int i = 0; i < labels.size(); ++i) {
        auto *radio = new QRadioButton(labels.at(i), box);
        radio->setObjectName(QStringLiteral("restoreScope%1").arg(i));
        m_scope->addButton(radio, i);
        boxLayout->addWidget(radio);
    }
    m_scope->button(Whole)->setChecked(true);
    boxLayout->addWidget(m_tables);
    auto *form = new QFormLayout;
    form->addRow(tr("Parallel &jobs:"), m_jobs);
    form->addRow(QString(), m_globals);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box, 1);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    connect(m_scope, &QButtonGroup::idClicked, this, &QWizardPage::completeChanged);
    connect(m_tables, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
    connect(this, &QWizardPage::completeChanged, this, [this] {
        const int scope = m_scope->checkedId();
        m_tables->setEnabled(scope == ChosenTables || scope == DataOnly);
        m_hint->setText(scope == DataOnly ? tr("The rows go into the database named on the previous page; it is refused, changing nothing, "
                                               "if a table is missing or holds rows. Tick none for every table.")
                        : scope == ChosenTables ? tr("Tick the tables whose rows you need.")
                                                : QString());
    });
}

void OptionsPage::initializePage()
{
    const auto meta = restoreWizard()->chosen();
    if (!meta || meta->id == m_initializedFor)
        return;
    m_initializedFor = meta->id;
    const QJsonObject source = meta->source;
    m_tables->clear();
    const QJsonObject tables = source.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        auto *item = new QListWidgetItem(tr("%1 (rows: %L2)").arg(it.key()).arg(it.value().toInteger()), m_tables);
        item->setData(Qt::UserRole, it.key());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_jobs->setValue(qMax(1, restoreWizard()->config().jobs.value(meta->job).parallel));
    m_globals->setEnabled(meta->parts.contains(QStringLiteral("globals")));
    m_globals->setToolTip(m_globals->isEnabled() ? QString() : tr("This backup holds no roles (set globals = true in the job)"));
    const bool plain = source.value(QStringLiteral("format")).toString() == QLatin1String("plain");
    for (QAbstractButton *b : m_scope->buttons())
        b->setEnabled(!plain || m_scope->id(b) == Whole);
    if (plain)
        m_scope->button(Whole)->setChecked(true);
    emit completeChanged();
}

bool OptionsPage::isComplete() const
{
    if (m_scope->checkedId() != ChosenTables)
        return true;
    for (int i = 0; i < m_tables->count(); ++i)
        if (m_tables->item(i)->checkState() == Qt::Checked)
            return true;
    return false;
}

void OptionsPage::fill(RestoreParams &p) const
{
    const int scope = m_scope->checkedId();
    p.jobs = m_jobs->value();
    p.withGlobals = m_globals->isEnabled() && m_globals->isChecked();
    p.schemaOnly = scope == SchemaOnly;
    p.dataOnly = scope == DataOnly;
    if (p.dataOnly)
        p.overwrite = p.terminateConnections = false;
    if (scope == ChosenTables || scope == DataOnly)
        for (int i = 0; i < m_tables->count(); ++i)
            if (m_tables->item(i)->checkState() == Qt::Checked)
                p.tables.append(m_tables->item(i)->data(Qt::UserRole).toString());
}

} // namespace lifeboat
