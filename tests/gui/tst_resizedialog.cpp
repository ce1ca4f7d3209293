// The Resize act driven through the real main window and its dialog against the emulator over loopback: the
// plans it loads and offers, the Cloud PCs it leaves out, the typed confirmation, the requests the emulator
// received, the operations panel, the audit log; and a failed load, a retried load and a cancelled one.
#include "actioncontroller.h"
#include "auditlog.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "demoserviceplans.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "languagesupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "operation.h"
#include "operationrunner.h"
#include "operationspanel.h"
#include "resizedialog.h"
#include "tenantlists.h"
#include "testenvironment.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

class TestResizeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        cloudpcTestSetup();
        LanguageSupport::install(QStringLiteral("en"));
    }
    void offeredInMenuContextMenuAndToolbar();
    void resizeChoosesAPlanOfTheSameTypeAndConfirms();
    void failedLoadShowsTheRequestIdAndCanBeRetried();
    void cancelWhileLoadingSendsNothing();
    void notOfferedWhenNoneIsProvisioned();

private:
    struct Session
    {
        explicit Session(const GraphEmulator::Options &options)
            : emulator(options)
        {}
        QTemporaryDir dir;
        GraphEmulator emulator;
        GraphClient client;
        std::unique_ptr<AuditLog> auditLog;
        std::unique_ptr<TenantLists> lists;
        std::unique_ptr<MainWindow> window;
    };
    static std::unique_ptr<Session> loadedSession();
    static void selectIds(MainWindow &window, const QStringList &ids);
    static ResizeDialog *trigger(MainWindow &window);
    static QList<EmulatorRequest> resizePosts(const GraphEmulator &emulator);
    // Provisioned Cloud PCs of the loaded list on a plan of this type and provisioning type.
    static QStringList provisioned(const MainWindow &window, const QString &type, int count);
    static QString firstWithStatus(const MainWindow &window, CloudPcStatus status);
};

std::unique_ptr<TestResizeDialog::Session> TestResizeDialog::loadedSession()
{
    GraphEmulator::Options options;
    options.size = 60;
    options.provisioningMs = 60000; // resizing stays resizing for the test
    auto session = std::make_unique<Session>(options);
    if (!session->dir.isValid() || !session->emulator.start())
        return nullptr;
    session->client.setBaseUrl(session->emulator.baseUrl());
    session->client.setAccessToken(session->emulator.issueAccessToken());
    session->client.retryPolicy().baseDelay = std::chrono::milliseconds(5);
    session->auditLog = std::make_unique<AuditLog>(session->dir.filePath(QStringLiteral("audit.jsonl")));
    session->lists = std::make_unique<TenantLists>(&session->client);
    session->window = std::make_unique<MainWindow>(session->lists.get(), session->auditLog.get());
    session->window->actions()->setIdentity(QStringLiteral("admin@contoso.example"),
                                            session->emulator.tenant().tenantId());
    session->window->show();
    QSignalSpy loaded(session->window.get(), &MainWindow::allLoaded);
    session->window->refresh();
    if (!loaded.wait(20000))
        return nullptr;
    session->emulator.clearJournal();
    return session;
}

