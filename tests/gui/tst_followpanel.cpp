// Issue 20 in the operations panel: the live counts per operation (one row updated, never a reset), the
// operations the follower takes up again from the last session's audit log, Retry on acts that failed after
// Graph accepted them, and the status bar's message at the end of a follow. Against the emulator over
// loopback, with the follower wired as ConsoleStartup wires it (ActionController::attachFollower).
#include "actcatalog.h"
#include "actfollower.h"
#include "actioncontroller.h"
#include "acttestsupport.h"
#include "auditlog.h"
#include "cloudpcloader.h"
#include "cloudpcmodel.h"
#include "confirmactiondialog.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "languagesupport.h"
#include "mainwindow.h"
#include "operation.h"
#include "operationitemsmodel.h"
#include "operationrunner.h"
#include "operationsmodel.h"
#include "operationspanel.h"
#include "tenantactivity.h"
#include "tenantlists.h"
#include "testenvironment.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace ActTest;

class TestFollowPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        cloudpcTestSetup();
        LanguageSupport::install(QStringLiteral("en")); // English plurals, as the console installs them
    }
    void countsPerOperationUpdateTheirRowOnly();
    void resumedOperationsShowInThePanel_data();
    void resumedOperationsShowInThePanel();
    void retryOfActsThatFailedAfterAcceptance();
    void retryOfAResumedActKeepsItsOptions();
    void followEndMessageOutlivesTheReload_data();
    void followEndMessageOutlivesTheReload();

private:
    struct Session
    {
        QTemporaryDir dir;
        std::unique_ptr<GraphEmulator> emulator;
        GraphClient client;
        std::unique_ptr<AuditLog> auditLog;
        std::unique_ptr<TenantLists> lists;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<ActFollower> follower;
        QString auditPath() const { return dir.filePath(QStringLiteral("audit.jsonl")); }
    };
    // The emulator (timeScale: emulated seconds per real second) and, unless `withWindow` is false, the
    // window loaded and the follower attached on a compressed schedule.
    static std::unique_ptr<Session> start(double failureShare, double timeScale, bool withWindow = true);
    static bool openWindow(Session &session);
    static QStringList provisioned(const Session &session, int count);
};

std::unique_ptr<TestFollowPanel::Session> TestFollowPanel::start(double failureShare, double timeScale,
                                                                 bool withWindow)
{
    auto session = std::make_unique<Session>();
    GraphEmulator::Options options;
    options.size = 60;
    options.failureShare = failureShare;
    options.timeScale = timeScale;
    session->emulator = std::make_unique<GraphEmulator>(options);
    if (!session->dir.isValid() || !session->emulator->start())
        return nullptr;
    session->client.setBaseUrl(session->emulator->baseUrl());
    session->client.setAccessToken(session->emulator->issueAccessToken());
    session->client.retryPolicy().baseDelay = std::chrono::milliseconds(5);
    session->auditLog = std::make_unique<AuditLog>(session->auditPath());
    if (withWindow && !openWindow(*session))
        return nullptr;
    return session;
}

bool TestFollowPanel::openWindow(Session &session)
{
    session.lists = std::make_unique<TenantLists>(&session.client);
    session.window = std::make_unique<MainWindow>(session.lists.get(), session.auditLog.get());
    session.window->actions()->setIdentity(QStringLiteral("admin@contoso.example"),
                                           session.emulator->tenant().tenantId());
    session.follower = std::make_unique<ActFollower>(&session.client, session.auditLog.get());
    ActFollower::Schedule schedule;
    schedule.timeScale = 1.0 / session.emulator->timeScale();
    schedule.readsPerSecond = 1000;
    session.follower->setSchedule(schedule);
    session.window->actions()->attachFollower(session.follower.get());
    session.window->show();
    QSignalSpy loaded(session.window.get(), &MainWindow::allLoaded);
    session.window->refresh();
    if (!loaded.wait(20000))
        return false;
    session.emulator->clearJournal();
    return true;
}

QStringList TestFollowPanel::provisioned(const Session &session, int count)
{
    QStringList ids;
    for (const CloudPc &pc : session.emulator->tenant().cloudPcs()) {
        if (pc.status == CloudPcStatus::Provisioned && ids.size() < count)
            ids << pc.id;
    }
    return ids;
}

