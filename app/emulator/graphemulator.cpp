#include "graphemulator.h"

#include "demoserviceplans.h"
#include "secretmarker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcEmulator, "cloudpc.emulator", QtWarningMsg)

namespace {
const QString kCloudPcs = QStringLiteral("/deviceManagement/virtualEndpoint/cloudPCs");
const QString kPolicies = QStringLiteral("/deviceManagement/virtualEndpoint/provisioningPolicies");
const QString kBulkActions = QStringLiteral("/deviceManagement/virtualEndpoint/bulkActions");
const QString kUsers = QStringLiteral("/users");
// Properties of cloudPC that only beta has (GRAPH-NOTES: the v1.0 resource has none of them).
const QStringList kBetaOnlyCloudPcProperties{QStringLiteral("status"),
                                             QStringLiteral("statusDetail"),
                                             QStringLiteral("statusDetails"),
                                             QStringLiteral("osVersion"),
                                             QStringLiteral("userAccountType"),
                                             QStringLiteral("powerState"),
                                             QStringLiteral("productType"),
                                             QStringLiteral("servicePlanType"),
                                             QStringLiteral("connectivityResult"),
                                             QStringLiteral("lastRemoteActionResult"),
                                             QStringLiteral("partnerAgentInstallResults"),
                                             QStringLiteral("diskEncryptionState")};
const QString kUnresolvedErrorsFilter =
    QStringLiteral("serviceProvisioningErrors/any(e:e/isResolved eq false)");
const QString kBatch = QStringLiteral("/$batch");
constexpr int kMaxBatchRequests = 20;

QString encodeSkipToken(qint64 offset)
{
    // Opaque to clients, as Graph's are: they must follow nextLink, never build tokens.
    const QByteArray raw =
        "emu1:" + QByteArray::number(offset) + ':' + QUuid::createUuid().toByteArray(QUuid::Id128).left(8);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeSkipToken(const QString &token, qint64 *offset)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    const QList<QByteArray> parts = raw.split(':');
    if (parts.size() != 3 || parts[0] != "emu1")
        return false;
    bool ok = false;
    *offset = parts[1].toLongLong(&ok);
    return ok && *offset >= 0;
}
} // namespace

GraphEmulator::GraphEmulator(QObject *parent)
    : GraphEmulator(Options(), parent)
{}

GraphEmulator::GraphEmulator(const Options &options, QObject *parent)
    : HttpListener(parent)
    , m_options(options)
    , m_tenant(DemoTenant::generate(options.seed, options.size))
    , m_activity(&m_tenant)
    , m_batchOrder(options.seed)
{
    // One clock: a reprovision (40 emulated minutes) takes provisioningMs.
    constexpr double reprovisionMs = 40 * 60 * 1000.0;
    const double scale =
        options.timeScale > 0 ? options.timeScale : reprovisionMs / qMax(1, options.provisioningMs);
    TenantActivity::Timing timing;
    timing.provisioningMs =
        options.timeScale > 0 ? int(std::lround(reprovisionMs / options.timeScale)) : options.provisioningMs;
    timing.failureShare = options.failureShare;
    timing.seed = options.seed;
    m_activity.setTiming(timing);
    m_remoteActions.setTiming(scale, options.failureShare, options.seed + 1);
    m_remoteActions.addHistory(options.seed);
    m_activity.setRemoteActionLog(&m_remoteActions);
}

bool GraphEmulator::start(quint16 port, const QHostAddress &address)
{
    m_port = listen(address, port);
    return m_port != 0;
}

QUrl GraphEmulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString GraphEmulator::issueAccessToken(std::chrono::seconds lifetime, bool satisfiesClaims)
{
    const QString token =
        SecretMarker::mark(QStringLiteral("emu-at-"), QUuid::createUuid().toString(QUuid::Id128));
    acceptAccessToken(token, QDateTime::currentDateTimeUtc().addSecs(lifetime.count()), satisfiesClaims);
    return token;
}

void GraphEmulator::acceptAccessToken(const QString &token, const QDateTime &expiresUtc, bool satisfiesClaims)
{
    m_accessTokens.insert(token, TokenInfo{expiresUtc, satisfiesClaims});
}

void GraphEmulator::revokeAccessTokens()
{
    m_accessTokens.clear();
}