void TestResizeDialog::selectIds(MainWindow &window, const QStringList &ids)
{
    window.tabs()->setCurrentIndex(MainWindow::CloudPcsTab);
    ListPage *page = window.cloudPcPage();
    QTableView *view = page->tableView();
    view->clearSelection();
    for (const QString &id : ids) {
        const int row = window.lists()->cloudPcModel()->rowOfId(id);
        // The Cloud PCs tab has a filter model between the source and the sorting proxy.
        QModelIndex index =
            page->proxyModel()->mapFromSource(page->proxyModel()->sourceModel()->index(row, 0));
        if (!index.isValid()) {
            auto *inner = qobject_cast<QAbstractProxyModel *>(page->proxyModel()->sourceModel());
            if (inner)
                index = page->proxyModel()->mapFromSource(
                    inner->mapFromSource(inner->sourceModel()->index(row, 0)));
        }
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

ResizeDialog *TestResizeDialog::trigger(MainWindow &window)
{
    QAction *action = window.actions()->action(QStringLiteral("resize"));
    if (!action || !action->isEnabled())
        return nullptr;
    QSignalSpy opened(window.actions(), &ActionController::dialogOpened);
    action->trigger();
    if (opened.count() != 1)
        return nullptr;
    return qobject_cast<ResizeDialog *>(opened.first().first().value<QDialog *>());
}

QList<EmulatorRequest> TestResizeDialog::resizePosts(const GraphEmulator &emulator)
{
    QList<EmulatorRequest> found;
    for (const EmulatorRequest &request : emulator.journal()) {
        if (request.method == "POST" && request.path().endsWith(QLatin1String("/resize")))
            found << request;
    }
    return found;
}

QStringList TestResizeDialog::provisioned(const MainWindow &window, const QString &type, int count)
{
    QStringList ids;
    const CloudPcModel *model = window.lists()->cloudPcModel();
    for (int row = 0; row < model->rowCount() && ids.size() < count; ++row) {
        const CloudPc &pc = model->at(row);
        const ServicePlan *plan = DemoServicePlans::find(pc.servicePlanId);
        if (pc.status == CloudPcStatus::Provisioned && plan && plan->type == type &&
            plan->provisioningType == QLatin1String("dedicated"))
            ids << pc.id;
    }
    return ids;
}

QString TestResizeDialog::firstWithStatus(const MainWindow &window, CloudPcStatus status)
{
    const CloudPcModel *model = window.lists()->cloudPcModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->at(row).status == status)
            return model->at(row).id;
    }
    return {};
}

void TestResizeDialog::offeredInMenuContextMenuAndToolbar()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QAction *resize = window.actions()->action(QStringLiteral("resize"));
    QVERIFY(resize);
    QCOMPARE(resize->objectName(), QStringLiteral("resizeAction"));
    QCOMPARE(resize->text(), QStringLiteral("Resi&ze…"));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("actionsMenu"));
    QVERIFY(menu && menu->actions().contains(resize));
    // On the tool bar under "More acts".
    auto *more = window.findChild<QMenu *>(QStringLiteral("moreActsMenu"));
    QVERIFY(more && more->actions().contains(resize));
    selectIds(window, provisioned(window, QStringLiteral("enterprise"), 1));
    QVERIFY(resize->isVisible());
    QVERIFY(resize->isEnabled());
    window.tabs()->setCurrentIndex(MainWindow::PoliciesTab);
    QVERIFY(!resize->isVisible());
}

