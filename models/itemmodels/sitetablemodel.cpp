#include "itemmodels/sitetablemodel.h"

#include "domain/figureformat.h"
#include "domain/publicrecord.h"

SiteTableModel::SiteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SiteTableModel::setRows(const QList<SiteRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void SiteTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SiteTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool SiteTableModel::isQuiet(const SiteRow &row) const
{
    return PublicRecord::isQuiet(
        row.newestPublicDate, m_today.isValid() ? m_today : QDate::currentDate());
}

QString SiteTableModel::publicRecordText(const SiteRow &row) const
{
    if (!row.newestPublicDate.isValid())
        return tr("—");
    if (isQuiet(row))
        return PublicRecord::notice(row.newestPublicDate, m_locale);
    return FigureFormat::shortDate(row.newestPublicDate, m_locale);
}

const SiteRow *SiteTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SiteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SiteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Site");
    case LocationColumn:
        return tr("Location");
    case PhaseColumn:
        return tr("Phase");
    case PartnersColumn:
        return tr("Partners");
    case GpusOnlineColumn:
        return tr("GPUs online");
    case GpusPlannedColumn:
        return tr("GPUs planned");
    case PowerColumn:
        return tr("Power (MW)");
    case OperationalMwColumn:
        return tr("Operational (MW)");
    case PlannedMwColumn:
        return tr("Planned (MW)");
    case LastUpdateColumn:
        return tr("Last update");
    case ProvenanceColumn:
        return tr("Provenance");
    case PublicRecordColumn:
        return tr("Public news");
    }
    return QVariant();
}

QVariant SiteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SiteRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case SiteIdRole:
        return row.site.id;
    case SimulatedRole:
        return row.provenances.contains(Provenance::Simulated);
    case FilterTextRole: {
        QStringList parts;
        for (int column = 0; column < ColumnCount; ++column)
            parts.append(display(row, column).toString());
        parts.append(row.site.id);
        return parts.join(QLatin1Char(' '));
    }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case GpusOnlineColumn:
        case GpusPlannedColumn:
        case PowerColumn:
        case OperationalMwColumn:
        case PlannedMwColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return QVariant();
    }
}

QVariant SiteTableModel::display(const SiteRow &row, int column) const
{
    const auto figure = [this](const std::optional<SourcedValue> &value) -> QVariant {
        if (!value)
            return tr("—");
        QString text = FigureFormat::range(value->value, m_locale);
        if (value->includes(Provenance::Simulated))
            text += QLatin1Char(' ') + tr("(SIMULATED)");
        return text;
    };
    switch (column) {
    case NameColumn:
        return row.site.name;
    case LocationColumn: {
        QStringList parts;
        for (const QString &part : { row.site.locality, row.site.region, row.site.country }) {
            if (!part.isEmpty() && !parts.contains(part))
                parts.append(part);
        }
        return parts.join(QStringLiteral(", "));
    }
    case PhaseColumn:
        return row.phase ? phaseDisplayName(*row.phase) : tr("Unknown");
    case PartnersColumn:
        return row.site.partners;
    case GpusOnlineColumn:
        return figure(row.gpusOnline);
    case GpusPlannedColumn:
        return figure(row.gpusPlanned);
    case PowerColumn: {
        QVariant text = figure(row.powerMw);
        if (row.powerMw && row.powerIsOperationalCapacity)
            return row.powerMw->includes(Provenance::Estimate)
                ? tr("%1 (capacity, estimate)").arg(text.toString())
                : tr("%1 (capacity)").arg(text.toString());
        return text;
    }
    case OperationalMwColumn:
        return figure(row.operationalCapacityMw);
    case PlannedMwColumn:
        return figure(row.plannedMw);
    case LastUpdateColumn:
        return row.lastUpdate.isValid() ? FigureFormat::shortDate(row.lastUpdate.date(), m_locale)
                                        : tr("—");
    case ProvenanceColumn:
        return FigureFormat::provenanceList(row.provenances);
    case PublicRecordColumn:
        return publicRecordText(row);
    }
    return QVariant();
}