void GraphEmulator::handleRequest(const EmulatorRequest &request, QTcpSocket *socket)
{
    EmulatorRequest received = request;
    received.time = QDateTime::currentDateTimeUtc();
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    received.requestId = requestId;

    const bool graphPath = received.url.path().startsWith(QLatin1String("/v1.0/")) ||
                           received.url.path().startsWith(QLatin1String("/beta/"));
    // A $batch request as a whole: its faults (reset, lost, malformed, 429, …) hit every sub-request in it;
    // its sub-requests are journaled, throttled and rate-limited one by one (batch()).
    const bool batchPath = graphPath && received.url.path().section(QLatin1Char('/'), 2) == kBatch.mid(1);
    const FaultPlan::Fault fault = graphPath ? m_faults.draw() : FaultPlan::Fault::None;
    received.fault = FaultPlan::name(fault);
    QList<EmulatorRequest> &journal = batchPath ? m_batches : m_journal;
    if (journal.size() < m_options.maxJournal)
        journal.append(received);
    Q_EMIT requestReceived(received.method, received.url.path());

    auto throttled = [&](int status, const QString &code, const QString &message, int seconds) {
        EmulatorResponse response = EmulatorResponse::graphError(
            status, code, message, requestId, QString::fromLatin1(received.header("client-request-id")));
        response.setHeader("Retry-After", QByteArray::number(seconds));
        finishResponse(response, received, requestId);
        socket->write(response.toHttp());
    };
    switch (fault) {
    case FaultPlan::Fault::ResetBefore:
        socket->abort();
        return;
    case FaultPlan::Fault::Throttle:
        throttled(429, QStringLiteral("TooManyRequests"),
                  QStringLiteral("Too many requests: the tenant is throttled."), m_faults.retryAfterSeconds);
        return;
    case FaultPlan::Fault::Unavailable:
        throttled(503, QStringLiteral("ServiceUnavailable"),
                  QStringLiteral("The service is temporarily unavailable."), m_faults.retryAfterSeconds);
        return;
    default:
        break;
    }
    if (graphPath && !batchPath && m_ratePerSecond > 0) {
        if (const int wait = rateLimitWait(received)) {
            throttled(
                429, QStringLiteral("TooManyRequests"),
                QStringLiteral("Too many requests from this application: the per-client limit is reached."),
                wait);
            return;
        }
    }

    EmulatorResponse response = route(received, requestId);
    finishResponse(response, received, requestId);
    switch (fault) {
    case FaultPlan::Fault::ResetAfter:
        socket->abort(); // it happened, but the client never hears so
        return;
    case FaultPlan::Fault::MalformedReply:
        if (!response.body.isEmpty()) {
            response.status = 200;
            response.body = response.body.left(qMax<qsizetype>(1, response.body.size() / 2));
        }
        break;
    case FaultPlan::Fault::Slow: {
        QPointer<QTcpSocket> target(socket);
        const QByteArray bytes = response.toHttp();
        QTimer::singleShot(m_faults.slowMs, this, [target, bytes] {
            if (target)
                target->write(bytes);
        });
        return;
    }
    default:
        break;
    }
    socket->write(response.toHttp());
}

void GraphEmulator::finishResponse(EmulatorResponse &response, const EmulatorRequest &request,
                                   const QString &requestId) const
{
    response.setHeader("request-id", requestId.toLatin1());
    const QByteArray clientRequestId = request.header("client-request-id");
    if (!clientRequestId.isEmpty())
        response.setHeader("client-request-id", clientRequestId);
    response.setHeader("Date", QLocale::c()
                                   .toString(QDateTime::currentDateTimeUtc(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                   .toLatin1());
    response.setHeader("x-ms-ags-diagnostic",
                       R"({"ServerInfo":{"DataCenter":"Loopback","Slice":"E","Ring":"emulator"}})");
}

void GraphEmulator::setRateLimit(double perSecond, int burst)
{
    m_ratePerSecond = perSecond;
    m_rateBurst = qMax(1, burst);
    m_buckets.clear();
}

int GraphEmulator::rateLimitWait(const EmulatorRequest &request)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Bucket &bucket = m_buckets[request.header("Authorization")];
    if (bucket.lastMs == 0)
        bucket.tokens = m_rateBurst;
    else
        bucket.tokens =
            qMin<double>(m_rateBurst, bucket.tokens + (now - bucket.lastMs) * m_ratePerSecond / 1000.0);
    bucket.lastMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return qMax(1, int(std::ceil((1.0 - bucket.tokens) / m_ratePerSecond)));
}

EmulatorResponse GraphEmulator::error(const Context &context, int status, const QString &code,
                                      const QString &message) const
{
    return EmulatorResponse::graphError(status, code, message, context.requestId, context.clientRequestId);
}

std::optional<EmulatorResponse> GraphEmulator::authenticate(const Context &context) const
{
    if (!m_requireAuthentication)
        return std::nullopt;
    const QByteArray header = context.request.header("Authorization");
    auto unauthorized = [&](const QString &message, const QByteArray &extra = QByteArray()) {
        EmulatorResponse response =
            error(context, 401, QStringLiteral("InvalidAuthenticationToken"), message);
        response.setHeader(
            "WWW-Authenticate",
            R"(Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000")" +
                extra);
        return response;
    };
    if (header.isEmpty())
        return unauthorized(QStringLiteral("Access token is empty."));
    const auto it = header.startsWith("Bearer ")
                        ? m_accessTokens.constFind(QString::fromLatin1(header.mid(7)))
                        : m_accessTokens.constEnd();
    if (it == m_accessTokens.constEnd())
        return unauthorized(QStringLiteral("Access token validation failure. Invalid audience."));
    if (it->expiresUtc <= QDateTime::currentDateTimeUtc())
        return unauthorized(QStringLiteral("Lifetime validation failed, the token is expired."));
    if (!m_claimsChallenge.isEmpty() && !it->satisfiesClaims) {
        const QByteArray claims = m_claimsChallenge.toUtf8().toBase64();
        return unauthorized(
            QStringLiteral("Continuous access evaluation resulted in challenge with result: "
                           "InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp"),
            R"(, error="insufficient_claims", claims=")" + claims + '"');
    }
    return std::nullopt;
}

