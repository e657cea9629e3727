#include "widgets/timechartview.h"

#include "domain/figureformat.h"
#include "query/chartcsv.h"
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

} // namespace

TimeChartView::TimeChartView(const QString &title, QWidget *parent)
    : QChartView(parent)
    , m_title(title)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setMinimumHeight(280);
    auto *chart = new QChart;
    chart->setTitle(title);
    setChart(chart); // the view takes ownership
}

void TimeChartView::setData(const TimeChartData &data, const QLocale &locale)
{
    m_locale = locale;
    m_unit = data.unit;
    m_data = data;
    const double scale = m_presentationScale;
    const bool projector = scale > 0;
    // Line widths: thick on a projector, where a 3-pixel line disappears at the back of the room.
    const double widthFactor = projector ? 2.0 * scale : 1.0;
    auto *chart = new QChart;
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(8, 8, 8, 8));
    QFont titleFont = chart->titleFont();
    if (projector)
        titleFont.setPixelSize(qRound(30 * scale));
    else
        titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(
        m_noteStale && !m_note.isEmpty() ? Theme::warningColor() : Theme::textColor());
    chart->setTitle(m_title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    if (projector)
        legendFont.setPixelSize(qRound(24 * scale));
    else
        legendFont.setPointSizeF(10);
    chart->legend()->setFont(legendFont);
    chart->legend()->setLabelColor(Theme::mutedTextColor());

    const QDateTime from = QDateTime::fromMSecsSinceEpoch(data.fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(data.toMs, Qt::UTC);
    const int years = to.date().year() - from.date().year();
    const bool wholeYears
        = from.date().dayOfYear() == 1 && to.date().dayOfYear() == 1 && years >= 2 && years <= 12;
    QAbstractAxis *xAxis = nullptr;
    if (wholeYears) {
        // One label per New Year, placed exactly on it (an even split of the span would drift
        // across leap years and repeat a year).
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setRange(double(data.fromMs), double(data.toMs));
        axis->setStartValue(double(data.fromMs));
        for (int year = from.date().year(); year <= to.date().year(); ++year)
            axis->append(QString::number(year),
                double(QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
        xAxis = axis;
    } else {
        auto *axis = new QDateTimeAxis;
        axis->setFormat(locale.dateFormat(QLocale::ShortFormat));
        axis->setRange(from, to);
        axis->setTickCount(projector ? 4 : 6);
        xAxis = axis;
    }
    xAxis->setGridLineColor(Theme::gridColor());
    xAxis->setLabelsColor(Theme::mutedTextColor());
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setGridLineColor(Theme::gridColor());
    yAxis->setLabelsColor(Theme::mutedTextColor());
    yAxis->setTitleText(data.unit);
    if (projector) {
        QFont labelFont = xAxis->labelsFont();
        labelFont.setPixelSize(qRound(24 * scale));
        xAxis->setLabelsFont(labelFont);
        yAxis->setLabelsFont(labelFont);
        yAxis->setTitleFont(labelFont);
        xAxis->setLabelsColor(Theme::textColor());
        yAxis->setLabelsColor(Theme::textColor());
        chart->legend()->setLabelColor(Theme::textColor());
        chart->setMargins(
            QMargins(qRound(16 * scale), qRound(8 * scale), qRound(16 * scale), qRound(8 * scale)));
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    double maxY = 0;
    const double endX = double(data.toMs);
    const auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };
    m_empty = data.lines.isEmpty();

    for (const ChartLine &line : data.lines) {
        const QColor color
            = line.fleetLevel ? Theme::fleetColor() : Theme::provenanceColor(line.provenance);
        for (const QPointF &point : line.points)
            maxY = std::max(maxY, point.y());
        for (const QPointF &point : line.upper)
            maxY = std::max(maxY, point.y());
        switch (line.style) {
        case ChartLine::Style::Band:
        case ChartLine::Style::Step: {
            auto *lower = new QLineSeries;
            lower->append(staircase(line.points, endX));
            if (line.style == ChartLine::Style::Band && line.upper != line.points) {
                auto *upper = new QLineSeries;
                upper->append(staircase(line.upper, endX));
                auto *band = new QAreaSeries(upper, lower);
                upper->setParent(band);
                lower->setParent(band);
                QColor fill = color;
                fill.setAlpha(60);
                band->setBrush(fill);
                band->setPen(QPen(color, 2.5 * widthFactor));
                band->setName(line.label + QStringLiteral(" ") + tr("(range)"));
                attach(band);
            } else {
                lower->setPen(QPen(color, 3 * widthFactor));
                lower->setName(line.label);
                attach(lower);
            }
            // Dated milestones get a dot each; a densely sampled plan curve would turn into a
            // bead chain, so it is hovered along its line instead.
            if (line.points.size() < 30) {
                auto *markers = new QScatterSeries;
                markers->append(line.points);
                markers->setColor(color);
                markers->setBorderColor(Qt::white);
                markers->setMarkerSize(9 * widthFactor);
                attach(markers);
                chart->legend()->markers(markers).constFirst()->setVisible(false);
                connectHover(markers, line);
            } else {
                connectHover(lower, line);
            }
            break;
        }
        case ChartLine::Style::Points: {
            auto *points = new QScatterSeries;
            points->append(line.points);
            points->setColor(color);
            points->setBorderColor(Qt::white);
            points->setMarkerSize(13 * widthFactor);
            points->setName(line.label);
            attach(points);
            connectHover(points, line);
            break;
        }
        case ChartLine::Style::Line: {
            auto *series = new QLineSeries;
            series->append(line.points);
            QPen pen(color, 3 * widthFactor);
            if (line.fleetLevel)
                pen.setStyle(Qt::DashLine);
            series->setPen(pen);
            series->setPointsVisible(line.points.size() < 30);
            series->setName(line.label);
            attach(series);
            connectHover(series, line);
            break;
        }
        case ChartLine::Style::Target: {
            if (line.points.isEmpty())
                break;
            const QPointF target = line.points.first();
            auto *level = new QLineSeries;
            level->append(double(data.fromMs), target.y());
            level->append(endX, target.y());
            QPen pen(color, 2 * widthFactor);
            pen.setStyle(Qt::DotLine);
            level->setPen(pen);
            level->setName(
                tr("Target %1 · %2").arg(FigureFormat::count(target.y(), locale), line.label));
            attach(level);
            auto *marker = new QScatterSeries;
            marker->append(target);
            marker->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            marker->setMarkerSize(12 * widthFactor);
            marker->setColor(color);
            attach(marker);
            chart->legend()->markers(marker).constFirst()->setVisible(false);
            connectHover(marker, line);
            break;
        }
        }
    }

    const double top = niceCeiling(maxY * 1.08);
    yAxis->setRange(0, top);
    yAxis->setTickCount(projector ? 5 : 6);
    if (data.nowMs >= data.fromMs && data.nowMs <= data.toMs) {
        auto *today = new QLineSeries;
        today->append(double(data.nowMs), 0);
        today->append(double(data.nowMs), top);
        QPen pen(Theme::mutedTextColor(), 1.5 * widthFactor);
        pen.setStyle(Qt::DashLine);
        today->setPen(pen);
        today->setName(tr("Today"));
        attach(today);
    }
    if (m_empty)
        chart->setTitle(m_title + QStringLiteral(" — ") + tr("no data yet"));
    else if (!m_note.isEmpty())
        chart->setTitle(m_title + QStringLiteral("  ·  ") + m_note);

    QChart *old = this->chart();
    setChart(chart);
    delete old; // setChart() does not delete the previous chart
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

void TimeChartView::connectHover(QXYSeries *series, const ChartLine &line)
{
    connect(series, &QXYSeries::hovered, this,
        [this, label = line.label, notes = line.pointNotes, points = line.points](
            const QPointF &point, bool state) {
            showPointNote(label, point, notes, points, state);
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
        painter->setBrush(QColor(255, 255, 255, 225));
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
