// The Alerts page: every stored alert in a table with filters (state, site, rule), an
// Acknowledge button (Un-acknowledge when the selection is acknowledged) and Comment….
// Shows the lists it is given and turns the buttons into requests; the AlertMonitor does the
// rest.
#pragma once

#include "domain/alert.h"

#include <QHash>
#include <QLocale>
#include <QWidget>

class AlertFilterProxyModel;
class AlertTableModel;
class QComboBox;
class QDialog;
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
    QPushButton *acknowledgeButton() const { return m_acknowledge; } // or Un-acknowledge
    QPushButton *commentButton() const { return m_comment; }
    // Opens the comment dialog for the one selected alert (window-modal, not blocking).
    QDialog *openCommentDialog();
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *siteFilter() const { return m_site; }
    QComboBox *ruleFilter() const { return m_rule; }
    AlertTableModel *model() const { return m_model; }
    AlertFilterProxyModel *proxy() const { return m_proxy; }

    QPushButton *thresholdsButton() const { return m_thresholds; }

signals:
    void acknowledgeRequested(const QList<qint64> &ids);
    void unacknowledgeRequested(const QList<qint64> &ids);
    void commentRequested(qint64 id, const QString &comment);
    void thresholdsRequested();

private:
    QList<qint64> selectedUnacknowledged() const;
    QList<const AlertRecord *> selectedAlerts() const;
    void updateButton();
    void updateSummary();

    AlertTableModel *m_model;
    AlertFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QComboBox *m_state;
    QComboBox *m_site;
    QComboBox *m_rule;
    QPushButton *m_acknowledge;
    QPushButton *m_comment;
    QPushButton *m_thresholds;
    QTableView *m_table;
    QLabel *m_empty;
    QList<AlertRecord> m_alerts;
};
