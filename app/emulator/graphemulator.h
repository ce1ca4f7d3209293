#pragma once

#include "democonnectivity.h"
#include "demohealthchecks.h"
#include "demosnapshots.h"
#include "demotenant.h"
#include "faultplan.h"
#include "httpexchange.h"
#include "httplistener.h"
#include "remoteactionlog.h"
#include "tenantactivity.h"

#include <QHash>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>
#include <random>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

// A Microsoft Graph emulator on loopback, serving a DemoTenant the way Graph does: paths, paging with an
// opaque $skiptoken, Graph's error shape and headers. It knows nothing of the client code it is meant to
// test.
class GraphEmulator : public HttpListener
{
    Q_OBJECT
public:
    struct Options
    {
        // The demo tenant of `cloudpc-console --demo` and `cloudpcctl --demo`.
        quint32 seed = 365;
        int size = 250;
        int defaultPageSize = 100;
        int maxPageSize = 1000;
        int maxJournal = 200000;
        // How acts play out: provisioning time and the share of runs that fail (see TenantActivity).
        int provisioningMs = 4000;
        double failureShare = 0.1;
        // The clock of the acts (remote action results, status changes): emulated seconds per real second.
        // 0: derived from provisioningMs (a reprovision, 40 emulated minutes, takes provisioningMs; the
        // default 4000 makes an hour pass in 6 s); > 0: provisioningMs is derived from it instead (60: an
        // hour in a minute; tests 36000: an hour in 0.1 s).
        double timeScale = 0;
    };

    explicit GraphEmulator(QObject *parent = nullptr);
    GraphEmulator(const Options &options, QObject *parent = nullptr);

    // Listens on 127.0.0.1 (port 0: chosen by the OS). Returns false when the port cannot be bound.
    bool start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:{port}, the Graph base URL without version.
    QUrl baseUrl() const;

    DemoTenant &tenant() { return m_tenant; }
    TenantActivity &activity() { return m_activity; }
    // The Cloud PCs' restore points (retrieveSnapshots, restore, createSnapshot).
    DemoSnapshots &snapshots() { return m_snapshots; }
    const Options &options() const { return m_options; }
    // The Cloud PCs' connection history (getCloudPcConnectivityHistory).
    DemoConnectivity &connectivity() { return m_connectivity; }

    // A bearer token the Graph side accepts until it expires (the identity side issues them too).
    // satisfiesClaims: whether the token was obtained with the claims of a Conditional Access challenge.
    QString issueAccessToken(std::chrono::seconds lifetime = std::chrono::hours(1),
                             bool satisfiesClaims = false);
    // Makes a token valid that was minted elsewhere (the identity emulator).
    void acceptAccessToken(const QString &token, const QDateTime &expiresUtc, bool satisfiesClaims = false);
    void revokeAccessTokens();
    // While set, requests whose token does not satisfy claims get 401 with a claims challenge carrying this
    // JSON (WWW-Authenticate: Bearer ... error="insufficient_claims", claims="<base64 of claimsJson>").
    // Empty: off.
    void setClaimsChallenge(const QString &claimsJson) { m_claimsChallenge = claimsJson; }
    // While set, every request (a $batch's sub-requests too) whose path ends with resourceSuffix is answered
    // with this Graph error instead ("/retrieveCloudPcRemoteActionResults", 403, "Forbidden", …): what a
    // tenant that refuses one read looks like. An empty suffix: off.
    void setRefusal(const QString &resourceSuffix, int status, const QString &code, const QString &message)
    {
        m_refusal = {resourceSuffix, status, code, message};
    }

    // Faults injected into Graph requests (not into /_emulator): see FaultPlan.
    FaultPlan &faults() { return m_faults; }
    // Per-client rate limit (by Authorization header): requests per second and burst; 0 = off. Over it: 429.
    void setRateLimit(double perSecond, int burst);
    void setRequireAuthentication(bool require) { m_requireAuthentication = require; }

    // Every request received, in order (bounded by Options::maxJournal): direct requests and each sub-request
    // of a $batch (EmulatorRequest::batchId set), i.e. what the service was asked to do. The $batch requests
    // themselves are in batches().
    const QList<EmulatorRequest> &journal() const { return m_journal; }
    // Every POST /{version}/$batch received, in order, with the fault injected into it as a whole.
    const QList<EmulatorRequest> &batches() const { return m_batches; }
    void clearJournal()
    {
        m_journal.clear();
        m_batches.clear();
    }
    // How many times an act took effect on a target, whatever the client heard of it. Acts: "reprovision"
    // (Cloud PC id), "retryPolicy" (policy id), "retryBulkAction" (bulk action id), "retryUserProvisioning"
    // (user id), "createBulkAction" (the new bulk action's id), "resize" (Cloud PC id).
    int actCount(const QString &act, const QString &targetId) const
    {
        return m_acts.value(act).value(targetId);
    }
    const QHash<QString, QHash<QString, int>> &acts() const { return m_acts; }

Q_SIGNALS:
    void requestReceived(const QByteArray &method, const QString &path);

protected:
    void handleRequest(const EmulatorRequest &request, QTcpSocket *socket) override;

private:
    struct Context
    {
        const EmulatorRequest &request;
        QString requestId;
        QString clientRequestId;
        QString version;  // "v1.0" or "beta"
        QString resource; // path below the version
    };