// "3 done, 1 failed, 6 running" as the follower hears, in the row of its operation only: with a long list
// of operations, a change is one dataChanged of one row (the changes of one pass together), never a reset.
void TestFollowPanel::countsPerOperationUpdateTheirRowOnly()
{
    QTemporaryDir dir;
    GraphClient client;
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
    OperationRunner runner(&client, &audit);
    OperationsModel model(&runner);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<std::unique_ptr<Operation>> operations;
    for (int i = 0; i < 300; ++i) {
        auto operation =
            std::make_unique<Operation>(QStringLiteral("restart"), QStringLiteral("Op %1").arg(i));
        for (int item = 0; item < 10; ++item)
            operation->addItem(QStringLiteral("pc%1-%2").arg(i).arg(item), QString(), GraphRequest());
        // Accepted is the runner's to set; a test does it by hand.
        for (int item = 0; item < 10; ++item)
            const_cast<Operation::Item &>(operation->item(item)).state = Operation::ItemState::Accepted;
        model.add(operation.get());
        operations.push_back(std::move(operation));
    }
    QCOMPARE(model.rowCount(), 300);
    Operation *operation = operations[100].get();
    const int row = model.rowOf(operation);
    QCOMPARE(row, 199); // newest first
    QCOMPARE(model.operationAt(row), operation);
    QCOMPARE(model.index(row, OperationsModel::Summary).data().toString(), QStringLiteral("10 accepted"));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int item = 0; item < 10; ++item)
        operation->setFollow(item, Operation::FollowState::Running);
    for (int item = 0; item < 3; ++item)
        operation->setFollow(item, Operation::FollowState::Succeeded);
    operation->setFollow(3, Operation::FollowState::Failed, QStringLiteral("intuneEnrollFailed: no"));
    QTRY_COMPARE(changed.count(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), row);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(model.index(row, OperationsModel::Summary).data().toString(),
             QStringLiteral("3 done, 1 failed, 6 running"));

    // The rarer ends, when there are some.
    changed.clear();
    operation->setFollow(4, Operation::FollowState::StillRunning, QStringLiteral("too long"));
    operation->setFollow(5, Operation::FollowState::NotSupported);
    operation->setFollow(6, Operation::FollowState::Canceled);
    operations[7]->setFollow(0, Operation::FollowState::Succeeded);
    QTRY_COMPARE(changed.count(), 2); // two rows, one signal each
    QCOMPARE(
        model.index(row, OperationsModel::Summary).data().toString(),
        QStringLiteral("3 done, 1 failed, 1 cancelled, 1 not supported, 1 still running (stopped following), "
                       "3 running"));
    QCOMPARE(model.index(model.rowOf(operations[7].get()), OperationsModel::Summary).data().toString(),
             QStringLiteral("1 done, 9 accepted"));
    QCOMPARE(operation->count(Operation::FollowState::Running), 3);
    QCOMPARE(operation->failedAfterAcceptance(), QList<int>{3});

    // Items that never left (cancelled while queued) are "not sent"; an act the service cancelled
    // "cancelled".
    Operation partly(QStringLiteral("restart"), QStringLiteral("Partly"));
    for (int item = 0; item < 3; ++item)
        partly.addItem(QStringLiteral("p%1").arg(item), QString(), GraphRequest());
    const_cast<Operation::Item &>(partly.item(0)).state = Operation::ItemState::Accepted;
    const_cast<Operation::Item &>(partly.item(1)).state = Operation::ItemState::Accepted;
    const_cast<Operation::Item &>(partly.item(2)).state = Operation::ItemState::Cancelled;
    partly.setFollow(0, Operation::FollowState::Succeeded);
    QCOMPARE(partly.summary(), QStringLiteral("1 done, 1 accepted, 1 not sent"));

    // An operation gone leaves an empty row, and its address may be taken by a new one that is shown too.
    operations[50].reset();
    QVERIFY(!model.operationAt(model.rowCount() - 1 - 50));
    Operation another(QStringLiteral("restart"), QStringLiteral("Another"));
    model.add(&another);
    QCOMPARE(model.rowCount(), 301);
    QCOMPARE(model.rowOf(&another), 0);
}

void TestFollowPanel::resumedOperationsShowInThePanel_data()
{
    QTest::addColumn<double>("failureShare");
    QTest::newRow("done") << 0.0;
    QTest::newRow("failed") << 1.0;
}

