#include "cliapp.h"

#include "auth/accountmanager.h"
#include "auth/authsession.h"
#include "auth/tokencache.h"
#include "emulator/graphemulator.h"
#include "graph/cloudendpoints.h"
#include "graph/graphclient.h"
#include "graph/graphlistjob.h"
#include "graph/graphrequests.h"
#include "operations/auditlog.h"
#include "operations/operationrunner.h"
#include "platform/platformfile.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QUrlQuery>

namespace {
QString odataString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// "1 Cloud PC", "3 Cloud PCs": cloudpcctl speaks English.
QString counted(qsizetype count, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? singular : plural));
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
    if (!token.isEmpty()) {
        m_client->setAccessToken(token);
        return Success;
    }

    // Signed-in session, shared with the console (same settings and keychain entries).
    AuthConfig config = AuthConfig::fromSettings(QSettings(), cloud);
    if (!m_arguments.authority.isEmpty()) {
        const QUrl authority(m_arguments.authority);
        const QString problem = CloudEndpoints::validateBaseUrl(authority);
        if (!problem.isEmpty()) {
            m_err << "cloudpcctl: --authority: " << problem << "\n";
            return UsageError;
        }
        config.setAuthorityHost(authority);
    }
    if (!m_arguments.tenant.isEmpty())
        config.setTenant(m_arguments.tenant);
    if (!m_arguments.clientId.isEmpty())
        config.setClientId(m_arguments.clientId);
    m_tokenCache = std::make_unique<TokenCache>();
    m_accounts = std::make_unique<AccountManager>(m_tokenCache.get());
    m_session = std::make_unique<AuthSession>(config, m_accounts.get(), m_tokenCache.get());
    m_client->setTokenProvider(m_session.get());
    return Success;
}

int CliApp::start()
{
    const QStringList &words = m_arguments.command->words;
    const int setUp = setUpService();
    if (setUp != Success)
        return setUp;
    if (words.first() == QLatin1String("login") || words.first() == QLatin1String("logout") ||
        words.first() == QLatin1String("whoami"))
        return runAccountCommand();
    if (!m_session)
        return runCommand();
    // Silent sign-in first, from the cached refresh token.
    connect(m_session.get(), &AuthSession::signedIn, this, [this] {
        const int code = runCommand();
        if (code >= 0)
            finish(code);
    });
    connect(m_session.get(), &AuthSession::interactionRequired, this, [this](const QString &reason) {
        m_err << "cloudpcctl: sign-in needed (" << reason << "). Run 'cloudpcctl login'.\n";
        finish(SignInFailure);
    });
    m_session->signInSilently();
    if (m_session->state() == AuthSession::State::SignedOut) {
        m_err << "cloudpcctl: not signed in. Run 'cloudpcctl login', set CLOUDPC_ACCESS_TOKEN, or use "
                 "--demo.\n";
        return SignInFailure;
    }
    return -1;
}

