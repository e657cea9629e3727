#include "widgets/timechartview.h"

#include "domain/figureformat.h"
#include "query/chartcsv.h"
#include "widgets/chartzoom.h"
#include "widgets/theme.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QContextMenuEvent>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace {

// Turns plan points into a staircase that holds each value until the next date.
QList<QPointF> staircase(const QList<QPointF> &points, double endX)
{
    QList<QPointF> steps;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            steps.append(QPointF(points[i].x(), points[i - 1].y()));
        steps.append(points[i]);
    }
    if (!points.isEmpty() && endX > points.last().x())
        steps.append(QPointF(endX, points.last().y()));
    return steps;
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0 }) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// The highest value `points` take within [from, to]: a step line (a plan) holds its last value
// before `from`, so that one counts too.
double visibleMax(const QList<QPointF> &points, double from, double to, bool holds)
{
    double maxY = 0;
    std::optional<double> before;
    for (const QPointF &point : points) {
        if (point.x() < from)
            before = point.y();
        else if (point.x() <= to)
            maxY = std::max(maxY, point.y());
    }
    return holds && before ? std::max(maxY, *before) : maxY;
}

// The top of the value axis: a round figure a little above the highest point or band edge
// within the x axis, so a zoom into an hour of polls is not flattened by a plan years away.
double valueCeiling(const TimeChartData &data)
{
    const double from = double(data.fromMs);
    const double to = double(data.toMs);
    double maxY = 0;
    for (const ChartLine &line : data.lines) {
        if (line.style == ChartLine::Style::Target && !line.points.isEmpty()) {
            maxY = std::max(maxY, line.points.first().y()); // drawn across the whole chart
            continue;
        }
        const bool holds
            = line.style == ChartLine::Style::Step || line.style == ChartLine::Style::Band;
        maxY = std::max(maxY, visibleMax(line.points, from, to, holds));
        maxY = std::max(maxY, visibleMax(line.upper, from, to, holds));
    }
    return niceCeiling(maxY * 1.08);
}

// Date-time axis labels that fit the span: times within a day or two, day and month within a
// quarter, the locale's short date beyond.
QString axisFormat(qint64 widthMs, const QLocale &locale)
{
    constexpr qint64 kDay = 86'400'000;
    if (widthMs <= 2 * kDay)
        return locale.timeFormat(QLocale::ShortFormat);
    if (widthMs <= 92 * kDay) {
        return locale.language() == QLocale::German ? QStringLiteral("d. MMM")
                                                    : QStringLiteral("MMM d");
    }
    return locale.dateFormat(QLocale::ShortFormat);
}

} // namespace

TimeChartView::TimeChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
    , m_title(title)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Theme::surfaceColor());
    setMinimumHeight(280);
    auto *chart = new QChart;
    chart->setTitle(title);
    setChart(chart); // the view takes ownership
    setFocusPolicy(Qt::StrongFocus); // +/-, arrows and Esc zoom and pan
    m_zoom = new ChartZoom(
        this, [this] { return shownSpan(); },
        [this](const ChartSpan &span) { setXRange(span.fromMs, span.toMs); });
    connect(m_zoom, &ChartZoom::spanRequested, this, &TimeChartView::spanRequested);
    connect(m_zoom, &ChartZoom::resetRequested, this, &TimeChartView::resetRequested);
}

ChartSpan TimeChartView::shownSpan() const
{
    if (auto *axis = qobject_cast<QDateTimeAxis *>(m_xAxis))
        return { axis->min().toMSecsSinceEpoch(), axis->max().toMSecsSinceEpoch() };
    if (auto *axis = qobject_cast<QCategoryAxis *>(m_xAxis))
        return { qint64(axis->min()), qint64(axis->max()) };
    return { m_data.fromMs, m_data.toMs };
}

