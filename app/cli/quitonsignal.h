// Quits the Qt event loop on SIGINT or SIGTERM, safely: the signal handler only writes a byte
// to a socket pair, and the event loop reads it and quits. One instance per process.
#pragma once

#include <QObject>

class QSocketNotifier;

class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;
    bool isReady() const { return m_notifier != nullptr; }

private:
    QSocketNotifier *m_notifier = nullptr;
};
