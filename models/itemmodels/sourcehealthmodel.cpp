#include "itemmodels/sourcehealthmodel.h"

#include "domain/figureformat.h"

SourceState sourceStateOf(const SourceHealth &health, qint64 nowMs)
{
    if (!health.enabled)
        return health.pausedAtMs > 0 ? SourceState::Paused : SourceState::Disabled;
    if (health.lastAttemptMs <= 0)
        return SourceState::Pending;
    if (health.consecutiveFailures > 0)
        return SourceState::Failing;
    const qint64 staleAfter = 3 * qint64(std::max(health.intervalMs, 1'000));
    if (health.lastSuccessMs <= 0 || nowMs - health.lastSuccessMs > staleAfter)
        return SourceState::Stale;
    return SourceState::Ok;
}

QString sourceStateId(SourceState state)
{
    switch (state) {
    case SourceState::Ok:
        return QStringLiteral("ok");
    case SourceState::Stale:
        return QStringLiteral("stale");
    case SourceState::Failing:
        return QStringLiteral("failing");
    case SourceState::Disabled:
        return QStringLiteral("disabled");
    case SourceState::Paused:
        return QStringLiteral("paused");
    case SourceState::Pending:
        return QStringLiteral("pending");
    }
    return QString();
}

QString sourceStateName(SourceState state)
{
    switch (state) {
    case SourceState::Ok:
        return SourceHealthModel::tr("OK");
    case SourceState::Stale:
        return SourceHealthModel::tr("Stale");
    case SourceState::Failing:
        return SourceHealthModel::tr("Failing");
    case SourceState::Disabled:
        return SourceHealthModel::tr("Disabled");
    case SourceState::Paused:
        return SourceHealthModel::tr("Paused");
    case SourceState::Pending:
        return SourceHealthModel::tr("Not polled yet");
    }
    return QString();
}

double samplesPerMinute(const SourceHealth &health)
{
    if (health.intervalMs <= 0)
        return 0;
    return health.samplesLastPoll * 60'000.0 / health.intervalMs;
}

SourceHealthModel::SourceHealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourceHealthModel::setSources(const QList<SourceHealth> &sources, qint64 nowMs)
{
    beginResetModel();
    m_sources = sources;
    m_nowMs = nowMs;
    endResetModel();
}

void SourceHealthModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (!m_sources.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_sources.size()) - 1, ColumnCount - 1));
}

void SourceHealthModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int SourceHealthModel::count(SourceState state) const
{
    return int(std::count_if(m_sources.cbegin(), m_sources.cend(),
        [&](const SourceHealth &health) { return sourceStateOf(health, m_nowMs) == state; }));
}

int SourceHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceHealthModel::display(const SourceHealth &health, int column) const
{
    switch (column) {
    case Name:
        return health.name.isEmpty() ? health.sourceId : health.name;
    case Kind:
        if (health.kind == QLatin1String("prometheus_text"))
            return tr("Prometheus /metrics");
        if (health.kind == QLatin1String("prometheus_api"))
            return tr("Prometheus API");
        if (health.kind == QLatin1String("site_status"))
            return tr("Site status JSON");
        return health.kind;
    case State:
        if (sourceStateOf(health, m_nowMs) == SourceState::Paused)
            return tr("Paused since %1")
                .arg(FigureFormat::dateTime(
                    QDateTime::fromMSecsSinceEpoch(health.pausedAtMs, Qt::UTC), m_locale));
        return sourceStateName(sourceStateOf(health, m_nowMs));
    case LastSuccess:
        return health.lastSuccessMs > 0
            ? FigureFormat::age(m_nowMs - health.lastSuccessMs, m_locale)
            : tr("never");
    case Latency:
        return health.lastAttemptMs > 0 ? tr("%1 ms").arg(m_locale.toString(health.latencyMs))
                                        : QStringLiteral("—");
    case NextPoll:
        return health.enabled && health.nextPollMs > 0
            ? FigureFormat::due(health.nextPollMs - m_nowMs, m_locale)
            : QStringLiteral("—");
    case SamplesPerMinute:
        // A source that is not polled delivers nothing: its last rate would be a frozen lie.
        return health.enabled ? m_locale.toString(samplesPerMinute(health), 'f', 0)
                              : QStringLiteral("—");
    case Error:
        return health.lastError.isEmpty() ? QString()
                                          : health.lastError.section(QLatin1Char('\n'), 0, 0);
    }
    return QString();
}

QString SourceHealthModel::toolTip(const SourceHealth &health) const
{
    QStringList lines;
    lines << health.url;
    if (!health.enabled)
        lines << (health.pausedAtMs > 0
                ? tr("Paused by an operator; Resume Polling or the next start polls it again")
                : tr("Disabled in the sources file (\"enabled\": false)"));
    if (health.consecutiveFailures > 0)
        lines << tr("%n failure(s) in a row", nullptr, health.consecutiveFailures);
    if (health.lastSuccessMs > 0)
        lines << tr("Last success: %1")
                     .arg(FigureFormat::dateTime(
                         QDateTime::fromMSecsSinceEpoch(health.lastSuccessMs, Qt::UTC), m_locale));
    if (health.lastAttemptMs > 0)
        lines << tr("Last attempt: %1")
                     .arg(FigureFormat::dateTime(
                         QDateTime::fromMSecsSinceEpoch(health.lastAttemptMs, Qt::UTC), m_locale));
    lines << tr("Interval: %1 s").arg(m_locale.toString(health.intervalMs / 1000.0, 'g', 4));
    lines << tr("Samples stored in total: %1").arg(m_locale.toString(health.samplesTotal));
    if (!health.lastError.isEmpty())
        lines << tr("Error: %1").arg(health.lastError);
    return lines.join(QLatin1Char('\n'));
}

QVariant SourceHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const SourceHealth &health = m_sources[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(health, index.column());
    case Qt::ToolTipRole:
        return toolTip(health);
    case Qt::TextAlignmentRole:
        if (index.column() == Latency || index.column() == SamplesPerMinute)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case StateRole:
        return int(sourceStateOf(health, m_nowMs));
    default:
        return {};
    }
}

QVariant SourceHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Source");
    case Kind:
        return tr("Kind");
    case State:
        return tr("State");
    case LastSuccess:
        return tr("Last success");
    case Latency:
        return tr("Latency");
    case NextPoll:
        return tr("Next poll");
    case SamplesPerMinute:
        return tr("Samples/min");
    case Error:
        return tr("Error");
    }
    return {};
}
