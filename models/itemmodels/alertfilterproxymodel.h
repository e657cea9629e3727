// Filters the AlertTableModel by state (active, acknowledged, cleared), site and rule, and
// sorts it by SortRole. Lives on the GUI thread.
#pragma once

#include "itemmodels/alerttablemodel.h"

#include <QSortFilterProxyModel>
#include <optional>

class AlertFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertFilterProxyModel(QObject *parent = nullptr);

    void setStateFilter(std::optional<AlertTableModel::State> state);
    void setSiteFilter(const QString &siteId); // empty: every site and source
    void setRuleFilter(const QString &rule); // empty: every rule

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<AlertTableModel::State> m_state;
    QString m_siteId;
    QString m_rule;
};
