// The list models without widgets: keyed appends, shared strings, the Cloud PC filter, policy counts, export.
#include "bulkactionmodel.h"
#include "cloudpcfiltermodel.h"
#include "cloudpcmodel.h"
#include "provisioningpolicymodel.h"
#include "tableexport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>
#include <limits>

class TestListModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatedStringsAreShared();
    void filterMatchesNameUserPolicyAndStatus();
    void incrementalFilterEqualsAFreshOne();
    void everyColumnSortsLikeItsText();
    void rowsArrivingWhileDeferredAreSortedOnce();
    void updatedRowsMoveAndKeepTheirSelection();
    void filterKeysCompareLikeQString();
    void chunkedVectorNeverMovesItsRows();
    void policyCountsFollowTheCloudPcs();
    void bulkActionUpdatesInPlace();
    void csvGuardsAgainstFormulas();
    void jsonUsesGraphNames();
};

static CloudPc makePc(int i, CloudPcStatus status = CloudPcStatus::Provisioned)
{
    CloudPc pc;
    pc.id = QStringLiteral("id-%1").arg(i);
    pc.displayName = QStringLiteral("CPC-%1").arg(i, 4, 10, QLatin1Char('0'));
    pc.userPrincipalName = QStringLiteral("user%1@contoso.com").arg(i);
    pc.provisioningPolicyId = QStringLiteral("policy-%1").arg(i % 3);
    pc.provisioningPolicyName = QStringLiteral("Policy %1").arg(i % 3);
    pc.servicePlanName = QStringLiteral("Cloud PC Enterprise 2vCPU/8GB/128GB");
    pc.setStatus(status);
    return pc;
}

void TestListModels::repeatedStringsAreShared()
{
    CloudPcModel model;
    model.append({makePc(1), makePc(4)});
    // Two separately built but equal strings end up as one.
    QCOMPARE(model.at(0).servicePlanName.constData(), model.at(1).servicePlanName.constData());
    QCOMPARE(model.at(0).provisioningPolicyName.constData(), model.at(1).provisioningPolicyName.constData());
    QVERIFY(model.at(0).userPrincipalName.constData() != model.at(1).userPrincipalName.constData());
}

void TestListModels::filterMatchesNameUserPolicyAndStatus()
{
    CloudPcModel model;
    QVector<CloudPc> pcs;
    for (int i = 0; i < 30; ++i)
        pcs.append(makePc(i, i % 5 == 0 ? CloudPcStatus::Failed : CloudPcStatus::Provisioned));
    model.append(pcs);
    CloudPcFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CloudPcModel::Name);
    proxy.setFilterText(QStringLiteral("USER7@"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("policy 1"));
    QCOMPARE(proxy.rowCount(), 10);
    proxy.setStatusFilter(CloudPcFilterModel::StatusFilter::Failed);
    QCOMPARE(proxy.rowCount(), 2); // 10 and 25
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setPolicyId(QStringLiteral("policy-0"));
    QCOMPARE(proxy.rowCount(), 2); // 0 and 15
    // Sorted by name, descending.
    proxy.setPolicyId({});
    proxy.setStatusFilter(CloudPcFilterModel::StatusFilter::All);
    proxy.sort(CloudPcModel::Name, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, CloudPcModel::Name).data().toString(), QStringLiteral("CPC-0029"));
    // Rows arriving later are filtered too.
    proxy.setFilterText(QStringLiteral("cpc-01"));
    QCOMPARE(proxy.rowCount(), 0);
    model.append({makePc(100), makePc(19), makePc(101)});
    QCOMPARE(proxy.rowCount(), 2); // CPC-0100, CPC-0101
    proxy.setFilterText(QStringLiteral("cpc-001"));
    QCOMPARE(proxy.rowCount(), 10);
    // The status as displayed ("Failed"), in any case.
    proxy.setFilterText(QStringLiteral("FAILED"));
    QCOMPARE(proxy.rowCount(), 6); // 0, 5, 10, 15, 20, 25
    proxy.setFilterText(QStringLiteral("provisioned"));
    QCOMPARE(proxy.rowCount(), 26); // the 24 others and the two new ones that arrived later (19 was there)
}

