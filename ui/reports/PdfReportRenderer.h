#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace lifeboat {

// Qt's PDF writer for reports: the report's HTML laid out by QTextDocument on A4 landscape
// pages with page numbers. Needs a QGuiApplication (the offscreen platform is enough, so it
// also runs headless); lifeboat registers it with ReportWriter at start-up.
class PdfReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportRenderer)

public:
    [[nodiscard]] static Status render(const QString &html, const QString &path);
    static void install();
};

} // namespace lifeboat
