#pragma once

// A test's description of a folder tree, to compare an original with its restored copy: every
// entry's type, permissions, owner, nanosecond mtime, size, content SHA-256, symlink target,
// extended attributes and which entries share an inode (hard links).
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QStringList>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace lifeboat::test {

inline QMap<QString, QString> treeSnapshot(const QString &root)
{
    QMap<QString, QString> out;
    QMap<QPair<quint64, quint64>, QString> inodes;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const QByteArray p = QFile::encodeName(path);
        struct stat st {};
        ::lstat(p.constData(), &st);
        QString d = QStringLiteral("mode=%1 uid=%2 gid=%3").arg(st.st_mode, 0, 8).arg(st.st_uid).arg(st.st_gid);
        if (S_ISLNK(st.st_mode)) {
            char target[4096] = {};
            const ssize_t n = ::readlink(p.constData(), target, sizeof target - 1);
            d += QStringLiteral(" link=%1").arg(QString::fromUtf8(target, int(qMax<ssize_t>(n, 0))));
        } else {
            d += QStringLiteral(" mtime=%1.%2").arg(st.st_mtim.tv_sec).arg(st.st_mtim.tv_nsec);
        }
        if (S_ISREG(st.st_mode)) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&f);
            d += QStringLiteral(" size=%1 sha=%2").arg(st.st_size).arg(QString::fromLatin1(h.result().toHex()));
            if (st.st_nlink > 1) {
                const auto key = qMakePair(quint64(st.st_dev), quint64(st.st_ino));
                const QString rel = path.mid(root.size() + 1);
                d += QStringLiteral(" links=%1").arg(st.st_nlink);
                if (inodes.contains(key))
                    d += QStringLiteral(" same-as=%1").arg(inodes.value(key));
                else
                    inodes.insert(key, rel);
            }
        }
        char names[4096] = {};
        const ssize_t len = ::llistxattr(p.constData(), names, sizeof names);
        for (ssize_t i = 0; i < len;) {
            const QByteArray name(names + i);
            char value[1024] = {};
            const ssize_t v = ::lgetxattr(p.constData(), name.constData(), value, sizeof value);
            d += QStringLiteral(" xattr:%1=%2").arg(QString::fromUtf8(name), QString::fromUtf8(value, int(qMax<ssize_t>(v, 0))));
            i += name.size() + 1;
        }
        out.insert(path.mid(root.size() + 1), d);
    }
    return out;
}

} // namespace lifeboat::test
