#include "authconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

AuthConfig AuthConfig::forCloud(GraphCloud cloud)
{
    AuthConfig config;
    config.m_cloud = cloud;
    config.m_authorityHost = CloudEndpoints::authorityHost(cloud);
    const QUrl graph = CloudEndpoints::graphBaseUrl(cloud);
    if (graph.isValid())
        config.m_graphResource = graph.toString(QUrl::StripTrailingSlash);
    return config;
}

AuthConfig AuthConfig::fromSettings(const QSettings &settings, GraphCloud cloud)
{
    AuthConfig config = forCloud(cloud);
    config.setTenant(settings.value(QStringLiteral("auth/tenant"), defaultTenant()).toString());
    config.setClientId(settings.value(QStringLiteral("auth/clientId"), defaultClientId()).toString());
    if (config.m_tenant.isEmpty())
        config.m_tenant = defaultTenant();
    if (config.m_clientId.isEmpty())
        config.m_clientId = defaultClientId();
    return config;
}

void AuthConfig::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("auth/tenant"), m_tenant);
    settings.setValue(QStringLiteral("auth/clientId"), m_clientId);
}

QStringList AuthConfig::scopes() const
{
    QString resource = m_graphResource;
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    return {resource + QStringLiteral("/CloudPC.ReadWrite.All"),
            resource + QStringLiteral("/User.ReadWrite.All"), QStringLiteral("offline_access"),
            QStringLiteral("openid"), QStringLiteral("profile")};
}

QUrl AuthConfig::endpoint(const QString &tenant, const QString &name) const
{
    QUrl url = m_authorityHost;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1Char('/') + (tenant.isEmpty() ? m_tenant : tenant) +
                QStringLiteral("/oauth2/v2.0/") + name);
    return url;
}

QString AuthConfig::validate() const
{
    static const QRegularExpression tenantPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.\\-]*$"));
    static const QRegularExpression guidPattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!tenantPattern.match(m_tenant).hasMatch())
        return QCoreApplication::translate("AuthConfig",
                                           "'%1' is not a tenant: use a tenant id, a verified domain or "
                                           "'organizations'.")
            .arg(m_tenant);
    if (!guidPattern.match(m_clientId).hasMatch())
        return QCoreApplication::translate("AuthConfig", "'%1' is not an application (client) id.")
            .arg(m_clientId);
    if (!m_authorityHost.isValid() || m_authorityHost.host().isEmpty())
        return QCoreApplication::translate("AuthConfig", "No sign-in authority is known for this cloud.");
    return CloudEndpoints::validateBaseUrl(m_authorityHost);
}
