#include "alertui/alertthresholdsdialog.h"

#include "widgets/theme.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// The ranges are those AlertSettings::load accepts, so that what is saved is what is used.
QDoubleSpinBox *percentField(double minimum, double maximum, QWidget *parent)
{
    auto *field = new QDoubleSpinBox(parent);
    field->setRange(minimum, maximum);
    field->setDecimals(1);
    field->setSingleStep(1);
    field->setSuffix(AlertThresholdsDialog::tr(" %"));
    return field;
}

QSpinBox *countField(int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *field = new QSpinBox(parent);
    field->setRange(minimum, maximum);
    field->setSuffix(suffix);
    return field;
}
} // namespace

AlertThresholdsDialog::AlertThresholdsDialog(const AlertThresholds &thresholds, QWidget *parent)
    : QDialog(parent)
    , m_staleFactor(new QDoubleSpinBox(this))
    , m_errorStreak(countField(1, 10'000, tr(" polls"), this))
    , m_powerRaise(percentField(1, 1000, this))
    , m_powerClear(percentField(0, 1000, this))
    , m_gpuDrop(percentField(0.1, 100, this))
    , m_gpuDropWindow(countField(1, 10'080, tr(" min"), this))
    , m_gpuDropClear(percentField(0, 100, this))
    , m_phaseSlipGrace(countField(0, 3650, tr(" days"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
          this))
{
    setWindowTitle(tr("Alert Thresholds"));
    setMinimumWidth(560);
    m_staleFactor->setRange(1, 1000);
    m_staleFactor->setDecimals(1);
    m_staleFactor->setSingleStep(0.5);
    m_staleFactor->setSuffix(tr(" × poll interval"));

    // The explanation sits above the form, not in a form row: a wrapped label in a form row
    // gets the height of one line and is cut off.
    const auto group = [this](const QString &title, const QString &explanation) {
        auto *box = new QGroupBox(title, this);
        auto *column = new QVBoxLayout(box);
        auto *text = new QLabel(explanation, box);
        text->setWordWrap(true);
        text->setObjectName(QStringLiteral("KpiFooter"));
        column->addWidget(text);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        column->addLayout(form);
        return std::pair { box, form };
    };
    auto [feeds, feedForm]
        = group(tr("Feeds"), tr("Raised per source; cleared by the next successful poll."));
    feedForm->addRow(tr("Stale after no success for"), m_staleFactor);
    feedForm->addRow(tr("Error streak after"), m_errorStreak);
    auto [power, powerForm]
        = group(tr("Power near capacity"), tr("Power drawn as a share of the site's capacity."));
    powerForm->addRow(tr("Raise above"), m_powerRaise);
    powerForm->addRow(tr("Clear below"), m_powerClear);
    auto [gpus, gpuForm] = group(tr("GPUs online falling"),
        tr("The fall from the highest count within the window to the newest one."));
    gpuForm->addRow(tr("Raise on a fall of more than"), m_gpuDrop);
    gpuForm->addRow(tr("Within"), m_gpuDropWindow);
    gpuForm->addRow(tr("Clear when the fall is below"), m_gpuDropClear);
    auto [phases, phaseForm] = group(tr("Phase behind plan"),
        tr("Days after a planned date before a site that has not reached the phase is flagged."));
    phaseForm->addRow(tr("Grace period"), m_phaseSlipGrace);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorTextColor().name()));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    for (QGroupBox *box : { feeds, power, gpus, phases })
        layout->addWidget(box);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { setThresholds(AlertThresholds()); });
    for (QDoubleSpinBox *field :
        { m_staleFactor, m_powerRaise, m_powerClear, m_gpuDrop, m_gpuDropClear })
        connect(field, &QDoubleSpinBox::valueChanged, this, &AlertThresholdsDialog::check);
    for (QSpinBox *field : { m_errorStreak, m_gpuDropWindow, m_phaseSlipGrace })
        connect(field, &QSpinBox::valueChanged, this, &AlertThresholdsDialog::check);
    setThresholds(thresholds);
}

AlertThresholds AlertThresholdsDialog::thresholds() const
{
    AlertThresholds t;
    t.staleFactor = m_staleFactor->value();
    t.errorStreak = m_errorStreak->value();
    t.powerRaisePercent = m_powerRaise->value();
    t.powerClearPercent = m_powerClear->value();
    t.gpuDropPercent = m_gpuDrop->value();
    t.gpuDropWindowMinutes = m_gpuDropWindow->value();
    t.gpuDropClearPercent = m_gpuDropClear->value();
    t.phaseSlipGraceDays = m_phaseSlipGrace->value();
    return t;
}

void AlertThresholdsDialog::setThresholds(const AlertThresholds &t)
{
    m_staleFactor->setValue(t.staleFactor);
    m_errorStreak->setValue(t.errorStreak);
    m_powerRaise->setValue(t.powerRaisePercent);
    m_powerClear->setValue(t.powerClearPercent);
    m_gpuDrop->setValue(t.gpuDropPercent);
    m_gpuDropWindow->setValue(t.gpuDropWindowMinutes);
    m_gpuDropClear->setValue(t.gpuDropClearPercent);
    m_phaseSlipGrace->setValue(t.phaseSlipGraceDays);
    check();
}

QString AlertThresholdsDialog::problem() const
{
    // A clear level at or above its raise level would let an alert flap on every evaluation.
    if (m_powerClear->value() >= m_powerRaise->value())
        return tr("The power alert must clear below the level at which it is raised.");
    if (m_gpuDropClear->value() >= m_gpuDrop->value())
        return tr("The GPU alert must clear below the fall at which it is raised.");
    return QString();
}

void AlertThresholdsDialog::check()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}
