// The Overview tab (issue 21) against the emulator through the real main window: it is the first tab (Ctrl+1,
// the lists Ctrl+2..5); a click on a status bar, or the arrows and Enter, opens the Cloud PCs tab filtered to
// that status with as many rows as the bar says; the tables show the same numbers; a failure group selects
// exactly its Cloud PCs and Reprovision offers exactly those; Run health checks sends the catalog act.
// CLOUDPC_SCREENSHOT_DIR=dir saves the tab in English and German, light and dark (overview*.png).
#include "acttestsupport.h"
#include "auditlog.h"
#include "barchart.h"
#include "cloudpcmodel.h"
#include "cloudpcpage.h"
#include "confirmactiondialog.h"
#include "graphclient.h"
#include "languagesupport.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "provisioningerrorusermodel.h"
#include "reprovisiondialog.h"
#include "tenantlists.h"
#include "testenvironment.h"
#include "thememanager.h"
#include "windowsession.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace ActTest;

namespace {
std::unique_ptr<WindowSession> loadedSession()
{
    GraphEmulator::Options options;
    options.size = 120;
    WindowSession::Window how;
    how.auditLog = true;
    how.timeoutMs = 20000;
    auto session = WindowSession::loaded(options, how);
    // The page shows the numbers once the Cloud PCs are in.
    QTest::qWait(50);
    return session;
}

int barOfStatus(OverviewPage *page, CloudPcStatus status)
{
    for (int i = 0; i < page->statusChart()->count(); ++i) {
        if (page->statusOfBar(i) == status)
            return i;
    }
    return -1;
}

int countOfStatus(const TenantLists &lists, CloudPcStatus status)
{
    int count = 0;
    for (const CloudPc &pc : lists.cloudPcModel()->cloudPcs())
        count += pc.status == status ? 1 : 0;
    return count;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLOUDPC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}
} // namespace

class TestOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cloudpcTestSetup(); }
    void overviewIsTheFirstTab();
    void clickingAStatusBarFiltersTheCloudPcs();
    void keyboardOnTheChartDoesWhatAClickDoes();
    void tablesShowTheSameNumbers();
    void failureGroupSelectsExactlyItsCloudPcs();
    void runHealthChecksSendsTheAct();
    void chartTextsReachScreenReaders();
    void countsAndSelectsAmong100000CloudPcs();
    void screenshots_data();
    void screenshots();
};

void TestOverview::overviewIsTheFirstTab()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.tabs()->widget(0), static_cast<QWidget *>(window.overviewPage()));
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::OverviewTab));
    QCOMPARE(window.page(MainWindow::OverviewTab), nullptr);
    // Ctrl+2 the Cloud PCs, Ctrl+5 the users, Ctrl+1 back to the Overview with the chart focused.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.cloudPcPage()));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ErrorUsersTab));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::OverviewTab));
    QTRY_VERIFY(window.overviewPage()->statusChart()->hasFocus());
    // The counts and their links.
    OverviewPage *page = window.overviewPage();
    QVERIFY(page->errorUsersLabel()->text().contains(
        QString::number(session->lists->errorUserModel()->rowCount())));
    emit page->errorUsersLabel()->linkActivated(QStringLiteral("open"));
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ErrorUsersTab));
    emit page->failedBulkActionsLabel()->linkActivated(QStringLiteral("open"));
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::BulkActionsTab));
}