int CliApp::runAccountCommand()
{
    const QString command = m_arguments.command->words.first();
    if (!m_session) {
        m_err << "cloudpcctl: '" << command << "' manages the signed-in account; it has no meaning with "
              << (m_arguments.demo ? "--demo" : "CLOUDPC_ACCESS_TOKEN") << "\n";
        return UsageError;
    }
    if (command == QLatin1String("whoami")) {
        const std::optional<Account> account = m_accounts->currentAccount();
        if (!account) {
            m_err << "cloudpcctl: not signed in\n";
            return SignInFailure;
        }
        m_out << "name: " << account->name << "\nusername: " << account->username
              << "\ntenant: " << account->tenantId << "\ncloud: " << CloudEndpoints::name(account->cloud)
              << "\naccount id: " << account->homeAccountId()
              << "\naccounts remembered: " << m_accounts->accounts().size() << "\n";
        m_out.flush();
        return Success;
    }
    if (command == QLatin1String("logout")) {
        if (!m_accounts->currentAccount()) {
            m_out << "Not signed in.\n";
            return Success;
        }
        const QString username = m_accounts->currentAccount()->username;
        connect(m_tokenCache.get(), &TokenCache::removed, this, [this, username] {
            m_out << "Signed out " << username << "; its tokens were removed from the keychain.\n";
            finish(Success);
        });
        m_session->signOut();
        return -1;
    }
    // login
    connect(m_session.get(), &AuthSession::signedIn, this, [this](const Account &account) {
        m_out << "Signed in as " << account.displayText() << " (tenant " << account.tenantId << ")\n";
        if (!m_tokenCache->isPersistent())
            m_err << "cloudpcctl: " << m_tokenCache->persistenceMessage() << "\n";
        finish(Success);
    });
    connect(m_session.get(), &AuthSession::signInFailed, this, [this](const IdentityError &error) {
        m_err << "cloudpcctl: sign-in failed: " << error.details() << "\n";
        finish(SignInFailure);
    });
    if (m_arguments.isSet(QStringLiteral("device-code"))) {
        connect(m_session->deviceCodeSignIn(), &DeviceCodeSignIn::codeReady, this,
                [this](const DeviceCodeSignIn::Code &code) {
                    m_err << code.message << "\n";
                    m_err.flush();
                });
        m_session->signInWithDeviceCode();
    } else {
        // No GUI here: print the address, and hand it to the desktop's opener when there is one.
        m_session->interactiveSignIn()->setBrowser([this](const QUrl &url) {
            m_err << "Sign in in your browser: " << url.toString(QUrl::FullyEncoded) << "\n";
            m_err.flush();
            if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
            return true;
        });
        m_session->signInInteractively();
    }
    return -1;
}

int CliApp::runCommand()
{
    const QStringList &words = m_arguments.command->words;
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
        return runAct();
    }
    return -1;
}

int CliApp::runAct()
{
    const QStringList &words = m_arguments.command->words;
    const QStringList &ids = m_arguments.positionals;
    auto operation = std::make_unique<Operation>(words.join(QLatin1Char(' ')), QString());
    QString question;
    if (words == QStringList{QStringLiteral("cloudpcs"), QStringLiteral("reprovision")}) {
        ReprovisionOptions options;
        if (m_arguments.isSet(QStringLiteral("os")))
            options.osVersion = ReprovisionOptions::parseOsVersion(m_arguments.value(QStringLiteral("os")));
        if (m_arguments.isSet(QStringLiteral("account-type")))
            options.userAccountType =
                ReprovisionOptions::parseUserAccountType(m_arguments.value(QStringLiteral("account-type")));
        for (const QString &id : ids)
            operation->addItem(id, id, GraphRequests::reprovisionCloudPc(id, options));
        question = QStringLiteral("Reprovision %1? Each is wiped and rebuilt; everything on it is lost.")
                       .arg(counted(ids.size(), "Cloud PC", "Cloud PCs"));
    } else if (words == QStringList{QStringLiteral("policies"), QStringLiteral("retry")}) {
        operation->addItem(ids.first(), ids.first(), GraphRequests::retryProvisioningPolicy(ids.first()));
        question =
            QStringLiteral("Retry provisioning for the failed Cloud PCs of policy %1?").arg(ids.first());
    } else if (words == QStringList{QStringLiteral("bulk-actions"), QStringLiteral("retry")}) {
        std::optional<QStringList> cloudPcIds;
        if (m_arguments.isSet(QStringLiteral("cloudpc")))
            cloudPcIds = m_arguments.values(QStringLiteral("cloudpc"));
        operation->addItem(ids.first(), ids.first(), GraphRequests::retryBulkAction(ids.first(), cloudPcIds));
        question = cloudPcIds
                       ? QStringLiteral("Retry %1 of bulk action %2?")
                             .arg(counted(cloudPcIds->size(), "Cloud PC", "Cloud PCs"), ids.first())
                       : QStringLiteral("Retry every failed Cloud PC of bulk action %1?").arg(ids.first());
    } else if (words == QStringList{QStringLiteral("bulk-actions"), QStringLiteral("create")}) {
        const QString type = ids.first();
        if (type != QLatin1String("reprovision") && type != QLatin1String("restart")) {
            m_err << "cloudpcctl: the bulk action type is reprovision or restart, not '" << type << "'\n";
            return UsageError;
        }
        const QString odataType = type == QLatin1String("reprovision")
                                      ? QStringLiteral("#microsoft.graph.cloudPcBulkReprovision")
                                      : QStringLiteral("#microsoft.graph.cloudPcBulkRestart");
        const QStringList cloudPcIds = ids.mid(1);
        const QString name = m_arguments.isSet(QStringLiteral("name"))
                                 ? m_arguments.value(QStringLiteral("name"))
                                 : QStringLiteral("%1 %2 (cloudpcctl)")
                                       .arg(type, counted(cloudPcIds.size(), "Cloud PC", "Cloud PCs"));
        operation->addItem(name, name, GraphRequests::createBulkAction(odataType, name, cloudPcIds));
        question = QStringLiteral("Create a %1 bulk action over %2?")
                       .arg(type, counted(cloudPcIds.size(), "Cloud PC", "Cloud PCs"));
    } else if (words == QStringList{QStringLiteral("users"), QStringLiteral("retry-provisioning")}) {
        for (const QString &id : ids)
            operation->addItem(id, id, GraphRequests::retryUserServiceProvisioning(id));
        question =
            QStringLiteral("Retry service provisioning for %1?").arg(counted(ids.size(), "user", "users"));
    } else {
        m_err << "cloudpcctl: '" << words.join(QLatin1Char(' ')) << "' is not known\n";
        return UsageError;
    }
    if (!confirm(question))
        return m_exitCode;

    if (m_session && m_session->account())
        operation->setIdentity(m_session->account()->username, m_session->account()->tenantId);
    m_auditLog = std::make_unique<AuditLog>();
    m_runner = std::make_unique<OperationRunner>(m_client.get(), m_auditLog.get());
    Operation *submitted = operation.release();
    connect(submitted, &Operation::finished, this, [this, submitted] { reportAct(submitted); });
    m_runner->submit(submitted);
    return -1;
}