// The last session stopped with two restarts accepted and not followed to their end (the audit log has their
// Sending and Outcome records, no Result): at the next start the panel shows them as an operation taken up
// again, and its items move to Done (or Failed).
void TestFollowPanel::resumedOperationsShowInThePanel()
{
    QFETCH(double, failureShare);
    auto session = start(failureShare, 600, false); // a restart takes 0.3 s
    QVERIFY(session);
    const QStringList ids = provisioned(*session, 2);
    QCOMPARE(ids.size(), 2);
    QString operationId;
    {
        // The last session: the acts accepted, and the console gone before it followed them.
        OperationRunner runner(&session->client, session->auditLog.get());
        QList<ActSubject> subjects;
        for (const QString &id : ids)
            subjects.append({id, QStringLiteral("PC ") + id.left(6)});
        Operation *operation =
            ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("restart")), subjects, {});
        operationId = operation->id();
        operation->setIdentity(QStringLiteral("admin@contoso.example"),
                               session->emulator->tenant().tenantId());
        QVERIFY(runner.submit(operation));
        QVERIFY(waitFinished(operation));
        QCOMPARE(operation->count(Operation::ItemState::Accepted), 2);
    }
    session->auditLog = std::make_unique<AuditLog>(session->auditPath());
    QCOMPARE(session->auditLog->acceptedNotFinished().size(), 2);

    QVERIFY(openWindow(*session));
    MainWindow &window = *session->window;
    OperationsPanel *panel = window.actions()->operationsPanel();
    QCOMPARE(panel->operationsView()->model()->rowCount(), 0);
    const QList<Operation *> resumed = session->follower->resume(session->emulator->tenant().tenantId());
    QCOMPARE(resumed.size(), 1);
    Operation *operation = resumed.first();
    QCOMPARE(operation->id(), operationId);

    QAbstractItemModel *operations = panel->operationsView()->model();
    QCOMPARE(operations->rowCount(), 1);
    const QString title = operations->index(0, OperationsModel::Title).data().toString();
    QVERIFY2(title.contains(QLatin1String("after a restart")), qPrintable(title));
    QCOMPARE(panel->currentOperation(), operation);
    QVERIFY(window.actions()->operationsDock()->isVisibleTo(&window));
    QAbstractItemModel *items = panel->itemsView()->model();
    QCOMPARE(items->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(ids.contains(items->index(row, OperationItemsModel::Target)
                                 .data(OperationItemsModel::TargetIdRole)
                                 .toString()));

    const Operation::FollowState expected =
        failureShare > 0 ? Operation::FollowState::Failed : Operation::FollowState::Succeeded;
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFollowFinished(), 20000);
    QCOMPARE(operation->count(expected), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(items->index(row, OperationItemsModel::State).data().toString(),
                 Operation::followStateName(expected));
    QTRY_COMPARE(operations->index(0, OperationsModel::Summary).data().toString(),
                 failureShare > 0 ? QStringLiteral("2 failed") : QStringLiteral("2 done"));
    QVERIFY(session->auditLog->acceptedNotFinished().isEmpty());
    // Failed ones can be sent again from the panel (nothing is sent here without the admin's confirmation).
    QCOMPARE(panel->retryButton()->isEnabled(), failureShare > 0);
}

