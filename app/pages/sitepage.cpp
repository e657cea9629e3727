#include "pages/sitepage.h"

#include "domain/figureformat.h"
#include "domain/lifecycle.h"
#include "domain/phase.h"
#include "domain/publicrecord.h"
#include "query/timeline.h"
#include "widgets/chartrangegroup.h"
#include "widgets/theme.h"
#include "widgets/timechartview.h"
#include "widgets/timelineview.h"
#include "widgets/timerangebar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QFrame *card(const QString &title, QWidget *content, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("KpiTile"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 14, 20, 16);
    layout->setSpacing(8);
    if (!title.isEmpty()) {
        auto *heading = new QLabel(title, frame);
        heading->setObjectName(QStringLiteral("KpiTitle"));
        layout->addWidget(heading);
    }
    layout->addWidget(content, 1);
    return frame;
}

// The phase list's link to take back an event typed in by hand: "remove-phase:<id>".
const QString kRemovePhaseLink = QStringLiteral("remove-phase:");

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setObjectName(QStringLiteral("KpiDetail"));
    return label;
}

QString linkTo(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toHtmlEscaped(), (host.isEmpty() ? url : host).toHtmlEscaped());
}

QString coordinate(double value, QChar positive, QChar negative, const QLocale &locale)
{
    return QStringLiteral("%1° %2").arg(
        locale.toString(std::abs(value), 'f', 2), value >= 0 ? positive : negative);
}

