// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QChartView;

namespace pen::gui {

/// A printed report built from headings, paragraphs, tables and images (charts), written as an
/// A4 PDF with Qt alone. The results of an event and a trainee's report are both made with it.
class ReportPdf {
public:
    explicit ReportPdf(const QString &title);

    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    void addTable(const QStringList &headers, const QList<QStringList> &rows);
    /// An image across the page's width (a chart grabbed from the screen).
    void addImage(const QImage &image);
    /// A chart as it is drawn on screen; a chart in a hidden tab is drawn at a printable size.
    void addChart(QChartView *chart);

    /// The document as HTML with its images as resources, for tests and for a preview.
    QString html() const;
    /// Writes the PDF atomically; false with a message naming the file on failure.
    bool write(const QString &fileName, QString *error) const;

private:
    QString m_title;
    QString m_body;
    QList<QImage> m_images;
};

} // namespace pen::gui
