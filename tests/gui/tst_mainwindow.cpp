// The real main window, driven through its widgets, against the emulator over loopback.
#include "cloudpcview.h"
#include "emulator/graphemulator.h"
#include "graph/graphclient.h"
#include "mainwindow.h"
#include "models/cloudpcloader.h"
#include "models/cloudpcmodel.h"
#include "testenvironment.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { cloudpcTestSetup(); }
    void showsTheDemoTenant();
    void sortsByClickingAHeader();
    void filtersAsYouType();
    void showsALoadErrorWithRequestId();
};

void TestMainWindow::showsTheDemoTenant()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F5); // the Refresh shortcut
    QTableView *table = window.cloudPcView()->tableView();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), emulator.tenant().cloudPcs().size(), 20000);
    QTRY_VERIFY(!window.cloudPcLoader()->isLoading());
    QCOMPARE(window.cloudPcView()->stateLabel()->text(),
             QStringLiteral("%1 Cloud PC(s)").arg(emulator.tenant().cloudPcs().size()));
    // The columns an admin needs.
    QStringList headers;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        headers << table->model()->headerData(column, Qt::Horizontal).toString();
    for (const char *header : {"Name", "User", "Status", "Provisioning policy", "Plan", "Last modified"})
        QVERIFY2(headers.contains(QLatin1String(header)), header);
}

void TestMainWindow::sortsByClickingAHeader()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    MainWindow window(&client);
    window.show();
    window.refresh();
    QTableView *table = window.cloudPcView()->tableView();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), emulator.tenant().cloudPcs().size(), 20000);

    QHeaderView *header = table->horizontalHeader();
    const int x =
        header->sectionViewportPosition(CloudPcModel::User) + header->sectionSize(CloudPcModel::User) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(CloudPcModel::User));
    auto column = [table](int c) {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, c).data().toString();
        return values;
    };
    QStringList users = column(CloudPcModel::User);
    QStringList sorted = users;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    const Qt::SortOrder order = header->sortIndicatorOrder();
    if (order == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(users, sorted);

    // Sorting by date uses the date, not its text.
    table->sortByColumn(CloudPcModel::LastModified, Qt::AscendingOrder);
    QDateTime previous;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QDateTime current =
            table->model()->index(row, CloudPcModel::LastModified).data(CloudPcModel::SortRole).toDateTime();
        if (previous.isValid() && current.isValid())
            QVERIFY(previous <= current);
        if (current.isValid())
            previous = current;
    }
}

void TestMainWindow::filtersAsYouType()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(emulator.issueAccessToken());
    MainWindow window(&client);
    window.show();
    window.refresh();
    QTableView *table = window.cloudPcView()->tableView();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), emulator.tenant().cloudPcs().size(), 20000);

    const CloudPc &target = emulator.tenant().cloudPcs().at(17);
    QTest::keyClicks(window.cloudPcView()->filterEdit(), target.userPrincipalName);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, CloudPcModel::User).data().toString(), target.userPrincipalName);

    window.cloudPcView()->filterEdit()->clear();
    QTest::keyClicks(window.cloudPcView()->filterEdit(), QStringLiteral("FINANCE"));
    int expected = 0;
    for (const CloudPc &pc : emulator.tenant().cloudPcs())
        expected += pc.provisioningPolicyName.contains(QLatin1String("Finance")) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(table->model()->rowCount(), expected);
    QVERIFY(window.cloudPcView()->stateLabel()->text().contains(QStringLiteral("%1 of").arg(expected)));
}

void TestMainWindow::showsALoadErrorWithRequestId()
{
    GraphEmulator emulator;
    QVERIFY(emulator.start());
    GraphClient client;
    client.setBaseUrl(emulator.baseUrl());
    client.setAccessToken(QStringLiteral("expired-or-foreign-token"));
    MainWindow window(&client);
    window.show();
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window.cloudPcLoader()->lastError().isError(), 20000);
    const QString text = window.cloudPcView()->stateLabel()->text();
    QVERIFY2(text.contains(QLatin1String("401")), qPrintable(text));
    QVERIFY2(text.contains(window.cloudPcLoader()->lastError().requestId), qPrintable(text));
    QVERIFY(!window.cloudPcLoader()->lastError().requestId.isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