void TestOverview::clickingAStatusBarFiltersTheCloudPcs()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    OverviewPage *page = window.overviewPage();
    BarChart *chart = page->statusChart();
    QCOMPARE(chart->count() > 3, true);
    // Failed: the quick filter; Restoring (no quick filter): the status itself, with a button to clear it.
    for (const CloudPcStatus status : {CloudPcStatus::Failed, CloudPcStatus::Restoring}) {
        window.tabs()->setCurrentWidget(page);
        const int bar = barOfStatus(page, status);
        QVERIFY2(bar >= 0, "the demo tenant has failed and restoring Cloud PCs");
        const qint64 count = chart->bars().at(bar).total();
        QCOMPARE(count, qint64(countOfStatus(*session->lists, status)));
        QVERIFY(chart->bars().at(bar).valueText.startsWith(QString::number(count)));
        const QRect rect = chart->barRect(bar);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.cloudPcPage()));
        QTRY_COMPARE(window.cloudPcPage()->proxyModel()->rowCount(), int(count));
        if (status == CloudPcStatus::Failed) {
            QCOMPARE(window.cloudPcPage()->statusFilter(), CloudPcFilterModel::StatusFilter::Failed);
        } else {
            QVERIFY(window.cloudPcPage()->exactStatusButton()->isVisible());
            window.cloudPcPage()->exactStatusButton()->click();
            QCOMPARE(window.cloudPcPage()->proxyModel()->rowCount(),
                     session->lists->cloudPcModel()->rowCount());
        }
    }
    // A policy's failed segment: that policy's failed Cloud PCs.
    window.tabs()->setCurrentWidget(page);
    BarChart *policies = page->policyChart();
    QVERIFY(policies->count() > 0);
    const BarChart::Bar &first = policies->bars().constFirst();
    const QRect row = policies->barRect(0);
    // The failed segment starts where the provisioned one ends.
    int x = row.left();
    while (x < row.right()) {
        int segment = -1;
        policies->barAt(QPoint(x, row.center().y()), &segment);
        if (segment == 1)
            break;
        ++x;
    }
    QVERIFY2(x < row.right(), "the first policy has failures");
    QTest::mouseClick(policies, Qt::LeftButton, Qt::NoModifier, QPoint(x + 1, row.center().y()));
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.cloudPcPage()));
    QCOMPARE(window.cloudPcPage()->filterModel()->policyId(), first.key.toString());
    QTRY_COMPARE(qint64(window.cloudPcPage()->proxyModel()->rowCount()), first.segments.at(1).value);
}

void TestOverview::keyboardOnTheChartDoesWhatAClickDoes()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    OverviewPage *page = window.overviewPage();
    BarChart *chart = page->statusChart();
    const int failed = barOfStatus(page, CloudPcStatus::Failed);
    QVERIFY(failed > 0); // not the first bar: the arrows have to move
    chart->setFocus();
    QTRY_VERIFY(chart->hasFocus());
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->currentIndex(), 0);
    for (int i = 0; i < failed; ++i)
        QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(chart->currentIndex(), failed);
    QTest::keyClick(chart, Qt::Key_Up);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->currentIndex(), failed);
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.cloudPcPage()));
    QCOMPARE(window.cloudPcPage()->statusFilter(), CloudPcFilterModel::StatusFilter::Failed);
    QTRY_COMPARE(qint64(window.cloudPcPage()->proxyModel()->rowCount()), chart->bars().at(failed).total());
}

void TestOverview::tablesShowTheSameNumbers()
{
    auto session = loadedSession();
    QVERIFY(session);
    OverviewPage *page = session->window->overviewPage();
    QVERIFY(page->statusChart()->isVisible());
    QVERIFY(!page->statusTable()->isVisible());
    page->tableToggle()->click();
    QVERIFY(page->statusTable()->isVisible());
    QVERIFY(page->policyTable()->isVisible());
    QVERIFY(!page->statusChart()->isVisible());
    const QAbstractItemModel *statuses = page->statusTable()->model();
    QCOMPARE(statuses->rowCount(), page->statusChart()->count());
    int sum = 0;
    for (int row = 0; row < statuses->rowCount(); ++row) {
        const BarChart::Bar &bar = page->statusChart()->bars().at(row);
        QCOMPARE(statuses->index(row, 0).data().toString(), bar.label);
        QCOMPARE(statuses->index(row, 1).data(Qt::UserRole).toLongLong(), bar.total());
        QVERIFY(bar.valueText.contains(statuses->index(row, 2).data().toString()));
        sum += statuses->index(row, 1).data(Qt::UserRole).toInt();
    }
    QCOMPARE(sum, session->lists->cloudPcModel()->rowCount());
    const QAbstractItemModel *policies = page->policyTable()->model();
    QCOMPARE(policies->rowCount(), page->policyChart()->count());
    for (int row = 0; row < policies->rowCount(); ++row) {
        const BarChart::Bar &bar = page->policyChart()->bars().at(row);
        QCOMPARE(policies->index(row, 0).data().toString(), bar.label);
        for (int segment = 0; segment < 3; ++segment)
            QCOMPARE(policies->index(row, 1 + segment).data(Qt::UserRole).toLongLong(),
                     bar.segments.at(segment).value);
        QCOMPARE(policies->index(row, 4).data(Qt::UserRole).toLongLong(), bar.total());
    }
    // Sorted by failures.
    for (int row = 1; row < policies->rowCount(); ++row)
        QVERIFY(policies->index(row - 1, 2).data(Qt::UserRole).toInt() >=
                policies->index(row, 2).data(Qt::UserRole).toInt());
    page->tableToggle()->click();
    QVERIFY(page->statusChart()->isVisible());
}

