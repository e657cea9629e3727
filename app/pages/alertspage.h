// The Alerts page: every stored alert in a table with filters (state, site, rule) and an
// Acknowledge button. Shows the lists it is given and turns the button into
// acknowledgeRequested(); the AlertMonitor does the rest.
#pragma once

#include "domain/alert.h"

#include <QHash>
#include <QLocale>
#include <QWidget>

class AlertFilterProxyModel;
class AlertTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(const QLocale &locale, QWidget *parent = nullptr);

    void setAlerts(const QList<AlertRecord> &alerts);
    // Site names for the table and the site filter, by site id.
    void setSites(const QList<QPair<QString, QString>> &idsAndNames);

    QTableView *table() const { return m_table; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *siteFilter() const { return m_site; }
    QComboBox *ruleFilter() const { return m_rule; }
    AlertTableModel *model() const { return m_model; }
    AlertFilterProxyModel *proxy() const { return m_proxy; }

    QPushButton *thresholdsButton() const { return m_thresholds; }

signals:
    void acknowledgeRequested(const QList<qint64> &ids);
    void thresholdsRequested();

private:
    QList<qint64> selectedUnacknowledged() const;
    void updateButton();
    void updateSummary();

    AlertTableModel *m_model;
    AlertFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QComboBox *m_state;
    QComboBox *m_site;
    QComboBox *m_rule;
    QPushButton *m_acknowledge;
    QPushButton *m_thresholds;
    QTableView *m_table;
    QLabel *m_empty;
    QList<AlertRecord> m_alerts;
};
