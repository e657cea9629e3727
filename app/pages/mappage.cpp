#include "pages/mappage.h"

#include "domain/figureformat.h"
#include "widgets/theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setObjectName(QStringLiteral("MapButton"));
    button->setMinimumSize(QSize(40, 34));
    return button;
}

QListWidget *siteList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QStringLiteral("MapSideList"));
    list->setFrameShape(QFrame::NoFrame);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return list;
}

} // namespace

MapPage::MapPage(QWidget *parent)
    : QWidget(parent)
    , m_map(new MapView(this))
    , m_usa(toolButton(tr("United States"), tr("Contiguous USA, Albers equal-area conic"), this))
    , m_world(toolButton(tr("World"), tr("World, Equal Earth projection"), this))
    , m_noLocation(siteList(this))
    , m_outside(siteList(this))
    , m_outsideTitle(new QLabel(this))
    , m_feedNote(new QLabel(this))
{
    auto *title = new QLabel(tr("Map"), this);
    title->setObjectName(QStringLiteral("PageTitle"));
    auto *subtitle = new QLabel(tr("Every site on an offline map: colour shows its phase, circle "
                                   "area its planned capacity, the ring "
                                   "its live feed. Click a site to open it."),
        this);
    subtitle->setObjectName(QStringLiteral("PageSubtitle"));
    subtitle->setWordWrap(true);

    for (QToolButton *button : { m_usa, m_world }) {
        button->setCheckable(true);
        button->setMinimumWidth(130);
    }
    (m_map->region() == MapView::Region::Usa ? m_usa : m_world)->setChecked(true);
    auto *regions = new QButtonGroup(this);
    regions->addButton(m_usa);
    regions->addButton(m_world);
    connect(m_usa, &QToolButton::clicked, this, [this] { m_map->setRegion(MapView::Region::Usa); });
    connect(
        m_world, &QToolButton::clicked, this, [this] { m_map->setRegion(MapView::Region::World); });
    connect(m_map, &MapView::regionChanged, this, [this](MapView::Region region) {
        (region == MapView::Region::Usa ? m_usa : m_world)->setChecked(true);
        updateSideLists();
    });
    auto *zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in (+)"), this);
    auto *zoomOut = toolButton(QStringLiteral("−"), tr("Zoom out (−)"), this);
    auto *reset = toolButton(tr("Reset"), tr("Whole map again (0 or Home)"), this);
    connect(zoomIn, &QToolButton::clicked, m_map, &MapView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_map, &MapView::zoomOut);
    connect(reset, &QToolButton::clicked, m_map, &MapView::resetView);
    auto *hint = new QLabel(tr("Drag or arrow keys to pan, wheel or +/− to zoom"), this);
    hint->setObjectName(QStringLiteral("KpiFooter"));

    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_usa);
    controls->addWidget(m_world);
    controls->addStretch(1);
    controls->addWidget(hint);
    controls->addSpacing(10);
    controls->addWidget(zoomOut);
    controls->addWidget(zoomIn);
    controls->addWidget(reset);

    auto *mapCard = new QFrame(this);
    mapCard->setObjectName(QStringLiteral("ChartCard"));
    auto *mapLayout = new QVBoxLayout(mapCard);
    mapLayout->setContentsMargins(1, 1, 1, 1);
    mapLayout->addWidget(m_map, 1);
    auto *credit = new QLabel(tr("Outlines: Natural Earth (public domain). Coordinates are "
                                 "approximate town or county centroids."),
        mapCard);
    credit->setObjectName(QStringLiteral("KpiFooter"));
    credit->setContentsMargins(12, 4, 12, 8);
    mapLayout->addWidget(credit);

    auto *side = new QFrame(this);
    side->setObjectName(QStringLiteral("KpiTile"));
    side->setFixedWidth(290);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(16, 14, 16, 14);
    auto *noLocationTitle = new QLabel(tr("No location"), side);
    noLocationTitle->setObjectName(QStringLiteral("KpiTitle"));
    m_outsideTitle->setObjectName(QStringLiteral("KpiTitle"));
    m_outsideTitle->setWordWrap(true);
    m_feedNote->setObjectName(QStringLiteral("KpiFooter"));
    m_feedNote->setWordWrap(true);
    sideLayout->addWidget(noLocationTitle);
    sideLayout->addWidget(m_noLocation);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_outsideTitle);
    sideLayout->addWidget(m_outside, 1);
    sideLayout->addWidget(m_feedNote);
    for (QListWidget *list : { m_noLocation, m_outside }) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit siteActivated(item->data(Qt::UserRole).toString());
        });
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            emit siteActivated(item->data(Qt::UserRole).toString());
        });
    }

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(mapCard, 1);
    body->addWidget(side);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addLayout(controls);
    layout->addLayout(body, 1);

    connect(m_map, &MapView::siteActivated, this, &MapPage::siteActivated);
    setFocusProxy(m_map);
}