qint64 msOf(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

SitePage::SitePage(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_locale(locale)
    , m_title(new QLabel(this))
    , m_location(new QLabel(this))
    , m_facts(richLabel(this))
    , m_sources(richLabel(this))
    , m_history(richLabel(this))
    , m_timeline(new TimelineView(this))
    , m_phaseChoice(new QComboBox(this))
    , m_phaseDate(new QDateEdit(this))
    , m_recordPhase(new QPushButton(tr("Record phase"), this))
    , m_phaseMessage(new QLabel(this))
    , m_feeds(richLabel(this))
    , m_gpuChart(new TimeChartView(tr("GPUs at this site"), this))
    , m_powerChart(new TimeChartView(tr("Power at this site (MW)"), this))
    , m_chartRange(
          new ChartRangeGroup(new TimeRangeBar(locale, this), { m_gpuChart, m_powerChart }, this))
    , m_notes(new QListWidget(this))
    , m_noteDate(new QDateEdit(this))
    , m_noteText(new QLineEdit(this))
    , m_addNote(new QPushButton(tr("Add note"), this))
    , m_noteMessage(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("PageTitle"));
    m_title->setWordWrap(true);
    m_location->setObjectName(QStringLiteral("PageSubtitle"));
    m_location->setWordWrap(true);
    m_location->setTextFormat(Qt::RichText); // escaped place text plus an alert badge
    auto *back = new QPushButton(tr("← Back"), this);
    back->setToolTip(tr("Back to the page you came from"));
    connect(back, &QPushButton::clicked, this, &SitePage::backRequested);

    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(4);
    headerText->addWidget(m_title);
    headerText->addWidget(m_location);
    auto *header = new QHBoxLayout;
    header->addLayout(headerText, 1);
    header->addWidget(back, 0, Qt::AlignTop);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(card(tr("Key facts"), m_facts, this), 3);
    top->addWidget(card(tr("Sources"), m_sources, this), 2);

    const auto chartCard = [this](TimeChartView *chart) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("ChartCard"));
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(8, 8, 8, 8);
        layout->addWidget(chart);
        return frame;
    };
    auto *charts = new QHBoxLayout;
    charts->setSpacing(16);
    charts->addWidget(chartCard(m_gpuChart), 1);
    charts->addWidget(chartCard(m_powerChart), 1);

    // Notes: the list, then a one-line form (date, text, button).
    m_noteDate->setCalendarPopup(true);
    m_noteDate->setDisplayFormat(
        m_locale.dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
            ? m_locale.dateFormat(QLocale::ShortFormat)
            : QStringLiteral("yyyy-MM-dd"));
    m_noteDate->setDate(QDate::currentDate());
    m_noteText->setPlaceholderText(tr("What happened on that day?"));
    m_noteText->setMaxLength(500);
    m_noteMessage->setObjectName(QStringLiteral("KpiFooter"));
    m_notes->setFrameShape(QFrame::NoFrame);
    m_notes->setMinimumHeight(90);
    auto *notesBox = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notes, 1);
    auto *form = new QHBoxLayout;
    form->addWidget(m_noteDate);
    form->addWidget(m_noteText, 1);
    form->addWidget(m_addNote);
    notesLayout->addLayout(form);
    notesLayout->addWidget(m_noteMessage);
    connect(m_addNote, &QPushButton::clicked, this, &SitePage::addNote);
    connect(m_noteText, &QLineEdit::returnPressed, this, &SitePage::addNote);

    // Phase history: the dated events, then a form to record one by hand (provenance manual,
    // with who and when; the writer refuses bad dates and flags an impossible order).
    for (Phase phase : allPhases())
        m_phaseChoice->addItem(phaseDisplayName(phase), phaseId(phase));
    m_phaseDate->setCalendarPopup(true);
    m_phaseDate->setDisplayFormat(m_noteDate->displayFormat());
    m_phaseDate->setDate(QDate::currentDate());
    m_phaseMessage->setObjectName(QStringLiteral("KpiFooter"));
    m_phaseMessage->setWordWrap(true);
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_history, 1);
    auto *phaseForm = new QHBoxLayout;
    phaseForm->addWidget(m_phaseChoice, 1);
    phaseForm->addWidget(m_phaseDate);
    phaseForm->addWidget(m_recordPhase);
    historyLayout->addLayout(phaseForm);
    historyLayout->addWidget(m_phaseMessage);
    connect(m_recordPhase, &QPushButton::clicked, this, &SitePage::recordPhase);
    // Sources open in the browser; "remove-phase:" links take back a manual event.
    m_history->setOpenExternalLinks(false);
    connect(m_history, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(kRemovePhaseLink))
            removePhaseEvent(link.mid(kRemovePhaseLink.size()).toLongLong());
        else
            QDesktopServices::openUrl(QUrl(link));
    });
    m_confirmRemoval = [this](const QString &what) {
        return QMessageBox::question(this, tr("Remove Phase Event"),
                   tr("Remove %1 from the history? It was entered by hand.").arg(what),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(16);
    bottom->addWidget(card(tr("Phase history"), historyBox, this), 1);
    bottom->addWidget(card(tr("Feeds"), m_feeds, this), 1);
    bottom->addWidget(card(tr("Notes"), notesBox, this), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(top);
    layout->addWidget(m_chartRange->bar());
    layout->addLayout(charts, 1);
    connect(m_chartRange, &ChartRangeGroup::rangeChanged, this, &SitePage::refreshCharts);
    layout->addWidget(card(tr("Phases over time"), m_timeline, this));
    layout->addLayout(bottom);
}

void SitePage::setWriteAccess(WriteAccess access)
{
    m_writeAccess = access;
    if (!m_row.site.id.isEmpty())
        showDetail();
}

void SitePage::noteSaved(const QString &siteId)
{
    if (siteId != m_row.site.id)
        return;
    m_noteMessage->setText(tr("Note saved."));
    reload();
}

void SitePage::phaseSaved(const QStringList &issues)
{
    m_phaseMessage->setText(issues.isEmpty()
            ? tr("Phase recorded.")
            : tr("Phase recorded, and flagged: %1").arg(issues.join(QStringLiteral(" "))));
    m_phaseMessage->setStyleSheet(issues.isEmpty()
            ? QString()
            : QStringLiteral("color: %1;").arg(Theme::warningColor().name()));
    reload();
}

void SitePage::phaseRemoved()
{
    m_phaseMessage->setText(tr("Phase event removed."));
    m_phaseMessage->setStyleSheet(QString());
    reload();
}

void SitePage::phaseRefused(const QString &reason)
{
    m_phaseMessage->setText(tr("Not recorded: %1").arg(reason));
    m_phaseMessage->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::negativeColor().name()));
}

void SitePage::writeFailed(const QString &message)
{
    if (m_noteMessage->text() == tr("Saving…")) // a note of ours was being written
        m_noteMessage->setText(message);
}

void SitePage::showSite(const SiteRow &row)
{
    const bool other = row.site.id != m_row.site.id;
    m_row = row;
    if (other) {
        m_noteText->clear();
        m_noteMessage->clear();
    }
    reload();
}

void SitePage::reload()
{
    m_detail = m_detailSource ? m_detailSource(m_row.site.id, m_chartRange->range()) : SiteDetail();
    if (!m_detail.found)
        m_detail.site = m_row.site;
    showHeader();
    showDetail();
}