// Two reprovisions with an option (Windows 11) that Graph accepted and then said failed: Retry asks as a
// destructive act on several Cloud PCs asks (their number typed), then sends exactly one new request per
// failed Cloud PC, with the same body, as a new operation that is audited and followed; the failed items are
// not offered again.
void TestFollowPanel::retryOfActsThatFailedAfterAcceptance()
{
    auto session = start(1.0, 36000); // a reprovision takes 67 ms, and fails
    QVERIFY(session);
    MainWindow &window = *session->window;
    ActionController *actions = window.actions();
    const QStringList ids = provisioned(*session, 2);
    QCOMPARE(ids.size(), 2);
    QList<ActSubject> subjects;
    for (const QString &id : ids)
        subjects.append({id, QStringLiteral("PC ") + id.left(6)});
    const QVariantMap values{{QStringLiteral("os"), QStringLiteral("windows11")}};
    Operation *first =
        ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("reprovision")), subjects, values);
    QVERIFY(actions->runner()->submit(first));
    QVERIFY(waitFinished(first));
    QCOMPARE(first->count(Operation::ItemState::Accepted), 2);
    QTRY_VERIFY_WITH_TIMEOUT(first->isFollowFinished(), 20000);
    QCOMPARE(first->count(Operation::FollowState::Failed), 2);
    const QByteArray firstBody = first->item(0).request.body;
    QVERIFY(firstBody.contains("windows11"));

    // This time the service succeeds.
    TenantActivity::Timing timing = session->emulator->activity().timing();
    timing.failureShare = 0;
    session->emulator->activity().setTiming(timing);
    session->emulator->remoteActions().setFailureShare(0);
    session->emulator->clearJournal();

    OperationsPanel *panel = actions->operationsPanel();
    panel->selectOperation(first);
    QVERIFY(panel->retryButton()->isEnabled());
    QSignalSpy opened(actions, &ActionController::dialogOpened);
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    auto *dialog = qobject_cast<ConfirmActionDialog *>(opened.first().first().value<QDialog *>());
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("retryFailedActsDialog"));
    QCOMPARE(dialog->itemList()->count(), 2);
    QVERIFY2(dialog->itemList()->item(0)->text().contains(first->item(0).followReason),
             qPrintable(dialog->itemList()->item(0)->text()));
    // Nothing leaves before the admin confirms, and the destructive act wants the number typed.
    QTest::qWait(50);
    QVERIFY(posts(*session->emulator, QStringLiteral("/reprovision")).isEmpty());
    auto *count = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCount"));
    QVERIFY(count);
    QVERIFY(!dialog->actionButton()->isEnabled());
    QTest::keyClicks(count, QStringLiteral("3"));
    QVERIFY(!dialog->actionButton()->isEnabled());
    count->clear();
    QTest::keyClicks(count, QStringLiteral("2"));
    QVERIFY(dialog->actionButton()->isEnabled());
    QSignalSpy submitted(actions, &ActionController::operationSubmitted);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    Operation *retry = submitted.first().first().value<Operation *>();
    QVERIFY(retry && retry != first);
    QCOMPARE(retry->kind(), QStringLiteral("reprovision"));
    QCOMPARE(retry->itemCount(), 2);
    QVERIFY2(retry->title().contains(QLatin1String("sent again")), qPrintable(retry->title()));
    QCOMPARE(panel->currentOperation(), retry);
    QVERIFY(waitFinished(retry));
    QCOMPARE(retry->count(Operation::ItemState::Accepted), 2);

    // Exactly one request per failed Cloud PC, with the first body.
    const QList<EmulatorRequest> sent = posts(*session->emulator, QStringLiteral("/reprovision"));
    QCOMPARE(sent.size(), 2);
    QStringList reached;
    for (const EmulatorRequest &request : sent) {
        reached << request.path().section(QLatin1Char('/'), -2, -2);
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), QJsonDocument::fromJson(firstBody).object());
    }
    std::sort(reached.begin(), reached.end());
    QStringList expected = ids;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(reached, expected);

    // Audited as its own operation, and followed to its end.
    int sending = 0;
    for (const AuditRecord &record : session->auditLog->read().records)
        sending += record.operationId == retry->id() && record.phase == AuditRecord::Phase::Sending ? 1 : 0;
    QCOMPARE(sending, 2);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isFollowFinished(), 20000);
    QCOMPARE(retry->count(Operation::FollowState::Succeeded), 2);

    // The first operation's failures were sent again once: not offered again.
    QVERIFY(first->failedAfterAcceptance().isEmpty());
    QCOMPARE(first->item(0).retriedIn, retry->id());
    panel->selectOperation(first);
    QVERIFY(!panel->retryButton()->isEnabled());
    const QString detail =
        panel->itemsView()->model()->index(0, OperationItemsModel::Detail).data().toString();
    QVERIFY2(detail.contains(QLatin1String("sent again")), qPrintable(detail));
    QTest::qWait(50);
    QCOMPARE(posts(*session->emulator, QStringLiteral("/reprovision")).size(), 2);
}