EmulatorResponse GraphEmulator::route(const EmulatorRequest &request, const QString &requestId)
{
    static const QRegularExpression versioned(QStringLiteral("^/(v1\\.0|beta)(/.*)$"));
    const QRegularExpressionMatch match = versioned.match(request.url.path());
    Context context{request, requestId, QString::fromLatin1(request.header("client-request-id")),
                    match.captured(1), match.captured(2)};
    if (!match.hasMatch())
        return error(context, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("Invalid version: the path must start with /v1.0 or /beta."));

    if (std::optional<EmulatorResponse> denied = authenticate(context))
        return *denied;
    if (!m_refusal.resourceSuffix.isEmpty() && context.resource.endsWith(m_refusal.resourceSuffix))
        return error(context, m_refusal.status, m_refusal.code, m_refusal.message);

    const QString &resource = context.resource;
    if (resource == kBatch) {
        if (request.isBatchItem())
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("A batch request cannot contain another batch request."));
        if (request.method != "POST")
            return error(context, 405, QStringLiteral("BadRequest"),
                         QStringLiteral("The HTTP method '%1' is not allowed for $batch.")
                             .arg(QString::fromLatin1(request.method)));
        return batch(context);
    }
    if (std::optional<EmulatorResponse> answer = routeConnections(context))
        return *answer;
    if (std::optional<EmulatorResponse> answer = routeResize(context))
        return *answer;
    if (std::optional<EmulatorResponse> answer = routeSnapshots(context))
        return *answer;
    if (std::optional<EmulatorResponse> answer = routeConnectivity(context))
        return *answer;
    if (std::optional<EmulatorResponse> answer = routePowerAndReview(context))
        return *answer;
    if (std::optional<EmulatorResponse> answer = routeRemoteActions(context))
        return *answer;
    if (request.method == "POST") {
        if (std::optional<EmulatorResponse> answer = routeAction(context))
            return *answer;
    }
    if (resource == kCloudPcs) {
        if (request.method != "GET")
            return error(context, 405, QStringLiteral("BadRequest"),
                         QStringLiteral("The HTTP method '%1' is not allowed for this resource.")
                             .arg(QString::fromLatin1(request.method)));
        return listCloudPcs(context);
    }
    if (resource.startsWith(kCloudPcs + QLatin1Char('/'))) {
        const QString rest = resource.mid(kCloudPcs.size() + 1);
        if (!rest.contains(QLatin1Char('/')) && request.method == "GET")
            return getCloudPc(context, rest);
    }
    if (resource == kPolicies && request.method == "GET")
        return listPolicies(context);
    if (resource == kBulkActions && request.method == "GET") {
        if (context.version != QLatin1String("beta"))
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Resource not found for the segment 'bulkActions'."));
        return listBulkActions(context);
    }
    if (resource == kUsers && request.method == "GET")
        return listUsers(context);
    return error(context, 400, QStringLiteral("BadRequest"),
                 QStringLiteral("Resource not found for the segment '%1'.")
                     .arg(resource.section(QLatin1Char('/'), -1)));
}

QJsonObject GraphEmulator::applySelect(const Context &context, const QJsonObject &object) const
{
    const QString select = context.request.queryValue(QStringLiteral("$select"));
    if (select.isEmpty())
        return object;
    QJsonObject selected;
    selected.insert(QStringLiteral("id"), object.value(QStringLiteral("id")));
    const QStringList fields = select.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &field : fields) {
        const QString name = field.trimmed();
        if (object.contains(name))
            selected.insert(name, object.value(name));
    }
    return selected;
}

QJsonObject GraphEmulator::cloudPcJson(const Context &context, const CloudPc &pc) const
{
    QJsonObject object = pc.toJson();
    // Evolvable enum members are only sent to clients that opt in; the rest see unknownFutureValue.
    const bool optedIn = context.request.header("Prefer").contains("include-unknown-enum-members");
    if (!optedIn && CloudPcStatuses::isEvolvable(pc.status))
        object.insert(QStringLiteral("status"), QStringLiteral("unknownFutureValue"));
    if (const std::optional<CloudPcRemoteActionResult> last = m_remoteActions.last(pc.id))
        object.insert(QStringLiteral("lastRemoteActionResult"), last->toJson());
    if (context.version == QLatin1String("v1.0")) {
        for (const QString &name : kBetaOnlyCloudPcProperties)
            object.remove(name);
    }
    return applySelect(context, object);
}

std::optional<EmulatorResponse> GraphEmulator::checkCloudPcQuery(const Context &context) const
{
    if (context.version != QLatin1String("v1.0"))
        return std::nullopt;
    // v1.0's cloudPC has none of the beta-only properties: naming one in $filter, $select or $orderby is a
    // 400, as Graph answers it.
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    const QStringList options{QStringLiteral("$filter"), QStringLiteral("$select"),
                              QStringLiteral("$orderby")};
    for (const QString &option : options) {
        static const QRegularExpression quoted(QStringLiteral("'(?:[^']|'')*'"));
        const QString value = context.request.queryValue(option).remove(quoted); // names, not values
        QRegularExpressionMatchIterator words = identifier.globalMatch(value);
        while (words.hasNext()) {
            const QString word = words.next().captured(0);
            if (kBetaOnlyCloudPcProperties.contains(word))
                return error(context, 400, QStringLiteral("BadRequest"),
                             QStringLiteral("Could not find a property named '%1' on type "
                                            "'microsoft.graph.cloudPC'.")
                                 .arg(word));
        }
    }
    return std::nullopt;
}

EmulatorResponse GraphEmulator::listCloudPcs(const Context &context)
{
    if (std::optional<EmulatorResponse> refused = checkCloudPcQuery(context))
        return *refused;
    const QVector<CloudPc> &pcs = m_tenant.cloudPcs();
    if (context.request.queryValue(QStringLiteral("$filter")).isEmpty())
        return page(context, pcs.size(), [&](qint64 i) { return QJsonValue(cloudPcJson(context, pcs[i])); });
    EmulatorResponse failure;
    const std::optional<QVector<int>> matching = filterCloudPcs(context, &failure);
    if (!matching)
        return failure;
    return page(context, matching->size(),
                [&](qint64 i) { return QJsonValue(cloudPcJson(context, pcs[(*matching)[i]])); });
}

