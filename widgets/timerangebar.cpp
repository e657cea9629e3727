#include "widgets/timerangebar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

namespace {
// The combo's data for its last entry, which opens the custom range dialog.
constexpr int kCustomEntry = -1;

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

QString withShortcut(const QString &text, const QAction *action)
{
    return QStringLiteral("%1 (%2)").arg(
        text, action->shortcut().toString(QKeySequence::NativeText));
}

// Asks for a from-to span in local time; nullopt when cancelled.
std::optional<ChartSpan> askSpan(QWidget *parent, const ChartSpan &initial, const QLocale &locale)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(TimeRangeBar::tr("Custom Time Range"));
    auto *from = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(initial.fromMs), &dialog);
    auto *to = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(initial.toMs), &dialog);
    for (QDateTimeEdit *edit : { from, to }) {
        edit->setLocale(locale);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(locale.dateTimeFormat(QLocale::ShortFormat));
    }
    auto *problem = new QLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    const auto check = [&] {
        const bool ordered = from->dateTime() < to->dateTime();
        problem->setText(ordered ? QString() : TimeRangeBar::tr("“To” must be after “From”."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ordered);
    };
    QObject::connect(from, &QDateTimeEdit::dateTimeChanged, &dialog, check);
    QObject::connect(to, &QDateTimeEdit::dateTimeChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(TimeRangeBar::tr("&From"), from);
    form->addRow(TimeRangeBar::tr("&To"), to);
    form->addRow(problem);
    form->addRow(buttons);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ChartSpan { from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch() };
}
} // namespace

TimeRangeBar::TimeRangeBar(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_locale(locale)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_presets(new QComboBox(this))
    , m_earlier(new QAction(tr("◀ Earlier"), this))
    , m_later(new QAction(tr("Later ▶"), this))
    , m_zoomOut(new QAction(tr("Zoom Out"), this))
    , m_live(new QAction(tr("Live"), this))
{
    m_earlier->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_later->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_live->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_live->setCheckable(true);
    m_earlier->setToolTip(withShortcut(tr("Show the span before this one"), m_earlier));
    m_later->setToolTip(withShortcut(tr("Show the span after this one"), m_later));
    m_zoomOut->setToolTip(withShortcut(tr("Show twice the span"), m_zoomOut));
    m_live->setToolTip(withShortcut(tr("Follow now: new samples appear as they arrive"), m_live));
    for (QAction *action : { m_earlier, m_later, m_zoomOut, m_live })
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    for (TimeRange::Preset preset : TimeRange::presets())
        m_presets->addItem(TimeRange::presetName(preset), int(preset));
    m_presets->addItem(tr("Custom…"), kCustomEntry);
    m_presets->setAccessibleName(tr("Time range"));
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    connect(m_presets, &QComboBox::activated, this, &TimeRangeBar::presetChosen);
    connect(m_earlier, &QAction::triggered, this,
        [this] { apply(m_range.shifted(-1, now(), m_rollout)); });
    connect(m_later, &QAction::triggered, this,
        [this] { apply(m_range.shifted(+1, now(), m_rollout)); });
    connect(m_zoomOut, &QAction::triggered, this,
        [this] { apply(m_range.zoomedOut(now(), m_rollout)); });
    connect(m_live, &QAction::triggered, this, [this](bool on) {
        apply(on ? m_range.live(now(), m_rollout)
                 : TimeRange::fixed(
                     m_range.span(now(), m_rollout).fromMs, m_range.span(now(), m_rollout).toMs));
    });

    auto *label = new QLabel(tr("&Time range"), this);
    label->setBuddy(m_presets);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addStretch(1);
    layout->addWidget(label);
    layout->addWidget(buttonFor(m_earlier, this));
    layout->addWidget(m_presets);
    layout->addWidget(buttonFor(m_later, this));
    layout->addWidget(buttonFor(m_zoomOut, this));
    layout->addWidget(buttonFor(m_live, this));
    showRange();
}

void TimeRangeBar::setRange(const TimeRange &range)
{
    m_range = range;
    showRange();
}

void TimeRangeBar::setLocale(const QLocale &locale)
{
    m_locale = locale;
    showRange();
}

void TimeRangeBar::apply(const TimeRange &range)
{
    const bool changed = range != m_range;
    m_range = range;
    showRange();
    if (changed)
        emit rangeChanged(m_range);
}

void TimeRangeBar::presetChosen(int index)
{
    const int data = m_presets->itemData(index).toInt();
    if (data == kCustomEntry)
        chooseCustom();
    else
        apply(TimeRange::preset(TimeRange::Preset(data)));
}

void TimeRangeBar::chooseCustom()
{
    const std::optional<ChartSpan> span = askSpan(this, m_range.span(now(), m_rollout), m_locale);
    if (span)
        apply(TimeRange::fixed(span->fromMs, span->toMs));
    else
        showRange(); // back to the entry of the range still shown
}

// The combo names the range: its preset, or for a fixed span an entry of its own.
void TimeRangeBar::showRange()
{
    const QSignalBlocker blocker(m_presets);
    const int customIndex = m_presets->findData(int(TimeRange::Preset::Custom));
    if (customIndex >= 0)
        m_presets->removeItem(customIndex);
    if (m_range.kind() == TimeRange::Preset::Custom) {
        m_presets->insertItem(
            m_presets->count() - 1, m_range.displayName(m_locale), int(TimeRange::Preset::Custom));
        m_presets->setCurrentIndex(m_presets->count() - 2);
    } else {
        m_presets->setCurrentIndex(m_presets->findData(int(m_range.kind())));
    }
    m_presets->setToolTip(m_range.displayName(m_locale));
    const QSignalBlocker liveBlocker(m_live);
    m_live->setChecked(m_range.isLive());
    // The rollout always shows every sample up to now: there is nothing to follow.
    m_live->setEnabled(m_range.kind() != TimeRange::Preset::Rollout);
}
