// A time chart of one quantity (GPUs or MW) from TimeChartData: planned bands, reported
// points, polled lines, fleet-wide lines (dashed, marked as such), a target and today.
// Hovering a point shows where it comes from.
#pragma once

#include "query/dashboardsnapshot.h"

#include <QChartView>
#include <QLocale>

// A dated note drawn on the chart as a thin vertical line with a short label.
struct ChartAnnotation
{
    qint64 ms = 0; // UTC
    QString label;
};

class TimeChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TimeChartView(const QString &title, QWidget *parent = nullptr);

    void setData(const TimeChartData &data, const QLocale &locale);
    const TimeChartData &data() const { return m_data; }
    // Projector style: fonts in pixels scaled by `scale` (1.0 at 1920x1080), thick lines and
    // few ticks. 0 is the window's style. Applies from the next setData().
    void setPresentationScale(double scale) { m_presentationScale = scale; }
    // Writes data() as CSV to `path` (temporary name, then renamed); empty string or a message.
    QString exportCsv(const QString &path) const;
    // Labels of the series shown in the legend, for tests.
    QStringList seriesNames() const;
    bool isEmptyState() const { return m_empty; }
    // A note after the title, e.g. "updated 4 s ago"; stale notes are drawn in amber.
    void setTitleNote(const QString &note, bool stale);
    QString titleText() const;
    // Notes to mark on the time axis; kept across setData().
    void setAnnotations(const QList<ChartAnnotation> &annotations);
    QList<ChartAnnotation> annotations() const { return m_annotations; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void connectHover(class QXYSeries *series, const ChartLine &line);
    void showPointNote(const QString &label, const QPointF &point, const QStringList &notes,
        const QList<QPointF> &points, bool state);

    QString m_title;
    QLocale m_locale;
    QString m_unit;
    bool m_empty = true;
    QString m_note;
    bool m_noteStale = false;
    double m_presentationScale = 0;
    TimeChartData m_data;
    QList<ChartAnnotation> m_annotations;
};
