#include "presentation/deckexporter.h"

#include "domain/figureformat.h"
#include "domain/metrics.h"
#include "query/asofline.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsView>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <memory>

namespace {

// Slides are laid out at this logical width and scaled onto the page: the same type sizes as
// on a 1920-pixel projector.
constexpr double kLogicalWidth = 1920;

QString metricName(const QString &metric)
{
    if (metric == Metric::GpusOnline)
        return DeckExporter::tr("GPUs online");
    if (metric == Metric::GpusInstalled)
        return DeckExporter::tr("GPUs installed");
    if (metric == Metric::PowerMw)
        return DeckExporter::tr("Power drawn");
    if (metric == Metric::FacilityPowerMw)
        return DeckExporter::tr("Facility power");
    if (metric == Metric::CapacityMw)
        return DeckExporter::tr("Capacity");
    if (metric == Metric::ComputeGw)
        return DeckExporter::tr("Compute");
    if (metric == Metric::CommitmentUsd)
        return DeckExporter::tr("Commitment");
    if (metric == Metric::CapacityOnlineMw)
        return DeckExporter::tr("Operational capacity");
    if (metric == Metric::ContractedGw)
        return DeckExporter::tr("Contracted compute");
    if (metric == Metric::GpusOnlineTarget)
        return DeckExporter::tr("GPU target");
    if (metric == Metric::GpusPlanned)
        return DeckExporter::tr("GPUs planned");
    return metric;
}

QFont pixelFont(int pixels, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

void settle()
{
    // Layouts and chart geometry are applied through posted events.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

DeckExporter::DeckExporter(const SlideContext &context, const QList<SlideSpec> &slides)
    : m_context(context)
    , m_slides(slides)
{ }

QPageSize::PageSizeId DeckExporter::pageSizeFor(const QLocale &locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

QString DeckExporter::fileNameFor(int index, const SlideSpec &slide)
{
    QString name = slide.name();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    return QStringLiteral("%1-%2.png").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name);
}

void DeckExporter::renderSlideOnto(
    QPainter &painter, const SlideSpec &slide, const QSize &logicalSize) const
{
    SlideContext context = m_context;
    context.size = logicalSize;
    std::unique_ptr<SlideFrame> frame(SlideRegistry::instance().create(slide, context));
    if (!frame)
        return;
    frame->setAttribute(Qt::WA_DontShowOnScreen);
    frame->resize(logicalSize);
    frame->show();
    settle();
    // QWidget::render of a chart (a QGraphicsView) onto a PDF painter loses legend entries, so
    // on a PDF the charts' scenes are drawn directly (still vector) after the rest of the slide.
    const bool vectorDevice = painter.device() && painter.device()->devType() != QInternal::Image;
    const QList<QGraphicsView *> charts
        = vectorDevice ? frame->findChildren<QGraphicsView *>() : QList<QGraphicsView *> {};
    for (QGraphicsView *chart : charts)
        chart->viewport()->hide();
    painter.save();
    frame->render(
        &painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.restore();
    for (QGraphicsView *chart : charts) {
        chart->viewport()->show();
        const QRectF target(QPointF(chart->viewport()->mapTo(frame.get(), QPoint(0, 0))),
            QSizeF(chart->viewport()->size()));
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        chart->scene()->render(
            &painter, target, chart->mapToScene(chart->viewport()->rect()).boundingRect());
        painter.restore();
    }
}

QImage DeckExporter::renderSlide(const SlideSpec &slide, const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Theme::slideBackgroundColor());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderSlideOnto(painter, slide, size);
    painter.end();
    return image;
}

QString DeckExporter::exportPngs(const QString &folder, const QSize &size, QStringList *written,
    const std::function<bool(int)> &progress) const
{
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir())
        return tr("Cannot write PNGs into %1: it is a file, not a folder.").arg(nativeFolder);
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder %1 for the PNGs. Check its permissions or choose "
                  "another folder.")
            .arg(nativeFolder);
    for (int i = 0; i < m_slides.size(); ++i) {
        if (progress && !progress(int(100 * i / m_slides.size())))
            return tr(
                "Cancelled after %n slide(s); the PNGs written so far are complete.", nullptr, i);
        const QString path = QDir(folder).filePath(fileNameFor(i, m_slides[i]));
        const QImage image = renderSlide(m_slides[i], size);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return tr("Cannot write the PNG %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
        if (written)
            written->append(path);
    }
    if (progress)
        progress(100);
    return QString();
}

QString DeckExporter::exportPdf(const QString &path) const
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return tr("Cannot write the PDF %1: it is a folder.").arg(nativePath);
    // QSaveFile writes to a temporary file beside the target and renames it on commit().
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the PDF %1: %2").arg(nativePath, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Stargate rollout briefing"));
        writer.setCreator(QStringLiteral("Stargate Dashboard"));
        // The widgets lay out text at the screen's 96 dpi; the charts' text items resolve
        // fonts against the device's resolution, so the PDF uses the same one (still vector).
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(QPageSize(pageSizeFor(m_context.locale)),
            QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return tr("Cannot write the PDF %1: the PDF writer could not start.").arg(nativePath);
        painter.setRenderHint(QPainter::Antialiasing);
        // Everything is drawn in logical units: 1920 across the printable width.
        const double scale = writer.width() / kLogicalWidth;
        const QSizeF page(kLogicalWidth, writer.height() / scale);
        const auto startPage = [&] {
            painter.resetTransform();
            painter.scale(scale, scale);
        };

        startPage();
        drawTitlePage(painter, page);
        for (const SlideSpec &slide : m_slides) {
            writer.newPage();
            startPage();
            renderSlideOnto(painter, slide, page.toSize());
        }
        qsizetype row = 0;
        bool firstPage = true;
        const qsizetype rows = m_context.snapshot.facts.size();
        do {
            writer.newPage();
            startPage();
            const qsizetype nextRow = drawAppendixPage(painter, page, row, firstPage);
            if (nextRow == row && rows > 0)
                break; // a row taller than a page: stop rather than loop
            row = nextRow;
            firstPage = false;
        } while (row < rows);
        painter.end();
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return tr("Cannot write the PDF %1: %2").arg(nativePath, file.errorString());
    return QString();
}

