// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: PEN-Tournament contributors
#include "TraineeReviewPanel.h"

#include "AdminClient.h"
#include "DisplayNames.h"
#include "imageset/ImageSet.h"
#include "practice/PracticeNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pen::gui {
namespace {

QString categoryName(const QString &key)
{
    return DisplayNames::category(key, ImageSet());
}

QString categoriesOf(const QList<Mark> &marks)
{
    QStringList names;
    for (const Mark &mark : marks) {
        const QString name = categoryName(mark.category);
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

TraineeReviewPanel::TraineeReviewPanel(AdminClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("reviewRound"));
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("reviewView"));
    const QStringList headers{tr("Scan"),    tr("Decision"), tr("Outcome"),
                              tr("Threats"), tr("Marks"),    tr("Response (s)")};
    m_scans = new QTableWidget(0, int(headers.size()), this);
    m_scans->setObjectName(QStringLiteral("reviewScans"));
    m_scans->setHorizontalHeaderLabels(headers);
    m_scans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scans->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scans->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scans->verticalHeader()->hide();
    m_detail = new QLabel(tr("Ground truth is drawn solid, the trainee's marks dashed."), this);
    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    m_detail->setWordWrap(true);
    m_image = new ScanImageView(this);
    m_image->setObjectName(QStringLiteral("reviewImage"));
    m_image->setPlaceholder(tr("Choose a scan to see its view with the ground truth and the trainee's marks."));

    auto *form = new QFormLayout;
    form->addRow(tr("Round"), m_round);
    form->addRow(tr("View"), m_view);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_scans, 1);
    leftLayout->addWidget(m_detail);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_image);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 800}); // the table's six columns readable beside the view
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_round, &QComboBox::currentIndexChanged, this, &TraineeReviewPanel::requestAnswers);
    connect(m_scans, &QTableWidget::currentCellChanged, this, [this](int row) { chooseScan(row); });
    connect(m_view, &QComboBox::currentIndexChanged, this, &TraineeReviewPanel::requestView);
}

void TraineeReviewPanel::setRounds(const QString &eventId, const QString &contestantId,
                                   const QList<RoundReport> &rounds)
{
    m_eventId = eventId;
    m_contestantId = contestantId;
    const QSignalBlocker blocker(m_round);
    m_round->clear();
    for (const RoundReport &round : rounds) {
        if (round.eventId.isEmpty() || round.eventId == eventId)
            m_round->addItem(round.title, round.roundId);
    }
    m_round->setEnabled(!contestantId.isEmpty() && m_round->count() > 0);
    showAnswers({});
    if (m_round->isEnabled())
        requestAnswers();
    else
        m_image->setPlaceholder(tr("Choose a contestant of this session to review their rounds scan by scan."));
}

void TraineeReviewPanel::requestAnswers()
{
    const ReviewQuery query{m_eventId, m_contestantId, m_round->currentData().toString()};
    if (query.roundId.isEmpty())
        return;
    const int request = ++m_request;
    m_client->traineeAnswers(query, [this, request](const TraineeAnswers &answers) {
        if (request == m_request)
            showAnswers(answers);
    });
}

void TraineeReviewPanel::showAnswers(const TraineeAnswers &answers)
{
    m_answers = answers;
    const QSignalBlocker blocker(m_scans);
    m_scans->clearContents();
    m_scans->setRowCount(int(answers.scans.size()));
    for (int row = 0; row < answers.scans.size(); ++row) {
        const QStringList texts = cells(answers.scans[row]);
        for (int column = 0; column < texts.size(); ++column)
            m_scans->setItem(row, column, new QTableWidgetItem(texts[column]));
    }
    m_image->setImage({});
    m_image->setOverlays({});
    m_image->setPlaceholder(answers.scans.isEmpty() && !answers.roundId.isEmpty()
                                ? tr("No scan of this round is over yet.")
                                : tr("Choose a scan to see its view with the ground truth and the trainee's marks."));
    emit answersShown();
}

QStringList TraineeReviewPanel::cells(const ReviewedScan &scan) const
{
    QString decision = tr("No answer");
    if (scan.decision)
        decision = *scan.decision == Decision::Suspect ? tr("Alarm") : tr("Clear");
    return {QString::number(scan.scanIndex + 1),
            decision,
            outcome(scan),
            categoriesOf(scan.truth),
            categoriesOf(scan.marks),
            DisplayNames::number(scan.responseSeconds, 1)};
}

QString TraineeReviewPanel::outcome(const ReviewedScan &scan) const
{
    if (!scan.verdict)
        return tr("Not judged: this scan has no ground truth");
    const QString verdict = PracticeNames::verdict(*scan.verdict);
    // A scan that ran out of time is scored as a clear answer: say both.
    return scan.timedOut ? tr("Timed out (%1)").arg(verdict) : verdict;
}

void TraineeReviewPanel::chooseScan(int row)
{
    if (row < 0 || row >= m_answers.scans.size())
        return;
    const ReviewedScan &scan = m_answers.scans[row];
    {
        const QSignalBlocker blocker(m_view);
        m_view->clear();
        for (int view = 0; view < scan.viewCount; ++view)
            m_view->addItem(tr("View %1").arg(view + 1), view);
    }
    m_detail->setText(tr("Scan %1: %n mark(s) by the trainee, %2 points.", nullptr, int(scan.marks.size()))
                          .arg(scan.scanIndex + 1)
                          .arg(DisplayNames::number(scan.points, 2)));
    requestView();
}

void TraineeReviewPanel::requestView()
{
    const int row = m_scans->currentRow();
    const int view = m_view->currentIndex();
    if (row < 0 || row >= m_answers.scans.size() || view < 0)
        return;
    m_image->setImage({});
    m_image->setOverlays({});
    m_image->setPlaceholder(tr("Fetching the scan…"));
    const int request = ++m_request;
    const ReviewQuery query{m_eventId, m_contestantId, m_answers.roundId};
    m_client->reviewScanView(query, m_answers.scans[row].scanIndex, view,
                             [this, request, row, view](const QImage &image) {
                                 if (request == m_request)
                                     showView(row, view, image);
                             });
}

void TraineeReviewPanel::showView(int row, int view, const QImage &image)
{
    m_image->setImage(image);
    m_image->setOverlays(overlays(m_answers.scans[row], view));
    emit viewShown(row, view);
}

QList<RegionOverlay> TraineeReviewPanel::overlays(const ReviewedScan &scan, int view) const
{
    QList<RegionOverlay> drawn;
    for (const Mark &truth : scan.truth) {
        if (truth.region.viewIndex == view)
            drawn.append({truth.region, DisplayNames::categoryColour(truth.category),
                          tr("truth: %1").arg(categoryName(truth.category))});
    }
    for (int i = 0; i < scan.marks.size(); ++i) {
        const Mark &mark = scan.marks[i];
        if (mark.region.viewIndex != view)
            continue;
        QString label = tr("mark: %1");
        if (scan.hittingMarks.contains(i))
            label = tr("hit: %1");
        else if (scan.falseAlarmMarks.contains(i))
            label = tr("false alarm: %1");
        drawn.append({mark.region, DisplayNames::categoryColour(mark.category), label.arg(categoryName(mark.category)),
                      Qt::DashLine});
    }
    return drawn;
}

} // namespace pen::gui