QVariant SiteTableModel::sortValue(const SiteRow &row, int column) const
{
    const auto number = [](const std::optional<SourcedValue> &value) -> QVariant {
        return value ? QVariant(value->value.high) : QVariant(-1.0);
    };
    switch (column) {
    case PhaseColumn:
        return row.phase ? int(*row.phase) : -1;
    case GpusOnlineColumn:
        return number(row.gpusOnline);
    case GpusPlannedColumn:
        return number(row.gpusPlanned);
    case PowerColumn:
        return number(row.powerMw);
    case OperationalMwColumn:
        return number(row.operationalCapacityMw);
    case PlannedMwColumn:
        return number(row.plannedMw);
    case LastUpdateColumn:
        return row.lastUpdate.isValid() ? row.lastUpdate.toMSecsSinceEpoch() : qint64(0);
    case PublicRecordColumn:
        return row.newestPublicDate.isValid() ? row.newestPublicDate.toJulianDay() : qint64(0);
    default:
        return display(row, column);
    }
}

QString SiteTableModel::toolTip(const SiteRow &row, int column) const
{
    switch (column) {
    case NameColumn: {
        QStringList lines { row.site.notes.isEmpty() ? row.site.name : row.site.notes };
        if (!row.site.statusText.isEmpty())
            lines.append(
                tr("Status (as of %1): %2")
                    .arg(FigureFormat::date(row.site.statusAsOf, m_locale), row.site.statusText));
        if (isQuiet(row))
            lines.append(PublicRecord::notice(row.newestPublicDate, m_locale));
        for (const QString &source : row.site.sourceUrls)
            lines.append(tr("Source: %1").arg(source));
        return lines.join(QLatin1Char('\n'));
    }
    case LocationColumn:
        if (!row.site.latitude)
            return tr("No location disclosed.");
        return tr("Approximate town or county centre (%1, %2), not the campus.")
            .arg(m_locale.toString(*row.site.latitude, 'f', 2),
                m_locale.toString(*row.site.longitude, 'f', 2));
    case PhaseColumn:
        if (!row.phase)
            return tr("No dated phase event is known.");
        return tr("%1 since %2\nSource: %3")
            .arg(phaseDisplayName(*row.phase), FigureFormat::date(row.phaseSince, m_locale),
                row.phaseSource);
    case GpusOnlineColumn:
        return row.gpusOnline ? FigureFormat::origin(*row.gpusOnline, m_locale)
                              : tr("No count of online GPUs is known for this site.");
    case GpusPlannedColumn:
        return row.gpusPlanned ? FigureFormat::origin(*row.gpusPlanned, m_locale)
                               : tr("No GPU plan has been published for this site.");
    case PowerColumn:
        return powerToolTip(row);
    case OperationalMwColumn:
        return row.operationalCapacityMw
            ? FigureFormat::origin(*row.operationalCapacityMw, m_locale)
            : tr("No operational capacity has been reported for this site.");
    case PlannedMwColumn:
        return row.plannedMw ? FigureFormat::origin(*row.plannedMw, m_locale)
                             : tr("The planned capacity has not been disclosed.");
    case ProvenanceColumn: {
        QStringList lines;
        for (const auto *value : { &row.gpusOnline, &row.gpusPlanned, &row.powerMw,
                 &row.operationalCapacityMw, &row.plannedMw }) {
            if (*value)
                lines.append(FigureFormat::provenanceLabel(**value, m_locale));
        }
        lines.removeDuplicates();
        return lines.join(QLatin1Char('\n'));
    }
    case PublicRecordColumn:
        return tr("Newest date a public source gave about this site (facts, plans, phase events, "
                  "status); polled and simulated data do not count. After %n day(s) without one "
                  "the site says so.",
            nullptr, PublicRecord::kQuietAfterDays);
    default:
        return QString();
    }
}

QString SiteTableModel::powerToolTip(const SiteRow &row) const
{
    if (!row.powerMw)
        return tr("No power figure is known for this site.");
    QString heading;
    if (row.powerIsOperationalCapacity)
        heading = (row.powerMw->includes(Provenance::Estimate)
                          ? tr("Operational capacity as modelled by an analyst, not measured "
                               "power draw.")
                          : tr("Operational capacity as reported, not measured power draw."))
            + QLatin1Char('\n');
    return heading + FigureFormat::origin(*row.powerMw, m_locale);
}