void TimeChartView::setData(const TimeChartData &data, const QLocale &locale)
{
    m_locale = locale;
    m_unit = data.unit;
    m_data = data;
    m_empty = data.lines.isEmpty();
    styleChart();
    const AxesShape axesShape = axesShapeOf(data, m_presentationScale);
    if (m_axesShape != axesShape) {
        removeSeries(); // they are rebuilt on the new axes
        createAxes(axesShape);
    }
    updateXAxis();
    SeriesShape seriesShape;
    for (const ChartLine &line : data.lines)
        seriesShape.lines.append(shapeOf(line));
    seriesShape.today = data.nowMs >= data.fromMs && data.nowMs <= data.toMs;
    if (m_seriesShape != seriesShape) {
        removeSeries();
        createSeries();
        m_seriesShape = seriesShape;
    }
    for (qsizetype i = 0; i < data.lines.size(); ++i) {
        const ChartLine &line = data.lines[i];
        switch (line.style) {
        case ChartLine::Style::Band:
        case ChartLine::Style::Step:
            fillStep(line, m_lineSeries[i]);
            break;
        case ChartLine::Style::Points:
        case ChartLine::Style::Line:
            fillLine(line, m_lineSeries[i]);
            break;
        case ChartLine::Style::Target:
            fillTarget(line, m_lineSeries[i]);
            break;
        }
    }
    const double top = valueCeiling(data);
    updateYAxis(top);
    fillToday(top);
    updateTitle();
    fitToChart();
}

// Fits the view to its chart as QChartView does when it is given a chart or resized: the view's
// minimum size covers the chart's, and its scene rect (which is its size hint) is the chart. While
// every update brought a new chart it got this for free; a kept chart whose series, legend and
// title changed would leave the view with the size hint of its empty chart, and a page laid out
// by it (the German overview) came out taller than the window.
void TimeChartView::fitToChart()
{
    QChart *chart = this->chart();
    chart->resize(size());
    setMinimumSize(chart->minimumSize().toSize().expandedTo(minimumSize()));
    setMaximumSize(maximumSize().boundedTo(chart->maximumSize().toSize()));
    setSceneRect(chart->geometry());
}

TimeChartView::LineShape TimeChartView::shapeOf(const ChartLine &line)
{
    LineShape shape;
    shape.label = line.label;
    shape.provenance = line.provenance;
    shape.style = line.style;
    shape.fleetLevel = line.fleetLevel;
    shape.range = line.style == ChartLine::Style::Band && line.upper != line.points;
    shape.milestones = line.points.size() < 30;
    shape.empty = line.points.isEmpty();
    return shape;
}

TimeChartView::AxesShape TimeChartView::axesShapeOf(
    const TimeChartData &data, double presentationScale)
{
    const QDate from = QDateTime::fromMSecsSinceEpoch(data.fromMs, Qt::UTC).date();
    const QDate to = QDateTime::fromMSecsSinceEpoch(data.toMs, Qt::UTC).date();
    const int years = to.year() - from.year();
    AxesShape shape;
    shape.wholeYears = from.dayOfYear() == 1 && to.dayOfYear() == 1 && years >= 2 && years <= 12;
    shape.presentationScale = presentationScale;
    return shape;
}

// Line widths: thick on a projector, where a 3-pixel line disappears at the back of the room.
double TimeChartView::widthFactor() const
{
    return projector() ? 2.0 * m_presentationScale : 1.0;
}

void TimeChartView::styleChart()
{
    const double scale = m_presentationScale;
    QChart *chart = this->chart();
    chart->setLocale(m_locale);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Theme::surfaceColor());
    chart->setBackgroundPen(Qt::NoPen);
    if (projector())
        chart->setMargins(
            QMargins(qRound(16 * scale), qRound(8 * scale), qRound(16 * scale), qRound(8 * scale)));
    else
        chart->setMargins(QMargins(8, 8, 8, 8));
    QFont titleFont = chart->titleFont();
    if (projector())
        titleFont.setPixelSize(qRound(30 * scale));
    else
        titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    styleLegend();
}

void TimeChartView::styleLegend()
{
    QLegend *legend = chart()->legend();
    legend->setAlignment(Qt::AlignBottom);
    QFont legendFont = legend->font();
    if (projector())
        legendFont.setPixelSize(qRound(24 * m_presentationScale));
    else
        legendFont.setPointSizeF(10);
    legend->setFont(legendFont);
    legend->setLabelColor(projector() ? Theme::textColor() : Theme::mutedTextColor());
}

void TimeChartView::updateTitle()
{
    chart()->setTitleBrush(
        m_noteStale && !m_note.isEmpty() ? Theme::warningColor() : Theme::textColor());
    if (m_empty)
        chart()->setTitle(m_title + QStringLiteral(" — ") + tr("no data yet"));
    else if (!m_note.isEmpty())
        chart()->setTitle(m_title + QStringLiteral("  ·  ") + m_note);
    else
        chart()->setTitle(m_title);
}

