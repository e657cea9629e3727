// Holds the current Scenario and ProjectionResult for the window: re-reads its input when the
// store changes, recomputes at once when the scenario changes, and publishes the result to
// the Forecast page, the Overview tile and the store (through the writer, debounced, so that
// dragging a control does not write a row per step). Lives on the GUI thread.
#pragma once

#include "forecast/projection.h"

#include <QObject>

class QTimer;
class Store;

class ProjectionController : public QObject
{
    Q_OBJECT

public:
    explicit ProjectionController(const Store &store, QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    const ProjectionResult &result() const { return m_result; }
    const ProjectionInput &input() const { return m_input; }
    Scenario defaultScenario() const { return m_input.defaultScenario(); }
    void setSaveDelay(int milliseconds);

    static ProjectionRecord recordOf(const ProjectionResult &result);

public slots:
    void reload(); // the store changed
    void setScenario(const Scenario &scenario);
    void resetScenario();

signals:
    void resultChanged(const ProjectionResult &result);
    void saveRequested(const ProjectionRecord &record);

private:
    void recompute();

    const Store &m_store;
    ProjectionInput m_input;
    Scenario m_scenario;
    bool m_scenarioEdited = false;
    ProjectionResult m_result;
    QTimer *m_saveTimer;
};
