#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

namespace lifeboat {

// Plain report data, whatever the format: facts, then tables. The data section (facts and
// tables, as canonical JSON) is hashed with SHA-256 and the hash printed in every format, so an
// auditor can check later that a filed report still says what Lifeboat wrote.
struct ReportTable
{
    QString title;
    QStringList columns;
    QList<QStringList> rows;
};

struct Report
{
    QString kind;  // rto-rpo | inventory | compliance
    QString title;
    QDateTime periodFrom;
    QDateTime periodTo;
    QDateTime generatedAt;
    QString version;
    QList<QPair<QString, QString>> facts;
    QList<ReportTable> tables;

    QByteArray dataJson() const; // compact, keys in a fixed order
    QString dataSha256() const;
};

} // namespace lifeboat
