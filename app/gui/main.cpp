// lifeboat: the GUI. Given a command (lifeboat backup JOB, lifeboat --run-schedule...) it runs
// headless exactly like lifeboat-cli, without creating a QApplication, so it works with no display
// (reports get an offscreen QGuiApplication for the PDF writer).
#include "cli/CliRunner.h"
#include "cli/Translations.h"
#include "config/ConfigLoader.h"
#include "demo/DemoWorkspace.h"
#include "reports/PdfReportRenderer.h"
#include "settings/LanguageSetting.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QStringList rawArguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

QString configOption(const QStringList &args)
{
    const int i = args.indexOf(QStringLiteral("--config"));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}
} // namespace

int main(int argc, char **argv)
{
    // Backups, catalogs and restored files are private by default (0600 files, 0700 folders).
    ::umask(077);
    const QStringList args = rawArguments(argc, argv);
    if (lifeboat::CliRunner::wantsCommand(args) && args.contains(QStringLiteral("report"))) {
        // Reports may be PDF, which Qt's PDF writer draws with Qt Gui: the offscreen platform
        // needs no display, so this works from cron too.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) { // cron and root shells have none; Qt warns without it
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/lifeboat-runtime-" + QByteArray::number(::getuid());
            ::mkdir(runtime.constData(), 0700);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("lifeboat"));
        lifeboat::installTranslations(app);
        lifeboat::PdfReportRenderer::install();
        return lifeboat::CliRunner::run(QCoreApplication::arguments());
    }
    if (lifeboat::CliRunner::wantsCommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("lifeboat"));
        lifeboat::installTranslations(app);
        return lifeboat::CliRunner::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    lifeboat::PdfReportRenderer::install();
    QApplication::setApplicationName(QStringLiteral("lifeboat"));
    QApplication::setOrganizationName(QStringLiteral("lifeboat"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lifeboat"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.lifeboat.Lifeboat"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.lifeboat.Lifeboat"), QIcon(QStringLiteral(":/icons/lifeboat.svg"))));
    lifeboat::installTranslations(app, lifeboat::LanguageSetting::preferred());

    // An explicit or installed config wins; otherwise the bundled demo workspace opens.
    QString path = lifeboat::ConfigLoader::resolvePath(configOption(args));
    if (configOption(args).isEmpty() && !qEnvironmentVariableIsSet("LIFEBOAT_CONFIG") && !QFileInfo::exists(path)) {
        auto demo = lifeboat::DemoWorkspace::ensure();
        if (!demo) {
            QMessageBox::critical(nullptr, QObject::tr("Lifeboat"), demo.error().message);
            return 1;
        }
        path = *demo;
    }
    lifeboat::MainWindow window;
    window.openConfig(path);
    window.show();
    return app.exec();
}
