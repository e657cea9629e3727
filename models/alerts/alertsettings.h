// The alert thresholds in the settings (group "alerts"), falling back to the documented
// defaults (docs/alerts.md) for keys that are missing or out of range.
#pragma once

#include "alerts/alertrules.h"

class QSettings;

namespace AlertSettings {
AlertThresholds load(QSettings &settings);
AlertThresholds load(); // the application's QSettings
void save(QSettings &settings, const AlertThresholds &thresholds);
void save(const AlertThresholds &thresholds);
} // namespace AlertSettings
