#include "itemmodels/sitefilterproxymodel.h"

#include "itemmodels/sitetablemodel.h"

SiteFilterProxyModel::SiteFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SiteTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void SiteFilterProxyModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void SiteFilterProxyModel::setPhaseName(const QString &phaseName)
{
    m_phase = phaseName;
    invalidateFilter();
}

bool SiteFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_phase.isEmpty()
        && model->index(sourceRow, SiteTableModel::PhaseColumn, sourceParent).data().toString()
            != m_phase)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString haystack
        = model->index(sourceRow, 0, sourceParent).data(SiteTableModel::FilterTextRole).toString();
    const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool SiteFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
