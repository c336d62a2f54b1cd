#pragma once

#include "Report.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <functional>

namespace lifeboat {

// Writes a report as self-contained HTML, CSV or JSON, or as PDF through a renderer the
// executable registers (the PDF writer needs Qt Gui, which core does not link). Every format
// states the period, the generation time, the Lifeboat version and the SHA-256 of the data
// section. The file is written beside its name and renamed into place.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static QStringList formats();
    // `dataSha256`: the hash to print when `report` is an excerpt of the one hashed (a preview).
    static QString html(const Report &report, const QString &dataSha256 = {});
    static QByteArray csv(const Report &report);
    static QByteArray json(const Report &report);

    using PdfRenderer = std::function<Status(const QString &html, const QString &path)>;
    static void setPdfRenderer(PdfRenderer renderer);
    static bool canWritePdf();

    [[nodiscard]] static Status write(const Report &report, const QString &format, const QString &path);
};

} // namespace lifeboat
