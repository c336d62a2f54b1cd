#pragma once

#include "pipeline/Sink.h"

#include <QByteArray>
#include <QString>

namespace lifeboat {

// Counts the items of a pg_dump archive's table of contents (what `pg_restore --list` lists),
// the unit a restore reports its progress in. As a Sink it passes the stream on and keeps its
// head: the custom format writes the whole TOC first, so the head is enough to list it.
class TocCounter final : public Sink
{
public:
    TocCounter(Sink *next, bool keepHead);
    Status write(const char *data, size_t size) override;
    Status finish() override { return m_next->finish(); }

    // Items in the kept head; 0 when unknown (plain format, or a TOC larger than the head).
    int count(const QString &pgRestore) const;
    // Items of an archive file or directory; 0 when pg_restore cannot list it.
    static int countItems(const QString &pgRestore, const QString &archive);
    // The dump ids `pg_restore --list` prints, each with the rest of its line ("TABLE DATA public t owner").
    static QList<QPair<int, QString>> listItems(const QString &pgRestore, const QString &archive, QString *error = nullptr);

private:
    Sink *m_next;
    bool m_keepHead;
    QByteArray m_head;
};

} // namespace lifeboat