void TestResizeDialog::resizeChoosesAPlanOfTheSameTypeAndConfirms()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const QStringList enterprise = provisioned(window, QStringLiteral("enterprise"), 2);
    const QStringList business = provisioned(window, QStringLiteral("business"), 1);
    const QString failed = firstWithStatus(window, CloudPcStatus::Failed);
    QCOMPARE(enterprise.size(), 2);
    QCOMPARE(business.size(), 1);
    QVERIFY(!failed.isEmpty());
    selectIds(window, enterprise + business + QStringList{failed});
    QCOMPARE(window.cloudPcPage()->selectedIds().size(), 4);

    ResizeDialog *dialog = trigger(window);
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &ResizeDialog::plansLoaded);
    if (dialog->page() != ResizeDialog::ChoosePage) {
        QCOMPARE(dialog->page(), ResizeDialog::LoadingPage);
        QVERIFY(dialog->isLoading());
        QVERIFY(loaded.wait(10000));
    }
    QCOMPARE(dialog->page(), ResizeDialog::ChoosePage);
    QCOMPARE(dialog->plans().size(), DemoServicePlans::all().size());
    // The servicePlans list was read from beta.
    QVERIFY(std::any_of(session->emulator.journal().cbegin(), session->emulator.journal().cend(),
                        [](const EmulatorRequest &request) {
                            return request.url.path() ==
                                   QLatin1String("/beta/deviceManagement/virtualEndpoint/servicePlans");
                        }));

    // Only Enterprise dedicated plans are offered; the current ones are marked and cannot be chosen.
    QSet<QString> currentIds;
    for (const QString &id : enterprise)
        currentIds.insert(
            window.lists()->cloudPcModel()->at(window.lists()->cloudPcModel()->rowOfId(id)).servicePlanId);
    const QStringList offered = dialog->offeredPlanIds();
    QVERIFY(offered.size() >= 3);
    for (const QString &id : offered) {
        const ServicePlan *plan = DemoServicePlans::find(id);
        QVERIFY(plan);
        QCOMPARE(plan->type, QStringLiteral("enterprise"));
        QCOMPARE(plan->provisioningType, QStringLiteral("dedicated"));
    }
    QTreeWidget *list = dialog->planList();
    QString target;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        const QString id = item->data(0, Qt::UserRole).toString();
        if (currentIds.contains(id)) {
            QVERIFY(item->text(0).contains(QLatin1String("(current)")));
            QVERIFY(!(item->flags() & Qt::ItemIsSelectable));
        } else if (target.isEmpty()) {
            target = id;
            QVERIFY(item->flags() & Qt::ItemIsSelectable);
            QVERIFY2(item->text(1).toInt() > 0, "vCPUs shown");
            QVERIFY2(item->text(2).endsWith(QLatin1String("GB")), "RAM shown");
            QVERIFY2(item->text(3).endsWith(QLatin1String("GB")), "storage shown");
        }
    }
    QVERIFY(!target.isEmpty());
    // The failed one and the Business one are left out, with the reason.
    QCOMPARE(dialog->included().size(), 2);
    QCOMPARE(dialog->leftOutList()->count(), 2);
    QVERIFY(dialog->leftOutList()->isVisibleTo(dialog));
    const QString leftOut = dialog->leftOut().join(QLatin1Char('\n'));
    QVERIFY2(leftOut.contains(QLatin1String("not provisioned")), qPrintable(leftOut));
    QVERIFY2(leftOut.contains(QLatin1String("another type")), qPrintable(leftOut));

    // Choosing a current plan does nothing; a new plan and the typed count enable Resize.
    QVERIFY(!dialog->resizeButton()->isEnabled());
    QVERIFY(!dialog->resizeButton()->isDefault());
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (currentIds.contains(list->topLevelItem(i)->data(0, Qt::UserRole).toString())) {
            const QRect cell = list->visualItemRect(list->topLevelItem(i));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        }
    }
    QVERIFY(dialog->selectedPlanId().isEmpty());
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == target) {
            const QRect cell = list->visualItemRect(list->topLevelItem(i));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
        }
    }
    QCOMPARE(dialog->selectedPlanId(), target);
    QVERIFY(!dialog->resizeButton()->isEnabled()); // the count is not typed yet
    QVERIFY(dialog->confirmEdit());
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("4"));
    QVERIFY(!dialog->resizeButton()->isEnabled()); // 4 selected, 2 resized
    dialog->confirmEdit()->clear();
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("2"));
    QVERIFY(dialog->resizeButton()->isEnabled());
    // Its text grew with the count ("Resize 2 Cloud PCs"): the whole of it is shown.
    QVERIFY(dialog->resizeButton()->width() >= dialog->resizeButton()->sizeHint().width());
    const QString pictures = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR");
    if (!pictures.isEmpty()) {
        QTest::qWait(200); // laid out for the texts just set
        dialog->grab().save(pictures + QStringLiteral("/resize-dialog.png"));
    }

    QSignalSpy submitted(window.actions(), &ActionController::operationSubmitted);
    QTest::mouseClick(dialog->resizeButton(), Qt::LeftButton);
    QTest::mouseClick(dialog->resizeButton(), Qt::LeftButton); // a second press sends nothing more
    QCOMPARE(submitted.count(), 1);
    auto *operation = submitted.first().first().value<Operation *>();
    QVERIFY(operation);
    QCOMPARE(operation->kind(), QStringLiteral("resize"));
    if (!operation->isFinished()) {
        QSignalSpy finished(operation, &Operation::finished);
        QVERIFY(finished.wait(20000));
    }
    QCOMPARE(operation->count(Operation::ItemState::Accepted), 2);

    const QList<EmulatorRequest> sent = resizePosts(session->emulator);
    QCOMPARE(sent.size(), 2);
    QSet<QString> paths;
    for (const EmulatorRequest &request : sent) {
        paths.insert(request.path());
        QCOMPARE(QJsonDocument::fromJson(request.body).object(),
                 (QJsonObject{{QStringLiteral("targetServicePlanId"), target}}));
    }
    for (const QString &id : enterprise)
        QVERIFY(paths.contains(
            QStringLiteral("/v1.0/deviceManagement/virtualEndpoint/cloudPCs/%1/resize").arg(id)));

    // The outcome in the operations panel, per Cloud PC.
    QVERIFY(window.actions()->operationsDock()->isVisible());
    QTableView *items = window.actions()->operationsPanel()->itemsView();
    QCOMPARE(items->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(items->model()->index(row, 1).data().toString(), QStringLiteral("Accepted"));

    // The audit log calls it "resize", as cloudpcctl does.
    QFile audit(session->auditLog->path());
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QList<QByteArray> records = audit.readAll().trimmed().split('\n');
    QCOMPARE(records.size(), 4);
    for (const QByteArray &line : records)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("operation")).toString(),
                 QStringLiteral("resize"));

    // The rows are read again: resizing now.
    const CloudPcModel *model = window.lists()->cloudPcModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->at(model->rowOfId(enterprise.first())).status, CloudPcStatus::Resizing,
                              10000);
}