// A tenant with awkward text: cases, accents, CJK, an emoji (a surrogate pair in UTF-16), a private-use
// character (after the surrogates in UTF-16, before them in UTF-8), equal names, missing dates.
static QVector<CloudPc> awkwardPcs(int count, int firstId = 0, quint32 seed = 7)
{
    static const char16_t *const names[] = {u"Zeta",
                                            u"zeta",
                                            u"ZETA",
                                            u"\u00c4rger",
                                            u"\u00e9clair",
                                            u"\u65e5\u672c",
                                            u"\U0001F600smile",
                                            u"\uE000priv",
                                            u"\u03a9mega",
                                            u"Stra\u00dfe",
                                            u"cpc-fin",
                                            u"CPC-FINANCE"};
    static const char16_t *const policies[] = {u"Finance", u"finance", u"\u00c4rzte", u"Sales"};
    static const CloudPcStatus statuses[] = {CloudPcStatus::Provisioned,   CloudPcStatus::Failed,
                                             CloudPcStatus::Provisioning,  CloudPcStatus::PendingProvision,
                                             CloudPcStatus::InGracePeriod, CloudPcStatus::Unknown};
    QRandomGenerator random(seed);
    QVector<CloudPc> pcs;
    for (int i = firstId; i < firstId + count; ++i) {
        CloudPc pc;
        pc.id = QStringLiteral("id-%1").arg(i);
        pc.displayName = QString::fromUtf16(names[random.bounded(12)]) +
                         (random.bounded(4) == 0 ? QString() : QString::number(random.bounded(50)));
        pc.userPrincipalName =
            (random.bounded(2) ? QStringLiteral("User%1@Contoso.com") : QStringLiteral("user%1@contoso.com"))
                .arg(random.bounded(40));
        const int policy = random.bounded(4);
        pc.provisioningPolicyId = QStringLiteral("policy-%1").arg(policy);
        pc.provisioningPolicyName = QString::fromUtf16(policies[policy]);
        pc.servicePlanName = random.bounded(2) ? QStringLiteral("Plan B") : QStringLiteral("plan a");
        pc.imageDisplayName = QString::fromUtf16(names[random.bounded(12)]);
        pc.provisioningType = random.bounded(2) ? QStringLiteral("dedicated") : QStringLiteral("shared");
        pc.setStatus(statuses[random.bounded(6)]);
        if (pc.status == CloudPcStatus::Unknown)
            pc.statusText = random.bounded(2) ? QStringLiteral("brandNew") : QStringLiteral("Aardvark");
        if (random.bounded(3) == 0)
            pc.statusDetail.message = QString::fromUtf16(names[random.bounded(12)]);
        if (random.bounded(4) != 0)
            pc.lastModifiedDateTime =
                QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(random.bounded(20) * 3600);
        if (random.bounded(2) == 0)
            pc.gracePeriodEndDateTime = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
        pcs.append(pc);
    }
    return pcs;
}

// What the proxy should show, worked out the slow and obvious way (QString, QVariant, std::sort).
static QList<int> expectedRows(const CloudPcModel &model, const QString &text,
                               CloudPcFilterModel::StatusFilter status, const QString &policyId, int column,
                               Qt::SortOrder order)
{
    using F = CloudPcFilterModel::StatusFilter;
    const QString needle = text.trimmed().toLower();
    auto nameKey = [&model](int row) {
        const CloudPc &pc = model.at(row);
        return (CloudPcModel::displayNameOf(pc) + QLatin1Char('\n') + pc.userPrincipalName +
                QLatin1Char('\n') + pc.provisioningPolicyName + QLatin1Char('\n') + pc.statusDisplayText())
            .toLower();
    };
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const CloudPcStatus s = model.at(row).status;
        const bool statusOk = status == F::All || (status == F::Failed && s == CloudPcStatus::Failed) ||
                              (status == F::Provisioning &&
                               (s == CloudPcStatus::Provisioning || s == CloudPcStatus::PendingProvision)) ||
                              (status == F::InGracePeriod && s == CloudPcStatus::InGracePeriod);
        if (statusOk && (policyId.isEmpty() || model.at(row).provisioningPolicyId == policyId) &&
            nameKey(row).contains(needle))
            rows.append(row);
    }
    auto byName = [&](int a, int b) {
        const QString x = nameKey(a);
        const QString y = nameKey(b);
        return x != y ? x < y : a < b;
    };
    auto less = [&](int a, int b) {
        if (column < 0)
            return a < b;
        if (column == CloudPcModel::Name)
            return byName(a, b);
        const QVariant x = model.index(a, column).data(CloudPcModel::SortRole);
        const QVariant y = model.index(b, column).data(CloudPcModel::SortRole);
        if (column == CloudPcModel::LastModified || column == CloudPcModel::GracePeriodEnd) {
            auto time = [](const QVariant &v) {
                return v.toDateTime().isValid() ? v.toDateTime().toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::min();
            };
            return time(x) != time(y) ? time(x) < time(y) : byName(a, b);
        }
        const QString tx = x.toString().toLower();
        const QString ty = y.toString().toLower();
        return tx != ty ? tx < ty : byName(a, b);
    };
    std::sort(rows.begin(), rows.end(), less);
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