// A reprovision with an option (Windows 11) accepted in the last session and failed after the restart: Retry
// sends it again with the body the audit log kept, not without its options.
void TestFollowPanel::retryOfAResumedActKeepsItsOptions()
{
    auto session = start(1.0, 36000, false);
    QVERIFY(session);
    const QStringList ids = provisioned(*session, 2);
    QCOMPARE(ids.size(), 2);
    QByteArray firstBody;
    {
        OperationRunner runner(&session->client, session->auditLog.get());
        QList<ActSubject> subjects;
        for (const QString &id : ids)
            subjects.append({id, QStringLiteral("PC ") + id.left(6)});
        Operation *operation =
            ActCatalog::makeOperation(*ActCatalog::find(QStringLiteral("reprovision")), subjects,
                                      {{QStringLiteral("os"), QStringLiteral("windows11")},
                                       {QStringLiteral("account-type"), QStringLiteral("administrator")}});
        firstBody = operation->item(0).request.body;
        operation->setIdentity(QStringLiteral("admin@contoso.example"),
                               session->emulator->tenant().tenantId());
        QVERIFY(runner.submit(operation));
        QVERIFY(waitFinished(operation));
        QCOMPARE(operation->count(Operation::ItemState::Accepted), 2);
    }
    QVERIFY(firstBody.contains("windows11"));
    session->auditLog = std::make_unique<AuditLog>(session->auditPath());
    QVERIFY(openWindow(*session));
    ActionController *actions = session->window->actions();
    const QList<Operation *> resumed = session->follower->resume(session->emulator->tenant().tenantId());
    QCOMPARE(resumed.size(), 1);
    Operation *operation = resumed.first();
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFollowFinished(), 20000);
    QCOMPARE(operation->count(Operation::FollowState::Failed), 2);

    TenantActivity::Timing timing = session->emulator->activity().timing();
    timing.failureShare = 0;
    session->emulator->activity().setTiming(timing);
    session->emulator->remoteActions().setFailureShare(0);
    session->emulator->clearJournal();
    OperationsPanel *panel = actions->operationsPanel();
    panel->selectOperation(operation);
    QVERIFY(panel->retryButton()->isEnabled());
    QSignalSpy opened(actions, &ActionController::dialogOpened);
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    auto *dialog = qobject_cast<ConfirmActionDialog *>(opened.first().first().value<QDialog *>());
    QVERIFY(dialog);
    // Both offered (none left out for unknown options).
    QCOMPARE(dialog->itemList()->count(), 2);
    auto *count = dialog->findChild<QLineEdit *>(QStringLiteral("confirmCount"));
    QVERIFY(count);
    QTest::keyClicks(count, QStringLiteral("2"));
    QSignalSpy submitted(actions, &ActionController::operationSubmitted);
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    Operation *retry = submitted.first().first().value<Operation *>();
    QVERIFY(waitFinished(retry));
    const QList<EmulatorRequest> sent = posts(*session->emulator, QStringLiteral("/reprovision"));
    QCOMPARE(sent.size(), 2);
    for (const EmulatorRequest &request : sent)
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), QJsonDocument::fromJson(firstBody).object());
}

void TestFollowPanel::followEndMessageOutlivesTheReload_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("rows read again") << QStringLiteral("restart");
    QTest::newRow("list read again") << QStringLiteral("createBulkAction");
}

// The end of a follow is said in the status bar, and the Cloud PCs read again afterwards do not replace it
// with their own "Loaded N Cloud PCs" (a few are read one by one; otherwise the list is, and the end is said
// again after it).
void TestFollowPanel::followEndMessageOutlivesTheReload()
{
    QFETCH(QString, kind);
    auto session = start(0.0, 600);
    QVERIFY(session);
    MainWindow &window = *session->window;
    ActionController *actions = window.actions();
    QList<ActSubject> subjects;
    for (const QString &id : provisioned(*session, 2))
        subjects.append({id, QStringLiteral("PC ") + id.left(6)});
    QVariantMap values;
    if (kind == QLatin1String("createBulkAction")) {
        values.insert(QStringLiteral("type"), QStringLiteral("restart"));
        values.insert(QStringLiteral("name"), QStringLiteral("Followed restart"));
    }
    Operation *operation = ActCatalog::makeOperation(*ActCatalog::find(kind), subjects, values);
    QSignalSpy followed(operation, &Operation::followFinished);
    QSignalSpy loading(window.lists()->cloudPcLoader(), &ListLoader::loadingChanged);
    QVERIFY(actions->runner()->submit(operation));
    QVERIFY(followed.wait(20000));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("Followed to its end")),
             qPrintable(window.statusBar()->currentMessage()));
    if (kind == QLatin1String("createBulkAction")) {
        // The whole list is read again: the end is said again after the list's own message.
        QTRY_VERIFY_WITH_TIMEOUT(loading.count() >= 2 && !loading.last().first().toBool(), 20000);
    }
    // Whatever reads the Cloud PCs again is done, and the end is what the status bar says.
    QTest::qWait(300);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("Followed to its end")) && message.contains(operation->title()),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Loaded")), qPrintable(message));
    if (kind == QLatin1String("restart"))
        QCOMPARE(loading.count(), 0); // two rows read one by one, not the list
}

QTEST_MAIN(TestFollowPanel)
#include "tst_followpanel.moc"
