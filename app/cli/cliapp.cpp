#include "cliapp.h"

#include "accountmanager.h"
#include "actcatalog.h"
#include "auditlog.h"
#include "authsession.h"
#include "cliwait.h"
#include "cloudendpoints.h"
#include "graphclient.h"
#include "graphemulator.h"
#include "graphlistjob.h"
#include "graphrequests.h"
#include "jsonreader.h"
#include "operationrunner.h"
#include "platformfile.h"
#include "tokencache.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
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
        // A compressed clock, so that --wait sees a reprovision end within seconds (40 minutes in 2 s).
        GraphEmulator::Options demoOptions;
        demoOptions.timeScale = 1200;
        m_emulator = std::make_unique<GraphEmulator>(demoOptions);
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
    // The refresh failed without asking for the admin (login host unreachable, a 5xx, a page that is not
    // JSON): say why and stop, instead of waiting for an answer that will not come.
    connect(m_session.get(), &AuthSession::signInFailed, this, [this](const IdentityError &error) {
        m_err << "cloudpcctl: silent sign-in failed: " << error.summary()
              << "\nCheck the network and the sign-in service, then try again (or run 'cloudpcctl login').\n";
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
              << "\nauthority: " << account->authorityHost << "\nclient id: " << account->clientId
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
            const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
            // The shell's own URL handler (the default browser), as Explorer opens a link.
            QProcess::startDetached(QStringLiteral("rundll32"),
                                    {QStringLiteral("url.dll,FileProtocolHandler"), address});
#elif defined(Q_OS_MACOS)
            QProcess::startDetached(QStringLiteral("open"), {address});
#else
            if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                QProcess::startDetached(QStringLiteral("xdg-open"), {address});
#endif
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
        if (m_arguments.isSet(QStringLiteral("v1")) && m_arguments.isSet(QStringLiteral("status"))) {
            m_err << "cloudpcctl: --status needs beta: v1.0's cloudPC has no status (leave out --v1)\n";
            return UsageError;
        }
        listCloudPcs();
    } else if (words == QStringList{QStringLiteral("cloudpcs"), QStringLiteral("snapshots")}) {
        listSnapshots(m_arguments.positionals.value(0));
    } else if (words == QStringList{QStringLiteral("cloudpcs"), QStringLiteral("connections")}) {
        listConnections(m_arguments.positionals.value(0));
    } else if (words == QStringList{QStringLiteral("cloudpcs"), QStringLiteral("actions")}) {
        listRemoteActions(m_arguments.positionals.value(0));
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
                       QStringList instances;
                       QString latest;
                       for (const QJsonValue &error : errors) {
                           const QJsonObject e = error.toObject();
                           if (e.value(QStringLiteral("isResolved")).toBool())
                               continue;
                           const QString instance = e.value(QStringLiteral("serviceInstance")).toString();
                           if (!instance.isEmpty() && !instances.contains(instance))
                               instances << instance;
                           latest = qMax(latest, e.value(QStringLiteral("createdDateTime")).toString());
                       }
                       // Every service whose provisioning failed, not only the last one.
                       shaped.insert(QStringLiteral("serviceInstance"), instances.join(QStringLiteral(", ")));
                       shaped.insert(QStringLiteral("errorTime"), latest);
                       return shaped;
                   });
    } else if (words == QStringList{QStringLiteral("service-plans"), QStringLiteral("list")}) {
        streamList(m_client->list(GraphRequests::listServicePlans()),
                   {{QStringLiteral("id"), QStringLiteral("ID"), 36},
                    {QStringLiteral("displayName"), QStringLiteral("NAME"), 38},
                    {QStringLiteral("type"), QStringLiteral("TYPE"), 10},
                    {QStringLiteral("provisioningType"), QStringLiteral("PROVISIONING"), 12},
                    {QStringLiteral("vCpuCount"), QStringLiteral("VCPU"), 4},
                    {QStringLiteral("ramInGB"), QStringLiteral("RAM GB"), 6},
                    {QStringLiteral("storageInGB"), QStringLiteral("STORAGE GB"), 10},
                    {QStringLiteral("userProfileInGB"), QStringLiteral("PROFILE GB"), 10}});
    } else if (words == QStringList{QStringLiteral("connections"), QStringLiteral("list")}) {
        listConnections();
    } else if (words == QStringList{QStringLiteral("overview")}) {
        showOverview();
    } else {
        return runAct();
    }
    return -1;
}

