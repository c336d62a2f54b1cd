#pragma once

#include "config/Config.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lifeboat {

// Settings of the whole config: where the catalog lives, and each repository's folder and scan
// schedule with a Test button; and the desktop app's own language (LanguageSetting). Saving writes only what changed (ConfigEditor) after the edited
// file loads. Where secrets come from is explained here; they are never stored in the config.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    void setConfig(const std::optional<Config> &config);
    void setBusy(bool busy);
    void save();
    void storeInKeychain();
    void storeInFile();

signals:
    void saved(const QString &path);
    void testRequested(const lifeboat::Config &config, const QString &repository);
    void messageRaised(const QString &text, bool error);

private:
    QWidget *languageBox();
    void validate();
    bool writeJobKeys(const QString &job, const QList<QPair<QString, QString>> &values, const QString &done);

    std::optional<Config> m_config;
    std::optional<Config> m_edited;
    QString m_fileText;
    QString m_editedText;
    bool m_busy = false;
    QLineEdit *m_catalogUrl;
    QTableWidget *m_repositories;
    QLabel *m_validation;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_revert;
    QComboBox *m_secretJob;
    QComboBox *m_secretKind;
    QLineEdit *m_secret;
    QPushButton *m_storeKeychain;
    QPushButton *m_storeFile;
};

} // namespace lifeboat
