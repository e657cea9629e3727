// A time chart of one quantity (GPUs or MW) from TimeChartData: planned bands, reported
// points, polled lines, fleet-wide lines (dashed, marked as such), a target and today.
// Hovering a point shows where it comes from.
#pragma once

#include "query/chartaxis.h"
#include "query/dashboardsnapshot.h"

#include <QChartView>
#include <QLocale>
#include <optional>

class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;
class ChartZoom;

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
    // The span the x axis shows: data()'s, or while a pan is dragged, the dragged one.
    ChartSpan shownSpan() const;
    ChartZoom *zoom() const { return m_zoom; }

signals:
    // The user zoomed or panned to `span` (drag, Ctrl+wheel, keys): the page applies it to all
    // its charts and re-reads their data for it.
    void spanRequested(const ChartSpan &span);
    // Double-click or Esc: back to the page's chosen range.
    void resetRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    // What decides which series (and which axes) a chart is drawn with: while it stays the
    // same, an update only replaces points, names and ranges, so the chart, its axes and its
    // series (and what hovers and legend markers refer to) stay the same objects.
    struct LineShape
    {
        QString label;
        Provenance provenance = Provenance::Reported;
        ChartLine::Style style = ChartLine::Style::Line;
        bool fleetLevel = false;
        bool range = false; // a band whose edges differ, drawn as an area
        bool milestones = false; // few enough points to get a dot each
        bool empty = false;
        bool operator==(const LineShape &) const = default;
    };
    struct AxesShape
    {
        bool wholeYears = false; // one label per New Year instead of dates
        double presentationScale = 0;
        bool operator==(const AxesShape &) const = default;
    };
    struct SeriesShape
    {
        QList<LineShape> lines;
        bool today = false;
        bool operator==(const SeriesShape &) const = default;
    };
    // The series one ChartLine is drawn with (unused pointers stay null).
    struct LineSeries
    {
        QXYSeries *main = nullptr; // the line, the step line (a band's lower edge) or the points
        QLineSeries *upper = nullptr; // a band's upper edge
        QAreaSeries *band = nullptr;
        QScatterSeries *markers = nullptr; // milestone dots or the target's marker
    };

    static LineShape shapeOf(const ChartLine &line);
    static AxesShape axesShapeOf(const TimeChartData &data, double presentationScale);
    bool projector() const { return m_presentationScale > 0; }
    double widthFactor() const;

    void fitToChart();
    void styleChart();
    void updateTitle();
    void styleLegend();
    void createAxes(const AxesShape &shape);
    void updateXAxis();
    void setXRange(qint64 fromMs, qint64 toMs);
    void updateYAxis(double top);
    void removeSeries();
    void createSeries();
    void attach(QAbstractSeries *series);
    void hideFromLegend(QAbstractSeries *series);
    LineSeries createStepSeries(const ChartLine &line, int index, bool range, bool milestones);
    LineSeries createPointsSeries(const ChartLine &line, int index);
    LineSeries createLineSeries(const ChartLine &line, int index);
    LineSeries createTargetSeries(const ChartLine &line, int index);
    void createTodaySeries();
    void fillLine(const ChartLine &line, const LineSeries &series);
    void fillStep(const ChartLine &line, const LineSeries &series);
    void fillTarget(const ChartLine &line, const LineSeries &series);
    void fillToday(double top);
    void connectHover(QXYSeries *series, int lineIndex);
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
    std::optional<AxesShape> m_axesShape; // unset until the first setData()
    std::optional<SeriesShape> m_seriesShape;
    QAbstractAxis *m_xAxis = nullptr; // owned by the chart
    QValueAxis *m_yAxis = nullptr;
    QList<LineSeries> m_lineSeries; // one per m_data.lines, in order
    QLineSeries *m_today = nullptr;
    ChartZoom *m_zoom = nullptr;
};
