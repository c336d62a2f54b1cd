#include "RestoreDialog.h"

#include "backups/CatalogModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lifeboat {

namespace {
enum Scope { Whole, SchemaOnly, ChosenTables, DataOnly };
}

RestoreDialog::RestoreDialog(const Config &config, const BackupMetadata &meta, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_meta(meta)
    , m_postgres(meta.kind == QLatin1String("postgresql-logical"))
    , m_target(new QLineEdit(this))
    , m_overwrite(new QCheckBox(tr("&Replace it if it exists (a safety backup of it is taken first)"), this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Restore %1").arg(meta.id));
    setObjectName(QStringLiteral("restoreDialog"));
    m_target->setObjectName(QStringLiteral("restoreTarget"));
    m_overwrite->setObjectName(QStringLiteral("restoreOverwrite"));
    m_hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    const QJsonObject source = meta.source;
    auto *summary = new QLabel(tr("<b>%1</b><br>taken %2 from %3, %4, verification: %5")
                                   .arg(meta.id.toHtmlEscaped(), QLocale().toString(meta.startedAt.toLocalTime(), QLocale::ShortFormat),
                                        (source.value(QStringLiteral("database")).toString().isEmpty() ? source.value(QStringLiteral("path")).toString()
                                                                                                       : source.value(QStringLiteral("database")).toString())
                                            .toHtmlEscaped(),
                                        QLocale().formattedDataSize(meta.sizeBytes),
                                        CatalogModel::verificationText(meta.verification.value(QStringLiteral("status")).toString(),
                                                                       meta.verification.value(QStringLiteral("level")).toString())),
                               this);
    summary->setTextFormat(Qt::RichText);
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    m_target->setPlaceholderText(m_postgres ? tr("new database %1_restored_YYYYMMDD_HHMMSS").arg(source.value(QStringLiteral("database")).toString())
                                            : tr("new file beside the job's database"));
    m_target->setToolTip(m_postgres ? tr("A database name, or a conninfo for another server. Empty: a new database.")
                                    : tr("A file path. Empty: a new file beside the job's database."));
    form->addRow(tr("&Target:"), m_target);
    form->addRow(QString(), m_overwrite);
    layout->addLayout(form);

    if (m_postgres) {
        m_terminate = new QCheckBox(tr("End other sessions on the target when replacing it"), this);
        m_terminate->setObjectName(QStringLiteral("restoreTerminate"));
        form->addRow(QString(), m_terminate);
        m_jobs = new QSpinBox(this);
        m_jobs->setObjectName(QStringLiteral("restoreJobs"));
        m_jobs->setRange(1, 64);
        m_jobs->setValue(qMax(1, config.jobs.value(meta.job).parallel));
        m_jobs->setToolTip(tr("pg_restore workers"));
        if (source.value(QStringLiteral("format")).toString() != QLatin1String("directory")) {
            m_jobs->setEnabled(false);
            m_jobs->setToolTip(tr("Custom and plain backups restore as one stream while they decrypt; parallel jobs need format = \"directory\""));
        }
        form->addRow(tr("Parallel &jobs:"), m_jobs);
        m_globals = new QCheckBox(tr("First create the &roles and tablespaces stored with the backup"), this);
        m_globals->setObjectName(QStringLiteral("restoreGlobals"));
        m_globals->setEnabled(meta.parts.contains(QStringLiteral("globals")));
        if (!m_globals->isEnabled())
            m_globals->setToolTip(tr("This backup holds no roles (set globals = true in the job)"));
        form->addRow(QString(), m_globals);

        auto *box = new QGroupBox(tr("What to restore"), this);
        auto *boxLayout = new QVBoxLayout(box);
        m_scope = new QButtonGroup(this);
        const QStringList labels{tr("&Everything"), tr("&Schema only (no rows)"), tr("Only the rows of the &chosen tables (every definition)"),
                                 tr("Rows &into the existing target's empty tables, in one transaction")};
        for (int i = 0; i < labels.size(); ++i) {
            auto *radio = new QRadioButton(labels.at(i), box);
            radio->setObjectName(QStringLiteral("restoreScope%1").arg(i));
            m_scope->addButton(radio, i);
            boxLayout->addWidget(radio);
        }
        m_scope->button(Whole)->setChecked(true);
        m_tables = new QListWidget(box);
        m_tables->setObjectName(QStringLiteral("restoreTables"));
        const QJsonObject tables = source.value(QStringLiteral("tables")).toObject();
        for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
            auto *item = new QListWidgetItem(tr("%1 (rows: %L2)").arg(it.key()).arg(it.value().toInteger()), m_tables);
            item->setData(Qt::UserRole, it.key());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_tables->setMinimumHeight(120);
        boxLayout->addWidget(m_tables);
        layout->addWidget(box);
        connect(m_scope, &QButtonGroup::idClicked, this, &RestoreDialog::updateState);
        connect(m_tables, &QListWidget::itemChanged, this, &RestoreDialog::updateState);
        const bool plain = source.value(QStringLiteral("format")).toString() == QLatin1String("plain");
        if (plain) {
            box->setEnabled(false);
            box->setToolTip(tr("A plain SQL dump restores whole"));
        }
    }
    layout->addWidget(m_hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreAccept"));
    restore->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(m_overwrite, &QCheckBox::toggled, this, &RestoreDialog::updateState);
    updateState();
}

void RestoreDialog::updateState()
{
    const int scope = m_scope ? m_scope->checkedId() : Whole;
    int chosen = 0;
    if (m_tables) {
        for (int i = 0; i < m_tables->count(); ++i)
            chosen += m_tables->item(i)->checkState() == Qt::Checked ? 1 : 0;
        m_tables->setEnabled(scope == ChosenTables || scope == DataOnly);
    }
    if (m_terminate)
        m_terminate->setEnabled(m_overwrite->isChecked() && scope != DataOnly);
    m_overwrite->setEnabled(scope != DataOnly);
    QString hint;
    bool ok = true;
    if (scope == ChosenTables && chosen == 0) {
        hint = tr("Tick the tables whose rows you need.");
        ok = false;
    } else if (scope == DataOnly && m_target->text().trimmed().isEmpty()) {
        hint = tr("Name the existing database whose empty tables take the rows (restore its schema first with \"Schema only\").");
        ok = false;
    } else if (scope == DataOnly) {
        hint = tr("The rows of %1 are loaded into database %2 in one transaction; it is refused, changing nothing, if any of those tables is missing or holds rows.")
                   .arg(chosen == 0 ? tr("every table") : tr("the ticked tables"), m_target->text().trimmed());
    } else if (m_overwrite->isChecked()) {
        hint = tr("The target is replaced only after the restored copy has been checked and a safety backup of it is stored.");
    } else {
        hint = tr("Nothing existing is changed: the backup is restored into a new target, then its row counts are compared with the backup's.");
    }
    m_hint->setText(hint);
    if (auto *box = findChild<QDialogButtonBox *>())
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                button->setEnabled(ok);
}

RestoreParams RestoreDialog::params() const
{
    RestoreParams p;
    p.config = m_config;
    p.id = m_meta.id;
    p.target = m_target->text().trimmed();
    const int scope = m_scope ? m_scope->checkedId() : Whole;
    p.overwrite = m_overwrite->isChecked() && scope != DataOnly;
    if (m_postgres) {
        p.terminateConnections = p.overwrite && m_terminate->isChecked();
        p.jobs = m_jobs->value();
        p.withGlobals = m_globals->isEnabled() && m_globals->isChecked();
        p.schemaOnly = scope == SchemaOnly;
        p.dataOnly = scope == DataOnly;
        if (scope == ChosenTables || scope == DataOnly)
            for (int i = 0; i < m_tables->count(); ++i)
                if (m_tables->item(i)->checkState() == Qt::Checked)
                    p.tables.append(m_tables->item(i)->data(Qt::UserRole).toString());
    }
    return p;
}

} // namespace lifeboat
