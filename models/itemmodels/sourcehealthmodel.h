// The Feeds page's table: every polled source with its state, last success, latency, next
// poll, samples per minute and error text, from the store's source_health table. The state
// and the relative times depend on the clock, so the owner passes "now" in; the model never
// reads the clock or the database itself.
#pragma once

#include "domain/storetypes.h"

#include <QAbstractTableModel>
#include <QLocale>

enum class SourceState
{
    Ok,
    Stale,
    Failing,
    Disabled, // off in the sources file
    Paused, // paused by an operator (Pause Polling) until resumed or the next start
    Pending
};

// ok: the newest attempt succeeded within 3 intervals; stale: the newest success is older
// than that (the source stopped answering or the poller stopped); failing: the newest attempt
// failed; disabled: switched off in the sources file; pending: never polled yet.
SourceState sourceStateOf(const SourceHealth &health, qint64 nowMs);
QString sourceStateId(SourceState state); // "ok", "stale", ...
QString sourceStateName(SourceState state); // translated

// Samples per minute at the source's interval, from its newest successful poll.
double samplesPerMinute(const SourceHealth &health);

class SourceHealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        State,
        LastSuccess,
        Latency,
        NextPoll,
        SamplesPerMinute,
        Error,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1
    }; // SourceState as int

    explicit SourceHealthModel(QObject *parent = nullptr);

    void setSources(const QList<SourceHealth> &sources, qint64 nowMs);
    // Moves the clock: states and relative times change, the rows do not.
    void setNow(qint64 nowMs);
    void setLocale(const QLocale &locale);

    const QList<SourceHealth> &sources() const { return m_sources; }
    int count(SourceState state) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const SourceHealth &health, int column) const;
    QString toolTip(const SourceHealth &health) const;

    QList<SourceHealth> m_sources;
    qint64 m_nowMs = 0;
    QLocale m_locale;
};
