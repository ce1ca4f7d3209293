// The Cloud PC detail pane's history sections driven through the real main window against the emulator over
// loopback: Connection history and Cloud PC actions for the one selected Cloud PC (rows newest first, a
// failure in the failed colour, an act done beforehand with its state), the error line with Graph's
// request-id and Try again, at most a couple of requests while the admin arrows through the list, and the
// table's Last action column. CLOUDPC_SCREENSHOT_DIR=dir keeps a picture of the pane.
#include "acttestsupport.h"
#include "auditlog.h"
#include "cloudpchistorysection.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "graphcall.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphrequests.h"
#include "languagesupport.h"
#include "mainwindow.h"
#include "statusstyle.h"
#include "tenantlists.h"
#include "testenvironment.h"
#include "windowsession.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace ActTest;

class TestCloudPcHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        cloudpcTestSetup();
        LanguageSupport::install(QStringLiteral("en"));
    }
    void sectionsShowEventsAndActions();
    void errorShowsRequestIdAndTryAgainReloads();
    void arrowingThroughRowsSendsFewRequests();
    void closedSectionsReadNothing();

private:
    using Session = WindowSession;
    static std::unique_ptr<Session> loadedSession();
    static int sourceRowOf(MainWindow &window, const QString &id);
    static QString firstWithStatus(Session &session, CloudPcStatus status, const QString &besides = {});
    // GETs the emulator received whose path ends with `function`.
    static int gets(const GraphEmulator &emulator, const QString &function);
    static bool send(GraphClient &client, const GraphRequest &request);
};

std::unique_ptr<TestCloudPcHistory::Session> TestCloudPcHistory::loadedSession()
{
    GraphEmulator::Options options;
    options.size = 60;
    options.failureShare = 0.0;
    options.timeScale = 36000; // an hour in 0.1 s
    auto session = std::make_unique<Session>(options);
    if (!session->start())
        return nullptr;
    session->client.retryPolicy().maxAttempts = 1; // an injected 503 reaches the pane at once
    Session::Window how;
    how.auditLog = true;
    how.size = QSize(1400, 900);
    how.tab = MainWindow::CloudPcsTab; // the Overview is first
    how.timeoutMs = 20000;
    if (!session->openWindow(how))
        return nullptr;
    session->emulator.clearJournal();
    return session;
}

int TestCloudPcHistory::sourceRowOf(MainWindow &window, const QString &id)
{
    const CloudPcModel *pcs = window.lists()->cloudPcModel();
    for (int row = 0; row < pcs->rowCount(); ++row) {
        if (pcs->at(row).id == id)
            return row;
    }
    return -1;
}

QString TestCloudPcHistory::firstWithStatus(Session &session, CloudPcStatus status, const QString &besides)
{
    return session.firstWithStatus(status, besides).id;
}

int TestCloudPcHistory::gets(const GraphEmulator &emulator, const QString &function)
{
    int count = 0;
    for (const EmulatorRequest &request : emulator.journal())
        count += request.method == "GET" && request.path().endsWith(function) ? 1 : 0;
    return count;
}

bool TestCloudPcHistory::send(GraphClient &client, const GraphRequest &request)
{
    GraphCall *call = client.send(request);
    QSignalSpy finished(call, &GraphCall::finished);
    return finished.wait(10000) && call->ok();
}