void TimeChartView::createAxes(const AxesShape &shape)
{
    if (m_xAxis) {
        // A fresh chart: QChart::removeAxis() leaves the old axis' labels and grid drawn.
        auto *chart = new QChart;
        chart->setTitle(m_title);
        QChart *old = this->chart();
        setChart(chart);
        delete old; // setChart() does not delete the previous chart, nor its axes
        styleChart();
    }
    if (shape.wholeYears) {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_xAxis = axis;
    } else {
        m_xAxis = new QDateTimeAxis;
    }
    m_xAxis->setGridLineColor(Theme::gridColor());
    m_xAxis->setLabelsColor(Theme::mutedTextColor());
    m_yAxis = new QValueAxis;
    m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_yAxis->setGridLineColor(Theme::gridColor());
    m_yAxis->setLabelsColor(Theme::mutedTextColor());
    if (projector()) {
        QFont labelFont = m_xAxis->labelsFont();
        labelFont.setPixelSize(qRound(24 * m_presentationScale));
        m_xAxis->setLabelsFont(labelFont);
        m_yAxis->setLabelsFont(labelFont);
        m_yAxis->setTitleFont(labelFont);
        m_xAxis->setLabelsColor(Theme::textColor());
        m_yAxis->setLabelsColor(Theme::textColor());
    }
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    m_axesShape = shape;
}

