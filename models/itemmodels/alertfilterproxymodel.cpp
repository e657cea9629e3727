#include "itemmodels/alertfilterproxymodel.h"

AlertFilterProxyModel::AlertFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertTableModel::SortRole);
}

void AlertFilterProxyModel::setStateFilter(std::optional<AlertTableModel::State> state)
{
    m_state = state;
    invalidateFilter();
}

void AlertFilterProxyModel::setSiteFilter(const QString &siteId)
{
    m_siteId = siteId;
    invalidateFilter();
}

void AlertFilterProxyModel::setRuleFilter(const QString &rule)
{
    m_rule = rule;
    invalidateFilter();
}

bool AlertFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state && index.data(AlertTableModel::StateRole).toInt() != int(*m_state))
        return false;
    if (!m_siteId.isEmpty() && index.data(AlertTableModel::SiteIdRole).toString() != m_siteId)
        return false;
    if (!m_rule.isEmpty() && index.data(AlertTableModel::RuleRole).toString() != m_rule)
        return false;
    return true;
}