    EmulatorResponse route(const EmulatorRequest &request, const QString &requestId);
    EmulatorResponse error(const Context &context, int status, const QString &code,
                           const QString &message) const;
    // Nothing when the request may go on; otherwise the 401 to send.
    std::optional<EmulatorResponse> authenticate(const Context &context) const;

    EmulatorResponse listCloudPcs(const Context &context);
    EmulatorResponse getCloudPc(const Context &context, const QString &id);
    EmulatorResponse listPolicies(const Context &context);
    EmulatorResponse listBulkActions(const Context &context);
    EmulatorResponse listUsers(const Context &context);
    // Restore points: GET retrieveSnapshots, POST restore and createSnapshot (graphemulatorsnapshots.cpp).
    std::optional<EmulatorResponse> routeSnapshots(const Context &context);
    // The acts (POST): reprovision, retries, bulk action creation.
    std::optional<EmulatorResponse> routeAction(const Context &context);
    // Service plans and resize (graphemulatorresize.cpp): GET beta servicePlans, POST cloudPCs/{id}/resize.
    std::optional<EmulatorResponse> routeResize(const Context &context);
    // Frontline power, review status, partner agent retry and the supported remote actions of a Cloud PC
    // (graphemulatorpower.cpp); nothing when the path is none of them.
    std::optional<EmulatorResponse> routePowerAndReview(const Context &context);
    // POST /$batch: validated as Graph does, then each sub-request through route(), answered in any order.
    EmulatorResponse batch(const Context &context);
    // Counts the act and records its remote action result (graphemulatorremoteactions.cpp).
    void countAct(const QString &act, const QString &targetId);
    // The request body as a JSON object; an empty body is an empty object. Nothing (and *failure set) when
    // the body is not a JSON object.
    std::optional<QJsonObject> jsonBody(const Context &context, EmulatorResponse *failure) const;
    // Indexes of the Cloud PCs matching $filter (status, provisioningPolicyId, userPrincipalName with
    // eq/and).
    std::optional<QVector<int>> filterCloudPcs(const Context &context, EmulatorResponse *failure) const;

    // Pages a collection of `total` items: $top, $skiptoken, @odata.nextLink, @odata.count. Only the items
    // of the page asked for are rendered.
    EmulatorResponse page(const Context &context, qint64 total,
                          const std::function<QJsonValue(qint64)> &itemAt);
    QJsonObject applySelect(const Context &context, const QJsonObject &object) const;
    // v1.0 only: a 400 when $filter, $select or $orderby names a beta-only property.
    std::optional<EmulatorResponse> checkCloudPcQuery(const Context &context) const;
    QJsonObject cloudPcJson(const Context &context, const CloudPc &pc) const;

    Options m_options;
    DemoTenant m_tenant;
    TenantActivity m_activity;
    quint16 m_port = 0;
    struct TokenInfo
    {
        QDateTime expiresUtc;
        bool satisfiesClaims = false;
    };
    QHash<QString, TokenInfo> m_accessTokens;
    QString m_claimsChallenge;
    struct Refusal
    {
        QString resourceSuffix;
        int status = 0;
        QString code;
        QString message;
    } m_refusal;
    FaultPlan m_faults;
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    QHash<QByteArray, Bucket> m_buckets;
    double m_ratePerSecond = 0;
    int m_rateBurst = 0;
    // Seconds until the client may send again, or 0 when it may now.
    int rateLimitWait(const EmulatorRequest &request);
    void finishResponse(EmulatorResponse &response, const EmulatorRequest &request,
                        const QString &requestId) const;
    bool m_requireAuthentication = true;
    QList<EmulatorRequest> m_journal;
    QList<EmulatorRequest> m_batches;
    QHash<QString, QHash<QString, int>> m_acts;
    std::mt19937 m_batchOrder; // the order of a $batch reply's responses
    DemoSnapshots m_snapshots{&m_tenant};
    // Connection history: GET beta getCloudPcConnectivityHistory (graphemulatorconnectivity.cpp).
    std::optional<EmulatorResponse> routeConnectivity(const Context &context);
    DemoConnectivity m_connectivity{&m_tenant};
    RemoteActionLog m_remoteActions{&m_tenant};

public:
    // The remote action results of every Cloud PC act accepted (retrieveCloudPcRemoteActionResults,
    // lastRemoteActionResult).
    RemoteActionLog &remoteActions() { return m_remoteActions; }
    // Emulated seconds per real second (Options::timeScale, or derived from provisioningMs).
    double timeScale() const { return m_remoteActions.timeScale(); }

private:
    // GET beta cloudPCs/{id}/retrieveCloudPcRemoteActionResults and GET beta bulkActions/{id}
    // (graphemulatorremoteactions.cpp); nothing when the path is neither.
    std::optional<EmulatorResponse> routeRemoteActions(const Context &context);

public:
    // Health check runs of the Azure network connections (runHealthChecks; setFixed repairs one).
    DemoHealthChecks &healthChecks() { return m_healthChecks; }

private:
    // Azure network connections (graphemulatorconnections.cpp): GET v1.0 onPremisesConnections (with
    // $select) and one by id, POST …/{id}/runHealthChecks.
    std::optional<EmulatorResponse> routeConnections(const Context &context);
    DemoHealthChecks m_healthChecks{&m_tenant};
};
