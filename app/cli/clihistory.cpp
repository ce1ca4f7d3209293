// CliApp: what a Cloud PC went through, newest first: its connection history (`cloudpcs connections ID`,
// beta getCloudPcConnectivityHistory) and its remote action results (`cloudpcs actions ID`, beta
// retrieveCloudPcRemoteActionResults).
#include "cliapp.h"

#include "cloudpcremoteactionresult.h"
#include "graphclient.h"
#include "graphlistjob.h"
#include "graphrequests.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <algorithm>
#include <memory>

void CliApp::listNewestFirst(GraphListJob *job, const QString &timeKey,
                             const QList<CliOutput::Column> &columns,
                             const std::function<QJsonObject(const QJsonObject &)> &shape,
                             const QString &emptyMessage)
{
    // Few per Cloud PC: collected, then written newest first. JSON carries Graph's objects as received;
    // table and CSV get the shaped columns.
    auto received = std::make_shared<QList<QJsonObject>>();
    connect(job, &GraphListJob::pageReceived, this, [received](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            if (item.isObject())
                received->append(item.toObject());
        }
    });
    connect(job, &GraphListJob::finished, this, [this, received, timeKey, columns, shape, emptyMessage] {
        std::stable_sort(received->begin(), received->end(),
                         [&timeKey](const QJsonObject &a, const QJsonObject &b) {
                             return parseGraphDateTime(a.value(timeKey).toString()) >
                                    parseGraphDateTime(b.value(timeKey).toString());
                         });
        CliOutput output(m_arguments.format, columns, m_out);
        output.begin();
        for (const QJsonObject &record : std::as_const(*received))
            output.write(m_arguments.format == CliOutput::Format::Json ? record : shape(record));
        output.end();
        if (received->isEmpty() && m_arguments.format == CliOutput::Format::Table)
            m_err << "cloudpcctl: " << emptyMessage << "\n";
        finish(Success);
    });
    connect(job, &GraphListJob::failed, this, [this](const GraphError &error) {
        reportError(error);
        finish(exitCodeFor(error));
    });
}

void CliApp::listConnections(const QString &cloudPcId)
{
    listNewestFirst(
        m_client->list(GraphRequests::getCloudPcConnectivityHistory(cloudPcId)),
        QStringLiteral("eventDateTime"),
        {{QStringLiteral("eventDateTime"), QStringLiteral("TIME"), 20},
         {QStringLiteral("eventResult"), QStringLiteral("RESULT"), 9},
         {QStringLiteral("eventName"), QStringLiteral("EVENT"), 19},
         {QStringLiteral("activityId"), QStringLiteral("ACTIVITY ID"), 36},
         {QStringLiteral("message"), QStringLiteral("MESSAGE"), 0}},
        [](const QJsonObject &object) {
            QJsonObject shaped = object;
            if (const std::optional<CloudPcConnectivityEvent> event =
                    CloudPcConnectivityEvent::fromJson(object))
                shaped.insert(QStringLiteral("eventResult"), event->resultDisplayText());
            return shaped;
        },
        QStringLiteral("no connection events of this Cloud PC"));
}

void CliApp::listRemoteActions(const QString &cloudPcId)
{
    listNewestFirst(
        m_client->list(GraphRequests::retrieveCloudPcRemoteActionResults(cloudPcId)),
        QStringLiteral("startDateTime"),
        {{QStringLiteral("actionName"), QStringLiteral("ACTION"), 14},
         {QStringLiteral("actionState"), QStringLiteral("STATE"), 13},
         {QStringLiteral("startDateTime"), QStringLiteral("STARTED"), 24},
         {QStringLiteral("lastUpdatedDateTime"), QStringLiteral("LAST UPDATED"), 24},
         {QStringLiteral("reason"), QStringLiteral("REASON"), 0}},
        [](const QJsonObject &object) {
            QJsonObject shaped = object;
            if (const std::optional<CloudPcRemoteActionResult> result =
                    CloudPcRemoteActionResult::fromJson(object)) {
                // actionState stays as Graph sent it ("done"), as every value in cloudpcctl's tables and CSV
                // (the console shows words).
                // "code: message", or whichever of them was sent.
                QStringList reason;
                if (!result->statusDetail.code.isEmpty())
                    reason << result->statusDetail.code;
                if (!result->statusDetail.message.isEmpty())
                    reason << result->statusDetail.message;
                shaped.insert(QStringLiteral("reason"), reason.join(QStringLiteral(": ")));
            }
            return shaped;
        },
        QStringLiteral("no remote actions were done to this Cloud PC"));
}
