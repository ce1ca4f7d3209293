#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// Why a sign-in step failed, in words an admin can act on: the identity platform's error (error,
// AADSTS description, codes, trace and correlation ids, time) or a local reason (network, state mismatch,
// timeout, cancelled, browser).
class IdentityError
{
public:
    enum class Kind {
        None,
        Server,
        Network,
        InvalidReply,
        StateMismatch,
        MissingCode,
        Timeout,
        Cancelled,
        Browser,
        Configuration
    };

    IdentityError() = default;
    static IdentityError local(Kind kind, const QString &message);
    // A token/devicecode endpoint reply: {"error", "error_description", "error_codes", "trace_id",
    // "correlation_id", "timestamp"}; anything else becomes InvalidReply or Network.
    static IdentityError fromReply(int httpStatus, const QByteArray &body, const QString &networkError = {},
                                   const QString &contentType = {});
    // The error redirect of the authorize endpoint (?error=…&error_description=…).
    static IdentityError fromRedirect(const QString &error, const QString &description);

    bool isError() const { return kind != Kind::None; }
    // invalid_grant, interaction_required, login_required, consent_required: sign in interactively again.
    bool requiresInteraction() const;
    // The first line of the description ("AADSTS70008: …") or the local message, with the error code.
    QString summary() const;
    // summary() plus trace id, correlation id, time and HTTP status: what support asks for.
    QString details() const;

    Kind kind = Kind::None;
    QString error;       // "invalid_grant"
    QString description; // full error_description
    QList<int> codes;    // AADSTS numbers
    QString traceId;
    QString correlationId;
    QString timestamp;
    int httpStatus = 0;
    QString message; // local reason
};

Q_DECLARE_METATYPE(IdentityError)