void TestResizeDialog::failedLoadShowsTheRequestIdAndCanBeRetried()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    selectIds(window, provisioned(window, QStringLiteral("enterprise"), 1));
    session->emulator.revokeAccessTokens(); // Graph says 401 to the next request
    ResizeDialog *dialog = trigger(window);
    QVERIFY(dialog);
    QSignalSpy failed(dialog, &ResizeDialog::loadFailed);
    QVERIFY(failed.wait(10000));
    QCOMPARE(dialog->page(), ResizeDialog::FailedPage);
    QVERIFY(!dialog->resizeButton()->isEnabled());
    const QString requestId = session->emulator.journal().last().requestId;
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(dialog->loadError().requestId, requestId);
    QVERIFY2(dialog->errorLabel()->text().contains(requestId), qPrintable(dialog->errorLabel()->text()));
    QVERIFY(dialog->errorLabel()->text().contains(QLatin1String("401")));

    session->client.setAccessToken(session->emulator.issueAccessToken());
    QSignalSpy loaded(dialog, &ResizeDialog::plansLoaded);
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog->page(), ResizeDialog::ChoosePage);
    QCOMPARE(dialog->included().size(), 1);
    QVERIFY(dialog->confirmEdit() == nullptr); // one Cloud PC: nothing to type
    QVERIFY(!dialog->offeredPlanIds().isEmpty());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(resizePosts(session->emulator).isEmpty());
}

void TestResizeDialog::cancelWhileLoadingSendsNothing()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    selectIds(window, provisioned(window, QStringLiteral("enterprise"), 2));
    session->emulator.faults().slow = 1.0;
    session->emulator.faults().slowMs = 3000;
    ResizeDialog *dialog = trigger(window);
    QVERIFY(dialog);
    QPointer<ResizeDialog> guard(dialog);
    QCOMPARE(dialog->page(), ResizeDialog::LoadingPage);
    QVERIFY(dialog->isLoading());
    QSignalSpy submitted(window.actions(), &ActionController::operationSubmitted);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 5000); // closed and deleted
    QTest::qWait(3500); // the slow answer arrives after the dialog is gone: nothing happens
    QCOMPARE(submitted.count(), 0);
    QVERIFY(resizePosts(session->emulator).isEmpty());
}

void TestResizeDialog::notOfferedWhenNoneIsProvisioned()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    const QString failed = firstWithStatus(window, CloudPcStatus::Failed);
    QVERIFY(!failed.isEmpty());
    selectIds(window, {failed});
    QAction *resize = window.actions()->action(QStringLiteral("resize"));
    QVERIFY(!resize->isEnabled());
    QVERIFY2(resize->toolTip().contains(QLatin1String("only a provisioned Cloud PC")),
             qPrintable(resize->toolTip()));
}

QTEST_MAIN(TestResizeDialog)
#include "tst_resizedialog.moc"