static QList<int> shownRows(const CloudPcFilterModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        rows.append(source.row());
        if (proxy.mapFromSource(source).row() != row)
            return {-2}; // the two mappings disagree
    }
    return rows;
}

void TestListModels::incrementalFilterEqualsAFreshOne()
{
    using F = CloudPcFilterModel::StatusFilter;
    CloudPcModel model;
    model.append(awkwardPcs(400));
    CloudPcFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CloudPcModel::Name);
    struct Step
    {
        QString text;
        F status;
        QString policy;
    };
    QList<Step> steps;
    // Typing and erasing, one keystroke at a time (each narrows or widens the one before).
    for (const QString &typed :
         {QStringLiteral("cpc-fin"), QStringLiteral("\u00e4r"), QStringLiteral("ZETA1"),
          QStringLiteral("\U0001F600"), QStringLiteral("\u65e5"), QStringLiteral("@contoso")}) {
        for (int i = 1; i <= typed.size(); ++i)
            steps.append({typed.left(i), F::All, {}});
        for (int i = typed.size() - 1; i >= 0; --i)
            steps.append({typed.left(i), F::All, {}});
    }
    // Replacing the text, status and policy filters, and all of them together.
    steps += {{QStringLiteral("zeta"), F::Failed, {}},
              {QStringLiteral("eta"), F::Failed, {}},
              {QStringLiteral("eta"), F::Provisioning, {}},
              {QStringLiteral("user1"), F::Provisioning, QStringLiteral("policy-2")},
              {QStringLiteral("user"), F::All, QStringLiteral("policy-2")},
              {QStringLiteral("  STRASSE "), F::All, {}},
              {QStringLiteral("stra\u00df"), F::InGracePeriod, {}},
              {QStringLiteral("x"), F::All, {}},
              {QString(), F::All, {}}};
    for (const int column :
         {int(CloudPcModel::Name), int(CloudPcModel::Status), int(CloudPcModel::LastModified)}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            for (const Step &step : steps) {
                proxy.setStatusFilter(step.status);
                proxy.setPolicyId(step.policy);
                proxy.setFilterText(step.text);
                const QList<int> expected =
                    expectedRows(model, step.text, step.status, step.policy, column, order);
                QCOMPARE(shownRows(proxy), expected);
                CloudPcFilterModel fresh(&model);
                fresh.sort(column, order);
                fresh.setStatusFilter(step.status);
                fresh.setPolicyId(step.policy);
                fresh.setFilterText(step.text);
                QCOMPARE(shownRows(fresh), expected);
            }
        }
    }
}

void TestListModels::everyColumnSortsLikeItsText()
{
    CloudPcModel model;
    model.append(awkwardPcs(300));
    CloudPcFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = -1; column < CloudPcModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QCOMPARE(proxy.sortColumn(), column);
            QCOMPARE(shownRows(proxy),
                     expectedRows(model, {}, CloudPcFilterModel::StatusFilter::All, {}, column, order));
            // A header click sorts twice; the second time there is nothing to do.
            QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
            proxy.sort(column, order);
            QCOMPARE(layouts.count(), 0);
            // Rows arriving later go where they belong.
            CloudPcModel grown;
            grown.append(awkwardPcs(150));
            CloudPcFilterModel growing(&grown);
            QAbstractItemModelTester growingTester(&growing,
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
            growing.sort(column, order);
            growing.setFilterText(QStringLiteral("e"));
            grown.append(awkwardPcs(150, 150, 11));
            grown.append(awkwardPcs(3, 300, 12));
            QCOMPARE(shownRows(growing),
                     expectedRows(grown, QStringLiteral("e"), CloudPcFilterModel::StatusFilter::All, {},
                                  column, order));
        }
    }
    // Out of range: the source's order.
    proxy.sort(CloudPcModel::ColumnCount);
    QCOMPARE(proxy.sortColumn(), -1);
}

