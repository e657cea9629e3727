// Tells the user about newly raised alerts when the window is not in front: a message from
// the system tray when there is one, else the window asks for attention (taskbar flash).
// Lives on the GUI thread; owned by the window it watches.
#pragma once

#include "domain/alert.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AlertNotifier(QWidget *window);

    enum class Channel
    {
        None,
        Tray,
        Alert
    };
    Channel lastChannel() const { return m_lastChannel; }
    static QString summary(const QList<AlertRecord> &raised);

public slots:
    void notify(const QList<AlertRecord> &raised);

private:
    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    Channel m_lastChannel = Channel::None;
};
