#include "itemmodels/alerttablemodel.h"

#include <QDateTime>

AlertTableModel::AlertTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlertTableModel::setAlerts(const QList<AlertRecord> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

void AlertTableModel::setSiteNames(const QHash<QString, QString> &namesById)
{
    m_siteNames = namesById;
    if (!m_alerts.isEmpty())
        emit dataChanged(index(0, SubjectColumn), index(rowCount() - 1, SubjectColumn));
}

void AlertTableModel::setSourceNames(const QHash<QString, QString> &namesById)
{
    m_sourceNames = namesById;
    if (!m_alerts.isEmpty())
        emit dataChanged(index(0, SubjectColumn), index(rowCount() - 1, SubjectColumn));
}

void AlertTableModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

const AlertRecord *AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts[row] : nullptr;
}

AlertTableModel::State AlertTableModel::stateOf(const AlertRecord &alert)
{
    if (!alert.isOpen())
        return State::Cleared;
    return alert.isAcknowledged() ? State::Acknowledged : State::Active;
}

QString AlertTableModel::stateDisplayName(State state)
{
    switch (state) {
    case State::Active:
        return tr("Active");
    case State::Acknowledged:
        return tr("Acknowledged");
    case State::Cleared:
        return tr("Cleared");
    }
    return QString();
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertTableModel::time(qint64 ms) const
{
    if (ms <= 0)
        return QString();
    return m_locale.toString(
        QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString AlertTableModel::subject(const AlertRecord &alert) const
{
    if (!alert.key.siteId.isEmpty())
        return m_siteNames.value(alert.key.siteId, alert.key.siteId);
    return m_sourceNames.value(alert.key.sourceId, tr("Source %1").arg(alert.key.sourceId));
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const AlertRecord &alert = m_alerts[index.row()];
    const State state = stateOf(alert);
    switch (role) {
    case IdRole:
        return alert.id;
    case StateRole:
        return int(state);
    case RuleRole:
        return alert.key.rule;
    case SiteIdRole:
        return alert.key.siteId;
    case SeverityRole:
        return int(alert.severity);
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return int(state);
        case SeverityColumn:
            return -int(alert.severity);
        case RaisedColumn:
            return alert.raisedAtMs;
        case AcknowledgedColumn:
            return alert.acknowledgedAtMs;
        case ClearedColumn:
            return alert.clearedAtMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return stateDisplayName(state);
        case SeverityColumn:
            return severityDisplayName(alert.severity);
        case RuleColumn:
            return AlertRule::displayName(alert.key.rule);
        case SubjectColumn:
            return subject(alert);
        case MessageColumn:
            return alert.message;
        case CommentColumn:
            return alert.comment.simplified();
        case RaisedColumn:
            return time(alert.raisedAtMs);
        case AcknowledgedColumn:
            return alert.isAcknowledged()
                ? tr("%1 by %2").arg(time(alert.acknowledgedAtMs), alert.acknowledgedBy)
                : QString();
        case ClearedColumn:
            return time(alert.clearedAtMs);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CommentColumn && !alert.comment.isEmpty())
            return tr("Comment by %1:\n%2").arg(alert.commentBy, alert.comment);
        if (index.column() == MessageColumn || index.column() == SubjectColumn)
            return alert.comment.isEmpty()
                ? alert.message
                : tr("%1\n\nComment by %2:\n%3").arg(alert.message, alert.commentBy, alert.comment);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case StateColumn:
        return tr("State");
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SubjectColumn:
        return tr("Site or source");
    case MessageColumn:
        return tr("Message");
    case RaisedColumn:
        return tr("Raised");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    case ClearedColumn:
        return tr("Cleared");
    case CommentColumn:
        return tr("Comment");
    }
    return QVariant();
}
