#include "WalPushMarker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace lifeboat {

namespace {
const QString kFolder = QStringLiteral("lifeboat-pushed");
const QString kHelperLock = QStringLiteral("helper.lock");

QByteArray hexOrDash(const QString &text)
{
    const QByteArray hex = text.toUtf8().toHex();
    return hex.isEmpty() ? QByteArrayLiteral("-") : hex;
}
} // namespace

namespace {
QByteArray markerLine(const struct stat &st, const QString &job, const QString &configArgument, const QString &objectPath)
{
    return QByteArrayLiteral("v1 ") + QByteArray::number(qint64(st.st_size)) + ' '
        + QByteArray::number(qint64(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec) + ' ' + QByteArray::number(quint64(st.st_ino)) + ' '
        + hexOrDash(job) + ' ' + hexOrDash(configArgument) + ' ' + QFile::encodeName(objectPath) + '\n';
}
} // namespace

bool WalPushMarker::matches(const QString &walPath, const QString &job, const QString &configArgument)
{
    QFile marker(QFileInfo(walPath).absolutePath() + QLatin1Char('/') + kFolder + QLatin1Char('/') + QFileInfo(walPath).fileName());
    if (!marker.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = marker.readLine();
    struct stat st {};
    if (::stat(QFile::encodeName(walPath).constData(), &st) != 0)
        return false;
    const QByteArray prefix = markerLine(st, job, configArgument, QString()).chopped(1); // up to the object path
    if (!line.startsWith(prefix))
        return false;
    const QByteArray object = line.mid(prefix.size()).chopped(line.endsWith('\n') ? 1 : 0);
    struct stat stored {};
    return !object.isEmpty() && ::stat(object.constData(), &stored) == 0;
}

QString WalPushMarker::helperLockPath(const QString &walDir)
{
    return walDir + QLatin1Char('/') + kFolder + QLatin1Char('/') + kHelperLock;
}

QByteArray WalPushMarker::helperLine(const QString &job, const QString &configArgument)
{
    return QByteArrayLiteral("v1 ") + QByteArray::number(::getpid()) + ' ' + hexOrDash(job) + ' ' + hexOrDash(configArgument) + '\n';
}

void WalPushMarker::write(const QString &walPath, const QString &job, const QString &configArgument, const QString &objectPath)
{
    if (objectPath.isEmpty())
        return; // objects the front cannot stat (an object store): always the full program
    struct stat st {};
    if (::stat(QFile::encodeName(walPath).constData(), &st) != 0)
        return;
    const QString dir = QFileInfo(walPath).absolutePath() + QLatin1Char('/') + kFolder;
    if (!QDir().mkpath(dir))
        return;
    const QByteArray line = markerLine(st, job, configArgument, objectPath);
    const QString target = dir + QLatin1Char('/') + QFileInfo(walPath).fileName();
    QFile tmp(target + QStringLiteral(".tmp"));
    if (!tmp.open(QIODevice::WriteOnly | QIODevice::Truncate) || tmp.write(line) != line.size()) {
        tmp.remove();
        return;
    }
    tmp.close();
    std::rename(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(target).constData());
}

void WalPushMarker::prune(const QString &walDir)
{
    QDir dir(walDir + QLatin1Char('/') + kFolder);
    if (!dir.exists())
        return;
    const QStringList markers = dir.entryList(QDir::Files);
    for (const QString &name : markers)
        if (name != kHelperLock && (!QFileInfo::exists(walDir + QLatin1Char('/') + name) || name.endsWith(QLatin1String(".tmp"))))
            dir.remove(name);
}

} // namespace lifeboat