void DeckExporter::drawTitlePage(QPainter &painter, const QSizeF &page) const
{
    const QLocale &locale = m_context.locale;
    const OverviewSummary &summary = m_context.snapshot.summary;
    const double margin = 96;
    double y = page.height() * 0.22;
    painter.fillRect(QRectF(0, 0, page.width(), 24), Theme::slideAccentColor());
    painter.setPen(Theme::slideTextColor());
    painter.setFont(pixelFont(88, true));
    painter.drawText(QRectF(margin, y, page.width() - 2 * margin, 120),
        Qt::AlignLeft | Qt::AlignVCenter, tr("Stargate rollout briefing"));
    y += 150;
    painter.setFont(pixelFont(40));
    painter.drawText(QRectF(margin, y, page.width() - 2 * margin, 60),
        Qt::AlignLeft | Qt::AlignVCenter, FigureFormat::date(QDate::currentDate(), locale));
    y += 100;
    // The as-of lines of the Overview header and of every slide footer, one per line.
    QStringList lines;
    if (m_context.snapshotTakenAt.isValid())
        lines.append(SlideFrame::footer(m_context, {}).section(AsOfLine::separator(), 0, 0));
    for (const QString &line : { AsOfLine::figures(summary, locale),
             AsOfLine::measurement(summary, locale), AsOfLine::dataset(summary, locale) }) {
        if (!line.isEmpty())
            lines.append(line.left(1).toUpper() + line.mid(1)); // a line of its own
    }
    lines.append(
        tr("%n slide(s); the appendix lists every reported figure with its source and date.",
            nullptr, int(m_slides.size())));
    for (const QString &credit : m_context.snapshot.dataCredits())
        lines.append(tr("Estimates: %1").arg(credit));
    painter.setFont(pixelFont(32));
    painter.setPen(Theme::slideMutedTextColor());
    for (const QString &line : lines) {
        painter.drawText(QRectF(margin, y, page.width() - 2 * margin, 50),
            Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 56;
    }
    if (summary.includesSimulated) {
        y += 30;
        const QRectF box(margin, y, page.width() - 2 * margin, 80);
        painter.fillRect(box, Theme::slideBannerBackgroundColor());
        painter.setPen(QPen(Theme::slideBannerBorderColor(), 3));
        painter.drawRect(box);
        painter.setPen(Theme::slideBannerTextColor());
        painter.setFont(pixelFont(32, true));
        painter.drawText(box.adjusted(24, 0, -24, 0), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Includes SIMULATED data from the built-in demo feed: not real figures."));
    }
}

qsizetype DeckExporter::drawAppendixPage(
    QPainter &painter, const QSizeF &page, qsizetype first, bool firstPage) const
{
    const QLocale &locale = m_context.locale;
    const double margin = 64;
    double y = 48;
    painter.setPen(Theme::slideTextColor());
    painter.setFont(pixelFont(44, true));
    painter.drawText(QRectF(margin, y, page.width() - 2 * margin, 64),
        Qt::AlignLeft | Qt::AlignVCenter,
        firstPage ? tr("Appendix: public figures and their sources") : tr("Appendix (continued)"));
    y += 96;
    if (firstPage) {
        // The analysts whose estimates are listed, with the credit their licence asks for.
        painter.setFont(pixelFont(22));
        painter.setPen(Theme::slideMutedTextColor());
        for (const QString &credit : m_context.snapshot.dataCredits()) {
            painter.drawText(QRectF(margin, y, page.width() - 2 * margin, 34),
                Qt::AlignLeft | Qt::AlignVCenter, tr("Estimates: %1").arg(credit));
            y += 36;
        }
        painter.setPen(Theme::slideTextColor());
    }
    const QList<ReportedFact> &facts = m_context.snapshot.facts;
    if (facts.isEmpty()) {
        painter.setFont(pixelFont(30));
        painter.drawText(QRectF(margin, y, page.width() - 2 * margin, 50), Qt::AlignLeft,
            tr("No data yet: the store holds no reported figures."));
        return 0;
    }
    QHash<QString, QString> siteNames;
    for (const SiteRow &row : m_context.snapshot.sites)
        siteNames.insert(row.site.id, row.site.name);
    // Columns: figure, value, period, published, source.
    const double width = page.width() - 2 * margin;
    const QList<double> columns { 0, width * 0.24, width * 0.40, width * 0.49, width * 0.58 };
    const QStringList headers { tr("Figure"), tr("Value"), tr("Period"), tr("Published"),
        tr("Source") };
    const QFont body = pixelFont(20);
    const QFont bold = pixelFont(20, true);
    const QFont urlFont = pixelFont(17);
    const double lineHeight = 34;
    painter.setFont(bold);
    for (int c = 0; c < headers.size(); ++c)
        painter.drawText(QRectF(margin + columns[c], y, 600, lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, headers[c]);
    y += lineHeight;
    painter.setPen(QPen(Theme::slideTextColor(), 2));
    painter.drawLine(QPointF(margin, y), QPointF(page.width() - margin, y));
    y += 6;
    qsizetype row = first;
    const double bottom = page.height() - 64;
    for (; row < facts.size() && y + lineHeight <= bottom; ++row) {
        const ReportedFact &fact = facts[row];
        QString scope = fact.scope == ReportedFact::Scope::Site
            ? siteNames.value(fact.siteId, fact.siteId)
            : fact.scope == ReportedFact::Scope::Program ? tr("Stargate program")
                                                         : tr("OpenAI fleet");
        QString value = FigureFormat::range(
            fact.value, locale, fact.value.low < 10 && fact.value.low != 0 ? 1 : 0);
        if (fact.metric == Metric::CommitmentUsd)
            value = tr("US$%1 bn")
                        .arg(FigureFormat::range(
                            { fact.value.low / 1e9, fact.value.high / 1e9 }, locale));
        else if (!fact.unit.isEmpty() && fact.unit != QLatin1String("count"))
            value += QLatin1Char(' ') + fact.unit;
        if (fact.provenance == Provenance::Planned)
            value += QLatin1Char(' ') + tr("(planned)");
        else if (fact.provenance == Provenance::Estimate)
            value += QStringLiteral(" (%1)").arg(FigureFormat::provenanceLabel(fact, locale));
        const QStringList cells { metricName(fact.metric) + QStringLiteral(" · ") + scope, value,
            FigureFormat::shortDate(fact.period, locale),
            FigureFormat::shortDate(fact.asOf, locale), fact.sourceUrl };
        painter.setPen(Theme::slideTextColor());
        for (int c = 0; c < cells.size(); ++c) {
            const double cellWidth
                = (c + 1 < columns.size() ? columns[c + 1] : width) - columns[c] - 12;
            // Addresses are set a little smaller so that most fit whole.
            const bool address = c == 4;
            painter.setFont(address ? urlFont : body);
            const QFontMetricsF cellMetrics(address ? urlFont : body, painter.device());
            painter.drawText(QRectF(margin + columns[c], y, cellWidth, lineHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                cellMetrics.elidedText(
                    cells[c], address ? Qt::ElideMiddle : Qt::ElideRight, cellWidth));
        }
        y += lineHeight;
        painter.setPen(QPen(Theme::slideTableRuleColor(), 1));
        painter.drawLine(QPointF(margin, y), QPointF(page.width() - margin, y));
    }
    painter.setPen(Theme::slideMutedTextColor());
    painter.setFont(pixelFont(18));
    painter.drawText(QRectF(margin, bottom + 8, width, 40), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Figures as published (estimates with their analyst and method); see each source for "
           "its context. Figures of the Stargate sites, the program and the OpenAI fleet are "
           "never summed."));
    return row;
}