void TestCloudPcHistory::sectionsShowEventsAndActions()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcPage *page = window.cloudPcPage();
    CloudPcHistorySection *connections = page->connectionHistory();
    CloudPcHistorySection *actions = page->remoteActionHistory();
    QVERIFY(connections && actions);

    // An act done beforehand: a restart of a provisioned Cloud PC, done within milliseconds; the list is
    // read again so that the Cloud PC carries its lastRemoteActionResult.
    const QString rebooted = firstWithStatus(*session, CloudPcStatus::Provisioned);
    QVERIFY(send(session->client, GraphRequests::rebootCloudPc(rebooted)));
    QTRY_VERIFY_WITH_TIMEOUT(session->emulator.remoteActions().last(rebooted) &&
                                 session->emulator.remoteActions().last(rebooted)->isFinal(),
                             5000);
    QSignalSpy reloaded(&window, &MainWindow::allLoaded);
    window.refresh();
    QVERIFY(reloaded.wait(20000));

    // The Last action column shows it, with the times in its tooltip.
    const int row = sourceRowOf(window, rebooted);
    QVERIFY(row >= 0);
    const QModelIndex last = window.lists()->cloudPcModel()->index(row, CloudPcModel::LastAction);
    QCOMPARE(last.data().toString(), QStringLiteral("Reboot: Done"));
    QVERIFY(last.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Started: ")));
    QCOMPARE(window.lists()->cloudPcModel()->headerData(CloudPcModel::LastAction, Qt::Horizontal).toString(),
             QStringLiteral("Last action"));
    QVERIFY(!page->tableView()->isColumnHidden(CloudPcModel::LastAction));

    // Nothing selected: no sections.
    selectRows(window, MainWindow::CloudPcsTab, {});
    QVERIFY(!connections->isVisible());
    selectRows(window, MainWindow::CloudPcsTab, {row});
    QTRY_VERIFY(connections->isVisible());
    QCOMPARE(connections->state(), CloudPcHistorySection::State::Closed);
    QTest::mouseClick(connections->headerButton(), Qt::LeftButton);
    QTest::mouseClick(actions->headerButton(), Qt::LeftButton);
    QVERIFY(connections->isOpen() && actions->isOpen());
    QTRY_COMPARE_WITH_TIMEOUT(connections->state(), CloudPcHistorySection::State::Loaded, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(actions->state(), CloudPcHistorySection::State::Loaded, 10000);

    // Connection history, newest first: the restart is the newest event.
    const QList<CloudPcConnectivityEvent> events = session->emulator.connectivity().of(rebooted);
    QCOMPARE(connections->list()->topLevelItemCount(), int(events.size()));
    QCOMPARE(connections->list()->topLevelItem(0)->text(2), QStringLiteral("CloudPcRestart"));
    QCOMPARE(connections->list()->topLevelItem(0)->text(1), QStringLiteral("Succeeded"));
    QCOMPARE(connections->list()->topLevelItem(1)->text(2), events[events.size() - 2].eventName);
    // Cloud PC actions: the restart with its state, started and last updated.
    const QList<CloudPcRemoteActionResult> results = session->emulator.remoteActions().results(rebooted);
    QCOMPARE(actions->list()->topLevelItemCount(), int(results.size()));
    QTreeWidgetItem *reboot = actions->list()->topLevelItem(0);
    QCOMPARE(reboot->text(0), QStringLiteral("Reboot"));
    QCOMPARE(reboot->text(1), QStringLiteral("Done"));
    QVERIFY(!reboot->text(2).isEmpty() && !reboot->text(3).isEmpty());

    // A failed Cloud PC: its failed connections stand out in the failed colour.
    const QString failedId = firstWithStatus(*session, CloudPcStatus::Failed);
    QVERIFY(!failedId.isEmpty());
    selectRows(window, MainWindow::CloudPcsTab, {sourceRowOf(window, failedId)});
    QTRY_COMPARE_WITH_TIMEOUT(connections->cloudPcId(), failedId, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(connections->state(), CloudPcHistorySection::State::Loaded, 10000);
    QTreeWidgetItem *failure = nullptr;
    for (int i = 0; i < connections->list()->topLevelItemCount() && !failure; ++i) {
        QTreeWidgetItem *item = connections->list()->topLevelItem(i);
        if (item->text(1) == QLatin1String("Failed") &&
            item->text(3) == QLatin1String("The user could not connect: the session host did not respond."))
            failure = item;
    }
    QVERIFY(failure);
    QCOMPARE(failure->foreground(1).color(), StatusStyle::color(StatusStyle::Kind::Failed));
    QVERIFY(failure->font(1).bold());
    QVERIFY(failure->toolTip(0).contains(QStringLiteral("Activity id: ")));
    QTRY_VERIFY_WITH_TIMEOUT(actions->state() == CloudPcHistorySection::State::Loaded ||
                                 actions->state() == CloudPcHistorySection::State::Empty,
                             10000);
    if (actions->state() == CloudPcHistorySection::State::Empty)
        QCOMPARE(actions->stateLabel()->text(),
                 QStringLiteral("No remote actions were done to this Cloud PC"));

    if (const QString pictures = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR"); !pictures.isEmpty()) {
        QTest::qWait(200);
        page->grab().save(pictures + QStringLiteral("/cloudpc-history.png"));
        connections->parentWidget()->parentWidget()->grab().save(pictures +
                                                                 QStringLiteral("/cloudpc-history-pane.png"));
    }
}

void TestCloudPcHistory::errorShowsRequestIdAndTryAgainReloads()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcHistorySection *connections = window.cloudPcPage()->connectionHistory();
    const QString id = firstWithStatus(*session, CloudPcStatus::Provisioned);
    selectRows(window, MainWindow::CloudPcsTab, {sourceRowOf(window, id)});
    QVERIFY(session->emulator.faults().parse(QStringLiteral("503=1")).isEmpty());
    QTest::mouseClick(connections->headerButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connections->state(), CloudPcHistorySection::State::Failed, 10000);
    // The error line names Graph's request-id of the failed request, beside Try again.
    QString requestId;
    for (const EmulatorRequest &request : session->emulator.journal()) {
        if (request.path().endsWith(QLatin1String("/getCloudPcConnectivityHistory")))
            requestId = request.requestId;
    }
    QVERIFY(!requestId.isEmpty());
    QVERIFY2(connections->stateLabel()->isVisible(), "the error is shown");
    QVERIFY2(connections->stateLabel()->text().contains(QStringLiteral("Request-id: ") + requestId),
             qPrintable(connections->stateLabel()->text()));
    QVERIFY(connections->stateLabel()->text().startsWith(
        QStringLiteral("The connection history could not be read")));
    QVERIFY(connections->tryAgainButton()->isVisible());
    QVERIFY(!connections->list()->isVisible());

    // The service is back: Try again reads it once more, and the rows are shown.
    session->emulator.faults() = FaultPlan();
    const int before = gets(session->emulator, QStringLiteral("/getCloudPcConnectivityHistory"));
    QTest::mouseClick(connections->tryAgainButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connections->state(), CloudPcHistorySection::State::Loaded, 10000);
    QCOMPARE(gets(session->emulator, QStringLiteral("/getCloudPcConnectivityHistory")), before + 1);
    QCOMPARE(connections->list()->topLevelItemCount(), int(session->emulator.connectivity().of(id).size()));
    QVERIFY(!connections->tryAgainButton()->isVisible());
    QVERIFY(!connections->stateLabel()->isVisible());
}

void TestCloudPcHistory::arrowingThroughRowsSendsFewRequests()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcPage *page = window.cloudPcPage();
    CloudPcHistorySection *connections = page->connectionHistory();
    CloudPcHistorySection *actions = page->remoteActionHistory();
    QTableView *table = page->tableView();
    selectRows(window, MainWindow::CloudPcsTab, {0});
    table->setCurrentIndex(table->model()->index(0, 0));
    connections->setOpen(true);
    actions->setOpen(true);
    QTRY_COMPARE_WITH_TIMEOUT(connections->state() != CloudPcHistorySection::State::Loading &&
                                  connections->state() != CloudPcHistorySection::State::Waiting,
                              true, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(actions->state() != CloudPcHistorySection::State::Loading &&
                                  actions->state() != CloudPcHistorySection::State::Waiting,
                              true, 10000);
    session->emulator.clearJournal();

    // Ten rows down, as fast as the keys repeat: the sections wait for the selection to rest.
    table->setFocus();
    const int start = table->currentIndex().row();
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(table, Qt::Key_Down);
        QTest::qWait(30);
    }
    QCOMPARE(table->currentIndex().row(), start + 10);
    const QString shown = table->currentIndex().data(CloudPcModel::IdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(connections->cloudPcId(), shown, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(connections->state() == CloudPcHistorySection::State::Loaded ||
                                 connections->state() == CloudPcHistorySection::State::Empty,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(actions->state() == CloudPcHistorySection::State::Loaded ||
                                 actions->state() == CloudPcHistorySection::State::Empty,
                             10000);
    const int historyGets = gets(session->emulator, QStringLiteral("/getCloudPcConnectivityHistory"));
    const int actionGets = gets(session->emulator, QStringLiteral("/retrieveCloudPcRemoteActionResults"));
    QVERIFY2(historyGets >= 1 && historyGets <= 2, qPrintable(QString::number(historyGets)));
    QVERIFY2(actionGets >= 1 && actionGets <= 2, qPrintable(QString::number(actionGets)));
    // The one read is of the row the admin stopped at.
    bool readShown = false;
    for (const EmulatorRequest &request : session->emulator.journal())
        readShown =
            readShown || request.path().contains(shown + QStringLiteral("/getCloudPcConnectivityHistory"));
    QVERIFY(readShown);
    QCOMPARE(connections->list()->topLevelItemCount(),
             int(session->emulator.connectivity().of(shown).size()));
}

void TestCloudPcHistory::closedSectionsReadNothing()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    CloudPcHistorySection *connections = window.cloudPcPage()->connectionHistory();
    for (int row = 0; row < 5; ++row) {
        selectRows(window, MainWindow::CloudPcsTab, {row});
        QTest::qWait(CloudPcHistorySection::kSettleMs + 100);
    }
    QCOMPARE(connections->state(), CloudPcHistorySection::State::Closed);
    QCOMPARE(gets(session->emulator, QStringLiteral("/getCloudPcConnectivityHistory")), 0);
    QCOMPARE(gets(session->emulator, QStringLiteral("/retrieveCloudPcRemoteActionResults")), 0);
    // Opened: read at once for the selected Cloud PC; the empty state for one never provisioned.
    const QString never = firstWithStatus(*session, CloudPcStatus::NotProvisioned);
    if (!never.isEmpty()) {
        selectRows(window, MainWindow::CloudPcsTab, {sourceRowOf(window, never)});
        connections->setOpen(true);
        QTRY_COMPARE_WITH_TIMEOUT(connections->state(), CloudPcHistorySection::State::Empty, 10000);
        QCOMPARE(connections->stateLabel()->text(), QStringLiteral("No connection events in the last days"));
        QVERIFY(connections->stateLabel()->isVisible());
    }
}

QTEST_MAIN(TestCloudPcHistory)
#include "tst_cloudpchistory.moc"
