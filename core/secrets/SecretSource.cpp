#include "SecretSource.h"

#include "SecretFile.h"
#include "common/Redactor.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace lifeboat {

namespace {

// One answer per secret and process: a run that needs the passphrase twice asks once.
QHash<QString, QByteArray> &promptCache()
{
    static QHash<QString, QByteArray> cache;
    return cache;
}

Result<QByteArray> prompt(const QString &key, const QString &what)
{
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    if (promptCache().contains(what))
        return promptCache().value(what);
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0)
        return fail(ErrorCode::InvalidConfig, SecretSource::tr("%1 = \"prompt\" needs a terminal, and this run has none (cron, timers and "
                                                               "containers: use file:, env: or credential:)").arg(key));
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    const QByteArray question = SecretSource::tr("%1: ").arg(what).toUtf8();
    (void)!::write(tty, question.constData(), size_t(question.size()));
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSANOW, &quiet);
    }
    QByteArray answer;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        answer.append(c);
    if (isTerminal)
        ::tcsetattr(tty, TCSANOW, &saved);
    ::close(tty);
    if (answer.endsWith('\r'))
        answer.chop(1);
    if (answer.isEmpty())
        return fail(ErrorCode::Cancelled, SecretSource::tr("no %1 was typed").arg(what));
    promptCache().insert(what, answer);
    return answer;
}

} // namespace

QStringList SecretSource::kinds()
{
    return {QStringLiteral("file:PATH"), QStringLiteral("env:NAME"), QStringLiteral("credential:NAME"), QStringLiteral("prompt")};
}

QString SecretSource::problem(const QString &spec)
{
    if (spec == QLatin1String("prompt"))
        return {};
    for (const char *prefix : {"file:", "env:", "credential:"})
        if (spec.startsWith(QLatin1String(prefix)))
            return spec.size() > int(qstrlen(prefix)) ? QString() : tr("\"%1\" names nothing after the colon").arg(spec);
    return tr("\"%1\" is not a secret source (use %2)").arg(spec, kinds().join(QStringLiteral(", ")));
}

Result<QByteArray> SecretSource::read(const QString &spec, const QString &key, const QString &what)
{
    const QString bad = problem(spec);
    if (!bad.isEmpty())
        return fail(ErrorCode::InvalidConfig, tr("%1: %2").arg(key, bad));
    QByteArray secret;
    if (spec.startsWith(QLatin1String("file:")))
        return SecretFile::read(spec.mid(5), key);
    if (spec.startsWith(QLatin1String("env:"))) {
        const QString name = spec.mid(4);
        secret = qgetenv(name.toLocal8Bit().constData());
        if (secret.isEmpty())
            return fail(ErrorCode::InvalidConfig, tr("%1 = \"%2\": the environment variable %3 is not set (export it, or choose another source)").arg(key, spec, name));
    } else if (spec.startsWith(QLatin1String("credential:"))) {
        const QString name = spec.mid(11);
        const QString dir = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
        if (dir.isEmpty())
            return fail(ErrorCode::InvalidConfig, tr("%1 = \"%2\": no systemd credentials here ($CREDENTIALS_DIRECTORY is not set; add "
                                                     "LoadCredential=%3:/path/to/secret to the unit, or use file:)").arg(key, spec, name));
        const QString path = QDir(dir).filePath(name);
        if (!QFileInfo::exists(path))
            return fail(ErrorCode::InvalidConfig, tr("%1 = \"%2\": the unit passes no credential %3 (add LoadCredential=%3:/path/to/secret)").arg(key, spec, name));
        // systemd hands credentials over 0400 in a private folder: the file check applies as is.
        return SecretFile::read(path, key);
    } else {
        auto typed = prompt(key, what);
        if (!typed)
            return typed;
        secret = *typed;
    }
    Redactor::addSecret(QString::fromUtf8(secret));
    return secret;
}

} // namespace lifeboat
