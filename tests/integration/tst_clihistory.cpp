// cloudpcctl cloudpcs connections ID and cloudpcs actions ID as a user runs them: a real process against an
// emulator in this process, its output (table, JSON, CSV; newest first) and its exit code.
#include "cloudpcremoteactionresult.h"
#include "graphemulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void connectionsTable();
    void connectionsJsonAndCsv();
    void actionsTableJsonAndCsv();
    void unknownCloudPcAndUsage();
    void helpNamesTheCommands();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QString firstWithStatus(CloudPcStatus status) const;

    std::unique_ptr<GraphEmulator> m_emulator;
    std::unique_ptr<QTemporaryDir> m_data;
    QStringList m_global;
};

void TestCliHistory::init()
{
    GraphEmulator::Options options;
    options.size = 60;
    options.failureShare = 0.0;
    options.timeScale = 36000;
    m_emulator = std::make_unique<GraphEmulator>(options);
    QVERIFY(m_emulator->start());
    m_data = std::make_unique<QTemporaryDir>();
    m_global = {QStringLiteral("--graph-url"), m_emulator->baseUrl().toString()};
}

TestCliHistory::Run TestCliHistory::run(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CLOUDPC_ACCESS_TOKEN"), m_emulator->issueAccessToken());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data->path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLOUDPCCTL_PATH), m_global + arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    // The emulator lives in this process: keep its event loop turning.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(10);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestCliHistory::firstWithStatus(CloudPcStatus status) const
{
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        if (pc.status == status)
            return pc.id;
    }
    return {};
}

void TestCliHistory::connectionsTable()
{
    const QString id = firstWithStatus(CloudPcStatus::Failed);
    QVERIFY(!id.isEmpty());
    const QList<CloudPcConnectivityEvent> events = m_emulator->connectivity().of(id);
    QVERIFY(!events.isEmpty());
    const Run table = run({QStringLiteral("cloudpcs"), QStringLiteral("connections"), id});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), events.size() + 1);
    for (const char *header : {"TIME", "RESULT", "EVENT", "ACTIVITY ID", "MESSAGE"})
        QVERIFY2(lines.first().contains(header), header);
    // Newest first, the result as words; the failed Cloud PC's newest events are failures.
    const CloudPcConnectivityEvent &newest = events.last();
    QVERIFY(lines[1].startsWith(newest.eventDateTime.toString(Qt::ISODate).toLatin1()));
    QVERIFY2(lines[1].contains("Failed"), lines[1].constData());
    QVERIFY(lines[1].contains(newest.activityId.toLatin1()));
    QVERIFY(table.out.contains("The user could not connect: the session host did not respond."));
    QVERIFY(!table.out.contains("failure")); // words, not wire values
    // Read from beta.
    bool sawGet = false;
    for (const EmulatorRequest &request : m_emulator->journal())
        sawGet = sawGet ||
                 request.url.path() ==
                     QStringLiteral(
                         "/beta/deviceManagement/virtualEndpoint/cloudPCs/%1/getCloudPcConnectivityHistory")
                         .arg(id);
    QVERIFY(sawGet);
}

void TestCliHistory::connectionsJsonAndCsv()
{
    const QString id = firstWithStatus(CloudPcStatus::Provisioned);
    const QList<CloudPcConnectivityEvent> events = m_emulator->connectivity().of(id);
    const Run json = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("cloudpcs"),
                          QStringLiteral("connections"), id});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray listed = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(listed.size(), events.size());
    // Graph's objects as received, newest first.
    QCOMPARE(listed.first().toObject(), events.last().toJson());
    QCOMPARE(listed.last().toObject(), events.first().toJson());
    for (qsizetype i = 1; i < listed.size(); ++i)
        QVERIFY(listed[i - 1].toObject().value(QStringLiteral("eventDateTime")).toString() >=
                listed[i].toObject().value(QStringLiteral("eventDateTime")).toString());

    const Run csv = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("cloudpcs"),
                         QStringLiteral("connections"), id});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), events.size() + 1);
    QCOMPARE(lines.first(), QByteArray("eventDateTime,eventResult,eventName,activityId,message"));
    QVERIFY(lines[1].contains(events.last().activityId.toLatin1()));
    QVERIFY(lines[1].contains(events.last().resultDisplayText().toLatin1()));

    // Never provisioned: an empty list, said on stderr for the table; exit 0.
    const QString never = firstWithStatus(CloudPcStatus::NotProvisioned);
    if (!never.isEmpty()) {
        const Run empty = run({QStringLiteral("cloudpcs"), QStringLiteral("connections"), never});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.err.contains("no connection events"));
        const Run emptyJson = run({QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("cloudpcs"), QStringLiteral("connections"), never});
        QCOMPARE(QJsonDocument::fromJson(emptyJson.out).array().size(), 0);
    }
}