void TestListModels::rowsArrivingWhileDeferredAreSortedOnce()
{
    CloudPcModel model;
    CloudPcFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CloudPcModel::User, Qt::DescendingOrder);
    proxy.setFilterText(QStringLiteral("3"));
    proxy.setSortingDeferred(true);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    const QVector<CloudPc> all = awkwardPcs(500);
    model.append(all.mid(0, 100));
    // The first page shows at once, in the order it came.
    QList<int> first = expectedRows(model, QStringLiteral("3"), CloudPcFilterModel::StatusFilter::All, {}, -1,
                                    Qt::AscendingOrder);
    QCOMPARE(shownRows(proxy), first);
    for (int page = 1; page < 5; ++page)
        model.append(all.mid(page * 100, 100));
    // The others in a batch a moment later, still at the end.
    QTRY_COMPARE(proxy.rowCount(),
                 expectedRows(model, QStringLiteral("3"), CloudPcFilterModel::StatusFilter::All, {}, -1,
                              Qt::AscendingOrder)
                     .size());
    QCOMPARE(shownRows(proxy).mid(0, first.size()), first);
    QCOMPARE(layout.count(), 0);
    // An update while loading changes the row where it is.
    CloudPc changed = model.at(first.first());
    changed.userPrincipalName = QStringLiteral("zzz3@contoso.com");
    model.append({changed});
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), first.first());
    // Loading done: one layout change puts everything in order.
    model.append(awkwardPcs(20, 500, 3));
    proxy.setSortingDeferred(false);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(shownRows(proxy), expectedRows(model, QStringLiteral("3"), CloudPcFilterModel::StatusFilter::All,
                                            {}, CloudPcModel::User, Qt::DescendingOrder));
    // A reset (a reload) starts over.
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    model.setCloudPcs(all);
    QCOMPARE(shownRows(proxy), expectedRows(model, QStringLiteral("3"), CloudPcFilterModel::StatusFilter::All,
                                            {}, CloudPcModel::User, Qt::DescendingOrder));
}

void TestListModels::updatedRowsMoveAndKeepTheirSelection()
{
    CloudPcModel model;
    model.append(awkwardPcs(200));
    CloudPcFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CloudPcModel::Name);
    proxy.setStatusFilter(CloudPcFilterModel::StatusFilter::Failed);
    const int source = proxy.mapToSource(proxy.index(0, 0)).row();
    const QPersistentModelIndex selected(proxy.index(0, CloudPcModel::User));
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    // Renamed: moves to the end, and the persistent index follows it.
    CloudPc pc = model.at(source);
    pc.displayName = QStringLiteral("\uFFFD last");
    model.append({pc});
    QCOMPARE(shownRows(proxy), expectedRows(model, {}, CloudPcFilterModel::StatusFilter::Failed, {},
                                            CloudPcModel::Name, Qt::AscendingOrder));
    QCOMPARE(selected.row(), proxy.rowCount() - 1);
    QCOMPARE(selected.column(), int(CloudPcModel::User));
    QCOMPARE(proxy.mapToSource(selected).row(), source);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), proxy.rowCount() - 1);
    // No longer failed: filtered out. Failed again: back in its place.
    pc.setStatus(CloudPcStatus::Provisioned);
    model.append({pc});
    QVERIFY(!selected.isValid());
    QCOMPARE(shownRows(proxy), expectedRows(model, {}, CloudPcFilterModel::StatusFilter::Failed, {},
                                            CloudPcModel::Name, Qt::AscendingOrder));
    pc.setStatus(CloudPcStatus::Failed);
    pc.displayName = QStringLiteral("aaa first");
    model.append({pc});
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), source);
    QCOMPARE(shownRows(proxy), expectedRows(model, {}, CloudPcFilterModel::StatusFilter::Failed, {},
                                            CloudPcModel::Name, Qt::AscendingOrder));
    // The key of a renamed row is found by the filter (a longer key than before is stored anew).
    proxy.setFilterText(QStringLiteral("AAA FIRST"));
    QCOMPARE(shownRows(proxy), QList<int>{source});
}

void TestListModels::filterKeysCompareLikeQString()
{
    CloudPcModel model;
    const QStringList names = {QStringLiteral("a"),          QStringLiteral("ab"),
                               QStringLiteral("B"),          QStringLiteral("\u00e4"),
                               QStringLiteral("\u07ff"),     QStringLiteral("\u0800"),
                               QStringLiteral("\uD7FF"),     QStringLiteral("\uE000"),
                               QStringLiteral("\uFFFD"),     QStringLiteral("\U00010000"),
                               QStringLiteral("\U0001F600"), QStringLiteral("\U0001F600x"),
                               QStringLiteral("\U0010FFFF"), QString()};
    QVector<CloudPc> pcs;
    for (int i = 0; i < names.size(); ++i) {
        CloudPc pc = makePc(i);
        pc.displayName = names.at(i);
        pc.managedDeviceName.clear();
        pcs.append(pc);
    }
    model.append(pcs);
    for (int a = 0; a < model.rowCount(); ++a) {
        for (int b = 0; b < model.rowCount(); ++b) {
            const QString x = model.filterKey(a);
            const QString y = model.filterKey(b);
            const int expected = x < y ? -1 : (y < x ? 1 : 0);
            const int compared = model.compareFilterKeys(a, b);
            QVERIFY2((compared > 0) - (compared < 0) == expected, qPrintable(x + QLatin1String(" / ") + y));
        }
    }
}