void SitePage::refreshCharts()
{
    if (!m_detailSource || m_row.site.id.isEmpty())
        return;
    const SiteDetail fresh = m_detailSource(m_row.site.id, m_chartRange->range());
    m_detail.gpuChart = fresh.gpuChart;
    m_detail.powerChart = fresh.powerChart;
    m_gpuChart->setData(m_detail.gpuChart, m_locale);
    m_powerChart->setData(m_detail.powerChart, m_locale);
}

void SitePage::setOpenAlerts(const QHash<QString, int> &openAlerts)
{
    m_openAlerts = openAlerts;
    if (!m_row.site.id.isEmpty())
        showHeader();
}

void SitePage::showHeader()
{
    const Site &site = m_row.site;
    m_title->setText(site.name);
    QStringList place;
    for (const QString &part : { site.locality, site.region, site.country }) {
        if (!part.isEmpty())
            place.append(part);
    }
    QString location = place.join(QStringLiteral(", "));
    if (site.latitude && site.longitude)
        location += QStringLiteral("  ·  ")
            + coordinate(*site.latitude, QLatin1Char('N'), QLatin1Char('S'), m_locale)
            + QStringLiteral(", ")
            + coordinate(*site.longitude, QLatin1Char('E'), QLatin1Char('W'), m_locale);
    else
        location += QStringLiteral("  ·  ") + tr("no location");
    location = location.toHtmlEscaped();
    if (const QString quiet = quietNotice(); !quiet.isEmpty())
        location += QStringLiteral("  ·  <b style=\"color:%2\">%1</b>")
                        .arg(quiet.toHtmlEscaped(), Theme::warningColor().name());
    if (const int alerts = m_openAlerts.value(site.id); alerts > 0)
        location
            += QStringLiteral("  ·  <b style=\"color:%2\">%1</b>")
                   .arg(tr("%n open alert(s)", nullptr, alerts), Theme::negativeColor().name());
    m_location->setText(location);

    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td style=\"color:%3; padding:3px 18px 3px 0\">%1</td><td "
                              "style=\"padding:3px 0\">%2</td></tr>")
            .arg(name.toHtmlEscaped(), value, Theme::mutedTextColor().name());
    };
    const QString notReported = QStringLiteral("<span style=\"color:%2\">%1</span>")
                                    .arg(tr("not reported"), Theme::faintTextColor().name());
    QString phase = notReported;
    if (m_row.phase) {
        phase = QStringLiteral("<span style=\"color:%1\">●</span> <b>%2</b>")
                    .arg(Theme::phaseColor(*m_row.phase).name(),
                        phaseDisplayName(*m_row.phase).toHtmlEscaped());
        if (m_row.phaseSince.isValid())
            phase += QStringLiteral(" ")
                + tr("since %1")
                      .arg(FigureFormat::date(m_row.phaseSince, m_locale))
                      .toHtmlEscaped();
        if (!m_row.phaseSource.isEmpty())
            phase += QStringLiteral(" (") + linkTo(m_row.phaseSource) + QStringLiteral(")");
    }
    const auto figure = [&](const std::optional<SourcedValue> &value, bool megawatts) {
        if (!value)
            return notReported;
        QString text = (megawatts ? FigureFormat::megawatts(value->value, m_locale)
                                  : FigureFormat::range(value->value, m_locale))
                           .toHtmlEscaped();
        text += QStringLiteral(" <span style=\"color:%2\">(%1)</span>")
                    .arg(FigureFormat::provenanceLabel(*value, m_locale).toHtmlEscaped(),
                        Theme::faintTextColor().name());
        if (!value->sources.isEmpty())
            text += QStringLiteral(" ") + linkTo(value->sources.constFirst());
        return text;
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Phase"), phase);
    html += row(
        tr("Partners"), site.partners.isEmpty() ? notReported : site.partners.toHtmlEscaped());
    html += row(
        tr("GPU model"), site.gpuModel.isEmpty() ? notReported : site.gpuModel.toHtmlEscaped());
    html += row(tr("Planned capacity"), figure(m_row.plannedMw, true));
    html += row(tr("Planned GPUs"), figure(m_row.gpusPlanned, false));
    html += row(tr("GPUs online"), figure(m_row.gpusOnline, false));
    html += row(m_row.powerIsOperationalCapacity ? tr("Operational capacity") : tr("Power drawn"),
        figure(m_row.powerMw, true));
    // A measured draw does not hide the reported operational capacity beside it.
    if (!m_row.powerIsOperationalCapacity && m_row.operationalCapacityMw)
        html += row(tr("Operational capacity"), figure(m_row.operationalCapacityMw, true));
    if (!site.statusText.isEmpty()) {
        QString status = site.statusText.toHtmlEscaped();
        if (site.statusAsOf.isValid())
            status += QStringLiteral(" <span style=\"color:%2\">(%1)</span>")
                          .arg(tr("as of %1")
                                   .arg(FigureFormat::date(site.statusAsOf, m_locale))
                                   .toHtmlEscaped(),
                              Theme::faintTextColor().name());
        html += row(tr("Status"), status);
    }
    html += QStringLiteral("</table>");
    m_facts->setText(html);
}

