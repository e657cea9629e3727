// The slides of the operators' pages: the map (the United States and the world) and the
// timeline of every site's phases. They reuse the pages' views, drawn for a projector and
// left out of the keyboard and the mouse, which belong to the deck.
#include "presentation/slideregistry.h"

#include "pages/mappage.h"
#include "presentation/slidecontext.h"
#include "widgets/mapview.h"
#include "widgets/timelineview.h"

#include <QCoreApplication>
#include <QVBoxLayout>

namespace {

class PageSlideText
{
    Q_DECLARE_TR_FUNCTIONS(PageSlides)
};

const QString kUsa = QStringLiteral("usa");
const QString kWorld = QStringLiteral("world");

// The deck's keys (arrows, Home, End) must not pan the map or scroll the chart, and a click
// advances nothing by accident.
void presentOnly(QWidget *view)
{
    view->setFocusPolicy(Qt::NoFocus);
    view->setAttribute(Qt::WA_TransparentForMouseEvents);
}

QList<MapSite> mapSites(const SlideContext &context)
{
    QList<MapSite> sites;
    const qint64 nowMs
        = context.snapshot.builtAt.isValid() ? context.snapshot.builtAt.toMSecsSinceEpoch() : 0;
    for (const SiteRow &row : context.snapshot.sites)
        sites.append(MapPage::mapSite(row, context.locale, context.snapshot.sources, nowMs));
    return sites;
}

// Each region that has a site to show.
QStringList mapRegions(const SlideContext &context)
{
    bool usa = false;
    bool world = false;
    for (const SiteRow &row : context.snapshot.sites) {
        if (!row.site.latitude || !row.site.longitude)
            continue;
        world = true;
        usa = usa
            || MapView::isInRegion(*row.site.longitude, *row.site.latitude, MapView::Region::Usa);
    }
    QStringList regions;
    if (usa)
        regions.append(kUsa);
    if (world)
        regions.append(kWorld);
    return regions;
}

SlideBody mapSlide(const SlideContext &context, const QString &argument, QWidget *parent)
{
    SlideBody body;
    const bool world = argument == kWorld;
    body.title = world ? PageSlideText::tr("Stargate sites worldwide")
                       : PageSlideText::tr("Stargate sites in the United States");
    const QList<MapSite> sites = mapSites(context);
    const bool anyPlaced = std::any_of(sites.cbegin(), sites.cend(), [world](const MapSite &site) {
        return site.latitude && site.longitude
            && MapView::isInRegion(*site.longitude, *site.latitude,
                world ? MapView::Region::World : MapView::Region::Usa);
    });
    if (!anyPlaced) {
        body.empty = true;
        body.widget = SlideFrame::noDataWidget(context, parent);
        return body;
    }
    // Marker size is the planned MW, the colour the reported phase.
    body.provenances = { Provenance::Reported, Provenance::Planned };
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *map = new MapView(widget);
    map->setRegion(world ? MapView::Region::World : MapView::Region::Usa);
    map->setSites(sites);
    map->setTextScale(1.6 * context.scale());
    presentOnly(map);
    layout->addWidget(map, 1);
    body.widget = widget;
    return body;
}

constexpr int kSitesPerTimelinePage = 8;

QStringList timelinePages(const SlideContext &context)
{
    QStringList pages;
    const qsizetype rows = context.snapshot.timeline.rows.size();
    for (qsizetype page = 0; page * kSitesPerTimelinePage < rows; ++page)
        pages.append(QString::number(page + 1));
    return pages;
}

SlideBody timelineSlide(const SlideContext &context, const QString &argument, QWidget *parent)
{
    SlideBody body;
    const TimelineData &all = context.snapshot.timeline;
    const int pages = int((all.rows.size() + kSitesPerTimelinePage - 1) / kSitesPerTimelinePage);
    const int page = std::clamp(argument.toInt(), 1, std::max(1, pages));
    body.title = pages > 1
        ? PageSlideText::tr("Every site's phases over time (%1 of %2)").arg(page).arg(pages)
        : PageSlideText::tr("Every site's phases over time");
    if (all.rows.isEmpty()) {
        body.empty = true;
        body.widget = SlideFrame::noDataWidget(context, parent);
        return body;
    }
    // Eight sites a slide, so that names and dates read from the back of the room.
    TimelineData data = all;
    data.rows = all.rows.mid((page - 1) * kSitesPerTimelinePage, kSitesPerTimelinePage);
    // The provenances of every event and milestone drawn.
    for (const TimelineRow &row : std::as_const(data.rows)) {
        for (const TimelineMarker &marker : row.markers) {
            if (!body.provenances.contains(marker.provenance))
                body.provenances.append(marker.provenance);
        }
    }
    auto *view = new TimelineView(parent);
    view->setData(data, context.locale);
    // Fill the slide's body (about 780 px high at 1080p) without running past its width.
    const double logicalHeight = view->sizeHint().height();
    view->setScale(std::min({ context.px(780) / logicalHeight, context.size.width() * 0.9 / 1000.0,
        1.8 * context.scale() }));
    presentOnly(view);
    body.widget = view;
    return body;
}

} // namespace

void PageSlides::registerAll(SlideRegistry &registry)
{
    registry.add({ QStringLiteral("map"),
        [] { return PageSlideText::tr("Map of the sites (map:usa, map:world)"); }, mapSlide,
        mapRegions, 50 });
    registry.add({ QStringLiteral("timeline"),
        [] { return PageSlideText::tr("Every site's phases over time (timeline:N for page N)"); },
        timelineSlide, timelinePages, 60 });
}
