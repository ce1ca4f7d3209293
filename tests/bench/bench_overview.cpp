// FleetOverview with 100,000 Cloud PCs arriving in pages of 1,000 (packaging/run-overview-benchmark.sh):
// the time the overview takes to take in each page (its rowsInserted handler alone, timed by handlers
// connected before and after it), the time to build every result a tab shows once per page (status counts,
// policies, failure groups, connections), and a full recount.
#include "cloudpcmodel.h"
#include "demotenant.h"
#include "fleetoverview.h"
#include "onpremisesconnectionmodel.h"
#include "provisioningpolicymodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

namespace {
double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args[1].toInt() : 100000;
    const int pageSize = args.size() > 2 ? args[2].toInt() : 1000;
    QTextStream out(stdout);

    const DemoTenant tenant = DemoTenant::generate(365, count);
    CloudPcModel model;
    ProvisioningPolicyModel policies;
    policies.setItems(QVector<ProvisioningPolicy>(tenant.policies().cbegin(), tenant.policies().cend()));
    OnPremisesConnectionModel connections;
    connections.setItems(
        QVector<OnPremisesConnection>(tenant.connections().cbegin(), tenant.connections().cend()));

    QElapsedTimer clock;
    qint64 handlerStart = 0;
    std::vector<double> handler;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] { handlerStart = clock.nsecsElapsed(); });
    FleetOverview overview;
    overview.setModels(&model, &policies, nullptr, nullptr, &connections);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted,
                     [&] { handler.push_back((clock.nsecsElapsed() - handlerStart) / 1e6); });
    clock.start();

    std::vector<double> results;
    const QVector<CloudPc> &all = tenant.cloudPcs();
    int groups = 0;
    for (int first = 0; first < all.size(); first += pageSize) {
        model.append(all.mid(first, pageSize));
        const qint64 start = clock.nsecsElapsed();
        const auto statuses = overview.statusCounts();
        const auto rows = overview.policyRows();
        const auto failures = overview.failureGroups();
        const auto connectionRows = overview.connectionRows();
        results.push_back((clock.nsecsElapsed() - start) / 1e6);
        groups = int(failures.size());
        if (statuses.isEmpty() || rows.isEmpty() || connectionRows.isEmpty())
            return 1;
    }
    std::vector<double> recounts;
    for (int run = 0; run < 3; ++run) {
        const qint64 start = clock.nsecsElapsed();
        overview.recount();
        recounts.push_back((clock.nsecsElapsed() - start) / 1e6);
    }
    out << "Cloud PCs: " << overview.cloudPcCount() << " in pages of " << pageSize << " (" << handler.size()
        << " pages), failure groups: " << groups << "\n";
    out << "per-page update (overview handler): median " << QString::number(median(handler), 'f', 3)
        << " ms, max " << QString::number(*std::max_element(handler.begin(), handler.end()), 'f', 3)
        << " ms\n";
    out << "per-page results (status, policies, failure groups, connections): median "
        << QString::number(median(results), 'f', 3) << " ms, max "
        << QString::number(*std::max_element(results.begin(), results.end()), 'f', 3) << " ms\n";
    out << "full recount of " << overview.cloudPcCount() << ": median "
        << QString::number(median(recounts), 'f', 1) << " ms, max "
        << QString::number(*std::max_element(recounts.begin(), recounts.end()), 'f', 1) << " ms\n";
    return overview.cloudPcCount() == count ? 0 : 1;
}