// "No public update since …" when the site's newest public date is over the quiet limit.
QString SitePage::quietNotice() const
{
    const QDate newest = m_detail.found ? PublicRecord::newestDate(m_detail.site,
                             m_detail.phaseEvents, m_detail.milestones, m_detail.facts)
                                        : m_row.newestPublicDate;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    return PublicRecord::isQuiet(newest, today) ? PublicRecord::notice(newest, m_locale)
                                                : QString();
}

void SitePage::showDetail()
{
    // Sources: every address the site's facts, phases and plans cite, once each.
    QStringList urls = m_detail.site.sourceUrls;
    const auto add = [&urls](const QString &url) {
        if (!url.isEmpty() && !urls.contains(url))
            urls.append(url);
    };
    for (const ReportedFact &fact : std::as_const(m_detail.facts))
        add(fact.sourceUrl);
    for (const PhaseEvent &event : std::as_const(m_detail.phaseEvents))
        add(event.sourceUrl);
    for (const Milestone &milestone : std::as_const(m_detail.milestones))
        add(milestone.sourceUrl);
    QStringList links;
    for (const QString &url : std::as_const(urls))
        links.append(QStringLiteral("<li>%1</li>").arg(linkTo(url)));
    QString sourcesHtml = links.isEmpty()
        ? tr("No sources recorded.")
        : QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(links.join(QString()));
    // The licence of an analyst's table asks for its credit wherever its figures appear.
    for (const QString &credit : std::as_const(m_detail.credits))
        sourcesHtml
            += QStringLiteral("<p>%1</p>").arg(tr("Estimates: %1").arg(credit).toHtmlEscaped());
    m_sources->setText(sourcesHtml);
    m_sources->setToolTip(urls.join(QLatin1Char('\n')));

    // Phase history, oldest first.
    QString history;
    for (const PhaseEvent &event : std::as_const(m_detail.phaseEvents)) {
        const QString when
            = event.dateText.isEmpty() ? FigureFormat::date(event.date, m_locale) : event.dateText;
        // A phase typed in by hand can be taken back (a typo must not stay in the history).
        const QString remove
            = event.provenance == Provenance::Manual && m_writeAccess == WriteAccess::ReadWrite
            ? QStringLiteral(" · <a href=\"%1%2\">%3</a>")
                  .arg(kRemovePhaseLink)
                  .arg(event.id)
                  .arg(tr("Remove").toHtmlEscaped())
            : QString();
        history += QStringLiteral("<tr><td style=\"padding:2px 12px 2px 0; color:%6\">%1</td>"
                                  "<td style=\"padding:2px 8px 2px 0\"><span "
                                  "style=\"color:%2\">●</span> %3</td><td>%4%5</td></tr>")
                       .arg(when.toHtmlEscaped(), Theme::phaseColor(event.phase).name(),
                           phaseDisplayName(event.phase).toHtmlEscaped(),
                           event.sourceUrl.isEmpty()
                               ? provenanceDisplayName(event.provenance).toHtmlEscaped()
                               : linkTo(event.sourceUrl),
                           remove, Theme::mutedTextColor().name());
    }
    m_history->setText(history.isEmpty() ? tr("No dated phase events.")
                                         : QStringLiteral("<table>%1</table>").arg(history));
    // The same events as a bar of phases, with the planned milestones and today: the Timeline
    // page's row for this site.
    m_timeline->setData(Timeline::build({ m_detail.site }, m_detail.phaseEvents,
                            m_detail.milestones, QDateTime::currentDateTimeUtc().date()),
        m_locale);

    // Feeds.
    if (m_detail.feeds.isEmpty()) {
        QString text = QStringLiteral("<b>%1</b><br>")
                           .arg(feedHealthDisplayName(FeedHealth::NoFeed).toHtmlEscaped());
        text += m_detail.feedMappingKnown
            ? tr("No polled source feeds this site.")
            : tr("The store does not yet record which polled source feeds which site, so no feed "
                 "is shown here. Live figures, when present, appear in the charts.");
        m_feeds->setText(text);
    } else {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QString text;
        for (const SourceHealth &feed : std::as_const(m_detail.feeds)) {
            const FeedHealth health = classifyFeed(feed, now);
            text += QStringLiteral("<p><span style=\"color:%1\">●</span> <b>%2</b>: %3")
                        .arg(Theme::feedHealthColor(health).name(), feed.name.toHtmlEscaped(),
                            feedHealthDisplayName(health).toHtmlEscaped());
            if (feed.lastSuccessMs > 0)
                text += QStringLiteral("<br>")
                    + tr("last success %1")
                          .arg(FigureFormat::dateTime(
                              QDateTime::fromMSecsSinceEpoch(feed.lastSuccessMs, Qt::UTC),
                              m_locale))
                          .toHtmlEscaped();
            if (!feed.lastError.isEmpty())
                text += QStringLiteral("<br>") + feed.lastError.toHtmlEscaped();
            text += QStringLiteral("</p>");
        }
        m_feeds->setText(text);
    }

    // Notes, in the list and on the charts.
    m_notes->clear();
    QList<ChartAnnotation> marks;
    for (const Annotation &annotation : std::as_const(m_detail.annotations)) {
        QString text = QStringLiteral("%1 — %2").arg(
            FigureFormat::date(annotation.day, m_locale), annotation.text);
        auto *item = new QListWidgetItem(text, m_notes);
        item->setToolTip(tr("Added %1 by %2 (manual)")
                             .arg(FigureFormat::dateTime(annotation.createdAt, m_locale),
                                 annotation.author.isEmpty() ? tr("unknown") : annotation.author));
        marks.append({ msOf(annotation.day), annotation.text });
    }
    if (m_detail.annotations.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No notes yet."), m_notes);
        item->setFlags(Qt::NoItemFlags);
    }
    m_chartRange->setRolloutSpan(m_detail.rolloutSpan);
    m_gpuChart->setData(m_detail.gpuChart, m_locale);
    m_powerChart->setData(m_detail.powerChart, m_locale);
    m_gpuChart->setAnnotations(marks);
    m_powerChart->setAnnotations(marks);
    m_addNote->setEnabled(canWrite() && m_detail.found);
    m_recordPhase->setEnabled(canWrite() && m_detail.found);
    m_noteText->setEnabled(canWrite() && m_detail.found);
}

