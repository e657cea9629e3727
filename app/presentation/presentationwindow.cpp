#include "presentation/presentationwindow.h"

#include "widgets/theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

PresentationWindow::PresentationWindow(const QStringList &slideNames, QWidget *parent)
    : QWidget(parent)
    , m_names(slideNames.isEmpty() ? SlideRegistry::instance().defaultDeck() : slideNames)
    , m_layout(new QVBoxLayout(this))
    , m_counter(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Stargate Dashboard — presentation"));
    setObjectName(QStringLiteral("Presentation"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#Presentation { background: %1; }")
                      .arg(Theme::slideBackgroundColor().name()));
    setFocusPolicy(Qt::StrongFocus);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_counter->setObjectName(QStringLiteral("SlideCounter"));
    m_counter->setAttribute(Qt::WA_TransparentForMouseEvents);
    connect(
        m_timer, &QTimer::timeout, this, [this] { goTo(m_index + 1 < count() ? m_index + 1 : 0); });
}

void PresentationWindow::setContext(const SlideContext &context)
{
    const QString shown = currentSlideName();
    m_context = context;
    m_context.size = size().isValid() && !size().isEmpty() ? size() : context.size;
    m_error.clear();
    m_specs = SlideRegistry::instance().resolve(m_names, m_context, &m_error);
    // Stay on the slide that was shown when new data arrives (sites may come and go).
    int index = 0;
    for (int i = 0; i < m_specs.size(); ++i) {
        if (m_specs[i].name() == shown)
            index = i;
    }
    m_index = m_specs.isEmpty() ? 0 : std::clamp(shown.isEmpty() ? m_index : index, 0, count() - 1);
    showCurrent();
}

void PresentationWindow::setAutoAdvance(int seconds)
{
    m_autoAdvanceSeconds = std::max(0, seconds);
    if (m_autoAdvanceSeconds > 0)
        m_lastAutoAdvanceSeconds = m_autoAdvanceSeconds;
    restartTimer();
    updateCounter();
}

void PresentationWindow::restartTimer()
{
    if (m_autoAdvanceSeconds > 0 && count() > 1)
        m_timer->start(m_autoAdvanceSeconds * 1000);
    else
        m_timer->stop();
}

QString PresentationWindow::currentSlideName() const
{
    return m_index < m_specs.size() ? m_specs[m_index].name() : QString();
}

QString PresentationWindow::counterText() const
{
    return m_counter->text();
}

void PresentationWindow::goTo(int index)
{
    if (m_specs.isEmpty())
        return;
    const int clamped = std::clamp(index, 0, count() - 1);
    restartTimer();
    if (clamped == m_index && m_slide)
        return;
    m_index = clamped;
    showCurrent();
}

void PresentationWindow::next()
{
    goTo(m_index + 1);
}

void PresentationWindow::previous()
{
    goTo(m_index - 1);
}

void PresentationWindow::showCurrent()
{
    delete m_slide;
    m_slide = nullptr;
    if (m_index < m_specs.size()) {
        m_slide = SlideRegistry::instance().create(m_specs[m_index], m_context, this);
    } else {
        // Nothing resolved (an unknown name): say so on the screen rather than show nothing.
        SlideBody body;
        body.title = m_error.isEmpty() ? tr("No slides") : m_error;
        body.empty = true;
        body.widget = SlideFrame::noDataWidget(m_context, nullptr);
        m_slide = new SlideFrame(QString(), body, m_context, this);
    }
    m_layout->addWidget(m_slide);
    m_slide->show();
    updateCounter();
}

void PresentationWindow::updateCounter()
{
    const int px = m_context.px(26);
    m_counter->setStyleSheet(
        QStringLiteral("QLabel#SlideCounter { font-size: %1px; font-weight: 700; color: %4; "
                       "background: %5; padding: %2px %3px; }")
            .arg(px)
            .arg(m_context.px(6))
            .arg(m_context.px(14))
            .arg(Theme::onColorTextColor().name(), Theme::slideCounterBackgroundColor().name()));
    QString text = m_specs.isEmpty() ? QStringLiteral("0 / 0")
                                     : QStringLiteral("%1 / %2").arg(m_index + 1).arg(count());
    if (m_autoAdvanceSeconds > 0)
        text += tr(" · auto %1 s").arg(m_autoAdvanceSeconds);
    if (!m_typedNumber.isEmpty())
        text = tr("Go to %1").arg(m_typedNumber);
    m_counter->setText(text);
    m_counter->adjustSize();
    m_counter->move(width() - m_counter->width() - m_context.px(24), m_context.px(24));
    m_counter->raise();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (m_typedNumber.size() < 4)
            m_typedNumber += QChar(u'0' + (key - Qt::Key_0));
        updateCounter();
        return;
    }
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_typedNumber.isEmpty()) {
            const int number = m_typedNumber.toInt();
            m_typedNumber.clear();
            if (number >= 1)
                goTo(number - 1);
            updateCounter();
        } else {
            next();
        }
        return;
    case Qt::Key_Backspace:
        if (!m_typedNumber.isEmpty()) {
            m_typedNumber.chop(1);
            updateCounter();
        } else {
            previous();
        }
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        previous();
        return;
    case Qt::Key_Home:
        goTo(0);
        return;
    case Qt::Key_A:
        // A toggles the loop (for a lobby screen); a number typed first sets its seconds.
        if (!m_typedNumber.isEmpty()) {
            m_lastAutoAdvanceSeconds = std::clamp(m_typedNumber.toInt(), 1, 3600);
            m_typedNumber.clear();
            setAutoAdvance(m_lastAutoAdvanceSeconds);
        } else if (m_autoAdvanceSeconds > 0) {
            setAutoAdvance(0);
        } else {
            setAutoAdvance(m_lastAutoAdvanceSeconds);
        }
        return;
    case Qt::Key_End:
        goTo(count() - 1);
        return;
    case Qt::Key_Escape:
        if (!m_typedNumber.isEmpty()) {
            m_typedNumber.clear();
            updateCounter();
            return;
        }
        emit exitRequested();
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_context.size != size() && !size().isEmpty()) {
        // Type and chart lines are sized for the surface: rebuild the slide at the new size.
        m_context.size = size();
        showCurrent();
    } else {
        updateCounter();
    }
}