void TestListModels::chunkedVectorNeverMovesItsRows()
{
    ChunkedVector<QString> vector;
    QVERIFY(vector.isEmpty());
    vector.append(QStringLiteral("0"));
    const QString *first = &vector.at(0);
    for (int i = 1; i < 3000; ++i)
        vector.append(QString::number(i));
    QCOMPARE(&vector.at(0), first);
    QCOMPARE(vector.size(), 3000);
    QCOMPARE(vector.at(2999), QStringLiteral("2999"));
    vector[1024] = QStringLiteral("changed");
    int i = 0;
    for (const QString &text : vector)
        QCOMPARE(text, i++ == 1024 ? QStringLiteral("changed") : QString::number(i - 1));
    const QVector<QString> copy = vector;
    QCOMPARE(copy.size(), 3000);
    QCOMPARE(copy.at(1024), QStringLiteral("changed"));
    vector.clear();
    QCOMPARE(vector.size(), 0);
}

void TestListModels::policyCountsFollowTheCloudPcs()
{
    CloudPcModel pcs;
    ProvisioningPolicyModel policies;
    QAbstractItemModelTester tester(&policies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    policies.setCloudPcModel(&pcs);
    ProvisioningPolicy policy;
    policy.id = QStringLiteral("policy-1");
    policy.displayName = QStringLiteral("Policy 1");
    policy.assignedGroupIds = {QStringLiteral("g1"), QStringLiteral("g2")};
    policies.append({policy});
    QCOMPARE(policies.index(0, ProvisioningPolicyModel::AssignedGroups).data().toString(),
             QStringLiteral("2 group(s)"));
    QSignalSpy changed(&policies, &QAbstractItemModel::dataChanged);
    pcs.append({makePc(1), makePc(4, CloudPcStatus::Failed), makePc(2)});
    QVERIFY(changed.count() > 0);
    QCOMPARE(policies.index(0, ProvisioningPolicyModel::CloudPcs).data().toInt(), 2);
    QCOMPARE(policies.index(0, ProvisioningPolicyModel::Failed).data().toInt(), 1);
    pcs.append({makePc(1, CloudPcStatus::Failed)}); // same id: updated in place
    QCOMPARE(policies.failedCount(QStringLiteral("policy-1")), 2);
    pcs.clear();
    QCOMPARE(policies.cloudPcCount(QStringLiteral("policy-1")), 0);
}

void TestListModels::bulkActionUpdatesInPlace()
{
    BulkActionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BulkAction action;
    action.id = QStringLiteral("a1");
    action.odataType = QStringLiteral("#microsoft.graph.cloudPcBulkRestart");
    action.actionSummary.successfulCount = 3;
    model.append({action});
    action.actionSummary.failedCount = 2;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append({action});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.index(0, BulkActionModel::Summary).data().toString(),
             QStringLiteral("3 succeeded, 2 failed"));
    QCOMPARE(model.index(0, BulkActionModel::Type).data().toString(), QStringLiteral("Restart"));
}

void TestListModels::csvGuardsAgainstFormulas()
{
    QCOMPARE(TableExport::csvField(QStringLiteral("=HYPERLINK(\"x\")")),
             QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(TableExport::csvField(QStringLiteral("-1")), QStringLiteral("'-1"));
    QCOMPARE(TableExport::csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(TableExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    CloudPcModel model;
    CloudPc pc = makePc(1);
    pc.displayName = QStringLiteral("=cmd|' /C calc'!A0");
    model.append({pc});
    const QByteArray csv = TableExport::toCsv(&model, {0}, {CloudPcModel::Name, CloudPcModel::User});
    QCOMPARE(csv, QByteArray("Name,User\r\n'=cmd|' /C calc'!A0,user1@contoso.com\r\n"));
}

void TestListModels::jsonUsesGraphNames()
{
    CloudPcModel model;
    model.append({makePc(1, CloudPcStatus::Failed)});
    const QJsonArray array = QJsonDocument::fromJson(TableExport::toJson(&model, {0})).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.first().toObject();
    QCOMPARE(object.value(QStringLiteral("id")).toString(), QStringLiteral("id-1"));
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(object.value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("user1@contoso.com"));
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
