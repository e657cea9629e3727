#include "alertui/alertnotifier.h"

#include "widgets/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>

AlertNotifier::AlertNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

QString AlertNotifier::summary(const QList<AlertRecord> &raised)
{
    if (raised.isEmpty())
        return QString();
    QString text = raised.first().message;
    if (raised.size() > 1)
        text += QLatin1Char('\n') + tr("and %n more", nullptr, int(raised.size()) - 1);
    return text;
}

void AlertNotifier::notify(const QList<AlertRecord> &raised)
{
    m_lastChannel = Channel::None;
    if (raised.isEmpty() || m_window->isActiveWindow())
        return;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            QPixmap icon(32, 32);
            icon.fill(Qt::transparent);
            QPainter painter(&icon);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(Theme::negativeColor());
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(2, 2, 28, 28);
            painter.end();
            m_tray = new QSystemTrayIcon(QIcon(icon), this);
            m_tray->setToolTip(tr("Stargate Dashboard"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
            m_tray->show();
        }
        m_tray->showMessage(tr("%n new alert(s)", nullptr, int(raised.size())), summary(raised),
            QSystemTrayIcon::Warning, 10'000);
        m_lastChannel = Channel::Tray;
        return;
    }
    QApplication::alert(m_window);
    m_lastChannel = Channel::Alert;
}
