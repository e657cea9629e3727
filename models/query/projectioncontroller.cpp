#include "query/projectioncontroller.h"

#include "query/projectioninput.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QTimer>

ProjectionController::ProjectionController(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_saveTimer(new QTimer(this))
{
    qRegisterMetaType<ProjectionRecord>();
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(2000);
    connect(
        m_saveTimer, &QTimer::timeout, this, [this] { emit saveRequested(recordOf(m_result)); });
}

void ProjectionController::setSaveDelay(int milliseconds)
{
    m_saveTimer->setInterval(milliseconds);
}

void ProjectionController::reload()
{
    m_input = readProjectionInput(m_store);
    if (!m_scenarioEdited)
        m_scenario = m_input.defaultScenario();
    recompute();
}

void ProjectionController::setScenario(const Scenario &scenario)
{
    m_scenarioEdited = true;
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    recompute();
}

void ProjectionController::resetScenario()
{
    m_scenarioEdited = false;
    m_scenario = m_input.defaultScenario();
    recompute();
}

void ProjectionController::recompute()
{
    m_result = Projection::project(m_input, m_scenario, QDateTime::currentDateTimeUtc());
    emit resultChanged(m_result);
    m_saveTimer->start();
}

ProjectionRecord ProjectionController::recordOf(const ProjectionResult &result)
{
    ProjectionRecord record;
    record.computedAt = result.computedAt;
    // The store's CHECK constraint knows no "not_measurable" (the result JSON keeps it): a
    // verdict that cannot be measured is stored as "unknown", which is what it is.
    record.verdict = result.verdict == Forecast::Verdict::NotMeasurable
        ? QStringLiteral("unknown")
        : Projection::verdictId(result.verdict);
    record.eta = result.eta.value_or(QDate());
    record.etaEarly = result.etaEarly.value_or(QDate());
    record.etaLate = result.etaLate.value_or(QDate());
    record.assumptionsJson = QJsonDocument(result.scenario.toJson()).toJson(QJsonDocument::Compact);
    record.resultJson = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    return record;
}
