// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "ReportPdf.h"

#include <QChartView>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace pen::gui {
namespace {

QString imageName(qsizetype index)
{
    return QStringLiteral("report-image-%1").arg(index);
}

} // namespace

ReportPdf::ReportPdf(const QString &title) : m_title(title) {}

void ReportPdf::addHeading(const QString &text)
{
    m_body += QStringLiteral("<h2>%1</h2>\n").arg(text.toHtmlEscaped());
}

void ReportPdf::addParagraph(const QString &text)
{
    m_body += QStringLiteral("<p>%1</p>\n").arg(text.toHtmlEscaped());
}

void ReportPdf::addTable(const QStringList &headers, const QList<QStringList> &rows)
{
    // Small print so that a leaderboard's ten columns fit the width of the page.
    QString table = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size: 7pt\"><tr>");
    for (const QString &header : headers)
        table += QStringLiteral("<th bgcolor=\"#e8e8e8\">%1</th>").arg(header.toHtmlEscaped());
    table += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        table += QStringLiteral("<tr>");
        for (const QString &cell : row)
            table += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        table += QStringLiteral("</tr>\n");
    }
    m_body += table + QStringLiteral("</table>\n");
}

void ReportPdf::addImage(const QImage &image)
{
    // The page is 680 px wide in the layout (A4 less margins at 96 dpi); the height keeps the ratio.
    m_body += QStringLiteral("<p><img src=\"%1\" width=\"640\"></p>\n").arg(imageName(m_images.size()));
    m_images.append(image);
}

void ReportPdf::addChart(QChartView *chart)
{
    // Drawn at one printable size whatever its size on screen (or in a hidden tab), then put back.
    const QSize shown = chart->size();
    chart->resize(900, 450);
    addImage(chart->grab().toImage());
    chart->resize(shown);
}

QString ReportPdf::html() const
{
    return QStringLiteral("<html><body><h1>%1</h1>\n%2</body></html>").arg(m_title.toHtmlEscaped(), m_body);
}

bool ReportPdf::write(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("pen::gui::ReportPdf", "%1 cannot be written: %2")
                     .arg(fileName, file.errorString());
        return false;
    }
    QTextDocument document;
    for (qsizetype i = 0; i < m_images.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(imageName(i)), m_images[i]);
    document.setHtml(html());
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("PEN-Tournament"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        // Layout in 96 dpi pixels, as on screen, so that an image's width fits the page's (680 px).
        writer.setResolution(96);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    } // the writer finishes the PDF when it goes
    if (!file.commit()) {
        *error = QCoreApplication::translate("pen::gui::ReportPdf", "%1 cannot be written: %2")
                     .arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace pen::gui
