#include "SettingsPage.h"

#include "KeychainStore.h"
#include "LanguageSetting.h"

#include "common/FileOps.h"
#include "config/ConfigEditor.h"
#include "config/ConfigLoader.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_secretJob(new QComboBox(this))
    , m_secretKind(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_storeKeychain(new QPushButton(tr("Store in the &keychain"), this))
    , m_storeFile(new QPushButton(tr("Save to a &file instead"), this))
{
    m_secretJob->setObjectName(QStringLiteral("settingsSecretJob"));
    m_secretKind->setObjectName(QStringLiteral("settingsSecretKind"));
    m_secret->setObjectName(QStringLiteral("settingsSecret"));
    m_storeKeychain->setObjectName(QStringLiteral("settingsStoreKeychain"));
    m_storeFile->setObjectName(QStringLiteral("settingsStoreFile"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("the password or passphrase"));
    m_secretKind->addItem(tr("PostgreSQL password"), int(KeychainStore::Kind::Password));
    m_secretKind->addItem(tr("Encryption passphrase"), int(KeychainStore::Kind::Passphrase));
    m_storeFile->setToolTip(tr("Writes the secret into a 0600 file beside the config and points the job at it; "
                               "what cron, timers and the command line use"));
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
    auto *keychainHelp = new QLabel(tr("The desktop app can keep a job's secret in this desktop's keychain (GNOME Keyring, KWallet) "
                                       "instead: the config then only says <tt>secret_store = \"keychain\"</tt>. Runs outside the "
                                       "desktop app cannot read the keychain; give those a file. When no keychain service runs, save "
                                       "the secret to a file."),
                                    secrets);
    keychainHelp->setWordWrap(true);
    secretsLayout->addWidget(keychainHelp);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretJob);
    secretRow->addWidget(m_secretKind);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_storeKeychain);
    secretRow->addWidget(m_storeFile);
    secretsLayout->addLayout(secretRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_validation, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(catalog, 3);
    top->addWidget(languageBox(), 1);
    layout->addLayout(top);
    layout->addWidget(repos, 1);
    layout->addWidget(secrets);
    layout->addLayout(buttons);

    connect(m_catalogUrl, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_repositories, &QTableWidget::itemChanged, this, &SettingsPage::validate);
    connect(m_repositories, &QTableWidget::itemSelectionChanged, this, &SettingsPage::validate);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_storeKeychain, &QPushButton::clicked, this, &SettingsPage::storeInKeychain);
    connect(m_storeFile, &QPushButton::clicked, this, &SettingsPage::storeInFile);
    connect(m_secret, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_revert, &QPushButton::clicked, this, [this] { setConfig(m_config); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        const int row = m_repositories->currentRow();
        if (m_edited && row >= 0)
            emit testRequested(*m_edited, m_repositories->item(row, Name)->text());
    });
    setConfig(std::nullopt);
}

QWidget *SettingsPage::languageBox()
{
    auto *box = new QGroupBox(tr("Language"), this);
    auto *form = new QVBoxLayout(box);
    auto *choice = new QComboBox(box);
    choice->setObjectName(QStringLiteral("settingsLanguage"));
    const QString system = QLocale::system().nativeLanguageName();
    choice->addItem(tr("System default (%1)").arg(system.isEmpty() ? QLocale::system().name() : system), QString());
    for (const auto &[code, name] : LanguageSetting::available())
        choice->addItem(name, code);
    choice->setCurrentIndex(qMax(0, choice->findData(LanguageSetting::preferred())));
    auto *note = new QLabel(box);
    note->setObjectName(QStringLiteral("settingsLanguageNote"));
    note->setWordWrap(true);
    note->setText(tr("The desktop app's language; the command line follows the system locale (LANG)."));
    connect(choice, &QComboBox::activated, this, [choice, note] {
        LanguageSetting::setPreferred(choice->currentData().toString());
        note->setText(tr("Saved: Lifeboat shows %1 from its next start.").arg(choice->currentText()));
    });
    form->addWidget(choice);
    form->addWidget(note);
    form->addStretch(1);
    return box;
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
    m_secretJob->clear();
    if (m_config)
        for (const JobConfig &job : std::as_const(m_config->jobs))
            m_secretJob->addItem(job.name);
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
    const bool secretReady = m_config && !dirty && m_secretJob->count() > 0 && !m_secret->text().isEmpty();
    m_storeKeychain->setEnabled(secretReady);
    m_storeFile->setEnabled(secretReady);
}

bool SettingsPage::writeJobKeys(const QString &job, const QList<QPair<QString, QString>> &values, const QString &done)
{
    auto text = ConfigEditor::setJob(m_fileText, job, values);
    auto loaded = text ? ConfigLoader::loadString(*text, m_config->filePath) : Result<Config>(fail(text.error()));
    auto written = loaded ? FileOps::writeAtomically(m_config->filePath, text->toUtf8()) : Status(fail(loaded.error()));
    if (!written) {
        emit messageRaised(written.error().message, true);
        return false;
    }
    m_secret->clear();
    emit saved(m_config->filePath); // reloads the config (and clears the panel's message): say it after
    emit messageRaised(done, false);
    return true;
}

void SettingsPage::storeInKeychain()
{
    if (!m_config || m_secret->text().isEmpty())
        return;
    const QString job = m_secretJob->currentText();
    const auto kind = KeychainStore::Kind(m_secretKind->currentData().toInt());
    m_storeKeychain->setEnabled(false);
    KeychainStore::write(*m_config, job, kind, m_secret->text().toUtf8(), [this, job](Status status) {
        if (!status) {
            emit messageRaised(status.error().message, true);
            validate();
            return;
        }
        writeJobKeys(job, {{QStringLiteral("secret_store"), ConfigEditor::quote(QStringLiteral("keychain"))}},
                     tr("The secret of job %1 is in the keychain; the config only says secret_store = \"keychain\". "
                        "Cron, timers and the command line cannot read it: give them a file.")
                         .arg(job));
    });
}

void SettingsPage::storeInFile()
{
    if (!m_config || m_secret->text().isEmpty())
        return;
    const QString job = m_secretJob->currentText();
    const bool password = KeychainStore::Kind(m_secretKind->currentData().toInt()) == KeychainStore::Kind::Password;
    const QString dir = QFileInfo(m_config->filePath).absoluteDir().filePath(QStringLiteral("secrets"));
    const QString path = QDir(dir).filePath(QStringLiteral("%1.%2").arg(job, password ? QStringLiteral("password") : QStringLiteral("passphrase")));
    auto made = FileOps::makePrivateDirs(dir);
    auto written = made ? FileOps::writeAtomically(path, m_secret->text().toUtf8() + '\n') : made;
    if (!written) {
        emit messageRaised(written.error().message, true);
        return;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    writeJobKeys(job, {{password ? QStringLiteral("password_file") : QStringLiteral("passphrase_file"), ConfigEditor::quote(path)}},
                 tr("The secret of job %1 is in %2 (readable by you only); the config names the file, not the secret.").arg(job, path));
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
    const QString path = m_config->filePath;
    emit saved(path);
    emit messageRaised(tr("Settings saved to %1.").arg(path), false);
}

} // namespace lifeboat
