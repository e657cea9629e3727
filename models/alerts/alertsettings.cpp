#include "alerts/alertsettings.h"

#include <QSettings>

namespace {
double number(QSettings &settings, const char *key, double fallback, double low, double high)
{
    bool ok = false;
    const double value = settings.value(QLatin1String(key)).toDouble(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}
} // namespace

AlertThresholds AlertSettings::load(QSettings &settings)
{
    const AlertThresholds d;
    AlertThresholds t;
    settings.beginGroup(QStringLiteral("alerts"));
    t.staleFactor = number(settings, "stale_factor", d.staleFactor, 1.0, 1000.0);
    t.errorStreak = int(number(settings, "error_streak", d.errorStreak, 1, 10'000));
    t.powerRaisePercent = number(settings, "power_raise_percent", d.powerRaisePercent, 1, 1000);
    t.powerClearPercent = number(settings, "power_clear_percent", d.powerClearPercent, 0, 1000);
    t.gpuDropPercent = number(settings, "gpu_drop_percent", d.gpuDropPercent, 0.1, 100);
    t.gpuDropWindowMinutes
        = int(number(settings, "gpu_drop_window_minutes", d.gpuDropWindowMinutes, 1, 10'080));
    t.gpuDropClearPercent
        = number(settings, "gpu_drop_clear_percent", d.gpuDropClearPercent, 0, 100);
    t.phaseSlipGraceDays
        = int(number(settings, "phase_slip_grace_days", d.phaseSlipGraceDays, 0, 3650));
    settings.endGroup();
    // A clear level above the raise level would make the alert flap; keep the defaults' gap.
    if (t.powerClearPercent > t.powerRaisePercent)
        t.powerClearPercent = t.powerRaisePercent - (d.powerRaisePercent - d.powerClearPercent);
    if (t.gpuDropClearPercent > t.gpuDropPercent)
        t.gpuDropClearPercent = t.gpuDropPercent / 2;
    return t;
}

AlertThresholds AlertSettings::load()
{
    QSettings settings;
    return load(settings);
}

void AlertSettings::save(QSettings &settings, const AlertThresholds &t)
{
    settings.beginGroup(QStringLiteral("alerts"));
    settings.setValue(QStringLiteral("stale_factor"), t.staleFactor);
    settings.setValue(QStringLiteral("error_streak"), t.errorStreak);
    settings.setValue(QStringLiteral("power_raise_percent"), t.powerRaisePercent);
    settings.setValue(QStringLiteral("power_clear_percent"), t.powerClearPercent);
    settings.setValue(QStringLiteral("gpu_drop_percent"), t.gpuDropPercent);
    settings.setValue(QStringLiteral("gpu_drop_window_minutes"), t.gpuDropWindowMinutes);
    settings.setValue(QStringLiteral("gpu_drop_clear_percent"), t.gpuDropClearPercent);
    settings.setValue(QStringLiteral("phase_slip_grace_days"), t.phaseSlipGraceDays);
    settings.endGroup();
    settings.sync();
}

void AlertSettings::save(const AlertThresholds &thresholds)
{
    QSettings settings;
    save(settings, thresholds);
}
