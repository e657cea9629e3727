// A time chart of one quantity (GPUs or MW) from TimeChartData: planned bands, reported
// points, polled lines, fleet-wide lines (dashed, marked as such), a target and today.
// Hovering a point shows where it comes from.
#pragma once

#include "dashboardsnapshot.h"

#include <QChartView>
#include <QLocale>

class TimeChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TimeChartView(const QString &title, QWidget *parent = nullptr);

    void setData(const TimeChartData &data, const QLocale &locale);
    // Labels of the series shown in the legend, for tests.
    QStringList seriesNames() const;
    bool isEmptyState() const { return m_empty; }
    // A note after the title, e.g. "updated 4 s ago"; stale notes are drawn in amber.
    void setTitleNote(const QString &note, bool stale);
    QString titleText() const;

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
};
