#pragma once

#include "cloudendpoints.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

// Where and as whom the console signs in: the authority (per cloud), the tenant, the public client id and
// the scopes asked for. Settings: auth/tenant, auth/clientId (non-secret).
class AuthConfig
{
public:
    // Microsoft Graph Command Line Tools, a public client most tenants already know.
    static QString defaultClientId() { return QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e"); }
    static QString defaultTenant() { return QStringLiteral("organizations"); }

    AuthConfig() = default;
    // The authority host and Graph resource of a national cloud (Custom: set authorityHost yourself).
    static AuthConfig forCloud(GraphCloud cloud);
    // forCloud() with the tenant and client id of the settings (defaults when absent).
    static AuthConfig fromSettings(const QSettings &settings, GraphCloud cloud);
    void save(QSettings &settings) const;

    GraphCloud cloud() const { return m_cloud; }
    QUrl authorityHost() const { return m_authorityHost; }
    // For the emulator or a custom cloud: https, or http on loopback only.
    void setAuthorityHost(const QUrl &host) { m_authorityHost = host; }
    QString tenant() const { return m_tenant; }
    void setTenant(const QString &tenant) { m_tenant = tenant.trimmed(); }
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId.trimmed(); }
    // The Graph resource the scopes are for (https://graph.microsoft.com, …/microsoft.us, …).
    QString graphResource() const { return m_graphResource; }
    void setGraphResource(const QString &resource) { m_graphResource = resource; }

    // Graph permissions for reading and for the actions, plus offline_access openid profile.
    QStringList scopes() const;
    QString scopeString() const { return scopes().join(QLatin1Char(' ')); }

    // {host}/{tenant}/oauth2/v2.0/{authorize,token,devicecode}; `tenant` empty: tenant().
    QUrl authorizeUrl(const QString &tenant = {}) const
    {
        return endpoint(tenant, QStringLiteral("authorize"));
    }
    QUrl tokenUrl(const QString &tenant = {}) const { return endpoint(tenant, QStringLiteral("token")); }
    QUrl deviceCodeUrl(const QString &tenant = {}) const
    {
        return endpoint(tenant, QStringLiteral("devicecode"));
    }

    // Empty when usable; otherwise what is wrong (for the admin).
    QString validate() const;

private:
    QUrl endpoint(const QString &tenant, const QString &name) const;

    GraphCloud m_cloud = GraphCloud::Global;
    QUrl m_authorityHost = CloudEndpoints::authorityHost(GraphCloud::Global);
    QString m_tenant = defaultTenant();
    QString m_clientId = defaultClientId();
    QString m_graphResource = QStringLiteral("https://graph.microsoft.com");
};
