// One row per stored alert for the Alerts page: state, severity, rule, site or source,
// message and the raise / acknowledge / clear times. Presents the list it is given; the
// AlertFilterProxyModel filters it. Lives on the GUI thread.
#pragma once

#include "domain/alert.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        SeverityColumn,
        RuleColumn,
        SubjectColumn,
        MessageColumn,
        RaisedColumn,
        AcknowledgedColumn,
        ClearedColumn,
        CommentColumn,
        ColumnCount
    };
    enum class State
    {
        Active,
        Acknowledged,
        Cleared
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole, // int(State)
        RuleRole,
        SiteIdRole,
        SeverityRole, // int(AlertSeverity)
        SortRole,
    };

    explicit AlertTableModel(QObject *parent = nullptr);

    void setAlerts(const QList<AlertRecord> &alerts);
    void setSiteNames(const QHash<QString, QString> &namesById);
    void setSourceNames(const QHash<QString, QString> &namesById);
    void setLocale(const QLocale &locale);
    const AlertRecord *alertAt(int row) const;
    static State stateOf(const AlertRecord &alert);
    static QString stateDisplayName(State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString time(qint64 ms) const;
    QString subject(const AlertRecord &alert) const;

    QList<AlertRecord> m_alerts;
    QHash<QString, QString> m_siteNames;
    QHash<QString, QString> m_sourceNames;
    QLocale m_locale;
};