EmulatorResponse GraphEmulator::listPolicies(const Context &context)
{
    const bool expand =
        context.request.queryValue(QStringLiteral("$expand")).contains(QLatin1String("assignments"));
    const QVector<ProvisioningPolicy> &policies = m_tenant.policies();
    return page(context, policies.size(), [&](qint64 i) {
        const ProvisioningPolicy &policy = policies[i];
        QJsonObject object = policy.toJson();
        if (expand) {
            QJsonArray assignments;
            for (const QString &groupId : policy.assignedGroupIds) {
                assignments.append(QJsonObject{
                    {QStringLiteral("id"), policy.id + QLatin1Char('_') + groupId},
                    {QStringLiteral("target"),
                     QJsonObject{{QStringLiteral("@odata.type"),
                                  QStringLiteral("#microsoft.graph.cloudPcManagementGroupAssignmentTarget")},
                                 {QStringLiteral("groupId"), groupId}}}});
            }
            object.insert(QStringLiteral("assignments"), assignments);
        }
        return QJsonValue(applySelect(context, object));
    });
}

EmulatorResponse GraphEmulator::listBulkActions(const Context &context)
{
    const QVector<DemoTenant::BulkActionRun> &runs = m_tenant.bulkActions();
    return page(context, runs.size(),
                [&](qint64 i) { return QJsonValue(applySelect(context, runs[i].action.toJson())); });
}

EmulatorResponse GraphEmulator::listUsers(const Context &context)
{
    const QString filter = context.request.queryValue(QStringLiteral("$filter")).simplified();
    QString normalized = filter;
    normalized.remove(QLatin1Char(' '));
    QString expected = kUnresolvedErrorsFilter;
    expected.remove(QLatin1Char(' '));
    if (!filter.isEmpty() && normalized != expected)
        return error(
            context, 400, QStringLiteral("Request_UnsupportedQuery"),
            QStringLiteral("Unsupported or invalid query filter clause specified for property of resource "
                           "'User'."));
    // Directory objects answer $count only to advanced queries.
    if (context.request.queryValue(QStringLiteral("$count")) == QLatin1String("true") &&
        context.request.header("ConsistencyLevel") != "eventual")
        return error(
            context, 400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("$count is not currently supported without the ConsistencyLevel header."));
    QVector<int> matching;
    const QVector<ProvisioningErrorUser> &users = m_tenant.errorUsers();
    for (int i = 0; i < users.size(); ++i) {
        if (filter.isEmpty() || !users[i].unresolvedErrors().isEmpty())
            matching.append(i);
    }
    return page(context, matching.size(),
                [&](qint64 i) { return QJsonValue(applySelect(context, users[matching[i]].toJson())); });
}