void TestOverview::failureGroupSelectsExactlyItsCloudPcs()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    OverviewPage *page = window.overviewPage();
    QVERIFY(!page->failureGroups().isEmpty());
    // A group of failed Cloud PCs only (reprovision applies to each of them).
    int chosen = -1;
    for (int i = 0; i < page->failureGroups().size(); ++i) {
        const OverviewPage::FailureGroup &group = page->failureGroups().at(i);
        if (group.withWarnings == 0 && group.count > 1 && chosen < 0)
            chosen = i;
    }
    QVERIFY(chosen >= 0);
    const OverviewPage::FailureGroup group = page->failureGroups().at(chosen);
    QCOMPARE(page->groupTable()->model()->index(chosen, 1).data(Qt::UserRole).toInt(), group.count);
    const QStringList ids = page->fleet()->cloudPcIdsOf(group.code);
    QCOMPARE(int(ids.size()), group.count);
    page->groupTable()->selectRow(chosen);
    QVERIFY(page->selectGroupButton()->isEnabled());
    page->selectGroupButton()->click();
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.cloudPcPage()));
    QStringList selected = window.selectedIds(MainWindow::CloudPcsTab);
    QStringList expected = ids;
    selected.sort();
    expected.sort();
    QCOMPARE(selected, expected);
    // Every act of the catalog now acts on them: Reprovision offers exactly these.
    QVERIFY(window.actions()->reprovisionAction()->isEnabled());
    auto *dialog = trigger<ReprovisionDialog>(window, window.actions()->reprovisionAction());
    QVERIFY(dialog);
    QStringList offered;
    for (const CloudPc &pc : dialog->targets())
        offered << pc.id;
    offered.sort();
    QCOMPARE(offered, expected);
    dialog->reject();

    // The group's own button does the same from the Overview.
    window.tabs()->setCurrentWidget(page);
    page->groupTable()->selectRow(chosen);
    QVERIFY(page->reprovisionGroupButton()->isEnabled());
    QSignalSpy opened(window.actions(), &ActionController::dialogOpened);
    page->reprovisionGroupButton()->click();
    QCOMPARE(opened.count(), 1);
    auto *again = qobject_cast<ReprovisionDialog *>(opened.first().first().value<QDialog *>());
    QVERIFY(again);
    QCOMPARE(again->targets().size(), expected.size());
    again->reject();

    // A cause whose Cloud PCs all work with warnings: reprovisioning (which wipes them) is not offered, its
    // tooltip says why, and selecting them still is.
    int warningsOnly = -1;
    for (int i = 0; i < page->failureGroups().size(); ++i) {
        const OverviewPage::FailureGroup &g = page->failureGroups().at(i);
        if (g.failed == 0 && g.withWarnings > 0)
            warningsOnly = i;
    }
    QVERIFY(warningsOnly >= 0);
    page->groupTable()->selectRow(warningsOnly);
    QVERIFY(page->selectGroupButton()->isEnabled());
    QVERIFY(!page->reprovisionGroupButton()->isEnabled());
    QVERIFY2(page->reprovisionGroupButton()->toolTip().contains(QLatin1String("failed Cloud PCs only")),
             qPrintable(page->reprovisionGroupButton()->toolTip()));
}

void TestOverview::runHealthChecksSendsTheAct()
{
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    OverviewPage *page = window.overviewPage();
    QTRY_VERIFY(page->connectionTable()->model()->rowCount() > 0);
    page->connectionTable()->selectRow(0);
    const QString name = page->connectionTable()->model()->index(0, 0).data().toString();
    QTRY_VERIFY(page->runChecksButton()->isEnabled());
    QSignalSpy opened(window.actions(), &ActionController::dialogOpened);
    page->runChecksButton()->click();
    QCOMPARE(opened.count(), 1);
    auto *dialog = qobject_cast<ConfirmActionDialog *>(opened.first().first().value<QDialog *>());
    QVERIFY(dialog);
    QSignalSpy submitted(window.actions(), &ActionController::operationSubmitted);
    dialog->accept();
    QCOMPARE(submitted.count(), 1);
    QVERIFY(waitFinished(lastOperation(window)));
    QTRY_COMPARE(posts(session->emulator, QStringLiteral("/runHealthChecks")).size(), 1);
    QVERIFY(page->runChecksStateLabel()->text().contains(QLatin1String("Health checks")));
    Q_UNUSED(name)
}