void SitePage::recordPhase()
{
    if (!canWrite() || !m_detail.found)
        return;
    Lifecycle::ManualEntry entry;
    entry.siteId = m_row.site.id;
    entry.phase = m_phaseChoice->currentData().toString();
    entry.date
        = m_phaseDate->date().isValid() ? m_phaseDate->date().toString(Qt::ISODate) : QString();
    entry.enteredBy = qEnvironmentVariable("USER", QDir::home().dirName());
    entry.enteredAt = QDateTime::currentDateTimeUtc();
    m_phaseMessage->setStyleSheet(QString());
    m_phaseMessage->setText(tr("Saving…"));
    emit phaseRecorded(entry);
}

void SitePage::removePhaseEvent(qint64 id)
{
    if (!canWrite())
        return;
    const auto event = std::find_if(m_detail.phaseEvents.cbegin(), m_detail.phaseEvents.cend(),
        [id](const PhaseEvent &e) { return e.id == id; });
    if (event == m_detail.phaseEvents.cend() || event->provenance != Provenance::Manual)
        return;
    const QString what
        = tr("\"%1\" of %2")
              .arg(phaseDisplayName(event->phase), FigureFormat::date(event->date, m_locale));
    if (m_confirmRemoval && !m_confirmRemoval(what))
        return;
    m_phaseMessage->setStyleSheet(QString());
    m_phaseMessage->setText(tr("Removing…"));
    emit phaseRemovalRequested(id);
}

void SitePage::addNote()
{
    if (!canWrite() || !m_detail.found)
        return;
    const QString text = m_noteText->text().trimmed();
    if (text.isEmpty()) {
        m_noteMessage->setText(tr("Write the note first, then add it."));
        m_noteText->setFocus();
        return;
    }
    if (!m_noteDate->date().isValid()) {
        m_noteMessage->setText(tr("Pick a valid date for the note."));
        return;
    }
    Annotation annotation;
    annotation.siteId = m_row.site.id;
    annotation.day = m_noteDate->date();
    annotation.text = text;
    annotation.createdAt = QDateTime::currentDateTimeUtc();
    annotation.author = qEnvironmentVariable("USER", QDir::home().dirName());
    m_noteMessage->setText(tr("Saving…"));
    m_noteText->clear();
    emit noteAdded(annotation);
}
