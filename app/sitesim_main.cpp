// stargate-sitesim: the site simulator as a program of its own (loopback only by default).
#include "cli/quitonsignal.h"
#include "sim/simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stargate-sitesim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves simulated Stargate sites: /status.json, "
                       "/sites/<id>/nodes/<n>/metrics, /api/v1/query, /fault/<mode>/."));
    parser.addHelpOption();
    const QCommandLineOption address(QStringLiteral("address"),
        QStringLiteral("Address to listen on."), QStringLiteral("ip"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("Port (0: any free port)."), QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the simulation."),
        QStringLiteral("n"), QStringLiteral("2025"));
    const QCommandLineOption gpusPerNode(QStringLiteral("gpus-per-node"),
        QStringLiteral("GPUs per simulated node (1-64); each serves 3 DCGM metrics per GPU."),
        QStringLiteral("n"), QStringLiteral("8"));
    parser.addOptions({ address, port, seed, gpusPerNode });
    parser.process(app);

    QList<SimulatedSite> sites = SimulatedFleet::defaultSites(QDateTime::currentMSecsSinceEpoch());
    const int perNode = parser.value(gpusPerNode).toInt();
    if (perNode < 1 || perNode > 64) {
        std::fprintf(stderr, "stargate-sitesim: --gpus-per-node must be between 1 and 64\n");
        return 1;
    }
    for (SimulatedSite &site : sites)
        site.gpusPerNode = perNode;
    SimulatorServer server(SimulatedFleet(sites, parser.value(seed).toUInt()));
    const QString error = server.start(parser.value(address), quint16(parser.value(port).toUInt()));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "stargate-sitesim: %s\n", qPrintable(error));
        return 1;
    }
    // The first line on stdout is the base address, so that scripts can find an ephemeral port.
    std::printf("%s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    QuitOnSignal quitOnSignal;
    return QCoreApplication::exec();
}