void TestOverview::chartTextsReachScreenReaders()
{
    auto session = loadedSession();
    QVERIFY(session);
    OverviewPage *page = session->window->overviewPage();
    BarChart *chart = page->statusChart();
    const int failed = barOfStatus(page, CloudPcStatus::Failed);
    QVERIFY(failed >= 0);
    const QString count = QString::number(chart->bars().at(failed).total());
    // Every bar's values in the description, the current bar's in the name.
    QVERIFY(chart->accessibleDescription().contains(chart->bars().at(failed).label));
    QCOMPARE(chart->accessibleDescription().split(QLatin1Char('\n')).size(), chart->count());
    chart->setCurrentIndex(failed);
    QVERIFY(chart->accessibleName().contains(QStringLiteral("Failed")));
    QVERIFY(chart->accessibleName().contains(count));
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(accessible);
    QVERIFY(accessible->text(QAccessible::Name).contains(count));
    QVERIFY(accessible->text(QAccessible::Description).contains(count));
    QCOMPARE(chart->focusPolicy(), Qt::StrongFocus);
}

void TestOverview::countsAndSelectsAmong100000CloudPcs()
{
    // 100,000 Cloud PCs, one in ten failed with one of four causes, in 20 policies.
    GraphClient client;
    TenantLists lists(&client);
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
    window.show();
    lists.cloudPcModel()->setCloudPcs(pcs);
    OverviewPage *page = window.overviewPage();
    // The page shows what FleetOverview counted (how long the event loop waits for it, and how long
    // selecting takes, are measured by tests/bench/bench_views.cpp against their targets).
    QTRY_COMPARE(page->statusChart()->count(), 2);
    QCOMPARE(page->statusChart()->bars().at(1).total(), qint64(10000));
    QCOMPARE(page->failureGroups().size(), 4);
    // Counted again: the same numbers.
    emit page->fleet()->changed();
    QTest::qWait(700);
    QCOMPARE(page->statusChart()->count(), 2);
    QCOMPARE(page->statusChart()->bars().at(1).total(), qint64(10000));
    QCOMPARE(page->failureGroups().size(), 4);
    // Selecting a cause's 2,500 Cloud PCs among 100,000 selects exactly those.
    window.tabs()->setCurrentWidget(page);
    window.cloudPcPage()->tableView()->clearSelection();
    page->groupTable()->selectRow(0);
    page->selectGroupButton()->click();
    QCOMPARE(window.selectedIds(MainWindow::CloudPcsTab).size(), 2500);
}

void TestOverview::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("name");
    QTest::newRow("en") << QStringLiteral("en") << false << QStringLiteral("overview");
    QTest::newRow("de") << QStringLiteral("de") << false << QStringLiteral("overview-de");
    QTest::newRow("en-dark") << QStringLiteral("en") << true << QStringLiteral("overview-dark");
    QTest::newRow("de-dark") << QStringLiteral("de") << true << QStringLiteral("overview-de-dark");
}

void TestOverview::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QFETCH(QString, name);
    QCOMPARE(LanguageSupport::install(language), language);
    auto session = loadedSession();
    QVERIFY(session);
    MainWindow &window = *session->window;
    window.themeManager()->setTheme(dark ? ThemeManager::Theme::Dark : ThemeManager::Theme::Light);
    window.resize(1360, 1280);
    window.tabs()->setCurrentWidget(window.overviewPage());
    QTest::qWait(100);
    OverviewPage *page = window.overviewPage();
    // Nothing shown is cut: the bars' value texts fit beside their bars.
    BarChart *chart = page->statusChart();
    const QFontMetrics metrics(chart->font());
    for (int i = 0; i < chart->count(); ++i) {
        const QRect row = chart->barRect(i);
        QVERIFY(row.width() > metrics.horizontalAdvance(chart->bars().at(i).valueText));
    }
    saveScreenshot(&window, name);
    window.themeManager()->setTheme(ThemeManager::Theme::Light);
    LanguageSupport::install(QStringLiteral("en"));
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
