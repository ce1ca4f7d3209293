// A reply of the identity platform's token endpoint (status line, headers, body), taken the way
// IdentityRequest does: a JSON object on 200 becomes TokenResponse (and its id token an Account), anything
// else IdentityError. The tokens then go through the keychain form (toCacheJson/fromCacheJson), and the body
// is also read as a keychain entry itself.
#include "account.h"
#include "fuzzsupport.h"
#include "identityerror.h"
#include "tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzzInitialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzHttpReply reply = fuzzSplitHttpReply(fuzzBytes(data, size));
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    const QDateTime before = QDateTime::currentDateTimeUtc();

    if (document.isObject()) {
        // A keychain entry someone else wrote: read it without trusting it.
        if (const std::optional<TokenResponse> cached = TokenResponse::fromCacheJson(document.object()))
            cached->accessTokenValidFor(300);
    }

    if (reply.status == 200 && document.isObject()) {
        QString problem;
        const std::optional<TokenResponse> tokens = TokenResponse::fromReply(document.object(), &problem);
        if (!tokens) {
            FUZZ_CHECK(!problem.isEmpty());
            return 0;
        }
        FUZZ_CHECK(!tokens->accessToken.isEmpty());
        // An expiry the session can schedule a refresh timer for: in the future, and not absurdly far.
        FUZZ_CHECK(tokens->expiresOnUtc.isValid());
        const qint64 lifetime = before.secsTo(tokens->expiresOnUtc);
        FUZZ_CHECK(lifetime >= 1 && lifetime <= 2 * 24 * 3600 + 60);

        const std::optional<TokenResponse> cached = TokenResponse::fromCacheJson(tokens->toCacheJson());
        FUZZ_CHECK(cached.has_value());
        FUZZ_CHECK(cached->accessToken == tokens->accessToken &&
                   cached->refreshToken == tokens->refreshToken && cached->idToken == tokens->idToken &&
                   cached->scope == tokens->scope);
        FUZZ_CHECK(qAbs(cached->expiresOnUtc.secsTo(tokens->expiresOnUtc)) <= 1);

        if (const std::optional<Account> account = Account::fromIdToken(tokens->idToken, GraphCloud::Global))
            FUZZ_CHECK(account->isValid());
        return 0;
    }

    const IdentityError error = IdentityError::fromReply(reply.status, reply.body, QStringLiteral("fuzz"));
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(!error.summary().isEmpty() || error.kind == IdentityError::Kind::Server);
    error.details();
    error.requiresInteraction();
    return 0;
}
