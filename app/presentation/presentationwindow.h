// Full-screen presentation of a deck: one slide at a time, a slide counter, keyboard
// navigation (Right/Left, Space, Page Up/Down, Home/End, number + Enter, Esc leaves) and an
// optional auto-advance that loops (a lobby playlist; A toggles it, number + A sets seconds). Only
// the current slide exists; it is rebuilt for the window's size and whenever the data changes.
// Never waits for a feed.
#pragma once

#include "presentation/slidecontext.h"
#include "presentation/slideregistry.h"

#include <QWidget>

class QLabel;
class QTimer;
class QVBoxLayout;

class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    // `slideNames` as for --slides; empty: the registry's default deck.
    explicit PresentationWindow(const QStringList &slideNames, QWidget *parent = nullptr);

    void setContext(const SlideContext &context);
    // Seconds per slide; 0 turns auto-advance off. The last slide wraps to the first.
    void setAutoAdvance(int seconds);
    int autoAdvanceSeconds() const { return m_autoAdvanceSeconds; }

    int count() const { return int(m_specs.size()); }
    int currentIndex() const { return m_index; }
    QString currentSlideName() const;
    SlideFrame *currentSlide() const { return m_slide; }
    QString counterText() const;
    QString error() const { return m_error; }

public slots:
    void goTo(int index);
    void next();
    void previous();

signals:
    void exitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCurrent();
    void updateCounter();
    void restartTimer();

    QStringList m_names;
    SlideContext m_context;
    QList<SlideSpec> m_specs;
    QString m_error;
    int m_index = 0;
    QString m_typedNumber;
    SlideFrame *m_slide = nullptr;
    QVBoxLayout *m_layout;
    QLabel *m_counter;
    QTimer *m_timer;
    int m_autoAdvanceSeconds = 0;
    int m_lastAutoAdvanceSeconds = 15; // what A turns the loop back on with
};
