// The Sites page for operators: every site in a sortable, filterable table.
#pragma once

#include <QWidget>

class SiteTableModel;
class SiteTableView;

class SitesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SitesPage(SiteTableModel *model, QWidget *parent = nullptr);
    SiteTableView *tableView() const { return m_view; }

private:
    SiteTableView *m_view;
};
