#include "cliapp.h"

#include "emulator/graphemulator.h"
#include "graph/cloudendpoints.h"
#include "graph/graphclient.h"
#include "graph/graphlistjob.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace {
QString odataString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QList<CliOutput::Column> cloudPcColumns()
{
    return {{QStringLiteral("id"), QStringLiteral("ID"), 36},
            {QStringLiteral("displayName"), QStringLiteral("NAME"), 18},
            {QStringLiteral("userPrincipalName"), QStringLiteral("USER"), 40},
            {QStringLiteral("status"), QStringLiteral("STATUS"), 14},
            {QStringLiteral("provisioningPolicyName"), QStringLiteral("POLICY"), 28},
            {QStringLiteral("servicePlanName"), QStringLiteral("PLAN"), 36},
            {QStringLiteral("lastModifiedDateTime"), QStringLiteral("LAST MODIFIED"), 20}};
}
} // namespace

CliApp::CliApp(CliArguments arguments, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{}

CliApp::~CliApp() = default;

int CliApp::setUpService()
{
    if (!m_arguments.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("cloudpc.*.info=false\ncloudpc.*.warning=false"));
    m_client = std::make_unique<GraphClient>();
    if (m_arguments.demo) {
        m_emulator = std::make_unique<GraphEmulator>();
        if (!m_emulator->start()) {
            m_err << "cloudpcctl: the demo emulator could not listen on 127.0.0.1\n";
            return GraphFailure;
        }
        m_client->setBaseUrl(m_emulator->baseUrl());
        m_client->setAccessToken(m_emulator->issueAccessToken());
        return Success;
    }
    GraphCloud cloud = GraphCloud::Global;
    if (!CloudEndpoints::fromName(m_arguments.cloud, &cloud) || cloud == GraphCloud::Custom) {
        m_err << "cloudpcctl: unknown cloud '" << m_arguments.cloud
              << "' (global, usgov, usgovdod or china)\n";
        return UsageError;
    }
    m_client->setCloud(cloud);
    if (!m_arguments.graphUrl.isEmpty()) {
        const QString problem = m_client->setBaseUrl(QUrl(m_arguments.graphUrl));
        if (!problem.isEmpty()) {
            m_err << "cloudpcctl: --graph-url: " << problem << "\n";
            return UsageError;
        }
    }
    const QString token = qEnvironmentVariable("CLOUDPC_ACCESS_TOKEN");
    if (token.isEmpty()) {
        m_err << "cloudpcctl: not signed in. Set CLOUDPC_ACCESS_TOKEN, or use --demo.\n";
        return SignInFailure;
    }
    m_client->setAccessToken(token);
    return Success;
}

int CliApp::start()
{
    const QStringList &words = m_arguments.command->words;
    const int setUp = setUpService();
    if (setUp != Success)
        return setUp;
    if (words == QStringList{QStringLiteral("cloudpcs"), QStringLiteral("list")}) {
        listCloudPcs();
    } else if (words == QStringList{QStringLiteral("policies"), QStringLiteral("list")}) {
        streamList(m_client->listProvisioningPolicies(),
                   {{QStringLiteral("id"), QStringLiteral("ID"), 36},
                    {QStringLiteral("displayName"), QStringLiteral("NAME"), 30},
                    {QStringLiteral("provisioningType"), QStringLiteral("TYPE"), 10},
                    {QStringLiteral("imageDisplayName"), QStringLiteral("IMAGE"), 48},
                    {QStringLiteral("assignedGroups"), QStringLiteral("ASSIGNED GROUPS"), 15}},
                   [](const QJsonObject &policy) {
                       QJsonObject shaped = policy;
                       shaped.insert(QStringLiteral("assignedGroups"),
                                     policy.value(QStringLiteral("assignments")).toArray().size());
                       return shaped;
                   });
    } else if (words == QStringList{QStringLiteral("bulk-actions"), QStringLiteral("list")}) {
        streamList(
            m_client->listBulkActions(),
            {{QStringLiteral("id"), QStringLiteral("ID"), 36},
             {QStringLiteral("displayName"), QStringLiteral("NAME"), 40},
             {QStringLiteral("type"), QStringLiteral("TYPE"), 24},
             {QStringLiteral("status"), QStringLiteral("STATUS"), 10},
             {QStringLiteral("createdDateTime"), QStringLiteral("CREATED"), 20},
             {QStringLiteral("succeeded"), QStringLiteral("OK"), 4},
             {QStringLiteral("failed"), QStringLiteral("FAILED"), 6},
             {QStringLiteral("inProgress"), QStringLiteral("RUNNING"), 7}},
            [](const QJsonObject &action) {
                QJsonObject shaped = action;
                shaped.insert(QStringLiteral("type"), action.value(QStringLiteral("@odata.type"))
                                                          .toString()
                                                          .remove(QStringLiteral("#microsoft.graph.")));
                const QJsonObject summary = action.value(QStringLiteral("actionSummary")).toObject();
                shaped.insert(QStringLiteral("succeeded"), summary.value(QStringLiteral("successfulCount")));
                shaped.insert(QStringLiteral("failed"), summary.value(QStringLiteral("failedCount")));
                shaped.insert(QStringLiteral("inProgress"), summary.value(QStringLiteral("inProgressCount")));
                return shaped;
            });
    } else if (words == QStringList{QStringLiteral("users"), QStringLiteral("list-errors")}) {
        streamList(m_client->listUsersWithProvisioningErrors(),
                   {{QStringLiteral("id"), QStringLiteral("ID"), 36},
                    {QStringLiteral("displayName"), QStringLiteral("NAME"), 22},
                    {QStringLiteral("userPrincipalName"), QStringLiteral("USER"), 40},
                    {QStringLiteral("serviceInstance"), QStringLiteral("SERVICE INSTANCE"), 26},
                    {QStringLiteral("errorTime"), QStringLiteral("ERROR TIME"), 20}},
                   [](const QJsonObject &user) {
                       QJsonObject shaped = user;
                       const QJsonArray errors =
                           user.value(QStringLiteral("serviceProvisioningErrors")).toArray();
                       for (const QJsonValue &error : errors) {
                           const QJsonObject e = error.toObject();
                           if (!e.value(QStringLiteral("isResolved")).toBool()) {
                               shaped.insert(QStringLiteral("serviceInstance"),
                                             e.value(QStringLiteral("serviceInstance")));
                               shaped.insert(QStringLiteral("errorTime"),
                                             e.value(QStringLiteral("createdDateTime")));
                           }
                       }
                       return shaped;
                   });
    } else {
        m_err << "cloudpcctl: '" << words.join(QLatin1Char(' ')) << "' is not available in this build yet\n";
        return UsageError;
    }
    return -1;
}

void CliApp::listCloudPcs()
{
    QStringList clauses;
    if (m_arguments.isSet(QStringLiteral("status")))
        clauses
            << QStringLiteral("status eq %1").arg(odataString(m_arguments.value(QStringLiteral("status"))));
    if (m_arguments.isSet(QStringLiteral("policy")))
        clauses << QStringLiteral("provisioningPolicyId eq %1")
                       .arg(odataString(m_arguments.value(QStringLiteral("policy"))));
    if (m_arguments.isSet(QStringLiteral("user")))
        clauses << QStringLiteral("userPrincipalName eq %1")
                       .arg(odataString(m_arguments.value(QStringLiteral("user"))));
    QUrlQuery query;
    if (!clauses.isEmpty())
        query.addQueryItem(QStringLiteral("$filter"), clauses.join(QStringLiteral(" and ")));
    const ApiVersion version = m_arguments.isSet(QStringLiteral("beta")) ? ApiVersion::Beta : ApiVersion::V1;
    streamList(m_client->listCloudPcs(version, query), cloudPcColumns());
}

void CliApp::streamList(GraphListJob *job, const QList<CliOutput::Column> &columns,
                        const std::function<QJsonObject(const QJsonObject &)> &shape)
{
    m_output = std::make_unique<CliOutput>(m_arguments.format, columns, m_out);
    m_output->begin();
    connect(job, &GraphListJob::pageReceived, this, [this, shape](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            // JSON carries Graph's objects as they are; table and CSV get the flattened columns.
            m_output->write(shape && m_arguments.format != CliOutput::Format::Json ? shape(item.toObject())
                                                                                   : item.toObject());
        m_out.flush(); // the first rows are out before the last page arrives
    });
    connect(job, &GraphListJob::finished, this, [this] {
        m_output->end();
        finish(Success);
    });
    connect(job, &GraphListJob::failed, this, [this](const GraphError &error) {
        m_output->end();
        reportError(error);
        finish(exitCodeFor(error));
    });
}

int CliApp::exitCodeFor(const GraphError &error) const
{
    if (error.kind == GraphError::Kind::Authentication)
        return SignInFailure;
    if (error.kind == GraphError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403))
        return SignInFailure;
    if (error.kind == GraphError::Kind::Configuration)
        return UsageError;
    return GraphFailure;
}

void CliApp::reportError(const GraphError &error)
{
    m_err << "cloudpcctl: " << error.summary() << "\n";
    if (m_arguments.verbose)
        m_err << error.details() << "\n";
    m_err.flush();
}

void CliApp::finish(int code)
{
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}