void TimeChartView::updateXAxis()
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_data.fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_data.toMs, Qt::UTC);
    if (auto *axis = qobject_cast<QCategoryAxis *>(m_xAxis)) {
        // One label per New Year, placed exactly on it (an even split of the span would drift
        // across leap years and repeat a year).
        const QStringList oldLabels = axis->categoriesLabels();
        for (const QString &label : oldLabels)
            axis->remove(label);
        axis->setRange(double(m_data.fromMs), double(m_data.toMs));
        axis->setStartValue(double(m_data.fromMs));
        for (int year = from.date().year(); year <= to.date().year(); ++year)
            axis->append(QString::number(year),
                double(QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    } else if (auto *axis = qobject_cast<QDateTimeAxis *>(m_xAxis)) {
        axis->setFormat(axisFormat(m_data.toMs - m_data.fromMs, m_locale));
        axis->setRange(from, to);
        axis->setTickCount(projector() ? 4 : 6);
    }
}

// A pan being dragged: the axis moves, the data stays until the page re-reads it for the span.
void TimeChartView::setXRange(qint64 fromMs, qint64 toMs)
{
    if (auto *axis = qobject_cast<QDateTimeAxis *>(m_xAxis))
        axis->setRange(
            QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    else if (auto *axis = qobject_cast<QCategoryAxis *>(m_xAxis))
        axis->setRange(double(fromMs), double(toMs));
}

void TimeChartView::updateYAxis(double top)
{
    m_yAxis->setTitleText(m_data.unit);
    m_yAxis->setRange(0, top);
    m_yAxis->setTickCount(projector() ? 5 : 6);
}

void TimeChartView::removeSeries()
{
    chart()->removeAllSeries(); // deletes them, and a band's edges with it
    m_lineSeries.clear();
    m_today = nullptr;
    m_seriesShape.reset();
}

// Creates the series of every line of m_data, in the order they are drawn and listed in the
// legend; their points and names are filled in by the fill*() functions.
void TimeChartView::createSeries()
{
    for (qsizetype i = 0; i < m_data.lines.size(); ++i) {
        const ChartLine &line = m_data.lines[i];
        const LineShape shape = shapeOf(line);
        switch (line.style) {
        case ChartLine::Style::Band:
        case ChartLine::Style::Step:
            m_lineSeries.append(createStepSeries(line, int(i), shape.range, shape.milestones));
            break;
        case ChartLine::Style::Points:
            m_lineSeries.append(createPointsSeries(line, int(i)));
            break;
        case ChartLine::Style::Line:
            m_lineSeries.append(createLineSeries(line, int(i)));
            break;
        case ChartLine::Style::Target:
            m_lineSeries.append(createTargetSeries(line, int(i)));
            break;
        }
    }
    if (m_data.nowMs >= m_data.fromMs && m_data.nowMs <= m_data.toMs)
        createTodaySeries();
}

void TimeChartView::attach(QAbstractSeries *series)
{
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
}

void TimeChartView::hideFromLegend(QAbstractSeries *series)
{
    chart()->legend()->markers(series).constFirst()->setVisible(false);
}

namespace {

QColor lineColor(const ChartLine &line)
{
    return line.fleetLevel ? Theme::fleetColor() : Theme::provenanceColor(line.provenance);
}

} // namespace

TimeChartView::LineSeries TimeChartView::createStepSeries(
    const ChartLine &line, int index, bool range, bool milestones)
{
    const QColor color = lineColor(line);
    LineSeries series;
    auto *lower = new QLineSeries;
    series.main = lower;
    if (range) {
        series.upper = new QLineSeries;
        series.band = new QAreaSeries(series.upper, lower);
        series.upper->setParent(series.band);
        lower->setParent(series.band);
        QColor fill = color;
        fill.setAlpha(60);
        series.band->setBrush(fill);
        series.band->setPen(QPen(color, 2.5 * widthFactor()));
        attach(series.band);
    } else {
        lower->setPen(QPen(color, 3 * widthFactor()));
        attach(lower);
    }
    // Dated milestones get a dot each; a densely sampled plan curve would turn into a
    // bead chain, so it is hovered along its line instead.
    if (milestones) {
        series.markers = new QScatterSeries;
        series.markers->setColor(color);
        series.markers->setBorderColor(Theme::surfaceColor());
        series.markers->setMarkerSize(9 * widthFactor());
        attach(series.markers);
        hideFromLegend(series.markers);
        connectHover(series.markers, index);
    } else {
        connectHover(lower, index);
    }
    return series;
}

TimeChartView::LineSeries TimeChartView::createPointsSeries(const ChartLine &line, int index)
{
    auto *points = new QScatterSeries;
    points->setMarkerSize(13 * widthFactor());
    if (line.squareMarkers)
        points->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    if (line.analystProjection) {
        // Hollow: the analyst's view of the future, not a figure of the past.
        points->setBrush(Qt::NoBrush);
        points->setPen(QPen(lineColor(line), 2.5 * widthFactor()));
    } else {
        points->setColor(lineColor(line));
        points->setBorderColor(Theme::surfaceColor());
    }
    attach(points);
    connectHover(points, index);
    return LineSeries { points };
}

TimeChartView::LineSeries TimeChartView::createLineSeries(const ChartLine &line, int index)
{
    auto *series = new QLineSeries;
    QPen pen(lineColor(line), 3 * widthFactor());
    if (line.fleetLevel)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(line.points.size() < 30);
    attach(series);
    connectHover(series, index);
    return LineSeries { series };
}

TimeChartView::LineSeries TimeChartView::createTargetSeries(const ChartLine &line, int index)
{
    if (line.points.isEmpty())
        return {};
    const QColor color = lineColor(line);
    LineSeries series;
    auto *level = new QLineSeries;
    QPen pen(color, 2 * widthFactor());
    pen.setStyle(Qt::DotLine);
    level->setPen(pen);
    attach(level);
    series.main = level;
    series.markers = new QScatterSeries;
    series.markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    series.markers->setMarkerSize(12 * widthFactor());
    series.markers->setColor(color);
    attach(series.markers);
    hideFromLegend(series.markers);
    connectHover(series.markers, index);
    return series;
}

void TimeChartView::createTodaySeries()
{
    m_today = new QLineSeries;
    QPen pen(Theme::mutedTextColor(), 1.5 * widthFactor());
    pen.setStyle(Qt::DashLine);
    m_today->setPen(pen);
    attach(m_today);
}

void TimeChartView::fillStep(const ChartLine &line, const LineSeries &series)
{
    const double endX = double(m_data.toMs);
    series.main->replace(staircase(line.points, endX));
    if (series.band) {
        series.upper->replace(staircase(line.upper, endX));
        series.band->setName(line.label + QStringLiteral(" ") + tr("(range)"));
    } else {
        series.main->setName(line.label);
    }
    if (series.markers)
        series.markers->replace(line.points);
}

void TimeChartView::fillLine(const ChartLine &line, const LineSeries &series)
{
    series.main->replace(line.points);
    series.main->setName(line.label);
}

void TimeChartView::fillTarget(const ChartLine &line, const LineSeries &series)
{
    if (!series.main)
        return; // a target without a value draws nothing
    const QPointF target = line.points.first();
    series.main->replace(
        { QPointF(double(m_data.fromMs), target.y()), QPointF(double(m_data.toMs), target.y()) });
    series.main->setName(
        tr("Target %1 · %2").arg(FigureFormat::count(target.y(), m_locale), line.label));
    series.markers->replace({ target });
}

void TimeChartView::fillToday(double top)
{
    if (!m_today)
        return;
    m_today->replace({ QPointF(double(m_data.nowMs), 0), QPointF(double(m_data.nowMs), top) });
    m_today->setName(tr("Today"));
}

void TimeChartView::setTitleNote(const QString &note, bool stale)
{
    m_note = note;
    m_noteStale = stale;
    if (m_empty)
        return;
    chart()->setTitle(note.isEmpty() ? m_title : m_title + QStringLiteral("  ·  ") + note);
    chart()->setTitleBrush(stale ? Theme::warningColor() : Theme::textColor());
}

QString TimeChartView::titleText() const
{
    return chart()->title();
}

// Looks the line up when hovered, so that a series whose points were replaced notes the new ones.
void TimeChartView::connectHover(QXYSeries *series, int lineIndex)
{
    connect(series, &QXYSeries::hovered, this, [this, lineIndex](const QPointF &point, bool state) {
        if (lineIndex >= m_data.lines.size())
            return;
        const ChartLine &line = m_data.lines[lineIndex];
        showPointNote(line.label, point, line.pointNotes, line.points, state);
    });
}

void TimeChartView::showPointNote(const QString &label, const QPointF &point,
    const QStringList &notes, const QList<QPointF> &points, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    // The nearest data point to what the mouse hovers.
    qsizetype nearest = -1;
    double best = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double distance = std::abs(points[i].x() - point.x());
        if (nearest < 0 || distance < best) {
            nearest = i;
            best = distance;
        }
    }
    if (nearest < 0)
        return;
    const QPointF value = points[nearest];
    QString text
        = QStringLiteral("<b>%1</b><br>%2: %3 %4")
              .arg(label.toHtmlEscaped(),
                  FigureFormat::date(
                      QDateTime::fromMSecsSinceEpoch(qint64(value.x()), Qt::UTC).date(), m_locale),
                  m_locale.toString(value.y(), 'f', value.y() < 10 ? 1 : 0), m_unit);
    if (nearest < notes.size() && !notes[nearest].isEmpty())
        text += QStringLiteral("<br>") + notes[nearest].toHtmlEscaped();
    QToolTip::showText(QCursor::pos(), text, this);
}

void TimeChartView::setAnnotations(const QList<ChartAnnotation> &annotations)
{
    m_annotations = annotations;
    viewport()->update();
}

void TimeChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_annotations.isEmpty() || m_empty || chart()->series().isEmpty())
        return;
    // Drawn over the plot in scene coordinates, so the marks follow resizes without
    // becoming series of their own (they would clutter the legend and the hover).
    QAbstractSeries *reference = chart()->series().constFirst();
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPointSizeF(9);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QColor color = Theme::provenanceColor(Provenance::Manual);
    double lastLabelRight = -1e9;
    int row = 0;
    for (const ChartAnnotation &annotation : std::as_const(m_annotations)) {
        const QPointF at = chart()->mapToScene(
            chart()->mapToPosition(QPointF(double(annotation.ms), 0), reference));
        if (at.x() < plot.left() || at.x() > plot.right())
            continue;
        painter->setPen(QPen(color, 1.5, Qt::DashDotLine));
        painter->drawLine(QPointF(at.x(), plot.top()), QPointF(at.x(), plot.bottom()));
        const QString text = metrics.elidedText(annotation.label, Qt::ElideRight, 180);
        const int width = metrics.horizontalAdvance(text) + 8;
        // Labels that would touch the previous one go one row lower.
        row = at.x() < lastLabelRight + 4 ? (row + 1) % 3 : 0;
        // Along the bottom of the plot, where the figures of a growing site rarely are.
        QRectF box(at.x() + 3, plot.bottom() - 4 - (row + 1) * (metrics.height() + 4), width,
            metrics.height() + 2);
        if (box.right() > plot.right())
            box.moveRight(at.x() - 3);
        lastLabelRight = box.right();
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::labelBackgroundColor(225));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(color);
        painter->drawText(box.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    painter->restore();
}

QStringList TimeChartView::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries *series : chart()->series()) {
        if (!series->name().isEmpty())
            names.append(series->name());
    }
    return names;
}

void TimeChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *csv = menu.addAction(tr("Export CSV…"));
    csv->setEnabled(!m_data.lines.isEmpty());
    if (menu.exec(event->globalPos()) != csv)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data"),
        QDir::home().filePath(
            m_title.section(QLatin1Char('('), 0, 0).trimmed() + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export CSV"), error);
}

QString TimeChartView::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ChartCsv::toCsv(m_data).toUtf8()) < 0
        || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return QString();
}
