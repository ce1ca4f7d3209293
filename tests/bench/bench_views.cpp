// Benchmarks of the console views (not a ctest test: run by packaging/run-view-benchmarks.sh).
//  1. Load 100,000 Cloud PCs from the emulator over loopback into the real Cloud PCs view (model, proxy,
//     table): the longest single event-loop stall while pages arrive and when the list is sorted.
//  2. One filter keystroke over 100,000 rows, typed into the filter box.
//  3. Resident bytes per row of the model, proxy and view.
//  4. Cold start of `cloudpc-console --demo` to the first painted window.
//  5. The real MainWindow's Overview over 100,000 Cloud PCs: the longest event-loop turn while they are
//     counted again, and selecting a failure group's 2,500 of them.
//  6. The real MainWindow with 5,000 Cloud PCs from the emulator, sorted by status: switching the language to
//     German (View > Language) until the rows and tabs read German (reported, no target).
#include "barchart.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "fleetoverview.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "languagesupport.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "tenantlists.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>

namespace {
qint64 residentBytes()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

void report(const char *what, double value, const char *unit, double target)
{
    std::printf("%-58s %10.1f %-6s (target < %g) %s\n", what, value, unit, target,
                value < target ? "OK" : "OVER");
}

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
template <typename Done> bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

// 5. 100,000 Cloud PCs, one in ten failed with one of four causes, in 20 policies, put straight into the
// model of a real MainWindow (no emulator: the Overview's counting and selecting are measured, not loading).
int overviewBenchmark()
{
    GraphClient offline;
    TenantLists lists(&offline);
    QVector<CloudPc> pcs;
    pcs.reserve(100000);
    const QString codes[] = {QStringLiteral("domainJoinFailed"), QStringLiteral("imageNotFound"),
                             QStringLiteral("intuneEnrollFailed"), QStringLiteral("vNetConnectionFailed")};
    for (int i = 0; i < 100000; ++i) {
        CloudPc pc;
        pc.id = QStringLiteral("pc-%1").arg(i);
        pc.displayName = QStringLiteral("CPC-%1").arg(i);
        pc.provisioningPolicyId = QStringLiteral("policy-%1").arg(i % 20);
        pc.provisioningPolicyName = QStringLiteral("Policy %1").arg(i % 20);
        const bool failed = i % 10 == 0;
        pc.status = failed ? CloudPcStatus::Failed : CloudPcStatus::Provisioned;
        pc.statusText = failed ? QStringLiteral("failed") : QStringLiteral("provisioned");
        if (failed)
            pc.statusDetail.code = codes[(i / 10) % 4];
        pcs.append(pc);
    }
    MainWindow window(&lists);
    window.resize(1360, 800);
    window.show();
    lists.cloudPcModel()->setCloudPcs(pcs);
    OverviewPage *page = window.overviewPage();
    if (!waitFor([page] { return page->statusChart()->count() == 2 && page->failureGroups().size() == 4; },
                 30000)) {
        std::printf("the Overview did not count 100,000 Cloud PCs\n");
        return 1;
    }
    // The page shows what FleetOverview counted at most every few hundred ms: a zero-timer measures the
    // gaps between event-loop turns while everything is counted again.
    QElapsedTimer clock;
    qint64 longest = 0;
    qint64 last = 0;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    Q_EMIT page->fleet()->changed();
    QTest::qWait(700);
    tick.stop();
    report("longest event-loop turn, Overview recounting 100,000", longest / 1e6, "ms", 50);

    // Selecting a cause's 2,500 Cloud PCs among 100,000 (Select in the failure groups), the fastest of
    // three: the machine may be shared.
    double selecting = 1e12;
    for (int attempt = 0; attempt < 3; ++attempt) {
        window.tabs()->setCurrentWidget(page);
        window.cloudPcPage()->tableView()->clearSelection();
        page->groupTable()->selectRow(0);
        QElapsedTimer timer;
        timer.start();
        page->selectGroupButton()->click();
        selecting = qMin(selecting, timer.nsecsElapsed() / 1e6);
    }
    const qsizetype selected = window.selectedIds(MainWindow::CloudPcsTab).size();
    if (selected != 2500) {
        std::printf("selected %lld Cloud PCs, not 2,500\n", static_cast<long long>(selected));
        return 1;
    }
    report("selecting a failure group's 2,500 of 100,000 (fastest of 3)", selecting, "ms", 100);
    return 0;
}

// 6. A language switch through View > Language with 5,000 Cloud PCs loaded from the emulator, sorted by
// status (the new words sort differently): from the click until the rows and the tabs read German.
int languageSwitchBenchmark()
{
    LanguageSupport::install(QStringLiteral("en"));
    GraphEmulator::Options options;
    options.size = 5000;
    options.maxPageSize = 1000;
    GraphEmulator emulator(options);
    if (!emulator.start())
        return 1;
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    TenantLists lists(&client);
    MainWindow window(&lists);
    window.resize(1360, 800);
    window.show();
    bool loaded = false;
    QObject::connect(&window, &MainWindow::allLoaded, [&] { loaded = true; });
    window.refresh();
    if (!waitFor([&] { return loaded; }, 60000) || lists.cloudPcModel()->rowCount() != 5000) {
        std::printf("5,000 Cloud PCs did not load\n");
        return 1;
    }
    int failedRow = -1;
    for (int row = 0; row < lists.cloudPcModel()->rowCount() && failedRow < 0; ++row) {
        if (lists.cloudPcModel()->index(row, 0).data(CloudPcModel::StatusRole).toInt() ==
            int(CloudPcStatus::Failed))
            failedRow = row;
    }
    QAction *german = nullptr;
    if (auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"))) {
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == QLatin1String("de"))
                german = action;
        }
    }
    if (failedRow < 0 || !german) {
        std::printf("no failed Cloud PC or no German in View > Language\n");
        return 1;
    }
    window.cloudPcPage()->tableView()->sortByColumn(CloudPcModel::Status, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    const QModelIndex status = lists.cloudPcModel()->index(failedRow, CloudPcModel::Status);
    QElapsedTimer timer;
    timer.start();
    german->trigger();
    const bool switched = waitFor(
        [&] {
            return status.data().toString() == QLatin1String("Fehlgeschlagen") &&
                   window.tabs()->tabText(MainWindow::CloudPcsTab).startsWith(QLatin1String("Cloud-PCs ("));
        },
        30000);
    const double ms = timer.nsecsElapsed() / 1e6;
    LanguageSupport::install(QStringLiteral("en"));
    if (!switched) {
        std::printf("the language switch did not reach the rows and tabs\n");
        return 1;
    }
    std::printf("%-58s %10.1f ms     (no target; reported)\n", "language switch to German, 5,000 Cloud PCs",
                ms);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CloudPcConsoleBench"));
    QApplication::setApplicationName(QStringLiteral("bench_views"));
    QStandardPaths::setTestModeEnabled(true);
    const int size = argc > 1 ? atoi(argv[1]) : 100000;
    const int pageSize = argc > 2 ? atoi(argv[2]) : 100;

    GraphEmulator::Options options;
    options.size = size;
    options.defaultPageSize = pageSize;
    GraphEmulator emulator(options);
    if (!emulator.start())
        return 1;
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());

    CloudPcModel model;
    CloudPcLoader loader(&client, &model);
    CloudPcPage view(&model, &loader);
    view.resize(1280, 720);
    view.restoreLayout();
    view.show();
    QCoreApplication::processEvents();
    const qint64 before = residentBytes();

    // 1. Longest stall: a zero-timer measures the gaps between event-loop turns.
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = qMax(longest, now - lastTick);
        lastTick = now;
    });
    bool done = false;
    qint64 loadMs = 0;
    QObject::connect(&loader, &ListLoader::finished, [&](qint64, qint64 elapsed) {
        loadMs = elapsed;
        // Let the final sort and repaint happen while the ticker still measures.
        QTimer::singleShot(200, [&] { done = true; });
    });
    clock.start();
    ticker.start();
    loader.reload();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ticker.stop();
    if (model.rowCount() != size) {
        std::printf("loaded %d of %d rows\n", model.rowCount(), size);
        return 1;
    }
    std::printf("loaded %d Cloud PCs in pages of %d in %lld ms\n", size, pageSize,
                static_cast<long long>(loadMs));
    report("longest event-loop stall while loading and sorting", longest / 1e6, "ms", 50);

    // 3. Resident bytes per row.
    const qint64 after = residentBytes();
    report("resident bytes per row (model + proxy + view)", double(after - before) / size, "bytes", 1536);

    // 2. Filter keystrokes, typed into the filter box (the view updates synchronously).
    QLineEdit *filter = view.filterEdit();
    filter->setFocus();
    double worst = 0;
    const QString typed = QStringLiteral("cpc-finance");
    for (const QChar c : typed) {
        QElapsedTimer keystroke;
        keystroke.start();
        QTest::keyClick(filter, c.toLatin1());
        QCoreApplication::processEvents();
        worst = qMax(worst, keystroke.nsecsElapsed() / 1e6);
    }
    std::printf("after typing \"%s\": %d of %d rows shown\n", qPrintable(typed),
                view.proxyModel()->rowCount(), size);
    // Widening again (a backspace) brings rows back: the harder direction.
    for (int i = 0; i < typed.size(); ++i) {
        QElapsedTimer keystroke;
        keystroke.start();
        QTest::keyClick(filter, Qt::Key_Backspace);
        QCoreApplication::processEvents();
        worst = qMax(worst, keystroke.nsecsElapsed() / 1e6);
    }
    report("slowest filter keystroke over all rows (typing, erasing)", worst, "ms", 30);

    // 2b. Sorting every row by another column, as a click on its header does (no target in the brief;
    // measured so a regression shows).
    QTableView *table = view.tableView();
    double slowestSort = 0;
    int slowestColumn = 0;
    for (int column = 0; column < view.proxyModel()->columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer sorting;
            sorting.start();
            table->sortByColumn(column, order);
            QCoreApplication::processEvents();
            const double ms = sorting.nsecsElapsed() / 1e6;
            if (ms > slowestSort) {
                slowestSort = ms;
                slowestColumn = column;
            }
        }
    }
    std::printf("%-60s %7.1f ms     (column %d; no target)\n", "slowest sort of all rows by a column header",
                slowestSort, slowestColumn);

    // 4. Cold start of the console.
    const QString console = QStringLiteral(CLOUDPC_CONSOLE_PATH);
    QList<double> starts;
    QList<double> walls;
    for (int run = 0; run < 5; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        process.start(console, {QStringLiteral("--demo"), QStringLiteral("--startup-time")});
        if (!process.waitForFinished(30000))
            return 1;
        walls.append(wall.nsecsElapsed() / 1e6);
        const QByteArray out = process.readAllStandardOutput();
        const int at = out.indexOf("startup-ms ");
        if (at >= 0)
            starts.append(out.mid(at + 11).trimmed().toDouble());
    }
    std::sort(starts.begin(), starts.end());
    std::sort(walls.begin(), walls.end());
    if (!starts.isEmpty())
        report("cold start, main() to first painted window (median of 5)", starts.at(starts.size() / 2), "ms",
               500);
    report("cold start, process start to exit (median of 5)", walls.at(walls.size() / 2), "ms", 500);

    // 5. and 6. in the real main window.
    if (const int failed = overviewBenchmark())
        return failed;
    return languageSwitchBenchmark();
}
