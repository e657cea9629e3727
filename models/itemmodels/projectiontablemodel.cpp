#include "itemmodels/projectiontablemodel.h"

#include "domain/figureformat.h"

#include <limits>

ProjectionTableModel::ProjectionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProjectionTableModel::setResult(const ProjectionResult &result)
{
    beginResetModel();
    m_rows.clear();
    for (const SiteProjection &site : result.sites) {
        if (site.active)
            m_rows.append(site);
    }
    m_dates = result.tableDates;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ProjectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectionTableModel::columnCount(const QModelIndex &parent) const
{
    // Site, then GPUs and facility MW for each date, headroom now, the day capacity is
    // exceeded, then where the GPU plan comes from.
    return parent.isValid() ? 0 : 4 + 2 * int(m_dates.size());
}

QVariant ProjectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int dates = int(m_dates.size());
    if (section == 0)
        return tr("Site");
    if (section == 1 + 2 * dates)
        return tr("Headroom now");
    if (section == 2 + 2 * dates)
        return tr("Over capacity");
    if (section == 3 + 2 * dates)
        return tr("GPU plan");
    const int dateIndex = (section - 1) % dates;
    const QString date = FigureFormat::shortDate(m_dates.value(dateIndex), m_locale);
    return section <= dates ? tr("GPUs %1").arg(date) : tr("MW %1").arg(date);
}

QVariant ProjectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const SiteProjection &site = m_rows.at(index.row());
    const int dates = int(m_dates.size());
    const int column = index.column();
    if (role == SiteIdRole)
        return site.siteId;
    if (role == Qt::TextAlignmentRole)
        return column == 0 || column == 3 + 2 * dates ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == 0)
        return role == Qt::DisplayRole || role == SortRole ? QVariant(site.name) : QVariant();
    if (column == 1 + 2 * dates || column == 2 + 2 * dates)
        return headroomData(site, column == 1 + 2 * dates, role);
    if (column == 3 + 2 * dates) {
        const QString text = site.gpuPlan.isEmpty() ? tr("no dated plan")
            : site.gpuPlanImpliedByMw               ? tr("implied by planned MW")
                                                    : tr("reported GPU plan");
        if (role == Qt::DisplayRole || role == SortRole)
            return text;
        if (role == Qt::ToolTipRole)
            return site.planProblem.isEmpty() ? QVariant() : QVariant(site.planProblem);
        return QVariant();
    }
    const bool gpus = column <= dates;
    const int dateIndex = (column - 1) % dates;
    const Forecast::Range range
        = gpus ? site.gpusAt.value(dateIndex) : site.facilityMwAt.value(dateIndex);
    // GPUs implied by planned MW are a derivation, rounded to two significant figures in the
    // projection and marked "≈" here; the tooltip and the plan column say what they are.
    const bool implied = gpus && site.gpuPlanImpliedByMw;
    if (role == SortRole)
        return range.high;
    if (role == Qt::DisplayRole) {
        if (range.high <= 0)
            return tr("—");
        const QString text = FigureFormat::range(FigureRange { range.low, range.high }, m_locale);
        return implied ? tr("≈%1").arg(text) : text;
    }
    if (role == Qt::ToolTipRole)
        return implied ? tr("GPUs implied by planned MW under the power assumptions, rounded to "
                            "two significant figures (provenance: projected).")
                       : tr("Projected from the site's dated plans (provenance: projected).");
    return QVariant();
}

// Over capacity says so in words: colour alone does not survive a projector or a printout. A
// range that straddles capacity says both ends.
QString ProjectionTableModel::headroomText(const FigureRange &headroom) const
{
    const auto mw = [this](double value) { return m_locale.toString(value, 'f', 0); };
    if (headroom.high < 0)
        return tr("%1 MW over")
            .arg(FigureFormat::range(FigureRange { -headroom.high, -headroom.low }, m_locale));
    if (headroom.low < 0)
        return tr("%1 MW over to %2 MW spare").arg(mw(-headroom.low), mw(headroom.high));
    return tr("%1 MW").arg(FigureFormat::range(headroom, m_locale));
}

QVariant ProjectionTableModel::headroomData(
    const SiteProjection &site, bool headroomColumn, int role) const
{
    if (role == Qt::ToolTipRole)
        return site.headroomNote;
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    if (headroomColumn) {
        if (!site.headroomMw)
            return role == SortRole ? QVariant(std::numeric_limits<double>::lowest())
                                    : QVariant(tr("—"));
        if (role == SortRole)
            return *site.headroomMw;
        return headroomText(
            site.headroomMwRange.value_or(FigureRange { *site.headroomMw, *site.headroomMw }));
    }
    if (role == SortRole)
        return site.capacityExceededOn ? QVariant(site.capacityExceededOn->toJulianDay())
                                       : QVariant(std::numeric_limits<qint64>::max());
    if (site.headroomBasis == SiteProjection::HeadroomBasis::None)
        return tr("—");
    return site.capacityExceededOn ? FigureFormat::shortDate(*site.capacityExceededOn, m_locale)
                                   : tr("not projected");
}