int CliApp::runAct()
{
    const QStringList &words = m_arguments.command->words;
    const ActDefinition *act = ActCatalog::findByCliWords(words);
    if (!act) {
        m_err << "cloudpcctl: '" << words.join(QLatin1Char(' ')) << "' is not known\n";
        return UsageError;
    }
    // The options' values as the catalog names them; an option given first among the positionals
    // ("bulk-actions create TYPE ID...") is taken from there.
    QStringList ids = m_arguments.positionals;
    QVariantMap values;
    for (const ActOption &option : act->options) {
        if (option.valuesAsFlags) {
            for (const QString &flag : option.allowed) {
                if (m_arguments.isSet(flag))
                    values.insert(option.name, flag); // the parser let at most one through
            }
        } else if (option.firstPositional && !ids.isEmpty())
            values.insert(option.name, ids.takeFirst());
        else if (option.lastPositional && !ids.isEmpty())
            values.insert(option.name, ids.takeLast());
        else if (m_arguments.isSet(option.name))
            values.insert(option.name, option.repeatable ? QVariant(m_arguments.values(option.name))
                                                         : QVariant(m_arguments.value(option.name)));
    }
    const QString problem = ActCatalog::checkValues(*act, values);
    if (!problem.isEmpty()) {
        m_err << "cloudpcctl: " << problem << "\n";
        return UsageError;
    }
    if (act->maxTargets > 0 && ids.size() > act->maxTargets) {
        m_err << "cloudpcctl: " << counted(ids.size(), "Cloud PC", "Cloud PCs") << " given; "
              << words.join(QLatin1Char(' ')) << " takes at most " << act->maxTargets << " at once\n";
        return UsageError;
    }
    if (act->option(QStringLiteral("name")) && !values.contains(QStringLiteral("name")))
        values.insert(QStringLiteral("name"), QStringLiteral("%1 %2 (cloudpcctl)")
                                                  .arg(values.value(QStringLiteral("type")).toString(),
                                                       counted(ids.size(), "Cloud PC", "Cloud PCs")));
    QList<ActSubject> targets;
    for (const QString &id : std::as_const(ids))
        targets.append({id, id});
    std::unique_ptr<Operation> operation(ActCatalog::makeOperation(*act, targets, values));
    if (m_arguments.isSet(QStringLiteral("wait-timeout")) &&
        CliWait::parseDuration(m_arguments.value(QStringLiteral("wait-timeout"))) < 0) {
        m_err << "cloudpcctl: --wait-timeout takes a duration such as 90s, 15m or 2h, not '"
              << m_arguments.value(QStringLiteral("wait-timeout")) << "'\n";
        return UsageError;
    }
    const QString question = act->question(int(targets.size()), values);
    if (!confirm(question))
        return m_exitCode;

    if (m_session && m_session->account())
        operation->setIdentity(m_session->account()->username, m_session->account()->tenantId);
    // The demo tenant's acts are kept apart from those on real tenants, in the file the console's demo uses.
    m_auditLog = std::make_unique<AuditLog>(
        m_arguments.demo ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                               QStringLiteral("/demo-audit.jsonl")
                         : QString());
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
    if (operation->kind() == QLatin1String("runHealthChecks") && m_arguments.isSet(QStringLiteral("wait")) &&
        accepted == operation->itemCount()) {
        QStringList ids;
        for (const Operation::Item &item : operation->items())
            ids << item.targetId;
        followConnections(ids);
        return;
    }
    if (m_arguments.isSet(QStringLiteral("wait")) && accepted > 0) {
        waitForEnd(operation, accepted < operation->itemCount());
        return;
    }
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
    // status, statusDetail, osVersion, userAccountType and powerState are beta only.
    const ApiVersion version = m_arguments.isSet(QStringLiteral("v1")) ? ApiVersion::V1 : ApiVersion::Beta;
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
    // The browser gets its page (signed in, or why not) before the listener goes away with this process.
    if (m_session && m_session->interactiveSignIn()->isDeliveringPage()) {
        connect(
            m_session->interactiveSignIn(), &InteractiveSignIn::pageDelivered, this,
            [this, code] { finish(code); }, Qt::SingleShotConnection);
        return;
    }
    m_exitCode = code;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(code);
}