MapSite MapPage::mapSite(
    const SiteRow &row, const QLocale &locale, const QList<SourceHealth> &sources, qint64 nowMs)
{
    MapSite site;
    site.id = row.site.id;
    site.name = row.site.name;
    site.phase = row.phase;
    site.latitude = row.site.latitude;
    site.longitude = row.site.longitude;
    if (row.plannedMw) {
        site.plannedMw = row.plannedMw->value.high;
        site.plannedMwText = FigureFormat::megawatts(row.plannedMw->value, locale);
    } else {
        site.plannedMwText = tr("not reported");
    }
    if (row.gpusOnline)
        site.gpusText = tr("%1 online").arg(FigureFormat::range(row.gpusOnline->value, locale));
    else if (row.gpusPlanned)
        site.gpusText = tr("%1 planned").arg(FigureFormat::range(row.gpusPlanned->value, locale));
    else
        site.gpusText = tr("not reported");
    site.feed = siteFeedHealth(row.site.id, sources, sourceSitesOf(sources), nowMs);
    QDateTime newest;
    for (const auto *value : { &row.gpusOnline, &row.powerMw }) {
        if (*value && (*value)->updated.isValid()
            && (!newest.isValid() || (*value)->updated > newest))
            newest = (*value)->updated;
    }
    site.freshnessText = newest.isValid()
        ? tr("last sample %1").arg(FigureFormat::dateTime(newest, locale))
        : row.lastUpdate.isValid()
        ? tr("reported as of %1").arg(FigureFormat::date(row.lastUpdate.date(), locale))
        : tr("nothing reported");
    return site;
}

void MapPage::setSnapshot(const DashboardSnapshot &snapshot, const QLocale &locale)
{
    m_sites.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const SiteRow &row : snapshot.sites) {
        m_sites.append(mapSite(row, locale, snapshot.sources, now));
        m_sites.last().openAlerts = m_openAlerts.value(row.site.id);
    }
    m_map->setSites(m_sites);
    const bool anyFeed = std::any_of(m_sites.cbegin(), m_sites.cend(),
        [](const MapSite &site) { return site.feed != FeedHealth::NoFeed; });
    m_feedNote->setText(anyFeed
            ? tr("Rings: the health of the feeds that deliver each site's figures.")
            : tr("Rings: no site has a polled feed in this store, so every site shows \"no "
                 "feed\"."));
    updateSideLists();
}

void MapPage::setOpenAlerts(const QHash<QString, int> &openAlerts)
{
    m_openAlerts = openAlerts;
    for (MapSite &site : m_sites)
        site.openAlerts = m_openAlerts.value(site.id);
    m_map->setSites(m_sites);
}

void MapPage::updateSideLists()
{
    m_noLocation->clear();
    m_outside->clear();
    const auto add = [](QListWidget *list, const MapSite &site) {
        auto *item = new QListWidgetItem(site.name, list);
        item->setData(Qt::UserRole, site.id);
        item->setToolTip(site.phase ? phaseDisplayName(*site.phase) : QString());
        if (site.phase) {
            QPixmap swatch(12, 12);
            swatch.fill(Theme::phaseColor(*site.phase));
            item->setIcon(QIcon(swatch));
        }
    };
    for (const MapSite &site : std::as_const(m_sites)) {
        if (!site.latitude || !site.longitude)
            add(m_noLocation, site);
        else if (!MapView::isInRegion(*site.longitude, *site.latitude, m_map->region()))
            add(m_outside, site);
    }
    if (m_noLocation->count() == 0) {
        auto *item = new QListWidgetItem(tr("Every site has coordinates."), m_noLocation);
        item->setFlags(Qt::NoItemFlags);
    }
    m_outsideTitle->setText(m_map->region() == MapView::Region::Usa
            ? tr("Outside the USA (see World)")
            : tr("Outside the map"));
    m_outsideTitle->setVisible(m_outside->count() > 0);
    m_outside->setVisible(m_outside->count() > 0);
}
