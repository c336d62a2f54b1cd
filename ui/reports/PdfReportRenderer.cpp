#include "PdfReportRenderer.h"

#include "report/ReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace lifeboat {

Status PdfReportRenderer::render(const QString &html, const QString &path)
{
    if (!qGuiApp)
        return fail(ErrorCode::Internal, tr("PDF reports need the Qt GUI library to be started (run them with the lifeboat program)"));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Lifeboat"));
    writer.setTitle(tr("Lifeboat report"));
    QTextDocument doc;
    // Lay out at the writer's resolution, not the screen's: otherwise the page looks three
    // times wider to the layout and wide tables run off the paper.
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    // No shaping: no ligatures, so "fi" stays two letters for text extraction (pdftotext,
    // copy and paste, search in a PDF viewer).
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Failed, tr("cannot write the PDF to %1 (check the folder's permissions and free space)").arg(path));
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = writer.resolution() * 0.25;
    doc.setPageSize(QSizeF(page.width(), page.height() - footer));
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -p * (page.height() - footer));
        const QRectF clip(0, p * (page.height() - footer), page.width(), page.height() - footer);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        painter.setFont(font);
        painter.drawText(QRectF(0, page.height() - footer, page.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                         tr("page %1 of %2").arg(p + 1).arg(pages));
    }
    if (!painter.end())
        return fail(ErrorCode::Failed, tr("cannot finish the PDF %1 (check free space)").arg(path));
    if (QFile(path).size() == 0)
        return fail(ErrorCode::Failed, tr("the PDF %1 came out empty (check free space)").arg(path));
    return {};
}

void PdfReportRenderer::install() { ReportWriter::setPdfRenderer(&PdfReportRenderer::render); }

} // namespace lifeboat