EmulatorResponse GraphEmulator::getCloudPc(const Context &context, const QString &id)
{
    if (std::optional<EmulatorResponse> refused = checkCloudPcQuery(context))
        return *refused;
    const int index = m_tenant.indexOfCloudPc(id);
    if (index < 0)
        return error(context, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Cloud PC '%1' was not found.").arg(id));
    return EmulatorResponse::json(200, QJsonDocument(cloudPcJson(context, m_tenant.cloudPcs()[index])));
}

EmulatorResponse GraphEmulator::page(const Context &context, qint64 total,
                                     const std::function<QJsonValue(qint64)> &itemAt)
{
    const EmulatorRequest &request = context.request;
    qint64 pageSize = m_options.defaultPageSize;
    const QString top = request.queryValue(QStringLiteral("$top"));
    if (!top.isEmpty()) {
        bool ok = false;
        const qint64 asked = top.toLongLong(&ok);
        if (!ok || asked < 1)
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Invalid value '%1' for $top.").arg(top));
        pageSize = qMin<qint64>(asked, m_options.maxPageSize);
    }
    qint64 offset = 0;
    const QString skipToken = request.queryValue(QStringLiteral("$skiptoken"));
    if (!skipToken.isEmpty() && !decodeSkipToken(skipToken, &offset))
        return error(context, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("The $skiptoken is not valid."));

    QJsonObject body;
    body.insert(QStringLiteral("@odata.context"), baseUrl().toString() + QLatin1Char('/') + context.version +
                                                      QStringLiteral("/$metadata#") +
                                                      context.resource.section(QLatin1Char('/'), -1));
    if (request.queryValue(QStringLiteral("$count")) == QLatin1String("true"))
        body.insert(QStringLiteral("@odata.count"), total);
    QJsonArray slice;
    const qint64 end = qMin<qint64>(total, offset + pageSize);
    for (qint64 i = offset; i < end; ++i)
        slice.append(itemAt(i));
    if (end < total) {
        QUrlQuery nextQuery;
        const auto items = QUrlQuery(request.url).queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) {
            if (item.first != QLatin1String("$skiptoken") && item.first != QLatin1String("%24skiptoken"))
                nextQuery.addQueryItem(item.first, item.second);
        }
        nextQuery.addQueryItem(QStringLiteral("$skiptoken"), encodeSkipToken(end));
        QUrl next = baseUrl();
        next.setPath(request.url.path());
        next.setQuery(nextQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
        body.insert(QStringLiteral("@odata.nextLink"), QString::fromUtf8(next.toEncoded()));
    }
    body.insert(QStringLiteral("value"), slice);
    return EmulatorResponse::json(200, QJsonDocument(body));
}

std::optional<QVector<int>> GraphEmulator::filterCloudPcs(const Context &context,
                                                          EmulatorResponse *failure) const
{
    // Graph's $filter for the fields a console filters by: "field eq 'value'" joined by "and".
    static const QRegularExpression clause(QStringLiteral(
        "^\\s*(status|provisioningPolicyId|userPrincipalName)\\s+eq\\s+'((?:[^']|'')*)'\\s*$"));
    static const QRegularExpression andSplit(QStringLiteral("\\s+and\\s+"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString filter = context.request.queryValue(QStringLiteral("$filter"));
    QList<QPair<QString, QString>> conditions;
    const QStringList parts = filter.split(andSplit);
    for (const QString &part : parts) {
        const QRegularExpressionMatch match = clause.match(part);
        if (!match.hasMatch()) {
            *failure =
                error(context, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("Invalid filter clause: '%1' is not supported.").arg(part.trimmed()));
            return std::nullopt;
        }
        conditions.append(
            {match.captured(1), match.captured(2).replace(QStringLiteral("''"), QStringLiteral("'"))});
    }
    const bool optedIn = context.request.header("Prefer").contains("include-unknown-enum-members");
    QVector<int> result;
    const QVector<CloudPc> &pcs = m_tenant.cloudPcs();
    for (int i = 0; i < pcs.size(); ++i) {
        const CloudPc &pc = pcs[i];
        bool ok = true;
        for (const auto &[field, value] : conditions) {
            if (field == QLatin1String("status")) {
                const QString shown = !optedIn && CloudPcStatuses::isEvolvable(pc.status)
                                          ? QStringLiteral("unknownFutureValue")
                                          : pc.statusText;
                ok = ok && shown == value;
            } else if (field == QLatin1String("provisioningPolicyId")) {
                ok = ok && pc.provisioningPolicyId == value;
            } else {
                ok = ok && pc.userPrincipalName.compare(value, Qt::CaseInsensitive) == 0;
            }
        }
        if (ok)
            result.append(i);
    }
    return result;
}

std::optional<QJsonObject> GraphEmulator::jsonBody(const Context &context, EmulatorResponse *failure) const
{
    const QByteArray body = context.request.body.trimmed();
    if (body.isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *failure = error(
            context, 400, QStringLiteral("BadRequest"),
            QStringLiteral("Unable to read JSON request payload. Please ensure Content-Type header is set "
                           "and payload is of valid JSON format."));
        return std::nullopt;
    }
    return document.object();
}

std::optional<EmulatorResponse> GraphEmulator::routeAction(const Context &context)
{
    static const QRegularExpression reprovision(
        QStringLiteral("^/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/reprovision$"));
    static const QRegularExpression userReprovision(
        QStringLiteral("^/(?:me|users/([^/]+))/cloudPCs/([^/]+)/reprovision$"));
    static const QRegularExpression policyRetry(
        QStringLiteral("^/deviceManagement/virtualEndpoint/provisioningPolicies/([^/]+)/retry$"));
    static const QRegularExpression bulkRetry(
        QStringLiteral("^/deviceManagement/virtualEndpoint/bulkActions/([^/]+)/retry$"));
    static const QRegularExpression userRetry(QStringLiteral("^/users/([^/]+)/retryServiceProvisioning$"));
    const QString &resource = context.resource;
    const bool beta = context.version == QLatin1String("beta");
    auto notFound = [&](const QString &what, const QString &id) {
        return error(context, 404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The %1 '%2' was not found.").arg(what, id));
    };
    auto betaOnly = [&]() {
        return error(context, 400, QStringLiteral("BadRequest"),
                     QStringLiteral("Resource not found for the segment '%1'.")
                         .arg(resource.section(QLatin1Char('/'), -1)));
    };
    EmulatorResponse failure;

    QRegularExpressionMatch match = reprovision.match(resource);
    if (match.hasMatch()) {
        const std::optional<QJsonObject> body = jsonBody(context, &failure);
        if (!body)
            return failure;
        const QString os = body->value(QStringLiteral("osVersion")).toString();
        const QString account = body->value(QStringLiteral("userAccountType")).toString();
        if (body->contains(QStringLiteral("osVersion")) && os != QLatin1String("windows10") &&
            os != QLatin1String("windows11"))
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("Invalid value '%1' for osVersion: expected windows10 or windows11.")
                             .arg(body->value(QStringLiteral("osVersion")).toVariant().toString()));
        if (body->contains(QStringLiteral("userAccountType")) && account != QLatin1String("standardUser") &&
            account != QLatin1String("administrator"))
            return error(
                context, 400, QStringLiteral("BadRequest"),
                QStringLiteral(
                    "Invalid value '%1' for userAccountType: expected standardUser or administrator.")
                    .arg(body->value(QStringLiteral("userAccountType")).toVariant().toString()));
        const int index = m_tenant.indexOfCloudPc(match.captured(1));
        if (index < 0)
            return notFound(QStringLiteral("Cloud PC"), match.captured(1));
        m_activity.reprovision(index, os, account);
        countAct(QStringLiteral("reprovision"), match.captured(1));
        return EmulatorResponse::noContent(204);
    }
    match = userReprovision.match(resource);
    if (match.hasMatch()) {
        if (!context.request.body.trimmed().isEmpty() && context.request.body.trimmed() != "{}")
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral(
                             "This action takes no parameters; use the deviceManagement path for options."));
        const int index = m_tenant.indexOfCloudPc(match.captured(2));
        if (index < 0)
            return notFound(QStringLiteral("Cloud PC"), match.captured(2));
        m_activity.reprovision(index, QString(), QString());
        countAct(QStringLiteral("reprovision"), match.captured(2));
        return EmulatorResponse::noContent(204);
    }
    static const QRegularExpression cloudPcAct(
        QStringLiteral("^/deviceManagement/virtualEndpoint/cloudPCs/([^/]+)/"
                       "(reboot|troubleshoot|rename|endGracePeriod|changeUserAccountType)$"));
    match = cloudPcAct.match(resource);
    if (match.hasMatch()) {
        const QString act = match.captured(2);
        if (act == QLatin1String("changeUserAccountType") && !beta)
            return betaOnly();
        const std::optional<QJsonObject> body = jsonBody(context, &failure);
        if (!body)
            return failure;
        const int index = m_tenant.indexOfCloudPc(match.captured(1));
        if (index < 0)
            return notFound(QStringLiteral("Cloud PC"), match.captured(1));
        CloudPc &pc = m_tenant.cloudPcs()[index];
        if (act == QLatin1String("rename")) {
            const QJsonValue name = body->value(QStringLiteral("displayName"));
            if (!name.isString() || name.toString().trimmed().isEmpty() || name.toString().size() > 64)
                return error(
                    context, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("displayName must be a non-empty string of at most 64 characters."));
            pc.displayName = name.toString();
        } else if (act == QLatin1String("endGracePeriod")) {
            if (pc.status != CloudPcStatus::InGracePeriod)
                return error(context, 400, QStringLiteral("BadRequest"),
                             QStringLiteral("The Cloud PC '%1' is not in its grace period.").arg(pc.id));
            pc.setStatus(CloudPcStatus::Deprovisioning);
        } else if (act == QLatin1String("changeUserAccountType")) {
            const QString type = body->value(QStringLiteral("userAccountType")).toString();
            if (type != QLatin1String("standardUser") && type != QLatin1String("administrator"))
                return error(
                    context, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("Invalid value '%1' for userAccountType: expected standardUser or "
                                   "administrator.")
                        .arg(body->value(QStringLiteral("userAccountType")).toVariant().toString()));
            pc.userAccountType = type;
        }
        pc.lastModifiedDateTime = QDateTime::currentDateTimeUtc();
        m_connectivity.recordAct(act, pc.id);
        countAct(act, pc.id);
        return EmulatorResponse::noContent(204);
    }
    match = policyRetry.match(resource);
    if (match.hasMatch()) {
        if (!beta)
            return betaOnly();
        const QString id = match.captured(1);
        const auto &policies = m_tenant.policies();
        if (std::none_of(policies.cbegin(), policies.cend(),
                         [&](const ProvisioningPolicy &p) { return p.id == id; }))
            return notFound(QStringLiteral("provisioning policy"), id);
        m_activity.retryPolicy(id);
        countAct(QStringLiteral("retryPolicy"), id);
        // The reference page says 204, its example (and the service) answers 202 Accepted.
        return EmulatorResponse::noContent(202);
    }
    match = bulkRetry.match(resource);
    if (match.hasMatch()) {
        if (!beta)
            return betaOnly();
        const std::optional<QJsonObject> body = jsonBody(context, &failure);
        if (!body)
            return failure;
        const QString id = match.captured(1);
        const auto &runs = m_tenant.bulkActions();
        const auto it = std::find_if(runs.cbegin(), runs.cend(),
                                     [&](const DemoTenant::BulkActionRun &r) { return r.action.id == id; });
        if (it == runs.cend())
            return notFound(QStringLiteral("bulk action"), id);
        QStringList ids;
        if (body->contains(QStringLiteral("cloudPcIds"))) {
            const QJsonValue value = body->value(QStringLiteral("cloudPcIds"));
            if (!value.isArray())
                return error(context, 400, QStringLiteral("BadRequest"),
                             QStringLiteral("cloudPcIds must be an array of strings."));
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString() || !it->results.contains(item.toString()))
                    return error(context, 400, QStringLiteral("BadRequest"),
                                 QStringLiteral("The Cloud PC '%1' is not part of the bulk action '%2'.")
                                     .arg(item.toVariant().toString(), id));
                ids << item.toString();
            }
        }
        m_activity.retryBulkAction(int(it - runs.cbegin()), ids);
        countAct(QStringLiteral("retryBulkAction"), id);
        return EmulatorResponse::noContent(202);
    }
    match = userRetry.match(resource);
    if (match.hasMatch()) {
        if (!beta)
            return betaOnly();
        const auto &users = m_tenant.errorUsers();
        const auto it = std::find_if(users.cbegin(), users.cend(), [&](const ProvisioningErrorUser &u) {
            return u.id == match.captured(1);
        });
        if (it == users.cend())
            return notFound(QStringLiteral("user"), match.captured(1));
        m_activity.retryUserProvisioning(int(it - users.cbegin()));
        countAct(QStringLiteral("retryUserProvisioning"), match.captured(1));
        return EmulatorResponse::noContent(204);
    }
    if (resource == kBulkActions) {
        if (!beta)
            return betaOnly();
        const std::optional<QJsonObject> body = jsonBody(context, &failure);
        if (!body)
            return failure;
        const QString type = body->value(QStringLiteral("@odata.type")).toString();
        static const QStringList kTypes{QStringLiteral("Reprovision"),    QStringLiteral("Restart"),
                                        QStringLiteral("PowerOn"),        QStringLiteral("PowerOff"),
                                        QStringLiteral("Resize"),         QStringLiteral("Restore"),
                                        QStringLiteral("Troubleshoot"),   QStringLiteral("ReinstallAgent"),
                                        QStringLiteral("CreateSnapshot"), QStringLiteral("SetReviewStatus")};
        const QString prefix = QStringLiteral("#microsoft.graph.cloudPcBulk");
        if (!type.startsWith(prefix) || !kTypes.contains(type.mid(prefix.size())))
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("'%1' is not a bulk action type (@odata.type).").arg(type));
        // The subtypes' own fields.
        const QString subtype = type.mid(prefix.size());
        if (subtype == QLatin1String("Resize")) {
            const QString plan = body->value(QStringLiteral("targetServicePlanId")).toString();
            if (plan.isEmpty())
                return error(context, 400, QStringLiteral("BadRequest"),
                             QStringLiteral("targetServicePlanId is required for a resize bulk action."));
            if (!DemoServicePlans::find(plan))
                return error(context, 400, QStringLiteral("BadRequest"),
                             QStringLiteral("The service plan '%1' was not found.").arg(plan));
        }
        if (subtype == QLatin1String("Restore")) {
            const QString point = body->value(QStringLiteral("restorePointDateTime")).toString();
            static const QStringList kRanges{QStringLiteral("before"), QStringLiteral("after"),
                                             QStringLiteral("beforeOrAfter")};
            if (!QDateTime::fromString(point, Qt::ISODate).isValid())
                return error(
                    context, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("restorePointDateTime '%1' is not a valid date and time.").arg(point));
            const QString range = body->value(QStringLiteral("timeRange")).toString();
            if (!kRanges.contains(range))
                return error(context, 400, QStringLiteral("BadRequest"),
                             QStringLiteral("Requested value '%1' was not found (timeRange).").arg(range));
        }
        if (subtype == QLatin1String("SetReviewStatus") &&
            !body->value(QStringLiteral("reviewStatus")).isObject())
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("reviewStatus is required for a review bulk action."));
        const QJsonValue idsValue = body->value(QStringLiteral("cloudPcIds"));
        QStringList ids;
        for (const QJsonValue &item : idsValue.toArray()) {
            if (!item.isString() || m_tenant.indexOfCloudPc(item.toString()) < 0)
                return error(
                    context, 400, QStringLiteral("BadRequest"),
                    QStringLiteral("The Cloud PC '%1' was not found.").arg(item.toVariant().toString()));
            ids << item.toString();
        }
        if (ids.isEmpty())
            return error(context, 400, QStringLiteral("BadRequest"),
                         QStringLiteral("cloudPcIds must name at least one Cloud PC."));
        const QString name = body->value(QStringLiteral("displayName")).toString();
        const int index = m_activity.createBulkAction(type, name.isEmpty() ? type.mid(prefix.size()) : name,
                                                      ids, QStringLiteral("admin@%1").arg(m_tenant.domain()));
        countAct(QStringLiteral("createBulkAction"), m_tenant.bulkActions()[index].action.id);
        const QString deviceAct = RemoteActionLog::actOfBulkType(type);
        for (const QString &id : ids)
            m_remoteActions.start(deviceAct, id, false);
        return EmulatorResponse::json(201, QJsonDocument(m_tenant.bulkActions()[index].action.toJson()));
    }
    return std::nullopt;
}

