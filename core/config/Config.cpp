#include "Config.h"

#include <QStandardPaths>
#include <QUrl>

namespace lifeboat {

QString CompressionSpec::toString() const
{
    switch (algorithm) {
    case Algorithm::None: return QStringLiteral("none");
    case Algorithm::Zstd: return QStringLiteral("zstd:%1").arg(level);
    case Algorithm::Gzip: return QStringLiteral("gzip:%1").arg(level);
    }
    return {};
}

QString CompressionSpec::extension() const
{
    switch (algorithm) {
    case Algorithm::None: return {};
    case Algorithm::Zstd: return QStringLiteral(".zst");
    case Algorithm::Gzip: return QStringLiteral(".gz");
    }
    return {};
}

QString Config::catalogSqlitePath() const
{
    const QString prefix = QStringLiteral("sqlite://");
    if (catalogUrl.startsWith(prefix))
        return catalogUrl.mid(prefix.size());
    return {};
}

} // namespace lifeboat
