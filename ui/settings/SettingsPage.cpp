#include "SettingsPage.h"

#include "common/FileOps.h"
#include "config/ConfigEditor.h"
#include "config/ConfigLoader.h"

#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lifeboat {

namespace {
enum Column { Name, Type, Path, Scan, ColumnCount };
}

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_catalogUrl(new QLineEdit(this))
    , m_repositories(new QTableWidget(0, ColumnCount, this))
    , m_validation(new QLabel(this))
    , m_test(new QPushButton(tr("&Test repository"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
{
    m_catalogUrl->setObjectName(QStringLiteral("settingsCatalogUrl"));
    m_repositories->setObjectName(QStringLiteral("settingsRepositories"));
    m_validation->setObjectName(QStringLiteral("settingsValidation"));
    m_test->setObjectName(QStringLiteral("settingsTest"));
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_validation->setWordWrap(true);

    auto *catalog = new QGroupBox(tr("Catalog"), this);
    auto *catalogForm = new QFormLayout(catalog);
    catalogForm->addRow(tr("&URL:"), m_catalogUrl);
    auto *catalogHelp = new QLabel(tr("The index of every backup. <tt>sqlite://PATH</tt> on one machine (relative paths are relative to the "
                                      "config file); <tt>postgresql://user@host/db</tt> for a team sharing one catalog. It can always be "
                                      "rebuilt from the repositories with <tt>lifeboat-cli catalog rebuild</tt>."),
                                   catalog);
    catalogHelp->setWordWrap(true);
    catalogForm->addRow(catalogHelp);

    auto *repos = new QGroupBox(tr("Repositories"), this);
    m_repositories->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Folder"), tr("Integrity scan (cron)")});
    m_repositories->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // a handful of rows
    m_repositories->horizontalHeader()->setSectionResizeMode(Path, QHeaderView::Stretch);
    m_repositories->verticalHeader()->setVisible(false);
    m_repositories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_repositories->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *reposLayout = new QVBoxLayout(repos);
    reposLayout->addWidget(m_repositories);
    auto *reposHelp = new QLabel(tr("Edit a folder or scan schedule in place. New repositories are added in the config file "
                                    "(<tt>[repositories.NAME]</tt>)."),
                                 repos);
    reposHelp->setWordWrap(true);
    reposLayout->addWidget(reposHelp);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    reposLayout->addLayout(testRow);

    auto *secrets = new QGroupBox(tr("Secrets"), this);
    auto *secretsLayout = new QVBoxLayout(secrets);
    auto *secretsHelp = new QLabel(tr("Passwords and passphrases are never written into the config, a log, a sidecar or a report. A job names "
                                      "a file that holds one (<tt>password_file</tt>, <tt>passphrase_file</tt>; keep it 0600), or PostgreSQL "
                                      "reads <tt>PGPASSWORD</tt> from the environment; any value may be <tt>${VARIABLE}</tt>. With public-key "
                                      "encryption (recipients) a database host holds no secret that opens its backups."),
                                   secrets);
    secretsHelp->setWordWrap(true);
    secretsLayout->addWidget(secretsHelp);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_validation, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(catalog);
    layout->addWidget(repos, 1);
    layout->addWidget(secrets);
    layout->addLayout(buttons);

    connect(m_catalogUrl, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_repositories, &QTableWidget::itemChanged, this, &SettingsPage::validate);
    connect(m_repositories, &QTableWidget::itemSelectionChanged, this, &SettingsPage::validate);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { setConfig(m_config); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        const int row = m_repositories->currentRow();
        if (m_edited && row >= 0)
            emit testRequested(*m_edited, m_repositories->item(row, Name)->text());
    });
    setConfig(std::nullopt);
}

void SettingsPage::setConfig(const std::optional<Config> &config)
{
    m_config = config;
    m_fileText.clear();
    if (m_config) {
        QFile f(m_config->filePath);
        if (f.open(QIODevice::ReadOnly))
            m_fileText = QString::fromUtf8(f.readAll());
    }
    m_repositories->blockSignals(true);
    m_catalogUrl->blockSignals(true);
    m_catalogUrl->setText(m_config ? m_config->catalogUrl : QString());
    m_repositories->setRowCount(0);
    if (m_config) {
        for (const RepositoryConfig &r : std::as_const(m_config->repositories)) {
            const int row = m_repositories->rowCount();
            m_repositories->insertRow(row);
            const QString cells[] = {r.name, r.type, r.type == QLatin1String("local") ? r.path : r.endpoint, r.scan};
            for (int c = 0; c < ColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                if (c == Name || c == Type || (c == Path && r.type != QLatin1String("local")))
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                m_repositories->setItem(row, c, item);
            }
        }
        if (m_repositories->rowCount() > 0)
            m_repositories->selectRow(0);
    }
    m_repositories->blockSignals(false);
    m_catalogUrl->blockSignals(false);
    setEnabled(m_config.has_value());
    validate();
}

void SettingsPage::setBusy(bool busy)
{
    m_busy = busy;
    validate();
}

void SettingsPage::validate()
{
    m_edited.reset();
    bool dirty = false;
    if (m_config) {
        QString text = m_fileText;
        QString error;
        const QString url = m_catalogUrl->text().trimmed();
        if (url != m_config->catalogUrl) {
            dirty = true;
            auto edited = ConfigEditor::setTable(text, QStringLiteral("catalog"), {{QStringLiteral("url"), ConfigEditor::quote(url)}});
            if (edited)
                text = *edited;
            else
                error = edited.error().message;
        }
        for (int row = 0; row < m_repositories->rowCount() && error.isEmpty(); ++row) {
            const RepositoryConfig r = m_config->repositories.value(m_repositories->item(row, Name)->text());
            ConfigEditor::Values changes;
            const QString path = m_repositories->item(row, Path)->text().trimmed();
            const QString scan = m_repositories->item(row, Scan)->text().trimmed();
            if (r.type == QLatin1String("local") && path != r.path)
                changes.append({QStringLiteral("path"), ConfigEditor::quote(path)});
            if (scan != r.scan)
                changes.append({QStringLiteral("scan"), scan.isEmpty() ? QString() : ConfigEditor::quote(scan)});
            if (changes.isEmpty())
                continue;
            dirty = true;
            auto edited = ConfigEditor::setTable(text, QStringLiteral("repositories.") + r.name, changes);
            if (edited)
                text = *edited;
            else
                error = edited.error().message;
        }
        if (error.isEmpty()) {
            auto loaded = ConfigLoader::loadString(text, m_config->filePath);
            if (loaded) {
                m_edited = *loaded;
                m_editedText = text;
            } else {
                error = loaded.error().message;
            }
        }
        m_validation->setText(!error.isEmpty() ? QStringLiteral("<span style='color:#d33a2f'>%1</span>").arg(error.toHtmlEscaped())
                              : dirty        ? tr("The changes are valid; Save writes them and keeps every other line of the file.")
                                             : QString());
    }
    m_save->setEnabled(!m_busy && dirty && m_edited.has_value());
    m_revert->setEnabled(dirty);
    m_test->setEnabled(!m_busy && m_edited.has_value() && m_repositories->currentRow() >= 0);
}

void SettingsPage::save()
{
    if (!m_config || !m_edited)
        return;
    auto written = FileOps::writeAtomically(m_config->filePath, m_editedText.toUtf8());
    if (!written) {
        emit messageRaised(written.error().message, true);
        return;
    }
    emit messageRaised(tr("Settings saved to %1.").arg(m_config->filePath), false);
    emit saved(m_config->filePath);
}

} // namespace lifeboat
