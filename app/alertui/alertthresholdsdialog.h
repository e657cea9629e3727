// Edits the alert thresholds (docs/alerts.md) in a form: one field per threshold with its unit
// and range, Restore Defaults, and a check that each clear level stays below its raise level
// (an alert would flap otherwise). Knows nothing of settings or monitors: the caller reads
// thresholds() after accept and applies them.
#pragma once

#include "alerts/alertrules.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

class AlertThresholdsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertThresholdsDialog(const AlertThresholds &thresholds, QWidget *parent = nullptr);

    AlertThresholds thresholds() const;
    void setThresholds(const AlertThresholds &thresholds);
    // Why the values cannot be saved as they are; empty when they can.
    QString problem() const;

    QDoubleSpinBox *staleFactorField() const { return m_staleFactor; }
    QSpinBox *errorStreakField() const { return m_errorStreak; }
    QDoubleSpinBox *powerRaiseField() const { return m_powerRaise; }
    QDoubleSpinBox *powerClearField() const { return m_powerClear; }
    QDoubleSpinBox *gpuDropField() const { return m_gpuDrop; }
    QSpinBox *gpuDropWindowField() const { return m_gpuDropWindow; }
    QDoubleSpinBox *gpuDropClearField() const { return m_gpuDropClear; }
    QSpinBox *phaseSlipGraceField() const { return m_phaseSlipGrace; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    QDoubleSpinBox *m_staleFactor;
    QSpinBox *m_errorStreak;
    QDoubleSpinBox *m_powerRaise;
    QDoubleSpinBox *m_powerClear;
    QDoubleSpinBox *m_gpuDrop;
    QSpinBox *m_gpuDropWindow;
    QDoubleSpinBox *m_gpuDropClear;
    QSpinBox *m_phaseSlipGrace;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