void TestCliHistory::actionsTableJsonAndCsv()
{
    const QString id = firstWithStatus(CloudPcStatus::Provisioned);
    // An act done beforehand: a restart, done in a few milliseconds at this time scale.
    const Run restart =
        run({QStringLiteral("--yes"), QStringLiteral("cloudpcs"), QStringLiteral("restart"), id});
    QVERIFY2(restart.exitCode == 0, restart.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_emulator->remoteActions().last(id) && m_emulator->remoteActions().last(id)->isFinal(), 5000);
    const QList<CloudPcRemoteActionResult> results = m_emulator->remoteActions().results(id);

    const Run table = run({QStringLiteral("cloudpcs"), QStringLiteral("actions"), id});
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), results.size() + 1);
    for (const char *header : {"ACTION", "STATE", "STARTED", "LAST UPDATED", "REASON"})
        QVERIFY2(lines.first().contains(header), header);
    // Graph's values as sent, as in every cloudpcctl table and CSV ("Done" was the console's word).
    QVERIFY2(lines[1].startsWith("Reboot") && lines[1].contains(" done "), lines[1].constData());

    const Run json = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("cloudpcs"),
                          QStringLiteral("actions"), id});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(listed.size(), results.size());
    QCOMPARE(listed.first().toObject().value(QStringLiteral("actionName")).toString(),
             QStringLiteral("Reboot"));
    QCOMPARE(listed.first().toObject().value(QStringLiteral("actionState")).toString(),
             QStringLiteral("done"));

    // A failed act's reason: its statusDetail code and message.
    CloudPcRemoteActionResult failed;
    for (const CloudPc &pc : m_emulator->tenant().cloudPcs()) {
        for (const CloudPcRemoteActionResult &result : m_emulator->remoteActions().results(pc.id)) {
            if (result.actionState == CloudPcRemoteActionResult::State::Failed &&
                !result.statusDetail.code.isEmpty())
                failed = result;
        }
    }
    QVERIFY2(!failed.cloudPcId.isEmpty(), "the emulator's older history has a failed act");
    const Run csv = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("cloudpcs"),
                         QStringLiteral("actions"), failed.cloudPcId});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("actionName,actionState,startDateTime,lastUpdatedDateTime,reason\n"));
    QVERIFY2(csv.out.contains(QStringLiteral("%1,failed,").arg(failed.actionName).toUtf8()),
             csv.out.constData());
    QVERIFY2(csv.out.contains(failed.statusDetail.code.toUtf8() + ": "), csv.out.constData());
}

void TestCliHistory::unknownCloudPcAndUsage()
{
    for (const char *command : {"connections", "actions"}) {
        const Run unknown =
            run({QStringLiteral("cloudpcs"), QLatin1String(command), QStringLiteral("no-such-pc")});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY2(unknown.err.contains("404") && unknown.err.contains("no-such-pc"), unknown.err.constData());
        QVERIFY2(unknown.err.contains("request-id"), unknown.err.constData());
        QVERIFY(unknown.out.isEmpty() || !unknown.out.contains("no-such-pc"));
        // No id, or two: usage errors, nothing sent.
        m_emulator->clearJournal();
        const Run none = run({QStringLiteral("cloudpcs"), QLatin1String(command)});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("needs ID"), none.err.constData());
        const Run two = run(
            {QStringLiteral("cloudpcs"), QLatin1String(command), QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(two.exitCode, 2);
        QVERIFY(m_emulator->journal().isEmpty());
    }
}

void TestCliHistory::helpNamesTheCommands()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("cloudpcs connections"));
    QVERIFY(help.out.contains("cloudpcs actions"));
    QVERIFY(help.out.contains("connection history"));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