EmulatorResponse GraphEmulator::batch(const Context &context)
{
    auto badRequest = [&](const QString &message) {
        return error(context, 400, QStringLiteral("BadRequest"), message);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QStringLiteral("requests")).isArray())
        return badRequest(QStringLiteral("Invalid batch payload format."));
    const QJsonArray requests = document.object().value(QStringLiteral("requests")).toArray();
    if (requests.isEmpty())
        return badRequest(QStringLiteral("Invalid batch payload format: the batch has no requests."));
    if (requests.size() > kMaxBatchRequests)
        return badRequest(QStringLiteral("The batch has %1 requests; the limit is %2.")
                              .arg(requests.size())
                              .arg(kMaxBatchRequests));

    // Validation first, as Graph does: one wrong sub-request refuses the whole batch and nothing is done.
    struct Item
    {
        QString id;
        QByteArray method;
        QString url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QStringList dependsOn; // lower-case ids
    };
    static const QList<QByteArray> kMethods{"GET", "POST", "PUT", "PATCH", "DELETE"};
    QVector<Item> items;
    QHash<QString, int> indexById; // ids are compared without case
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!requests[i].isObject())
            return badRequest(
                QStringLiteral("Invalid batch payload format: request %1 is not an object.").arg(i + 1));
        const QJsonObject object = requests[i].toObject();
        Item item;
        const QJsonValue id = object.value(QStringLiteral("id"));
        if (!id.isString() || id.toString().isEmpty())
            return badRequest(
                QStringLiteral("Request %1 of the batch has no id (a non-empty string).").arg(i + 1));
        item.id = id.toString();
        if (indexById.contains(item.id.toLower()))
            return badRequest(
                QStringLiteral("Batch request ids must be unique: '%1' is repeated.").arg(item.id));
        item.method = object.value(QStringLiteral("method")).toString().toUpper().toLatin1();
        if (!kMethods.contains(item.method))
            return badRequest(
                QStringLiteral("The method '%1' of request id : %2 is not supported.")
                    .arg(object.value(QStringLiteral("method")).toVariant().toString(), item.id));
        item.url = object.value(QStringLiteral("url")).toString();
        const QUrl url(item.url);
        if (item.url.isEmpty() || !url.isValid() || !url.isRelative() ||
            item.url.startsWith(QLatin1String("//")))
            return badRequest(QStringLiteral("The url of request id : %1 must be relative to the version "
                                             "(such as /users), not '%2'.")
                                  .arg(item.id, item.url));
        const QJsonValue headers = object.value(QStringLiteral("headers"));
        if (!headers.isUndefined() && !headers.isNull() && !headers.isObject())
            return badRequest(
                QStringLiteral("The headers of request id : %1 must be an object.").arg(item.id));
        const QJsonObject headerObject = headers.toObject();
        for (auto it = headerObject.constBegin(); it != headerObject.constEnd(); ++it) {
            if (!it.value().isString())
                return badRequest(QStringLiteral("The header '%1' of request id : %2 must be a string.")
                                      .arg(it.key(), item.id));
            item.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        }
        const QJsonValue body = object.value(QStringLiteral("body"));
        if (!body.isUndefined() && !body.isNull()) {
            if (!body.isObject())
                return badRequest(
                    QStringLiteral("The body of request id : %1 must be a JSON object.").arg(item.id));
            const bool typed =
                std::any_of(item.headers.cbegin(), item.headers.cend(), [](const auto &header) {
                    return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
                });
            if (!typed)
                return badRequest(
                    QStringLiteral("Write request id : %1 does not contain Content-Type header or body.")
                        .arg(item.id));
            item.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        }
        const QJsonValue dependsOn = object.value(QStringLiteral("dependsOn"));
        if (!dependsOn.isUndefined() && !dependsOn.isNull()) {
            if (!dependsOn.isArray())
                return badRequest(
                    QStringLiteral("dependsOn of request id : %1 must be an array.").arg(item.id));
            for (const QJsonValue &dependency : dependsOn.toArray())
                item.dependsOn.append(dependency.toString().toLower());
        }
        indexById.insert(item.id.toLower(), int(items.size()));
        items.append(item);
    }
    // The order of execution: a request after those it depends on.
    QVector<int> order;
    QVector<bool> placed(items.size(), false);
    for (const Item &item : std::as_const(items)) {
        for (const QString &dependency : item.dependsOn) {
            if (!indexById.contains(dependency))
                return badRequest(
                    QStringLiteral("Request id : %1 depends on '%2', which is not in the batch.")
                        .arg(item.id, dependency));
        }
    }
    while (order.size() < items.size()) {
        bool progress = false;
        for (int i = 0; i < items.size(); ++i) {
            if (placed[i] || !std::all_of(items[i].dependsOn.cbegin(), items[i].dependsOn.cend(),
                                          [&](const QString &d) { return placed[indexById.value(d)]; }))
                continue;
            placed[i] = true;
            order.append(i);
            progress = true;
        }
        if (!progress)
            return badRequest(QStringLiteral("The dependsOn of the batch's requests form a cycle."));
    }

    QHash<QString, int> statusById;
    QVector<QJsonObject> responses;
    const QByteArray authorization = context.request.header("Authorization");
    for (int i : std::as_const(order)) {
        const Item &item = items[i];
        EmulatorRequest sub;
        sub.method = item.method;
        const QUrl relative(QLatin1Char('/') + context.version +
                            (item.url.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) +
                            item.url);
        sub.url = baseUrl();
        sub.url.setPath(relative.path(QUrl::FullyEncoded), QUrl::TolerantMode);
        if (relative.hasQuery())
            sub.url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::TolerantMode);
        // The batch's credentials are every sub-request's.
        if (!authorization.isEmpty())
            sub.headers.append({QByteArray("Authorization"), authorization});
        sub.headers += item.headers;
        sub.body = item.body;
        sub.time = QDateTime::currentDateTimeUtc();
        sub.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        sub.batchId = context.requestId;
        sub.batchItemId = item.id;
        const QString clientRequestId = QString::fromLatin1(sub.header("client-request-id"));
        const bool dependencyFailed =
            std::any_of(item.dependsOn.cbegin(), item.dependsOn.cend(), [&](const QString &d) {
                const int status = statusById.value(d);
                return status < 200 || status >= 300;
            });
        // Each sub-request counts against throttling on its own; a throttled one is not processed.
        const FaultPlan::Fault fault = dependencyFailed ? FaultPlan::Fault::None : m_faults.draw();
        if (fault == FaultPlan::Fault::Throttle || fault == FaultPlan::Fault::Unavailable)
            sub.fault = FaultPlan::name(fault);
        if (m_journal.size() < m_options.maxJournal)
            m_journal.append(sub);
        Q_EMIT requestReceived(sub.method, sub.url.path());

        EmulatorResponse response;
        int rateWait = 0;
        if (dependencyFailed) {
            response = EmulatorResponse::graphError(424, QStringLiteral("FailedDependency"),
                                                    QStringLiteral("A request this one depends on failed."),
                                                    sub.requestId, clientRequestId);
        } else if (fault == FaultPlan::Fault::Throttle) {
            response =
                EmulatorResponse::graphError(429, QStringLiteral("TooManyRequests"),
                                             QStringLiteral("Too many requests: the tenant is throttled."),
                                             sub.requestId, clientRequestId);
            response.setHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
        } else if (fault == FaultPlan::Fault::Unavailable) {
            response = EmulatorResponse::graphError(503, QStringLiteral("ServiceUnavailable"),
                                                    QStringLiteral("The service is temporarily unavailable."),
                                                    sub.requestId, clientRequestId);
            response.setHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
        } else if (m_ratePerSecond > 0 && (rateWait = rateLimitWait(sub)) > 0) {
            response = EmulatorResponse::graphError(
                429, QStringLiteral("TooManyRequests"),
                QStringLiteral("Too many requests from this application: the per-client limit is reached."),
                sub.requestId, clientRequestId);
            response.setHeader("Retry-After", QByteArray::number(rateWait));
        } else {
            response = route(sub, sub.requestId);
        }
        statusById.insert(item.id.toLower(), response.status);

        QJsonObject headers;
        for (const auto &header : std::as_const(response.headers))
            headers.insert(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
        headers.insert(QStringLiteral("request-id"), sub.requestId);
        if (!clientRequestId.isEmpty())
            headers.insert(QStringLiteral("client-request-id"), clientRequestId);
        QJsonObject answer{{QStringLiteral("id"), item.id},
                           {QStringLiteral("status"), response.status},
                           {QStringLiteral("headers"), headers}};
        if (!response.body.isEmpty()) {
            const QJsonDocument body = QJsonDocument::fromJson(response.body);
            if (body.isObject())
                answer.insert(QStringLiteral("body"), body.object());
            else if (body.isArray())
                answer.insert(QStringLiteral("body"), body.array());
            else
                answer.insert(QStringLiteral("body"), QString::fromUtf8(response.body.toBase64()));
        }
        responses.append(answer);
    }
    // Graph answers in any order; clients must map by id.
    std::shuffle(responses.begin(), responses.end(), m_batchOrder);
    QJsonArray array;
    for (const QJsonObject &answer : std::as_const(responses))
        array.append(answer);
    return EmulatorResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("responses"), array}}));
}
