// lifeboat-cli: the headless executable. Links core only (no GUI libraries), because it is
// what archive_command, cron and containers start, often.
#include "cli/CliRunner.h"
#include "cli/Translations.h"

#include <QCoreApplication>
#include <sys/stat.h>

int main(int argc, char **argv)
{
    // Backups, catalogs and restored files are private by default (0600 files, 0700 folders).
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIFEBOAT_VERSION));
    lifeboat::installTranslations(app);
    return lifeboat::CliRunner::run(QCoreApplication::arguments());
}
