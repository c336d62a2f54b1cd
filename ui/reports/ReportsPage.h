#pragma once

#include "config/Config.h"
#include "report/ReportOperation.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace lifeboat {

// Reports: choose the kind and the start of the period, see a preview, export to PDF, HTML,
// CSV or JSON. The preview is built here (a catalog read, capped at 200 rows a table); the export
// runs as a ReportOperation off the GUI thread.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget *parent = nullptr);
    void setConfig(const std::optional<Config> &config);
    void setBusy(bool busy);
    void refresh();

signals:
    void exportRequested(const lifeboat::ReportParams &params);
    void messageRaised(const QString &text, bool error);

private:
    void exportReport();
    QString kind() const;

    std::optional<Config> m_config;
    QComboBox *m_kind;
    QDateEdit *m_since;
    QComboBox *m_format;
    QPushButton *m_preview;
    QPushButton *m_export;
    QLabel *m_hash;
    QTextBrowser *m_view;
};

} // namespace lifeboat