void CliApp::listSnapshots(const QString &cloudPcId)
{
    // Few per Cloud PC: collected, then written newest first. JSON carries Graph's objects as received.
    GraphListJob *job = m_client->list(GraphRequests::retrieveSnapshots(cloudPcId));
    auto received = std::make_shared<QList<QJsonObject>>();
    connect(job, &GraphListJob::pageReceived, this, [received](const QJsonArray &items) {
        for (const QJsonValue &item : items) {
            if (item.isObject())
                received->append(item.toObject());
        }
    });
    connect(job, &GraphListJob::finished, this, [this, received] {
        std::stable_sort(received->begin(), received->end(), [](const QJsonObject &a, const QJsonObject &b) {
            return parseGraphDateTime(a.value(QStringLiteral("createdDateTime")).toString()) >
                   parseGraphDateTime(b.value(QStringLiteral("createdDateTime")).toString());
        });
        CliOutput output(m_arguments.format,
                         {{QStringLiteral("id"), QStringLiteral("ID"), 78},
                          {QStringLiteral("createdDateTime"), QStringLiteral("CREATED"), 20},
                          {QStringLiteral("snapshotType"), QStringLiteral("TYPE"), 10},
                          {QStringLiteral("healthCheckStatus"), QStringLiteral("HEALTH"), 10},
                          {QStringLiteral("expirationDateTime"), QStringLiteral("EXPIRES"), 20},
                          {QStringLiteral("lastRestoredDateTime"), QStringLiteral("LAST RESTORED"), 20}},
                         m_out);
        output.begin();
        for (const QJsonObject &snapshot : std::as_const(*received))
            output.write(snapshot);
        output.end();
        if (received->isEmpty() && m_arguments.format == CliOutput::Format::Table)
            m_err << "cloudpcctl: this Cloud PC has no restore points\n";
        finish(Success);
    });
    connect(job, &GraphListJob::failed, this, [this](const GraphError &error) {
        reportError(error);
        finish(exitCodeFor(error));
    });
}

void CliApp::waitForEnd(Operation *operation, bool failedBefore)
{
    // The follower's clock: Graph's for real tenants; the demo's compressed one with --demo;
    // CLOUDPC_FOLLOW_TIME_SCALE (tests, benchmarks against a compressed emulator) when set.
    ActFollower::Schedule schedule;
    if (m_emulator)
        schedule.timeScale = 1.0 / m_emulator->timeScale();
    bool ok = false;
    const double scale = qEnvironmentVariable("CLOUDPC_FOLLOW_TIME_SCALE").toDouble(&ok);
    if (ok && scale > 0)
        schedule.timeScale = scale;
    if (schedule.timeScale < 1.0)
        schedule.readsPerSecond = 200; // a compressed clock reads more often; the emulator is local
    const qint64 timeout = m_arguments.isSet(QStringLiteral("wait-timeout"))
                               ? CliWait::parseDuration(m_arguments.value(QStringLiteral("wait-timeout")))
                               : qint64(2) * 3600 * 1000;
    auto *wait = new CliWait(m_client.get(), m_auditLog.get(), schedule, m_out, m_err, this);
    connect(wait, &CliWait::finished, this, [this](int code) { finish(code); });
    wait->start(operation, timeout, failedBefore);
}