bool CliApp::confirm(const QString &question)
{
    if (m_arguments.yes)
        return true;
    if (!PlatformFile::stdinIsTerminal()) {
        m_err << "cloudpcctl: this command changes Cloud PCs and stdin is not a terminal; add --yes to go "
                 "ahead\n";
        m_exitCode = UsageError;
        return false;
    }
    m_err << question << " [y/N] ";
    m_err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes"))
        return true;
    m_err << "cloudpcctl: nothing was sent\n";
    m_exitCode = Success;
    return false;
}

void CliApp::reportAct(Operation *operation)
{
    CliOutput output(m_arguments.format,
                     {{QStringLiteral("target"), QStringLiteral("TARGET"), 36},
                      {QStringLiteral("result"), QStringLiteral("RESULT"), 15},
                      {QStringLiteral("httpStatus"), QStringLiteral("HTTP"), 4},
                      {QStringLiteral("requestId"), QStringLiteral("REQUEST ID"), 36},
                      {QStringLiteral("error"), QStringLiteral("ERROR"), 0}},
                     m_out);
    output.begin();
    for (const Operation::Item &item : operation->items()) {
        QJsonObject record{{QStringLiteral("target"), item.targetId},
                           {QStringLiteral("result"), Operation::stateName(item.state)},
                           {QStringLiteral("requestId"),
                            item.error.requestId.isEmpty() ? item.requestId : item.error.requestId}};
        if (item.httpStatus)
            record.insert(QStringLiteral("httpStatus"), item.httpStatus);
        if (item.error.isError())
            record.insert(QStringLiteral("error"), item.error.summary());
        output.write(record);
        if (item.error.isError())
            m_err << "cloudpcctl: " << item.targetId << ": " << item.error.summary() << "\n";
    }
    output.end();
    const int accepted = operation->count(Operation::ItemState::Accepted);
    if (accepted == operation->itemCount()) {
        finish(Success);
        return;
    }
    // Some failed: 1. Nothing accepted and the one failure a Graph or sign-in error: its own code.
    if (operation->itemCount() == 1) {
        finish(exitCodeFor(operation->item(0).error));
        return;
    }
    finish(SomeFailed);
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
    // A refresh token rotated during this run must reach the keychain before the process ends.
    if (m_tokenCache && m_tokenCache->hasPendingWrites()) {
        connect(
            m_tokenCache.get(), &TokenCache::idle, this, [this, code] { finish(code); },
            Qt::SingleShotConnection);
        return;
    }
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}
